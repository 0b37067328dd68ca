// Search of the briefing, in the browser, from disk or from any host. The index is a set of scripts
// (search/shard-N.js) loaded on first use; each calls briefingSearch.add with rows of
// [kind, title, route from the site root, text]. Results are built as text nodes, never as markup.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script.getAttribute("data-root") || "";
  var shards = parseInt(script.getAttribute("data-shards"), 10) || 0;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var rows = [];
  var loaded = 0;
  var requested = false;
  var limit = 50;
  var kinds = { actor: "side", person: "person", issue: "issue", event: "event", term: "glossary", source: "source", paragraph: "paragraph" };

  // Lower case without accents, so that "cafe" finds "Café".
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  window.briefingSearch = {
    add: function (part) {
      for (var i = 0; i < part.length; i++) {
        var row = part[i];
        rows.push({ kind: row[0], title: row[1], route: row[2], text: row[3],
                    titleKey: fold(row[1]), key: fold(row[1] + " " + row[3]) });
      }
      loaded += 1;
      if (loaded === shards) { run(); }
    }
  };

  function load() {
    if (requested) { return; }
    requested = true;
    status.textContent = "Loading the index…";
    for (var i = 0; i < shards; i++) {
      var piece = document.createElement("script");
      piece.src = root + "search/shard-" + i + ".js";
      document.head.appendChild(piece);
    }
  }

  // The text around the first word found, so that a long paragraph shows where it matches.
  function snippet(text, word) {
    var at = fold(text).indexOf(word);
    if (text.length <= 200) { return text; }
    var start = Math.max(0, at - 80);
    return (start > 0 ? "…" : "") + text.slice(start, start + 200) + (start + 200 < text.length ? "…" : "");
  }

  function run() {
    var query = fold(input.value.trim());
    list.textContent = "";
    if (!query) { status.textContent = ""; return; }
    if (loaded < shards) { load(); return; }
    var words = query.split(/\s+/);
    var inTitle = [], inText = [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (!words.every(function (w) { return row.key.indexOf(w) >= 0; })) { continue; }
      (words.every(function (w) { return row.titleKey.indexOf(w) >= 0; }) ? inTitle : inText).push(row);
    }
    var hits = inTitle.concat(inText);
    status.textContent = hits.length === 0 ? "Nothing found for “" + input.value.trim() + "”."
      : hits.length + (hits.length === 1 ? " result" : " results") + (hits.length > limit ? ", the first " + limit + " shown." : ".");
    hits.slice(0, limit).forEach(function (row) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + row.route;
      link.textContent = row.title;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = " · " + kinds[row.kind];
      item.appendChild(link);
      item.appendChild(kind);
      if (row.text) {
        var text = document.createElement("p");
        text.textContent = snippet(row.text, words[0]);
        item.appendChild(text);
      }
      list.appendChild(item);
    });
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", run);
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  form.hidden = false;
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) { input.value = asked; load(); }
})();
