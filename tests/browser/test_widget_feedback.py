"""The widget in Chromium (issue 15): 👍/👎 under an answer, "what was missing?", and the history
restored after a reload in the order it was shown, with a question sent before the previous answer
had finished showing."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Tuple

import pytest

from bot.facts import default_facts
from bot.feedback import HELPFUL_TITLE, UNHELPFUL_TITLE, list_feedback
from bot.settings import Settings
from tests.bot_client import BotClient
from tests.browser.conftest import PageRecorder
from tests.browser.widget import CONVERSATION, GREETING, LAUNCHER, MESSAGES, Chat

pytestmark = [pytest.mark.browser, pytest.mark.integration]

Shown = List[Tuple[str, str]]  # (who, text) in the order on screen


def shown(chat: Chat) -> Shown:
    return [
        (who, " ".join(text.split()))
        for who, text in chat.page.evaluate(
            """sel => Array.from(document.querySelectorAll(sel + ' .rw-message')).map(m => [
                 m.closest('.rw-from-client') ? 'user' : 'bot',
                 (m.querySelector('.rw-message-text, .rw-client, .rw-response') || m).innerText])""",
            MESSAGES,
        )
    ]


def votes_of(bot: BotClient, settings: Settings, chat: Chat) -> list:
    conversation = bot.web_conversation(chat.session_id())
    return [v for v in list_feedback(settings.bot_db_path) if v.conversation_id == conversation]


def test_thumbs_up_and_down_work_in_the_widget(
    open_page: Callable[..., PageRecorder], web_url: str, bot: BotClient, bot_settings: Settings, artifacts_dir: Path
) -> None:
    facts = default_facts()
    chat = Chat(open_page().page).goto(web_url).open()
    chat.wait_for_bot(GREETING)
    chat.send("does mesotherapy regrow hair")
    chat.wait_for_bot(facts["efficacy"].answer[:40])
    down = chat.wait_for_quick_reply(UNHELPFUL_TITLE)
    assert chat.quick_reply_titles()[-2:] == [HELPFUL_TITLE, UNHELPFUL_TITLE]
    chat.page.screenshot(path=str(artifacts_dir / "widget-feedback-buttons.png"))
    down.click()
    chat.wait_for_bot("What was missing?")
    assert chat.quick_reply_titles() == ["Skip"]
    chat.send("the price and how many sessions it takes")
    chat.wait_for_bot("the clinic's team reads these")
    chat.page.screenshot(path=str(artifacts_dir / "widget-feedback-comment.png"))

    chat.send("what is in the injections")
    chat.wait_for_bot(facts["ingredients"].answer[:40])
    chat.wait_for_quick_reply(HELPFUL_TITLE).click()
    chat.wait_for_bot("Thank you for letting us know")

    votes = votes_of(bot, bot_settings, chat)
    assert [(v.fact_id, v.helpful, v.channel, v.comment) for v in votes] == [
        ("efficacy", False, "socketio", "the price and how many sessions it takes"),
        ("ingredients", True, "socketio", ""),
    ]


def test_history_order_survives_a_reload_with_quick_successive_messages(
    open_page: Callable[..., PageRecorder], web_url: str, artifacts_dir: Path
) -> None:
    facts = default_facts()
    chat = Chat(open_page().page).goto(web_url).open()
    chat.wait_for_bot(GREETING)
    chat.wait_for_quick_reply(facts["efficacy"].title)
    chat.send("does mesotherapy regrow hair")
    chat.wait_for_bot(facts["efficacy"].answer[:40])
    # At once, while the answer's trailing part (sources, review date, buttons) is still queued.
    chat.send("what is in the injections")
    chat.wait_for_bot(facts["ingredients"].answer[:40])
    chat.wait_for_quick_reply(HELPFUL_TITLE)
    before = shown(chat)

    questions = [i for i, (who, text) in enumerate(before) if who == "user"]
    first, second = questions[0], questions[1]
    between = before[first + 1 : second]
    assert between[0][1].startswith(facts["efficacy"].answer[:40])
    assert any("Reviewed" in text for _, text in between), (
        f"the first answer's trailing part came after the next question: {before}"
    )
    assert not any(facts["efficacy"].answer[:40] in text for _, text in before[second:])

    chat.page.reload()
    chat.page.wait_for_selector(f"{LAUNCHER}, {CONVERSATION}", state="attached")
    chat.open()
    chat.wait_for_bot(facts["ingredients"].answer[:40])
    assert shown(chat) == before
    chat.page.screenshot(path=str(artifacts_dir / "widget-history-after-reload.png"))
