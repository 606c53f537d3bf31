"""How the deterministic detector, the conversation so far, the trained safety model and the ML intent
classifier combine into the intent a message gets (used by the NLU component
`rasa_plugins.red_flag_classifier`). Every emergency the detector recognises is ordered by the detector
alone; the models can only add escalations, and where the message rules the signs out only when both are
near-certain (rule 2c).

The rules, in order:
1. **Detector, with the conversation.** The level of this message's signs together with every sign
   reported earlier in the conversation (`level_of`, brief §4b/§4c: "I'm diabetic", then "it's red").
   When this message reports a sign and that level is urgent or emergency, the intent is
   `report_urgent` / `report_emergency`.
2. **Safety model.** A trained classifier of levels (`bot.safety_model`: a word model, and a multilingual
   one whose escalation and emergency scores each count from their own thresholds, lower ones for a message in a
   language nothing else here reads, `Findings.unread`, or that its glossary read only in part, `Findings.partly_read`,
   where a mild sign read does not raise the word model's bar) backs the detector up, unless
   the message rules signs out, tells every sign it names as past, someone else's or hypothetical
   (`Findings.framed_away`: "last spring I had lumps and pus", "my friend had an abscess"), names only §4a's
   usual findings (`Findings.usual_only`: "the bruise is turning yellow", "a small bump near my parting") or a normal
   reading ("my pulse is 88"), says in English only that the writer feels unwell, mildly and naming no sign
   (`Findings.vague_only`: "feeling a bit rough today"; the net goes out, pending clinician review),
   says nothing about symptoms or feeling unwell ("He's 15."; but in a language no reader here knows,
   `Findings.foreign`, both models read it, from their general thresholds), or reads as a question
   about symptoms in general;
   it never raises "feverish with a lump, but otherwise well" to an emergency (`Findings.otherwise_well`, §4b):
   - the detector says urgent and the model is confident of an emergency (`emergency_at`): emergency
     (emergency recall on blind development sets rose from 84%/81% to 88%/87%, false emergencies
     unchanged);
   - the detector found nothing and the model is confident of a report (`escalate_at`; when the detector
     found only signs that do not escalate alone, such as mild redness, `escalate_at_with_mild_signs`):
     urgent, or emergency when the model is confident of one.
   2b. **A question both safety models read as a report.** The detector read it as asking and found no sign
   ("should the lumps be gone by now?", "is it normal for a bump to feel hot and throb? day 3 after"); it has 8 words
   or more, tells no one else's or long-past story, rules nothing out and names no usual finding; the word model
   scores it from `own_question_escalate_at` and the multilingual model from `own_question_multilingual_at`: urgent,
   or emergency when both are confident of one.
   2c. **Both safety models near-certain.** The detector read the message as ruling signs out, asking, or telling a
   past or someone else's story, and found no escalating sign ("bro i can't even stand up without nearly passing out",
   read as a negation); the word model scores it from `overrule_at` and the multilingual model from
   `overrule_multilingual_at`: urgent, or emergency when both are confident of one. Not when it names only usual
   findings, says all is well (`Findings.all_clear`) or is a short question (`Findings.short_question`, rule 4).
3. **Intent classifier alone.** When the intent classifier says `report_*` but the detector found nothing:
   - the message explicitly rules signs out ("no heat, no pus"), tells them as past or someone else's, names
     only usual findings, reads as a question about symptoms in general, reports only signs that do not
     escalate by themselves ("I'm diabetic", "a bit red"), says nothing of symptoms at all ("I've had meso and a
     cold at the same time"), the classifier is unsure (below `min_confidence`) or the safety model doubts it (below
     `doubt_below`): no escalation, but the conditional safety net (`symptom_unclear`);
   - otherwise: at most `report_urgent` (same-day advice, which lists the emergency signs and the
     number to call).
4. **Named, not reported.** A keyword query or an "is it normal to have …" question that names a sign
   without reporting it (`bot.red_flags.queries`) keeps its answer and gets the conditional safety
   net with it, first when the sign is an emergency one; in a conversation that has already reported
   signs, the named signs count as reported. When the classifier finds no topic to answer, the net comes
   alone (`symptom_unclear`). A report of urgent signs only in search-style words ("pus after meso?",
   `Findings.keyword_shaped`) or in a short question ("drain abscess myself?", `Findings.short_question`) is read
   the same way when the safety model doubts it (below `keyword_doubt_below` / `question_doubt_below`) and the
   conversation has reported no sign; an emergency sign always escalates.
5. **Not understood.** Low confidence (`nlu_fallback`) on a message that talks about symptoms at all, or that no
   reader here could read (`Findings.foreign`): the conditional safety net, never only "I'm not sure I understood".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple

from bot.chat_text import for_matching
from bot.escalation_levels import EscalationLevel, highest, rank
from bot.facts import fact_id_for_intent
from bot.names import INTENT_REPORT_URGENT as REPORT_URGENT
from bot.names import INTENT_SYMPTOM_UNCLEAR as SYMPTOM_UNCLEAR
from bot.names import REASSURING_FACTS
from bot.red_flags import EMERGENCY_ALONE, URGENT_ALONE, Findings, detect, level_of
from bot.red_flags.anaphora import resolve_anaphor, resolve_one
from bot.red_flags.detector import remote_past_goes_on
from bot.red_flags.framing import HEARSAY, PRESENT, USUAL_FINDING
from bot.red_flags.patterns import BRUISE
from bot.red_flags.registry import RISK_FACTORS
from bot.red_flags.rewrites import VITAL_TOPICS
from bot.red_flags.wording import SESSION_WORDS
from bot.safety_model import NO_SCORES, SafetyScores
from bot.triage import INTENT_LEVELS

NLU_FALLBACK = "nlu_fallback"
INTENT_FOR_LEVEL = {level: intent for intent, level in INTENT_LEVELS.items()}


@dataclass(frozen=True)
class SafetyDecision:
    intent: Optional[str]  # the intent the message gets; None keeps the classifier's
    level: EscalationLevel  # the level this message asks for (the conversation's never goes down)
    signs: Tuple[str, ...]  # this message's signs
    conversation_signs: Tuple[str, ...]  # every sign reported so far, this message included
    source: str  # "detector", "conversation", "classifier", "safety_net" or "none"
    asked_signs: Tuple[str, ...] = ()  # named without being reported (rule 4), as decided: the net goes with the answer


@dataclass(frozen=True)
class ClassifierTrust:
    """How far the ML classifiers are trusted where the detector is silent (rules 2 and 3 of the module
    docstring). The defaults trust the safety model never (thresholds above 1) and the intent
    classifier as before it existed; config.yml sets the values chosen by measurement on blind
    development sets the model had not been trained on (docs/safety-model.md)."""

    classifier_only: str = "urgent"
    min_confidence: float = 0.0
    escalate_at: float = 2.0
    doubt_below: float = 0.0
    emergency_at: float = 2.0
    multilingual_emergency_at: float = 2.0
    multilingual_escalate_at: float = 2.0
    unread_escalate_at: float = 2.0  # the multilingual model's, on a message in a language nothing else reads
    unread_emergency_at: float = 2.0
    escalate_at_with_mild_signs: float = 2.0
    keyword_doubt_below: float = 0.0
    question_doubt_below: float = 0.0
    own_question_escalate_at: float = 2.0  # rule 2b: the word model's score on a question ...
    own_question_multilingual_at: float = 2.0  # ... and the multilingual model's, both needed
    overrule_at: float = 2.0  # rule 2c: the word model's score that overrules the detector's reading ...
    overrule_multilingual_at: float = 2.0  # ... with the multilingual model's, both needed


FOLLOW_UP_MAX_WORDS = 12
OWN_FOLLOW_UP_MAX_WORDS = 25  # "yes, it's me, both eyes since this morning, getting worse" may run longer

# A follow-up that says the previous question was about the writer: "mine is 132", "yes, both", "I have two".
_OWN_FOLLOW_UP = re.compile(
    r"^(?:(?:ok|okay|well|so|and|yes|yeah|yep|yup|right|oh|hmm|because|cause|just|er|um|asking|i am asking|i ask)\W+)*"
    rf"(?:yes|yeah|yep|yup|mine|my(?! (?:\w+ )?{SESSION_WORDS}\b)|both"
    r"|me too|i (?:(?:have|am|do)(?! (?:always|never|ever)\b)|got|did|just|checked|counted|measured|tried|took|tested)"
    r"|i (?:think|believe) i (?:can )?(?:see|have|feel|notice|got)"
    # "She has three of them right now", after the question she asked the writer to put (2026-12, final54)
    r"|(?:she|he|they) (?:has|have|has got|have got|got) (?:both|all|them|one|two|three|four|five|several|a few|some|loads)"
    r"(?: of them)? (?:right )?now"
    r"|i can (?:see|feel)(?! (?:why|how|what|that|your|where|the point)\b)"  # "... I think I can see one now"
    r"|(?:it|that|this) is (?:me|mine|what)|just (?:counted|checked|measured|tried|took|tested)|(?:it|they) (?:is|are|has|have"
    r"|do|did|came|started|keeps?|got))\b"
)
# A follow-up that only dates the session: "okay, I'm asking because I had my last session seven weeks ago."
_ONLY_WHEN = re.compile(
    r"^(?:[\w,]+ ){0,5}?(?:because|as|since) i (?:had|did|got) (?:(?:my|the|a) )?(?:\w+ )?"
    rf"(?:{SESSION_WORDS}|injections?)\b[^,;!?]*[.!?]?$"
)
_IT = re.compile(r"\bit\b", re.IGNORECASE)
_NOT_OWN = re.compile(r"\b(?:no|nope|not|never|nothing|none|neither)\b")
_FOR_SOMEONE = re.compile(r"\b(?:just asking|asking for|for a friend|just curious|just reading|haven t had|have not had)\b")
# nothing since the story before: "I've never had another reaction since."
_NOTHING_SINCE = re.compile(r"\b(?:never had (?:another|any|a)(?: \w+){0,3} since|nothing (?:else )?since)\b")
_PLAN = re.compile(
    r"\b(?:wants? to|going to|planning to|plan to|is booked|am booked|booked in|booking|considering|thinking about"
    r"|(?:am|is) having (?:it|them|this|mine|my first)|(?:next|this coming) (?:week|month|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday))\b"
)
# "I'm not allergic to anything myself", "I'm at 3 weeks and there's nothing so far": the writer has none of it
_DENIES = re.compile(
    r"^(?:(?:ok|okay|well|and|but|so)\W+)*(?:i (?:am|m|have|do|did|was|ve|had) (?:not|never|no)\b"
    r"|.*\b(?:there is|there s|i have|i ve got|i got|i see) (?:nothing|none|no \w+)(?: (?:so far|yet|at all))?(?= *(?:$|[.!?]))"
    r"|.*\bnothing (?:so far|yet)\b)"
)
_MINE_WAS = re.compile(r"^(?:(?:ok|okay|well|so|and)\W+)*mine (?:was|were|went|lasted|only lasted)\b")
# the writer says the story is theirs too: "me too", "same here", "mine is the same", "I have that now"
_SAME_FOR_ME = re.compile(
    r"\b(?:me too|same here|same for me|mine|i (?:have got|have|ve got|got|am getting|am having) (?:that|it|the same|this|one"
    r"|those|them|some)|(?:i|me) (?:as well|also|too)|(?:one|some|them|it|that|those) now)\b"
)
_MINE_INSIDE = re.compile(r"\bmine\b|\b(?:that is why|because) i am asking\b")
_BODY_PARTS = re.compile(
    r"\b(?:lips|lip|tongue|throat|eyes|eye|eyelids|face|forehead|scalp|lumps|lump|bumps|bump|neck|skin|spots|spot|head)\b"
)
_ASKS_WHAT = re.compile(r"\b(?:mean|means|meaning|define|definition|difference|what (?:is|s|are) (?:a|an|the)\b)")
# A reply that only acknowledges: "thanks, that's helpful", "ok", "got it, bye"
_ACKNOWLEDGES = re.compile(
    r"^(?:(?:ok|okay|k|kk|thanks|thank you|thank u|thx|ty|cheers|great|cool|nice|perfect|alright|all right|right|got it"
    r"|understood|noted|good to know|that (?:s|is) (?:very |really |so )?(?:helpful|useful|clear|great|good)|that helps"
    r"|helpful|brilliant|bye"
    r"|goodbye|ok bye|will do|sure|fine|good|makes sense|i see|so much|a lot|very much|again"
    # "thanks, I'll mention it at my next appointment" (2026-12, final50)
    r"|(?:i will|i ll|ill) wait and see|wait and see|i (?:can )?(?:see|understand|get) why(?: \w+){0,4}"
    r"|(?:i will|i ll|ill) (?:mention|ask about|bring up|raise|keep an eye on|watch) (?:it|that|this|them)"
    r"(?: (?:at|to|with) (?:my|the) (?:next )?(?:\w+ )?(?:appointment|session|visit|doctor|gp|clinic|dermatologist"
    r"|practitioner))?)\W*)+$"
)
_BACK = re.compile(
    r"\b(?:(?:it|they|that|this|the \w+) (?:is|are|s|re|has|have|came|come|coming) back|returned|recurred|another one"
    r"|new ones?)\b"
)
# a question for the signs of a category, which names none of them (2026-12, final60)
_SIGNS_OF = re.compile(
    r"\b(?:signs?|symptoms?|warning signs?) (?:of|for) (?:an? )?(?:infection|infections|sepsis|meningitis|abscess|abscesses)\b"
)
_CATEGORY_SIGNS = frozenset({"infection", "suspected_sepsis", "abscess"})
_CONTINUED_QUESTION = re.compile(r"^(?:and|or|what about|how about|also|like|you mean)\b(?!.*\b(?:i|me|my|mine)\b)")


def _with_topic(text: str, previous: str) -> str:
    """ "mine is 132" after a heart-rate question: "my pulse is 132"; "mine are swelling" after "if someone's lips
    swelled up?": "my lips are swelling"."""
    if any(c.isdigit() for c in text):
        for pattern, topic in VITAL_TOPICS:
            if pattern.search(previous) and not pattern.search(text):
                return re.sub(r"\bmine\b", f"my {topic}", text, count=1) if "mine" in text else f"my {topic} {text}"
    parts = _BODY_PARTS.findall(previous)
    return re.sub(r"\bmine\b", f"my {parts[-1]}", text, count=1) if parts and "mine" in text else text


