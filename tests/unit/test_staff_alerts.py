"""Staff alerts: a durable outbox delivered to a real loopback webhook (CaptureServer), never blocking."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from bot.escalation_log import alert_budget, get_escalation, mark_alert, record_escalation
from bot.http_guard import conversation_ref
from bot.settings import Settings
from bot.staff_alerts import StaffAlerter, get_alerter, stop_all_alerters
from tests.bot_client import free_port
from tests.http_capture import CaptureServer

SECRET_PATH = "/services/T000/B000/s3cr3tT0ken"
FAST = dict(timeout_s=1.0, backoff_s=(0.05, 0.05, 0.05))
MESSAGE = "My name is Jane Doe, 0612345678, there is pus coming out and I have a fever"


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def status(db: Path, row_id: int) -> str:
    rec = get_escalation(db, row_id)
    assert rec is not None
    return rec.alert_status


@pytest.fixture
def alerters() -> Iterator[list]:
    made: list = []
    yield made
    for alerter in made:
        alerter.stop(timeout=5)
    stop_all_alerters()


def test_alert_is_delivered_with_expected_json_and_no_message_text(tmp_path: Path, alerters: list) -> None:
    db = tmp_path / "bot.db"
    row_id = record_escalation(db, "abc", "slack", "emergency", ["pus_discharge", "fever"], MESSAGE)
    with CaptureServer() as srv:
        alerter = StaffAlerter(db, srv.url + SECRET_PATH, labels={"pus_discharge": "pus or discharge"}, **FAST)
        alerters.append(alerter)
        alerter.enqueue(row_id)
        [req] = srv.wait_for(1)
        wait_until(lambda: status(db, row_id) == "sent")

    assert req.method == "POST" and req.path == SECRET_PATH
    assert req.headers["content-type"] == "application/json"
    body = req.json
    assert body["level"] == "emergency"
    assert body["conversation_ref"] == conversation_ref("abc") and "abc" not in req.body.decode()
    assert body["channel"] == "slack"
    assert body["signs"] == ["pus_discharge", "fever"]
    assert body["text"] == (
        f":rotating_light: EMERGENCY escalation in conversation {conversation_ref('abc')} (channel: slack): "
        "signs: pus or discharge, fever. Check the conversation."
    )
    raw = req.body.decode()
    for private in ("Jane", "0612345678", "pus coming out", MESSAGE[:30]):
        assert private not in raw
    rec = get_escalation(db, row_id)
    assert rec is not None and (rec.alert_status, rec.alert_attempts, rec.last_error) == ("sent", 1, None)


def test_server_failing_first_two_requests_gets_alert_on_third(tmp_path: Path, alerters: list) -> None:
    db = tmp_path / "bot.db"
    row_id = record_escalation(db, "c1", "web", "urgent", ["swelling"], "m")
    with CaptureServer(fail_first=2) as srv:
        alerter = StaffAlerter(db, srv.url, max_attempts=6, **FAST)
        alerters.append(alerter)
        alerter.enqueue(row_id)
        reqs = srv.wait_for(3)
        wait_until(lambda: status(db, row_id) == "sent")
        time.sleep(0.2)  # no further (duplicate) deliveries after success
        assert len(srv.requests) == 3
    assert [r.status for r in reqs] == [500, 500, 200]
    rec = get_escalation(db, row_id)
    assert rec is not None and rec.alert_status == "sent" and rec.alert_attempts == 3


def test_a_dead_port_ends_the_row_failed_with_an_error_log(
    tmp_path: Path, alerters: list, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "bot.db"
    row_id = record_escalation(db, "c2", "web", "emergency", ["fever"], "m")
    alerter = StaffAlerter(db, f"http://127.0.0.1:{free_port()}{SECRET_PATH}", max_attempts=3, **FAST)
    alerters.append(alerter)
    with caplog.at_level(logging.WARNING, logger="bot.staff_alerts"):
        alerter.enqueue(row_id)  # (not blocking: test_slow_server_does_not_block_enqueue; a refused port fails too fast)
        wait_until(lambda: status(db, row_id) == "failed")
        wait_until(lambda: any(r.levelno == logging.ERROR for r in caplog.records))

    rec = get_escalation(db, row_id)
    assert rec is not None and rec.alert_attempts == 3
    assert rec.last_error and "ConnectionError" in rec.last_error
    assert "s3cr3tT0ken" not in rec.last_error
    [error] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "127.0.0.1" in error.getMessage() and "s3cr3tT0ken" not in error.getMessage()
    assert not any("s3cr3tT0ken" in r.getMessage() for r in caplog.records)


def test_slow_server_does_not_block_enqueue(tmp_path: Path, alerters: list) -> None:
    db = tmp_path / "bot.db"
    first = record_escalation(db, "slow1", "web", "urgent", ["fever"], "m")
    second = record_escalation(db, "slow2", "web", "urgent", ["fever"], "m")
    with CaptureServer(delay_s=2.0) as srv:
        alerter = StaffAlerter(db, srv.url, timeout_s=3.0, backoff_s=(0.05,))
        alerters.append(alerter)
        started = time.perf_counter()
        alerter.enqueue(first)
        assert time.perf_counter() - started < 0.5
        srv.wait_for(1)  # the worker is now waiting on the slow response
        started = time.perf_counter()
        alerter.enqueue(second)
        assert time.perf_counter() - started < 0.5
        wait_until(lambda: status(db, first) == "sent" and status(db, second) == "sent", timeout=8)


def test_pending_rows_from_a_previous_alerter_are_sent_by_a_new_one(tmp_path: Path, alerters: list) -> None:
    db = tmp_path / "bot.db"
    tried = record_escalation(db, "old1", "web", "emergency", ["fever"], "m")
    never_queued = record_escalation(db, "old2", "web", "urgent", ["swelling"], "m")
    done = record_escalation(db, "old3", "web", "urgent", ["swelling"], "m")
    mark_alert(db, done, "sent", add_attempt=True)

    # First "process": its webhook is down, retries are far away, then it stops.
    first = StaffAlerter(db, f"http://127.0.0.1:{free_port()}/hook", max_attempts=6, timeout_s=1.0, backoff_s=(60,))
    first.enqueue(tried)
    wait_until(lambda: (get_escalation(db, tried) or pytest.fail()).alert_attempts == 1)
    assert first.stop(timeout=5)
    assert status(db, tried) == "pending" and status(db, never_queued) == "pending"

    with CaptureServer() as srv:
        second = StaffAlerter(db, srv.url, **FAST).start()
        alerters.append(second)
        reqs = srv.wait_for(2)
        wait_until(lambda: status(db, tried) == "sent" and status(db, never_queued) == "sent")
        time.sleep(0.1)
        assert len(srv.requests) == 2
    assert sorted(r.json["conversation_ref"] for r in reqs) == sorted(conversation_ref(c) for c in ("old1", "old2"))
    rec = get_escalation(db, tried)
    assert rec is not None and rec.alert_attempts == 2  # attempts are counted across runs


def test_no_webhook_marks_rows_disabled_with_a_single_warning(
    tmp_path: Path, alerters: list, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "bot.db"
    rows = [record_escalation(db, f"c{i}", "web", "urgent", ["fever"], "m") for i in range(3)]
    alerter = StaffAlerter(db, "")
    alerters.append(alerter)
    with caplog.at_level(logging.WARNING, logger="bot.staff_alerts"):
        for row_id in rows:
            alerter.enqueue(row_id)
        wait_until(lambda: all(status(db, r) == "disabled" for r in rows))
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "STAFF_WEBHOOK_URL" in warnings[0].getMessage()


def test_enqueue_never_raises_when_the_database_is_unusable(tmp_path: Path, alerters: list) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with CaptureServer() as srv:
        alerter = StaffAlerter(blocker / "bot.db", srv.url, **FAST)
        alerters.append(alerter)
        alerter.enqueue(1)
        alerter.enqueue("not a row id")  # type: ignore[arg-type]
        time.sleep(0.1)
        assert alerter.running  # the worker survived
        assert srv.requests == []


def test_get_alerter_is_lazy_shared_per_db_and_url_and_started(tmp_path: Path, alerters: list) -> None:
    db_settings = Settings(var_dir=tmp_path, staff_webhook_url="http://127.0.0.1:9/a")
    one = get_alerter(db_settings)
    assert get_alerter(db_settings) is one and one.running
    assert get_alerter(Settings(var_dir=tmp_path, staff_webhook_url="http://127.0.0.1:9/b")) is not one
    assert one.db_path == tmp_path / "bot.db"
    stop_all_alerters()
    assert not one.running
    assert get_alerter(db_settings) is not one


def _deliver_all(db: Path, rows: list, alerters: list, srv: CaptureServer, per_conversation: int, per_minute: int) -> list:
    """Enqueues every row on one alerter and waits until each has a final status; returns the statuses."""
    alerter = StaffAlerter(db, srv.url, per_conversation=per_conversation, per_minute=per_minute, **FAST)
    alerters.append(alerter)
    for row_id in rows:
        alerter.enqueue(row_id)
    wait_until(lambda: all(status(db, r) in ("sent", "summary", "suppressed") for r in rows))
    time.sleep(0.2)  # no late deliveries
    return [status(db, r) for r in rows]


def test_alerts_per_conversation_are_capped_with_one_summary(tmp_path: Path, alerters: list) -> None:
    db = tmp_path / "bot.db"
    rows = [record_escalation(db, "flood", "rest", "emergency", ["fever"], "m") for _ in range(6)]
    with CaptureServer() as srv:
        statuses = _deliver_all(db, rows, alerters, srv, per_conversation=2, per_minute=100)
        assert statuses == ["sent", "sent", "summary", "suppressed", "suppressed", "suppressed"]
        assert len(srv.requests) == 3 and srv.requests[-1].json["summary"] is True
        assert "held back" in srv.requests[-1].json["text"]


def test_alerts_per_minute_are_capped_across_conversations(tmp_path: Path, alerters: list) -> None:
    db = tmp_path / "bot.db"
    rows = [record_escalation(db, f"conv-{i}", "rest", "urgent", ["pus"], "m") for i in range(5)]
    with CaptureServer() as srv:
        statuses = _deliver_all(db, rows, alerters, srv, per_conversation=10, per_minute=3)
        assert statuses == ["sent", "sent", "sent", "summary", "suppressed"]
        assert len(srv.requests) == 4


def test_an_earlier_alert_still_in_flight_counts_against_the_cap(tmp_path: Path) -> None:
    """Two instances draining the outbox: row 3 is being sent by one while the other decides row 4."""
    db = tmp_path / "bot.db"
    rows = [record_escalation(db, "busy", "rest", "urgent", ["pus"], "m") for _ in range(4)]
    mark_alert(db, rows[0], "sent")
    mark_alert(db, rows[1], "sent")  # row 3 stays pending: in flight elsewhere
    record = get_escalation(db, rows[3])
    assert record is not None
    assert alert_budget(db, record, per_conversation=3, per_minute=100) == "summary"
    mark_alert(db, rows[2], "failed")  # it did not go out after all
    assert alert_budget(db, record, per_conversation=3, per_minute=100) == "send"
