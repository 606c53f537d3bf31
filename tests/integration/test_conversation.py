"""The real bot over HTTP: greeting, a fact answered from the facts module, goodbye; the tracker API."""

from __future__ import annotations

import pytest
import requests

from bot.facts import default_facts
from tests.bot_client import BotClient, button_payloads, new_sender, texts

pytestmark = pytest.mark.integration


def test_hello_gets_a_greeting_and_the_disclaimer_once(bot: BotClient):
    sender = new_sender()
    first = texts(bot.send(sender, "hello"))
    assert first[0].startswith("Hi!")
    assert any("not a diagnosis" in t for t in first)
    again = texts(bot.send(sender, "hi again"))
    assert not any("not a diagnosis" in t for t in again)


def test_a_question_is_answered_from_the_facts_module_with_its_source_and_sets_fact_id(bot: BotClient):
    sender = new_sender()
    replies = bot.send(sender, "does mesotherapy regrow hair?")
    fact = default_facts()["efficacy"]
    assert any(fact.answer in t and fact.source_line in t for t in texts(replies))
    assert "/ask_" + fact.related[0] in button_payloads(replies)
    assert bot.slot(sender, "fact_id") == "efficacy"


def test_tell_me_more_gives_the_longer_text(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "tell me about minoxidil")
    more = texts(bot.send(sender, "tell me more"))
    assert default_facts()["minoxidil"].more in more[0]


def test_goodbye_is_answered(bot: BotClient):
    assert "Take care" in texts(bot.send(new_sender(), "bye"))[0]


def test_the_contract_slots_start_at_their_defaults(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "hello")
    slots = bot.tracker(sender)["slots"]
    assert slots["escalation_level"] == "none" and slots["fact_id"] is None


def test_an_out_of_scope_question_says_what_the_bot_can_help_with(bot: BotClient):
    reply = texts(bot.send(new_sender(), "can you recommend a good pizza place"))
    assert any("only help with questions about mesotherapy" in t for t in reply)


def test_the_servers_listen_on_loopback_only(bot: BotClient):
    for port in (bot.settings.rasa_port, bot.settings.action_port, bot.settings.web_port):
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://{_non_loopback_address()}:{port}/", timeout=2)


def _non_loopback_address() -> str:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET address: no packet is sent for a UDP connect
            address = sock.getsockname()[0]
        except OSError:
            pytest.skip("this machine has no non-loopback address")
    if address.startswith("127."):
        pytest.skip("this machine has no non-loopback address")
    return address


TOPIC_QUESTIONS = {
    "what_is_mesotherapy": "what exactly is mesotherapy?",
    "efficacy": "will meso injections actually make my hair grow back",
    "ingredients": "what do they put in the injections",
    "proven_treatments": "which hair loss treatments are actually proven to work",
    "minoxidil": "how should I use rogaine",
    "finasteride": "what are the side effects of propecia",
    "side_effects": "what are the risks of mesotherapy for hair",
    "infection_risk": "can you get an infection from mesotherapy",
    "abscess": "what is an abscess",
    "lumps_after_treatment": "is it true that lumps after mesotherapy should be massaged away?",
    "scalp_risk": "why is an infection on the scalp dangerous",
    "choosing_provider": "how do I choose a safe clinic for mesotherapy",
    "cellulite_fat": "does mesotherapy get rid of cellulite",
    "normal_after_session": "is it normal to have small scabs the day after a session",
    "regulation": "is mesotherapy fda approved",
    "other_options": "is PRP better than mesotherapy",
}


@pytest.mark.parametrize("fact_id, question", sorted(TOPIC_QUESTIONS.items()))
def test_each_topic_question_is_answered_with_its_fact(bot: BotClient, fact_id: str, question: str):
    sender = new_sender()
    replies = texts(bot.send(sender, question))
    assert any(default_facts()[fact_id].answer in t for t in replies), replies
    assert bot.slot(sender, "fact_id") == fact_id