def detect_in_context(text: str, previous_text: str = "") -> Findings:
    """`detect(text)`, plus what a short follow-up reports only together with the message before it:
    "what heart rate is dangerous?" then "mine is 132", or "is pus normal?" then "i have loads of it".
    Signs found in the pair but not in the previous message alone count as this message's. A follow-up
    that continues an information question ("What does pus mean?" then "And red streaks?") is one too."""
    findings = detect(text)
    if not previous_text:
        return findings
    if _story_goes_on(findings, text, previous_text):
        return replace(findings, signs=(), level="none", framed_away=True, story=True)
    plain, before = for_matching(text), for_matching(previous_text)
    if set(findings.signs) == {"pus"} and BRUISE.search(before) and _IT.search(text):
        as_bruise = detect(_IT.sub("the bruise", text, count=1))  # "a bruise from the session" then "it has turned yellow"
        if as_bruise.level == "none":
            return as_bruise
    words = len(plain.split())
    reply = plain.split(" ", 1)[-1] if plain.startswith(("yes", "yeah", "ok", "okay")) else plain
    if _FOR_SOMEONE.search(plain) or _NOTHING_SINCE.search(plain) or (findings.asked_signs and not findings.signs):
        return findings  # "just asking"; "never had another reaction since"; "what are the signs of sepsis?"
    if _ACKNOWLEDGES.match(plain):
        return findings  # "thanks, that's helpful"
    if _PLAN.search(plain) and not PRESENT.search(plain):
        return findings  # "I ask because the clinic wants to inject minoxidil": a plan, nothing happening yet
    someone_elses = bool(HEARSAY.search(plain)) and not PRESENT.search(plain)  # "my friend had that last year"
    own = (
        bool(_OWN_FOLLOW_UP.match(plain) or _MINE_INSIDE.search(plain))
        and not _NOT_OWN.match(reply)
        and not _DENIES.match(plain)
        and not someone_elses
    )
    resolved = _read_with_anaphor(findings, plain, before, words)
    if resolved is not None:
        return resolved  # "the bumps are normal" then "3 weeks on and they're exactly the same"
    if own and findings.level == "none" and (USUAL_FINDING.search(plain) or _ONLY_WHEN.match(plain)):
        return findings  # "what would an infected site look like?" then "mine are just tiny pink dots, day 1"
    if own and words <= OWN_FOLLOW_UP_MAX_WORDS:
        told = _with_topic(plain, before)
        # "mine was small and only there the first day": told in the past, it says what it was, not the question's sign
        pair = detect(told) if _MINE_WAS.match(plain) else detect(f"{previous_text.strip().rstrip('?.!')}? Mine is. {told}")
        # a question's signs were asked, not told: "are lumps weeks later normal?" then "she has three of them right now";
        # but only signs that escalate: "is it normal that my scalp stings?" then "it's been 30 minutes and it's easing"
        asked = previous_text.rstrip().endswith("?") and level_of(tuple(pair.signs)) != "none"
        earlier = set() if asked else set(detect(previous_text).signs)
        new = (set(pair.signs) | set(detect(told).signs)) - earlier - set(findings.signs)
        if _SIGNS_OF.search(before):
            new -= _CATEGORY_SIGNS  # "what are the signs of an infection?" then "mine's a bit itchy": itching, told
    elif findings.is_question and not findings.signs and plain.endswith("?") and not _CONTINUED_QUESTION.match(plain):
        return findings  # "would it be safe to try again?" after a story of a healed abscess: asks, reports nothing
    elif words <= FOLLOW_UP_MAX_WORDS and not someone_elses:
        previous = detect(previous_text)
        if (
            (findings.signs or findings.is_question)
            and plain.endswith("?")
            and _CONTINUED_QUESTION.match(plain)
            and before.endswith("?")
        ):
            # "And red streaks?"; "When should I call 999?" then "What about chest pain?" (2026-12, final61)
            named = tuple(findings.signs or findings.asked_signs)
            return replace(findings, signs=(), level="none", is_question=True, asked_signs=named)
        if _NOT_OWN.match(plain) or _DENIES.match(plain):
            return findings  # "not having any of that", "I'm not allergic myself": no report of the previous message's signs
        if findings.is_question and not findings.signs and _ASKS_WHAT.search(plain):
            return findings  # "what's a non-blanching rash even mean": a definition, whatever came before
        if previous.ruled_out and not previous.signs and not _BACK.search(plain):
            return findings  # a healed or past story goes on ("I started again this spring"); "it's back" revives it
        pair = detect(f"{previous_text.strip().rstrip('?.!')} - {text.strip()}")  # one sentence, two clauses
        new = set(pair.signs) - set(previous.signs) - set(findings.signs)
    else:
        return findings
    if not new:
        if own and not findings.signs and USUAL_FINDING.search(before):  # "are bruises normal?" then "mine's been there"
            return replace(findings, usual_only=True)
        return findings
    signs = tuple(sorted(set(findings.signs) | new))
    return replace(findings, signs=signs, level=level_of(signs), is_question=False, symptom_related=True)


