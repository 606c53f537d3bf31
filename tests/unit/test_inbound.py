"""Input checks: malformed requests are refused with their reason; odd but valid text is cleaned, not refused."""

from __future__ import annotations

import json

import pytest

from bot.inbound import InboundError, PendingLimiter, clean_text, json_too_deep, parse_rest_body


def test_a_valid_body_is_parsed():
    inbound = parse_rest_body(json.dumps({"sender": "abc-1", "message": "hello", "metadata": {"a": 1}}).encode())
    assert (inbound.sender, inbound.text, inbound.metadata) == ("abc-1", "hello", {"a": 1})


@pytest.mark.parametrize(
    "body, status, reason",
    [
        (b"", 400, "must be JSON"),
        (b"\xff\xfe", 400, "UTF-8"),
        (b"null", 400, "JSON object"),
        (b'{"sender": "a"}', 400, "message"),
        (b'{"sender": "a", "message": "\\u0001"}', 400, "empty"),
        (b'{"sender": "../etc", "message": "x"}', 400, "sender"),
        (b'{"sender": "a", "message": "x", "metadata": []}', 400, "metadata"),
        (b"x" * (300 * 1024), 413, "larger than"),
    ],
)
def test_a_malformed_body_is_refused_with_its_reason(body: bytes, status: int, reason: str):
    with pytest.raises(InboundError) as caught:
        parse_rest_body(body)
    assert caught.value.status == status and reason in caught.value.reason


def test_control_characters_are_dropped_but_text_emoji_and_rtl_kept():
    assert clean_text("a\x00b\x07c\x1b[31m\td\n") == "abc[31m\td\n"
    assert clean_text("مرحبا 👋 <b>") == "مرحبا 👋 <b>"


def test_the_limiter_refuses_beyond_its_limit_per_key_and_frees_on_release():
    limiter = PendingLimiter(limit=2)
    assert limiter.try_acquire("a") and limiter.try_acquire("a")
    assert not limiter.try_acquire("a")
    assert limiter.try_acquire("b")
    limiter.release("a")
    assert limiter.try_acquire("a")
    limiter.release("a"), limiter.release("a")
    assert limiter.pending("a") == 0


def test_a_deeply_nested_body_is_refused_with_400_not_a_crash():
    with pytest.raises(InboundError) as error:
        parse_rest_body(b"[" * 100_000)
    assert error.value.status == 400 and "nested" in error.value.reason


@pytest.mark.parametrize(
    "body, too_deep",
    [
        (b'{"sender": "a", "message": "hi", "metadata": {"a": [1, {"b": 2}]}}', False),
        (b'{"message": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', False),  # brackets inside a string
        (b'{"message": "\\"[[[["}', False),  # an escaped quote does not end the string
        (b"[" * 33 + b"]" * 33, True),
        (b"[" * 32 + b"]" * 32, False),
    ],
)
def test_json_depth_is_measured_outside_strings(body: bytes, too_deep: bool):
    assert json_too_deep(body) is too_deep
