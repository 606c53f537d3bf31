"""python-socketio's Redis manager with JSON on the wire instead of pickle.

The stock `AsyncRedisManager` pickles what it publishes and unpickles what it reads, so anyone who can
publish to the Redis channel could run code in every Rasa instance. Nothing the bot loads is unpickled:
this manager publishes JSON and hands python-socketio only dicts it decoded from JSON, which takes the
manager's dict branch and never reaches its `pickle.loads`.
"""

from __future__ import annotations

import json
import logging
from typing import Any, AsyncIterator, Dict

import socketio
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class JsonRedisManager(socketio.AsyncRedisManager):
    async def _publish(self, data: Dict[str, Any]) -> Any:
        try:
            payload = json.dumps(data)
        except (TypeError, ValueError) as error:
            logger.error("socket.io message not sent between instances: not JSON (%s)", type(error).__name__)
            return None
        for attempt in range(2):  # as the stock manager: reconnect once, then give up
            try:
                if attempt:
                    self._redis_connect()
                return await self.redis.publish(self.channel, payload)
            except RedisError:
                logger.error("Cannot publish to Redis (attempt %d of 2)", attempt + 1)
        return None

    async def _listen(self) -> AsyncIterator[Dict[str, Any]]:
        async for message in super()._listen():
            try:
                data = json.loads(message)
            except (TypeError, ValueError):
                logger.warning("socket.io message from Redis dropped: not JSON")
                continue
            if isinstance(data, dict):
                yield data
