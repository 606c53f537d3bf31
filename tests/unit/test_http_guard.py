from __future__ import annotations

import pytest

from bot.http_guard import RateLimiter, client_address, conversation_ref, host_allowed, host_name, is_api_path, is_loopback
from bot.session_tokens import SessionTokens, load_key

ALLOWED = ("127.0.0.1", "localhost", "::1", "chat.example-clinic.com")


@pytest.mark.parametrize(
    "header, ok",
    [
        ("127.0.0.1:5005", True),
        ("localhost", True),
        ("LOCALHOST:8080", True),
        ("[::1]:5005", True),
        ("chat.example-clinic.com", True),
        ("chat.example-clinic.com.", True),
        ("evil.example", False),  # DNS rebinding: a hostile name resolving to 127.0.0.1
        ("127.0.0.1.evil.example", False),
        ("", False),
        (None, False),
    ],
)
def test_only_the_bots_own_host_names_are_accepted(header, ok):
    assert host_allowed(header, ALLOWED) is ok


def test_host_name_strips_the_port_and_ipv6_brackets():
    assert [host_name(h) for h in ("a.b:80", "[::1]:5005", "::1")] == ["a.b", "::1", "::1"]


def test_forwarded_for_counts_only_behind_a_trusted_proxy():
    assert client_address("127.0.0.1", "203.0.113.9", ("127.0.0.1",)) == "203.0.113.9"
    assert client_address("198.51.100.7", "203.0.113.9", ("127.0.0.1",)) == "198.51.100.7"
    assert client_address("127.0.0.1", "1.1.1.1, 203.0.113.9", ("127.0.0.1",)) == "203.0.113.9"  # the proxy's own hop


@pytest.mark.parametrize(
    "path, api",
    [
        ("/", False),
        ("/webhooks/rest/webhook", False),
        ("/socket.io/", False),
        ("/conversations/a/tracker", True),
        ("/model", True),
        ("/status", True),
        ("/version", True),
    ],
)
def test_every_path_but_the_channels_is_the_api(path, api):
    assert is_api_path(path) is api


def test_loopback_addresses():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("10.0.0.1") and not is_loopback("x")


def test_rate_limiter_allows_per_minute_then_refuses_until_the_window_moves():
    now = [0.0]
    limiter = RateLimiter(3, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")  # another client is not affected
    now[0] = 60.0
    assert limiter.allow("a")


def test_conversation_ref_does_not_contain_the_id():
    ref = conversation_ref("web-0123456789abcdef")
    assert ref.startswith("c-") and "0123456789abcdef" not in ref and ref == conversation_ref("web-0123456789abcdef")


def test_session_tokens_are_server_made_and_map_to_a_derived_conversation(tmp_path):
    tokens = SessionTokens(load_key(tmp_path))
    token = tokens.issue()
    assert tokens.valid(token)
    assert not tokens.valid("0" * 48) and not tokens.valid(token[:-1] + ("0" if token[-1] != "0" else "1"))
    assert not tokens.valid("admin") and not tokens.valid(None)
    conversation = tokens.conversation_id(token)
    assert token not in conversation and conversation == tokens.conversation_id(token)
    assert (tmp_path / "session.key").stat().st_mode & 0o777 == 0o600
    assert SessionTokens(load_key(tmp_path)).valid(token)  # survives a restart
    assert not SessionTokens(load_key(tmp_path / "other")).valid(token)
