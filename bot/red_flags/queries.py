"""Questions that name a sign without reporting it, and what the detector makes of them (decided
2026-12, issue 11; marked for clinician review in docs/safety-model.md):

- **Keyword queries** ("abscess meaning", "meningitis after scalp injection", "lumps after meso"):
  a few words naming a condition, with nothing that says it is happening to anyone. Not a report; the
  answer comes with the conditional safety net (`Findings.asked_signs`). A described sign ("pus after
  meso", "lump hot growing"), a number, a pronoun or a time marker keeps the message a report.
- **"Is it normal to have <sign> after meso?"** with no "my" or "I": asked by someone who most likely
  has it. An emergency sign (brief §4c) is taken as reported, since an emergency instruction is never
  delayed by a question; any other sign is answered with the conditional safety net, unless the question
  gives a time or place of the writer's own ("a week later", "8 days after the session", "right where they
  injected"): then it is a report. "Should <sign> still be ...?" and "is it normal for <sign> to ...?" alike.

Vocabulary only on `bot.chat_text.for_matching` text; `detector.py` applies it.
"""

from __future__ import annotations

import re
from typing import Iterable, Match, Optional, Tuple

from bot.red_flags.framing import FIRST_PERSON, HEARSAY, PRESENT
from bot.red_flags.patterns import gapped as _r
from bot.red_flags.registry import EMERGENCY_ALONE

KEYWORD_QUERY_MAX_WORDS = 7  # and at least 2: a bare "lump" or "abscess" may answer a question of ours
# Signs whose words also name a topic ("abscess", "infection", "meningitis", "lumps").
TOPIC_SIGNS = frozenset({"abscess", "infection", "suspected_sepsis", "lump"})
_TOPIC_NOUN = re.compile(
    r"^(?:abscess(?:es)?|boils?|carbuncles?|furuncles?|infections?|cellulitis|erysipelas|mycobacteri\w*|staph"
    r"|mrsa|impetigo|folliculitis|seps(?:is|es)|septic(?:a|)emia|meningitis|blood poisoning|necroti[sz]ing(?: \w+)?|nodes?"
    r"|flesh eating|toxic shock|lumps?|bumps?|nodules?|nodular|cysts?|knots?|granulomas?)$"
)
_EQUALS_ASKED = re.compile(r"= ?\?")
_NORMAL_ASKED = re.compile(r"\b(?:normal|common|usual|expected)\b ?\?")
# Words that ask about a topic: "abscess meaning", "red streaks vs cellulitis", "sepsis signs".
_QUERY_WORD = re.compile(
    r"\b(?:meaning|means|mean|definition|define|defined|vs|versus|difference|symptoms?|signs?|causes?|treatment|treated"
    r"|treat|risks?|pictures?|photos?|images?|pics?|wiki|wikipedia|explained|info|information|types?|statistics|stats"
    r"|prevention|prevent|rate|chance|chances|how common|likelihood|examples?|leaflet|faq|glass test|tumbler test|common(?= ?\?)"
    # "scalp infection brain spread", "abscess = just a big pimple or nah?": where it goes, what it is like
    r"|brain|skull|bloodstream|same (?:thing )?as|just an? (?:\w+ )?(?:pimple|spot|zit)|or nah"
    r"|when (?:emergency|to worry|to see (?:a )?doctor|to go to (?:hospital|a ?and ?e|er)))\b"
)
# Anything that puts the message in someone's life now: a person, a time, a number, a plea.
_REPORT_WORD = re.compile(
    r"\b(?:i|im|me|my|mine|myself|we|our|us|he|she|his|her|him|they|their|them|it|its|this|these|that|those|there"
    r"|have|has|had|got|get|getting|gets|still|now|today|tonight|yesterday|since|ago|again|morning|night|help|please"
    r"|keeps?|wont|will|urgent|emergency|sos|wife|husband|son|daughter|mum|mom|dad|partner|friend|baby|kid"
    r"|is|are|was|were|looks?|looking|seems?|feels?|came|come|coming|appeared|formed)\b"
    r"|\b(?:on|in|at) (?:the )?(?:scalp|head|forehead|crown|hairline|temple|skin|neck|face)\b"  # "abscess on scalp"
    r"|\bunder (?:the )?(?:scalp|crown|hairline|forehead)\b"  # "lumps under skin" names a kind of lump
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|few|couple|several|new)\b|\d"
)
# How a sign is, which a bare topic does not say: "lump growing", "abscess huge".
_DESCRIBED = re.compile(
    r"\b(?:worse|growing|grows|bigger|spreading|hot|warm|hurts?|painful|bad|severe|huge|big|swollen|oozing|leaking"
    r"|bleeding|throbbing|red|pus|fever)\b"
)
# A question about a condition in general: "can a scalp infection reach the brain?", "abscess vs boil, same thing?"
TOPIC_QUESTION_MAX_WORDS = 30
QUESTION_START = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|so|and|but|also|quick question|question|doctor|doc|please|bruh|bro|lol|um|erm|hmm)\W+)*"
    r"(?:what(?: even)?|whats|how|hows|why|whys|which|when|can|could|does|do|is|are|will|would|should|may|might)\b"
)
_QUESTION_CUE = re.compile(r"\b(?:how (?:long|soon|common|likely|often)|normal|vs|versus|should (?:you|one)|can (?:you|one))\b")
# Someone's own case: a person, a time, a number, "this lump", "there is", "it came up".
_OWN_CASE = re.compile(
    r"\b(?:i|im|ive|id|me|my|mine|myself|we|our|us|he|she|his|her|him|hers"
    r"|wife|husband|son|daughter|mum|mom|mother|dad|father|partner|friend|boyfriend|girlfriend|baby|kid|sister|brother"
    r"|this|these|still|now|today|tonight|yesterday|since|ago|morning|night|currently|help|urgent|emergency|sos"
    r"|there (?:is|are|s)|theres|got|getting|keeps?|appeared|came|coming|formed|popped|showed|started|developed"
    r"|has|lasted|lasting|show up|shows up|turned up|healed|happening|happened|looks?|looking|feels?|seems?"
    r"|did nothing|not working|did not work|no use|(?:week|day) (?:one|two|three|four|five|six|seven|eight|\d+)|same size)\b"
    r"|\d"
)


