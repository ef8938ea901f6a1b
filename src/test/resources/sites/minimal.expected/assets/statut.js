/*
 * Relais: keeps every status of the page right on the visitor's day.
 *
 * Pages are built with the status of the build date (and are correct without JavaScript). A
 * status changes on a date, not on a build: this script recomputes it from the dates the page
 * carries (data-opens, data-closes, data-override on each [data-live-status] element) with the
 * rules of model/StatusCalculator, which it must mirror exactly:
 *   override, else "upcoming" before opens, else "closed" after closes, else "open";
 *   an open measure is "closing" from closes - 30 days to closes included.
 * Dates are Paris calendar days, like the build date. Before the build date (a wrong clock),
 * the page is left as built.
 *
 * Parts of a measure page marked data-status-when="…" show only for those statuses. The apply
 * button is marked "open closing", as the build prints it: shown only while the measure is open,
 * hidden before it opens (the page says « Ouvre le … » instead) and after it closes.
 */
(function () {
  "use strict";

  var CLOSING_SOON_DAYS = 30;
  var DAY = 86400000;
  var LABELS = { open: "Ouvert", closing: "Ferme bientôt", upcoming: "À venir", closed: "Clos" };
  var MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre"];

  /** "2020-07-31" → days since 1970-01-01, or null. */
  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY : null;
  }

  /** The last Sunday of a month (0-based) at 01:00 UTC: when Europe changes its clocks. */
  function lastSunday(year, month) {
    var d = new Date(Date.UTC(year, month + 1, 0, 1));
    return d.getTime() - d.getUTCDay() * DAY;
  }

  /**
   * Today in Paris, in days since 1970-01-01: UTC+2 from the last Sunday of March to the last
   * Sunday of October (the European rule), UTC+1 otherwise. Computed rather than asked of Intl,
   * whose first use costs more than the whole script on a slow phone.
   */
  function today() {
    var now = Date.now();
    var year = new Date(now).getUTCFullYear();
    var summer = now >= lastSunday(year, 2) && now < lastSunday(year, 9);
    return Math.floor((now + (summer ? 2 : 1) * 3600000) / DAY);
  }

  /** "1er juin 2020", "31 juillet 2020", as FrenchDates writes them. */
  function french(d) {
    var date = new Date(d * DAY);
    var n = date.getUTCDate();
    return (n === 1 ? "1er" : String(n)) + " " + MONTHS[date.getUTCMonth()] + " " + date.getUTCFullYear();
  }

  /** StatusCalculator.compute. */
  function status(opens, closes, override, asOf) {
    var base;
    if (override) {
      base = override;
    } else if (opens !== null && asOf < opens) {
      base = "upcoming";
    } else if (closes !== null && asOf > closes) {
      base = "closed";
    } else {
      base = "open";
    }
    if (base === "open" && closes !== null && asOf <= closes && asOf + CLOSING_SOON_DAYS >= closes) {
      return "closing";
    }
    return base;
  }

  /** ViewBuilder.statusDetail. */
  function detail(s, opens, closes, asOf) {
    switch (s) {
      case "open":
        return closes === null ? "Sans date de clôture annoncée" : "Jusqu'au " + french(closes);
      case "closing":
        var days = closes - asOf;
        return "Ferme le " + french(closes)
          + (days === 0 ? " (dernier jour)" : days === 1 ? " (demain)" : " (dans " + days + " jours)");
      case "upcoming":
        return opens === null ? "Ouverture annoncée prochainement" : "Ouvre le " + french(opens);
      default:
        return closes === null ? "Dispositif clos" : "Clos depuis le " + french(closes);
    }
  }

  function isOpen(s) {
    return s === "open" || s === "closing";
  }

  function each(root, selector, fn) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), fn);
  }

  function update(el, asOf) {
    var opens = day(el.getAttribute("data-opens"));
    var closes = day(el.getAttribute("data-closes"));
    var built = el.getAttribute("data-live-status");
    var s = status(opens, closes, el.getAttribute("data-override"), asOf);
    el.setAttribute("data-live-status", s);
    if (el.classList.contains("card--" + built)) {
      el.classList.remove("card--" + built);
      el.classList.add("card--" + s);
    }
    each(el, ".badge", function (badge) {
      badge.classList.remove("badge--" + built);
      badge.classList.add("badge--" + s);
      var label = badge.lastChild;
      if (label && label.nodeType === 3) {
        label.nodeValue = LABELS[s];
      }
    });
    each(el, "[data-status-detail]", function (d) {
      d.textContent = detail(s, opens, closes, asOf);
    });
    each(el, "[data-status-when]", function (part) {
      part.hidden = part.getAttribute("data-status-when").split(" ").indexOf(s) < 0;
    });
    // Whatever a template wrote, nothing to click unless the measure is open.
    each(el, ".apply", function (button) {
      if (!isOpen(s)) {
        button.hidden = true;
      }
    });
    each(el, "[data-closed-class]", function (part) {
      part.classList.toggle(part.getAttribute("data-closed-class"), s === "closed");
    });
    return s;
  }

  /** The group a status is counted in: "open" (open or closing), "upcoming", "closed". */
  function group(s) {
    return isOpen(s) ? "open" : s;
  }

  function run() {
    var asOf = today();
    var built = day(document.body.getAttribute("data-build-date"));
    if (built === null || asOf <= built) {
      return;
    }
    // Counts move by the measures whose group changed; the page marks each measure it counts
    // once with data-counted (any measure not listed there cannot change after the build).
    var delta = { open: 0, upcoming: 0, closed: 0 };
    each(document, "[data-live-status]", function (el) {
      var before = group(el.getAttribute("data-live-status"));
      var after = group(update(el, asOf));
      if (el.hasAttribute("data-counted") && before !== after) {
        delta[before]--;
        delta[after]++;
      }
    });
    each(document, "[data-stat]", function (n) {
      var value = parseInt(n.textContent, 10) + delta[n.getAttribute("data-stat")];
      n.textContent = String(value);
      var word = n.nextElementSibling;
      if (word && word.hasAttribute("data-plural")) {
        var forms = word.getAttribute("data-plural").split("|");
        word.textContent = value > 1 ? forms[1] : forms[0];
      }
    });
    each(document, "[data-status-groups]", regroup);
    each(document, "[data-open-list]", function (list) {
      var open = 0;
      each(list, "[data-live-status]", function (item) {
        var shown = isOpen(item.getAttribute("data-live-status"));
        item.hidden = !shown;
        if (shown) {
          open++;
        }
      });
      var section = list.parentNode;
      list.hidden = open === 0;
      each(section, "[data-open-count]", function (c) { c.hidden = open === 0; });
      each(section, "[data-open-number]", function (n) { n.textContent = String(open); });
      each(section, "[data-open-empty]", function (e) { e.hidden = open > 0; });
    });
    document.body.setAttribute("data-status-date", new Date(asOf * DAY).toISOString().slice(0, 10));
  }

  /** The word after a count: data-plural="one|many". */
  function plural(word, value) {
    if (word && word.hasAttribute("data-plural")) {
      var forms = word.getAttribute("data-plural").split("|");
      word.textContent = value > 1 ? forms[1] : forms[0];
    }
  }

  /**
   * Lists by status (situations, territories, terms): each measure goes to the group of its status
   * on the reader's day, and the counts follow; an empty group hides, as the build hides it.
   */
  function regroup(container) {
    var sections = {};
    each(container, "[data-group]", function (section) {
      sections[section.getAttribute("data-group")] = section;
    });
    Object.keys(sections).forEach(function (key) {
      each(sections[key], "[data-live-status]", function (el) {
        var to = sections[group(el.getAttribute("data-live-status"))];
        if (to && to !== sections[key]) {
          var item = el.tagName === "LI" ? el : el.parentNode;
          to.querySelector("[data-group-list]").appendChild(item);
        }
      });
    });
    Object.keys(sections).forEach(function (key) {
      var n = sections[key].querySelectorAll("[data-live-status]").length;
      sections[key].hidden = n === 0;
      each(sections[key], "[data-group-count]", function (c) { c.textContent = String(n); });
      each(container, "[data-group-link=\"" + key + "\"]", function (link) {
        link.hidden = n === 0;
        each(link, "[data-group-count]", function (c) {
          c.textContent = String(n);
          plural(c.nextElementSibling, n);
        });
      });
    });
  }

  // The search ranks measures open on the reader's day first, with these same rules.
  window.RelaisStatus = { status: status, today: today };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
