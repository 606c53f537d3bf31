"""The detector alone (`bot.red_flags`, no Rasa): what it says about each turn of each case.

In a conversation the level after a turn is the highest of the level already reached, the turn's own
level, and the level of every sign seen so far together ("a lump" on turn 1 and "now a fever" on
turn 2 make an emergency), so it never goes down.
"""

from __future__ import annotations

import statistics
import time
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from bench.safety_data import TurnResult, turn_result
from bot.escalation_levels import EscalationLevel, highest
from bot.safety_sets import Case

LevelOf = Callable[[Iterable[str]], EscalationLevel]
Detect = Callable[[str, str], Tuple[EscalationLevel, Tuple[str, ...]]]  # (text, previous user text)


def detector_level_of() -> LevelOf:
    from bot.red_flags import level_of

    return lambda signs: level_of(set(signs))


def detector_detect() -> Detect:
    """The detector as the bot runs it: each message read with the user's previous one (short follow-ups)."""
    from bot.safety_decision import detect_in_context

    def run(text: str, previous: str = "") -> Tuple[EscalationLevel, Tuple[str, ...]]:
        findings = detect_in_context(text, previous)
        return findings.level, tuple(findings.signs)

    return run


def evaluate_case(case: Case, detect: Detect, level_of: LevelOf) -> List[TurnResult]:
    """One TurnResult per turn of the case."""
    results: List[TurnResult] = []
    level: EscalationLevel = "none"
    seen: List[str] = []
    expected_before: EscalationLevel = "none"
    for i, (text, expected) in enumerate(zip(case.turns, case.expected)):
        own_level, signs = detect(text, case.turns[i - 1] if i else "")
        seen += [s for s in signs if s not in seen]
        before = level
        level = highest(level, own_level, level_of(seen))
        results.append(turn_result(case, i, expected_before, level, before, signs, seen))
        expected_before = expected
    return results


def evaluate(cases: Sequence[Case], detect: Optional[Detect] = None, level_of: Optional[LevelOf] = None) -> List[TurnResult]:
    detect = detect or detector_detect()
    level_of = level_of or detector_level_of()
    return [turn for case in cases for turn in evaluate_case(case, detect, level_of)]


def speed(cases: Sequence[Case]) -> Dict[str, float]:
    """The detector's own cost, uncached (its result cache would time dictionary lookups): microseconds per
    message over every turn of the sets, and milliseconds for one 100 KB message (the guard's length)."""
    from bot.chat_text import for_matching
    from bot.red_flags.detector import _read_message

    texts = [text for case in cases for text in case.turns]
    read = _read_message.__wrapped__
    read("warm up")  # compiles the patterns and the glossaries once
    timings = []
    for text in texts:
        for_matching.cache_clear()
        start = time.perf_counter()
        read(text)
        timings.append((time.perf_counter() - start) * 1e6)
    start = time.perf_counter()
    read("I have a lump and fever. " * 4000)
    big_ms = (time.perf_counter() - start) * 1e3
    timings.sort()
    return {
        "messages": len(texts),
        "us_per_message_p50": round(statistics.median(timings), 1) if timings else 0.0,
        "us_per_message_p95": round(timings[int(0.95 * (len(timings) - 1))], 1) if timings else 0.0,
        "ms_100kb_message": round(big_ms, 1),
    }