_NAMED_BY_NOUN = frozenset({"lump", "abscess"})  # what the resolved word alone says: "it was drained" is no news


def _read_with_anaphor(findings: Findings, plain: str, before: str, words: int) -> Optional[Findings]:
    """A follow-up that reads nothing alone, whose "they" or "it" is the lump or bump the message before named
    (`anaphora.resolve_anaphor`): the signs that reading finds beyond the previous message's own, or None."""
    if findings.level != "none" or findings.signs or words > OWN_FOLLOW_UP_MAX_WORDS or _DENIES.match(plain):
        return None
    one = resolve_one(plain, before)  # "I have one now": a new one, so the noun is news
    text = one or resolve_anaphor(plain, before)
    if text is None:
        return None
    reading = detect(text)
    new = set(reading.signs) - set(detect(before).signs) - (set() if one else _NAMED_BY_NOUN)
    if reading.level == "none" or not new or reading.is_question:
        return None
    signs = tuple(sorted(set(reading.signs)))
    return replace(findings, signs=signs, level=level_of(signs), is_question=False, symptom_related=True)


def _story_goes_on(findings: Findings, text: str, previous_text: str) -> bool:
    """ "I had lumps after meso last spring." then "It was mycobacteria and I had months of treatment.": a message
    whose signs, read as the next sentence of a long-past or someone else's story, are more of that story; one with
    no sign, in the past tense with nothing now ("It was drained and I took antibiotics for six weeks."), too."""
    if findings.is_question:
        return False
    previous = detect(previous_text)
    if not previous.story or previous.signs:
        return False
    if not findings.signs:
        plain = for_matching(text)
        if _SAME_FOR_ME.search(plain) or _BACK.search(plain):
            return False  # "me too", "mine is the same now", "it's back"
        if findings.ruled_out or not findings.symptom_related:
            return True  # "She's long since well again."; "Now my dad is doing mesotherapy." (2026-12, final48-49)
        return remote_past_goes_on(plain)
    joined = detect(f"{previous_text.strip().rstrip('.!')}. {text.strip()}")
    return not set(joined.signs) & set(findings.signs) and rank(joined.level) < rank(findings.level)


