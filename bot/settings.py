"""Settings, read once from the environment (and `.env` via python-dotenv) into one typed object.

This is the only module that reads ``os.environ``; every setting is listed with a safe default in
`.env.example`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Tuple, Union

from dotenv import dotenv_values

from bot.clinic_hours import ClinicHoursError, check_timezone

if TYPE_CHECKING:
    from bot.bot_db_pg import PostgresDb

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Third-party deprecation notices (TensorFlow, jax, sklearn, sanic) that Rasa's processes would print by
# the hundred; errors and UserWarnings (Rasa's data validation) stay visible. The Makefile sets the same.
QUIET_WARNINGS = "ignore::DeprecationWarning,ignore::PendingDeprecationWarning,ignore::FutureWarning"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the setting."""


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"setting {name}={raw!r} is not a whole number") from None


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"setting {name}={raw!r} is not true/false")


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    rasa_api_token: str = ""
    var_dir: Path = PROJECT_ROOT / "var"
    clinic_name: str = "the clinic"
    clinic_phone: str = "(clinic phone not configured)"
    clinic_hours: str = "during opening hours"
    emergency_number: str = "112"
    staff_webhook_url: str = ""
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_channel: str = ""
    slack_use_threads: bool = True
    slack_api_base_url: str = "https://slack.com/api/"
    slack_app_token: str = ""
    slack_staff_channel: str = ""
    clinic_timezone: str = "UTC"
    handoff_unclaimed_seconds: int = 300
    handoff_idle_seconds: int = 900
    web_allowed_origins: Tuple[str, ...] = field(default_factory=tuple)
    max_message_chars: int = 2000
    allowed_hosts: Tuple[str, ...] = field(default_factory=tuple)
    trusted_proxies: Tuple[str, ...] = field(default_factory=tuple)
    retention_days: int = 30
    client_messages_per_minute: int = 30
    staff_alerts_per_conversation: int = 3
    staff_alerts_per_minute: int = 10
    privacy_url: str = ""
    review_interval_days: int = 365
    # `make run-cluster` (bot/cluster.py) sets these for its processes; empty: SQLite under var/ and
    # in-process limits, as `make run` has them.
    database_url: str = ""
    redis_url: str = ""
    rasa_instances: int = 2

    @property
    def slack_enabled(self) -> bool:
        """Slack is on with the bot token and either the signing secret (Events API) or an app token (Socket Mode)."""
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))

    @property
    def slack_socket_mode(self) -> bool:
        return bool(self.slack_bot_token and self.slack_app_token)

    @property
    def handoff_enabled(self) -> bool:
        """A live handoff to staff needs Slack and the staff channel to post requests in."""
        return self.slack_enabled and bool(self.slack_staff_channel)

    @property
    def web_origin(self) -> str:
        return f"http://{self.host}:{self.web_port}"

    @property
    def allowed_origins(self) -> Tuple[str, ...]:
        """Origins allowed to open the chat socket: the configured ones, else the demo page's own."""
        if self.web_allowed_origins:
            return self.web_allowed_origins
        origins = [self.web_origin]
        if self.host == "127.0.0.1":
            origins.append(f"http://localhost:{self.web_port}")
        return tuple(origins)

    @property
    def host_names(self) -> Tuple[str, ...]:
        """Host names the servers answer to (the Host header, without its port)."""
        return self.allowed_hosts or tuple(dict.fromkeys((self.host, "127.0.0.1", "localhost", "::1")))

    @property
    def api_enabled(self) -> bool:
        """Rasa's HTTP API is on only when the operator set a token."""
        return bool(self.rasa_api_token)

    @property
    def privacy_notice_url(self) -> str:
        """The clinic's privacy notice: PRIVACY_URL, else the demo page's own /privacy.html."""
        return self.privacy_url or f"{self.web_origin}/privacy.html"

    @property
    def bot_db_path(self) -> Path:
        return self.var_dir / "bot.db"

    @property
    def bot_db(self) -> Union[Path, PostgresDb]:
        """Where escalations, alerts, unanswered questions and feedback go: PostgreSQL when
        DATABASE_URL is set (the cluster), else var/bot.db."""
        from bot.bot_db_pg import PostgresDb

        return PostgresDb(self.database_url) if self.database_url else self.bot_db_path


