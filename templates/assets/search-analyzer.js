/*
 * Relais — French analysis of search queries.
 * The exact mirror of fr.artisanat.relais.search.FrenchAnalyzer (Java, index side): same folding,
 * same word boundaries, elisions, hyphens, stop words and the same stemmer (Savoy's light French
 * stemmer, as in Lucene). A test runs both over the whole vocabulary and requires identical terms,
 * so change both together.
 */
(function (root) {
  "use strict";

  var MAX_WORD_LENGTH = 40;
  var ELISIONS = toSet("l d m t n s j c qu jusqu lorsqu puisqu quoiqu");
  var STOP_WORDS = toSet(
    "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui " +
    "ma mais me meme mes moi mon ne nos notre nous on ou par pour qu que qui sa se ses " +
    "son sur ta te tes toi ton tu un une vos votre vous ceci cela ca cet cette ete etee " +
    "etees etes etant etante etants etantes suis es est sommes sont serai seras sera serons " +
    "serez seront serais serait serions seriez seraient etais etait etions etiez etaient " +
    "fus fut fumes futes furent sois soit soyons soyez soient fusse fusses fussions fussiez " +
    "fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras " +
    "aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions " +
    "aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses " +
    "eussions eussiez eussent y a d l s c j m n t");
  var LETTER = /^\p{L}$/u;
  var WORD_CHAR = /^[\p{L}\p{Nd}]$/u;
  var MARK = /\p{M}/gu;

  function toSet(words) {
    var set = Object.create(null);
    words.split(" ").forEach(function (w) { set[w] = true; });
    return set;
  }

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(MARK, "")
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
  }

  function isApostrophe(c) { return c === "'" || c === "\u2019" || c === "\u02bc"; }
  function isHyphen(c) { return c === "-" || c === "\u2010" || c === "\u2011"; }

  /** Words of text: [{surface, term}], as FrenchAnalyzer.words. */
  function words(text) {
    var chars = Array.from(fold(text));
    var out = [];
    var i = 0;
    var n = chars.length;
    while (i < n) {
      if (!WORD_CHAR.test(chars[i])) { i++; continue; }
      var start = i;
      while (i < n) {
        var c = chars[i];
        if (WORD_CHAR.test(c) || ((isApostrophe(c) || isHyphen(c)) && i + 1 < n)) { i++; } else { break; }
      }
      var raw = chars.slice(start, i);
      if (isNumberGroup(raw)) {
        // « 1 500 », « 10 000 000 »: one number, as artisans type it without the spaces
        for (var end = thousands(chars, i); end > 0; end = thousands(chars, i)) {
          raw = raw.concat(chars.slice(i + 1, end));
          i = end;
        }
      }
      addRawWord(raw, out);
    }
    return out;
  }

  function isDigit(c) { return c >= "0" && c <= "9" && c.length === 1; }
  function isNumberSpace(c) { return c === " " || c === "\u00a0" || c === "\u202f"; }

  /** 1 to 3 ASCII digits (FrenchAnalyzer.isNumberGroup). */
  function isNumberGroup(chars) {
    if (chars.length < 1 || chars.length > 3) return false;
    for (var k = 0; k < chars.length; k++) { if (!isDigit(chars[k])) return false; }
    return true;
  }

  /** The end of « space + 3 digits » ending a word at i, or 0 (FrenchAnalyzer.thousands). */
  function thousands(chars, i) {
    if (i + 3 >= chars.length || !isNumberSpace(chars[i])) return 0;
    for (var k = i + 1; k <= i + 3; k++) { if (!isDigit(chars[k])) return 0; }
    var next = chars[i + 4];
    if (next !== undefined && (WORD_CHAR.test(next) || isApostrophe(next) || isHyphen(next))) return 0;
    return i + 4;
  }

  function split(chars, apostrophes) {
    var pieces = [];
    var current = "";
    chars.forEach(function (c) {
      if (apostrophes ? isApostrophe(c) : isHyphen(c)) {
        if (current.length > 0) { pieces.push(current); current = ""; }
      } else {
        current += c;
      }
    });
    if (current.length > 0) pieces.push(current);
    return pieces;
  }

  function addRawWord(chars, out) {
    var pieces = split(chars, true);
    if (pieces.length > 1 && ELISIONS[pieces[0]]) pieces.shift();
    pieces.forEach(function (piece) {
      var parts = split(Array.from(piece), false);
      parts.forEach(function (part) { addWord(part, out); });
      if (parts.length > 1) addWord(parts.join(""), out);
    });
  }

  function addWord(word, out) {
    var cps = Array.from(word);
    if (word.length === 0 || word.length > MAX_WORD_LENGTH || STOP_WORDS[word] ||
        (cps.length === 1 && LETTER.test(cps[0]))) {
      return;
    }
    out.push({ surface: word, term: stem(word) });
  }

  function analyze(text) {
    return words(text).map(function (w) { return w.term; });
  }

  // Savoy's light stemmer, on folded words (see FrenchLightStemmer.java).
  function ends(s, len, suffix) {
    var k = suffix.length;
    if (k > len) return false;
    for (var i = 0; i < k; i++) { if (s[len - k + i] !== suffix.charAt(i)) return false; }
    return true;
  }

  function set(s, len, letters) {
    for (var i = 0; i < letters.length; i++) s[len - letters.length + i] = letters.charAt(i);
  }

  function isLetterUnit(c) { return LETTER.test(c); }

  function norm(s, len) {
    if (len > 4) {
      var write = 1;
      for (var read = 1; read < len; read++) {
        if (s[read] === s[write - 1] && isLetterUnit(s[read])) continue;
        s[write++] = s[read];
      }
      len = write;
    }
    if (len > 4 && ends(s, len, "ie")) len -= 2;
    if (len > 4) {
      if (s[len - 1] === "r") len--;
      if (s[len - 1] === "e") len--;
      if (s[len - 1] === "e") len--;
      if (s[len - 1] === s[len - 2] && isLetterUnit(s[len - 1])) len--;
    }
    return len;
  }

  function suffixes(s, len) {
    if (len > 9 && ends(s, len, "issement")) { len -= 6; s[len - 1] = "r"; return norm(s, len); }
    if (len > 8 && ends(s, len, "issant")) { len -= 4; s[len - 1] = "r"; return norm(s, len); }
    if (len > 6 && ends(s, len, "ement")) {
      len -= 4;
      if (len > 3 && ends(s, len, "ive")) { len--; s[len - 1] = "f"; }
      return norm(s, len);
    }
    if (len > 11 && ends(s, len, "ficatrice")) { len -= 5; set(s, len, "er"); return norm(s, len); }
    if (len > 10 && ends(s, len, "ficateur")) { len -= 4; set(s, len, "er"); return norm(s, len); }
    if (len > 9 && ends(s, len, "catrice")) { len -= 3; set(s, len, "quer"); return norm(s, len); }
    if (len > 8 && ends(s, len, "cateur")) { len -= 2; set(s, len, "quer"); return norm(s, len); }
    if (len > 8 && ends(s, len, "atrice")) { len -= 4; set(s, len, "er"); return norm(s, len); }
    if (len > 7 && ends(s, len, "ateur")) { len -= 3; set(s, len, "er"); return norm(s, len); }
    if (len > 6 && ends(s, len, "trice")) { len--; set(s, len, "eur"); }
    if (len > 5 && ends(s, len, "ieme")) return norm(s, len - 4);
    if (len > 7 && ends(s, len, "teuse")) { len -= 2; s[len - 1] = "r"; return norm(s, len); }
    if (len > 6 && ends(s, len, "teur")) { len--; s[len - 1] = "r"; return norm(s, len); }
    if (len > 5 && ends(s, len, "euse")) return norm(s, len - 2);
    if (len > 8 && ends(s, len, "ere")) { len--; s[len - 2] = "e"; return norm(s, len); }
    if (len > 7 && ends(s, len, "ive")) { len--; s[len - 1] = "f"; return norm(s, len); }
    if (len > 4 && (ends(s, len, "folle") || ends(s, len, "molle"))) { len -= 2; s[len - 1] = "u"; return norm(s, len); }
    if (len > 9 && ends(s, len, "nnelle")) return norm(s, len - 5);
    if (len > 9 && ends(s, len, "nnel")) return norm(s, len - 3);
    if (len > 4 && ends(s, len, "ete")) { len--; s[len - 2] = "e"; }
    if (len > 8 && ends(s, len, "ique")) len -= 4;
    if (len > 8 && ends(s, len, "esse")) return norm(s, len - 3);
    if (len > 7 && ends(s, len, "inage")) return norm(s, len - 3);
    if (len > 9 && ends(s, len, "isation")) {
      len -= 7;
      if (len > 5 && ends(s, len, "ual")) s[len - 2] = "e";
      return norm(s, len);
    }
    if (len > 9 && ends(s, len, "isateur")) return norm(s, len - 7);
    if (len > 8 && (ends(s, len, "ation") || ends(s, len, "ition"))) return norm(s, len - 5);
    return norm(s, len);
  }

  function stem(word) {
    var s = word.split("");
    var len = s.length;
    if (len > 5 && s[len - 1] === "x") {
      if (s[len - 3] === "a" && s[len - 2] === "u" && s[len - 4] !== "e") s[len - 2] = "l";
      len--;
    }
    if (len > 3 && s[len - 1] === "x") len--;
    if (len > 3 && s[len - 1] === "s") len--;
    len = suffixes(s, len);
    return s.slice(0, len).join("");
  }

  var api = { fold: fold, words: words, analyze: analyze, stem: stem };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.RelaisAnalyzer = api;
  }
})(this);