def topic_question(text: str, named: Iterable[Tuple[str, str]]) -> bool:
    """A question about a condition in general, not about anyone's case: every reported sign is a topic
    noun ("abscess", "infection", "lumps"), the message asks, and nothing in it says whose or when."""
    if not (text.rstrip().endswith("?") or QUESTION_START.match(text) or _QUESTION_CUE.search(text)):
        return False
    if len(text.split()) > TOPIC_QUESTION_MAX_WORDS or _OWN_CASE.search(text) or _DESCRIBED.search(text):
        return False
    named = list(named)  # (sign, the words that named it)
    if not {sign for sign, _ in named} <= TOPIC_SIGNS | {"late_or_persistent_lump"}:  # "lumps weeks after meso normal?"
        return False
    return all(_TOPIC_NOUN.match(words) for sign, words in named if sign in TOPIC_SIGNS)


# A stretch of time since something: "a week", "8 days", "half an hour" (not "a few weeks": asked in general)
_SOME_TIME = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|half an?) (?:hours?|hrs?|days?|weeks?|wks?|months?)"
# "is it normal", asked at the start of a message (ASKED_IF_NORMAL) or inside one (_ASKED_IF_NORMAL_INSIDE)
_IS_IT = r"(?:is it|is that|it is|is this)"
_NORMAL = r"(?:normal|ok|okay|common|usual|expected|typical|fine)"
_GREETING = r"^(?:(?:hi|hello|hey|ok|okay|so|um|quick question|question|doctor|doc|please)\W+)*"
_AFTER_A_WHILE = r"after (?:a|an|one|two|three|\d+) (?:days?|weeks?|months?)(?= ?[?.!]|$)"  # "... bigger after a week?"
FIRST_PERSON_WORD = re.compile(rf"\b{FIRST_PERSON}\b")
# a temperature read off a thermometer, which only the writer's own case has: "a temperature of 38.3"
_READING_TAKEN = r"(?:temperature|temp|fever) (?:of |at )?(?:3[7-9]|10[0-4])[.,]\d\b"
# "is it normal to get ... after meso": the opener to read as "i get ..."
ASKED_IF_NORMAL = _r(
    _GREETING + rf"(?:{_IS_IT}|are) {_NORMAL} "
    r"(?:(?P<neg>not )?to|for (?:you|people|someone|a person|patients|anyone) to"
    r"|for (?P<who>my|his|her) (?P<what>(?:\w+ ){1,2}?)to"
    # "is it normal for spots to be oozing a week later?", "... for a rash not to fade ...": the thing, read as "i have ..."
    r"|for (?P<thing>(?:(?:a|an|the|some|these|those|little|tiny|small) )?(?:\w+ ){0,3}?\w+"
    # "... for the skin at the injection site to ...": the thing is placed after a session, nothing more need say so
    r"(?P<site> (?:at|on|around|near) (?:the |one of the |one |my |one of my )?(?:injection|needle|jab) (?:sites?|spots?|points?"
    r"|marks?)"
    r"|(?<=needle spot)|(?<=injection spot)|(?<=injection site)|(?<=needle mark)|(?<=jab site))?)"  # "a needle spot"
    r" (?P<not>not )?to) "
    r"(?(site)|(?=(?:[^\s?!]+ ){0,24}?"
    r"(?:(?:after|from) (?:a |an |the |your |scalp |hair |having |getting |minoxidil |vitamin |infected )*"
    r"(?:meso|mesotherapy|session|sessions|injections?|treatment|treatments|jabs?|procedure)(?: spots?| sites?)?\b"
    # "is it normal to want to die while on finasteride?": the writer's own state on the drug, as after a session
    r"|(?:while |when )?(?:on|taking|using|since starting|after starting|after taking|after) (?:oral )?"
    r"(?:finasteride|fin|propecia|minoxidil|dutasteride)\b"
    rf"|{_SOME_TIME} (?:later|after|on|post)\b"
    # "is it normal to be shaking uncontrollably when you have a scalp infection?"
    r"|(?:when|while) (?:you|one|i) (?:have|has|get|got) (?:an? |the )?(?:\w+ )?(?:infection|abscess|infected (?:lump|spot|bump"
    r"|scalp|injection (?:spot|site)|needle (?:spot|site)))\b"
    r"|after (?:an? |the |my )?(?:scalp |skin )?(?:infection|abscess)\b"  # "... to feel like dying after a scalp infection?"
    # "spread ... in just a few hours"
    r"|in (?:just |only |under )?(?:a (?:few|couple of)|\d+|an?|one|two|three) (?:hours?|days?)\b"
    r"|my (?:\w+ )?(?:scalp|head|forehead|crown|hairline|neck|face)\b"
    r"|one of the (?:\w+ )?(?:spots|sites|holes|points|bumps|lumps)\b"
    r"|where (?:they|the \w+|i was|i got|it was|you) (?:injected|jabbed|went in|did the injections)"
    r"|where (?:the )?(?:(?:meso|mesotherapy|scalp) )?(?:meso|mesotherapy|injections?|needles?) (?:was|were|went)"
    r" (?:done|given|in|put)"
    r"|(?:at|on|around) (?:the|one|one of the) (?:injection|needle|jab) (?:sites?|spots?|points?)"
    rf"|{_READING_TAKEN}"  # "a temperature of 38.3"
    rf"|{_AFTER_A_WHILE})"
    # "Is it normal to feel like I might die? ... I had meso injections.": the session told in a later sentence
    r"|[^?!.]*[?!.] (?:[^?!.]*[?!.] )?(?:\w+ ){0,4}?i (?:had|got) (?:\w+ )?(?:meso|mesotherapy|injections|the injections)\b))"
)
# "is a stiff neck and a pounding headache normal a few days after meso?", "is a low fever with a sore lump after meso
# something to get checked?": the named thing, read as "i have ..." (2026-12, dev19)
ASKED_IF_THING_NORMAL = _r(
    _GREETING + r"(?:is|are) (?:a |an |the |some |this "
    r"|these )?(?P<what>[^?!.]{3,90}?) (?:normal|ok|okay|common|usual|expected|typical|fine|serious|dangerous|a problem"
    r"|something to (?:worry"
    r" about|get checked|see a doctor about)|worth (?:worrying about|checking|getting checked)|a worry|worrying)\b"
)
# "should bumps still be coming up a month after?", "should there be a temperature of 38 with a sore bump 4 days after
# the session?": asked of the time after a session, read as "i have ..." (2026-12, dev22)
SHOULD_IT_BE = _r(
    _GREETING + r"should (?:there (?:still |really )?be"
    r"|(?P<what>(?!i |you |we |it |they |he |she |my |his |her |the clinic |a doctor |i\b)(?:\w+ ){1,4}?)(?:still |really "
    r"|normally"
    r" |usually )?(?:be|feel|look|keep)\b)"
    rf"(?=[^?!.]*\b(?:{_SOME_TIME} (?:later|after|on|post|since)\b|after (?:a |the |my |scalp |hair )*(?:meso|mesotherapy|session"
    r"|injections?|treatment|jabs?)\b)|.*\bbecause (?:there (?:are|is)|i have|mine|my|it is|they are)\b)"
)
# "could the shiny, scar-like spots where the needles went in be permanent?": the thing, read as "i have ..." (final65)
ASKED_IF_LASTING = _r(
    _GREETING + r"(?:could|will|would|might|can|are|is) (?:the|these|those|my) (?P<what>[^?!.]{3,90}?)"
    r" (?:be|stay|remain|end up) (?:permanent|for good|forever)\b"
)
# A time since the session that makes an "is it normal ..." question the writer's own: "8 days after the session"
# (days, not hours: bumps and swelling in the first hours are brief §4a's usual effects)
DATED = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|wks?|months?) (?:later|after|on|since|post"
    r"|ago)\b|\b(?:day|week) (?:\d+|one|two|three|four|five)\b"
    rf"|\b{_AFTER_A_WHILE}"
)
# "is it normal to have a bald patch right where they did the injections?": a place or reading only the writer's case has
_RIGHT_WHERE = re.compile(
    r"\b(?:right|exactly|just|only) (?:where|at the spot where|on the spot where)\b"
    r"|\bwhere (?:the|my) (?:(?:meso|mesotherapy|scalp) )?(?:meso|mesotherapy|injections?|needles?|jabs?|shots?) (?:was|were"
    r"|went) (?:done|in|given|put)\b"
    # "... at one injection site", "a temperature of 38.3": one site, a reading taken
    r"|\b(?:at|on|around) one (?:of the )?(?:injection|needle|jab) (?:sites?|spots?|points?)\b"
    # "is it normal to have a red streak running from an injection mark?": a streak seen (2026-12, final61)
    r"|\b(?:running|spreading|coming|going|leading) (?:out |up |down )?from (?:an?|the|one) (?:injection|needle|jab)"
    r" (?:sites?|spots?|points?|marks?)\b"
    rf"|\b{_READING_TAKEN}"
)
# ... asked of the time after a session, somewhere in that first sentence
_AFTER_SESSION = re.compile(
    r"^[^?!.]*?\bafter (?:a |the |my |your |scalp |hair |minoxidil |vitamin |a few days |\w+ days )*(?:meso|mesotherapy|session"
    r"|sessions"
    r"|injections?|treatment|jabs?)\b"
    # "is a stiff neck with vomiting serious? I had mesotherapy last week and ..."
    r"|^[^?!.]*[?!.] *i (?:had|got) (?:\w+ )?(?:meso|mesotherapy|injections|the injections|a session)\b"
    # "is seeing double normal while on antibiotics for a scalp abscess?" (2026-12, final60)
    r"|^[^?!.]*?\b(?:while|when|whilst) (?:i am |i m )?on antibiotics for (?:a |an |the |my )?(?:scalp |head )?"
    r"(?:abscess|infection|lumps?|boil|infected \w+)\b"
    # "is losing hair in patches right where they injected normal?", "... a normal reaction to infected meso bumps?" (final68)
    r"|^[^?!.]*?\bwhere (?:they|the \w+|i was|you) (?:injected|jabbed)\b"
    r"|^[^?!.]*?\b(?:reaction|response) to (?:the |my |infected |scalp )*(?:meso|mesotherapy|injections?)\b"
)
_ASKED_IF_NORMAL_NOT = re.compile(
    r"\b(?:if(?! i (?:otherwise |else )?(?:feel|am) (?:totally |completely |perfectly |otherwise )?(?:fine|well|ok|okay|good))"
    r"|(?<!first )(?<!worst )(?<!best )ever|someone|somebody|(?<!what )people|anyone|friend|forum|read|heard"
    r"|hypothetically|in general|generally|(?:just|purely|only) curious)\b"
)


