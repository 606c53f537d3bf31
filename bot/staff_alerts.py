"""Alert clinic staff about escalations through a webhook, via a durable outbox.

The outbox is the ``escalations`` table itself: `bot.escalation_log.record_escalation` stores the
row with ``alert_status='pending'``, then ``get_alerter(settings).enqueue(row_id)`` hands it to one
background thread that POSTs it to ``STAFF_WEBHOOK_URL`` and marks it 'sent', or 'failed' after
``max_attempts``. Rows still 'pending' when the process stops are sent by the next alerter that
starts (in the cluster, by the next sweep of any instance; `claim_alert` makes each row go out
once), so an alert is delivered at least once (twice if the process dies between a successful POST
and marking the row).

The payload works with a Slack incoming webhook (``text``) and carries structured keys for other
receivers. For privacy it never contains the person's message, name or contact details: only the
level, a conversation reference (a hash of its id, which finds it in `make report` but cannot be used
to join or read it), channel and sign ids/labels. At most STAFF_ALERTS_PER_CONVERSATION alerts per
conversation and STAFF_ALERTS_PER_MINUTE overall go out; the first one over a cap is sent as a summary.
Webhook URLs are secrets (Slack's are), so
logs and ``last_error`` name only the webhook host.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import queue
import threading
import time
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import urlsplit

import requests

from bot.bot_db import BotDbError, Database
from bot.bot_db_pg import PostgresDb
from bot.escalation_log import AlertClaim, EscalationRecord, alert_budget, claim_alert, pending_alerts
from bot.http_guard import conversation_ref
from bot.settings import Settings

logger = logging.getLogger(__name__)

_STOP = object()
SHARED_OUTBOX_SWEEP_S = 5.0
_LEVEL_EMOJI = {"emergency": ":rotating_light:", "urgent": ":warning:"}


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def alert_text(record: EscalationRecord, labels: Optional[Mapping[str, str]] = None, summary: bool = False) -> str:
    """The human-readable alert: level, conversation reference, channel and sign labels only (no message text)."""
    labels = labels or {}
    signs = ", ".join(labels.get(s, s) for s in record.signs) or "none recorded"
    emoji = _LEVEL_EMOJI.get(record.level, ":bell:")
    text = (
        f"{emoji} {record.level.upper()} escalation in conversation {conversation_ref(record.conversation_id)} "
        f"(channel: {record.channel}): signs: {signs}. Check the conversation."
    )
    if summary:
        text += " Alert limit reached: further alerts are held back for now; every escalation is in `make report`."
    return _slack_escape(text)


def alert_payload(record: EscalationRecord, labels: Optional[Mapping[str, str]] = None, summary: bool = False) -> Dict[str, Any]:
    """JSON body for the webhook: Slack reads ``text`` and ignores the other keys."""
    labels = labels or {}
    return {
        "text": alert_text(record, labels, summary),
        "level": record.level,
        "conversation_ref": conversation_ref(record.conversation_id),
        "summary": summary,
        "channel": record.channel,
        "signs": list(record.signs),
        "sign_labels": [labels.get(s, s) for s in record.signs],
        "escalation_id": record.id,
        "created_at": record.created_at,
    }


class StaffAlerter:
    """Sends pending escalation alerts from one daemon thread, retrying with backoff.

    ``enqueue`` never blocks on the network or the database and never raises; the thread starts on
    ``start()`` or the first ``enqueue``, and first picks up rows left 'pending' by earlier runs.
    ``labels`` maps sign ids to the words shown to staff (unknown ids are shown as they are).
    """

    def __init__(
        self,
        db_path: Database,
        webhook_url: str,
        timeout_s: float = 3.0,
        max_attempts: int = 6,
        backoff_s: Sequence[float] = (1, 2, 4, 8, 16, 30),
        labels: Optional[Mapping[str, str]] = None,
        per_conversation: int = 3,
        per_minute: int = 10,
        sweep_s: Optional[float] = None,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.db_path: Database = db_path if isinstance(db_path, PostgresDb) else Path(db_path)
        # Several instances share a PostgreSQL outbox: each also re-reads it every `sweep_s`, so the
        # rows of an instance that died are still sent (by whichever instance claims them first).
        self.sweep_s = sweep_s
        self._next_sweep = time.monotonic() + (sweep_s or 0.0)
        self.webhook_url = (webhook_url or "").strip()
        self.timeout_s = timeout_s
        self.max_attempts = max_attempts
        self.backoff_s: Tuple[float, ...] = tuple(backoff_s) or (0.0,)
        self.labels: Dict[str, str] = dict(labels or {})
        self.per_conversation = per_conversation
        self.per_minute = per_minute
        parts = urlsplit(self.webhook_url)
        self.webhook_host = parts.hostname or "(no host)"
        secret = parts.path + (f"?{parts.query}" if parts.query else "")
        self._secrets = [s for s in (self.webhook_url, secret if len(secret) > 1 else "") if s]
        self._queue: queue.Queue[object] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: Optional[threading.Thread] = None
        self._stopping = threading.Event()
        # Scheduling state, touched only by the worker thread.
        self._heap: List[Tuple[float, int, int]] = []
        self._attempts: Dict[int, int] = {}  # row id -> attempts made in this run
        self._seq = itertools.count()
        self._session: Optional[requests.Session] = None
        self._summary = False
        self._summary_rows: Dict[int, bool] = {}

    # -- public ----------------------------------------------------------------------------
    def start(self) -> StaffAlerter:
        with self._lock:
            if self._thread is None:
                name = self.db_path.name if isinstance(self.db_path, Path) else "postgresql"
                self._thread = threading.Thread(target=self._run, name=f"staff-alerts-{name}", daemon=True)
                self._thread.start()
        return self

    def enqueue(self, row_id: int) -> None:
        """Queue an escalation row for alerting; returns immediately and never raises (after stop() the row stays pending)."""
        try:
            self._queue.put_nowait(int(row_id))
            if self._thread is None:
                self.start()
        except Exception:  # noqa: BLE001 - the caller's reply to the person must not fail
            logger.exception("could not queue staff alert for escalation %r", row_id)

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop the thread (rows not yet sent stay 'pending' for the next run); True if it ended."""
        self._stopping.set()
        self._queue.put(_STOP)
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def stopped(self) -> bool:
        return self._stopping.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- worker ----------------------------------------------------------------------------
    def _run(self) -> None:
        if not self.webhook_url:
            logger.warning(
                "STAFF_WEBHOOK_URL is not set: staff alerts are disabled (escalations are still recorded in %s)",
                self.db_path,
            )
        self._sweep()
        try:
            while not self._stopping.is_set():
                wait = max(0.0, self._heap[0][0] - time.monotonic()) if self._heap else None
                if self.sweep_s:
                    if time.monotonic() >= self._next_sweep:
                        self._sweep()
                    until_sweep = max(0.0, self._next_sweep - time.monotonic())
                    wait = until_sweep if wait is None else min(wait, until_sweep)
                try:
                    item = self._queue.get(timeout=wait)
                except queue.Empty:
                    item = None
                if item is _STOP:
                    break
                if isinstance(item, int):
                    self._schedule(item, 0.0)
                self._send_due()
        finally:
            if self._session is not None:
                self._session.close()

    def _sweep(self) -> None:
        """Schedules every row still 'pending' in the outbox (at start, then every `sweep_s`)."""
        self._next_sweep = time.monotonic() + (self.sweep_s or 0.0)
        try:
            for record in pending_alerts(self.db_path):
                self._schedule(record.id, 0.0)
        except BotDbError as exc:
            logger.error("staff alerts: cannot read pending alerts: %s", exc)

    def _schedule(self, row_id: int, delay_s: float) -> None:
        if row_id in self._attempts and delay_s == 0.0:
            return  # already scheduled (e.g. picked up at start and also enqueued)
        self._attempts.setdefault(row_id, 0)
        heapq.heappush(self._heap, (time.monotonic() + delay_s, next(self._seq), row_id))

    def _send_due(self) -> None:
        while self._heap and self._heap[0][0] <= time.monotonic() and not self._stopping.is_set():
            _, _, row_id = heapq.heappop(self._heap)
            try:
                retry_in = self._attempt(row_id)
            except Exception:  # noqa: BLE001 - keep the thread alive; the row stays 'pending' in the db
                logger.exception("staff alerts: unexpected error on escalation %d", row_id)
                retry_in = None
            if retry_in is None:
                self._attempts.pop(row_id, None)
            else:
                heapq.heappush(self._heap, (time.monotonic() + retry_in, next(self._seq), row_id))

    def _attempt(self, row_id: int) -> Optional[float]:
        """One delivery attempt; returns the delay before the next one, or None when done with the row.

        The row is claimed first (`claim_alert`): with several instances draining one PostgreSQL
        outbox, only the one holding the row's lock sends it, and marks it before letting go."""
        try:
            with claim_alert(self.db_path, row_id) as claim:
                if claim is None:  # gone, or another instance is sending it right now
                    return None
                return self._deliver(claim)
        except BotDbError as exc:
            logger.error("staff alerts: cannot read or mark escalation %d: %s", row_id, exc)
            return None  # stays 'pending' in the db: retried by the next sweep or run

    def _deliver(self, claim: AlertClaim) -> Optional[float]:
        record, row_id = claim.record, claim.record.id
        if record.alert_status != "pending":
            return None
        if not self.webhook_url:
            claim.mark("disabled")
            return None
        attempt = self._attempts.get(row_id, 0) + 1
        self._attempts[row_id] = attempt
        budget = alert_budget(self.db_path, record, self.per_conversation, self.per_minute) if attempt == 1 else "send"
        if budget == "suppress":
            claim.mark("suppressed")
            logger.warning("staff alert for escalation %d held back: alert limit reached (see make report)", row_id)
            return None
        self._summary = budget == "summary" or self._summary_rows.get(row_id, False)
        self._summary_rows[row_id] = self._summary
        error = self._post(record)
        if error is None:
            claim.mark("summary" if self._summary else "sent", add_attempt=True)
            logger.info("staff alert for escalation %d sent (attempt %d)", row_id, attempt)
            return None
        if attempt >= self.max_attempts:
            claim.mark("failed", error, add_attempt=True)
            logger.error(
                "staff alert for escalation %d (%s, conversation %s) FAILED after %d attempts to webhook host %s: %s",
                row_id,
                record.level,
                conversation_ref(record.conversation_id),
                attempt,
                self.webhook_host,
                error,
            )
            return None
        claim.mark("pending", error, add_attempt=True)
        delay = self.backoff_s[min(attempt - 1, len(self.backoff_s) - 1)]
        logger.warning(
            "staff alert for escalation %d: attempt %d/%d to webhook host %s failed (%s); retrying in %ss",
            row_id,
            attempt,
            self.max_attempts,
            self.webhook_host,
            error,
            delay,
        )
        return float(delay)

    def _post(self, record: EscalationRecord) -> Optional[str]:
        """POST the alert; None on a 2xx answer, else a description of the error without the URL."""
        if self._session is None:
            self._session = requests.Session()
        try:
            response = self._session.post(
                self.webhook_url, json=alert_payload(record, self.labels, self._summary), timeout=self.timeout_s
            )
        except requests.RequestException as exc:
            return self._redact(f"{type(exc).__name__}: {exc}")
        if 200 <= response.status_code < 300:
            return None
        return self._redact(f"HTTP {response.status_code}: {response.text[:200].strip()}")

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "<webhook>")
        return text


