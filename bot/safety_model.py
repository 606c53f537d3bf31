"""The safety model: a trained text classifier that gives each message a probability of reporting an
urgent or an emergency sign. It is a recall backstop beside the red-flag detector (`bot.red_flags`), not a
replacement: how the two combine is `bot.safety_decision.decide`.

Why a second model beside the intent classifier: the intent classifier learns topics from our own NLU
examples; this one learns levels from the blind-written development sets in `data/safety/` (about 2,900
messages written by helpers who had read only the brief) plus the NLU examples of the report intents.
TF-IDF word and character n-grams with a logistic regression were chosen by measurement over sentence
embeddings (all-MiniLM-L6-v2): on leave-one-set-out cross-validation the embeddings caught fewer
reports at twice the false-alarm rate (see docs/safety-model.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, List, Mapping, Sequence, Tuple

from bot.escalation_levels import EscalationLevel
from bot.safety_sets import labelled_turns, load_set


@dataclass(frozen=True)
class SafetyScores:
    """The model's probabilities for one message: that it reports any escalating sign, and an emergency one.
    `escalate` and `emergency` are the word model's; the multilingual model's, when it read the message, are
    beside them (each has its own threshold in `bot.safety_decision`)."""

    escalate: float = 0.0
    emergency: float = 0.0
    scored: bool = True  # False when no model read the message: its zeros say nothing
    multilingual_escalate: float = 0.0
    multilingual_emergency: float = 0.0


NO_SCORES = SafetyScores(scored=False)


def scores_from_probabilities(classes: Sequence[str], row: Sequence[float]) -> SafetyScores:
    by_class = dict(zip(classes, (float(p) for p in row)))
    emergency = by_class.get("emergency", 0.0)
    return SafetyScores(escalate=by_class.get("urgent", 0.0) + emergency, emergency=emergency)


def with_multilingual(word: SafetyScores, multilingual: SafetyScores) -> SafetyScores:
    """The word model's scores with the multilingual model's beside them."""
    return replace(word, multilingual_escalate=multilingual.escalate, multilingual_emergency=multilingual.emergency)


def files_fingerprint(paths: Iterable[Path]) -> str:
    """A hash of the sets' names and contents, so that Rasa retrains the model when a set changes."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def training_examples(
    set_paths: Iterable[Path], intent_examples: Iterable[Tuple[str, str]], intent_levels: Mapping[str, EscalationLevel]
) -> Tuple[List[str], List[EscalationLevel]]:
    """Texts and levels: every turn of the sets that reports a level by itself (`labelled_turns`), and every
    NLU example, at its intent's level (`report_urgent`: urgent; a topic question: none)."""
    texts: List[str] = []
    levels: List[EscalationLevel] = []
    for path in set_paths:
        for text, level in labelled_turns(load_set(path)):
            texts.append(text)
            levels.append(level)
    for text, intent in intent_examples:
        texts.append(text)
        levels.append(intent_levels.get(intent, "none"))
    return texts, levels
