"""The website widget on the demo page, in Debian's chromium, against the real bot (issue 5)."""

from __future__ import annotations

import functools
import re
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator, List

import pytest
import requests
from playwright.sync_api import Browser, Page, Request, WebSocket, expect

from bot.facts import default_facts
from bot.feedback import HELPFUL_TITLE, UNHELPFUL_TITLE
from bot.settings import Settings
from bot.web_server import make_server
from tests.bot_client import BotClient, free_port
from tests.browser.conftest import PageRecorder
from tests.browser.fake_socketio import FakeRasaSocketIO
from tests.browser.widget import BOT_MESSAGE, CONVERSATION, DISCLAIMER, GREETING, INPUT, LAUNCHER, MESSAGES, TYPING, Chat

pytestmark = [pytest.mark.browser, pytest.mark.integration]

SESSION_TOKEN = re.compile(r"^[0-9a-f]{48}$")  # 16 random bytes + an HMAC: bot.session_tokens
EMERGENCY_RED = "rgb(179, 38, 30)"


# ---- one conversation, shared by the tests that continue it -----------------------------------


@pytest.fixture(scope="module")
def chat(browser: Browser, web_url: str) -> Iterator[Chat]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(20_000)
    recorder = PageRecorder(context.new_page())
    chat = Chat(recorder.page).goto(web_url)
    chat.recorder = recorder
    chat.open()
    chat.wait_for_bot(GREETING)
    yield chat
    context.close()


def test_widget_opens_with_greeting_disclaimer_and_topics(chat: Chat, artifacts_dir: Path) -> None:
    chat.wait_for_bot(DISCLAIMER)
    chat.wait_for_quick_reply(default_facts()["efficacy"].title)
    # The greeting and the disclaimer come before anything the user typed.
    assert chat.user_texts() == []
    texts = chat.bot_texts()
    assert texts[0].startswith(GREETING)
    assert any(t.startswith(DISCLAIMER) for t in texts)
    expect(chat.page.locator(CONVERSATION)).to_be_visible()
    chat.page.screenshot(path=str(artifacts_dir / "widget-open.png"))


def test_fact_answer_shows_buttons_and_sets_the_slot(chat: Chat, bot: BotClient) -> None:
    facts = default_facts()
    efficacy = facts["efficacy"]
    chat.send("does mesotherapy regrow hair")
    # A typing indicator while the bot answers (ours until the reply arrives, then rasa-webchat's).
    chat.page.locator(TYPING).first.wait_for(state="attached", timeout=5_000)
    chat.wait_for_bot(efficacy.answer[:40])
    chat.wait_for_quick_reply("Tell me more")
    titles = chat.quick_reply_titles()
    assert titles == ["Tell me more"] + [facts[related].title for related in efficacy.related] + [HELPFUL_TITLE, UNHELPFUL_TITLE]
    assert bot.slot(bot.web_conversation(chat.session_id()), "fact_id") == "efficacy"


def test_clicking_a_button_answers_that_topic(chat: Chat, bot: BotClient) -> None:
    facts = default_facts()
    if not chat.quick_replies().filter(has_text="Tell me more").count():
        chat.send("does mesotherapy regrow hair")
    related = facts[facts["efficacy"].related[0]]
    chat.wait_for_quick_reply(related.title).click()
    chat.wait_for_bot(related.answer[:40])
    assert related.title in chat.user_texts()[-1]
    assert bot.slot(bot.web_conversation(chat.session_id()), "fact_id") == related.id


