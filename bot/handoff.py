"""Live handoff to clinic staff: whether one is offered, and what staff see (docs/handoff.md).

Rasa-free. The Rasa server's `rasa_plugins.handoff_desk` runs the handoffs; this module decides and
words them. What goes to Slack, by privacy rule:
- the request post carries what a clinician needs at a glance, not the patient's words: channel,
  conversation reference, escalation level, the signs found (labels) and the topics asked;
- the patient's own messages go to the thread only after they asked for a person and were told
  that what they write now goes to the clinic team; each such post is recorded (`bot.handoff_log`)
  and deleted from Slack when the patient deletes the conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Literal, Mapping, Optional, Sequence

from bot.clinic_hours import open_now
from bot.settings import Settings

# Channels whose patients can be reached while staff type (the server pushes to them).
PUSH_CHANNELS = ("socketio", "slack")
SHELL_CHANNEL = "cmdline"
CHANNEL_NAMES = {"socketio": "website chat", "slack": "Slack direct message", "cmdline": "terminal (make shell)"}
STAFF_PREFIX = "Clinic staff"  # the widget marks bot messages starting with this (web/widget-enhancements.js)

# Slack action ids of the buttons on the staff post.
CLAIM_ACTION = "handoff_claim"
CLOSE_ACTION = "handoff_close"
OFFER_ACTION = "handoff_offer"  # "Offer a chat" on a staff-channel alert after an escalation (bot/handoff_offers.py)
HANDOFF_SLOT = "handoff"  # none | waiting | active: the conversation's side of the state (domain.yml)

Offer = Literal["live", "outside_hours", "not_offered"]


def staff_can_reach(settings: Settings, channel: Optional[str]) -> bool:
    """Whether staff in the staff channel can chat with a patient on this channel: the server can push
    to it (not the bare REST API; the shell only with Socket Mode, which brings staff events to it)."""
    channels = PUSH_CHANNELS + ((SHELL_CHANNEL,) if settings.slack_socket_mode else ())
    return settings.handoff_enabled and channel in channels


def handoff_offer(settings: Settings, channel: Optional[str], now: datetime) -> Offer:
    """ "live": ask the staff channel now; "outside_hours": contact details at once, no wait;
    "not_offered": no staff channel configured, or a channel the server cannot push to (REST)."""
    if not staff_can_reach(settings, channel):
        return "not_offered"
    if not open_now(settings.clinic_hours, settings.clinic_timezone, now):
        return "outside_hours"
    return "live"


def staff_message(name: str, text: str) -> str:
    """A staff member's reply as the patient sees it: marked as coming from a person at the clinic."""
    return f"{STAFF_PREFIX} ({name}): {text}"


@dataclass(frozen=True)
class RequestSummary:
    conversation_ref: str
    channel: str
    escalation_level: str
    signs: Sequence[str]
    topics: Sequence[str]


def request_text(summary: RequestSummary, sign_labels: Mapping[str, str], unclaimed_seconds: int) -> str:
    """The staff post (plain text; the blocks add the buttons)."""
    minutes = max(1, round(unclaimed_seconds / 60))
    return (
        f":speech_balloon: A patient asks to talk to a person ({channel_name(summary.channel)}, "
        f"conversation {summary.conversation_ref}).\n"
        f"{at_a_glance(summary, sign_labels)}\n"
        f"Claim it to chat: what they write appears in this thread, and your replies in this thread go to them. "
        f"If nobody claims it within {minutes} min, they get the clinic's phone number instead."
    )


LEVEL_LINES = {
    "emergency": ":rotating_light: EMERGENCY signs reported: the bot has told them to call the emergency number.",
    "urgent": ":warning: URGENT signs reported: the bot has told them to see a doctor today.",
}


def channel_name(channel: str) -> str:
    return CHANNEL_NAMES.get(channel, channel)


def at_a_glance(summary: RequestSummary, sign_labels: Mapping[str, str]) -> str:
    """Level, signs (their labels) and topics: what every staff post about a conversation starts from."""
    level_line = LEVEL_LINES.get(summary.escalation_level, "No warning signs reported.")
    signs = ", ".join(sign_labels.get(s, s) for s in summary.signs) or "none"
    topics = ", ".join(summary.topics) or "none"
    return f"{level_line}\nSigns found: {signs}\nTopics asked: {topics}"


def claimed_text(staff_user: str) -> str:
    return f"<@{staff_user}> claimed this chat. Reply in this thread to write to the patient; Close ends the chat."


def ended_text(outcome: str, staff_user: str = "") -> str:
    return {
        "closed_by_staff": f"Closed by <@{staff_user}>: the bot answers the patient again." if staff_user else "Closed.",
        "idle_timeout": "Ended: nobody wrote for a while. The patient was given the clinic's phone number.",
        "unclaimed_timeout": "Nobody claimed this in time: the patient was given the clinic's phone number and safety advice.",
        "erased": "The patient deleted the conversation: their messages were removed from this thread.",
        "unavailable": "Ended.",
    }.get(outcome, "Ended.")


def patient_relay_text(text: str, emergency_signs: Iterable[str] = (), level: str = "none") -> str:
    """A patient's message as posted in the thread; a new warning sign is called out first."""
    signs = ", ".join(emergency_signs)
    if level == "emergency":
        return f":rotating_light: EMERGENCY sign ({signs}): the bot has told them to call the emergency number.\nPatient: {text}"
    if level == "urgent":
        return f":warning: URGENT sign ({signs}): the bot has told them to see a doctor today.\nPatient: {text}"
    return f"Patient: {text}"