_alerters: Dict[Tuple[str, str], StaffAlerter] = {}
_alerters_lock = threading.Lock()


def get_alerter(settings: Settings, labels: Optional[Mapping[str, str]] = None) -> StaffAlerter:
    """The process's started alerter for (settings.bot_db_path, settings.staff_webhook_url), created on first use.

    ``labels`` (sign id -> words for staff), when given, are added to the alerter's labels.
    """
    key = (str(settings.bot_db), settings.staff_webhook_url.strip())
    with _alerters_lock:
        alerter = _alerters.get(key)
        if alerter is None or alerter.stopped:
            alerter = _alerters[key] = StaffAlerter(
                settings.bot_db,
                settings.staff_webhook_url,
                per_conversation=settings.staff_alerts_per_conversation,
                per_minute=settings.staff_alerts_per_minute,
                sweep_s=SHARED_OUTBOX_SWEEP_S if isinstance(settings.bot_db, PostgresDb) else None,
            )
    if labels:
        alerter.labels = {**alerter.labels, **labels}
    return alerter.start()


def stop_all_alerters(timeout: float = 5.0) -> None:
    """Stop and forget every alerter made by `get_alerter` (for tests and shutdown)."""
    with _alerters_lock:
        alerters = list(_alerters.values())
        _alerters.clear()
    for alerter in alerters:
        alerter.stop(timeout)