def test_emergency_reply_is_visually_distinct(chat: Chat, bot_settings: Settings, artifacts_dir: Path) -> None:
    chat.send("there is pus, I have a fever and I can't breathe properly")
    emergency = chat.page.locator(f"{BOT_MESSAGE}.mesobot-emergency").last
    emergency.wait_for()
    text = emergency.inner_text()
    assert text.strip().startswith("🚨 EMERGENCY:")
    assert f"call {bot_settings.emergency_number}" in text.lower()
    expect(emergency).to_have_attribute("role", "alert")
    style = emergency.evaluate(
        "el => { const s = getComputedStyle(el);"
        " return {border: s.borderLeftColor, width: s.borderLeftWidth, bg: s.backgroundColor}; }"
    )
    ordinary = chat.page.locator(BOT_MESSAGE, has_text=GREETING).first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert style["border"] == EMERGENCY_RED and style["width"] == "8px"
    assert style["bg"] != ordinary
    emergency.scroll_into_view_if_needed()
    chat.page.screenshot(path=str(artifacts_dir / "widget-emergency.png"))
    # Ordinary replies are not marked.
    assert (
        chat.page.locator(f"{BOT_MESSAGE}.mesobot-emergency").count()
        == chat.page.locator(BOT_MESSAGE, has_text="EMERGENCY:").count()
    )


def test_reload_keeps_the_conversation_and_sender(chat: Chat, bot: BotClient) -> None:
    session_before = chat.session_id()
    users_before = chat.user_texts()
    bots_before = chat.bot_texts()
    assert users_before, "the earlier tests left a conversation to keep"

    chat.page.reload()
    chat.page.wait_for_selector(f"{LAUNCHER}, {CONVERSATION}", state="attached")
    chat.open()
    expect(chat.page.locator(BOT_MESSAGE, has_text=GREETING).first).to_be_visible()
    assert chat.session_id() == session_before
    assert chat.user_texts() == users_before
    assert chat.bot_texts()[: len(bots_before)] == bots_before

    # The server carries on the same conversation (same sender id) after the reload.
    chat.send("thanks")
    chat.page.wait_for_function(f"() => document.querySelectorAll({BOT_MESSAGE!r}).length > {len(bots_before)}", timeout=20_000)
    user_events = [e.get("text") for e in bot.tracker(bot.web_conversation(session_before))["events"] if e.get("event") == "user"]
    assert "thanks" in user_events and "does mesotherapy regrow hair" in user_events


def test_html_in_a_message_is_shown_as_text(chat: Chat) -> None:
    hostile = "<img src=x onerror=alert(1)>"
    bots_before = chat.page.locator(BOT_MESSAGE).count()
    chat.send(hostile)
    chat.page.locator(".rw-from-client .rw-client", has_text=hostile).last.wait_for()
    chat.page.wait_for_function(f"() => document.querySelectorAll({BOT_MESSAGE!r}).length > {bots_before}")
    time.sleep(0.5)  # an onerror handler would have fired by now
    assert chat.page.locator(f"{MESSAGES} img[src='x']").count() == 0
    assert chat.recorder is not None and chat.recorder.dialogs == []


# ---- fresh browsers ---------------------------------------------------------------------------


def record_sent_packets(page: Page, sent: List[str]) -> None:
    """Everything the page sends to a server: socket.io polling POST bodies and websocket frames."""
    page.on("websocket", lambda ws: ws.on("framesent", lambda frame: sent.append(str(frame))))
    page.on("request", lambda request: sent.append(request.post_data or "") if request.method == "POST" else None)


def test_session_token_is_server_made_and_random(open_page: Callable[..., PageRecorder], web_url: str) -> None:
    ids: List[str] = []
    for _ in range(2):
        recorder = open_page()
        sent: List[str] = []
        record_sent_packets(recorder.page, sent)
        ids.append(Chat(recorder.page).goto(web_url).session_id())
        requests_made = [s for s in sent if "session_request" in s]
        # The browser asked for a session without proposing an id: the server chose it.
        assert requests_made and all('"session_id":null' in s for s in requests_made), requests_made
    assert all(SESSION_TOKEN.match(i) for i in ids), ids
    assert ids[0] != ids[1]