def _model_reads_as_question(findings: Findings, scores: SafetyScores, trust: ClassifierTrust) -> bool:
    """A search-style query, or a message that asks, which the safety model doubts reports anything (the word
    model's own score: the doubt thresholds were chosen on it)."""
    if not scores.scored:
        return False
    doubt = max(
        trust.keyword_doubt_below if findings.keyword_shaped else 0.0,
        trust.question_doubt_below if findings.short_question else 0.0,
    )
    return scores.escalate < doubt


def _confident_of_report(findings: Findings, scores: SafetyScores, trust: ClassifierTrust) -> bool:
    """The word model's escalation score, or the multilingual model's from its own, higher threshold (it scored mild
    English reports such as "it itches a bit where the injections were" above 0.8). In a language nothing else
    here reads, the multilingual model is the only reader, and it may count from a lower threshold; so in one that its
    glossary read only in part, where a mild sign read does not raise the word model's bar either."""
    word_at = trust.escalate_at_with_mild_signs if findings.signs and not findings.partly_read else trust.escalate_at
    multilingual_at = max(word_at, trust.multilingual_escalate_at)
    if findings.unread or findings.partly_read:
        multilingual_at = min(multilingual_at, trust.unread_escalate_at)
    return scores.escalate >= word_at or scores.multilingual_escalate >= multilingual_at


