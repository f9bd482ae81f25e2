// sitrep dev server: reloads the page when the site changes, refreshes stylesheets when only
// CSS changed, and shows build errors over the page until they are fixed.
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script ? script.src.replace(/live\.js(\?.*)?$/, "") : "/_sitrep/";
  var version = null;
  var retry = 250;

  function overlay(st) {
    var el = document.getElementById("sitrep-overlay");
    if (!st.errors || st.errors.length === 0) {
      if (el) el.remove();
      return;
    }
    if (!el) {
      el = document.createElement("div");
      el.id = "sitrep-overlay";
      el.setAttribute("role", "alert");
      el.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
        "background:rgba(20,20,24,.94);color:#f4f4f4;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;";
      document.documentElement.appendChild(el);
    }
    el.innerHTML = '<p style="color:#ff8a80;font-weight:bold;margin:0 0 1rem">sitrep: the site does not build; ' +
      "the last good version is shown behind this. Fix the file and this goes away.</p>" + st.errors.join("");
    el.querySelectorAll("pre").forEach(function (p) {
      p.style.cssText = "background:#000;padding:.5rem;white-space:pre-wrap";
    });
  }

  function refreshCSS(v) {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (l) {
      var u = new URL(l.href, location.href);
      if (u.origin !== location.origin) return;
      u.searchParams.set("sitrep", v);
      var next = l.cloneNode();
      next.href = u.href;
      next.onload = function () { l.remove(); };
      l.after(next);
    });
  }

  function connect() {
    var es = new EventSource(base + "events");
    function on(name, f) {
      es.addEventListener(name, function (e) { f(JSON.parse(e.data)); });
    }
    on("hello", function (st) {
      retry = 250;
      if (version !== null && st.version !== version) {
        location.reload();
        return;
      }
      version = st.version;
      overlay(st);
    });
    on("reload", function () { location.reload(); });
    on("css", function (st) {
      version = st.version;
      overlay(st);
      refreshCSS(st.version);
    });
    on("errors", overlay);
    es.onerror = function () {
      es.close();
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 4000);
    };
  }
  connect();
})();
