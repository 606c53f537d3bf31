"""The shared services of `make run-cluster`, each a child process of the launcher bound to loopback,
with its files under var/cluster/: PostgreSQL (Debian's binaries, a private cluster made by initdb),
Redis (Debian's redis-server) and nginx (the load balancer).

PostgreSQL refuses to run as root. When the launcher runs as root (CI does), initdb and postgres run
in a user namespace (`unshare --user`) where they are the `postgres` user, while the files they write
stay owned by the launcher's own user: var/ stays 0700 and nothing outside it changes.
Passwords are generated once and kept in var/cluster/ (0600); they reach the bot's processes through
the environment, never a command line.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, List, Optional, Sequence

PG_BIN = Path("/usr/lib/postgresql/15/bin")
REDIS_SERVER = Path("/usr/bin/redis-server")
NGINX = Path("/usr/sbin/nginx")
DB_USER = "bot"
DB_NAME = "rasa"
LOCK_DB = 1  # Redis database of Rasa's lock store; the bot's own keys use BOT_REDIS_DB
BOT_REDIS_DB = 2


class ServiceError(RuntimeError):
    """A service could not be set up or started; the message names it and what to do."""


def _secret(path: Path) -> str:
    if not path.exists():
        path.write_text(secrets.token_hex(24), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def _require(binary: Path, package: str) -> None:
    if not binary.exists():
        raise ServiceError(f"{binary} is missing: install Debian's {package} (`make run-cluster` does it with apt-get)")


def as_postgres_user() -> List[str]:
    """The command prefix that runs PostgreSQL's binaries as a non-root user (see the module docstring)."""
    if os.geteuid() != 0:
        return []
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        raise ServiceError("running as root needs the `postgres` system user (Debian's postgresql package creates it)") from None
    return ["unshare", "--user", f"--map-user={user.pw_uid}", f"--map-group={user.pw_gid}"]


