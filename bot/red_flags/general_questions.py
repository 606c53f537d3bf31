"""Questions framed as general ("how common is ...", "what temperature counts as a fever?", "asking for the info sheet")
and stories the writer says are not theirs, which `bot.red_flags.detector` answers with the conditional safety net
instead of an escalation (decided 2026-12, issue 11; marked for clinician review in docs/safety-model.md). Split from
`bot.red_flags.queries`. Vocabulary only on `bot.chat_text.for_matching` text."""

from __future__ import annotations

import re
from typing import Iterable, Tuple

from bot.red_flags.patterns import gapped as _r
from bot.red_flags.queries import FIRST_PERSON_WORD, QUESTION_START, TOPIC_SIGNS
from bot.red_flags.registry import SIGNS

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
    r"|what (?:temperature|temp|heart rate|pulse|breathing rate|blood pressure) (?:actually |really |exactly )?(?:is|counts as"
    r"|means)\b"
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
    asks = "?" in text or QUESTION_START.match(text) or _WANTS_TO_KNOW.search(text) or any(map(_ASKING.match, frames))
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
    return not any(FIRST_PERSON_WORD.search(text, s, e) or _SOMEONE_NOW.search(text, s, e) for s, e in sign_clauses)
