/*
 * Relais — the search page. Reads the index written at build time into recherche/index/ (see
 * SearchIndexBuilder.java): meta.js first, then only the term shards of the query's words and the
 * stored fields of the results shown. Index files are scripts calling RelaisSearch.load(), so the
 * search also works opened straight from disk (file://), where fetch() is refused.
 */
(function () {
  "use strict";

  var A = window.RelaisAnalyzer;
  var finder = document.getElementById("finder");
  if (!finder || !A) return;

  var PAGE_SIZE = 10;
  var PREFIX_WEIGHT = 0.8;
  var TYPO_WEIGHT = 0.5;
  var FEW_RESULTS = 3;
  var MAX_PREFIX_TERMS = 200;
  var MAX_TYPO_TERMS = 8;
  var STATUS_LABELS = { open: "Ouvert", closing: "Ferme bientôt", upcoming: "À venir", closed: "Clos" };
  var STATUS_FACET = [["ouvert", "Ouvertes"], ["a-venir", "À venir"], ["clos", "Closes"]];
  var FACET_TITLES = { categorie: "Catégorie", financeur: "Financeur", territoire: "Territoire",
    beneficiaire: "Bénéficiaire", statut: "Statut" };
  var FACET_ORDER = ["statut", "categorie", "financeur", "territoire", "beneficiaire"];

  var indexUrl = finder.getAttribute("data-index");
  var root = finder.getAttribute("data-root");
  var form = document.getElementById("finder-form");
  var input = document.getElementById("finder-q");
  var layout = document.getElementById("finder-layout");
  var facetsBox = document.getElementById("finder-facets");
  var statusBox = document.getElementById("finder-status");
  var resultsBox = document.getElementById("search-results");
  var moreBox = document.getElementById("finder-more");
  var moreButton = document.getElementById("finder-more-button");
  var emptyBox = document.getElementById("finder-empty");
  var suggestBox = document.getElementById("finder-suggest");
  var clearBox = document.getElementById("finder-clear");
  var clearButton = document.getElementById("finder-clear-button");

  // ---- Loading index parts through <script> tags -------------------------------------------
  var parts = Object.create(null);
  var pending = Object.create(null);
  window.RelaisSearch = {
    load: function (name, data) {
      parts[name] = data;
      if (pending[name]) { pending[name].resolve(data); }
    }
  };

  function part(name) {
    if (name in parts) return Promise.resolve(parts[name]);
    if (pending[name]) return pending[name].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve) {
      entry.resolve = resolve;
      var s = document.createElement("script");
      s.src = indexUrl + name + ".js";
      s.async = true;
      s.onerror = function () { parts[name] = null; resolve(null); };
      document.head.appendChild(s);
    });
    pending[name] = entry;
    return entry.promise;
  }

  // ---- Decoding -------------------------------------------------------------------------------
  var LAST = "0123456789abcdefghijklmnopqrstuv";
  var MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";
  var DIGIT = new Int8Array(128).fill(-1);
  var IS_LAST = new Uint8Array(128);
  for (var d = 0; d < 32; d++) {
    DIGIT[LAST.charCodeAt(d)] = d; IS_LAST[LAST.charCodeAt(d)] = 1;
    DIGIT[MORE.charCodeAt(d)] = d;
  }

  function varints(str) {
    var out = [];
    var v = 0;
    for (var i = 0; i < str.length; i++) {
      var c = str.charCodeAt(i);
      v = v * 32 + DIGIT[c];
      if (IS_LAST[c]) { out.push(v); v = 0; }
    }
    return out;
  }

  /** The shard holding a term: the longest shard key that starts it (see SearchIndexBuilder). */
  function shardKey(term) {
    var cps = Array.from(term);
    for (var k = cps.length; k > 0; k--) {
      var key = cps.slice(0, k).join("");
      if (meta.shardSet[key]) return key;
    }
    return null;
  }

  /** The shards that may hold terms starting with a prefix. */
  function prefixShards(prefix) {
    var keys = [];
    var own = shardKey(prefix);
    if (own) keys.push(own);
    meta.shards.forEach(function (k) {
      if (k !== own && k.indexOf(prefix) === 0) keys.push(k);
    });
    return keys;
  }
  function fileKey(key) {
    if (/^[a-z0-9]+$/.test(key)) return key;
    return "u" + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("_");
  }

  var meta = null;
  var facets = null;
  var decoded = Object.create(null);

  function setupMeta(m) {
    meta = m;
    meta.shardSet = Object.create(null);
    m.shards.forEach(function (k) { meta.shardSet[k] = true; });
    facets = {};
    Object.keys(m.facets).forEach(function (name) {
      var f = m.facets[name];
      var terms = f.t.map(function (t, i) { return { index: i, id: t[0], name: t[1], parent: t[2] }; });
      var byId = Object.create(null);
      terms.forEach(function (t) { byId[t.id] = t; });
      // A territory counts for itself and every territory inside it.
      var within = terms.map(function (t) { return [t.index]; });
      terms.forEach(function (t) {
        var p = t.parent;
        var guard = 0;
        while (p >= 0 && guard++ < 50) { within[p].push(t.index); p = terms[p].parent; }
      });
      facets[name] = { name: name, terms: terms, byId: byId, combos: f.c, docs: varints(f.d), within: within };
    });
  }

  function postings(term) {
    if (term in decoded) return decoded[term];
    var key = shardKey(term);
    var shard = key && parts["t-" + fileKey(key)];
    var raw = shard && shard[term];
    var result = null;
    if (raw) {
      var nums = varints(raw[1]);
      var docs = new Int32Array(nums.length / 2);
      var scores = new Float32Array(nums.length / 2);
      var doc = 0;
      for (var i = 0, j = 0; i < nums.length; i += 2, j++) {
        doc += nums[i];
        docs[j] = doc;
        scores[j] = raw[0] * nums[i + 1] / meta.levels;
      }
      result = { docs: docs, scores: scores };
    }
    decoded[term] = result;
    return result;
  }

  function loadShardsFor(terms, prefixes) {
    var keys = Object.create(null);
    terms.forEach(function (t) {
      var k = shardKey(t);
      if (k) keys[k] = true;
    });
    (prefixes || []).forEach(function (p) {
      prefixShards(p).forEach(function (k) { keys[k] = true; });
    });
    return Promise.all(Object.keys(keys).map(function (k) { return part("t-" + fileKey(k)); }));
  }

  // ---- Queries ---------------------------------------------------------------------------------
  /** The query as clauses (all must match), each a list of alternatives (any may match). */
  function parse(q) {
    var words = A.words(q);
    var terms = words.map(function (w) { return w.term; });
    var typing = words.length > 0 && !/\s$/.test(q);
    var clauses = [];
    var i = 0;
    while (i < terms.length) {
      var best = null;
      meta.syn.forEach(function (group) {
        group.forEach(function (expr) {
          if (expr.length > (best ? best.expr.length : 0) && matchesAt(terms, i, expr)) {
            best = { group: group, expr: expr };
          }
        });
      });
      if (best) {
        clauses.push({
          alts: best.group.map(function (e) { return { terms: e, weight: 1 }; }),
          surfaces: words.slice(i, i + best.expr.length).map(function (w) { return w.surface; })
        });
        i += best.expr.length;
      } else {
        clauses.push({
          alts: [{ terms: [terms[i]], weight: 1 }],
          term: terms[i],
          surface: words[i].surface,
          prefix: typing && i === terms.length - 1 && words[i].surface.length >= 2
        });
        i++;
      }
    }
    return clauses;
  }

  function matchesAt(terms, i, expr) {
    if (i + expr.length > terms.length) return false;
    for (var k = 0; k < expr.length; k++) { if (terms[i + k] !== expr[k]) return false; }
    return true;
  }

  function clauseTerms(clause) {
    var out = [];
    clause.alts.forEach(function (a) { a.terms.forEach(function (t) { out.push(t); }); });
    return out;
  }

  /** Adds single-term alternatives for the words the last typed word may be the start of. */
  function expandPrefix(clause) {
    if (!clause.prefix || clause.expanded) return;
    clause.expanded = true;
    var keys = prefixShards(clause.term).concat(prefixShards(clause.surface));
    var found = [];
    var seen = Object.create(null);
    keys.forEach(function (k) {
      var s = parts["t-" + fileKey(k)] || {};
      Object.keys(s).forEach(function (t) {
        if (!seen[t] && t !== clause.term && (t.indexOf(clause.term) === 0 || t.indexOf(clause.surface) === 0)) {
          seen[t] = true;
          found.push(t);
        }
      });
    });
    found.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); });
    found.slice(0, MAX_PREFIX_TERMS).forEach(function (t) {
      clause.alts.push({ terms: [t], weight: PREFIX_WEIGHT });
    });
  }

  /** Per-measure score of one alternative: all its terms must be there. */
  function altScores(alt) {
    var n = meta.n;
    var acc = null;
    for (var k = 0; k < alt.terms.length; k++) {
      var p = postings(alt.terms[k]);
      if (!p) return null;
      var s = new Float32Array(n);
      for (var j = 0; j < p.docs.length; j++) s[p.docs[j]] = p.scores[j];
      if (acc === null) { acc = s; } else {
        for (var i = 0; i < n; i++) acc[i] = acc[i] > 0 && s[i] > 0 ? acc[i] + s[i] : 0;
      }
    }
    if (acc && alt.weight !== 1) { for (var m = 0; m < n; m++) acc[m] *= alt.weight; }
    return acc;
  }

  function score(clauses) {
    var n = meta.n;
    var total = null;
    clauses.forEach(function (clause) {
      var best = new Float32Array(n);
      clause.alts.forEach(function (alt) {
        var s = altScores(alt);
        if (!s) return;
        for (var i = 0; i < n; i++) if (s[i] > best[i]) best[i] = s[i];
      });
      if (total === null) { total = best; } else {
        for (var i = 0; i < n; i++) total[i] = total[i] > 0 && best[i] > 0 ? total[i] + best[i] : 0;
      }
    });
    if (total === null) { total = new Float32Array(n).fill(1); }
    return total;
  }

  function matchedTerms(clauses, scores) {
    var set = Object.create(null);
    clauses.forEach(function (c) {
      c.alts.forEach(function (a) {
        if (a.terms.every(function (t) { return postings(t); })) a.terms.forEach(function (t) { set[t] = true; });
      });
    });
    return set;
  }

  // ---- Typos and suggestions -------------------------------------------------------------------
  var vocab = null;
  function loadVocab() {
    if (vocab) return Promise.resolve(vocab);
    return part("vocab").then(function (text) {
      vocab = (text || "").split("\n").filter(Boolean).map(function (line) {
        var f = line.split(" ");
        return { term: f[0], surface: f[1], df: +f[2] };
      });
      return vocab;
    });
  }

  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = new Array(b.length + 1);
    var cur = new Array(b.length + 1);
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur[0] = i;
      var rowMin = cur[0];
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(k - 1) ? 0 : 1;
        cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + cost);
        if (cur[k] < rowMin) rowMin = cur[k];
      }
      if (rowMin > max) return max + 1;
      var t = prev; prev = cur; cur = t;
    }
    return prev[b.length];
  }

  function allowedTypos(word) { return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0; }

  /** Vocabulary terms one or two letters away from a word, most frequent first. */
  function near(term, surface, max, limit) {
    var found = [];
    for (var i = 0; i < vocab.length && found.length < limit; i++) {
      var v = vocab[i];
      if (v.term === term) continue;
      var dist = Math.min(distance(term, v.term, max), distance(surface, v.surface, max));
      if (dist <= max) found.push({ entry: v, dist: dist });
    }
    found.sort(function (a, b) { return a.dist - b.dist || b.entry.df - a.entry.df; });
    return found;
  }

  function addTypoAlternatives(clauses) {
    var added = [];
    clauses.forEach(function (c) {
      if (!c.term) return;
      var max = allowedTypos(c.surface);
      if (max === 0) return;
      near(c.term, c.surface, max, MAX_TYPO_TERMS * 4).slice(0, MAX_TYPO_TERMS).forEach(function (f) {
        c.alts.push({ terms: [f.entry.term], weight: TYPO_WEIGHT });
        added.push(f.entry.term);
      });
    });
    return added;
  }

  // ---- State and URL ---------------------------------------------------------------------------
  var state = { q: "", filters: {}, shown: PAGE_SIZE };

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    FACET_ORDER.forEach(function (name) {
      var values = params.getAll(name).filter(Boolean);
      if (values.length) filters[name] = values;
    });
    state = { q: params.get("q") || "", filters: filters, shown: PAGE_SIZE };
  }

  function urlFor(q, filters) {
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    FACET_ORDER.forEach(function (name) {
      (filters[name] || []).forEach(function (v) { params.append(name, v); });
    });
    var s = params.toString();
    return window.location.pathname + (s ? "?" + s : "");
  }

  function saveUrl(push) {
    var url = urlFor(state.q, state.filters);
    if (url === window.location.pathname + window.location.search) return;
    try {
      if (push) { history.pushState(null, "", url); } else { history.replaceState(null, "", url); }
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search still works.
    }
  }

  // ---- Filters and counts ----------------------------------------------------------------------
  function statusOf(doc) {
    return doc < meta.status[0] ? "ouvert" : doc < meta.status[1] ? "a-venir" : "clos";
  }

  /** For each facet, a test of one measure against the selected values; null when none. */
  function filterTests() {
    var tests = {};
    FACET_ORDER.forEach(function (name) {
      var values = state.filters[name];
      if (!values || !values.length) return;
      if (name === "statut") {
        var wanted = Object.create(null);
        values.forEach(function (v) { wanted[v] = true; });
        tests[name] = function (doc) { return !!wanted[statusOf(doc)]; };
        return;
      }
      var f = facets[name];
      if (!f) return;
      var accept = Object.create(null);
      values.forEach(function (id) {
        var t = f.byId[id];
        if (!t) return;
        accept[t.index] = true;
        // A département also shows the measures of its region and of all France.
        var p = t.parent;
        var guard = 0;
        while (p >= 0 && guard++ < 50) { accept[p] = true; p = f.terms[p].parent; }
      });
      tests[name] = function (doc) {
        var combo = f.combos[f.docs[doc]];
        for (var i = 0; i < combo.length; i++) if (accept[combo[i]]) return true;
        return false;
      };
    });
    return tests;
  }

  function passes(tests, doc, except) {
    for (var name in tests) {
      if (name !== except && !tests[name](doc)) return false;
    }
    return true;
  }

  function countFacets(scores, tests) {
    var counts = {};
    FACET_ORDER.forEach(function (name) { counts[name] = Object.create(null); });
    var names = Object.keys(facets);
    for (var doc = 0; doc < meta.n; doc++) {
      if (!(scores[doc] > 0)) continue;
      if (passes(tests, doc, "statut")) {
        var s = statusOf(doc);
        counts.statut[s] = (counts.statut[s] || 0) + 1;
      }
      for (var k = 0; k < names.length; k++) {
        var name = names[k];
        if (!passes(tests, doc, name)) continue;
        var f = facets[name];
        var combo = f.combos[f.docs[doc]];
        var seen = Object.create(null);
        for (var i = 0; i < combo.length; i++) {
          var within = f.within[combo[i]];
          for (var j = 0; j < within.length; j++) {
            var idx = within[j];
            if (!seen[idx]) { seen[idx] = true; counts[name][idx] = (counts[name][idx] || 0) + 1; }
          }
        }
      }
    }
    return counts;
  }

  // ---- Running a search ------------------------------------------------------------------------
  var generation = 0;
  var current = null;

  function run() {
    var gen = ++generation;
    var q = state.q;
    finder.setAttribute("data-state", "busy");
    return part("meta").then(function (m) {
      if (!m) throw new Error("index de recherche introuvable");
      if (!meta) setupMeta(m);
      var clauses = parse(q);
      var needed = [];
      var prefixes = [];
      clauses.forEach(function (c) {
        needed = needed.concat(clauseTerms(c));
        if (c.prefix) prefixes.push(c.term, c.surface);
      });
      return loadShardsFor(needed, prefixes).then(function () {
        clauses.forEach(expandPrefix);
        var scores = score(clauses);
        var tests = filterTests();
        var hits = collect(scores, tests);
        if (clauses.length && hits.length < FEW_RESULTS && clauses.some(function (c) { return c.term && allowedTypos(c.surface) > 0; })) {
          return loadVocab().then(function () {
            var added = addTypoAlternatives(clauses);
            return loadShardsFor(added).then(function () {
              var s2 = score(clauses);
              return { clauses: clauses, scores: s2, tests: tests, hits: collect(s2, tests) };
            });
          });
        }
        return { clauses: clauses, scores: scores, tests: tests, hits: hits };
      });
    }).then(function (result) {
      if (gen !== generation) return null;
      current = result;
      return render(result, gen);
    }).catch(function (e) {
      if (gen !== generation) return;
      layout.hidden = false;
      statusBox.textContent = "La recherche n'a pas pu se charger. Parcourez les mesures avec les liens ci-dessous.";
      emptyBox.hidden = false;
    });
  }

  function collect(scores, tests) {
    var hits = [];
    for (var doc = 0; doc < meta.n; doc++) {
      if (scores[doc] > 0 && passes(tests, doc, null)) hits.push(doc);
    }
    hits.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    return hits;
  }

  function storedFor(docs) {
    var chunks = Object.create(null);
    docs.forEach(function (doc) { chunks[Math.floor(doc / meta.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return part("d-" + c); })).then(function () {
      return docs.map(function (doc) {
        var chunk = parts["d-" + Math.floor(doc / meta.chunk)];
        return chunk ? chunk[doc % meta.chunk] : null;
      });
    });
  }

  // ---- Rendering -------------------------------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  var WORD = /[\p{L}\p{Nd}]+(?:['’ʼ\-‐‑][\p{L}\p{Nd}]+)*/gu;

  function highlight(text, terms, into) {
    var last = 0;
    text.replace(WORD, function (word, offset) {
      var hit = A.analyze(word).some(function (t) { return terms[t]; });
      if (hit) {
        into.appendChild(document.createTextNode(text.slice(last, offset)));
        into.appendChild(el("mark", null, word));
        last = offset + word.length;
      }
      return word;
    });
    into.appendChild(document.createTextNode(text.slice(last)));
  }

  function render(result, gen) {
    var hits = result.hits;
    var shown = hits.slice(0, state.shown);
    var terms = matchedTerms(result.clauses, result.scores);
    renderFacets(result);
    return storedFor(shown).then(function (stored) {
      if (gen !== generation) return;
      layout.hidden = false;
      var n = hits.length;
      statusBox.textContent = n === 0 ? "Aucune mesure ne correspond à votre recherche." :
        n === 1 ? "1 mesure trouvée." : n.toLocaleString("fr-FR") + " mesures trouvées.";
      var list = document.createDocumentFragment();
      stored.forEach(function (s) {
        if (!s) return;
        var li = el("li", "result result--" + s[2]);
        var h = el("h2", "result__title");
        var a = el("a");
        a.href = root + s[1];
        highlight(s[0], terms, a);
        h.appendChild(a);
        li.appendChild(h);
        var info = el("p", "result__meta");
        var badge = el("span", "badge badge--" + s[2]);
        badge.appendChild(el("span", "sr-only", "Statut : "));
        badge.appendChild(document.createTextNode(STATUS_LABELS[s[2]] || s[2]));
        info.appendChild(badge);
        if (s[4]) info.appendChild(el("span", "result__funders", " " + s[4]));
        li.appendChild(info);
        var p = el("p", "result__summary");
        highlight(s[3], terms, p);
        li.appendChild(p);
        list.appendChild(li);
      });
      resultsBox.textContent = "";
      resultsBox.appendChild(list);
      moreBox.hidden = n <= state.shown;
      var filtered = Object.keys(state.filters).length > 0;
      clearBox.hidden = !filtered;
      emptyBox.hidden = n > 0;
      suggestBox.hidden = true;
      if (n === 0 && state.q) suggest(gen);
      finder.setAttribute("data-state", "ready");
    });
  }

  function renderFacets(result) {
    var counts = countFacets(result.scores, result.tests);
    var focused = document.activeElement && document.activeElement.getAttribute("data-facet") ?
      document.activeElement.id : null;
    facetsBox.textContent = "";
    FACET_ORDER.forEach(function (name) {
      var selected = state.filters[name] || [];
      var options = name === "statut" ?
        STATUS_FACET.map(function (s) { return { id: s[0], name: s[1], count: counts.statut[s[0]] || 0 }; }) :
        (facets[name] ? facets[name].terms.map(function (t) { return { id: t.id, name: t.name, count: counts[name][t.index] || 0 }; }) : []);
      options = options.filter(function (o) { return o.count > 0 || selected.indexOf(o.id) >= 0; });
      if (!options.length) return;
      var fs = el("fieldset", "facet");
      fs.appendChild(el("legend", "facet__title", FACET_TITLES[name]));
      var ul = el("ul", "facet__list");
      options.forEach(function (o) {
        var li = el("li");
        var box = el("input");
        box.type = "checkbox";
        box.id = "f-" + name + "-" + o.id;
        box.name = name;
        box.value = o.id;
        box.checked = selected.indexOf(o.id) >= 0;
        box.setAttribute("data-facet", name);
        var label = el("label", null, o.name + " ");
        label.htmlFor = box.id;
        label.appendChild(el("span", "facet__count", "(" + o.count + ")"));
        li.appendChild(box);
        li.appendChild(label);
        ul.appendChild(li);
      });
      fs.appendChild(ul);
      facetsBox.appendChild(fs);
    });
    if (focused) {
      var again = document.getElementById(focused);
      if (again) again.focus();
    }
  }

  function suggest(gen) {
    loadVocab().then(function () {
      if (gen !== generation) return;
      var changed = false;
      var words = A.words(state.q);
      var known = Object.create(null);
      vocab.forEach(function (v) { known[v.term] = true; });
      var proposal = words.map(function (w) {
        if (known[w.term]) return w.surface;
        var max = Math.max(1, allowedTypos(w.surface));
        var f = near(w.term, w.surface, Math.min(2, max + 1), 50)[0];
        if (f && f.entry.surface !== w.surface) { changed = true; return f.entry.surface; }
        return w.surface;
      }).join(" ");
      if (!changed) return;
      suggestBox.textContent = "";
      suggestBox.appendChild(document.createTextNode("Vouliez-vous dire : "));
      var a = el("a", null, proposal);
      a.href = urlFor(proposal, {});
      a.addEventListener("click", function (e) {
        e.preventDefault();
        input.value = proposal;
        state = { q: proposal, filters: {}, shown: PAGE_SIZE };
        saveUrl(true);
        run();
      });
      suggestBox.appendChild(a);
      suggestBox.appendChild(document.createTextNode(" ?"));
      suggestBox.hidden = false;
    });
  }

  // ---- Events ----------------------------------------------------------------------------------
  input.addEventListener("input", function () {
    state.q = input.value;
    state.shown = PAGE_SIZE;
    saveUrl(false);
    run();
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    state.q = input.value;
    state.shown = PAGE_SIZE;
    saveUrl(true);
    run();
  });
  facetsBox.addEventListener("change", function (e) {
    var box = e.target;
    var name = box.getAttribute("data-facet");
    if (!name) return;
    var values = (state.filters[name] || []).filter(function (v) { return v !== box.value; });
    if (box.checked) values.push(box.value);
    if (values.length) { state.filters[name] = values; } else { delete state.filters[name]; }
    state.shown = PAGE_SIZE;
    saveUrl(true);
    run();
  });
  moreButton.addEventListener("click", function () {
    state.shown += PAGE_SIZE;
    if (current) {
      var firstNew = state.shown - PAGE_SIZE;
      render(current, generation).then(function () {
        var link = resultsBox.querySelectorAll("li")[firstNew];
        if (link && link.querySelector("a")) link.querySelector("a").focus();
      });
    }
  });
  clearButton.addEventListener("click", function () {
    state.filters = {};
    state.shown = PAGE_SIZE;
    saveUrl(true);
    run();
  });
  window.addEventListener("popstate", function () {
    readUrl();
    input.value = state.q;
    run();
  });

  readUrl();
  input.value = state.q;
  run();
})();
