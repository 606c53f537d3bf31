"""What an evaluator says about each turn of a safety set (the sets themselves: `bot.safety_sets`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence, Tuple

from bot.escalation_levels import EscalationLevel
from bot.safety_sets import Case, CaseKind


@dataclass(frozen=True)
class TurnResult:
    """What one evaluator made of one turn. `level_before` is the level it had reached before the turn."""

    case_id: str
    kind: CaseKind
    turn: int  # 0-based
    text: str
    expected: EscalationLevel
    expected_before: EscalationLevel
    got: EscalationLevel
    level_before: EscalationLevel
    signs: Tuple[str, ...]  # signs found in this turn's text
    signs_so_far: Tuple[str, ...] = ()  # every sign found in the conversation up to this turn
    actions: Tuple[str, ...] = ()  # whole bot only: actions run in this turn, in order (action_listen left out)
    fact_ids: Tuple[str, ...] = ()  # whole bot only: fact_id values set in this turn by a fact action
    category: str = ""
    error: str = ""  # whole bot only: a request that failed
    source: str = ""  # whole bot only: what raised the message's level (`SafetyDecision.source`: detector, safety_model...)

    @property
    def label(self) -> str:
        return self.case_id if self.kind == "message" else f"{self.case_id}#{self.turn + 1}"


def turn_result(
    case: Case,
    turn: int,
    expected_before: EscalationLevel,
    got: EscalationLevel,
    level_before: EscalationLevel,
    signs: Tuple[str, ...],
    seen: Sequence[str],
    **whole_bot: Any,
) -> TurnResult:
    """The result of one turn of a case; `whole_bot`: actions, fact_ids and error, for the bot evaluator."""
    return TurnResult(
        case_id=case.id,
        kind=case.kind,
        turn=turn,
        text=case.turns[turn],
        expected=case.expected[turn],
        expected_before=expected_before,
        got=got,
        level_before=level_before,
        signs=signs,
        signs_so_far=tuple(sorted(seen)),
        category=case.category,
        **whole_bot,
    )
