"""Rate limits and Slack de-duplication shared through Redis (`make run-cluster`): two instances see one
count and one set of keys; with Redis unreachable a message is let through, never dropped. Runs a
private redis-server (Debian's; `make test` installs it) on a free loopback port."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from bot.cluster import free_port
from bot.cluster_services import REDIS_SERVER, Redis
from bot.shared_limits import RedisKeyClaims, RedisRateLimiter

pytestmark = pytest.mark.skipif(not REDIS_SERVER.exists(), reason="needs Debian's redis-server (make cluster-deps)")


@pytest.fixture(scope="module")
def server(redis_server: Redis) -> Redis:
    return redis_server


def client(server: Redis) -> redis.Redis[bytes]:
    return redis.Redis.from_url(server.url(), socket_timeout=0.5)


def test_two_instances_share_one_per_minute_count(server: Redis):
    first = RedisRateLimiter(client(server), per_minute=3, prefix="t-limit")
    second = RedisRateLimiter(client(server), per_minute=3, prefix="t-limit")
    assert [first.allow("1.2.3.4"), second.allow("1.2.3.4"), first.allow("1.2.3.4")] == [True, True, True]
    assert not second.allow("1.2.3.4") and not first.allow("1.2.3.4")
    assert second.allow("5.6.7.8")  # another client has its own count


def test_hits_older_than_a_minute_no_longer_count(server: Redis):
    now = [1000.0]
    limiter = RedisRateLimiter(client(server), per_minute=1, prefix="t-window", clock=lambda: now[0])
    assert limiter.allow("c") and not limiter.allow("c")
    now[0] += 60.5
    assert limiter.allow("c")


def test_a_slack_delivery_claimed_by_one_instance_is_known_to_the_other(server: Redis):
    first = RedisKeyClaims(client(server), ttl_s=600, prefix="t-seen")
    second = RedisKeyClaims(client(server), ttl_s=600, prefix="t-seen")
    assert first.claim(["event:Ev1", "msg:D1:1.0001"])
    assert not second.claim(["event:Ev2", "msg:D1:1.0001"])  # the app_mention twin of the same message
    assert "event:Ev2" in first  # claimed together, even though already seen
    second.add("thread:C1:1.0:U1")
    assert "thread:C1:1.0:U1" in first and "thread:C1:2.0:U1" not in first


def test_with_redis_unreachable_messages_are_let_through(tmp_path: Path):
    unreachable = redis.Redis(host="127.0.0.1", port=free_port(), socket_timeout=0.2, socket_connect_timeout=0.2)
    limiter = RedisRateLimiter(unreachable, per_minute=1, prefix="t")
    claims = RedisKeyClaims(unreachable, ttl_s=600, prefix="t")
    assert limiter.allow("c") and limiter.allow("c")
    assert claims.claim(["event:Ev1"]) and claims.claim(["event:Ev1"])
    assert "thread" not in claims
