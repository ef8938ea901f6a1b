// Relais preview only (relais serve): reloads the page after each rebuild and shows content
// errors in an overlay. Never part of a published site. Builds the overlay with DOM calls and
// CSSOM styles, so it works under the site's Content-Security-Policy (no inline script or style).
(function () {
  "use strict";
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function el(tag, text, styles) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    Object.keys(styles || {}).forEach(function (k) {
      node.style[k] = styles[k];
    });
    return node;
  }

  function show(report) {
    hide();
    overlay = el("div", null, {
      position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto",
      background: "rgba(20, 20, 30, 0.92)", color: "#fff", padding: "2rem",
      font: "16px/1.5 system-ui, sans-serif"
    });
    overlay.id = "relais-erreurs";
    overlay.setAttribute("role", "alert");
    overlay.appendChild(el("h2", "Le contenu a des erreurs", { margin: "0 0 .5rem", color: "#ffb4b4" }));
    overlay.appendChild(el("p", "L'aperçu montre la dernière version valide. Corrigez et enregistrez : "
        + "la page se recharge toute seule. (" + report.summary + ")", { margin: "0 0 1rem" }));
    var list = el("ul", null, { listStyle: "none", padding: "0", margin: "0" });
    report.problems.forEach(function (p) {
      var item = el("li", null, {
        margin: "0 0 .75rem", padding: ".5rem .75rem", background: "rgba(255,255,255,.08)",
        borderLeft: "4px solid " + (p.severity === "erreur" ? "#ff6b6b" : "#ffd166")
      });
      var where = p.file + (p.line > 0 ? ":" + p.line + (p.column > 0 ? ":" + p.column : "") : "");
      item.appendChild(el("code", where, { display: "block", fontWeight: "bold" }));
      item.appendChild(el("span", p.severity + " : " + p.message));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/__relais/events");
  events.addEventListener("reload", function () {
    window.location.reload();
  });
  events.addEventListener("errors", function (e) {
    show(JSON.parse(e.data));
  });
  events.addEventListener("ok", hide);
})();
