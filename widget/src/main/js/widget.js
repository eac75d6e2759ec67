/*! Cairn widget launcher. Embed: <script src="https://CAIRN/widget.js" data-bot="pk_…" async></script>
 * Renders only the launcher button, in a Shadow DOM; the chat panel (panel.js) loads on first open.
 * Nothing from the server or a model is ever inserted as HTML: every node is built with DOM APIs. */
(function () {
  "use strict";
  // currentScript is null when a tag manager runs the snippet late: then find the tag by its attributes.
  var script = document.currentScript || document.querySelector('script[data-bot][src$="/widget.js"]');
  if (!script || (window.Cairn && window.Cairn.version)) return;
  var key = script.getAttribute("data-bot") || "";
  var base = new URL(script.src).origin;
  // The server replaces this with the content-addressed path of panel.js, cached for a year.
  var PANEL = "__CAIRN_PANEL_PATH__";
  var listeners = { message: [] };
  var state = { key: key, base: base, open: false, identity: null, config: null, error: null };

  var host = document.createElement("cairn-widget");
  var root = host.attachShadow({ mode: "open" });
  var sheet = new CSSStyleSheet();
  // Shadow-tree !important declarations win over the page's, even the page's !important ones.
  sheet.replaceSync(
    ":host{all:initial!important;display:block!important;position:fixed!important;z-index:2147483646!important;" +
      "bottom:20px!important;right:20px!important;left:auto!important;top:auto!important;width:auto!important;" +
      "height:auto!important;margin:0!important;padding:0!important;transform:none!important;opacity:1!important;" +
      "visibility:visible!important;filter:none!important;clip-path:none!important}" +
      ":host([data-side=left]){left:20px!important;right:auto!important}" +
      ".launch{all:initial;box-sizing:border-box;display:flex;align-items:center;justify-content:center;width:56px;" +
      "height:56px;border-radius:50%;background:var(--cairn-primary,#2f6f4f);color:var(--cairn-on-primary,#fff);" +
      "cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.3);font:600 26px/1 system-ui,sans-serif}" +
      ".launch:focus-visible{outline:3px solid #1a73e8;outline-offset:3px}" +
      ".launch svg{width:28px;height:28px;fill:currentColor}"
  );
  root.adoptedStyleSheets = [sheet];

  var button = document.createElement("button");
  button.type = "button";
  button.className = "launch";
  button.setAttribute("aria-label", "Open chat");
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("aria-expanded", "false");
  var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M4 4h16v11H8l-4 4z");
  svg.appendChild(path);
  button.appendChild(svg);
  root.appendChild(button);

  function theme(config) {
    var colour = /^#[0-9a-fA-F]{6}$/.test(config.theme && config.theme.primaryColor) ? config.theme.primaryColor : "#2f6f4f";
    var n = parseInt(colour.slice(1), 16);
    var lin = [n >> 16, (n >> 8) & 255, n & 255].map(function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    // Pick the text colour with the better contrast on the bot's colour (WCAG relative luminance).
    root.host.style.setProperty("--cairn-primary", colour);
    root.host.style.setProperty("--cairn-on-primary", luminance > 0.179 ? "#111" : "#fff");
    if (config.theme && config.theme.position === "left") host.setAttribute("data-side", "left");
  }

  var configUrl = base + "/widget/" + encodeURIComponent(key) + "/config";
  var configLoaded = fetch(configUrl, { credentials: "omit", headers: { Accept: "application/json" } })
    .then(function (r) {
      if (!r.ok) {
        state.error = r.status === 403 ? "origin" : r.status === 404 ? "unknown" : "unavailable";
        return null;
      }
      return r.json();
    })
    .then(function (config) {
      if (config) {
        state.config = config;
        theme(config);
        button.setAttribute("aria-label", "Open chat with " + String(config.name || "assistant"));
      }
    })
    .catch(function () {
      // A refused origin gets its 403 without CORS headers, so the browser hides it. If the server still answers
      // an opaque request, it is up, and it is this page's origin that the bot does not allow.
      return fetch(configUrl, { mode: "no-cors", credentials: "omit" }).then(
        function () {
          state.error = "origin";
        },
        function () {
          state.error = "unavailable";
        }
      );
    });

  var panel = null;
  var loading = null;
  function loadPanel() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = base + PANEL;
      s.async = true;
      if (script.nonce) s.nonce = script.nonce;
      s.onload = resolve;
      s.onerror = reject;
      (document.head || document.documentElement).appendChild(s);
    }).then(function () {
      return configLoaded;
    }).then(function () {
      panel = api._panel({ root: root, launcher: button, state: state, emit: emit, close: close });
    });
    return loading;
  }

  function open() {
    return loadPanel().then(function () {
      state.open = true;
      button.setAttribute("aria-expanded", "true");
      panel.show();
    });
  }

  function close() {
    if (!panel || !state.open) return;
    state.open = false;
    button.setAttribute("aria-expanded", "false");
    panel.hide();
    button.focus();
  }

  function emit(name, payload) {
    (listeners[name] || []).forEach(function (fn) {
      try {
        fn(payload);
      } catch (e) {
        if (window.console) console.error(e);
      }
    });
  }

  button.addEventListener("click", function () {
    if (state.open) close();
    else open();
  });

  var api = {
    version: 1,
    open: function () {
      open();
    },
    close: close,
    /** Signed-in visitors: userHash is the HMAC-SHA256 of userId made by your backend with the bot's identity secret. */
    identify: function (userId, hmac) {
      state.identity = { userId: String(userId), userHash: String(hmac) };
    },
    on: function (name, fn) {
      if (listeners[name] && typeof fn === "function") listeners[name].push(fn);
    }
  };
  window.Cairn = api;

  function mount() {
    document.body.appendChild(host);
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
