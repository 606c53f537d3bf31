/*
 * Additions to rasa-webchat 1.0.1, which has no accessible names on its controls, no live region,
 * no keyboard access to quick replies, no "typing" indicator while the server answers, and which
 * renders markdown links from bot messages without checking their scheme.
 *
 * A MutationObserver re-applies everything whenever the widget's DOM changes (React re-renders it):
 *  - names: launcher ("Open the chat…"/"Close the chat"), close button, send button, message input;
 *  - the message list is a role="log" region with aria-live="polite", so new messages are read out;
 *  - quick replies (rendered as <div>s) get role="button", tabindex="0", Enter/Space;
 *  - bot messages starting "🚨 EMERGENCY" get the class mesobot-emergency and role="alert";
 *    those starting "⚠️ See a doctor today" get mesobot-urgent; those starting "Clinic staff (" (a
 *    person at the clinic writing during a live handoff, docs/handoff.md) get mesobot-staff;
 *  - links keep only http(s)/mailto/tel targets (a "javascript:" link never runs), images only
 *    http(s) and data:image sources; http(s) links in messages (sources, the privacy notice) open
 *    in a new tab with rel="noopener noreferrer";
 *  - after the user sends, a typing indicator shows until the bot's reply arrives;
 *  - Escape closes the chat and returns focus to the launcher;
 *  - history order: bot messages still waiting in rasa-webchat's display queue (its per-message
 *    delay) are shown before the user's next message and before the page unloads, so a reply's
 *    trailing part (the sources and buttons) never lands after the next question, on screen or in
 *    the history restored after a reload.
 * It only adds attributes, classes and one indicator element; it never parses message text as HTML.
 */
