"""Settings come from .env and the environment, with safe defaults, and fail with the setting's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, load_settings, settings_environment


def test_defaults_bind_to_loopback_on_the_documented_ports(tmp_path: Path):
    settings = load_settings(env_file=tmp_path / "missing.env", environ={})
    assert (settings.host, settings.rasa_port, settings.action_port, settings.web_port) == ("127.0.0.1", 5005, 5055, 8080)
    assert not settings.slack_enabled and settings.staff_webhook_url == ""


def test_the_environment_overrides_the_env_file(tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text("RASA_PORT=6000\nCLINIC_NAME=From File\n")
    settings = load_settings(env_file=env_file, environ={"RASA_PORT": "7000"})
    assert settings.rasa_port == 7000 and settings.clinic_name == "From File"


def test_a_bad_number_names_the_setting(tmp_path: Path):
    with pytest.raises(SettingsError, match="RASA_PORT"):
        load_settings(env_file=tmp_path / "none", environ={"RASA_PORT": "five"})


def test_slack_is_on_only_with_token_and_signing_secret(tmp_path: Path):
    assert not load_settings(env_file=tmp_path / "x", environ={"SLACK_BOT_TOKEN": "xoxb-1"}).slack_enabled
    assert load_settings(
        env_file=tmp_path / "x", environ={"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}
    ).slack_enabled


def test_allowed_origins_default_to_the_demo_page(tmp_path: Path):
    settings = load_settings(env_file=tmp_path / "x", environ={"WEB_PORT": "8181"})
    assert "http://127.0.0.1:8181" in settings.allowed_origins
    custom = load_settings(
        env_file=tmp_path / "x", environ={"WEB_ALLOWED_ORIGINS": "https://clinic.example/, https://www.clinic.example"}
    )
    assert custom.allowed_origins == ("https://clinic.example", "https://www.clinic.example")


def test_settings_survive_a_round_trip_through_the_environment(tmp_path: Path):
    settings = Settings(
        rasa_port=1234, clinic_name="X", slack_use_threads=False, web_allowed_origins=("https://a.example",), var_dir=tmp_path
    )
    assert load_settings(env_file=tmp_path / "none", environ=settings_environment(settings)) == settings


def test_env_example_lists_every_setting():
    from bot.settings import ENV_NAMES, PROJECT_ROOT

    listed = {
        line.split("=", 1)[0]
        for line in (PROJECT_ROOT / ".env.example").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert set(ENV_NAMES.values()) <= listed
