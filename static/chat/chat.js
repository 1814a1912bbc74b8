// The built-in chat page: a renderer of what the governed API returns. It holds no authority:
// it sends exactly {"user_text"} (plus X-Session-Id), shows rendered_text as text (never HTML),
// keeps one request in flight, and follows the action the server decided.
"use strict";

(function () {
  const SESSION_KEY = "governed-chat-session-id";
  const body = document.body;
  const apiBase = (body.dataset.apiBase || "").replace(/\/+$/, "");
  const maxChars = Number(body.dataset.maxChars || "2000");
  const log = document.getElementById("log");
  const notice = document.getElementById("notice");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const counter = document.getElementById("counter");
  const inputError = document.getElementById("input-error");
  const send = document.getElementById("send");
  const retry = document.getElementById("retry");
  const restart = document.getElementById("new-conversation");

  let pending = false;
  let ended = false;
  let lastText = null;

  function sessionId() {
    try { return window.sessionStorage.getItem(SESSION_KEY); } catch (e) { return null; }
  }
  function rememberSession(value) {
    try {
      if (value) { window.sessionStorage.setItem(SESSION_KEY, value); }
      else { window.sessionStorage.removeItem(SESSION_KEY); }
    } catch (e) { /* storage unavailable: the server simply starts a new session */ }
  }

  function addMessage(role, text) {
    const item = document.createElement("li");
    item.className = role;
    item.textContent = text; // text only: markup in replies stays inert
    log.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
  }

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function setBusy(busy) {
    pending = busy;
    send.disabled = busy || ended;
    retry.disabled = busy;
    form.setAttribute("aria-busy", busy ? "true" : "false");
  }

  function updateCounter() {
    const length = input.value.trim().length;
    counter.textContent = length + " / " + maxChars;
    counter.classList.toggle("over", length > maxChars);
  }

  function endConversation(message) {
    ended = true;
    input.disabled = true;
    send.disabled = true;
    retry.hidden = true;
    showNotice(message);
    restart.hidden = false;
    restart.focus();
  }

  function offerRetry(message) {
    showNotice(message);
    retry.hidden = false;
  }

  function waitText(seconds) {
    if (!seconds || seconds < 1) { return "a moment"; }
    if (seconds < 90) { return seconds + " seconds"; }
    if (seconds < 5400) { return Math.round(seconds / 60) + " minutes"; }
    return Math.round(seconds / 3600) + " hours";
  }

  function handleReply(status, headers, data) {
    const valid = data && typeof data.action === "string" && typeof data.rendered_text === "string";
    if (!valid) {
      offerRetry("Something went wrong and your message was not answered. You can try again.");
      return;
    }
    if (status === 429) {
      const seconds = Number(headers.get("Retry-After") || "0");
      showNotice("Limit reached. Please come back in " + waitText(seconds) + ".");
      return;
    }
    if (data.action === "FALLBACK") {
      offerRetry("The service could not answer right now. You can try again.");
      return;
    }
    if (status >= 400) {
      showNotice(data.rendered_text);
      return;
    }
    if (data.rendered_text) { addMessage("assistant", data.rendered_text); }
    if (data.failure_type === "MODEL_FAILED_FALLBACK_USED") {
      offerRetry("The model could not produce a full answer, so a fallback was shown. You can try again.");
      return;
    }
    if (data.action === "REFUSE") {
      endConversation("This conversation has ended. Start a new conversation to continue.");
    } else if (data.action === "CLOSE") {
      endConversation("Conversation closed.");
    } else {
      showNotice("");
      retry.hidden = true;
    }
  }

  async function submit(text) {
    if (pending || ended) { return; }
    lastText = text;
    setBusy(true);
    showNotice("");
    const headers = { "Content-Type": "application/json" };
    const current = sessionId();
    if (current) { headers["X-Session-Id"] = current; }
    try {
      const response = await fetch(apiBase + "/api/chat", {
        method: "POST",
        headers: headers,
        body: JSON.stringify({ user_text: text }),
        credentials: "omit",
        cache: "no-store",
      });
      const returned = response.headers.get("X-Session-Id");
      if (returned) { rememberSession(returned); }
      let data = null;
      try { data = await response.json(); } catch (e) { data = null; }
      handleReply(response.status, response.headers, data);
    } catch (e) {
      offerRetry("Could not reach the service. Check your connection and try again.");
    } finally {
      setBusy(false);
      if (!ended) { input.focus(); }
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (text.length < 1 || text.length > maxChars) {
      inputError.textContent = text.length < 1
        ? "Please type a message first."
        : "Messages can be at most " + maxChars + " characters.";
      inputError.hidden = false;
      return;
    }
    if (pending || ended) { return; }
    inputError.hidden = true;
    addMessage("user", text);
    input.value = "";
    updateCounter();
    submit(text);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener("input", updateCounter);

  retry.addEventListener("click", function () {
    if (lastText !== null && !pending) {
      retry.hidden = true;
      submit(lastText);
    }
  });

  restart.addEventListener("click", function () {
    rememberSession(null);
    ended = false;
    lastText = null;
    log.replaceChildren();
    showNotice("");
    restart.hidden = true;
    retry.hidden = true;
    input.disabled = false;
    setBusy(false);
    input.focus();
  });

  updateCounter();
})();
