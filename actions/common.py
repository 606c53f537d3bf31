"""Helpers shared by the actions: settings, facts, the one-time disclaimer."""

from __future__ import annotations

import functools
from typing import Any, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.fact_replies import FactReply
from bot.names import SLOT_DISCLAIMER_SHOWN
from bot.settings import Settings, load_settings


@functools.lru_cache(maxsize=1)
def settings() -> Settings:
    return load_settings()


def disclaimer_once(tracker: Tracker, dispatcher: CollectingDispatcher, after_greeting: bool = False) -> List[Dict[str, Any]]:
    """Say, once per conversation, that this is education and not a diagnosis; with the privacy
    line, unless the greeting just gave it."""
    if tracker.get_slot(SLOT_DISCLAIMER_SHOWN):
        return []
    if after_greeting:
        dispatcher.utter_message(response="utter_disclaimer_after_greet")
    else:
        dispatcher.utter_message(response="utter_disclaimer")
    return [SlotSet(SLOT_DISCLAIMER_SHOWN, True)]


def send_reply(dispatcher: CollectingDispatcher, reply: FactReply) -> None:
    dispatcher.utter_message(text=reply.text or None, buttons=[b.as_dict() for b in reply.buttons])


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"