# What ties a question to the writer's life: "my", "still there", "after 3 weeks", "that's 2 courses now"
_OWN_ANCHOR = re.compile(
    r"\b(?:my(?! (?:\w+ )?(?:aunt|uncle|dad|mum|mom|mother|father|husband|wife|partner|friend|sister|brother|son|daughter"
    r"|cousin|colleague|nan|gran|grandma|clinic|clinik|practitioner|doctor|gp|nurse)s?\b)|mine|still|now|today|tonight|yesterday"
    r"|since|ago|(?:\d+|one|two|three|four|five|six|a|an) (?:hours?|days?|weeks?"
    r"|months?|courses?)|(?:the|this) (?:\w+ )?(?:spot|bump|lump|site|area|patch) (?:is|has|keeps))\b"
)


def anchored_in_own_life(text: str) -> bool:
    """A question that says whose or when ("is it ok that the bump is still there after 3 weeks?"): the safety model's
    doubt does not make it a mere question."""
    return bool(_OWN_ANCHOR.search(text)) and not HEARSAY.search(text)


def keyword_shaped(text: str, longest: int = KEYWORD_QUERY_MAX_WORDS, words_to_read: Optional[str] = None) -> bool:
    """A few words with nothing that puts them in someone's life: no person, time, number or plea (looked for in
    `words_to_read`, by default the whole text)."""
    words = text.replace("?", " ").split()
    return 2 <= len(words) <= longest and not _REPORT_WORD.search(text if words_to_read is None else words_to_read)


