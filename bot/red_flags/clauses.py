"""Sentences, clauses, questions and hypothetical spans: which parts of a message are a report.

A clause that starts like a question ("can", "is it", "what") or contains an information frame
("signs of", "how do I know") reads as a question; hypothetical spans ("if ...", "can cause ...",
"risk of ...") and reported speech ("my clinic says ...") are marked. A question counts as a report
when it also has first-person or present-time markers ("my lump", "since yesterday", "there is").
Fragments without question form ("pus on scalp and fever") are reports: when in doubt, report.
Remote-past sentences ("I had a lump removed years ago") and hearsay ("my friend had pus after hers")
are not reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, List, Match, Pattern, Tuple

from bot.red_flags.framing import HEARSAY, OWN_CONTRAST, WELL_OTHERWISE, told_as_story, told_now
from bot.red_flags.openers import COND_OPENER, GENERIC_OPENER, INFO_FRAME, MODAL_OPENER, PURE_COND_OPENER, WORRY_OPENER

# a full stop, not between digits ("38.5") nor after a lone letter before a word ("an M. abscessus infection")
SENTENCE_END = re.compile(r"[!?\n]+|(?<! [a-z])(?:(?<!\d)\.+|\.+(?!\d))|(?<= [a-z])\.+(?! [a-z])")
CLAUSE_PUNCT = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s")
CONTRAST_WORDS = re.compile(r"\b(?:but|however|although|though|whereas|except|yet|and now)\b")
CLAUSE_WORDS = re.compile(r"\b(?:and|plus|also|then)\b")  # end a negation's scope, not a question
TOKEN = re.compile(r"[a-z]+|\d+(?:[.,]\d+)?")

_AUX = frozenset("can could does do did is are was were will would should shall may might must".split())
_WH_ALWAYS = frozenset("what how why which whom whose".split())
_WH_WITH_AUX = frozenset("when where who".split())
_FILLERS = frozenset(
    "hi hello hey heya hiya ok okay so um umm erm well and but also doctor doc please quick question sorry "
    "thanks thank you dear sir madam yes yeah yep no nope".split()
)
_NOT_QUESTION_NEXT = frozenset(
    "not swollen hot red sore painful having getting still so very really always barely hardly only just".split()
)
_QUESTION_ENDINGS = frozenset("normal ok okay safe dangerous common bad serious possible true expected usual".split())
_HAVE_QUESTION_NEXT = frozenset("you anyone anybody someone somebody people there it they any other others".split())

_COND_STARTS = (["what", "if"], ["in", "case"], ["next", "time"], ["in", "future"], ["like", "if"], ["say", "if"])
_OWN_STATE_IF = re.compile(
    r"\bis (?:it|this|that) (?:a |an )?(?:\w+ ){0,2}?if (?=(?:i am|i m|my (?:\w+ ){1,3}?(?:is|are|has|have|will|keeps|looks)"
    r"|i have been|i keep|the (?:\w+ ){1,4}?(?:on|under|in|at|near|by) my (?:\w+ )?(?:is|are|has|keeps|looks))\b)"
    # "does it matter that I'm diabetic if one of my spots has a little pus?", "is it bad if pus comes out when I brush my hair?"
    r"|\bif (?=(?:one of )?my (?!(?:temperature|temp|bp|blood pressure|pulse|heart rate|reading)\b)(?:\w+ ){0,2}?(?:is|are|has"
    r"|have|keeps|looks|feels)\b)"
    r"|\bif (?=(?:\w+ ){1,8}?when i (?:brush|comb|wash|touch|press|lie|sleep)\b)"
    # "should I worry if the antibiotics haven't helped the lumps?", "... if the lump is getting bigger?"
    r"|\bif (?=the (?:\w+ ){0,2}?(?:have|has) not (?:helped|worked|done anything)\b"
    r"|the (?:\w+ ){0,2}?(?:is|are) (?:still|getting|growing|spreading|leaking|oozing)\b)"
    r"|\bis it still (?:\w+ ){0,3}?if\b"
    r"|\bif (?=(?:\w+ ){0,10}?(?:that is been|that has been|thats been|that s been|has been|is been) \w+ for (?:a|\d+|two|three"
    r"|four|five|six|ten|several) (?:days?|weeks?|months?)\b)"
    r"|\bif (?=(?:i have|i ve got|i have got|there is|theres) (?:a |an )?(?:\w+ ){0,3}?(?:lump|bump|spot|swelling|redness|rash)"
    r"(?: \w+){0,4}? (?:that has been|that s been|thats been|for (?:a|\d+|two|three|four) (?:days?|weeks?))\b)"
)
_IF_I_HAVE = re.compile(r"if (?:i have|i ve got|i have got|there is|theres|mine is|my \w+ is)\b")  # after an own ask
_EVER_COND = re.compile(r"\bif (?:\w+ ){0,2}?ever\b|\bin case\b|\bnext time\b")
_NOT_OWN_BEFORE = frozenset({"to", "know", "if", "whether", "tell", "mean", "means"})  # "would I know I had a fever"
_TOPIC_SENTENCE = re.compile(
    r"\bwhat is the (?:medical |proper |right |technical )?(?:word|term|name) for\b|\bdifference between\b|\bdefine\b"
    r"|\bdefinition\b|\bhow (?:do|would) you spell\b|\bwhat means\b|\bwhat is meant by\b"
    r"|\bwhat (?:does|do) (?:\w+ ){1,4}?mean\b(?! (?:that|when|if) (?:there|my|i|his|her|he|she|our)\b)"
    r"|\b(?:essay|assignment|dissertation|homework|blog post|outbreaks?)\b|\breport any\b"
    r"|\bjust (?:reading up|researching)\b|\bnot a symptom question\b|\bplanning ahead\b"
    r"|\bfor when i (?:get|have) (?:it|mine|meso|mesotherapy|the session|the injections) done\b"
)
# A question about the writer's own sign: "do I need to see someone about a red streak ...?", "is it a problem that the
# pink area gets bigger each day?" (2026-12, dev19)
_OWN_ASK = re.compile(
    r"\b(?:do|should|must) i (?:need to |have to )?(?:see|call|go to|get|visit|show)(?: \w+){0,3}? (?:about|for|with)"
    r" (?:a|an|the|my|this|these|that)\b"
    r"|\bis (?:it |this )?(?:a problem|bad|normal|ok|okay|serious|worrying|concerning|an issue|dangerous) (?:that (?:the|my"
    r"|there)"
    r"|my)\b"
    # "is it normal to be seeing double when the meso spot is infected?": the writer's own spot, now
    r"|\b(?:when|now that|since|while) (?:the|my) (?:\w+ )?(?:spot|site|lump|bump|scalp|area|head) (?:is|has|got|keeps)\b"
    # "could it be serious that my arm went weak?", "what does it mean if my arm and leg feel weak?"
    r"|\b(?:could|can|might|would) (?:it|this|that) be (?:serious|bad|dangerous|a problem|worrying|an emergency) that"
    r" (?:the|my|i)\b"
    r"|\bwhat does it mean (?:if|that|when) (?:my|i)\b"
    r"|\bshould i (?:be )?(?:worried|worry|concerned) (?:about|by) (?=(?:\w+,? ){0,12}?(?:my|mine)\b)"
    # "do I need to worry about feeling feverish with a tender lump?" (final62)
    r"|\b(?:should|do) i (?:need to )?(?:be )?(?:worried|worry|concerned) about (?:feeling|having) "  # "a red, tender spot"
    r"|\bshould i (?:be )?(?:worried|worry|concerned) if (?=the (?:\w+ ){0,2}?(?:have|has) not (?:helped|worked)\b"
    r"|the (?:\w+ ){0,2}?(?:is|are) (?:still|getting|growing|spreading|leaking|oozing)\b)"
    # a reading asked about: "is 82/48 blood pressure bad?"
    r"|\bis (?:a |an )?\d[\d/.,]* (?:\w+ ){0,2}?(?:bad|ok|okay|normal|high|low|dangerous|safe|worrying|too high|too low)\b"
    r"|\bshould my (?:\w+ ){0,2}?(?:look|be|feel|go|turn)\b|\b(?:is|are) my (?:\w+ ){0,2}?(?:supposed|meant) to\b"
    r"|\b(?:can|should|could) i (?:just )?(?:take|use|put|apply|treat|wait|ignore|leave|pop|drain|squeeze)\b(?: \w+){0,4}?"
    r" (?:for|on|with) (?:the|my|this|these) (?=(?:\w+ ){0,3}?(?:lump|bump|spot|swelling|boil|abscess|nodule|patch|pus)s?\b)"
    r"|\b(?:is it (?:ok|okay|fine|safe|alright) to|can i|should i) (?:still )?(?:go|work|exercise|swim|shower|wash|travel|fly)"
    r" (?:\w+ ){0,4}?with (?:a|an|the|my|this) (?=(?:\w+ ){0,3}?(?:lump|bump|spot|swelling|boil|abscess|nodule|patch|pus)\w*\b)"
    r"|\bshould i (?:get|have) (?:it|this|them|that) (?:looked at|checked|seen)\b"
    # "Should I get the tender red bump at my injection site looked at?", "Can I just clean the pus coming from one
    # injection point at home?", "Could the shiny, scar-like spots where the needles went in be permanent?" (final65)
    r"|\b(?:should|do) i (?:get|have) (?:the|my|this|these|that) (?=(?:[\w,]+ ){0,8}?(?:lump|bump|spot|swelling|boil|abscess"
    r"|nodule|patch|pus|redness)s?\b)(?:[\w,]+ ){1,10}?(?:looked at|checked|seen to|examined)\b"
    r"|\b(?:can|should|could) i (?:just )?(?:clean|drain|pop|squeeze|dress|cover|wipe) (?:the|my|this|these) "
    r"(?=(?:\w+ ){0,3}?(?:lump|bump|spot|swelling|boil|abscess|nodule|pus)s?"
    r" (?:(?:coming|oozing|leaking|draining)(?: out)?(?: of| from)?|on|at|from|in) (?:one|my|this)\b)"
    r"|\b(?:could|will|would|might) (?:the|these|those|my) (?:[\w,]+ ){1,10}?(?:be|stay|remain) permanent\b"
    # "Is it normal for the redness around one injection to keep spreading every day?", "Can it be normal that the red
    # area is spreading across my face?" (final66)
    r"|\bis (?:it|this) (?:normal|ok|okay|usual|common) for (?:the|my) (?:\w+ ){0,5}?to (?:keep|still|continue|be getting)\b"
    r"|\b(?:can|could) (?:it|this) be (?:normal|ok|okay) that (?:the|my)\b"
    r"|\bshould (?:the|this) (?:\w+ ){0,5}?(?:on|in|at|from) my (?:\w+ ){0,2}?be\b"
)
# "red streak going down towards my ear, what does that mean": the writer's own sign, asked about
_OWN_BEFORE = re.compile(r"\b(?:my|i have|i ve got|i got|i am)\b")
_IF_CLAUSE = re.compile(r"(?:^|(?<=[.!?,;:] )|(?<=^ )|(?<=\bbut )|(?<=\bso )|(?<=\band ))if\b")
_IF_THEN_ASK = re.compile(r"\b(?:would|wud|will|should|could|who|what|how|do i|does that|is that|is it)\b")
_HYPOTHETICAL = re.compile(
    r"\bhypothetical(?:ly)?\b|\bin theory\b|\btheoretically\b|\bscenario\b|\bjust (?:want|wanted) to be prepared\b"
    r"|^(?:\W*(?:ok|okay|so|and|but|right|well)\W+)*(?:lets|let us) say\b"
)
_SPAN_CONTINUES_UNLESS = frozenset(
    "is are was were comes coming came has have had hurts keeps feels looks oozing leaking am i he she it there my".split()
)
_LIST_ITEM_FIRST = frozenset("or like such eg then".split())  # ", or lumps a month later", ", like my throat swelling"
_LIST_ITEM_STOP = frozenset("is are was were has have had am keeps".split())

# Markers of a report. Pronoun markers are ignored inside info frames ("can I", "I read").
_PRONOUN_MARKER = re.compile(r"\b(?:i|me|my|mine|myself|we|our|he|she|his|her|him|this|these)\b")
_PHRASE_MARKER = re.compile(
    r"\bthere (?:is|are|was|were|has been|have been)\b"
    r"|\b(?:it|that) (?:is|was|has been|keeps|has|feels|looks|seems|smells|hurts|started|became|got)\b"
    r"(?! (?:normal|possible|safe|common|dangerous|bad|true|ok|okay|serious|worth|better|best|likely|usual"
    r"|unusual|rare|known|necessary|wise|advisable|recommended|important|a sign|the sign|a symptom|the same"
    r"|a good|a bad|the case|said|called|used|about|what|how|why|when|fine|too|a risk|an emergency"
    r"|a problem|something|supposed|meant|expected)\b)"
    r"|\b(?:coming|came|comes) out\b|\b(?:oozing|leaking|draining|dripping|weeping|seeping)\b"
    r"|\bplease help\b|\bsos\b|\b(?:is|was) (?:it|this|that) (?:normal|ok|okay|common|usual|bad|serious) (?:that|when)\b"
    r"|\bwhat (?:should|do|can|shall) i do\b(?! (?:if|in case|when|to)\b)|\bwhat now\b"
    r"|\bshould i (?:go|call|see|get (?:it )?checked|be worried|worry)\b"
    r"|\b(?:still(?! (?:normal|ok|okay|fine|within|in the normal)\b)|now|keeps|started|appeared|popped up|showed up"
    r"|got (?:a|an|some))\b"
)
# "she is fine now, but it made me wonder: ...", "given how close it is to the brain": no one's state
_WELL = r"(?:fine|ok|okay|well|better|good|great|healthy|alright|all right|normal|recovered|healed)"
_WELL_AFTER = re.compile(
    rf" (?:is|s|was|am|m|are|re|feels|felt) (?:totally |completely |absolutely |perfectly |all |feeling |doing |now )?{_WELL}\b"
)
_WELL_BEFORE = re.compile(rf"\b{_WELL} $")
_HOW_BEFORE = re.compile(r"\bhow (?:close|far|near|deep|bad|big|serious|common|likely|often|long) $")
_HELP = re.compile(r"\bhelp(?: me| us)?(?: please)?\b")
_STRONG_MARKER = re.compile(
    r"\b(?:since|today|tonight|yesterday|this (?:morning|evening|afternoon)|last night|right now|currently"
    r"|at the moment|atm|rn|ago|on day \d+)\b"
    r"|\bi (?:have|have got|got|am having|developed|noticed|woke up with|have had|had|keep getting)\b"
    r"|\bthere is\b|\b(?:coming|came|comes) out\b|\bwill not (?:stop|go away)\b|\bgetting worse\b"
    r"|\b(?:worried|worry|concerned|scared|afraid) that (?!(?:\w+ ){0,5}?(?:will|would|might|could|may|can(?! not)|if)\b)"
    r"|\bthis (?:bad|extreme|painful|sore|swollen|red|hot|big|severe|intense|much|blue|grey|gray|purple|pale|mottled"
    r"|blotchy|stiff|fast|high|puffy|confused|drowsy|sleepy)\b"
    r"|\bhad (?:already |completely |fully )?(?:healed|settled|cleared|gone)\b"
    r"|\bis \d+/\d+ (?:too |very |dangerously |really )?(?:low|high)\b"  # "is 90/55 too low?" reads a blood pressure
    r"|\b(?:does it matter|is it a problem|is it bad|should i worry) (?:that|if) (?:one of (?:the|my) |my |the |this |an? )"
    r"(?:\w+ ){0,2}?(?:spots?|lumps?|bumps?|sites?|areas?) (?:has|have|is|are|keeps|looks)\b"
    r"|\bis (?:it|this) (?:normal|ok|okay|bad|a problem|serious|worrying) (?:that|when|if) (?:one|my|this|an?) (?:\w+ ){0,2}?"
    r"(?:spot|lump|bump|site|area|swelling|redness) (?:is|are|has|have|gets|keeps|looks)\b"
    r"|\bis (?:it|this) (?:normal|ok|okay|bad|a problem) (?:that |when )?the (?:lump|bump|spot|swelling|redness|area|site|scalp"
    r"|pain) (?:is|are|gets|keeps|has)\b"  # "is it normal the lump is hot and getting bigger?"
    r"|\bis (?:a |my )?(?:resting )?(?:heart rate|pulse|temperature|temp|breathing rate) of \d+\b"
    r"(?!(?: \w+){0,3}? (?:in general|generally|for (?:an )?adults?|for anyone|for people|in adults)\b)"
)
# "Is it normal to have blurry vision? It came on today.": the next sentence makes the question a report
FOLLOW_UP = re.compile(
    # "When can I expect the lumps to go down? It's week four and they're the same size."
    r" ?(?:(?:it is|its) (?:week|day) \w+|(?:they are|theyre|it is|its) (?:still )?the same size)\b|"
    # "Can I massage the lump? It's red and really sore."
    r" ?(?:(?:it|they|this one|that one) (?:is|are|s|looks|feels|feel|look) (?:\w+ )?(?:red|hot|sore|swollen|painful|warm|oozing"
    r"|leaking|bigger|growing|throbbing|tender|worse)\b"
    # "Could chest pain be a side effect of ...? It's still hurting now."
    r"|(?:it|they|the pain|the \w+) (?:is|are|s) still (?:there|here|bad"
    r"|(?!(?:shrinking|healing|improving|settling|fading|clearing|going|getting|flattening|drying)\b)\w+ing)\b"
    r"|(?:it|they|this|that|these)(?: \w+)? (?:came|come|started|appeared|began|begun|showed|popped|got worse"
    r"|is getting|has been|have been|is been|keeps|happened|started|crept|is crept|spread|grew|got bigger)"
    r"|(?:started|began|appeared|came on|came up) (?:about |around |roughly )?(?:\d+|a|one|two|three|four|five|six|a few"
    r"|a couple of) (?:days?|weeks?|months?) (?:after|ago|later)"
    r"|had (?:the )?(?:meso|mesotherapy|injections|my (?:\w+ )?session|a session) (?:\d+|a|one|two|three|four|five|six|a few"
    r"|a couple of) (?:days?|weeks?) ago"
    r"|i (?:took|measured|checked|rechecked|tested) it"
    r"|i (?:have|have got|got) (?:all (?:three|two|four|of them|of those|of these)|both|them all|all those|those|these)\b"
    # "Is double vision normal after an infected injection? Started this morning." (2026-12, final50)
    r"|(?:it |they |this |that )?(?:started|began|begun|came on|kicked in|appeared) (?:about |around |like )?"
    r"(?:this (?:morning|afternoon|evening)"
    r"|last night|tonight|today|yesterday|an hour ago|(?:a few|\d+|two|three) hours? ago|earlier(?: today)?)"
    r"|since (?:this morning|last night|yesterday|earlier today|an hour ago)(?= *(?:$|[.!?]))"
    # "Is a slight fever with a tender scalp lump something to worry about? I feel fine otherwise." (final67)
    rf"|{WELL_OTHERWISE}"
    r"|otherwise (?:i|he|she) (?:feel|feels|am|is) (?:fine|ok|okay|well|alright|all right))\b"
)
_NEUTRAL_FRAME = re.compile(
    r"(?<!why )\b(?:can|could|should|do|did|will|would|am|shall|may|might|must) i\b(?! not\b)"
    r"|\bhow (?:do|can|would|will|should) i\b|\b(?:when|where|what) (?:do|can|should|will|would) i\b"
    r"|\bi (?:read|heard|saw|was told|have read|have heard|keep reading|keep hearing|wonder|am wondering"
    r"|was wondering|want to know|wanted to know|would like to know|d like to know|am curious|was curious"
    r"|have a question|have some questions|have questions|have a quick question|got a question"
    r"|am worried|am scared|am afraid|am concerned|am nervous|am anxious|worry|am planning|plan"
    r"|am thinking|am considering|want to|wanted to|would like to|am going to have|will have|booked"
    r"|have booked|am due|am interested|was reading|found)\b"
    r"|\btell me\b|\bhelp me (?:understand|know|figure|find|choose|decide)\b"
    r"|\b(?:made|makes|got|gets|has got) me (?:wonder|wondering|think|thinking|curious)\b"
    r"|\bgive me (?:info|information|advice|some)\b|\blet me know\b|\bexplain (?:to )?me\b|\bfor me\b"
    r"|\bmy (?:doctor|dermatologist|clinic|gp|friend|sister|brother|nurse|pharmacist|practitioner)"
    r" (?:said|says|told|recommended|suggested|thinks)\b"
)
# "she says the pain is 10/10": the person with the signs telling of them, relayed by the writer
_PATIENTS = frozenset(
    "he she they mum mom dad husband wife son daughter partner father mother grandma grandad client patient customer".split()
)
_SAID_OF_THEMSELVES = re.compile(
    r" ?(?:that )?(?:the|her|his|it|its|their|one (?:of (?:the|her|his) )?(?:spots?|sites?|points?)) "
)
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|say|told (?:me|us)|tells (?:me|us)|claims?|claimed|reckons?|mentioned|explained)(?: that)?\b"
)
_INSTRUMENT = re.compile(  # "the thermometer says 102": a reading, not hearsay
    r"\b(?:thermometer|reading|monitor|watch|app|oximeter|machine|scale|cuff|meter|test|pulse|it)s? (?:\w+ )?$"
)
# "my lump", "her swollen eye"; not "could give her meningitis", where "her" receives a feared illness
POSSESSIVE_BEFORE = re.compile(
    r"(?<!\bgive )(?<!\bgives )(?<!\bgave )(?<!\bgiving )(?<!\bgiven )"
    r"\b(?:my|his|her|this|these|our)(?: (?!(?:is|are|was|were|has|have|had|feels|looks|gets|got|keeps|and|or|a|an|the)\b)\w+)? $"
)


@dataclass
class Sentence:
    start: int
    end: int
    question: bool = False
    report: bool = False
    cond: List[Tuple[int, int]] = field(default_factory=list)
    modal: List[Tuple[int, int]] = field(default_factory=list)
    generic: List[Tuple[int, int]] = field(default_factory=list)
    worry: List[Tuple[int, int]] = field(default_factory=list)  # "should I worry about a rash that ..."
    pure_cond: List[Tuple[int, int]] = field(default_factory=list)  # "suppose my eyelids swelled": even "my" is not
    hearsay: bool = False  # remote past or someone else's story: even "my ..." is not a report
    remote: bool = False  # remote past only ("years ago"): a standing risk factor still counts

    def hypothetical(self) -> List[Tuple[int, int]]:
        return self.cond + self.modal + self.generic + self.worry


def _spans(
    pattern: Pattern[str], text: str, start: int, end: int, clause_ends: List[int], lists: int = 4
) -> List[Tuple[int, int]]:
    """Spans from each opener to its clause end, continued over short list items ("fever, chills"; up to
    ``lists`` words; above 4, five more with "and", "or" or "like": "the chances of an abscess, scarring hair loss or
    an allergic reaction like throat swelling")."""
    spans = []
    for m in pattern.finditer(text, start, end):
        span_end = _clause_end(m.end(), end, clause_ends)
        while span_end < end:
            nxt = _clause_end(span_end + 1, end, clause_ends)
            tokens = TOKEN.findall(text, span_end + 1, nxt)
            if tokens and tokens[0] in _LIST_ITEM_FIRST:
                if len(tokens) > 8 or _LIST_ITEM_STOP.intersection(tokens):
                    break
            elif len(tokens) > lists + (5 if lists > 4 and {"and", "or", "like"}.intersection(tokens) else 0) or (
                _SPAN_CONTINUES_UNLESS.intersection(tokens)
            ):
                break
            span_end = nxt
        spans.append((m.start(), span_end))
    return spans


def _clause_end(pos: int, limit: int, clause_ends: List[int]) -> int:
    i = bisect_right(clause_ends, pos)
    return min(clause_ends[i], limit) if i < len(clause_ends) else limit


def inside(pos: int, spans: Iterable[Tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


_DID_THE = frozenset({"the", "a", "all", "everything", "what", "exactly"})


def _clause_is_question(tokens: List[str], question_mark: bool) -> bool:
    while tokens and tokens[0] in _FILLERS:
        tokens = tokens[1:]
    if not tokens:
        return False
    first, second = tokens[0], tokens[1] if len(tokens) > 1 else ""
    if first in _WH_ALWAYS:
        # "what bothers me is that ...", "what i noticed was ...": a statement (a pseudo-cleft), not a question
        said_by = tokens[2] in {"me", "us"} or second in {"i", "we"} if len(tokens) > 3 else False
        cleft = first == "what" and said_by and tokens[3] in {"is", "was"}
        return not (first == "what" and second in {"a", "an"}) and not (cleft and not question_mark)
    if first in _WH_WITH_AUX:
        return second in _AUX or second == "to"
    if first in _AUX:
        if second == "" or second in _NOT_QUESTION_NEXT:
            return False
        if first == "did" and second in _DID_THE and not question_mark:
            return False  # "did the whole antibiotic thing and the lumps aint budging": the subject left out
        # "is swelling normal?" is a question, "was throbbing all night" a report
        return question_mark or tokens[-1] in _QUESTION_ENDINGS or not second.endswith(("ing", "ed"))
    if first == "am":
        return second == "i"
    if first in {"has", "have", "had"}:
        return second in _HAVE_QUESTION_NEXT
    return first in {"any", "anyone", "anybody"}


def analyse_sentence(
    text: str, start: int, end: int, clause_ends: List[int], sign_starts: List[int], resolved: Iterable[Tuple[int, int]] = ()
) -> Sentence:
    sentence = Sentence(start, end)
    pieces = [start] + [c + 1 for c in clause_ends[bisect_right(clause_ends, start - 1) : bisect_right(clause_ends, end - 1)]]
    clause_starts = sorted(set(p for p in pieces if p < end))
    statement_clause = False
    for cs in clause_starts:
        ce = _clause_end(cs, end, clause_ends)
        tokens = TOKEN.findall(text, cs, ce)
        if not tokens:
            continue
        if INFO_FRAME.search(text, cs, ce) or _clause_is_question(tokens, text.startswith("?", end)):
            sentence.question = True
        elif bisect_right(sign_starts, ce - 1) > bisect_right(sign_starts, cs - 1):
            statement_clause = True  # a fragment naming a sign: "lump under the skin, should I massage it?"
    sentence.generic = _spans(GENERIC_OPENER, text, start, end, clause_ends, lists=5)
    sentence.worry = _spans(WORRY_OPENER, text, start, end, clause_ends)
    first = TOKEN.findall(text, start, min(end, start + 40))[:5]
    while first and first[0] in _FILLERS:
        first = first[1:]
    first = first[:2]
    if_clause = _IF_CLAUSE.search(text, start, end)
    if if_clause and _IF_THEN_ASK.search(text, if_clause.end(), end):
        sentence.question = True  # "if i got a temprature wud that be infecton", "if a lump comes up who do i see"
    if text.startswith("?", end) and (first[:1] in (["if"], ["suppose"]) or first in _COND_STARTS):
        sentence.question = True  # "if the redness spreads what do I do?", "and if I get a fever?"
    if sentence.question:
        sentence.cond = _spans(COND_OPENER, text, start, end, clause_ends, lists=5)
        sentence.modal = _spans(MODAL_OPENER, text, start, end, clause_ends)
        sentence.pure_cond = _spans(PURE_COND_OPENER, text, start, end, clause_ends)
        sentence.cond += sentence.pure_cond
        for m in _OWN_STATE_IF.finditer(text, start, end):  # "is it a rigor if I'm shaking ...?" asks about now
            sentence.cond = [c for c in sentence.cond if not m.start() <= c[0] < m.end()]
        own_ask = _OWN_ASK.search(text, start, end)
        if own_ask:  # "do I need to see someone about a red streak ...?", "is it a problem that the pink area grows?"
            sentence.cond = [c for c in sentence.cond if c[0] >= own_ask.end() and not _IF_I_HAVE.match(text, c[0])]
            sentence.modal = [c for c in sentence.modal if c[0] >= own_ask.end()]
            sentence.worry = [c for c in sentence.worry if c[0] >= own_ask.end()]
            statement_clause = True
    sentence.cond += _spans(_EVER_COND, text, start, end, clause_ends)  # "if I ever see pus", also in statements
    topic = _TOPIC_SENTENCE.search(text, start, end)
    if topic and not (topic.group(0).startswith("what") and _OWN_BEFORE.search(text, start, topic.start())):
        sentence.generic.append((start, end))  # "what is the difference between a boil, an abscess and a nodule?"
    if first[:1] in (["say"], ["suppose"], ["supposing"], ["imagine"]) or _HYPOTHETICAL.search(text, start, end):
        sentence.pure_cond.append((start, end))  # "Say my vision went double.", "hypothetically, if I passed out"
        sentence.cond.append((start, end))
    reported = _spans(_REPORTED_SPEECH, text, start, end, clause_ends)
    reported = [  # "my clinic says bumps are normal", but not "my doctor said it is an abscess"
        (s, e)
        for s, e in reported
        if not _PHRASE_MARKER.search(text, s, e)
        and not _INSTRUMENT.search(text, max(start, s - 25), s)
        and not _PRONOUN_MARKER.search(text, _speech_end(text, s), e)
        and not re.match(r"(?:\w+ ){1,2}to ", text[s : s + 30])  # "says to massage the lump": an instruction
        and not (_SAID_OF_THEMSELVES.match(text, _speech_end(text, s)) and _previous_token(text, s, start) in _PATIENTS)
        and not OWN_CONTRAST.search(text, s, end)  # "my clinic says lumps are normal, but mine only showed up ..."
    ]
    sentence.generic = sentence.generic + reported
    strong_hypothetical = sentence.cond + sentence.generic + sentence.worry
    neutral = [(m.start(), m.end()) for m in _NEUTRAL_FRAME.finditer(text, start, end)]
    strong = []
    for m in _STRONG_MARKER.finditer(text, start, end):
        if inside(m.start(), strong_hypothetical) or inside(m.start(), neutral):
            continue
        if m.group(0).startswith("i ") and _previous_token(text, m.start(), start) in _AUX | _NOT_OWN_BEFORE:
            continue
        strong.append(m.start())
    if strong:  # "is it normal to have a fever since yesterday?" is a report
        sentence.modal = [s for s in sentence.modal if not any(s[0] <= p < s[1] for p in strong)]
    hypothetical = sentence.hypothetical()
    weak = (
        any(
            not inside(m.start(), hypothetical) and not inside(m.start(), neutral) and not _WELL_AFTER.match(text, m.end())
            for m in _PRONOUN_MARKER.finditer(text, start, end)
        )
        or any(
            not inside(m.start(), hypothetical)
            and not _HOW_BEFORE.search(text, max(start, m.start() - 16), m.start())
            and not (m.group(0) == "now" and _WELL_BEFORE.search(text, max(start, m.start() - 12), m.start()))
            for m in _PHRASE_MARKER.finditer(text, start, end)
        )
        or any(_alone(text, m, start, end) for m in _HELP.finditer(text, start, end))
    )
    sentence.report = not sentence.question or statement_clause or weak or bool(strong)
    if not told_now(text, start, end, resolved) and told_as_story(text, start, end):
        sentence.report = False  # "I had a lump removed years ago", "my friend had pus after hers"
        sentence.hearsay = True
        sentence.remote = not HEARSAY.search(text, start, end)
    return sentence


def _alone(text: str, m: Match[str], start: int, end: int) -> bool:
    """Whether a match stands as its own clause: "help!", "..., help"."""
    before = text[start : m.start()].rstrip()
    after = text[m.end() : end].lstrip()
    return (not before or before[-1] in ".!?,;:") and (not after or after[0] in ".!?,;:")


def _previous_token(text: str, pos: int, floor: int) -> str:
    tokens = TOKEN.findall(text, max(floor, pos - 20), pos)
    return tokens[-1] if tokens else ""


def _speech_end(text: str, s: int) -> int:
    """Where a reported-speech verb ends ("told me", "says that"): a pronoun after it is in the report."""
    m = _REPORTED_SPEECH.match(text, s)
    if m is None:  # "told me to massage the nodes": about the writer's
        return s + 1
    return m.end()
