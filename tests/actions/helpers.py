"""Building rasa-sdk objects for action tests (as rasa-demo does): a Tracker from a small dict."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.red_flags import detect
from bot.safety_decision import decide, red_flags_parse_data
from tests.async_helpers import run_async


def make_tracker(
    text: str = "",
    intent: Optional[str] = None,
    slots: Optional[Dict[str, Any]] = None,
    ranking: Optional[List[Tuple[str, float]]] = None,
    sender_id: str = "conversation-1",
    channel: str = "rest",
    active_loop: Optional[str] = None,
    earlier_signs: Tuple[str, ...] = (),
) -> Tracker:
    ranking = ranking or ([(intent, 0.9)] if intent else [])
    latest_message = {
        "text": text,
        "intent": {"name": intent, "confidence": ranking[0][1] if ranking else 0.0},
        "intent_ranking": [{"name": name, "confidence": conf} for name, conf in ranking],
        "entities": [],
        "red_flags": red_flags_as_nlu_sets_them(text, intent, earlier_signs),
    }
    events = [{"event": "user", "text": text, "parse_data": latest_message, "input_channel": channel}]
    return Tracker(
        sender_id,
        {"escalation_level": "none", "disclaimer_shown": False, **(slots or {})},
        latest_message,
        events,
        False,
        None,
        {"name": active_loop} if active_loop else {},
        "action_listen",
    )


def red_flags_as_nlu_sets_them(text: str, intent: Optional[str], earlier_signs: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """The `red_flags` parse data the NLU pipeline (rasa_plugins/red_flag_classifier.py) attaches."""
    findings = detect(text)
    return red_flags_parse_data(findings, decide(findings, intent, earlier_signs))


def run_action(action: Action, tracker: Tracker) -> Tuple[CollectingDispatcher, List[Dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = run_async(action.run(dispatcher, tracker, {}))
    return dispatcher, events


def responses(dispatcher: CollectingDispatcher) -> List[Optional[str]]:
    return [m.get("response") for m in dispatcher.messages]
