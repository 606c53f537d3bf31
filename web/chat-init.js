/*
 * Starts the rasa-webchat widget (served as /vendor/webchat.js) for this page.
 * Settings come from /config.js (window.MESOBOT_CONFIG), written by bot/web_server.py.
 * Kept in a file, not an inline <script>, so the page can forbid inline scripts (CSP script-src 'self').
 */
(function () {
  "use strict";
  var config = window.MESOBOT_CONFIG || {};
  var clinic = config.clinicName || "the clinic";

  // Fill the clinic's details into the page (textContent: never parsed as HTML).
  function fill(selector, value) {
    if (!value) return;
    var nodes = document.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = value;
  }
  fill("[data-clinic-name]", config.clinicName);
  fill("[data-clinic-phone]", config.clinicPhone);
  fill("[data-emergency-number]", config.emergencyNumber);

  // The session token rasa-webchat keeps in the browser (null when there is none).
  function storedSessionToken() {
    try {
      var stored = JSON.parse(window.localStorage.getItem("chat_session") || "null");
      return stored && typeof stored.session_id === "string" ? stored.session_id : null;
    } catch (e) { return null; }
  }

  // Clear the chat: the server deletes its copy of the conversation, then this browser forgets the
  // session (the next chat gets a new one). text/plain keeps it a simple cross-origin request.
  var forget = document.getElementById("forget-chat");
  if (forget) {
    forget.addEventListener("click", function () {
      var token = storedSessionToken();
      var done = function () {
        try {
          window.localStorage.removeItem("chat_session");
          window.sessionStorage.removeItem("chat_session");
        } catch (e) { /* storage disabled: nothing stored */ }
        window.location.reload();
      };
      if (!token || !config.socketUrl || !window.fetch) return done();
      window.fetch(config.socketUrl + "/webhooks/socketio/forget", {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify({ session_id: token }),
      }).then(done, done);
    });
  }

  if (!window.WebChat || !config.socketUrl) {
    var note = document.getElementById("chat-unavailable");
    if (note) note.hidden = false;
    return;
  }

  window.WebChat.default(
    {
      initPayload: "hello",
      customData: { language: "en" },
      socketUrl: config.socketUrl,
      socketPath: config.socketPath || "/socket.io/",
      title: clinic + " assistant",
      subtitle: "Mesotherapy for hair loss: general information",
      inputTextFieldHint: "Type your question…",
      showMessageDate: true,
      // The conversation (and its random session id) survives a reload.
      params: { storage: "local" },
      // No server-pushed "rules" (a Botfront feature this bot does not use).
      withRules: false,
      // A short pause per message (rasa-webchat's default is up to 3 s); none for safety messages.
      customMessageDelay: function (text) {
        if (/^\s*(🚨|⚠️)/.test(text || "")) return 0;
        return Math.min(1000, 250 + 4 * (text || "").length);
      },
    },
    null
  );
})();