@dataclass
class Service:
    """One child process with its log file."""

    name: str
    log_path: Path
    process: Optional[subprocess.Popen] = None
    _log: Optional[IO[bytes]] = None

    def spawn(self, argv: Sequence[str], env: Optional[dict] = None) -> subprocess.Popen:
        self._log = open(self.log_path, "ab")
        self.process = subprocess.Popen(list(argv), stdout=self._log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        return self.process

    def stop(self, sig: int = signal.SIGTERM, timeout_s: float = 20.0) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(sig)
            try:
                process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None

    def kill(self) -> None:
        """SIGKILL, as a crash would (the fault tests)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=5)
        self.stop()

    @property
    def pid(self) -> Optional[int]:
        return self.process.pid if self.process is not None else None


@dataclass
class Postgres(Service):
    """A private PostgreSQL cluster: data in `data_dir`, TCP on 127.0.0.1:`port` only, no Unix socket."""

    data_dir: Path = Path()
    port: int = 0
    password: str = ""

    def init(self) -> None:
        _require(PG_BIN / "postgres", "postgresql")
        self.password = _secret(self.data_dir.parent / "postgres.password")
        if (self.data_dir / "PG_VERSION").exists():
            return
        pwfile = self.data_dir.parent / "initdb.pw"
        pwfile.write_text(self.password, encoding="utf-8")
        pwfile.chmod(0o600)
        try:
            done = subprocess.run(
                [
                    *as_postgres_user(),
                    str(PG_BIN / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "-U",
                    DB_USER,
                    f"--pwfile={pwfile}",
                    "-A",
                    "scram-sha-256",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-instructions",
                ],
                capture_output=True,
                text=True,
                timeout=120,
            )
        finally:
            pwfile.unlink(missing_ok=True)
        if done.returncode != 0:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            raise ServiceError(f"initdb failed for {self.data_dir}: {(done.stderr or done.stdout).strip()[-400:]}")

    def start(self) -> None:
        self.spawn(
            [
                *as_postgres_user(),
                str(PG_BIN / "postgres"),
                "-D",
                str(self.data_dir),
                "-p",
                str(self.port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "max_connections=200",
            ]
        )
        self.wait_ready()
        self.create_database()

    def url(self, database: str = DB_NAME) -> str:
        return f"postgresql://{DB_USER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def wait_ready(self, timeout_s: float = 60.0) -> None:
        import psycopg2

        deadline = time.monotonic() + timeout_s
        while True:
            if self.process is not None and self.process.poll() is not None:
                raise ServiceError(f"PostgreSQL exited with code {self.process.returncode}: see {self.log_path}")
            try:
                psycopg2.connect(self.url("postgres"), connect_timeout=2).close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    problem = f"PostgreSQL did not accept connections within {timeout_s:.0f} s: see {self.log_path}"
                    raise ServiceError(problem) from None
                time.sleep(0.2)

    def create_database(self) -> None:
        import psycopg2

        connection = psycopg2.connect(self.url("postgres"))
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,))
                if cursor.fetchone() is None:
                    cursor.execute(f"CREATE DATABASE {DB_NAME}")
        finally:
            connection.close()

    def restart(self) -> None:
        """A fast shutdown (SIGINT: open transactions are rolled back) and a start (the fault tests)."""
        self.stop(signal.SIGINT)
        self.start()


@dataclass
class Redis(Service):
    """redis-server on 127.0.0.1:`port`, password required, append-only file under `data_dir` (so the
    Slack de-duplication keys survive a Redis restart)."""

    data_dir: Path = Path()
    port: int = 0
    password: str = ""

    def start(self) -> None:
        _require(REDIS_SERVER, "redis-server")
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.password = _secret(self.data_dir.parent / "redis.password")
        config = self.data_dir.parent / "redis.conf"
        config.write_text(
            f"bind 127.0.0.1\nport {self.port}\nprotected-mode yes\nrequirepass {self.password}\n"
            f'dir {self.data_dir}\nappendonly yes\nappendfsync everysec\nsave ""\ndaemonize no\n'
            'unixsocket ""\nloglevel warning\n',
            encoding="utf-8",
        )
        config.chmod(0o600)
        self.spawn([str(REDIS_SERVER), str(config)])
        self.wait_ready()

    def url(self, db: int = BOT_REDIS_DB) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/{db}"

    def wait_ready(self, timeout_s: float = 20.0) -> None:
        import redis

        deadline = time.monotonic() + timeout_s
        client = redis.Redis.from_url(self.url(), socket_connect_timeout=1)
        while True:
            if self.process is not None and self.process.poll() is not None:
                raise ServiceError(f"redis-server exited with code {self.process.returncode}: see {self.log_path}")
            try:
                client.ping()
                return
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise ServiceError(f"Redis did not answer within {timeout_s:.0f} s: see {self.log_path}") from None
                time.sleep(0.1)

    def restart(self) -> None:
        self.stop(signal.SIGTERM)
        self.start()


@dataclass
class LoadBalancer(Service):
    """nginx in front of the Rasa instances (see `nginx_conf`)."""

    directory: Path = Path()
    listen: str = "127.0.0.1:5005"
    upstreams: List[int] = field(default_factory=list)

    def start(self) -> None:
        _require(NGINX, "nginx")
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        conf = self.directory / "nginx.conf"
        conf.write_text(nginx_conf(self.directory, self.listen, self.upstreams), encoding="utf-8")
        self.spawn([str(NGINX), "-c", str(conf), "-e", str(self.directory / "error.log")])

    @property
    def access_log(self) -> Path:
        return self.directory / "access.log"


def nginx_conf(directory: Path, listen: str, upstreams: Sequence[int]) -> str:
    """Chat requests (REST, Slack, the widget's forget) go to the least busy instance: any instance can
    serve any conversation (trackers in PostgreSQL, one turn at a time per conversation through Redis).
    socket.io needs affinity, since an engine.io session (its polling requests before the websocket
    upgrade) lives in one process: `hash $remote_addr consistent`, as socket.io's docs advise; when an
    instance goes, its clients move to another and resume with their session token. A POST is never
    retried on another instance (nginx's default): a turn the first one may have recorded is not sent
    twice; the client gets the 502 instead."""
    user = "user root root;\n" if os.geteuid() == 0 else ""  # workers must reach var/ (0700)
    temp = "\n".join(f"    {kind}_temp_path {directory / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    servers = "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" for port in upstreams)
    forwarded = (
        "        proxy_set_header Host $host;\n"
        "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "        proxy_set_header X-Forwarded-Proto $scheme;\n"
    )
    return f"""{user}worker_processes 1;
daemon off;
pid {directory / "nginx.pid"};
error_log {directory / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    log_format upstream '$remote_addr [$time_local] "$request" $status $upstream_addr $request_time';
    access_log {directory / "access.log"} upstream;
{temp}
    client_max_body_size 1m;
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    upstream rasa_chat {{
        least_conn;
{servers}
        keepalive 32;
    }}
    upstream rasa_socketio {{
        hash $remote_addr consistent;
{servers}
    }}
    server {{
        listen {listen};
        location /socket.io/ {{
            proxy_pass http://rasa_socketio;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
{forwarded}            proxy_read_timeout 3600s;
        }}
        location / {{
            proxy_pass http://rasa_chat;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
{forwarded}            proxy_read_timeout 90s;
        }}
    }}
}}
"""
