"""Live handoff, without Rasa: opening hours, when a handoff is offered, its records and the report."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import pytest

from bot import handoff_log, handoff_offers
from bot.clinic_hours import ClinicHours, open_now
from bot.handoff import handoff_offer, patient_relay_text, staff_message
from bot.handoff_offers import press_outcome
from bot.privacy import forget_conversation
from bot.report import print_report
from bot.settings import Settings, SettingsError, load_settings

FRIDAY_10 = datetime(2026, 12, 4, 10, 0, tzinfo=timezone.utc)
FRIDAY_20 = datetime(2026, 12, 4, 20, 0, tzinfo=timezone.utc)
SATURDAY_11 = datetime(2026, 12, 5, 11, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "hours, when, expected",
    [
        ("Mon-Fri 9-17", FRIDAY_10, True),
        ("Mon-Fri 9-17", FRIDAY_20, False),
        ("Mon-Fri 9-17", SATURDAY_11, False),
        ("Mon-Fri 9-17; Sat 10:00-13:30", SATURDAY_11, True),
        ("Mon-Sun 0-24", FRIDAY_20, True),
        ("during opening hours", FRIDAY_20, True),  # not hours: cannot be checked, so never a reason to refuse
    ],
)
def test_clinic_hours_say_whether_the_clinic_is_open(hours: str, when: datetime, expected: bool) -> None:
    assert open_now(hours, "UTC", when) is expected


def test_clinic_hours_are_read_in_the_clinic_time_zone() -> None:
    hours = ClinicHours.parse("Mon-Fri 9-17", "America/New_York")
    assert hours is not None
    assert not hours.is_open(FRIDAY_10)  # 05:00 in New York
    assert hours.is_open(FRIDAY_20)  # 15:00 in New York


def test_an_unknown_clinic_time_zone_is_refused_naming_the_setting(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="CLINIC_TIMEZONE"):
        load_settings(env_file=tmp_path / "none", environ={"CLINIC_TIMEZONE": "Mars/Olympus"})


STAFF = dict(slack_bot_token="xoxb-1", slack_signing_secret="s", slack_staff_channel="C1", clinic_hours="Mon-Fri 9-17")


@pytest.mark.parametrize(
    "settings, channel, when, offer",
    [
        (Settings(**STAFF), "socketio", FRIDAY_10, "live"),
        (Settings(**STAFF), "slack", FRIDAY_10, "live"),
        (Settings(**STAFF), "socketio", FRIDAY_20, "outside_hours"),
        (Settings(**STAFF), "rest", FRIDAY_10, "not_offered"),  # REST cannot be pushed to
        (Settings(**STAFF), "cmdline", FRIDAY_10, "not_offered"),  # the shell needs Socket Mode for staff events
        (Settings(**{**STAFF, "slack_app_token": "xapp-1"}), "cmdline", FRIDAY_10, "live"),
        (Settings(**{**STAFF, "slack_staff_channel": ""}), "socketio", FRIDAY_10, "not_offered"),
    ],
)
def test_a_live_handoff_is_offered_only_where_staff_can_answer(
    settings: Settings, channel: str, when: datetime, offer: str
) -> None:
    assert handoff_offer(settings, channel, when) == offer


def test_staff_and_relayed_messages_are_marked() -> None:
    assert staff_message("Dana", "Hello") == "Clinic staff (Dana): Hello"
    assert patient_relay_text("it itches") == "Patient: it itches"
    assert patient_relay_text("I can't breathe", ["trouble breathing"], "emergency").startswith(
        ":rotating_light: EMERGENCY sign (trouble breathing)"
    )


def test_a_handoff_is_claimed_once_and_ended_once(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    handoff = handoff_log.open_handoff(db, "conv-1", "socketio", "urgent")
    assert handoff_log.claim(db, handoff, "U1")
    assert not handoff_log.claim(db, handoff, "U2")  # a second click changes nothing
    assert handoff_log.end(db, handoff, "closed_by_staff")
    assert not handoff_log.end(db, handoff, "idle_timeout")  # a timer racing the close changes nothing
    record = handoff_log.get_handoff(db, handoff)
    assert record is not None and (record.state, record.outcome, record.claimed_by) == ("ended", "closed_by_staff", "U1")


def test_the_report_shows_who_claimed_each_handoff_and_how_it_ended(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    claimed = handoff_log.open_handoff(db, "conv-1", "socketio", "none")
    handoff_log.claim(db, claimed, "USTAFF1")
    handoff_log.count_message(db, claimed, "patient")
    handoff_log.count_message(db, claimed, "staff")
    handoff_log.end(db, claimed, "closed_by_staff")
    handoff_log.end(db, handoff_log.open_handoff(db, "conv-2", "slack", "urgent"), "unclaimed_timeout")
    handoff_log.record_not_offered(db, "conv-3", "socketio", "none", "outside_hours")
    out = io.StringIO()
    print_report(db, out=out)
    text = out.getvalue()
    summary = next(line for line in text.splitlines() if line.startswith("Handoffs to a person:"))
    assert summary.startswith("Handoffs to a person: 3 (closed_by_staff 1, outside_hours 1, unclaimed_timeout 1); median wait")
    rows = [line.split() for line in text.splitlines() if "USTAFF1" in line]
    assert len(rows) == 1 and rows[0][-2:] == ["closed_by_staff", "1/1"]


def test_erasing_a_conversation_keeps_its_handoff_record_without_its_id(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path)
    handoff = handoff_log.open_handoff(settings.bot_db_path, "conv-9", "socketio", "none")
    handoff_log.record_post(settings.bot_db_path, handoff, "conv-9", "C1", "1.0001")
    forget_conversation(settings, "conv-9")
    record = handoff_log.get_handoff(settings.bot_db_path, handoff)
    assert record is not None and record.conversation_id.startswith("erased:")
    assert handoff_log.posts_of(settings.bot_db_path, "conv-9") == []
    assert b"conv-9" not in (tmp_path / "bot.db").read_bytes()


@pytest.mark.parametrize(
    "exists, handoff_state, outcome",
    [
        (True, None, "chat_started"),  # no handoff: a chat opens, claimed by whoever pressed
        (True, "waiting", "joined_request"),  # the patient asked meanwhile: that request is claimed
        (True, "active", "already_with_staff"),  # someone has the chat: nothing changes
        (False, None, "erased"),  # the conversation was deleted
        (False, "active", "erased"),
    ],
)
def test_what_pressing_a_staff_offer_does(exists: bool, handoff_state: Optional[str], outcome: str) -> None:
    assert press_outcome(exists, handoff_state) == outcome


def test_a_staff_offer_is_resolved_once(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    offer = handoff_offers.open_offer(db, "conv-1", "socketio", "emergency")
    assert handoff_offers.resolve(db, offer, "chat_started", "U1", handoff_id=7)
    assert not handoff_offers.resolve(db, offer, "chat_started", "U2", handoff_id=8)  # a second press
    assert not handoff_offers.resolve(db, offer, "expired")  # the lapse racing the press
    record = handoff_offers.get_offer(db, offer)
    assert record is not None and (record.outcome, record.offered_by, record.handoff_id) == ("chat_started", "U1", 7)
    with pytest.raises(ValueError, match="outcome must be one of"):
        handoff_offers.resolve(db, offer, "accepted")  # type: ignore[arg-type]


def test_the_report_shows_staff_offers_and_which_chats_they_started(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    requested = handoff_log.open_handoff(db, "conv-1", "socketio", "none")
    handoff_log.claim(db, requested, "UREQUEST1")
    offered = handoff_log.open_handoff(db, "conv-2", "socketio", "emergency")
    handoff_log.claim(db, offered, "UOFFER1")
    handoff_offers.resolve(
        db, handoff_offers.open_offer(db, "conv-2", "socketio", "emergency"), "chat_started", "UOFFER1", offered
    )
    handoff_offers.resolve(db, handoff_offers.open_offer(db, "conv-3", "slack", "urgent"), "expired")
    handoff_offers.open_offer(db, "conv-4", "slack", "urgent")
    out = io.StringIO()
    print_report(db, out=out)
    text = out.getvalue()
    summary = next(line for line in text.splitlines() if line.startswith("Staff offers of a chat"))
    assert summary.startswith("Staff offers of a chat after an escalation: 3 (chat_started 1, expired 1, open 1); median time")
    [request_row] = [line.split() for line in text.splitlines() if "UREQUEST1" in line]
    [offer_row] = [line for line in text.splitlines() if "UOFFER1" in line]
    assert "request" in request_row and "staff offer" in offer_row


def test_erasing_a_conversation_keeps_its_staff_offer_record_without_its_id(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path)
    offer = handoff_offers.open_offer(settings.bot_db_path, "conv-9", "socketio", "urgent")
    forget_conversation(settings, "conv-9")
    record = handoff_offers.get_offer(settings.bot_db_path, offer)
    assert record is not None and record.conversation_id.startswith("erased:")
    assert b"conv-9" not in (tmp_path / "bot.db").read_bytes()