# Each setting's environment variable.
ENV_NAMES: Dict[str, str] = {
    "host": "BIND_HOST",
    "rasa_port": "RASA_PORT",
    "action_port": "ACTION_PORT",
    "web_port": "WEB_PORT",
    "rasa_api_token": "RASA_API_TOKEN",
    "var_dir": "VAR_DIR",
    "clinic_name": "CLINIC_NAME",
    "clinic_phone": "CLINIC_PHONE",
    "clinic_hours": "CLINIC_HOURS",
    "emergency_number": "EMERGENCY_NUMBER",
    "staff_webhook_url": "STAFF_WEBHOOK_URL",
    "slack_bot_token": "SLACK_BOT_TOKEN",
    "slack_signing_secret": "SLACK_SIGNING_SECRET",
    "slack_channel": "SLACK_CHANNEL",
    "slack_use_threads": "SLACK_USE_THREADS",
    "slack_api_base_url": "SLACK_API_BASE_URL",
    "slack_app_token": "SLACK_APP_TOKEN",
    "slack_staff_channel": "SLACK_STAFF_CHANNEL",
    "clinic_timezone": "CLINIC_TIMEZONE",
    "handoff_unclaimed_seconds": "HANDOFF_UNCLAIMED_SECONDS",
    "handoff_idle_seconds": "HANDOFF_IDLE_SECONDS",
    "web_allowed_origins": "WEB_ALLOWED_ORIGINS",
    "max_message_chars": "MAX_MESSAGE_CHARS",
    "allowed_hosts": "ALLOWED_HOSTS",
    "trusted_proxies": "TRUSTED_PROXIES",
    "retention_days": "RETENTION_DAYS",
    "client_messages_per_minute": "CLIENT_MESSAGES_PER_MINUTE",
    "staff_alerts_per_conversation": "STAFF_ALERTS_PER_CONVERSATION",
    "staff_alerts_per_minute": "STAFF_ALERTS_PER_MINUTE",
    "privacy_url": "PRIVACY_URL",
    "review_interval_days": "REVIEW_INTERVAL_DAYS",
    "database_url": "DATABASE_URL",
    "redis_url": "REDIS_URL",
    "rasa_instances": "RASA_INSTANCES",
}
_LIST_SETTINGS = {"web_allowed_origins", "allowed_hosts", "trusted_proxies"}


def load_settings(env_file: Optional[Path] = None, environ: Optional[Mapping[str, str]] = None) -> Settings:
    """Settings from `.env` (if present) overlaid by the process environment; empty means default."""
    env_file = env_file if env_file is not None else PROJECT_ROOT / ".env"
    merged: Dict[str, str] = {}
    if env_file.exists():
        merged.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    merged.update(os.environ if environ is None else environ)
    values: Dict[str, Any] = {}
    for name, var in ENV_NAMES.items():
        raw = merged.get(var, "").strip()
        default = getattr(Settings(), name)
        if isinstance(default, bool):
            values[name] = _bool(merged, var, default)
        elif isinstance(default, int):
            values[name] = _int(merged, var, default)
        elif name == "var_dir":
            path = Path(raw) if raw else default
            values[name] = path if path.is_absolute() else PROJECT_ROOT / path
        elif name in _LIST_SETTINGS:
            values[name] = tuple(o.strip().rstrip("/").lower() for o in raw.split(",") if o.strip())
        else:
            values[name] = raw or default
    privacy_url = values["privacy_url"]
    unsafe = any(c.isspace() or c in "<>|()\"'" for c in privacy_url)
    if privacy_url and (not privacy_url.startswith(("https://", "http://")) or unsafe):
        raise SettingsError(f"setting PRIVACY_URL={privacy_url!r} must be an http(s):// address without spaces or brackets")
    app_token = values["slack_app_token"]
    if app_token and not app_token.startswith("xapp-"):
        raise SettingsError("setting SLACK_APP_TOKEN must be an app-level token (starts with xapp-, scope connections:write)")
    settings = Settings(**values)
    try:
        check_timezone(settings.clinic_timezone)
    except ClinicHoursError as error:
        raise SettingsError(str(error)) from None
    for name in (
        "retention_days",
        "client_messages_per_minute",
        "staff_alerts_per_conversation",
        "staff_alerts_per_minute",
        "review_interval_days",
        "handoff_unclaimed_seconds",
        "handoff_idle_seconds",
        "rasa_instances",
    ):
        if getattr(settings, name) < 1:
            raise SettingsError(f"setting {ENV_NAMES[name]}={getattr(settings, name)} must be at least 1")
    return settings


def settings_environment(settings: Settings) -> Dict[str, str]:
    """The settings as environment variables, so child processes load exactly these settings."""
    env: Dict[str, str] = {}
    for name, var in ENV_NAMES.items():
        value = getattr(settings, name)
        if isinstance(value, bool):
            env[var] = "true" if value else "false"
        elif isinstance(value, tuple):
            env[var] = ",".join(value)
        else:
            env[var] = str(value)
    return env


def child_environment(settings: Settings, extra: Optional[Mapping[str, str]] = None) -> dict:
    """The environment for the processes `make run` starts: this one's, plus what Rasa's
    `${...}` placeholders in endpoints.yml / credentials.yml need, with telemetry off."""
    env = dict(os.environ)
    env.setdefault("PYTHONWARNINGS", QUIET_WARNINGS)
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")  # "pin sqlalchemy<2.0": requirements.txt does
    # One thread for numpy's BLAS: each server is one event loop, and under load OpenBLAS's extra worker spun at about
    # a third of a core beside it (measured in `make bench`, README "Performance"); an operator's setting wins.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    env.update(settings_environment(settings))
    env.update(
        {
            "RASA_TELEMETRY_ENABLED": "false",
            "SANIC_HOST": settings.host,  # rasa-sdk's action server binds here
            "TRACKER_DB": str(settings.var_dir / "tracker.db"),
            # Sanic reads these when it creates a server: a request's headers and body must arrive
            # within 15 s (slow partial requests), and bodies are capped unless the API (model upload) is on.
            "SANIC_REQUEST_TIMEOUT": "15",
            "SANIC_REQUEST_MAX_SIZE": str(100_000_000 if settings.api_enabled else 1_048_576),
            "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p),
        }
    )
    env.update(extra or {})
    return env