def _confident_of_emergency(findings: Findings, scores: SafetyScores, trust: ClassifierTrust) -> bool:
    """The word model's emergency score, or the multilingual model's from its own, higher threshold (its
    emergency scores ran higher on urgent reports of blind sets); lower in a language nothing else reads."""
    unread_at = trust.unread_emergency_at if findings.unread or findings.partly_read else trust.multilingual_emergency_at
    multilingual_at = min(trust.multilingual_emergency_at, unread_at)
    return scores.emergency >= trust.emergency_at or scores.multilingual_emergency >= multilingual_at


def _both_confident_of_emergency(scores: SafetyScores, trust: ClassifierTrust) -> bool:
    """Each model from its general emergency threshold (rules 2b and 2c)."""
    return scores.emergency >= trust.emergency_at and scores.multilingual_emergency >= trust.multilingual_emergency_at


OWN_QUESTION_MIN_WORDS = 8  # shorter questions are search-style ("bumps weeks after meso"): rule 4 reads them


def _question_both_models_read_as_report(findings: Findings, scores: SafetyScores, trust: ClassifierTrust) -> bool:
    """Rule 2b: "is it normal for a bump to feel hot and throb? day 3 after", "should the lumps be gone by now?":
    a question the detector read as asking, which both safety models, each from its own threshold, read as a report."""
    return (
        findings.is_question
        and findings.symptom_related
        and not (findings.ruled_out or findings.usual_only or findings.story or findings.otherwise_well)
        and findings.words >= OWN_QUESTION_MIN_WORDS
        and scores.escalate >= trust.own_question_escalate_at
        and scores.multilingual_escalate >= trust.own_question_multilingual_at
    )


