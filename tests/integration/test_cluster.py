"""`make run-cluster` with 2 Rasa instances (each with its action server) behind nginx, PostgreSQL and
Redis, started once for the module by the same `ClusterStack` the command uses. Everything goes
through the load balancer unless a test needs one instance in particular.

Order matters (pytest runs a module's tests in file order): the instance kill comes last.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import time
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest

from bench.cluster_faults import FaultRun, account, fetch_trackers, run_with_fault
from bench.load import check_trackers, run_load
from bot.bot_db_pg import PostgresDb
from bot.cluster import ClusterStack
from bot.escalation_log import list_escalations, record_escalation
from bot.http_guard import conversation_ref
from bot.launcher import check_port_free
from bot.settings import PROJECT_ROOT
from rasa_plugins.message_guard import fallback_text
from tests.conftest import TEST_API_TOKEN, loopback_settings
from tests.http_capture import CapturedRequest, CaptureServer
from tests.integration.test_slack import (
    BOT_USER,
    EFFICACY,
    SECRET,
    TEAM,
    SlackSender,
    envelope,
    message_event,
    new_id,
    new_ts,
    settle,
    wait_for_post,
)

pytestmark = [pytest.mark.integration, pytest.mark.load]

ALERT_DELAY_S = 0.25  # the staff webhook answers slowly, so both instances' outbox sweeps overlap


@pytest.fixture(scope="module")
def slack_api() -> Iterator[CaptureServer]:
    def respond(request: CapturedRequest, index: int) -> Any:
        if request.path.endswith("/chat.postMessage"):
            return 200, {"ok": True, "channel": (request.json or {}).get("channel"), "ts": f"1900000000.{index:06d}"}
        if request.path.endswith("/auth.test"):
            return 200, {"ok": True, "user_id": BOT_USER, "team_id": TEAM, "bot_id": "BMESO0001"}
        return 200, {"ok": True}

    with CaptureServer(respond=respond) as server:
        yield server


@pytest.fixture(scope="module")
def staff_hook() -> Iterator[CaptureServer]:
    def slow(_request: CapturedRequest, _index: int) -> Any:
        time.sleep(ALERT_DELAY_S)
        return 200, {"ok": True}

    with CaptureServer(respond=slow) as server:
        yield server


@pytest.fixture(scope="module")
def cluster(
    tmp_path_factory: pytest.TempPathFactory, slack_api: CaptureServer, staff_hook: CaptureServer
) -> Iterator[ClusterStack]:
    root = tmp_path_factory.mktemp("cluster")
    settings = loopback_settings(
        root / "var",
        rasa_api_token=TEST_API_TOKEN,
        staff_webhook_url=staff_hook.url + "/staff-alert",
        staff_alerts_per_minute=10_000,
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_api_base_url=slack_api.url + "/",
    )
    stack = ClusterStack(settings, instances=2, log_dir=root / "logs", with_web=False)
    stack.start()
    yield stack
    stack.stop()
    assert stack.pids() == [], "every process of the cluster stopped"
    check_port_free(settings.host, settings.rasa_port, "RASA_PORT")  # raises if nginx still held it


def lb_url(stack: ClusterStack) -> str:
    return f"http://{stack.settings.host}:{stack.settings.rasa_port}"


def api_url(stack: ClusterStack) -> str:
    """One instance's own port: Rasa's HTTP API answers loopback peers that are not forwarded."""
    member = next(m for m in stack.members if m.rasa is not None)
    return f"http://{stack.settings.host}:{member.rasa_port}"


def upstreams_used(stack: ClusterStack, since: int = 0) -> Dict[str, int]:
    assert stack.balancer is not None
    counts: Dict[str, int] = {}
    for line in stack.balancer.access_log.read_text().splitlines()[since:]:
        if "POST /webhooks/rest/webhook" in line:
            upstream = line.split()[-2]
            counts[upstream] = counts.get(upstream, 0) + 1
    return counts


def victim_lines(stack: ClusterStack, since: int, port: int, status: str) -> int:
    """Chat POSTs nginx logged since line `since` as sent to the instance on `port`, with `status`."""
    assert stack.balancer is not None
    lines = stack.balancer.access_log.read_text().splitlines()[since:]
    return sum(
        1
        for line in lines
        if "POST /webhooks/rest/webhook" in line and f"127.0.0.1:{port}" in line.split()[-2] and line.split()[-3] == status
    )


def access_lines(stack: ClusterStack) -> int:
    assert stack.balancer is not None
    return len(stack.balancer.access_log.read_text().splitlines())


def account_of(stack: ClusterStack, run: FaultRun) -> Dict[str, Any]:
    trackers = asyncio.run(fetch_trackers(api_url(stack), sorted(run.result.conversations), TEST_API_TOKEN))
    return account(run, trackers, fallback_text(stack.settings)).as_dict()


def report(name: str, figures: Dict[str, Any]) -> None:
    print(f"\n{name}: {figures}")  # shown with -s; docs/scaling.md quotes these


# -- the instances -----------------------------------------------------------------------------
def test_every_instance_runs_with_rasas_speed_fixes_installed(cluster: ClusterStack):
    for member in cluster.members:
        log = (cluster.logs / f"rasa-{member.index}.log").read_text(errors="replace")
        assert "Rasa speed fixes (rasa_plugins.rasa_speedups): installed" in log, f"rasa-{member.index}"


# -- load --------------------------------------------------------------------------------------
def test_50_conversations_of_20_messages_are_all_answered_and_stored_exactly_once_whichever_instance_served(
    cluster: ClusterStack,
):
    before = access_lines(cluster)
    result = run_load(lb_url(cluster), conversations=50, messages=20)

    assert len(result.requests) == 1000 and not result.errors, result.summary()["error_examples"]
    assert not result.empty_replies
    served = upstreams_used(cluster, before)
    assert len(served) == 2 and min(served.values()) > 200, served  # both instances took a real share
    check = check_trackers(api_url(cluster), result, token=TEST_API_TOKEN).summary()
    assert check["user_messages_in_tracker"] == check["user_messages_sent"] == 1000
    assert not (check["user_missing"] or check["user_duplicated"] or check["user_unexpected"])
    assert check["bot_replies_in_tracker"] == check["bot_replies_received"] > 0
    assert check["replies_not_in_tracker"] == check["bot_events_not_received"] == 0
    report(
        "load 50x20 via nginx, 2 instances",
        {**result.summary()["latency_ms"], "msg_s": round(result.throughput, 1), "served": served},
    )


# -- Slack ---------------------------------------------------------------------------------------
def slack_to(cluster: ClusterStack, index: int) -> SlackSender:
    member = cluster.members[index]
    return SlackSender(f"http://{cluster.settings.host}:{member.rasa_port}/webhooks/slack/webhook")


def test_a_slack_event_and_its_retry_delivered_to_different_instances_get_one_answer(
    cluster: ClusterStack, slack_api: CaptureServer
):
    channel = new_id("D")
    first = envelope(message_event("does mesotherapy regrow hair?", new_id("U"), channel, new_ts()))
    assert slack_to(cluster, 0).post(first).status_code == 200
    wait_for_post(slack_api, channel, EFFICACY)
    answered = settle(slack_api, channel)

    retry = slack_to(cluster, 1).post(first, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    control = new_id("D")  # a fresh message to the same instance is answered: it was listening
    assert (
        slack_to(cluster, 1)
        .post(envelope(message_event("does mesotherapy regrow hair?", new_id("U"), control, new_ts())))
        .status_code
        == 200
    )
    wait_for_post(slack_api, control, EFFICACY)
    assert settle(slack_api, channel, quiet_s=3.0) == answered
    assert len([p for p in answered if EFFICACY in (p.get("text") or "")]) == 1


def test_a_slack_message_gets_the_fallback_reply_when_its_instances_action_server_is_down(
    cluster: ClusterStack, slack_api: CaptureServer
):
    member = cluster.members[1]
    assert member.actions is not None
    cluster._stop_one(member.actions)
    try:
        channel = new_id("D")
        event = envelope(message_event("does mesotherapy regrow hair?", new_id("U"), channel, new_ts()))
        assert slack_to(cluster, 1).post(event).status_code == 200
        reply = wait_for_post(slack_api, channel, "something went wrong on my side")
        assert cluster.settings.clinic_phone in reply["text"]
    finally:
        cluster.start_actions(member)


# -- staff alerts ----------------------------------------------------------------------------------
def test_each_staff_alert_is_sent_exactly_once_with_two_instances_draining_the_outbox(
    cluster: ClusterStack, staff_hook: CaptureServer
):
    db = PostgresDb(cluster.settings.database_url)
    rows = [record_escalation(db, f"outbox-{i}-{new_id('c')}", "rest", "urgent", ["lump"], "") for i in range(30)]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        statuses = {e.id: e.alert_status for e in list_escalations(db) if e.id in rows}
        if all(s != "pending" for s in statuses.values()):
            break
        time.sleep(0.5)
    assert set(statuses.values()) == {"sent"}, statuses
    sent_ids = [(r.json or {}).get("escalation_id") for r in staff_hook.requests]
    assert sorted(i for i in sent_ids if i in rows) == sorted(rows)  # each exactly once
    senders = {
        m.index: len(re.findall(r"staff alert for escalation (\d+) sent", (cluster.logs / f"actions-{m.index}.log").read_text()))
        for m in cluster.members
    }
    report("outbox drained by", senders)
    assert all(n > 0 for n in senders.values()), f"both instances sent some of the alerts: {senders}"


def test_make_report_reads_the_clusters_postgresql(cluster: ClusterStack, tmp_path: Path):
    db = PostgresDb(cluster.settings.database_url)
    escalations = list_escalations(db)
    assert escalations, "the tests above recorded escalations in PostgreSQL"
    # An empty VAR_DIR: there is no var/bot.db to read, so what the report shows came from PostgreSQL.
    env = {**os.environ, "DATABASE_URL": cluster.settings.database_url, "VAR_DIR": str(tmp_path)}
    done = subprocess.run(["make", "-s", "report"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Nothing recorded yet" not in done.stdout
    recent = escalations[-1]
    assert conversation_ref(recent.conversation_id) in done.stdout  # the newest escalation's reference, in "Last 20 escalations"
    levels = {e.level for e in escalations}
    assert all(level in done.stdout for level in levels)
    assert not (tmp_path / "bot.db").exists()
    assert cluster.settings.database_url.split("@")[0] not in done.stdout + done.stderr  # never the password


# -- faults ---------------------------------------------------------------------------------------
def assert_nothing_acknowledged_lost(figures: Dict[str, Any]) -> None:
    assert figures["acknowledged_missing"] == 0 and figures["replies_not_in_tracker"] == 0, figures
    assert figures["duplicated_or_unexpected"] == 0, figures


def test_a_postgresql_restart_mid_load_loses_nothing_acknowledged(cluster: ClusterStack):
    assert cluster.postgres is not None
    run = run_with_fault(
        lb_url(cluster), 10, 12, fault_after=30, fault=cluster.postgres.restart, fallback=fallback_text(cluster.settings)
    )
    assert run.fault_error is None
    figures = account_of(cluster, run)
    report("PostgreSQL restart mid-load (10x12)", figures)
    assert_nothing_acknowledged_lost(figures)
    assert figures["acknowledged"] > 60  # the load went on after the restart


def test_a_redis_restart_mid_load_loses_nothing_acknowledged(cluster: ClusterStack):
    assert cluster.redis is not None
    run = run_with_fault(
        lb_url(cluster), 10, 12, fault_after=30, fault=cluster.redis.restart, fallback=fallback_text(cluster.settings)
    )
    assert run.fault_error is None
    figures = account_of(cluster, run)
    report("Redis restart mid-load (10x12)", figures)
    assert_nothing_acknowledged_lost(figures)
    failed = figures["failed_recorded"] + figures["failed_not_recorded"]
    assert figures["acknowledged"] + failed == 120, figures  # every turn accounted for, one way or the other
    last = [r for r in run.result.requests if r.index == 11]
    assert len(last) == 10 and not any(run.failed(r, fallback_text(cluster.settings)) for r in last)


def test_a_slack_event_seen_before_a_redis_restart_is_still_recognised_after_it(cluster: ClusterStack, slack_api: CaptureServer):
    assert cluster.redis is not None
    channel = new_id("D")
    first = envelope(message_event("does mesotherapy regrow hair?", new_id("U"), channel, new_ts()))
    assert slack_to(cluster, 0).post(first).status_code == 200
    wait_for_post(slack_api, channel, EFFICACY)
    answered = settle(slack_api, channel)
    cluster.redis.restart()  # SIGTERM: Redis writes its append-only file, then starts from it

    retry = slack_to(cluster, 1).post(first, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    control = new_id("D")  # a fresh message to the same instance is answered: Redis is back and it was listening
    fresh = envelope(message_event("does mesotherapy regrow hair?", new_id("U"), control, new_ts()))
    assert slack_to(cluster, 1).post(fresh).status_code == 200
    wait_for_post(slack_api, control, EFFICACY)
    assert settle(slack_api, channel, quiet_s=3.0) == answered
    assert len([p for p in answered if EFFICACY in (p.get("text") or "")]) == 1


def test_one_instance_killed_mid_load_the_conversations_go_on_through_the_other(cluster: ClusterStack):
    victim = cluster.members[1]
    before = access_lines(cluster)
    run = run_with_fault(
        lb_url(cluster), 20, 12, fault_after=60, fault=lambda: cluster.kill_rasa(victim), fallback=fallback_text(cluster.settings)
    )
    assert run.fault_error is None and victim.rasa is None
    figures = account_of(cluster, run)
    report("instance SIGKILLed mid-load (20x12)", figures)
    assert_nothing_acknowledged_lost(figures)
    fallback = fallback_text(cluster.settings)
    failed = [r for r in run.result.requests if run.failed(r, fallback)]
    # Only the turns in flight on the killed instance failed: each one a 502 from nginx for that
    # instance, sent before the kill was over and answered after it began, at most one per conversation.
    victim_502s = victim_lines(cluster, before, victim.rasa_port, status="502")
    assert len(failed) == victim_502s, (len(failed), victim_502s, figures["errors_seen"])
    assert all(r.status == 502 and run.in_flight_during_fault(r) for r in failed), [(r.status, r.error) for r in failed]
    assert len({r.sender for r in failed}) == len(failed)
    assert figures["failed_recorded"] + figures["failed_not_recorded"] == len(failed)
    # Everything sent after the kill went through the other instance, and was answered.
    after_kill = [r for r in run.result.requests if r.started > run.fault_ended]
    assert after_kill and not any(run.failed(r, fallback) for r in after_kill)
    served_after = upstreams_used(cluster, before)
    survivor = f"127.0.0.1:{cluster.members[0].rasa_port}"
    assert served_after.get(survivor, 0) >= len(after_kill), served_after
    assert figures["acknowledged"] + len(failed) == 240
    last = [r for r in run.result.requests if r.index == 11]
    assert len(last) == 20 and not any(run.failed(r, fallback) for r in last)
