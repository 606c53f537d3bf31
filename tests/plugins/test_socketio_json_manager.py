"""The socket.io Redis manager of the cluster speaks JSON and never unpickles what it reads (real
redis-server on a free loopback port, as tests/unit/test_shared_limits.py)."""

from __future__ import annotations

import asyncio
import json
import pickle
from typing import Any, Dict, List

import pytest
import redis

from bot.cluster_services import REDIS_SERVER, Redis
from rasa_plugins.socketio_json_manager import JsonRedisManager
from tests.async_helpers import run_async

pytestmark = pytest.mark.skipif(not REDIS_SERVER.exists(), reason="needs Debian's redis-server (make cluster-deps)")


class Boom:
    """Unpickling this runs code: a test fails if the manager ever loads it."""

    loaded: List[str] = []

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Boom.loaded.append, ("unpickled!",))


@pytest.fixture(scope="module")
def server(redis_server: Redis) -> Redis:
    return redis_server


def test_what_the_manager_publishes_is_json(server: Redis):
    raw = redis.Redis.from_url(server.url(), socket_timeout=2)
    listener = raw.pubsub(ignore_subscribe_messages=True)
    listener.subscribe("sio-test-publish")

    async def publish() -> None:
        manager = JsonRedisManager(server.url(), channel="sio-test-publish", write_only=True)
        manager._redis_connect()
        await manager._publish({"method": "emit", "event": "bot_uttered", "data": {"text": "hi"}, "room": "r1"})

    listener.get_message(timeout=1)  # the subscription's confirmation
    run_async(publish())
    message = None
    for _ in range(20):
        message = message or listener.get_message(timeout=0.2)
    assert message is not None and json.loads(message["data"])["room"] == "r1"


def test_a_pickled_message_on_the_channel_is_dropped_and_never_unpickled(server: Redis):
    raw = redis.Redis.from_url(server.url(), socket_timeout=2)
    received: List[Dict[str, Any]] = []

    async def listen() -> None:
        manager = JsonRedisManager(server.url(), channel="sio-test-listen", write_only=True)
        manager._redis_connect()

        async def collect() -> None:
            async for data in manager._listen():
                received.append(data)
                if data.get("method") == "emit":
                    return

        task = asyncio.ensure_future(collect())
        for _ in range(100):  # until the manager has subscribed: every message below then reaches it
            if raw.pubsub_numsub("sio-test-listen")[0][1] == 1:
                break
            await asyncio.sleep(0.05)
        assert raw.pubsub_numsub("sio-test-listen")[0][1] == 1
        raw.publish("sio-test-listen", pickle.dumps(Boom()))
        raw.publish("sio-test-listen", b"\x80not json")
        raw.publish("sio-test-listen", json.dumps({"method": "emit", "room": "r2"}))
        await asyncio.wait_for(task, timeout=5)

    run_async(listen())
    assert Boom.loaded == []
    assert received == [{"method": "emit", "room": "r2"}]
