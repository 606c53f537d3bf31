"""`make run-cluster`: the bot as Rasa is run in production, on this machine's loopback.

    nginx (RASA_PORT) ─┬─ Rasa 1 ── action server 1 ─┐
                       ├─ Rasa 2 ── action server 2 ─┼─ PostgreSQL (trackers, bot records, alert outbox)
                       └─ …      (RASA_INSTANCES)   ─┴─ Redis (conversation locks, rate limits, Slack dedupe)
    web page (WEB_PORT)

`ClusterStack` is `bot.launcher.Stack` with more processes: the same preflight, the same entry points
(`rasa_plugins.server`, `actions.server`, `bot.web_server`) and the same Ctrl-C handling
(`bot.launcher.run`). Each Rasa instance reads endpoints.cluster.yml; the services are in
`bot.cluster_services`. Architecture and measured behaviour: docs/scaling.md.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from bot.bot_db_pg import PostgresDb, ensure_schema
from bot.cluster_services import DB_NAME, DB_USER, LOCK_DB, LoadBalancer, Postgres, Redis, ServiceError
from bot.launcher import BIN, LaunchError, Stack, _terminate, wait_until_up

CLUSTER_ENDPOINTS = "endpoints.cluster.yml"
# Rasa's conversation lock lives this long (s) in Redis: an instance killed during a turn holds that
# conversation back for at most this long (Rasa's default is 60). Turns take well under a second.
LOCK_LIFETIME_S = 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Instance:
    """One Rasa server and the action server it calls."""

    index: int
    rasa_port: int
    action_port: int
    rasa: Optional[subprocess.Popen] = None
    actions: Optional[subprocess.Popen] = None


@dataclass
class ClusterStack(Stack):
    instances: int = 2
    members: List[Instance] = field(default_factory=list)
    postgres: Optional[Postgres] = None
    redis: Optional[Redis] = None
    balancer: Optional[LoadBalancer] = None

    @property
    def cluster_dir(self) -> Path:
        return self.settings.var_dir / "cluster"

    @property
    def logs(self) -> Path:
        return self.log_dir or self.cluster_dir / "logs"

    def start(self) -> None:
        if self.instances < 1:
            raise LaunchError("RASA_INSTANCES must be at least 1")
        model = self.preflight()
        try:
            self.start_services()
            self.members = [Instance(i + 1, free_port(), free_port()) for i in range(self.instances)]
            for member in self.members:
                self.start_actions(member)
            first, *others = self.members
            self.start_rasa(first, model)  # alone first: it creates the tracker table
            for member in others:
                self.start_rasa(member, model, wait=False)
            for member in others:
                self._wait_rasa(member)
            if self.with_web:
                self.start_web()
            self.start_balancer()
        except ServiceError as error:
            self.stop()
            raise LaunchError(str(error)) from None
        except BaseException:
            self.stop()
            raise

    # --- services ---

    def start_services(self) -> None:
        self.cluster_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.logs.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.postgres = Postgres("postgres", self.logs / "postgres.log", data_dir=self.cluster_dir / "postgres", port=free_port())
        self.postgres.init()
        self.postgres.start()
        self.redis = Redis("redis", self.logs / "redis.log", data_dir=self.cluster_dir / "redis", port=free_port())
        self.redis.start()
        proxies = tuple(dict.fromkeys((*self.settings.trusted_proxies, "127.0.0.1")))  # our nginx forwards
        self.settings = dataclasses.replace(
            self.settings, database_url=self.postgres.url(), redis_url=self.redis.url(), trusted_proxies=proxies
        )
        ensure_schema(PostgresDb(self.settings.database_url))

    def service_env(self) -> Dict[str, str]:
        """What endpoints.cluster.yml's ${...} placeholders need (DATABASE_URL and REDIS_URL come
        with the settings)."""
        assert self.postgres is not None and self.redis is not None
        return {
            "DB_HOST": "127.0.0.1",
            "DB_PORT": str(self.postgres.port),
            "DB_USER": DB_USER,
            "DB_PASSWORD": self.postgres.password,
            "DB_NAME": DB_NAME,
            "REDIS_HOST": "127.0.0.1",
            "REDIS_PORT": str(self.redis.port),
            "REDIS_PASSWORD": self.redis.password,
            "REDIS_LOCK_DB": str(LOCK_DB),
            "TICKET_LOCK_LIFETIME": str(LOCK_LIFETIME_S),
        }

    def start_balancer(self) -> None:
        s = self.settings
        self.balancer = LoadBalancer(
            "nginx",
            self.logs / "nginx.log",
            directory=self.cluster_dir / "nginx",
            listen=f"{s.host}:{s.rasa_port}",
            upstreams=[m.rasa_port for m in self.members],
        )
        self.balancer.start()
        wait_until_up(f"http://{s.host}:{s.rasa_port}/", 30, self.balancer.process)

    # --- Rasa instances ---

    def _member_env(self, member: Instance) -> Dict[str, str]:
        return {**self.service_env(), "ACTION_PORT": str(member.action_port)}

    def start_actions(self, member: Instance) -> None:
        argv = [str(BIN / "python"), "-m", "actions.server", "--actions", "actions", "--port", str(member.action_port)]
        member.actions = self._spawn(f"actions-{member.index}", argv, self._member_env(member))
        wait_until_up(f"http://{self.settings.host}:{member.action_port}/health", 60, member.actions)

    def start_rasa(self, member: Instance, model: Path, wait: bool = True) -> None:
        argv = self.rasa_run_args(model, member.rasa_port, CLUSTER_ENDPOINTS)
        member.rasa = self._spawn(f"rasa-{member.index}", argv, self._member_env(member))
        if wait:
            self._wait_rasa(member)

    def _wait_rasa(self, member: Instance) -> None:
        wait_until_up(f"http://{self.settings.host}:{member.rasa_port}/", 240, member.rasa)

    def kill_rasa(self, member: Instance) -> None:
        """SIGKILL, as a crash or an OOM kill would (the fault tests)."""
        process, member.rasa = member.rasa, None
        if process is not None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            self.processes.remove(process)

    def restart_rasa(self, member: Instance) -> None:
        from bot.launcher import latest_model

        if member.rasa is not None:
            _terminate([member.rasa], 15.0)
            self.processes.remove(member.rasa)
        self.start_rasa(member, latest_model(self.models_dir))

    def pids(self) -> List[int]:
        """Every process of the cluster the launcher started (services, servers, web page, nginx)."""
        services = [s.pid for s in (self.postgres, self.redis, self.balancer) if s is not None]
        return [p for p in services if p is not None] + [p.pid for p in self.processes]

    def stop(self, timeout_s: float = 15.0) -> None:
        if self.balancer is not None:
            self.balancer.stop(signal.SIGQUIT)  # nginx: finish the requests in flight, then exit
        super().stop(timeout_s)
        for member in self.members:
            member.rasa = member.actions = None
        if self.redis is not None:
            self.redis.stop(signal.SIGTERM)
        if self.postgres is not None:
            self.postgres.stop(signal.SIGINT)  # fast shutdown: the clients are gone already

    def describe(self) -> str:
        s = self.settings
        return (
            f"Cluster: {len(self.members)} Rasa instance(s) (ports {', '.join(str(m.rasa_port) for m in self.members)}) "
            f"behind nginx on {s.host}:{s.rasa_port}; PostgreSQL on 127.0.0.1:{self.postgres.port if self.postgres else '?'}, "
            f"Redis on 127.0.0.1:{self.redis.port if self.redis else '?'}; logs in {self.logs}"
        )