def _both_models_overrule_reading(findings: Findings, scores: SafetyScores, trust: ClassifierTrust) -> bool:
    """Rule 2c: both safety models are near-certain of a report that the detector read as ruled out, asked, past or
    someone else's ("bro i can't even stand up without nearly passing out"); a usual finding named, or all said to be
    well ("na bukhar na pus, sab theek"), stays so, and a short question ("is a warm red lump one of them?") is left to
    rule 4."""
    return (
        not (findings.usual_only or findings.all_clear or findings.before_treatment)
        and not findings.short_question
        and scores.escalate >= trust.overrule_at
        and scores.multilingual_escalate >= trust.overrule_multilingual_at
    )


def decide(
    findings: Findings,
    classifier_intent: Optional[str],
    earlier_signs: Iterable[str] = (),
    classifier_confidence: float = 1.0,
    trust: ClassifierTrust = ClassifierTrust(),
    scores: SafetyScores = NO_SCORES,
) -> SafetyDecision:
    """See the module docstring."""
    earlier_signs = tuple(earlier_signs)
    if findings.asked_signs and earlier_signs:
        # a question naming a sign, in a conversation that has reported signs, is about them
        findings = replace(findings, signs=findings.asked_signs, level=level_of(findings.asked_signs), is_question=False)
    elif findings.level == "urgent" and not earlier_signs and _model_reads_as_question(findings, scores, trust):
        # "pus after meso?", "drain abscess myself?": urgent signs only, asked, and the safety model reads a question
        findings = replace(findings, signs=(), level="none", is_question=True, asked_signs=findings.signs)
    signs = tuple(findings.signs)
    everything = tuple(sorted(set(earlier_signs) | set(signs)))
    combined: EscalationLevel = level_of(everything) if signs else "none"
    detector: EscalationLevel = highest(findings.level, combined)
    classifier: EscalationLevel = INTENT_LEVELS.get(classifier_intent or "", "none")

    def decision(intent: Optional[str], level: EscalationLevel, source: str) -> SafetyDecision:
        return SafetyDecision(intent, level, signs, everything, source, () if signs else tuple(findings.asked_signs))

    # a usual finding in someone at risk (a weak immune system, diabetes, steroids) told earlier is left to the models:
    # "I'm on tacrolimus" then "one of the spots has gone a bit warm and tender since yesterday" (final60, §4b)
    usual = findings.usual_only and not RISK_FACTORS.intersection(earlier_signs)
    general = findings.ruled_out or findings.is_question or findings.framed_away or usual or findings.vague_only
    # the model reads this message only: one that says nothing about symptoms or feeling unwell ("he's 15",
    # "we're still in the car") cannot raise a level on its own
    overruled = general and detector == "none" and _both_models_overrule_reading(findings, scores, trust)
    model_may_act = (not general or overruled) and (findings.symptom_related or findings.foreign)
    # in a language nothing here read (`Findings.foreign`), both models read the message: the word model learnt
    # reports in Yoruba or Basque from its training data (round 17); an overruled reading is an emergency only when
    # both models are confident of one (as in rule 2b)
    emergency_read = (
        _both_confident_of_emergency(scores, trust) if overruled else _confident_of_emergency(findings, scores, trust)
    )
    model_emergency = model_may_act and emergency_read and not findings.otherwise_well
    if rank(detector) > 0:
        if detector == "urgent" and model_emergency:
            return decision(INTENT_FOR_LEVEL["emergency"], "emergency", "safety_model")
        source = "detector" if findings.level == detector else "conversation"
        return decision(INTENT_FOR_LEVEL[detector], detector, source)
    if model_may_act and _confident_of_report(findings, scores, trust):
        level: EscalationLevel = "emergency" if model_emergency else "urgent"
        return decision(INTENT_FOR_LEVEL[level], level, "safety_model")
    if _question_both_models_read_as_report(findings, scores, trust):
        asked_level: EscalationLevel = "emergency" if _both_confident_of_emergency(scores, trust) else "urgent"
        return decision(INTENT_FOR_LEVEL[asked_level], asked_level, "safety_model")
    if rank(classifier) > 0:
        trusted = trust.classifier_only == "urgent" and classifier_confidence >= trust.min_confidence
        # nor on a message that says nothing of symptoms: "I've had meso and a cold at the same time since Monday"
        # (final66; the branch decided none of 6,000 single messages of ten read sets)
        unrelated = not (findings.symptom_related or findings.foreign)
        if general or signs or not trusted or unrelated or scores.escalate < trust.doubt_below:
            return decision(SYMPTOM_UNCLEAR, detector, "safety_net")
        return decision(REPORT_URGENT, "urgent", "classifier")
    if classifier_intent in (NLU_FALLBACK, None, "") and (findings.symptom_related or findings.foreign):
        return decision(SYMPTOM_UNCLEAR, "none", "safety_net")
    if findings.asked_signs and fact_id_for_intent(classifier_intent or "") is None:
        return decision(SYMPTOM_UNCLEAR, "none", "safety_net")  # rule 4 with no answer to carry the net
    return decision(None, "none", "none")


