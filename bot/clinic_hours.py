"""When the clinic's team can take a live chat: CLINIC_HOURS read as opening hours, in CLINIC_TIMEZONE.

CLINIC_HOURS is shown to patients as written ("Mon-Fri 9-17"), so the same text is parsed here:
day ranges and hour ranges, several separated by commas or semicolons, e.g.
``Mon-Fri 9-17; Sat 10:00-13:30`` or ``Mon-Sun 0-24``. A text that is not in that form (the
default "during opening hours") cannot be checked: `ClinicHours.parse` returns None and the
handoff is offered at any time (the unclaimed timeout still gives the contact details).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?"
_PART = re.compile(rf"^\s*{_DAY}(?:\s*(?:-|–|to)\s*{_DAY})?\s+{_CLOCK}\s*(?:-|–|to)\s*{_CLOCK}\s*$", re.IGNORECASE)


class ClinicHoursError(ValueError):
    """CLINIC_TIMEZONE names no known time zone."""


def check_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ClinicHoursError(f"setting CLINIC_TIMEZONE={name!r} is not a time zone name (e.g. Europe/London, UTC)") from None


def _minutes(hours: str, minutes: Optional[str]) -> int:
    value = int(hours) * 60 + int(minutes or 0)
    if value > 24 * 60:
        raise ValueError("past 24:00")
    return value


@dataclass(frozen=True)
class ClinicHours:
    """Opening periods: (weekday 0=Monday, start minute, end minute)."""

    periods: Tuple[Tuple[int, int, int], ...]
    zone: ZoneInfo

    @classmethod
    def parse(cls, text: str, timezone: str = "UTC") -> Optional[ClinicHours]:
        zone = check_timezone(timezone)
        periods: List[Tuple[int, int, int]] = []
        for part in re.split(r"[;,]", text or ""):
            if not part.strip():
                continue
            match = _PART.match(part)
            if not match:
                return None
            first, last, h1, m1, h2, m2 = match.groups()
            start_day, end_day = DAYS.index(first.lower()[:3]), DAYS.index((last or first).lower()[:3])
            try:
                start, end = _minutes(h1, m1), _minutes(h2, m2)
            except ValueError:
                return None
            if end <= start:
                return None
            day = start_day
            while True:
                periods.append((day, start, end))
                if day == end_day:
                    break
                day = (day + 1) % 7
        return cls(tuple(periods), zone) if periods else None

    def is_open(self, when: datetime) -> bool:
        """``when`` must be timezone-aware."""
        local = when.astimezone(self.zone)
        minute = local.hour * 60 + local.minute
        return any(day == local.weekday() and start <= minute < end for day, start, end in self.periods)


def open_now(text: str, timezone: str, when: datetime) -> bool:
    """True when ``when`` is within CLINIC_HOURS, or when CLINIC_HOURS cannot be read as hours."""
    hours = ClinicHours.parse(text, timezone)
    return True if hours is None else hours.is_open(when)
