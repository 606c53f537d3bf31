"""Labelled safety sets (JSON Lines): what the safety model trains on (`data/safety/`) and what
`make bench-safety` scores (`bench/safety_sets/`, never trained on).

A record is a single message `{"id", "text", "expected": "none"|"urgent"|"emergency", "category", "style"}`
or a conversation `{"id", "turns": [...], "expected_per_turn": [...], "category"}`, where each level is
the one the conversation should have reached after that turn. A set is read whole and checked first, so
a malformed line is an error naming the file and line, not a crash halfway through a run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Literal, Mapping, Tuple

from bot.escalation_levels import LEVELS, EscalationLevel, rank

CaseKind = Literal["message", "conversation"]


class SetError(ValueError):
    """A set file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Case:
    """One record: a single message is a conversation of one turn."""

    id: str
    kind: CaseKind
    turns: Tuple[str, ...]
    expected: Tuple[EscalationLevel, ...]  # the level the conversation should have reached after each turn
    category: str = ""
    style: str = ""


def _level(value: Any, where: str) -> EscalationLevel:
    if value not in LEVELS:
        raise SetError(f"{where}: level {value!r} is not one of {', '.join(LEVELS)}")
    return value


def parse_case(record: Mapping[str, Any], where: str) -> Case:
    """One JSONL record as a Case; `where` ("file:line") prefixes every error."""
    if not isinstance(record, Mapping):
        raise SetError(f"{where}: a record must be a JSON object")
    case_id = record.get("id")
    if not isinstance(case_id, str) or not case_id:
        raise SetError(f"{where}: 'id' must be a non-empty string")
    where = f"{where} ({case_id})"
    category = str(record.get("category") or "")
    style = str(record.get("style") or "")
    if "turns" in record:
        turns, expected = record.get("turns"), record.get("expected_per_turn")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
            raise SetError(f"{where}: 'turns' must be a non-empty list of strings")
        if not isinstance(expected, list) or len(expected) != len(turns):
            raise SetError(f"{where}: 'expected_per_turn' must be a list with one level per turn ({len(turns)})")
        levels = tuple(_level(v, f"{where} expected_per_turn") for v in expected)
        return Case(case_id, "conversation", tuple(turns), levels, category, style)
    text = record.get("text")
    if not isinstance(text, str):
        raise SetError(f"{where}: a record needs 'text' (a single message) or 'turns' (a conversation)")
    return Case(case_id, "message", (text,), (_level(record.get("expected"), f"{where} expected"),), category, style)


def load_set(path: Path) -> List[Case]:
    """Every record of a JSONL file; blank lines are skipped; ids must be unique within the file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise SetError(f"{path}: cannot read it: {error.strerror or error}") from None
    cases: List[Case] = []
    seen: Dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise SetError(f"{where}: not valid JSON: {error.msg}") from None
        case = parse_case(record, where)
        if case.id in seen:
            raise SetError(f"{where}: id {case.id!r} already used on line {seen[case.id]}")
        seen[case.id] = number
        cases.append(case)
    if not cases:
        raise SetError(f"{path}: no records")
    return cases


def find_sets(folder: Path) -> List[Path]:
    """Every *.jsonl file in the folder, sorted; a usage error when there is none."""
    paths = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if not paths:
        raise SetError(f"no *.jsonl set in {folder}: put the evaluation sets there or pass --set PATH")
    return paths


def labelled_turns(cases: List[Case]) -> List[Tuple[str, EscalationLevel]]:
    """Each text with the level it reports by itself: a single message's level; in a conversation, a turn
    that raises the level (labelled with it) or a turn of a conversation still at "none". A turn that keeps
    an earlier level ("thanks, I'll call them") says nothing by itself and is left out."""
    examples: List[Tuple[str, EscalationLevel]] = []
    for case in cases:
        before: EscalationLevel = "none"
        for text, expected in zip(case.turns, case.expected):
            if rank(expected) > rank(before) or expected == "none":
                examples.append((text, expected))
            before = expected
    return examples