def keyword_query(text: str, hit_texts: Iterable[str], signs: Iterable[str]) -> bool:
    """A few words naming a condition as a topic: every reported sign is a topic noun and nothing
    in the message says it is happening to someone (see the module docstring)."""
    query_word = _QUERY_WORD.search(text)
    if query_word and query_word.group(0).endswith("test") and re.search(r"\b(?:not|never|no)\b", text):
        query_word = None  # "rash not fading glass test" reports the test's result
    longest = KEYWORD_QUERY_MAX_WORDS + (2 if query_word else 0)  # "stiff neck headache after scalp injections danger signs"
    # the query word's own words are no report words: "infection fever when emergency"
    rest = text[: query_word.start()] + text[query_word.end() :] if query_word else text
    if not keyword_shaped(text, longest) and not (query_word and keyword_shaped(text, longest, rest)):
        return False
    if query_word or _EQUALS_ASKED.search(text):  # "anaphylaxis = ?"
        return True
    if _NORMAL_ASKED.search(text):  # "swelling around eyes after meso normal?": as "is it normal to have ...?" below
        return not set(signs) & EMERGENCY_ALONE
    # "bumps weeks after meso": the late lump named as a topic (a number, "3 weeks", is a report word)
    topic = TOPIC_SIGNS | {"late_or_persistent_lump"}
    return not _DESCRIBED.search(text) and set(signs) <= topic and all(_TOPIC_NOUN.match(h) for h in hit_texts)


