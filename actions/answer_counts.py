"""Counting the fact answers given, for the curator's report (bot/feedback.py, bot/report.py)."""

from __future__ import annotations

import logging

from rasa_sdk import Tracker

from actions.common import channel_of, settings
from bot.bot_db import BotDbError
from bot.feedback import AnswerKind, record_answer

logger = logging.getLogger(__name__)


def note_answer(tracker: Tracker, fact_id: str, kind: AnswerKind = "answer") -> None:
    """Count one answer about ``fact_id``; a database problem is logged, never shown to the patient."""
    try:
        record_answer(settings().bot_db, tracker.sender_id, channel_of(tracker), fact_id, kind)
    except BotDbError as error:
        logger.error("could not count an answer: %s", error)
