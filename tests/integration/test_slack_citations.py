"""A fact answer in Slack (issue 15): its sources arrive as Slack links (`<url|label>`) with the review
date, through the loopback stand-in for Slack's web API; the Block Kit JSON is kept as an artifact."""

from __future__ import annotations

import json

import pytest

from bot.facts import default_facts
from bot.settings import PROJECT_ROOT
from tests.http_capture import CaptureServer
from tests.integration.test_slack import (  # noqa: F401  (fixtures used by name)
    SlackSender,
    envelope,
    message_event,
    new_id,
    new_ts,
    slack,
    slack_api,
    slack_settings,
    slack_stack,
    staff_hook,
    wait_for_post,
)

pytestmark = pytest.mark.integration

ARTIFACT = PROJECT_ROOT / "test-artifacts" / "slack-answer-sources.json"


def test_a_fact_answer_in_slack_carries_linked_sources_and_its_review_date(
    slack: SlackSender,  # noqa: F811 (the imported fixture)
    slack_api: CaptureServer,  # noqa: F811
) -> None:
    fact = default_facts()["efficacy"]
    channel = new_id("D")
    assert slack.post(envelope(message_event("does mesotherapy regrow hair", new_id("U"), channel, new_ts()))).status_code == 200
    posted = wait_for_post(slack_api, channel, "Sources:")
    section = "\n".join(b["text"]["text"] for b in posted["blocks"] if b["type"] == "section")
    assert fact.answer.split(".")[0] in section
    first = fact.sources[0]
    assert first.url and f"<{first.url}|{first.label}, {first.year_text}>" in section
    assert "](" not in section  # no markdown left: Slack would show it as text
    assert f"Reviewed: {fact.last_reviewed:%B %Y}" in section
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(posted, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