_OWN = re.compile(r"\b(?:i|im|me|my(?! (?:\w+ )?(?:session|appointment|booking|consultation)\b)|mine|myself)\b")


def names_own(text: str) -> bool:
    """Whether an "is it normal to ..." question also speaks of the writer ("... with a sore lump on my head")."""
    if _own_normal_that(text) is not None:
        return True
    opener = (
        ASKED_IF_NORMAL.match(text) or _asked_if_thing_normal(text) or SHOULD_IT_BE.match(text) or ASKED_IF_LASTING.match(text)
    )
    if opener is None:
        return False
    # the thing asked about is read too: "is losing hair in patches right where they injected normal?" (final68)
    after = opener.start("what") if opener.re in (ASKED_IF_THING_NORMAL, ASKED_IF_LASTING) else opener.end()
    return bool(
        ("site" in opener.re.groupindex and opener.group("site") is not None)  # "for the skin at the injection site to ..."
        or _OWN.search(text, after)
        or PRESENT.search(text, after)
        or DATED.search(text, after)
        or _RIGHT_WHERE.search(text, after)
    )


def _asked_if_thing_normal(text: str) -> Optional[Match[str]]:
    return ASKED_IF_THING_NORMAL.match(text) if _AFTER_SESSION.match(text) else None


_ASKED_IF_NORMAL_INSIDE = re.compile(
    rf"\b{_IS_IT} {_NORMAL}"
    r" (?:(?:for (?:you|me) )?(?P<neg>not )?to|for (?P<who>my|his|her|the)) "
)


