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
from bot.red_flags.registry import EMERGENCY_ALONE, SIGNS

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
_QUESTION_START = re.compile(
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
    if not (text.rstrip().endswith("?") or _QUESTION_START.match(text) or _QUESTION_CUE.search(text)):
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
_FIRST_PERSON = re.compile(rf"\b{FIRST_PERSON}\b")
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
    r"(?(site)|(?=(?:[^\s?!]+ ){0,14}?"
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
    rf"|\b{_READING_TAKEN}"
)
# ... asked of the time after a session, somewhere in that first sentence
_AFTER_SESSION = re.compile(
    r"^[^?!.]*?\bafter (?:a |the |my |your |scalp |hair |minoxidil |vitamin |a few days |\w+ days )*(?:meso|mesotherapy|session"
    r"|sessions"
    r"|injections?|treatment|jabs?)\b"
    # "is a stiff neck with vomiting serious? I had mesotherapy last week and ..."
    r"|^[^?!.]*[?!.] *i (?:had|got) (?:\w+ )?(?:meso|mesotherapy|injections|the injections|a session)\b"
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
    opener = ASKED_IF_NORMAL.match(text) or _asked_if_thing_normal(text) or SHOULD_IT_BE.match(text)
    if opener is None:
        return False
    return bool(
        ("site" in opener.re.groupindex and opener.group("site") is not None)  # "for the skin at the injection site to ..."
        or _OWN.search(text, opener.end())
        or PRESENT.search(text, opener.end())
        or DATED.search(text, opener.end())
        or _RIGHT_WHERE.search(text, opener.end())
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
    if _FIRST_PERSON.search(rest):
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


# A question about a condition in general, however long, framed as general: "why do ordinary antibiotics fail
# on these mycobacteria?", "is that true?", "explain why scalp infections can reach the brain", "in general terms".
_GENERAL_FRAME = _r(
    r"\b(?:in general|generally|in general terms|how often|how common|how likely|how many people|what percentage"
    r"|after (?:meso|mesotherapy|(?:the )?injections|a session) (?:sometimes|often|usually|commonly|many people|some people"
    r"|people)"
    r"|why (?:do|does|are|is|would|can)(?: not)? (?:people|patients|doctors|some|normal|ordinary|regular|standard|these|they)"
    r"|(?:can|could|do|does) (?:a|an|the)? ?(?:\w+ ){0,2}?(?:infections?|abscess(?:es)?|lumps?) (?:spread|reach|cause|turn"
    r"|become)"
    r"|do you (?:always|usually|normally|still|even) need|once (?:a|the) doctor|explain(?: like| why| how| what)?|eli5"
    r"|is (?:that|it|this) (?:even |actually |really )?(?:true|likely|realistic|a real thing|a thing)|what (?:organisms|bacteria"
    r"|germs)"
    r"|(?:could|can|do|would) (?:a |the )?doctors? (?:mistake|miss|confuse|tell)|misdiagnos\w*"
    r"|how do (?:doctors|they|you|clinics) (?:even |actually |usually |normally )?(?:treat|drain|diagnose|test|tell|know"
    r"|figure out|decide)|(?:does|do|would) (?:it|they|this|that) (?:actually |really )?differ|differs? from"
    r"|how (?:is|does|do) (?:\w+ )?look(?:ing|s)? (?:like )?(?:an?|the)\b"
    r"|what (?:temperature|temp|heart rate|pulse|breathing rate|blood pressure) (?:is|counts as|means)\b"
    r"|what are the (?:\w+ )?signs\b|(?:so i|to) know what to (?:look out for|watch for|look for|watch out for)\b"
    r"|asking in a general way|how long (?:does it take |do they take |for (?:it|them) )?(?:to )?(?:show up|appear|develop"
    r"|come up|start)"
    r"|(?:terrified|scared|afraid|frightened|worried|paranoid) (?:of|about) (?:getting |catching )?(?:a |an )?"
    r"(?:seps\w*|infections?|abscess\w*|lumps?|meningitis)|(?:on|in) your (?:emergency |urgent |warning )?(?:list|signs)"
    r"|what (?:has|does) (?:that|it|this) (?:got )?to do with|thresholds?|cut ?offs?|counts? as|classed as|considered (?:a |an )?"
    # a figure asked about, first in its sentence: "at 38 °C should I call someone?" (2026-12, final50)
    r"|(?:(?<=^)|(?<=[.!?] ))at (?:a |an )?(?:(?:temperature|temp|fever|pulse|heart rate) of )?\d+(?:\.\d+)? ?(?:°|º|degrees?"
    r"|deg)? ?(?:c|f|celsius|fahrenheit|bpm)?,? (?:should|do|must|would|is it|is that|does|when|how)"
    r"|(?:raise|raises|increase|increases) (?:my|the|your) risk|(?:more|higher) risk"
    r"|(?:is|are) (?:there|that|it|this) (?:actually |really |even )?(?:an? )?(?:real |big |serious )?(?:\w+ )?risks?"
    r"|how worried should"
    r"|am i (?:being )?(?:paranoid|dramatic|overthinking)|is (?:that|it|this) ever (?:a good idea|ok|okay|safe|done)"
    r"|how (?:is|are) (?:it|they|that|those) (?:usually |normally )?(?:dealt with|treated|handled)"
    r"|how do (?:people|you|they|patients) (?:catch|get|pick up)|how (?:do|does) (?:these|this|an?|such) \w+ happen"
    r"|more dangerous|what (?:does|do|dose) (?:that|it|this|those|they) (?:actually )?mean|what (?:that|it|this) means"
    r"|how (?:would"
    r"|will|do"
    r"|can) i (?:recogni[sz]e|spot)"
    r"|tell (?:them|the two|which|the difference)(?: \w+)? apart|which is which|(?:any|is there a) difference|any different"
    r"|more worrying|could (?:my|a) (?:friend|partner|anyone|someone|person) (?:pick up|catch|get)"
    r"|(?:get|gets|are|is|be) (?!being\b)(?:\w+ )?(?:diagnosed|treated|drained|tested)|walk me through"
    r"|what (?:actually )?happens when"
    r"|(?:what s|what is) the (?:actual |real )?risk|is that how (?:\w+ ){0,2}?work|(?:a )?(?:genuine|real|big"
    r"|serious) (?:concern|worry"
    r"|problem)|(?:good|bad|right|sound) advice|(?:go|goes) away (?:alone|on (?:their|its) own|by (?:itself|themselves))"
    r"|(?:the )?(?:clinic|salon|doctor|practitioner|leaflet) (?:tell|tells|told|said|says) (?:me |us )?(?:this|that|so)\b"
    r"|(?:can|could) (?:\w+ ){0,2}?(?:infections?|abscess\w*|lumps?) (?:actually |really |ever |even )(?:spread|reach|cause"
    r"|affect)"
    r"|(?:could|can|might|would) (?:\w+ ){0,3}?affect (?:his|her|my|your|the) brain"
    r"|(?:how much|what) risk|biggest (?:danger|risk)|is (?:it )?possible|what means|when to (?:see|call|go)|does (?:draining"
    r"|drainage|it)(?: it| them)? leave"
    r"|why (?:are|is) (?:\w+ )?(?:lumps?|bumps?|nodules?|abscess\w*|infections?) (?:\w+ ){0,4}?(?:dangerous|serious|a worry"
    r"|worrying)"
    r"|(?:can|could|does|do|will|would) (?:\w+ ){0,5}?(?:give|cause|lead to|trigger) (?:you |u |me |people |someone )?(?:a |an )?"
    r"(?:meningitis|seps\w*|infections?|abscess\w*|lumps?|brain)|be caused by"
    r"|vs|versus|(?:the|a) difference|difference (?:between|in)|what (?:is|are) (?:it|they|that|this|those)(?= *(?:$|[?.!]))"
    r"|why (?:does|do|is|are|would|can|will)(?: not)? (?:a |an |the )?(?:(?!there|my|his|her|this)\w+ )?"
    r"(?:pus|abscess\w*|lumps?|infections?|nodules?"
    r"|bumps?|redness"
    r"|fever|mycobacteri\w*|antibiotics)|(?:get|gets|are|is) (?:so )?(?:often )?missed"
    # 2026-12 (nludev4): "what makes infections happen", "what separates a harmless bump from...", "does a fever
    # mean there is an infection?", "when are lumps a sign of infection", "could you clarify what an abscess is"
    r"|what (?:makes|causes|separates|is it about)|what features|what is the deal|what is (?:actually |really )?going on when"
    r"|(?:does|do|can|could|would|might) (?:an? |the )?(?:\w+ ){0,5}?mean (?:that )?(?:there is|you have|it is|an?)"
    r"|when (?:is|are) (?:\w+ ){0,4}?(?:a )?(?:sign|signs|symptom) of|(?:more|less) likely|warning signs?"
    r"|what could (?:it|that|this|they) be|who should (?:check|look at|see)|should worry (?:someone|people|you|anyone)"
    r"|(?:really|actually) (?:harmless|safe|dangerous|serious)|should (?:they|these|it|lumps?|nodes?|nodules?) be"
    r" (?:massaged|squeezed|drained|popped|treated)"
    r"|how (?:could|can|would|might) (?:you|someone|somebody|people|one|she|he|they|a person) (?:end up with|get|catch"
    r"|develop|pick up)"
    r"|clarify|describe (?:one|it|them|an?)|what (?:an?|the) (?:\w+ ){1,2}?(?:is|are|would look|looks like)(?= *(?:$|[?.!,])))\b"
)
# The writer's own case, now: "I have", "my lump", "there is a", "since Monday", "he has".
_OWN_NOW = _r(
    r"\b(?<!like )(?:i|we) (?:have|ve|got|noticed|found|developed|feel|am|m|seem)\b(?! (?:read|heard|seen|been reading|been told"
    r"|a question|questions|not had|nothing|no|not|none|fine|ok|okay|well|always|honestly|never|used|been using|\d+"
    r"|been (?:comparing|looking"
    r"|researching|thinking|considering|wondering|going back)|(?:type \w+ )?diabetes|(?:just |now )?(?:making|asking"
    r"|planning|booked|studying|looking into|researching"
    r"|thinking|trying|curious"
    r"|wondering|reading"
    r"|doing|due|nervous|worried|scared|going to|getting|having|considering|about to|hoping|writing|helping)"
    r"|(?:a|an) (?!bit|little|tad)\w+))|\bi ve got\b"
    r"|\bmy (?:right |left )?(?:ear|ears|neck|eye|eyes|eyelids?|face|crown|hairline|temple|lips|throat)\b"
    r"|\bfrom my (?:last |latest |first |second |third )?(?:meso|mesotherapy|session|injections?|treatment)\b"
    r"|\bmine\b|\bmy (?:\w+ )?(?:scalp|head|skin|forehead|injections?|last session)\b(?! (?:next|tomorrow|soon|in (?:a"
    r"|\w+) (?:days?|weeks?|months?))\b)"
    r"|\bmy (?:(?!risk|chances?|odds)\w+ )?(?:lumps?|abscess\w*|bumps?|infections?|spots?|injection sites?"
    r"|temperature|fever|pus|pulse|heart|heart ?rate|chest|blood pressure|bp|breathing)\b"
    r"|\b(?<!mean )(?<!means )there (?:is|are|s) (?:a|an|some|one|two|several|still)\b"
    r"|\b(?:(?<!years )(?<!year )ago|(?<!doctor )(?<!gp )today|tonight|yesterday|right now|currently|this morning|last night)\b"
    r"|\bsince (?!(?:needles?|it|they|there|these"
    r"|those|that|this|you|we|people|infections?|the (?:needles?|skin|scalp|clinic|product|mix))\b)"
    r"|(?:^|(?<=[.!?] ))(?:got|have|having|had) (?:a|an|some|these|this|two|three|new)\b|\b(?:appeared|popped up|came up"
    r"|showed up)\b"
    r"|\b(?:he|she|they) (?:has|have|got|is|are|s)\b(?! (?:said|told|read|not|considering|thinking|planning|no|nothing|booked"
    r"|talking|saying|telling|asking|going to|doing|asked|\d+"
    r"|perfectly"
    r"|totally|fine|well|healthy|just asking|worried|a worrier))"
    r"|\b(?:it|they) (?:is|s|has|have|keeps|was|are) (?!always|usually|normally|typically|often|sometimes)(?:\w+ )?(?:crept"
    r"|grown|spread|spreading|got|gotten|getting|been|growing"
    r"|bigger|worse|red|hot|swollen|sore|still)\b|\b(?:every|each) day\b"
    r"|\bthe (?:\w+ )?(?:bump|lump|spot|swelling|redness|nodule|node|patch)s? (?:is|are|has|have) (?:still|been|getting|grown"
    r"|spread)\b"
)
# "is swelling on day 1 any different from swelling that's getting worse?": a described sign compared, not had
_COMPARES = re.compile(
    r"\b(?:any different|difference between|different from|vs|versus|compared (?:to|with)|tell (?:them|the two) apart"
    r"|which (?:is|one is|s) (?:worse|more serious|more dangerous|better))\b"
)
# "Minoxidil can make the heart beat fast? I read this on the box.": a medicine's listed effects, asked about
_DRUG_QUESTION = _r(
    # in one sentence: "I had my session with minoxidil at lunchtime. ... Do I need to do anything?" is no drug question
    r"\b(?:minoxidil|finasteride|propecia|rogaine|regaine|dutasteride)\b(?=[^.!?]*\b(?:can|could|does|do|side effects?|box"
    r"|label|leaflet|insert)\b)(?=.*\?)"
)
_WANTS_TO_KNOW = re.compile(
    r"\b(?:want|wants|wanted|would like|d like) to (?:know|understand|learn)\b|\bwondering\b|\bjust asking\b"
    r"|\basking (?:purely |just |only |simply )?(?:out of|from) curiosity\b"
)
# "No symptoms, just asking: ...", "if someone gets a fever ...": a question about signs in general, of any level
_NOTHING_WRONG = _r(
    r"\b(?:i (?:have|ve got|got) no symptoms?|i do not have (?:any )?symptoms?|no symptoms? (?:at all|here)"
    r"|nothing (?:has )?happened to me|(?:asking|ask) in a general way|i (?:have not|havent) (?:even )?booked"
    r"|nothing is wrong with me|(?:nobody|no one|noone) is (?:ill|sick|unwell)|(?:purely|just|only|it is|for) (?:for )?"
    r"(?:homework|a school project|an assignment|an essay)"
    r"|(?:asking |writing )?for (?:the|an|our|a|my) (?:\w+ )?(?:info|information|patient|clinic|aftercare) (?:sheet|leaflet|page"
    r"|handout|guide|website|poster)"
    r"|(?:it is )?a general question|(?:just|only|purely) (?:asking|curious)|i (?:just )?want to learn"
    r"|(?:asking|ask) (?:purely |just |only |simply )?(?:out of|from) curiosity"
    r"|asking in general|(?:if|when) (?:someone|somebody|a person|a patient|people|anyone)"
    # questions about what the signs mean: "why are confusion or mottled skin considered red flags?", "shivery vs rigors"
    r"|(?:are|is) [^?.!]{0,80}?considered (?:a |an )?(?:red flags?|warning signs?|emergency|emergencies|dangerous|serious|high"
    r"|low|normal|too high|too low|fast|abnormal)"
    r"|things like|counts? as|vs|versus|difference between|(?:the )?main treatment|standard treatment"
    r"|treated as (?:an )?emergency|why (?:would|do|does) (?:a )?doctors? worry|why do (?:those|these|they) (?:features|signs"
    r"|things)? ?matter"
    r"|which of (?:these|those|them)|textbook|(?:emergency|hospital"
    r"|a ?and ?e) or (?:gp"
    r"|doctor)|(?:should|does|do|would|must) (?:someone|somebody|a person|people|one|you) (?:see|go|call|get)"
    r"|is (?:he|she|that|it|they) right|a reason to (?:get|see|go|call)|numbers like|(?:the )?(?:sepsis )?(?:guidance"
    r"|guidelines?|criteria)"
    r" (?:there are|says?|lists?|mentions?))\b"
    r"|(?:=|\bequals) ?(?:emergency|hospital|a ?and ?e|ae|999|911|112|gp)\b"  # "abscess + fever = hospital?"
    # "my aftercare leaflet lists confusion ... as emergency signs", "the poster says rigors", "I know the red flags"
    r"|\b(?:leaflet|poster|sheet|website|page|clinic|booklet|guide|form)s? (?:\w+ ){0,3}?(?:lists?|says|mentions?|talks about)\b"
    r"|\bas (?:emergency|warning|red flag|danger) signs\b|\bi know the (?:\w+ ){0,3}?(?:red flags|signs|criteria)\b"
    r"|\bwhich is worse\b|\b(?:is|are) (?:\w+ ){0,3}?risky for\b"
    r"|\bmassage or (?:leave|not|wait)\b|\bwhen (?:is it an? )?(?:emergency|to worry)\b"
)
# An emergency named as a condition, not described as a state: "how common is anaphylaxis from these injections?"
_CONDITION = re.compile(
    r"anaphyla\w*(?: shock| reactions?)?|seps\w+|septic shock|meningitis|necroti[sz]ing fasciitis|toxic shock"
    r"|(?:pain )?out of proportion"
)
# a frame that asks even without a question mark
_ASKING = re.compile(r"(?:is |explain|eli5|why|how|what|am i|could|can|do you|does|when|in general)")
# Topic nouns, the signs of brief §4b (never an emergency sign but sepsis and the list's no-urine line)
GENERAL_QUESTION_SIGNS = TOPIC_SIGNS | {"no_urine"} | {s.id for s in SIGNS if s.level not in ("emergency", "cue")}


def general_question(text: str, named: Iterable[Tuple[str, str]]) -> bool:
    """A question framed as general (`_GENERAL_FRAME`) that names only topic-like signs and says nothing of
    the writer's or anyone's case now (`_OWN_NOW`): answered, with the conditional safety net."""
    frames = [m.group(0) for m in _GENERAL_FRAME.finditer(text)]
    drug = bool(_DRUG_QUESTION.search(text))
    asks = "?" in text or _QUESTION_START.match(text) or _WANTS_TO_KNOW.search(text) or any(map(_ASKING.match, frames))
    disclaimed = bool(_NOTHING_WRONG.search(text))
    if not (frames or drug or disclaimed) or not asks:
        return False
    text = _IF_NOT_OWN.sub(" ", text)  # "if a painless lump appeared a month after, what could it be?"
    if _OWN_NOW.search(text) or (_DESCRIBED_NOW.search(text) and not _COMPARES.search(text)):
        return False
    if drug or _NOTHING_WRONG.search(text):
        return True
    return all(sign in GENERAL_QUESTION_SIGNS or _CONDITION.fullmatch(words) for sign, words in named)


# An "if" clause that names nobody here: not the writer's case however it is told
_IF_NOT_OWN = re.compile(r"\bif (?![^,.;?!]*\b(?:i|im|my|me|mine|we|our)\b)[^,.;?!]*")
# A sign described as happening: "pus is pouring out", "it is growing", "getting bigger"
_DESCRIBED_NOW = _r(
    r"\b(?:is|are|keeps?|getting|got) (?!always|usually|normally|typically|often|sometimes)(?:\w+ )?(?:worse|bigger|growing"
    r"|spreading|oozing|leaking|hot|red|swollen)\b"
    r"|\b(?<!instead of )(?<!rather than )(?:coming|pouring|seeping|draining|dripping) out\b"
    r"(?! of (?:the|a|my) (?:clinic|salon|session|appointment))"
    r"|\bthere (?:is|are|s) (?:some |a lot of |loads of |still |now )?(?:pus|discharge)\b"
    r"|\b(?:growing|spreading|oozing|leaking) instead of|\bget(?:s|ting)? bigger|\bin an hour\b|\bover the last (?:week|day"
    r"|few days)\b"
    r"|\b(?:was not|wasn t) there before\b"
)


# The writer says nothing is wrong with them: "I'm not having any problems myself", "I'm fine and have never had anything
# done", "nothing has happened to me", "asking for a friend" (2026-12, dev17: stories from TikTok, podcasts, a nurse)
_DISCLAIMS_OWN = _r(
    r"\b(?:i am|im) not (?:having|experiencing|suffering from|getting) (?:any|anything)\b"
    r"|\bi (?:do not|dont) have (?:any )?(?:symptoms|problems|issues|complaints|of (?:this|that|these|those|it))\b"
    r"|\bi (?:have|ve) (?:no|not had any) (?:symptoms|problems|issues|complaints)\b|\bnothing (?:has )?happened to me\b"
    r"|\bi (?:have )?never had anything done\b|\bnothing is wrong with me\b|\basking for a friend\b"
    r"|\b(?:neither of us|none of us) (?:has|have) had (?:anything|it|any) done\b|\b(?:i|we) (?:have not"
    r"|havent) had anything done\b"
    r"|\bi work (?:in|at|for) (?:a |an |the |our )?(?:\w+ )?(?:clinic|salon|pharmacy|surgery|practice|hospital|reception|spa)\b"
    r"|\bi (?:have not|havent|have never|never) (?:even )?had (?:the |a |any |my )?(?:treatment|session|sessions|injections?|meso"
    r"|mesotherapy)\b|\bi (?:have not|havent|have never) had it done\b"
)
# A student of the subject, material written for others or for a course, unless the message turns to the writer's own
# case ("I'm writing a leaflet for my salon clients: which signs mean ...", "... but actually it's my own scalp")
_FOR_OTHERS = _r(
    r"\b(?:i am a |im a )?(?:nursing|medical|pharmacy|dental) student\b|\bstudent nurse\b"
    r"|\b(?:writing|making|putting together|preparing|drafting|updating|designing|creating) (?:up )?(?:a |an |the |our |my "
    r"|some )?"
    r"(?:\w+ )?(?:leaflet|handout|flyer|poster|guide|faq|checklist|info sheet|information sheet|aftercare sheet|aftercare card"
    r"|blog post|article|training|presentation|policy|list of questions|questions)s?\b"
    r"|\b(?:quiz|exam|test|textbook|revision) questions?\b|\bcase stud(?:y|ies)\b|\b(?:thesis|dissertation|assignment|essay)\b"
    r"|\b(?:school|health|class|uni|university) project\b|\b(?:a |the )?talk (?:i am|im) giving\b|\bgiving a talk\b"
)
_OWN_AFTER_ALL = _r(r"\b(?:actually|my own|for me|partly for me|i had|i have had|ive had|i got)\b")
_READ_OR_HEARD = re.compile(
    r"\bi (?:am )?(?:read|heard|saw|gather|wondered|wonder|learned|learnt|writing|researching|studying)\b"
)
# Whose the signs are: the writer's ("my scalp", "I have"), or someone's now ("she is", "he has")
_SOMEONE_NOW = re.compile(
    r"\b(?:she|he|they|it) (?:is|s|has|have|are|keeps?|can not|cannot|will not|won t|seems?|looks?|feels?)\b"
    r"|\b(?:now|currently|right now|today|tonight|at the moment|since|yesterday|ago|this (?:morning|week))\b"
)


def disclaimed_story(text: str, sign_clauses: Iterable[Tuple[int, int]]) -> bool:
    """The writer says nothing is wrong with them, and no sign they mention is theirs or anyone's now: each
    (clause start, clause end) span names no "I/my" and no "she is"/"now". A story retold, answered with the
    conditional safety net."""
    for_others = _FOR_OTHERS.search(text) and not _OWN_AFTER_ALL.search(text)
    if not (_DISCLAIMS_OWN.search(text) or for_others):
        return False
    # "I read that infection around the eyes can spread" is no "I" with a sign (blanked, so that the spans still fit)
    text = _READ_OR_HEARD.sub(lambda m: " " * len(m.group(0)), text)
    return not any(_FIRST_PERSON.search(text, s, e) or _SOMEONE_NOW.search(text, s, e) for s, e in sign_clauses)
