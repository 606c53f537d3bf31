"""The values that domain responses may use as {placeholders}: clinic settings and safety advice."""

from __future__ import annotations

from typing import Dict, Mapping, Optional

from bot.facts import Fact, default_facts
from bot.settings import Settings

SAFETY_ADVICE_FACTS = ("emergency_advice", "urgent_advice", "safety_net_advice")


def privacy_line(settings: Settings) -> str:
    """One line: what is stored, for how long (RETENTION_DAYS), and the clinic's privacy notice."""
    return (
        f"Privacy: what you write here is stored for {settings.retention_days} days, then deleted "
        f"(say “delete my conversation” to erase it now). [Privacy notice]({settings.privacy_notice_url})"
    )


def clinic_variables(settings: Settings) -> Dict[str, str]:
    return {
        "clinic_name": settings.clinic_name,
        "clinic_phone": settings.clinic_phone,
        "clinic_hours": settings.clinic_hours,
        "emergency_number": settings.emergency_number,
        "privacy_line": privacy_line(settings),
    }


def response_variables(settings: Settings, facts: Optional[Mapping[str, Fact]] = None) -> Dict[str, str]:
    """Clinic settings, plus `<id>` and `<id_without_advice>_source` for each safety-advice fact,
    e.g. {emergency_advice} and {emergency_source}, with the clinic settings filled in."""
    facts = default_facts() if facts is None else facts
    values = clinic_variables(settings)
    for fact_id in SAFETY_ADVICE_FACTS:
        fact = facts[fact_id]
        values[fact_id] = fact.answer.format_map(values)
        values[fact_id.replace("_advice", "_source")] = fact.source_line
    return values
