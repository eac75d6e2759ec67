/*! Cairn widget chat panel, loaded by widget.js on first open. Every node is built with DOM APIs: server and
 * model text only ever becomes text nodes, links are http(s) only, and no image is ever made from model output. */
(function () {
  "use strict";
  var CSS =
    ".panel{all:initial;position:fixed;bottom:88px;right:20px;width:380px;max-width:calc(100vw - 40px);height:560px;" +
    "max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;color:#1b1f1d;border-radius:12px;" +
    "box-shadow:0 8px 30px rgba(0,0,0,.3);font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;overflow:hidden}" +
    ":host([data-side=left]) .panel{left:20px;right:auto}" +
    ".panel[hidden]{display:none}*{box-sizing:border-box}" +
    "header{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;" +
    "background:var(--cairn-primary,#2f6f4f);color:var(--cairn-on-primary,#fff)}" +
    "h2{margin:0;font-size:16px;font-weight:600;overflow-wrap:anywhere}" +
    "button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid transparent}" +
    "button:focus-visible,textarea:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}" +
    ".x{background:transparent;color:inherit;font-size:22px;line-height:1;padding:2px 8px}" +
    ".log{flex:1;overflow-y:auto;padding:12px 14px}" +
    ".msg{margin:8px 0;padding:8px 11px;border-radius:10px;max-width:92%;overflow-wrap:anywhere}" +
    ".msg p{margin:0 0 6px}.msg p:last-child{margin-bottom:0}.msg ul,.msg ol{margin:4px 0;padding-left:20px}" +
    ".user{background:var(--cairn-primary,#2f6f4f);color:var(--cairn-on-primary,#fff);margin-left:auto;white-space:pre-wrap}" +
    ".bot{background:#eef2f0}.bot a{color:#0b57d0}" +
    "code{font:13px ui-monospace,Menlo,Consolas,monospace;background:#dde4e0;padding:0 3px;border-radius:3px}" +
    "pre{background:#1f2522;color:#f1f4f2;padding:8px;border-radius:6px;overflow-x:auto}pre code{background:none;color:inherit}" +
    ".cites{font-size:13px;margin:8px 0 0;padding-left:0;list-style:none}.cites li{margin:4px 0}" +
    ".cites .snip{margin:2px 0 0;color:#4a544f}.rate{margin-top:6px;display:flex;gap:6px}" +
    ".rate button{background:#fff;border-color:#b9c4be;padding:1px 8px;font-size:13px;color:#1b1f1d}.rate button[aria-pressed=true]{background:#d6efe0;border-color:#2f6f4f}" +
    ".chips{display:flex;flex-wrap:wrap;gap:6px;padding:0 14px 8px}.chips button{background:#fff;border-color:#b9c4be;padding:4px 10px;font-size:13px}" +
    ".status{padding:0 14px;font-size:13px;color:#8a1f11;min-height:0}.status button{margin-left:6px;background:#fff;border-color:#8a1f11;color:#8a1f11}" +
    "form{display:flex;gap:6px;padding:10px 14px;border-top:1px solid #d8e0dc}" +
    "textarea{flex:1;resize:none;height:42px;padding:9px;border:1px solid #8f9b95;border-radius:8px;font:inherit;color:#1b1f1d;background:#fff}" +
    ".send,.stop,.lead button{background:var(--cairn-primary,#2f6f4f);color:var(--cairn-on-primary,#fff);padding:0 14px}" +
    ".stop{background:#5b1a12;color:#fff}.stop[hidden],.send[hidden]{display:none}" +
    ".lead{display:grid;gap:6px;padding:8px 11px;border:1px solid #d8e0dc;border-radius:10px;margin:8px 0}" +
    ".lead input{padding:6px 8px;border:1px solid #8f9b95;border-radius:6px;font:inherit}.lead label{font-size:13px}" +
    ".contact{background:transparent;color:inherit;text-decoration:underline;font-size:13px;border:0;padding:0 6px}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    ".notice{padding:12px;border-radius:10px;background:#fdecea;color:#8a1f11}" +
    "@media (max-width:480px){.panel{inset:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}}";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /** An absolute http(s) URL, or null: javascript:, data:, relative and malformed links are dropped. */
  function safeHref(raw) {
    try {
      var u = new URL(String(raw));
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, label) {
    var a = el("a");
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    if (label !== undefined) a.textContent = label;
    return a;
  }

  var INLINE =
    /(`+)([\s\S]*?)\1|!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)|\[([^\]]+)\]\(((?:[^()\s]|\([^()]*\))*)(?:\s+"[^"]*")?\)|\*\*([\s\S]+?)\*\*|(?<!\w)__([\s\S]+?)__(?!\w)|\*(?!\s)([^*]+?)\*|(?<!\w)_(?!\s)([^_]+?)_(?!\w)/g;

  /** Inline markdown: code, bold, italics and links. An image becomes its alt text: nothing is fetched. */
  function inline(parent, text) {
    var re = new RegExp(INLINE.source, "g");
    var last = 0;
    var m;
    while ((m = re.exec(text))) {
      if (m.index > last) parent.append(text.slice(last, m.index));
      if (m[1]) parent.append(el("code", null, m[2]));
      else if (m[0].charAt(0) === "!") parent.append(m[3]);
      else if (m[4] !== undefined) {
        var href = safeHref(m[5]);
        var target = href ? parent.appendChild(link(href)) : parent;
        inline(target, m[4]);
      } else if (m[6] !== undefined || m[7] !== undefined) inline(parent.appendChild(el("strong")), m[6] || m[7]);
      else inline(parent.appendChild(el("em")), m[8] || m[9]);
      last = re.lastIndex;
    }
    if (last < text.length) parent.append(text.slice(last));
  }

  /** Block markdown: paragraphs, bulleted and numbered lists, fenced code. Headings and quotes read as paragraphs. */
  function markdown(parent, source) {
    var lines = String(source).replace(/\r\n?/g, "\n").split("\n");
    var para = null;
    var list = null;
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      if (/^\s*```/.test(line)) {
        var code = [];
        for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) code.push(lines[i]);
        parent.appendChild(el("pre")).appendChild(el("code", null, code.join("\n")));
        para = list = null;
        continue;
      }
      var item = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
      if (item) {
        var kind = item[1] ? "UL" : "OL";
        if (!list || list.tagName !== kind) list = parent.appendChild(el(kind.toLowerCase()));
        inline(list.appendChild(el("li")), item[3]);
        para = null;
        continue;
      }
      if (!line.trim()) {
        para = list = null;
        continue;
      }
      line = line.replace(/^\s*(#{1,6}|>)\s*/, "");
      if (para) para.append(el("br"));
      else para = parent.appendChild(el("p"));
      list = null;
      inline(para, line);
    }
  }

  function storageKey(state) {
    return "cairn:" + state.key;
  }

  function load(state) {
    try {
      var saved = JSON.parse(localStorage.getItem(storageKey(state)) || "null");
      if (saved && Array.isArray(saved.turns)) return saved;
    } catch (e) {
      /* storage blocked or corrupt: start afresh */
    }
    return { conversationId: null, turns: [] };
  }

  function save(state, convo) {
    try {
      localStorage.setItem(
        storageKey(state),
        JSON.stringify({ conversationId: convo.conversationId, turns: convo.turns.slice(-50) })
      );
    } catch (e) {
      /* storage full or blocked: the conversation still works for this page */
    }
  }

  function parseEvent(raw) {
    var name = "message";
    var data = [];
    raw.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) name = line.slice(6).trim();
      else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
    });
    try {
      return { name: name, data: data.length ? JSON.parse(data.join("\n")) : {} };
    } catch (e) {
      return { name: name, data: {} };
    }
  }

  function mountPanel(ctx) {
    var state = ctx.state;
    var root = ctx.root;
    var config = state.config || {};
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = root.adoptedStyleSheets.concat([sheet]);
    var endpoint = state.base + "/widget/" + encodeURIComponent(state.key);
    var convo = load(state);
    var busy = null;
    var lastQuestion = null;

    var panel = el("div", "panel");
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "true");
    panel.setAttribute("aria-labelledby", "cairn-title");
    var header = panel.appendChild(el("header"));
    var title = header.appendChild(el("h2", null, config.name || "Chat"));
    title.id = "cairn-title";
    var closeButton = header.appendChild(el("button", "x", "\u00d7"));
    closeButton.type = "button";
    closeButton.setAttribute("aria-label", "Close chat");
    var log = panel.appendChild(el("div", "log"));
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    log.setAttribute("aria-label", "Conversation");
    var chips = panel.appendChild(el("div", "chips"));
    var status = panel.appendChild(el("div", "status"));
    status.setAttribute("role", "alert");
    var form = panel.appendChild(el("form"));
    var label = form.appendChild(el("label", "sr", "Your question"));
    label.htmlFor = "cairn-input";
    var input = form.appendChild(el("textarea"));
    input.id = "cairn-input";
    input.maxLength = 4000;
    input.placeholder = "Ask a question\u2026";
    var send = form.appendChild(el("button", "send", "Send"));
    send.type = "submit";
    var stop = form.appendChild(el("button", "stop", "Stop"));
    stop.type = "button";
    stop.hidden = true;
    root.appendChild(panel);

    function say(text, retry) {
      status.replaceChildren(text ? el("span", null, text) : "");
      if (retry) {
        var again = status.appendChild(el("button", null, "Retry"));
        again.type = "button";
        again.addEventListener("click", retry);
      }
    }

    function identity(body) {
      if (state.identity) {
        body.userId = state.identity.userId;
        body.userHash = state.identity.userHash;
      }
      return body;
    }

    function post(path, body, accept) {
      return fetch(endpoint + path, {
        method: "POST",
        credentials: "omit",
        headers: { "Content-Type": "application/json", Accept: accept || "application/json" },
        body: JSON.stringify(identity(body))
      });
    }

    // A plan limit (402, or plan_limit_* in the stream) is the site owner's matter, never shown raw to a visitor.
    var LIMIT = "This assistant has reached its message limit for now.";

    function problem(response) {
      if (response.status === 429) {
        var wait = response.headers.get("Retry-After");
        return "Too many messages. Try again" + (wait ? " in " + wait + " s." : " soon.");
      }
      if (response.status === 402) return LIMIT;
      if (response.status === 403) return "This website is not allowed to use this assistant.";
      if (response.status === 401) return "Please sign in again to chat.";
      if (response.status === 404) return "This conversation has ended. Start a new one.";
      return "Something went wrong.";
    }

    function rateButtons(turn, box) {
      if (!turn.messageId) return;
      var rate = box.appendChild(el("div", "rate"));
      rate.setAttribute("role", "group");
      rate.setAttribute("aria-label", "Was this answer helpful?");
      [
        ["up", "Helpful"],
        ["down", "Not helpful"]
      ].forEach(function (r) {
        var b = rate.appendChild(el("button", null, r[1]));
        b.type = "button";
        b.setAttribute("aria-pressed", String(turn.rating === r[0]));
        b.addEventListener("click", function () {
          post("/feedback", { conversationId: convo.conversationId, messageId: turn.messageId, rating: r[0] }).then(
            function (response) {
              if (!response.ok) return say(problem(response));
              turn.rating = r[0];
              save(state, convo);
              rate.querySelectorAll("button").forEach(function (other) {
                other.setAttribute("aria-pressed", String(other === b));
              });
              say("");
              status.append(el("span", "sr", "Thanks for your feedback."));
            },
            function () {
              say("Your feedback could not be sent.");
            }
          );
        });
      });
    }

    function citations(turn, box) {
      if (!turn.citations || !turn.citations.length) return;
      var ol = box.appendChild(el("ol", "cites"));
      ol.setAttribute("aria-label", "Sources");
      turn.citations.forEach(function (c) {
        var li = ol.appendChild(el("li"));
        var text = "[" + c.n + "] " + (c.title || c.url || "Source");
        var href = safeHref(c.url);
        li.appendChild(href ? link(href, text) : el("span", null, text));
        if (c.snippet) li.appendChild(el("p", "snip", c.snippet));
      });
    }

    /** Draws one turn from its data; called again as tokens arrive, so the markdown is always whole. */
    function draw(turn, box) {
      box.replaceChildren();
      if (turn.role === "user") {
        box.textContent = turn.text;
        return box;
      }
      markdown(box, turn.text);
      if (turn.stopped) box.appendChild(el("p", "snip", "(stopped)"));
      citations(turn, box);
      if (turn.done) rateButtons(turn, box);
      if (turn.offerLead) leadForm(box);
      return box;
    }

    function add(turn) {
      var box = log.appendChild(el("div", "msg " + (turn.role === "user" ? "user" : "bot")));
      draw(turn, box);
      log.scrollTop = log.scrollHeight;
      return box;
    }

    function leadForm(parent) {
      var f = parent.appendChild(el("form", "lead"));
      f.setAttribute("aria-label", "Leave your contact details");
      f.appendChild(el("span", null, "Leave your details and we will get back to you."));
      var fields = {};
      ["name", "email"].forEach(function (name) {
        var id = "cairn-lead-" + name + "-" + Math.random().toString(36).slice(2);
        var l = f.appendChild(el("label", null, name === "name" ? "Name" : "E-mail"));
        l.htmlFor = id;
        var i = f.appendChild(el("input"));
        i.id = id;
        i.type = name === "email" ? "email" : "text";
        i.required = true;
        i.autocomplete = name;
        fields[name] = i;
      });
      var b = f.appendChild(el("button", null, "Send details"));
      b.type = "submit";
      f.addEventListener("submit", function (e) {
        e.preventDefault();
        var body = { name: fields.name.value, email: fields.email.value };
        if (convo.conversationId) body.conversationId = convo.conversationId;
        post("/leads", body).then(
          function (r) {
            if (!r.ok) return say(r.status === 400 ? "Please check your name and e-mail." : problem(r));
            f.replaceChildren(el("span", null, "Thank you, we will be in touch."));
          },
          function () {
            say("Your details could not be sent.");
          }
        );
      });
      return f;
    }

    function render() {
      log.replaceChildren();
      if (state.error) {
        var notice = log.appendChild(el("div", "notice"));
        notice.setAttribute("role", "alert");
        notice.textContent =
          state.error === "origin"
            ? "This website is not allowed to use this assistant. The site owner must add it to the bot's allowed origins."
            : state.error === "unknown"
              ? "This assistant does not exist any more."
              : "The assistant is unavailable right now. Please try again later.";
        input.disabled = send.disabled = true;
        return;
      }
      if (config.welcomeMessage) add({ role: "assistant", text: config.welcomeMessage, done: true });
      convo.turns.forEach(add);
      chips.replaceChildren();
      if (!convo.turns.length) {
        (config.suggestedQuestions || []).forEach(function (q) {
          var c = chips.appendChild(el("button", null, q));
          c.type = "button";
          c.addEventListener("click", function () {
            ask(String(q));
          });
        });
      }
      if (config.leadForm && config.leadForm.enabled) {
        var contact = header.querySelector(".contact") || header.insertBefore(el("button", "contact", "Contact us"), closeButton);
        contact.type = "button";
        contact.onclick = function () {
          leadForm(log);
          log.scrollTop = log.scrollHeight;
        };
      }
    }

    function streaming(on) {
      stop.hidden = !on;
      send.hidden = on;
      log.setAttribute("aria-busy", String(on));
    }

    async function ask(question) {
      if (busy || !question.trim()) return;
      lastQuestion = question;
      chips.replaceChildren();
      say("");
      var mine = { role: "user", text: question };
      convo.turns.push(mine);
      var mineBox = add(mine);
      ctx.emit("message", { role: "user", text: question });
      var turn = { role: "assistant", text: "", citations: [] };
      var box = add(turn);
      var controller = new AbortController();
      busy = controller;
      streaming(true);
      var body = { message: question };
      if (convo.conversationId) body.conversationId = convo.conversationId;
      var failed = null;
      try {
        var response = await fetch(endpoint + "/chat", {
          method: "POST",
          credentials: "omit",
          signal: controller.signal,
          headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
          body: JSON.stringify(identity(body))
        });
        if (!response.ok || !response.body) {
          failed = problem(response);
          if (response.status === 404 && convo.conversationId) convo.conversationId = null;
        } else {
          var reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          var buffer = "";
          for (;;) {
            var chunk = await reader.read();
            if (chunk.done) break;
            buffer += chunk.value.replace(/\r\n?/g, "\n");
            var cut;
            while ((cut = buffer.indexOf("\n\n")) >= 0) {
              var e = parseEvent(buffer.slice(0, cut));
              buffer = buffer.slice(cut + 2);
              if (e.name === "meta") {
                convo.conversationId = e.data.conversationId;
                turn.messageId = e.data.messageId;
              } else if (e.name === "token") {
                turn.text += e.data.text || "";
                draw(turn, box);
              } else if (e.name === "citations") {
                turn.citations = e.data.citations || [];
              } else if (e.name === "done") {
                turn.done = true;
                turn.offerLead = e.data.answered === false;
              } else if (e.name === "error") {
                failed = /^plan_limit_/.test(e.data.code || "") ? LIMIT : e.data.message || "The answer failed.";
              }
              log.scrollTop = log.scrollHeight;
            }
          }
        }
      } catch (err) {
        if (controller.signal.aborted) turn.stopped = true;
        else failed = "The connection was lost.";
      }
      busy = null;
      streaming(false);
      if (failed && !turn.text) {
        // Nothing was answered: take the question back, and offer to ask it again.
        convo.turns.splice(convo.turns.indexOf(mine), 1);
        mineBox.remove();
        box.remove();
        say(failed, function () {
          ask(lastQuestion);
        });
        save(state, convo);
        return;
      }
      if (failed) say(failed);
      convo.turns.push(turn);
      draw(turn, box);
      save(state, convo);
      ctx.emit("message", {
        role: "assistant",
        text: turn.text,
        citations: turn.citations,
        conversationId: convo.conversationId,
        messageId: turn.messageId || null
      });
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var q = input.value;
      input.value = "";
      ask(q);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    stop.addEventListener("click", function () {
      if (busy) busy.abort();
      input.focus();
    });
    closeButton.addEventListener("click", ctx.close);
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") {
        e.preventDefault();
        ctx.close();
      } else if (e.key === "Tab") {
        // Focus trap: Tab and Shift+Tab cycle inside the open panel.
        var focusable = Array.prototype.filter.call(
          panel.querySelectorAll("button,textarea,input,a[href]"),
          function (n) {
            return !n.disabled && !n.hidden && n.getClientRects().length;
          }
        );
        if (!focusable.length) return;
        var first = focusable[0];
        var last = focusable[focusable.length - 1];
        var active = root.activeElement;
        if (e.shiftKey && (active === first || !panel.contains(active))) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (active === last || !panel.contains(active))) {
          e.preventDefault();
          first.focus();
        }
      }
    });

    render();
    return {
      show: function () {
        panel.hidden = false;
        (input.disabled ? closeButton : input).focus();
      },
      hide: function () {
        panel.hidden = true;
      }
    };
  }

  if (window.Cairn) window.Cairn._panel = mountPanel;
})();