def test_keyboard_only_and_accessible_names(open_page: Callable[..., PageRecorder], web_url: str) -> None:
    recorder = open_page()
    page = recorder.page
    chat = Chat(page).goto(web_url)
    page.locator(LAUNCHER).wait_for()
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('rw-launcher')"):
            break
    else:
        pytest.fail("Tab never reached the chat launcher")
    expect(page.get_by_role("button", name=re.compile("Open the chat"))).to_be_focused()
    page.keyboard.press("Enter")
    chat.wait_for_bot(GREETING)
    textbox = page.get_by_role("textbox", name=re.compile("Your message to"))
    expect(textbox).to_be_focused()
    expect(page.locator("[aria-live='polite']")).to_have_count(1)
    expect(page.locator(f"{MESSAGES}[aria-live='polite'][role='log']")).to_be_visible()
    expect(page.get_by_role("button", name="Close the chat").first).to_be_attached()

    page.keyboard.type("does mesotherapy regrow hair")
    page.keyboard.press("Enter")
    efficacy = default_facts()["efficacy"]
    chat.wait_for_bot(efficacy.answer[:40])

    # Quick replies are buttons a keyboard reaches (Shift+Tab from the input) and Enter presses.
    chat.wait_for_quick_reply("Tell me more")
    for _ in range(10):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate("() => document.activeElement.matches('div.rw-reply') && document.activeElement.textContent")
        if focused == "Tell me more":
            break
    else:
        pytest.fail("Shift+Tab never reached the 'Tell me more' quick reply")
    expect(page.get_by_role("button", name="Tell me more")).to_be_focused()
    page.keyboard.press("Enter")
    chat.wait_for_bot(efficacy.more[:40] if efficacy.more else "That's all I have")

    # Escape closes the chat and gives focus back to the launcher.
    page.locator(INPUT).focus()
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name=re.compile("Open the chat"))).to_be_focused()
    assert recorder.page_errors == []


def test_fits_a_phone_screen(open_page: Callable[..., PageRecorder], web_url: str, artifacts_dir: Path) -> None:
    recorder = open_page(width=390, height=844, is_mobile=True, has_touch=True)
    page = recorder.page
    chat = Chat(page).goto(web_url).open()
    chat.wait_for_bot(DISCLAIMER)
    chat.wait_for_quick_reply(default_facts()["efficacy"].title)
    page.screenshot(path=str(artifacts_dir / "widget-phone-390.png"))
    box = page.locator(INPUT).bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 844
    conversation = page.locator(CONVERSATION).bounding_box()
    assert conversation is not None and conversation["width"] <= 390 and conversation["x"] >= 0
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    expect(page.locator(INPUT)).to_be_visible()
    chat.send("does mesotherapy regrow hair")
    chat.wait_for_bot(default_facts()["efficacy"].answer[:40])


# ---- another origin ---------------------------------------------------------------------------

OTHER_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Not the clinic</title></head><body>
<script src="{web}config.js"></script>
<script src="{web}vendor/webchat.js"></script>
<script>
  window.WebChat.default({{socketUrl: "{rasa}", socketPath: "/socket.io/", initPayload: "/greet",
                           params: {{storage: "local"}}, withRules: false}}, null);
