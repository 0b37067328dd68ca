// Added by `briefing serve` to every HTML page it sends, never written into the site. It listens to
// the server's build events: a new site reloads the page; a failed build shows its error over the
// page (as text: an error can quote the corpus), and the next good build clears it.
(function () {
  "use strict";
  var generation = Number(document.currentScript.dataset.generation);
  var overlay = null;
  var errorText = null;
  var events = new EventSource("/__briefing/events");

  events.addEventListener("state", function (message) {
    var state = JSON.parse(message.data);
    if (state.generation !== generation) {
      events.close();
      location.reload();
    } else if (typeof state.error === "string") {
      show(state.error);
    } else if (overlay) {
      overlay.remove();
      overlay = null;
    }
  });

  function show(error) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "margin:0;padding:1rem 1.25rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;" +
        "font:14px/1.45 system-ui,sans-serif;box-shadow:0 -2px 12px rgba(0,0,0,.25)";
      var heading = document.createElement("p");
      heading.style.cssText = "margin:0 0 .5rem;font-weight:bold";
      heading.textContent = "briefing serve: the rebuild failed. This page is the last good site; it reloads when a build succeeds.";
      errorText = document.createElement("pre");
      errorText.style.cssText = "margin:0;white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace";
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "Hide";
      close.style.cssText = "margin-top:.75rem";
      close.addEventListener("click", function () { overlay.hidden = true; });
      overlay.append(heading, errorText, close);
      document.body.append(overlay);
    }
    overlay.hidden = false;
    errorText.textContent = error;
  }
})();