(function () {
  "use strict";

  // Settings: window.MESOBOT_CONFIG (the demo page's /config.js), else this script tag's data-
  // attributes (a clinic's own site: <script src=".../widget-enhancements.js" data-clinic-name="…">).
  var script = document.currentScript;
  var config = window.MESOBOT_CONFIG || {};
  var CLINIC = config.clinicName || (script && script.getAttribute("data-clinic-name")) || "the clinic";
  var MAX_CHARS = config.maxMessageChars || (script && script.getAttribute("data-max-message-chars")) || null;
  var EMERGENCY_PREFIX = "🚨 EMERGENCY";
  var URGENT_PREFIX = "⚠️ See a doctor today";
  var STAFF_PREFIX = "Clinic staff (";
  var SAFE_SCHEMES = { "http:": true, "https:": true, "mailto:": true, "tel:": true };
  var TYPING_TIMEOUT_MS = 30000;

  function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function isSafeHref(href) {
    if (href === null) return true;
    try {
      return !!SAFE_SCHEMES[new URL(href, window.location.href).protocol];
    } catch (e) {
      return false;
    }
  }

  function isWebLink(href) {
    try {
      var scheme = new URL(href, window.location.href).protocol;
      return scheme === "http:" || scheme === "https:";
    } catch (e) {
      return false;
    }
  }

  // Images: web images, and the widget's own inline icons (data:image/…).
  function isSafeImageSrc(src) {
    if (/^data:image\//i.test(src || "")) return true;
    try {
      var scheme = new URL(src, window.location.href).protocol;
      return scheme === "http:" || scheme === "https:";
    } catch (e) {
      return false;
    }
  }

  function messageText(response) {
    var text = response.querySelector(".rw-message-text");
    return ((text || response).textContent || "").replace(/^\s+/, "");
  }

  // ---- typing indicator while the server is answering -------------------------------------
  var typing = {
    element: null,
    timer: null,
    container: null,
    clientCount: 0,
    responseCount: 0,
  };

  function typingElement() {
    if (!typing.element) {
      var el = document.createElement("div");
      el.className = "mesobot-typing";
      el.setAttribute("role", "status");
      var bubble = document.createElement("div");
      bubble.className = "mesobot-typing-bubble";
      bubble.setAttribute("aria-hidden", "true");
      for (var i = 0; i < 3; i++) {
        var dot = document.createElement("span");
        dot.className = "mesobot-typing-dot";
        bubble.appendChild(dot);
      }
      var label = document.createElement("span");
      label.className = "mesobot-visually-hidden";
      label.textContent = "The assistant is typing…";
      el.appendChild(bubble);
      el.appendChild(label);
      typing.element = el;
    }
    return typing.element;
  }

  function showTyping(container) {
    var el = typingElement();
    if (el.parentNode !== container) container.appendChild(el);
    container.scrollTop = container.scrollHeight;
    clearTimeout(typing.timer);
    typing.timer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    clearTimeout(typing.timer);
    if (typing.element && typing.element.parentNode) typing.element.parentNode.removeChild(typing.element);
  }

  function updateTyping(widget) {
    var container = widget.querySelector(".rw-messages-container");
    if (!container) {
      typing.container = null;
      hideTyping();
      return;
    }
    var clients = container.querySelectorAll(".rw-client").length;
    var responses = container.querySelectorAll(".rw-from-response .rw-response").length;
    var ownIndicator = !!container.querySelector(".rw-typing-indication");
    if (container !== typing.container) {
      // Chat just opened (or re-rendered): history restored, nothing pending, unless the chat is
      // empty, in which case the greeting is on its way.
      typing.container = container;
      typing.clientCount = clients;
      typing.responseCount = responses;
      if (clients === 0 && responses === 0) showTyping(container);
      return;
    }
    var groups = container.querySelectorAll(".rw-group-message");
    var lastIsClient = groups.length > 0 && groups[groups.length - 1].classList.contains("rw-from-client");
    if (ownIndicator || (responses > typing.responseCount && !lastIsClient)) {
      hideTyping();
    } else if (clients > typing.clientCount || (lastIsClient && responses > typing.responseCount)) {
      showTyping(container);
    }
    typing.clientCount = clients;
    typing.responseCount = responses;
  }

  // ---- accessible names, roles, safety styling -----------------------------------------------
  function enhance(widget) {
    all(widget, ".rw-launcher").forEach(function (button) {
      var open = !!button.querySelector(".rw-close-launcher");
      setAttr(button, "aria-label", open ? "Close the chat" : "Open the chat with " + CLINIC + "'s assistant");
      setAttr(button, "aria-expanded", open ? "true" : "false");
    });
    all(widget, ".rw-close-button").forEach(function (button) {
      setAttr(button, "aria-label", "Close the chat");
    });
    all(widget, ".rw-toggle-fullscreen-button").forEach(function (button) {
      setAttr(button, "aria-label", "Toggle full screen");
    });
    all(widget, ".rw-conversation-container").forEach(function (region) {
      setAttr(region, "role", "region");
      setAttr(region, "aria-label", "Chat with " + CLINIC + "'s assistant");
    });
    all(widget, ".rw-messages-container").forEach(function (log) {
      setAttr(log, "role", "log");
      setAttr(log, "aria-live", "polite");
      setAttr(log, "aria-relevant", "additions");
      setAttr(log, "aria-label", "Conversation");
      setAttr(log, "tabindex", "0"); // scrollable with the keyboard
    });
    all(widget, ".rw-new-message").forEach(function (input) {
      setAttr(input, "aria-label", "Your message to " + CLINIC + "'s assistant");
      if (MAX_CHARS) setAttr(input, "maxlength", String(MAX_CHARS));
    });
    all(widget, ".rw-send").forEach(function (button) {
      setAttr(button, "aria-label", "Send");
    });
    all(widget, "div.rw-reply").forEach(function (reply) {
      setAttr(reply, "role", "button");
      setAttr(reply, "tabindex", "0");
    });
    all(widget, "img.rw-avatar, .rw-send-icon, img.rw-open-launcher, img.rw-close-launcher").forEach(function (img) {
      setAttr(img, "alt", "");
    });
    all(widget, ".rw-from-response .rw-response").forEach(function (response) {
      var text = messageText(response);
      var emergency = text.indexOf(EMERGENCY_PREFIX) === 0;
      var urgent = !emergency && text.indexOf(URGENT_PREFIX) === 0;
      if (response.classList.contains("mesobot-emergency") !== emergency) response.classList.toggle("mesobot-emergency", emergency);
      if (response.classList.contains("mesobot-urgent") !== urgent) response.classList.toggle("mesobot-urgent", urgent);
      var staff = text.indexOf(STAFF_PREFIX) === 0;
      if (response.classList.contains("mesobot-staff") !== staff) response.classList.toggle("mesobot-staff", staff);
      if (emergency) setAttr(response, "role", "alert");
    });
    all(widget, "a[href]").forEach(function (link) {
      if (!isSafeHref(link.getAttribute("href"))) {
        link.removeAttribute("href");
        link.classList.add("mesobot-blocked-link");
      } else if (link.getAttribute("target") === "_blank" || (isWebLink(link.getAttribute("href")) && link.closest(".rw-message"))) {
        // Sources and the privacy notice open in a new tab that cannot reach back into this page.
        setAttr(link, "target", "_blank");
        setAttr(link, "rel", "noopener noreferrer");
      }
    });
    all(widget, "img[src]").forEach(function (img) {
      if (!isSafeImageSrc(img.getAttribute("src"))) {
        img.removeAttribute("src");
        setAttr(img, "alt", img.getAttribute("alt") || "");
      }
    });
    updateTyping(widget);
  }

  function widgetRoot() {
    return document.getElementById("rasaWebchatPro") || document.querySelector(".rw-widget-container");
  }

  var scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // Microtask: runs after React's commit, before the browser paints or handles a click.
    Promise.resolve().then(function () {
      scheduled = false;
      var root = widgetRoot();
      if (root) enhance(root);
    });
  }

  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true, characterData: true });
  schedule();

  // ---- history order ---------------------------------------------------------------------------
  // rasa-webchat 1.0.1 shows each bot message after a delay, holding the rest in a queue on its Widget
  // component, but adds the user's message to the conversation (and to the stored history) at once.
  // A user who answers before a reply has finished showing would have the reply's last part appear,
  // and be stored, after their next message. The queue is emptied first, as rasa-webchat itself does
  // when the chat is closed. Found through React's instance on the widget's DOM; without it (another
  // version), nothing changes.
  function widgetComponent() {
    var container = document.querySelector(".rw-widget-container");
    if (!container) return null;
    var keys = Object.keys(container);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i].indexOf("__reactInternalInstance$") !== 0 && keys[i].indexOf("__reactFiber$") !== 0) continue;
      for (var fiber = container[keys[i]]; fiber; fiber = fiber.return) {
        var node = fiber.stateNode;
        if (node && Array.isArray(node.messages) && typeof node.dispatchMessage === "function" && typeof node.popLastMessage === "function") {
          return node;
        }
      }
    }
    return null;
  }

  function showPendingBotMessages() {
    var widget = widgetComponent();
    if (!widget || (!widget.delayedMessage && !widget.messages.length)) return;
    clearTimeout(widget.messageDelayTimeout);
    var pending = (widget.delayedMessage ? [widget.delayedMessage] : []).concat(widget.messages);
    widget.delayedMessage = null;
    widget.messages = [];
    widget.onGoingMessageDelay = false;
    pending.forEach(function (message) {
      widget.dispatchMessage(message);
    });
    if (widget.props && typeof widget.props.dispatch === "function") {
      widget.props.dispatch({ type: "TRIGGER_MESSAGE_DELAY", messageDelayed: false });
    }
    if (typeof widget.applyCustomStyle === "function") widget.applyCustomStyle();
  }

  // Capture phase: before rasa-webchat's own handlers add the user's message.
  document.addEventListener(
    "submit",
    function (event) {
      if (event.target instanceof Element && event.target.closest(".rw-sender")) showPendingBotMessages();
    },
    true
  );
  document.addEventListener(
    "click",
    function (event) {
      if (event.target instanceof Element && event.target.closest(".rw-reply")) showPendingBotMessages();
    },
    true
  );
  window.addEventListener("pagehide", showPendingBotMessages);

  // ---- keyboard ------------------------------------------------------------------------------
  document.addEventListener(
    "keydown",
    function (event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      if ((event.key === "Enter" || event.key === " ") && target.matches("div.rw-reply")) {
        event.preventDefault();
        target.click();
      } else if (event.key === "Escape" && target.closest(".rw-conversation-container")) {
        var close = document.querySelector(".rw-close-button") || document.querySelector(".rw-launcher");
        if (close) {
          event.preventDefault();
          close.click();
          setTimeout(function () {
            var launcher = document.querySelector(".rw-launcher");
            if (launcher) launcher.focus();
          }, 0);
        }
      }
    },
    true
  );

  // A link with an unsafe scheme never navigates, even if clicked before the observer ran.
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target instanceof Element ? event.target.closest(".rw-conversation-container a, .rw-tooltip-body a") : null;
      if (link && !isSafeHref(link.getAttribute("href"))) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true
  );
})();