</script></body></html>
"""


@pytest.fixture
def other_origin(tmp_path: Path, web_url: str, bot_settings: Settings) -> Iterator[str]:
    """A page on another loopback port that embeds the widget and points it at the bot."""
    rasa = f"http://{bot_settings.host}:{bot_settings.rasa_port}"
    (tmp_path / "index.html").write_text(OTHER_PAGE.format(web=web_url, rasa=rasa), encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), functools.partial(Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_from_another_origin_cannot_connect(
    open_page: Callable[..., PageRecorder], other_origin: str, bot_settings: Settings
) -> None:
    rasa = f"http://{bot_settings.host}:{bot_settings.rasa_port}"
    polling = f"{rasa}/socket.io/?EIO=4&transport=polling"

    # The engine.io handshake itself: refused for a foreign Origin, accepted for the demo page's.
    refused = requests.get(polling, headers={"Origin": "http://evil.example"}, timeout=10)
    assert refused.status_code == 400
    refused_neighbour = requests.get(polling, headers={"Origin": other_origin}, timeout=10)
    assert refused_neighbour.status_code == 400
    for allowed in bot_settings.allowed_origins:
        accepted = requests.get(polling, headers={"Origin": allowed}, timeout=10)
        assert accepted.status_code == 200 and '"sid"' in accepted.text
        assert accepted.headers.get("Access-Control-Allow-Origin") == allowed

    # The widget on the other page: no socket.io session, no greeting.
    recorder = open_page()
    page = recorder.page
    socket_attempts: List[str] = []
    statuses: List[int] = []

    def on_request(request: Request) -> None:
        if request.url.startswith(rasa + "/socket.io/"):
            socket_attempts.append(request.url)

    def on_websocket(ws: WebSocket) -> None:
        socket_attempts.append(ws.url)

    page.on("request", on_request)
    page.on("websocket", on_websocket)
    page.on("response", lambda r: statuses.append(r.status) if r.url.startswith(rasa + "/socket.io/") else None)
    page.goto(other_origin + "/index.html")
    page.wait_for_function("() => !!window.WebChat")
    deadline = time.monotonic() + 4
    while time.monotonic() < deadline and not socket_attempts:
        page.wait_for_timeout(200)
    page.wait_for_timeout(1500)
    assert socket_attempts, "the widget never tried to connect"
    assert 200 not in statuses
    assert not [c for c in recorder.console if c.startswith("session_confirm")]
    stored = page.evaluate("() => JSON.parse(window.localStorage.getItem('chat_session') || 'null')")
    assert not (stored and stored.get("session_id"))
    assert page.locator(BOT_MESSAGE).count() == 0


# ---- hostile bot messages (a stand-in server; the real bot never sends these) -------------------


@pytest.fixture
def hostile_page_url() -> Iterator[str]:
    web_port, socket_port = free_port(), free_port()
    settings = Settings(host="127.0.0.1", web_port=web_port, rasa_port=socket_port, clinic_name="Demo Clinic")
    with FakeRasaSocketIO(socket_port, settings.allowed_origins):
        server = make_server(settings)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{web_port}/"
        server.shutdown()
        server.server_close()


def test_bot_messages_cannot_run_script(hostile_page_url: str, open_page: Callable[..., PageRecorder]) -> None:
    recorder = open_page()
    page: Page = recorder.page
    chat = Chat(page).goto(hostile_page_url).open()  # opening sends "/greet"; the fake answers with HOSTILE_MESSAGES
    page.locator(f"{BOT_MESSAGE}.mesobot-emergency").last.wait_for()
    reply = chat.wait_for_quick_reply("bold?")
    messages = page.locator(MESSAGES)

    # Raw HTML is shown as text, never parsed.
    expect(chat.bot_message("raw html")).to_contain_text("<img src=x onerror=\"alert('img')\">")
    expect(chat.bot_message("raw html")).to_contain_text("<script>alert('script')</script>")
    expect(reply).to_have_text("<b onmouseover=alert('title')>bold?</b>")
    assert messages.locator("img[src='x'], script, b").count() == 0

    # Markdown links keep only safe schemes; a javascript: link is inert text.
    safe = messages.locator("a", has_text="safe link").last
    expect(safe).to_have_attribute("href", "https://example.org/safe")
    script_link = messages.locator("a", has_text="script link").last
    assert script_link.get_attribute("href") is None
    script_link.click()
    for img in messages.locator(".rw-message-text img").all():
        assert not (img.get_attribute("src") or "").startswith("javascript:")
    reply.hover()
    page.wait_for_timeout(500)
    assert recorder.dialogs == []