def red_flags_parse_data(
    findings: Findings, decision: SafetyDecision, scores: SafetyScores = NO_SCORES, classified: Optional[Dict[str, Any]] = None
) -> Dict[str, Any]:
    """What the NLU pipeline stores as `red_flags` in a message's parse data (the actions read it). It keeps
    what the classifiers said (`make bench-safety` and `make report` show why a message escalated)."""
    return {
        "safety_model": {
            "escalate": round(scores.escalate, 4),
            "emergency": round(scores.emergency, 4),
            "multilingual_escalate": round(scores.multilingual_escalate, 4),
            "multilingual_emergency": round(scores.multilingual_emergency, 4),
        },
        "intent_classifier": {"name": (classified or {}).get("name"), "confidence": (classified or {}).get("confidence")},
        "level": decision.level,
        "signs": list(decision.signs),
        "conversation_signs": list(decision.conversation_signs),
        "source": decision.source,
        "ruled_out": findings.ruled_out,
        "symptom_related": findings.symptom_related,
        "unread": findings.unread,  # in a language nothing but the multilingual model reads
        "foreign": findings.foreign,  # not confidently English and nothing read: the multilingual model read it
        "partly_read": findings.partly_read,  # its glossary left half its words unread: read as an unread language
        "asked_signs": list(decision.asked_signs),
    }


def asked_safety_net(red_flags: Mapping[str, Any]) -> Optional[str]:
    """Where an answer's conditional safety net goes when the message named signs without reporting them
    (rule 4): "first" for an emergency sign (the instruction is never delayed by an answer), "after"
    otherwise, None when it named none. `red_flags` is the parse data's `red_flags`."""
    asked = [s for s in red_flags.get("asked_signs") or [] if isinstance(s, str)]
    if not asked:
        return None
    return "first" if level_of(asked) == "emergency" else "after"


def reassurance_withheld(fact_id: str, conversation_level: str, triage_active: bool, message_signs: Iterable[str]) -> bool:
    """A "this is usually normal" fact is never the answer to a symptom report, during the triage
    questions, or once the conversation has escalated (issue: a worsening report given as a triage
    answer got "what is normal after a session")."""
    if fact_id not in REASSURING_FACTS:
        return False
    # A sign that escalates alone or together with others (not mild redness/swelling, a cue such as
    # a mild headache, or a risk factor on its own, which section 4a calls normal or which need company).
    reported = set(message_signs) & (EMERGENCY_ALONE | URGENT_ALONE)
    return triage_active or rank(conversation_level) > 0 or bool(reported)