def own_case_read(text: str) -> Optional[str]:
    """A message that reports signs and also asks "is it normal to ..." or "is it normal for my ... to ...",
    read with the question as a statement ("i have a fever. is it normal not to pee for 18 hours?" as
    "... i not pee for 18 hours"); None when it asks no such thing or asks about someone else's story."""
    if not _ASKED_IF_NORMAL_INSIDE.search(text) or _ASKED_IF_NORMAL_NOT.search(text):
        return None
    return _ASKED_IF_NORMAL_INSIDE.sub(lambda m: f"{m.group('who')} " if m.group("who") else f"i {m.group('neg') or ''}", text)


# "is it normal that i can feel painful lumps on my scalp ...?": the rest is the writer's own statement
_NORMAL_THAT = _r(_GREETING + rf"(?:{_IS_IT}|its) {_NORMAL} that (?P<rest>.+)")


# "is it normal that the lumps did not go away after a full course of antibiotics?": a definite thing and what it did
_THE_THING_DID = re.compile(
    r"^(?:the|these|those) (?:\w+ ){0,2}?\w+ (?:still|did not|have not|has not|never|(?:have|has) (?:not )?(?:got|gotten|become"
    r"|turned|stayed|spread|grown))\b"
)


def _own_normal_that(text: str) -> Optional[str]:
    that = _NORMAL_THAT.match(text)
    rest = that.group("rest") if that else ""
    if FIRST_PERSON_WORD.search(rest):
        return rest
    return re.sub(r"^([^?]*)\?", r"\1.", rest, count=1) if _THE_THING_DID.match(rest) else None  # told, not asked


def as_own_report(text: str) -> Optional[str]:
    """ "is it normal to get chest pains after meso" as "i get chest pains after meso"; "is it normal that my ..."
    as "my ..."; None when the message does not ask that way, or asks about someone else or about "if ever"."""
    own_that = _own_normal_that(text)
    if own_that is not None and not _ASKED_IF_NORMAL_NOT.search(text):
        return own_that
    opener = ASKED_IF_NORMAL.match(text)
    thing = None if opener else _asked_if_thing_normal(text)
    should = None if opener or thing else SHOULD_IT_BE.match(text)
    if thing is None and opener is None and should is None:
        thing = ASKED_IF_LASTING.match(text)  # "could the scar-like spots ... be permanent?" as "i have scar-like spots ..."
    if (opener is None and thing is None and should is None) or _ASKED_IF_NORMAL_NOT.search(text):
        return None
    if thing is not None:  # "is a stiff neck normal a few days after meso?" as "i have a stiff neck ... after meso?"
        return f"i have {thing.group('what')} {text[thing.end() :]}"
    if should is not None:  # "should bumps still be coming up ..." as "i have bumps coming up ..."
        return f"i have {should.group('what') or ''}{text[should.end() :]}"
    assert opener is not None
    if opener.group("who"):  # "is it normal for my throat to feel ..." as "my throat feel ..."
        return f"{opener.group('who')} {opener.group('what')}{text[opener.end() :]}"
    if opener.group("thing"):  # "is it normal for spots to be oozing ..." as "i have spots that are oozing ..."
        return f"i have {opener.group('thing')} that {opener.group('not') or ''}{text[opener.end() :]}"
    rest = _GENERIC_YOU.sub(lambda m: _AS_MINE[m.group(0)], text[opener.end() :])  # "... like you are dying": "like i am"
    return ("i do not " if opener.group("neg") else "i ") + rest  # "is it normal not to pee ...": "i do not pee"


# the general "you" of a question about one's own state: "is it normal to feel like you are dying ...?"
_AS_MINE = {"you are": "i am", "you": "i", "your": "my", "yourself": "myself"}
_GENERIC_YOU = re.compile(r"\b(?:you are|yourself|your|you)\b")
