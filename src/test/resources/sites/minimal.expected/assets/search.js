/*
 * Relais — the search page. Reads the index written at build time into recherche/index/ (see
 * the search package, SearchIndexBuilder.java): meta.js first, then only the term shards of the
 * query's words and the stored fields of the results shown. Index files are scripts calling
 * RelaisSearch.load(), so the search also works opened straight from disk (file://), where
 * fetch() is refused.
 *
 * A query is cut into clauses: quoted phrases (every word required, the portal's filler words
 * included), places (a département or the region: they scope the results), the editors'
 * trades, situations and synonyms (longest expression first), and single words (the portal's
 * filler words dropped). No clause is required except phrases: measures that match more of the
 * query's clauses, weighted by their rarity, come first; then those whose own name the query
 * names, the strongest matches; then, among equals, the measures open on the reader's day
 * (recomputed here like statut.js does for the badges), those of the place named itself, and the
 * score.
 */
(function () {
  "use strict";

  var A = window.RelaisAnalyzer;
  var finder = document.getElementById("finder");
  if (!finder || !A) return;

  var PAGE_SIZE = 10;
  var PREFIX_WEIGHT = 0.8;
  var TYPO_WEIGHT = 0.5;
  /** A vocabulary expression's own words count less than what the editors said it means… */
  var VOCAB_TEXT_WEIGHT = 0.6;
  /** …and the entry's other expressions less again. */
  var VOCAB_OTHER_WEIGHT = 0.3;
  /** A measure in the categories or beneficiaries a trade or situation leads to. */
  var SET_WEIGHT = 0.8;
  var FEW_RESULTS = 3;
  var MAX_PREFIX_TERMS = 200;
  var MAX_TYPO_TERMS = 8;
  var BANDS = 4;
  var OPEN_SHOWN = 5;
  var STATUS_LABELS = { open: "Ouvert", closing: "Ferme bientôt", upcoming: "À venir", closed: "Clos" };
  var STATUS_FACET = [["ouvert", "Ouvertes"], ["a-venir", "À venir"], ["clos", "Closes"]];
  var FACET_TITLES = { categorie: "Catégorie", financeur: "Financeur", territoire: "Territoire",
    beneficiaire: "Bénéficiaire", statut: "Statut" };
  var FACET_ORDER = ["statut", "categorie", "financeur", "territoire", "beneficiaire"];
  var QUOTE = /["«“„]([^"»”]*)(?:["»”]|$)/g;
  var NUMBER = /^[0-9]+$/;

  var indexUrl = finder.getAttribute("data-index");
  var root = finder.getAttribute("data-root");
  var form = document.getElementById("finder-form");
  var input = document.getElementById("finder-q");
  var layout = document.getElementById("finder-layout");
  var facetsBox = document.getElementById("finder-facets");
  var statusBox = document.getElementById("finder-status");
  var placeBox = document.getElementById("finder-place");
  var placeText = document.getElementById("finder-place-text");
  var placeRemove = document.getElementById("finder-place-remove");
  var missingBox = document.getElementById("finder-missing");
  var resultsBox = document.getElementById("search-results");
  var moreBox = document.getElementById("finder-more");
  var moreButton = document.getElementById("finder-more-button");
  var emptyBox = document.getElementById("finder-empty");
  var suggestBox = document.getElementById("finder-suggest");
  var openBox = document.getElementById("finder-open");
  var openList = document.getElementById("finder-open-list");
  var clearBox = document.getElementById("finder-clear");
  var clearButton = document.getElementById("finder-clear-button");
  var filterButton = document.getElementById("finder-filter-button");
  var filterCount = document.getElementById("finder-filter-count");
  var panel = document.getElementById("finder-panel");
  var panelTitle = document.getElementById("finder-panel-title");
  var panelClose = document.getElementById("finder-panel-close");

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

  /** The shard holding a term: the longest shard key that starts it (see ShardSplitter). */
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
    meta.fillSet = Object.create(null);
    m.fill.forEach(function (t) { meta.fillSet[t] = true; });
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
    // Expressions a query may contain, with what each means: synonyms, places, trades/situations.
    meta.expressions = [];
    m.syn.forEach(function (group) {
      group.forEach(function (expr) { meta.expressions.push({ terms: expr, syn: group }); });
    });
    m.places.forEach(function (p) {
      var place = { index: p[0], label: p[1], id: facets.territoire.terms[p[0]].id };
      p[2].forEach(function (seq) { meta.expressions.push({ terms: seq, place: place }); });
    });
    m.words.forEach(function (w) {
      var entry = { words: w[0], tags: w[1], categories: w[2], beneficiaries: w[3] };
      w[0].forEach(function (expr) { meta.expressions.push({ terms: expr, vocab: entry }); });
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
      // where the term stands in each measure's own name
      var names = Object.create(null);
      if (raw[2]) {
        var pos = varints(raw[2]);
        var at = 0;
        for (var k = 0; k < pos.length; k += 2) { at += pos[k]; names[at] = pos[k + 1]; }
      }
      result = { docs: docs, scores: scores, names: names };
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

  // ---- The reader's day ------------------------------------------------------------------------
  var statusCodes = null;

  /**
   * Each measure's status on the reader's day, as statut.js computes the badges. The index
   * numbers measures by their status on the build day; only a reader after the first day some
   * status changed loads every measure's dates (s.js).
   */
  function loadStatuses() {
    if (statusCodes) return Promise.resolve(statusCodes);
    var S = window.RelaisStatus;
    var today = S ? S.today() : meta.day[0];
    if (!S || meta.day[1] < 0 || today < meta.day[1]) {
      statusCodes = null;
      return Promise.resolve(null);
    }
    return part("s").then(function (s) {
      if (!s) return null;
      // days from the build day, plus one; measures closed on the build day stay closed
      var dates = varints(s[0]);
      var built = meta.day[0];
      var codes = new Array(meta.n).fill("closed");
      var override = { o: "open", u: "upcoming", c: "closed" };
      for (var doc = 0; doc < s[1].length; doc++) {
        var opens = dates[2 * doc] ? built + dates[2 * doc] - 1 : null;
        var closes = dates[2 * doc + 1] ? built + dates[2 * doc + 1] - 1 : null;
        codes[doc] = S.status(opens, closes, override[s[1].charAt(doc)] || null, today);
      }
      statusCodes = codes;
      return codes;
    });
  }

  function statusCode(doc, built) {
    return statusCodes ? statusCodes[doc] : built;
  }

  /** 0 open (or closing soon), 1 upcoming, 2 closed, on the reader's day. */
  function statusRank(doc) {
    if (statusCodes) {
      var s = statusCodes[doc];
      return s === "open" || s === "closing" ? 0 : s === "upcoming" ? 1 : 2;
    }
    return doc < meta.status[0] ? 0 : doc < meta.status[1] ? 1 : 2;
  }

  // ---- Queries ---------------------------------------------------------------------------------
  /**
   * The query as clauses, each a list of alternatives (any may match), and the place it names:
   * { clauses, place, ignored: [surfaces of filler words], all: no clause but filler words }.
   */
  function parse(q) {
    var clauses = [];
    var rest = q.replace(QUOTE, function (whole, inner) {
      var words = A.words(inner);
      if (words.length) {
        clauses.push({
          alts: [{ terms: words.map(function (w) { return w.term; }), weight: 1, named: true }],
          required: true,
          surface: "«\u00a0" + inner.trim() + "\u00a0»"
        });
      }
      return " ";
    });
    var words = A.words(rest);
    var terms = words.map(function (w) { return w.term; });
    var typing = words.length > 0 && !/[\s"»”]$/.test(q);
    var place = null;
    var placeSurfaces = [];
    var ignored = [];
    var i = 0;
    while (i < terms.length) {
      var found = longest(terms, i, place !== null);
      if (found.length > 0) {
        var surfaces = words.slice(i, i + found.length).map(function (w) { return w.surface; });
        var asPlace = found.filter(function (e) { return e.place; })[0];
        if (asPlace) {
          place = asPlace.place;
          placeSurfaces = placeSurfaces.concat(surfaces);
        } else {
          clauses.push(expressionClause(found, surfaces, found[0].terms));
        }
        i += found[0].terms.length;
        continue;
      }
      var term = terms[i];
      if (meta.fillSet[term]) {
        ignored.push(words[i].surface);
      } else {
        var number = NUMBER.test(term);
        clauses.push({
          alts: [{ terms: [term], weight: 1, named: true }],
          term: term,
          surface: words[i].surface,
          number: number,
          prefix: typing && !number && i === terms.length - 1 && words[i].surface.length >= 2
        });
      }
      i++;
    }
    return { clauses: clauses, place: place, placeSurfaces: placeSurfaces, ignored: ignored };
  }

  /** The expressions of the longest length that start at terms[i] (all of them). */
  function longest(terms, i, placeTaken) {
    var best = [];
    var length = 0;
    meta.expressions.forEach(function (e) {
      if (placeTaken && e.place) return;
      if (e.terms.length >= length && matchesAt(terms, i, e.terms)) {
        if (e.terms.length > length) { best = []; length = e.terms.length; }
        best.push(e);
      }
    });
    return best;
  }

  function matchesAt(terms, i, expr) {
    if (i + expr.length > terms.length) return false;
    for (var k = 0; k < expr.length; k++) { if (terms[i + k] !== expr[k]) return false; }
    return true;
  }

  /**
   * One clause from the synonym groups and vocabulary entries a query's words name. Only the
   * typed words and their synonyms can name a measure (see nameMatch), not what they lead to.
   */
  function expressionClause(found, surfaces, typed) {
    var clause = { alts: [], sets: [], surface: surfaces.join(" ") };
    var same = function (expr) { return expr.join(" ") === typed.join(" "); };
    found.forEach(function (e) {
      if (e.syn) {
        e.syn.forEach(function (expr) { clause.alts.push({ terms: expr, weight: 1, named: true }); });
      } else if (e.vocab) {
        var v = e.vocab;
        v.words.forEach(function (expr) {
          clause.alts.push(same(expr) ? { terms: expr, weight: VOCAB_TEXT_WEIGHT, named: true } :
            { terms: expr, weight: VOCAB_OTHER_WEIGHT });
        });
        v.tags.forEach(function (expr) { clause.alts.push({ terms: expr, weight: 1 }); });
        if (v.categories.length) clause.sets.push({ facet: "categorie", indexes: v.categories });
        if (v.beneficiaries.length) clause.sets.push({ facet: "beneficiaire", indexes: v.beneficiaries });
      }
    });
    return clause;
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
      clause.alts.push({ terms: [t], weight: PREFIX_WEIGHT, named: true });
    });
  }

  // ---- Scoring ---------------------------------------------------------------------------------
  /** Per-measure score of one alternative (all its terms must be there), or null. */
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
    return acc;
  }

  /** The measures in a facet's terms (a beneficiary, a category), as 0/1 per measure. */
  function setScores(set) {
    var f = facets[set.facet];
    var wanted = Object.create(null);
    set.indexes.forEach(function (i) { wanted[i] = true; });
    var s = new Float32Array(meta.n);
    for (var doc = 0; doc < meta.n; doc++) {
      var combo = f.combos[f.docs[doc]];
      for (var i = 0; i < combo.length; i++) if (wanted[combo[i]]) { s[doc] = 1; break; }
    }
    return s;
  }

  /**
   * Each clause's strength per measure, from 0 to 1: each alternative's score over the best score
   * any measure has for it, times the alternative's weight, combined as independent evidence
   * (1 − Π(1 − v)), so a measure that several alternatives find (the trade's category and its
   * word) beats one that only one finds; a measure in the categories or beneficiaries a trade or
   * situation leads to counts {@link SET_WEIGHT}.
   */
  function clauseStrength(clause) {
    var n = meta.n;
    var miss = new Float32Array(n).fill(1);
    var add = function (doc, v) { if (v > 0) miss[doc] *= 1 - Math.min(1, v); };
    clause.alts.forEach(function (alt) {
      var s = altScores(alt);
      if (!s) return;
      var max = 0;
      for (var i = 0; i < n; i++) if (s[i] > max) max = s[i];
      if (max <= 0) return;
      for (var k = 0; k < n; k++) add(k, alt.weight * s[k] / max);
    });
    (clause.sets || []).forEach(function (set) {
      var s = setScores(set);
      for (var k = 0; k < n; k++) add(k, SET_WEIGHT * s[k]);
    });
    var best = new Float32Array(n);
    for (var d = 0; d < n; d++) best[d] = 1 - miss[d];
    return best;
  }

  /**
   * How the measures' own names hold the query: 3 when the query names the measure exactly (its
   * name holds every clause the measure matches, and nothing else), 2 when the name holds them
   * all and starts with one, 1 when it holds them all, 0 otherwise. A clause is in a name when
   * all the terms of one of its typed alternatives (a word, a synonym, a spelling) are. Each name
   * entry of the index says how many distinct terms the name has, and whether the term is its
   * first (see DocumentTerms).
   */
  function nameMatch(clauses, strengths) {
    var n = meta.n;
    var tier = new Int8Array(n);
    var held = new Int32Array(n);
    var starts = new Uint8Array(n);
    var covered = new Array(n);
    var length = new Int32Array(n);
    clauses.forEach(function (c) {
      var inName = Object.create(null);
      c.alts.forEach(function (a) {
        if (!a.named) return;
        var lists = a.terms.map(postings);
        if (lists.some(function (p) { return !p; })) return;
        for (var doc in lists[0].names) {
          if (!lists.every(function (p) { return doc in p.names; })) continue;
          inName[doc] = true;
          var terms = covered[doc] || (covered[doc] = Object.create(null));
          lists.forEach(function (p, k) {
            var code = p.names[doc];
            terms[a.terms[k]] = true;
            length[doc] = code >> 1;
            if (code & 1) starts[doc] = 1;
          });
        }
      });
      for (var doc in inName) held[doc]++;
    });
    for (var d = 0; d < n; d++) {
      var matched = 0;
      for (var c = 0; c < clauses.length; c++) if (strengths[c][d] > 0) matched++;
      if (held[d] === 0 || held[d] < matched) continue;
      var exact = Object.keys(covered[d]).length >= length[d];
      tier[d] = exact ? 3 : starts[d] ? 2 : 1;
    }
    return tier;
  }

  /** Whether each measure applies to the place itself (not only through its region or France). */
  function placeExact(place) {
    var exact = new Uint8Array(meta.n);
    if (!place) return exact;
    var f = facets.territoire;
    var within = Object.create(null);
    f.within[place.index].forEach(function (i) { within[i] = true; });
    for (var doc = 0; doc < meta.n; doc++) {
      var combo = f.combos[f.docs[doc]];
      for (var i = 0; i < combo.length; i++) if (within[combo[i]]) { exact[doc] = 1; break; }
    }
    return exact;
  }

  function score(query) {
    var n = meta.n;
    var clauses = query.clauses;
    var strengths = clauses.map(clauseStrength);
    var weights = strengths.map(function (s) {
      var df = 0;
      for (var i = 0; i < n; i++) if (s[i] > 0) df++;
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    });
    var totalWeight = weights.reduce(function (a, b) { return a + b; }, 0) || 1;
    var coverage = new Float32Array(n);
    var strength = new Float32Array(n);
    var match = new Uint8Array(n);
    for (var doc = 0; doc < n; doc++) {
      var ok = clauses.length === 0;
      var cov = 0;
      var str = 0;
      var failed = false;
      for (var c = 0; c < clauses.length; c++) {
        var v = strengths[c][doc];
        if (v > 0) { ok = true; cov += weights[c]; str += weights[c] * v; } else if (clauses[c].required) { failed = true; }
      }
      match[doc] = ok && !failed ? 1 : 0;
      coverage[doc] = Math.round(1e4 * cov / totalWeight) / 1e4;
      strength[doc] = str / totalWeight;
    }
    var names = nameMatch(clauses, strengths);
    return {
      match: match,
      coverage: coverage,
      strength: strength,
      band: function (doc) { return coverage[doc] > 0 ? Math.ceil(BANDS * strength[doc] / coverage[doc]) : 0; },
      name: names,
      exact: placeExact(query.place),
      found: strengths.map(function (s) { for (var i = 0; i < n; i++) if (s[i] > 0) return true; return false; })
    };
  }

  /** Relevance first, then the measures open on the reader's day, then the score. */
  function order(r) {
    return function (a, b) {
      return r.coverage[b] - r.coverage[a] ||
        r.name[b] - r.name[a] ||
        r.band(b) - r.band(a) ||
        statusRank(a) - statusRank(b) ||
        r.exact[b] - r.exact[a] ||
        r.strength[b] - r.strength[a] ||
        a - b;
    };
  }

  function matchedTerms(clauses) {
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

  /** A number is never read as another number: no typo tolerance for words with digits. */
  function allowedTypos(word) {
    if (/[0-9]/.test(word)) return 0;
    return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
  }

  /** Vocabulary terms one or two letters away from a word, most frequent first. */
  function near(term, surface, max, limit) {
    var found = [];
    for (var i = 0; i < vocab.length && found.length < limit; i++) {
      var v = vocab[i];
      if (v.term === term || /[0-9]/.test(v.term)) continue;
      var dist = Math.min(distance(term, v.term, max), distance(surface, v.surface, max));
      if (dist <= max) found.push({ entry: v, dist: dist });
    }
    found.sort(function (a, b) { return a.dist - b.dist || b.entry.df - a.entry.df; });
    return found;
  }

  function addTypoAlternatives(clauses, found, few) {
    var added = [];
    clauses.forEach(function (c, i) {
      if (!c.term || (!few && found[i])) return;
      var max = allowedTypos(c.surface);
      if (max === 0) return;
      near(c.term, c.surface, max, MAX_TYPO_TERMS * 4).slice(0, MAX_TYPO_TERMS).forEach(function (f) {
        c.alts.push({ terms: [f.entry.term], weight: TYPO_WEIGHT, named: true });
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
  function statusFacet(doc) {
    var r = statusRank(doc);
    return r === 0 ? "ouvert" : r === 1 ? "a-venir" : "clos";
  }

  /** A test of one measure against a facet's values and the territories above them. */
  function facetTest(f, ids) {
    var accept = Object.create(null);
    ids.forEach(function (id) {
      var t = f.byId[id];
      if (!t) return;
      accept[t.index] = true;
      // A département also shows the measures of its region and of all France.
      var p = t.parent;
      var guard = 0;
      while (p >= 0 && guard++ < 50) { accept[p] = true; p = f.terms[p].parent; }
    });
    return function (doc) {
      var combo = f.combos[f.docs[doc]];
      for (var i = 0; i < combo.length; i++) if (accept[combo[i]]) return true;
      return false;
    };
  }

  /** For each facet (and the place the query names), a test of one measure; none when unset. */
  function filterTests(place) {
    var tests = {};
    FACET_ORDER.forEach(function (name) {
      var values = state.filters[name];
      if (!values || !values.length) return;
      if (name === "statut") {
        var wanted = Object.create(null);
        values.forEach(function (v) { wanted[v] = true; });
        tests[name] = function (doc) { return !!wanted[statusFacet(doc)]; };
        return;
      }
      if (facets[name]) tests[name] = facetTest(facets[name], values);
    });
    if (place) tests.lieu = facetTest(facets.territoire, [place.id]);
    return tests;
  }

  function passes(tests, doc, except) {
    for (var name in tests) {
      if (name !== except && !tests[name](doc)) return false;
    }
    return true;
  }

  function countFacets(match, tests) {
    var counts = {};
    FACET_ORDER.forEach(function (name) { counts[name] = Object.create(null); });
    var names = Object.keys(facets);
    for (var doc = 0; doc < meta.n; doc++) {
      if (!match[doc]) continue;
      if (passes(tests, doc, "statut")) {
        var s = statusFacet(doc);
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
      return loadStatuses();
    }).then(function () {
      var query = parse(q);
      var needed = [];
      var prefixes = [];
      query.clauses.forEach(function (c) {
        needed = needed.concat(clauseTerms(c));
        if (c.prefix) prefixes.push(c.term, c.surface);
      });
      return loadShardsFor(needed, prefixes).then(function () {
        query.clauses.forEach(expandPrefix);
        var tests = filterTests(query.place);
        var result = evaluate(query, tests);
        // Typos are tried for the words no measure holds, and for all words when few results.
        var few = result.hits.length < FEW_RESULTS;
        var typos = query.clauses.some(function (c, i) {
          return c.term && allowedTypos(c.surface) > 0 && (few || !result.r.found[i]);
        });
        if (typos) {
          return loadVocab().then(function () {
            var added = addTypoAlternatives(query.clauses, result.r.found, few);
            return loadShardsFor(added).then(function () { return evaluate(query, tests); });
          });
        }
        return result;
      });
    }).then(function (result) {
      if (gen !== generation) return null;
      current = result;
      return render(result, gen);
    }).catch(function () {
      if (gen !== generation) return;
      layout.hidden = false;
      statusBox.textContent = "La recherche n'a pas pu se charger. Parcourez les mesures avec les liens ci-dessous.";
      emptyBox.hidden = false;
      finder.setAttribute("data-state", "ready");
    });
  }

  function evaluate(query, tests) {
    var r = score(query);
    var hits = [];
    for (var doc = 0; doc < meta.n; doc++) {
      if (r.match[doc] && passes(tests, doc, null)) hits.push(doc);
    }
    hits.sort(order(r));
    return { query: query, tests: tests, r: r, hits: hits };
  }

  function storedFor(docs) {
    var chunks = Object.create(null);
    docs.forEach(function (doc) { chunks[Math.floor(doc / meta.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return part("d-" + c); })).then(function () {
      return docs.map(function (doc) {
        var chunk = parts["d-" + Math.floor(doc / meta.chunk)];
        return chunk ? { doc: doc, s: chunk[doc % meta.chunk] } : null;
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

  /** Words as the analyzer cuts them, « 1 500 » included (one number). */
  var WORD = /[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![\p{L}\p{Nd}'’ʼ\-‐‑])|[\p{L}\p{Nd}]+(?:['’ʼ\-‐‑][\p{L}\p{Nd}]+)*/gu;

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

  function resultItem(entry, terms) {
    var s = entry.s;
    var code = statusCode(entry.doc, s[2]);
    var li = el("li", "result result--" + code);
    var h = el("h2", "result__title");
    var a = el("a");
    a.href = root + s[1];
    highlight(s[0], terms, a);
    h.appendChild(a);
    li.appendChild(h);
    var info = el("p", "result__meta");
    var badge = el("span", "badge badge--" + code);
    badge.appendChild(el("span", "sr-only", "Statut : "));
    badge.appendChild(document.createTextNode(STATUS_LABELS[code] || code));
    info.appendChild(badge);
    if (s[4]) info.appendChild(el("span", "result__funders", " " + s[4]));
    li.appendChild(info);
    var p = el("p", "result__summary");
    highlight(s[3], terms, p);
    li.appendChild(p);
    return li;
  }

  function countText(n) {
    return n === 0 ? "Aucune mesure ne correspond à votre recherche." :
      n === 1 ? "1 mesure trouvée." : n.toLocaleString("fr-FR") + " mesures trouvées.";
  }

  function render(result, gen) {
    var hits = result.hits;
    var query = result.query;
    var shown = hits.slice(0, state.shown);
    var terms = matchedTerms(query.clauses);
    renderFacets(result);
    return storedFor(shown).then(function (stored) {
      if (gen !== generation) return;
      layout.hidden = false;
      var n = hits.length;
      statusBox.textContent = countText(n);
      renderPlace(query);
      renderMissing(query, result.r, n);
      var list = document.createDocumentFragment();
      stored.forEach(function (entry) {
        if (entry && entry.s) list.appendChild(resultItem(entry, terms));
      });
      resultsBox.textContent = "";
      resultsBox.appendChild(list);
      moreBox.hidden = n <= state.shown;
      var active = activeFilters();
      clearBox.hidden = active === 0;
      filterCount.textContent = active ? " (" + active + ")" : "";
      // nothing to narrow down: no button (unless a filter is what emptied the list)
      filterButton.hidden = n === 0 && active === 0;
      panel.hidden = filterButton.hidden;
      panelClose.textContent = n === 0 ? "Fermer" : n === 1 ? "Voir le résultat" :
        "Voir les " + n.toLocaleString("fr-FR") + " résultats";
      filterButton.setAttribute("aria-label", active ? "Filtrer, " + active + (active > 1 ? " filtres actifs" : " filtre actif") : "Filtrer");
      emptyBox.hidden = n > 0;
      suggestBox.hidden = true;
      if (n > 0) { openBox.hidden = true; finder.setAttribute("data-state", "ready"); return null; }
      return Promise.all([suggest(query, gen), showOpen(gen)]).then(function () {
        if (gen === generation) finder.setAttribute("data-state", "ready");
      });
    });
  }

  function activeFilters() {
    var count = 0;
    Object.keys(state.filters).forEach(function (k) { count += state.filters[k].length; });
    return count;
  }

  /** « Mesures applicables dans le Tarn (81) », with a button that takes the place away. */
  function renderPlace(query) {
    placeBox.hidden = !query.place;
    if (query.place) placeText.textContent = "Mesures applicables " + query.place.label;
  }

  /** The words no measure holds, said plainly, so that the reader knows what was left out. */
  function renderMissing(query, r, n) {
    var missing = [];
    query.clauses.forEach(function (c, i) { if (!r.found[i]) missing.push(c.surface); });
    missingBox.hidden = missing.length === 0;
    if (!missing.length) return;
    var list = missing.map(function (w) { return "«\u00a0" + w + "\u00a0»"; }).join(", ");
    missingBox.textContent = (missing.length > 1 ? "Mots introuvables dans les mesures : " : "Mot introuvable dans les mesures : ") +
      list + (n > 0 ? " — résultats pour les autres mots." : ".");
  }

  function renderFacets(result) {
    var counts = countFacets(result.r.match, result.tests);
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
        var label = el("label", "facet__option");
        var box = el("input");
        box.type = "checkbox";
        box.id = "f-" + name + "-" + o.id;
        box.name = name;
        box.value = o.id;
        box.checked = selected.indexOf(o.id) >= 0;
        box.setAttribute("data-facet", name);
        label.appendChild(box);
        var words = el("span", "facet__name", o.name + " ");
        words.appendChild(el("span", "facet__count", "(" + o.count + ")"));
        label.appendChild(words);
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

  /** « Vouliez-vous dire : … ? » with the query's unknown words replaced by close index words. */
  function suggest(query, gen) {
    return loadVocab().then(function () {
      if (gen !== generation) return;
      var changed = false;
      var words = A.words(state.q);
      var known = Object.create(null);
      vocab.forEach(function (v) { known[v.term] = true; });
      var proposal = words.map(function (w) {
        if (known[w.term] || meta.fillSet[w.term] || NUMBER.test(w.term)) return w.surface;
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

  /** When nothing matches: the measures open on the reader's day, most recent numbering first. */
  function showOpen(gen) {
    var open = [];
    for (var doc = 0; doc < meta.n && open.length < OPEN_SHOWN; doc++) {
      if (statusRank(doc) === 0) open.push(doc);
    }
    return storedFor(open).then(function (stored) {
      if (gen !== generation) return;
      openList.textContent = "";
      stored.forEach(function (entry) {
        if (!entry || !entry.s) return;
        var li = el("li");
        var a = el("a", null, entry.s[0]);
        a.href = root + entry.s[1];
        li.appendChild(a);
        openList.appendChild(li);
      });
      openBox.hidden = openList.childNodes.length === 0;
    });
  }

  // ---- The filter panel (folded on phones) ------------------------------------------------------
  function setPanel(open, focusBack) {
    finder.classList.toggle("finder--panel-open", open);
    filterButton.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) {
      panelTitle.focus();
    } else if (focusBack) {
      filterButton.focus();
    }
  }

  filterButton.addEventListener("click", function () {
    setPanel(!finder.classList.contains("finder--panel-open"), true);
  });
  panelClose.addEventListener("click", function () { setPanel(false, true); });
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") setPanel(false, true);
  });

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
  placeRemove.addEventListener("click", function () {
    if (!current || !current.query.place) return;
    state.q = withoutWords(state.q, current.query.placeSurfaces);
    input.value = state.q;
    state.shown = PAGE_SIZE;
    saveUrl(true);
    run().then(function () { input.focus(); });
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

  /**
   * The query without the words that named a place (as written, whatever their accents), nor the
   * small words just before them (« dans le », « en »).
   */
  function withoutWords(q, surfaces) {
    var drop = Object.create(null);
    surfaces.forEach(function (s) { drop[s] = true; });
    var tokens = q.split(/[\s\u00a0\u202f]+/).filter(Boolean);
    var kept = [];
    tokens.forEach(function (token) {
      var words = A.words(token.replace(/[-‐‑]/g, " ")).map(function (w) { return w.surface; });
      if (words.length && words.every(function (w) { return drop[w]; })) {
        while (kept.length && A.words(kept[kept.length - 1]).length === 0) kept.pop();
        return;
      }
      kept.push(token);
    });
    return kept.join(" ");
  }

  layout.hidden = false;
  readUrl();
  input.value = state.q;
  run();
})();
