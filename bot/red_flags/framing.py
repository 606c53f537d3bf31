"""The vocabulary that frames a mention rather than names a sign: whether it is over ("cleared up"),
someone else's ("my friend had"), long ago ("years ago") or happening now ("still", "today"), and
all-clear lists. `clauses.py` and `detector.py` decide what a match means; these are the words, and the two
tests both of them apply (`told_now`, `told_as_story`).
Same conventions as `patterns.py` (normalised text, filler gaps never cross a negation).
"""

from __future__ import annotations

import re
from typing import Iterable, Tuple

from bot.red_flags.patterns import AGAIN_AS_A_NEW_SESSION, BRUISE_WORDS
from bot.red_flags.patterns import gapped as _r

REMOTE_PAST = _r(
    r"\b(?:(?:years?|decades?) ago|last year|as a (?:child|kid|teenager|baby|young (?:man|woman|boy|girl|lad|adult))"
    # "when I was 12", "when my grandpa was young"; not "when my husband was 2 hours after meso"
    r"|when (?:i|he|she|they|(?:my|our|his|her) \w+(?: \w+)?) (?:was|were) (?:young|younger|little|a kid|a child|a teenager"
    r"|a boy|a girl|\d+(?! ?(?:hours?|hrs?|h|days?|weeks?|wks?|minutes?|mins?|months?)\b))"
    r"|(?:in|from) (?:like |about |around )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* )?(?:19|20)\d\d"
    r"|(?:\d+|a|one|two|three|few|several|many|couple|couple of) (?:years?|decades?) (?:ago|back|before|earlier)"
    r"|since (?:i|he|she|they) (?:was|were) (?:young|little|a kid|a child|a teenager|at school|\d+)(?! ?(?:hours?|days?|weeks?))"
    # "I had a red lump after meso in the spring." (final63, final64); not "a bald spot where I had meso in the spring"
    r"|(?:^|(?<=[.!?] ))(?:i|he|she|my \w+) had (?:a|an|some) (?![^.!?]*\b(?:where|is|are|am|has|have|keep|keeps|still|now"
    r"|ago|just|recently|last (?:week|night)|this (?:week|morning)|yesterday|today|since|come up|came up|appear\w*"
    r"|show\w* up|pop\w* up|(?:weeks?|days?) (?:after|later))\b)[^.!?]*?\bin (?:the (?:spring|summer"
    r"|autumn|fall|winter)|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?= ?(?:[.!?;]|$))"
    r"|(?:^|(?<=[.!?] ))months ago\b"  # "Months ago I had a patch of hair fall out where they injected" (final64)
    r"|(?:when|during) (?:19|20)\d\d|(?:19|20)\d\d in\b"  # glossary readings: "noong 2018", "2018 mein"
    r"|(?:1[2-9]|[2-9]\d|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty) months?"
    r" (?:ago|back|before|earlier)|a year and a half (?:ago|back)"
    r"|long before (?:(?:any|the|my) (?:hair )?(?:treatment|meso|mesotherapy|injections?|sessions?)|(?:any of )?(?:this|that"
    r"|all this))"
    r"|(?:a )?long (?:time )?ago|ages ago"
    r"|last (?:summer|winter|spring|autumn|fall)|in the (?:19)?[5-9]0s|in the (?:eighties|nineties|seventies|2000s)"
    r"|back in the (?:spring|summer|autumn|fall|winter|day|days)|back in (?:college|uni|university|school|high school)"
    r"|i used to (?:get|have|suffer|feel|be)(?! (?:fine|ok|okay)))\b"  # a habit that is over: "I used to get bad headaches"
)
# "the shop that closed years ago": a relative clause dates its own noun, not the sentence's signs
_DATES_A_NOUN = _r(r"\b(?:that|which|who|where) (?:\w+ ){1,3}$")


def remote_past(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of the remote past ("years ago", "as a child", "in 2019")."""
    return any(
        not _DATES_A_NOUN.search(text, max(start, m.start() - 30), m.start()) for m in REMOTE_PAST.finditer(text, start, end)
    )


# Someone else's word, then the writer's own case: "my clinic says lumps are normal, but mine only showed up ..."
OWN_CONTRAST = _r(
    r"\b(?:but|though|however|yet) (?:mine|my (?:\w+ )?(?:ones?|lumps?|bumps?|spots?|nodules?|scalp|head)|i (?:have|ve got|got"
    r"|still have))\b(?! (?:never|not|no|none|nothing|been fine|been ok))"
    # "I read that pus means infection and my lump has pus" (2026-12, noted in round 21)
    r"|\band (?:now )?my (?:\w+ )?(?:lumps?|bumps?|spots?|nodules?|scalp|head|injection sites?) (?:has|have|is|are)\b"
    r"(?! (?:never|not|no|none|nothing|fine|ok|okay|normal|clear|gone|healed)\b)"
    # "she's fine but im burning up, shaking like mad": the writer's own state, now, beside someone else's
    r"|\b(?:she is|he is|they are|shes|hes|theyre|she s|he s) (?:fine|ok|okay|alright|all right|good|well)"
    r" (?:but|though|yet|while) (?:i am|im|i m) (?!(?:wondering|worrying|thinking|asking|planning|considering|hoping|going"
    r"|trying|looking|reading|getting ready|booking)\b)\w+ing\b"
    # "... says it is normal and to massage it, but it's been 3 weeks now": a lump that stayed (brief §4b)
    r"|\b(?:but|though|however|yet) (?:it|it is|its|it has|they|they have|they are) been"
    r" (?:over |more than |nearly |almost |like |about |around )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|several|a few|a couple of) (?:weeks|months)\b"
)
# A date days or more back: "a month ago", "last week", "on Monday"
DAYS_AGO = _r(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several) (?:days?|weeks?|months?|years?)"
    r" (?:ago|back|before)\b|\blast (?:week|month|year|time)\b|\b(?:on|last) (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b|\byesterday\b|\bin (?:jan|feb|march|april|june|july|aug|sep|sept|oct|nov|dec)[a-z]*\b"
)
# Today, close to now: "twenty minutes ago", "this morning" (the nearer of this and `DAYS_AGO` dates an event)
TODAY_AGO = _r(
    r"\b(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|few|couple of|several) (?:minutes?|mins?|hours?|hrs?)"
    r" (?:ago|back)\b|\bjust now\b|\bthis (?:morning|afternoon|evening)\b|\btoday\b|\btonight\b"
)
# The writer speaking of themselves (after `for_matching`: "I'm" is "im" or "i am")
FIRST_PERSON = r"(?:i|im|ive|id|me|my|mine|myself)"
PRESENT = _r(
    r"\b(?:(?<!fine )(?<!well )(?<!okay )(?<!ok )(?<!normal )(?<!until )(?<!till )(?<!up to )(?<!clinic )(?<!salon )now"
    r"(?! (?:i am|he is|she is|they are|we are|i feel|he feels|she feels) (?:\w+ )?(?:imagining|panicking|overthinking"
    r"|nervous|worried|scared|anxious"
    r"|terrified|paranoid|afraid|wary|hesitant))"
    r"(?! (?:thinking|considering|planning|looking into|wondering|deciding|booked|booking|curious|interested|ready|about to)\b)"
    r"|currently|(?<!risky )(?<!safe )(?<!dangerous )(?<!common )(?<!a risk )(?<!happen )(?<!happens )today"
    r"|still(?! (?:that |so |as |very |too )?(?:worth|ok|okay|safe|a good idea|recommended|allowed|possible|risky|a risk"
    r"|dangerous|common|happening|a thing"
    r"|happen|happens|exists?|(?:is|are) (?:it|that|this|there) (?:dangerous|risky|a risk|safe|common)"
    r"|an issue|a problem|(?:has|have) (?:\w+ ){0,3}?(?:scars?|marks?|dents?)\b"
    # "my mum still talks about the infection she got in 2010": the telling goes on, not the illness
    r"|talks? about|talking about|mentions?|brings? (?:it |that )?up|goes on about|remembers?|thinks? about))"
    r"|(?<!try )(?<!trying )(?<!do it )(?<!have it )(?<!get it )(?<!book )(?<!go )(?<!checked )(?<!tested )(?<!scanned )"
    r"(?<!happen )(?<!happens )(?<!booking )(?<!going )(?<!doing )(?<!done )(?<!having )again"
    r"|(?<!nothing )(?<!fine )(?<!ever )(?<!well )(?<!issues )(?<!problems )(?<!trouble )(?<!good )(?<!ok )(?<!okay )since"
    r"|at the moment|right now|this (?:morning|week)"
    # told in the present: "my friend just told me he has a plan to kill himself" is happening, not a story
    r"|\b(?:just (?:told|texted|messaged|rang|called)|texted|messaged) (?:me|us) (?:that )?(?:he|she|they) (?:has|have|is|are"
    r"|wants|keeps|can not"
    r"|does not want)\b"
    r"|just (?:had|now|collapsed|fainted|passed out|started|showed (?:me|us))|(?:next to|beside|here with|sitting with) me"
    r"|(?:is|are|am) (?:still |currently )?being treated for"  # "my brother is being treated for a scalp abscess"
    # a relative's state now, told beside her story: "she had meso on Monday, she's really breathless"
    r"|(?:she|he|they|(?:my|our) (?:best )?(?:friend|mate|sister|brother|mum|mom|mother|dad|father|wife|husband|partner"
    r"|son|daughter|cousin|aunt|uncle|flatmate|roommate|colleague|neighbour|neighbor|boyfriend|girlfriend))"
    r" (?:is|are|has|have) (?:(?:really|so|very|all|now|getting|become|gone|been) ){0,2}(?:breathless|confused"
    r"|drowsy|swollen|feverish|shaking|vomiting|unwell|sick|struggling|blue|bluish|grey|gray|mottled|floppy|unresponsive"
    r"|seeing double|in agony|not making sense|pale|very pale|white as a sheet)"
    # not "my friend's swollen eyelids" (read as "my friend is swollen eyelids")
    r"(?! (?:\w+ )?(?:eyelids?|eyes?|lips?|face|forehead|scalp|head|neck|skin|arms?|legs?|lumps?|bumps?|spots?|glands?)\b)"
    # a relative or friend telling her state now: "my friend says she has chest pain", "he told me he can not see"
    r"|(?:says|saying|tells me|is telling me|keeps saying|keeps telling me|said|told me|just said)(?: that)?"
    r" (?:she|he|they|(?:her|his|their) (?:\w+ )?(?:lumps?|bumps?|scalp|head|face|eyes?|lips|tongue|neck|chest|skin|temperature"
    r"|fever|heart)|the (?:redness|swelling|lump|bump|rash|red area|red patch)"
    r"(?: (?:around|round|at|on|near) (?:\w+ ){1,3}?(?:sites?|spots?|lump|bump))?)"
    r" (?:has(?! had)|have(?! had)|is|are|can not|keeps|feels|feel|looks|gets)"
    r"|(?:i am|we are) (?:sitting |here |at home |in the car )?with (?:my|our|her|him|them)\b(?! (?:\w+ )?(?:doctor|gp|nurse)))\b"
)

# "has gone" ends a problem, "has gone blue" does not: a bare verb only counts at the end of its clause
# or before a word that keeps it intransitive ("gone now", "stopped completely").
_THEN_NOTHING = r"(?= *(?:$|[^a-z ])| (?:now|(?:completely|totally|fully|entirely)"
_THEN_NOTHING += r"(?! (?:bald|numb|blue|grey|gray|white|black|purple|swollen|shut|closed|hard|dark))"
_THEN_NOTHING += r"|thankfully|since|after|already|and|but|by|on"
_THEN_NOTHING += r"|overnight|today|yesterday|last|in|within|over|days?|weeks?|the next|a few|by itself|on (?:its|it is) own|with"
_THEN_NOTHING += r"|about|around|roughly"  # "it stopped about 10 minutes after"
# "it went away a month ago" (2026-12, final64); not the Italian "went away six days" (six days have passed)
_THEN_NOTHING += r"|(?:a|\d+|one|two|three|four|five|six) (?:days?|weeks?|months?|years?) (?:ago|after|later)"
_THEN_NOTHING += r"|as soon as|once|apart from|except|other than|besides|ages|long ago|a while ago|months ago|weeks ago"
_THEN_NOTHING += r"|(?:tho|though|luckily)(?= *(?:$|[^a-z ]))"  # "he is all good now tho."
_THEN_NOTHING += r"|for (?:weeks|days|months|ages|a while|good))\b)"
# a pluperfect ("sites that had healed") is the background to a new problem, not its end
# who sold the injections gives no clinician's all-clear: "the salon says it is normal" (a lump still there, brief §4b)
_NOT_SELLER_BEFORE = "".join(
    f"(?<!{w} )"
    for w in "salon clinic clinics beautician practitioner injector therapist friend forum mate he she they dad mum mom husband"
    " wife partner".split()
)
_NOT_PERSON_BEFORE = "".join(
    f"(?<!\\b{w} )"
    for w in "doctor doctors nurse nurses practitioner injector staff receptionist therapist everyone everybody someone"
    " dermatologist surgeon".split()
)
_NOT_PLUPERFECT = "".join(f"(?<!\\bhad{w} )(?<!\\bhad{w})" for w in ("", " already", " completely", " fully", " all"))
# "will it go away?" asks; "it go away after two days" (non-native past) reports
_NOT_ASKED = "".join(
    f"(?<!\\b{w} )" for w in "will does did would should can could may might to when if until till before not".split()
)
RESOLVED = _r(
    # "the lump I had went away": "had went" is a relative clause and a past, not a pluperfect (2026-12, final61)
    r"(?<=\bhad )went (?:away|down|back to normal)\b|(?:completely|fully|totally|all) healed now\b|"  # final68
    + _NOT_PLUPERFECT
    + r"\b(?:(?:cleared up|went away|gone away|has disappeared|have disappeared|disappeared|resolved|healed up"
    r"|subsided|back to normal|normal again|no longer there|all better|better now|gone now|went back to normal"
    r"|settled down|(?:all|everything|it is|i am|all is|she is|he is|they are|we are) (?:(?!not |no )\w+ )?(?:fine|ok|okay|good"
    r"|great|better|normal|sweet|grand|healthy|well) now|(?:fever|temperature) (?:\w+ )?broke"
    rf"|{_NOT_ASKED}(?:it|they) (?:go|goes) away"
    r"|(?:has |have )?(?:broke|broken|come down|came down|gone down|went down)"
    r"(?= *(?:$|[^a-z ])| (?:now|last|yesterday|overnight|completely|totally|fully|after|in|within|by"
    r"|on (?:its|it is) own|again)\b)"
    # "the hair there is gone" is hair loss (§4b), not a sign that has cleared
    r"|(?<!\bhair )(?<!\bhairs )(?<!\bhair there )(?<!\bhair here )"
    # nor is a person who has left: "still in the clinic but the doctor is gone" (2026-12, final49)
    + _NOT_PERSON_BEFORE
    + r"(?:has|have|had|is|are|was|were|it s|its) (?:all |been |completely |totally |fully |now |long )?gone"
    r"(?! (?:\d+ ?\w+ )?(?:past|beyond|over|across|further|up|into|onto|down to|out to))"
    r"|(?:all )?sorted now|(?:totally |fully |completely )?recovered now|totally recovered|all gone|(?<=, )fine now"
    r"|(?:temperature|temp|fever|it|it is|its)(?: is| has| has come| came| went)? (?:back )?down to (?:3[5-7]|9[5-9])\b"
    r"|back to (?:3[5-7](?: \d)?|9[5-9](?: \d)?)\b"
    r"|healed (?:fine|up|well|nicely|completely|all|over)\b"
    r"|(?<=redness )gone|(?<=swelling )gone|(?<=lump )gone|(?<=bumps )gone|(?<=lumps )gone"
    r"|(?:was|got|had it|been) (?:lanced and )?drained (?:by|at) (?:my|the|a|our) (?:gp|doctor|nurse|hospital|clinic|surgeon"
    r"|dermatologist|a and e|er)\b"  # treated: "had an abscess in March, it was drained by my GP"
    r"|(?:it|they|that) (?:was|were|got) (?:lanced and |surgically |properly )?drained(?= *(?:$|[.;!?])"
    r"| and (?:i|he|she|they) (?:finished|completed|took) (?:the |a |my |his |her )?(?:course|antibiotics))"
    r"|(?:is|are|has been|now) (?:well |fully |completely )?(?:controlled|under control)(?: now)?(?= *(?:$|[.;,!?]))"
    # "was only there the first day after the session": over within the usual course (§4a)
    r"|(?:was|were|is|are) only there (?:for )?(?:the first|one|a|the|that) (?:day|night|morning|evening|few hours"
    r"|couple of days)"
    r"|only lasted (?:a|one|the first|that|half a) (?:day|night|morning|evening|few hours)"
    r"|(?:(?<=antibiotics )|(?<=cream )|(?<=treatment )|(?<=doctor )|(?<=gp ))(?:cleared|sorted|fixed|healed|got rid of)"
    r" (?:it|them|that|this)(?: up| out)?"
    r"|(?:dipped|shrank|shrunk|flattened|vanished|faded|settled|went flat|gone flat) (?:away |down )?(?:after|in|within)"
    r" (?:a |an |\d+ |one |two |three |four |a few |a couple of |couple of )(?:days?|weeks?|hours?)"
    r"|settling (?:already|down|nicely|now)|(?:went|gone) (?:on (?:its|it is|their) own|by (?:itself|themselves))"
    # "the needle bumps that were there yesterday have flattened out today" (2026-12, final61)
    r"|(?:have|has) (?:all )?(?:flattened|gone flat|settled) (?:out |down )?(?:today|now|overnight|already)"
    r"|(?:completely|fully|totally|all) heal(?:ed)?\b(?! (?:yet|up yet))"
    r"|went (?:away )?within (?:a|one|the) (?:day|few hours|couple of hours)|woke up (?:feeling )?fine"
    r"|now (?:it )?is (?:finish|finished|over|gone)|(?:i had|i d) slept (?:funny|wrong|badly|awkwardly)"
    r"|healing (?:well|nicely|fine|up nicely)|on the mend|(?:i|he|she|they) (?:fully |completely )?recovered"
    r"|(?:(?<=but )|(?<=and ))(?:fully |completely )?recovered"  # "my mum got an infection but recovered"
    # "the clinic said it would go down, and it did, within ten days" (2026-12, final61)
    r"|(?:go|went) (?:down|away)\W+(?:and |which )(?:it|they|that) did\b(?! not)"
    r"|(?:(?<=but )|(?<=and ))(?:i |he |she |they |we |it )?got (?:better|well)"
    r"(?! (?:and |then |but )+(?:worse|bad|came back))"
    r"|(?:fully|completely) recovered"
    r"|(?:and|but) (?:i |he |she )?was (?:fine|ok|okay|alright|all right)(?: again| after(?:wards)?| straight after| within)?"
    r"(?= *(?:$|[^a-z ])| and\b)"
    # "my lumps took 3 courses of antibiotics to go away", "the nodules only went after months of treatment"
    r"|(?:took|needed) (?:\w+ ){0,6}?to (?:go away|clear|clear up|heal|settle|disappear|go down|calm down|resolve)\b"
    r"|(?:only|finally|eventually) (?:went|cleared|healed|settled|disappeared)(?: away| up| down)?\b"
    r"|(?:she|he|they|i|it) (?:is|s|are|am) (?:long since |long |now |all |completely |fully )?(?:healthy|well|fine|ok|okay"
    r"|better|normal) again"  # "she is long since healthy again"
    r"|got over it|turned out (?:to be )?(?:just |only )?(?:\w+ )?(?:flu|a cold|covid|nothing|fine|normal|harmless|benign"
    r"|an allergy|allergy|hay fever|my skull|bone)|(?:it is|it was) (?:just|only) my (?:skull|bone|head shape)"
    r"|(?:never|not) (?:happened|come back|came back|returned) (?:again|since)|signed (?:me|him|her) off"
    r"|(?:been|was|were|stayed) (?:\w+ )?(?:fine|ok|okay|good|normal)(?: \w+){0,4}? since|fine since"
    r"|now (?!as well\b)(?:is |all |everything |it is |i am |all is )?(?!(?:a|an|the) )(?:\w+ )?(?:fine|ok|okay|good|normal"
    r"|better|healthy|clear|well(?! as\b))\b"
    r"|now (?:she|he|they) (?:is|s|are) (?:\w+ )?(?:fine|ok|okay|good|well|healthy|better)\b"
    r"|(?:flat|flattened|flatter) (?:now|again)"
    r"|now (?:the |my )?(?:skin|scalp|head|it|everything|all)(?: is| looks| s)? (?:\w+ )?(?:normal|fine|clear|healed)\b"
    r"|(?<=, )gone (?:after|in|within|by) (?:\w+ ){0,2}?(?:days?|hours?|weeks?|morning|evening|night)\b"
    r"|(?:is|are) not there any ?more|(?:is|are) not there now\b"
    r"|normal (?:again )?by (?:the )?(?:morning|evening|next day|night)"
    r"|(?:zero|no) (?:issues?|problems?|trouble) (?:since|until now|till now|up to now|so far)"
    r"|(?:and |but )?now no (?:more )?(?:problems?|issues?|trouble)\b"  # "it close and now no problem"
    r"|(?:which|that) i (?:have )?(?:accepted|learned to live with|learnt to live with|got used to|gotten used to"
    r"|made peace with)\b"
    r"|gone by (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:next|following)"
    r" (?:week|month)|the end of (?:the|that) (?:week|month))\b"
    r"|gone (?:by|within) (?:the )?(?:morning|evening|next day|night|a day)|discharged (?:me|him|her)|given the all clear"
    rf"|{_NOT_SELLER_BEFORE}(?:said|says|told (?:me|us)) (?:it is|it s|its|they are|that it is) (?:just |only |a |an )?"
    r"(?:\w+ )?(?:scab|harmless"
    r"|nothing|normal|benign|healing|not infected)"
    rf"|(?:has|have)? ?(?:cleared|healed|stopped|settled)){_THEN_NOTHING}"
    # fine again, with a time that says so: "she has been perfectly fine for months", "fully grown back"
    r"|(?:was|were|been|be) (?:\w+ )?(?:fine|ok|okay|well|good|normal) (?:after|since|ever since|for (?:months|weeks"
    r"|ages|years|a long time|a while))|(?:totally|completely|perfectly|absolutely) (?:fine|ok|okay|well|normal)"
    r" (?:now|since|ever since)|fine ever since|no (?:problems|issues|trouble) (?:\w+ ){0,4}?since"
    r"|(?:hair|it|it is|it has|patch|patches|spot|spots|area|areas) (?:\w+ ){0,5}?(?:grown|grew|filled) back)"
)
RESOLVED_UNDONE = _r(  # not "thinking of going again": a new session is not a relapse
    r"\b(?:(?<!never )(?<!not )(?<!has not )(?<!did not )came back|coming back|back again|(?<!never )(?<!not )returned"
    r"|" + AGAIN_AS_A_NEW_SESSION + r"again"
    r"|(?<!is it )(?<!is that )(?<!is this )(?<!are they )"  # "is it still a risk?" asks
    r"still(?! (?:that |so |as |very |too )?(?:need|have to|go|book|mention|get|come|do|want|ok|okay|fine|safe|allowed"
    r"|able|a risk|a thing|risky"
    r"|dangerous|common|possible|happen|happens|happening)\b))\b"
)
RESOLVED_UNDONE_IF_SIGN = _r(r"\b(?:but now|now it|now i|now there|now my|and now)\b")  # undoes only if a sign follows
HEARSAY = _r(
    r"\b(?:my|a|her|his|our|one|another) (?:friends?|colleagues?|coworkers?|neighbou?rs?|cousins?|mates?|flatmates?"
    r"|roommates?|friend s|clients?|patients?|customers?|barber|hairdresser|stylist|boss|aunt|uncle|niece|nephew)\b"
    r"(?:,? (?!who (?:had|got|did)\b)(?!i\b|never\b)\w+){0,5}?,? (?:(?<!\bhas )(?<!\bhave )had"  # "has had": still (final68)
    r"|got(?! (?:back|home|in|up)\b)|was|were|developed"
    r"|ended up|said"
    r"|says|told|(?:is|was|keeps) telling|went|needed|tell|tells|swelled|swollen|turned|blew|broke out|reacted|fainted|collapsed"
    r"|passed out"
    r"|reckons|swears|swore|thinks|mentioned|claims|claimed)\b"
    r"(?! (?:me |us )?(?:that )?(?:i|my)\b)"  # "my friend says my lump looks infected" is about the writer
    # "I fainted ..., my friend say it was one minute": a witness timing the writer's own event
    r"(?!(?: (?:me |us )?(?:that )?(?:it|this) (?:was|lasted|took))? (?:about |around |only |like |maybe )?(?:a|an|one|two"
    r"|three|\d+|a few|half a) (?:seconds?|secs?|minutes?|mins?)\b)"
    r"|(?:^|(?<=[.!?] ))(?:guy|girl|bloke|woman|man|lady|dude)\b(?: \w+){0,4}? (?:reckons|reckoned|says|said|swears|thinks)\b"
    # a teaching, not a case: "The lecturer mentioned breathing over 25 ...", "gave me a whole lecture about sepsis" (final69)
    r"|\b(?:the|a|our|my) (?:lecturer|teacher|tutor|professor|instructor|trainer)\b(?: \w+){0,7}? (?:mentioned|said|says"
    r"|told|listed|explained|talked about|went through)\b"
    r"|\b(?:a|the|whole|our|my) (?:lecture|talk|rundown|briefing|seminar) (?:on|about)\b"
    # "the woman doing my nails told me her sister ...", "my sister's hairdresser told her that pus ..." (final68)
    r"|\b(?:the|a|an|this|that|my|her|his)(?: \w+)?(?: s)? (?:woman|girl|lady|guy|man|bloke|hairdresser|barber|stylist|beautician"
    r"|nail tech|manicurist|receptionist)\b(?: \w+){0,5}? (?:told|tells) (?:me|us|her|him|them)\b(?! (?:that )?(?:i|my|you|it"
    r"|they|this|these|mine)\b)"
    # not the writer's own consultation: "saw a GP who said folliculitis" (2026-12, final59)
    r"|(?<!what )(?<!follow )(?<!saw )(?<!seen )(?<!see )(?<!visited )(?<!called )(?<!rang )\b(?:someone|somebody|people"
    r"|others|an? (?:forum|website|post|article|video|guy|girl|woman|man|lady"
    r"|blog"
    r"|youtuber|tiktoker|tiktok creator|creator|content creator|influencer|doctor|nurse|client|patient|pharmacist"
    r"|dermatologist|gp|surgeon|paramedic|beautician|therapist|practitioner|hairdresser|barber|customer))"
    r"(?: \w+){0,7}? (?:had|got|get|gets|getting|having|said|says|say|claims?|wrote|writes|posted|recommends?|developed"
    r"|told|mentioned|showed|died|ended up|reckons|reckoned|swears|thinks|saw|treated|nursed|looked after)\b"
    r"|\b(?:influencers?|youtubers?|tiktokers?|bloggers?|streamers?|celebrit(?:y|ies)) (?:\w+ )?(?:said|says|posted|claims?"
    r"|claimed|mentioned|had|got)\b"
    r"|\b(?:on|in) (?:tv|the tv|television|the news|the radio|youtube|a video|a podcast|social media|tiktok|instagram|insta"
    r"|reddit|facebook|twitter|a forum|forums|a facebook group|a group|a whatsapp group)\b"
    r"|\b(?:podcast|show|programme|program|documentary|episode|article|video|thread|post|series)(?: \w+){0,4}? (?:had|featured"
    r"|showed|described|was about|interviewed) (?:a |an |this )?(?:guest|guy|girl|woman|man|lady|story|case|patient|person)\b"
    r"|\b(?:i have|i had|i) (?:read|heard|seen) (?:that|online that|somewhere that)\b"
    # "I've seen 25 a minute mentioned as a warning sign" (final68)
    r"|\b(?:i have|i had|i) (?:read|heard|seen) (?!(?:that|it|this|mine|my)\b)(?:\w+ ){1,6}?"
    r"(?:mentioned|listed|quoted|given|described|cited) as\b"
    # "I read NTM lumps show up 1 to 12 weeks later" (2026-12, final62)
    r"|\b(?:i have|i had|i|i just) (?:read|heard) (?:\w+ ){0,2}?(?:lumps?|bumps?|nodules?|abscess\w*|infections?|pus)"
    r" (?:can|may|might|usually|often|typically|show|appear|come|are|is)\b"
    r"|\b(?:i have|i had|i) (?:read|heard|seen) (?:\w+ ){0,3}?(?:websites?|sites?|articles?|posts?|sources?|pages?|clinics?"
    r"|forums?|blogs?|threads?|reviews?) (?:saying|that say|which say|claiming|telling)\b"
    r"|\b(?:other|some|several|many|most) (?:websites?|sites?|articles?|sources?|pages?|clinics?|forums?|blogs?) (?:say|said"
    r"|claim"
    r"|tell|recommend)\b"
    r"|\bi (?:keep|kept) (?:seeing|reading|hearing)\b|\bi gather\b|\b(?:people|folks|everyone) (?:on|in) (?:the |a )?(?:\w+ )?"
    r"(?:sub|subreddit|forum|group|reddit|thread)s?\b|\b(?:seen|read|heard|seeing|reading|hearing) (?:\w+ )?online\b"
    r"|\b(?:ex|cousin|brother|sister|friend|colleague|neighbou?r)\b(?: \w+){0,2}? apparently (?:had|got|needed|developed)\b"
    r"|\b(?:saw|seen|watched|read|reading|came across|found) (?:\w+ ){0,3}?(?:tiktok|video|vid|vids|clip|reel|post|thread|story"
    r"|stories|article|case report|case series|paper|study|news|reddit|forum|report|reports|programme|program|documentary"
    r"|segment|lists|checklists)\b"
    r"|\b(?:my|her|his|a) \w+ (?:s )?(?:friends?|mates?|colleagues?|coworkers?|neighbou?rs?)\b(?: \w+){0,4}? (?:had|got"
    r"|was|were|developed|ended up|said|told|went|needed)\b"
    # a relative's finished story: "my sister had red streaks after her meso and needed antibiotics"
    r"|\b(?:my|our) (?:sister|brother|mum|mom|mother|dad|father|aunt|cousin|wife|husband|partner|boyfriend|girlfriend"
    r"|bf|gf|daughter|son|grandma|gran|nan|mother in law)(?: s)?\b(?: \w+){0,4}? (?:had|got|needed|developed|swelled"
    r"|swollen|fainted|collapsed)\b(?: \w+){0,6}? after (?:her|his|their) (?:meso|mesotherapy|session|sessions"
    r"|injections|treatment|appointment)\b(?![^.?!\n]*\b(?:is|are|has|have|keeps|seems|looks|feels|can not|will not)\b)"
    r"(?=[^.?!\n]*\b(?:needed|antibiotics|said|told|sorted|fine|normal|once|went|was given|cleared)\b)"
    # "My mum had lumps for months after meso in Colombia, and it turned out to be mycobacteria." (final65)
    r"|\b(?:my|our) (?:sister|brother|mum|mom|mother|dad|father|aunt|uncle|cousin|wife|husband|partner|grandma|grandad"
    r"|friend|son|daughter)(?: s)?\b(?: \w+){0,3}? (?:had|got|developed)\b(?![^.?!\n]*\b(?:is|are|has|have|keeps|still|now)\b)"
    r"[^.?!\n]*\b(?:it|they|that|which) turned out\b"
    # "My brother had lumps for months after meso in Peru" (final66): a relative's episode, over, with its length
    r"|\b(?:my|our) (?:sister|brother|mum|mom|mother|dad|father|aunt|uncle|cousin|wife|husband|partner|grandma|grandad"
    r"|friend|son|daughter)(?: s)?\b(?: \w+){0,3}? had (?:\w+ ){0,4}?for (?:months|weeks|ages|a year|years|a month)\b"
    r"(?![^.?!\n]*\b(?:is|are|has|have|keeps|still|now|today|since)\b)"
    r"|\bmy (?:dog|cat|puppy|kitten|horse|rabbit|pet)\b"
    # "friend got abscess. common?", "bestie said her bumps took 2 days"
    r"|(?:^|(?<=[.!?] ))(?:friend|bestie|bff|mate|colleague|coworker|neighbou?r|cousin) (?:got|had|said|says|told)\b"
    r"(?! (?:me |us )?(?:that )?(?:i|my)\b)"
    r"|\b(?:my|a|her|his|our) (?:bestie|bff|pal|coleague|colleage|collegue)s?\b(?: \w+){0,4}? (?:had|got|said|says|told)\b"
    r"(?! (?:me |us )?(?:that )?(?:i|my)\b)"
    r"|\b(?:reviews?|comments?|stories|posts?|threads?|testimonials?) (?:\w+ ){0,6}?(?:mention\w*|describ\w*|talk about"
    r"|complain\w*|warn\w*)\b"
    r"|\b(?:reviews?|comments?|posts?|testimonials?) (?:\w+ )?(?:says?|said|claims?|mentions?|mentioned)\b"
    r"|\b(?:someone|somebody|people|others|(?:a|one) (?:guy|girl|woman|man|lady|member|person)) (?:in|on|from) (?:my|a|an"
    r"|the|our|this) (?:\w+ ){0,5}?(?:group|forum|chat|community|class|thread|subreddit|page)\b"
    r"|\b(?:my|our) (?:sister|brother|mum|mom|mother|dad|father|aunt|uncle|cousin|wife|husband|partner|grandma|grandad"
    r"|grandfather|grandmother|gran|nan|son|daughter)(?: s)?\b(?: \w+){0,2}? (?:had|has had|have had|got)\b(?: \w+){0,6}?"
    r" (?:once|twice|before|in the past|as a (?:child|kid|baby|teenager)|years? ago|(?:\w+ )?times)\b"
    r"|\b(?:a |the )?(?:tiktok|video|reel|post|thread|clip|story) (?:going round|going around|doing the rounds|of (?:someone"
    r"|somebody|a (?:guy|girl|woman|man|lady|person)|people))\b|\bhorror stories\b"
    r"|\b(?:forum|reddit|website|tiktok|youtube|instagram|facebook|google|blog|online|internet) (?:says?|said|posts?"
    r"|claims?|suggests?|recommends?)\b|\bafter (?:hers|theirs)\b|\bafter his(?= *(?:$|[^a-z ]))"
)
SYMPTOM_TALK = _r(
    r"\b(?:scalp|skin|lumps?|bumps?|spots?|nodules?|swell\w*|swollen|red|redness|pain\w*|hurts?|sore\w*|tender"
    r"|itch\w*|rash\w*|bruis\w*|scabs?|bleed\w*|blood|pus|infect\w*|fever\w*|temperature|chills?|shiver\w*|dizz\w*"
    r"|sick|unwell|ill|nause\w*|vomit\w*|headaches?|symptoms?|side effects?|reactions?|allerg\w*|burn\w*|sting\w*"
    r"|numb\w*|tingl\w*|throb\w*|ache\w*|aching|faint\w*|breath\w*|chest|heart|pulse|blister\w*|crust\w*|ooz\w*"
    r"|abscess\w*|boils?|cysts?|wound\w*|puffy|inflam\w*|complications?|tired|exhausted|weak|dizzy|lightheaded|drows\w*"
    r"|sleepy|neck|diabet\w*|immune|steroids?|lips?|tongue|throat|eyes?|eyelids?|face|forehead|head|vision|seeing"
    r"|puff\w*|gasp\w*|wheez\w*|feel|feels|feeling|felt|hot|warm|shak\w*|confus\w*|pale|grey|gray|blue"
    r"|off|wrong|not right|weird|strange|awful|terrible|horrible|dying|poorly|scared|frightened|collaps\w*)\b"
)
_ON_ITS_WAY_OUT = (
    r"(?:is|it s|are|they re|already|slowly) (?:already |slowly )?(?:going down|settling|getting smaller|fading|shrinking"
    r"|going lighter|getting lighter)"
)
ON_ITS_WAY_OUT = _r(rf"\b{_ON_ITS_WAY_OUT}\b")  # "mine is already fading on day 2"
ALL_CLEAR = _r(
    r"\b(?:none of (?:those|these|them|that|the above)|nothing like that|nothing of (?:that|the sort)|no (?:other )?symptoms"
    r"|there is nothing there|nothing is there"
    r"|no (?:problems|issues|complaints|side effects) (?:at all|whatsoever)?|all (?:good|fine|clear|normal)"
    r"|(?:do not|did not) have any of (?:those|these|them|that)|i do not have any(?: yet| now| at the moment)?(?= *(?:[.!]|$))"
    # the airway ruled out: "not my lips or throat, i can breathe fine"
    r"|(?:i )?can breathe (?:fine|ok|okay|normally|normal|alright|well)|breathing (?:is )?(?:fine|ok|okay|normal|normally)"
    # a usual finding on its way out: "it's already going down with ice"
    rf"|{_ON_ITS_WAY_OUT}"
    # a treated episode told to its end: "The GP drained it on Monday and it's settled." (final68)
    r"|(?:and|but) (?:it is|it s|its|it has|they are|they have) (?:all |now |since )?(?:settled|healed|cleared)"
    r"(?: (?:down|up|now|nicely|fine|well))?(?= *(?:[.!]|$))"
    # what came during the session is over: "stung like hell during the injections but fine now"
    r"|(?:but|and) (?:i am |i feel |feel |feeling |done now,? (?:i )?feel )?(?:fine|ok|okay|good|alright)(?: now)?"
    r"(?= *(?:[.!]|$)))\b"
)

# Figures of speech that use a sign's words: blanked out before the signs are matched.
FIGURES_OF_SPEECH = _r(
    # a frank aside, not a negation: "not gonna lie haven't had a wee since yesterday" (final65)
    r"\b(?:not (?:gonna|gon na|going to|to) lie|no lie|ngl)\b|"
    # screens and papers, not the eyes: "I'm going blind reading all these studies"
    r"\bgoing blind (?:reading|looking at|staring at|from reading|from staring|with all)\b|"
    # too much to read, not a headache: "my head is exploding from all the conflicting info online"
    r"\b(?:head|brain) (?:is |s )?(?:exploding|spinning|about to explode|going to explode|will explode|hurts|melting)"
    r" (?:from|with|over|because of|reading) (?:all )?(?:the |these |this |those )?(?:conflicting |different |mixed )?(?:info"
    r"|information|research|reading|studies|options|choices|advice|articles|reviews|opinions|websites|prices)\b|"
    # the price, not the body: "I almost fainted when I saw the price", "the bill nearly killed me"
    r"\b(?:almost|nearly|about to|going to|gonna|could have|practically) (?:\w+ )?(?:faint\w*|pass\w* out|die|died|dying"
    r"|collaps\w*|fell over|fall over|fallen over|had a heart attack)\b(?=[^.?!]{0,40}\b(?:saw|see|sees|seeing|heard|hear|got"
    r"|read|looked at|opened|checked)\b[^.?!]{0,20}\b(?:price|prices|cost|costs|bill|quote|receipt|invoice)\b)|"
    r"\b(?:at|when i saw|seeing|after seeing) (?:the|that|this|your|their) (?:price|prices|cost|bill|quote|receipt)\b[^.?!]{0,20}"
    r"\b(?:almost|nearly|about to|going to) (?:\w+ )?(?:faint\w*|pass\w* out|die|died|collaps\w*)\b|"
    r"\b(?:dying|dead|died)\b(?: \w+){0,2}? (?:lol|lmao|haha+|😂|🤣)|"
    r"\b(?:got|gets|has|have|had|left) me (?:wheezing|dying|dead|crying|screaming|choking)\b|"  # slang for laughing
    r"\b(?:lol|lmao|haha+)\b(?: \w+){0,4}? killing me\b|"
    r"\bhead (?:is )?(?:exploding|spinning|hurting|about to explode) (?:with|from) (?:all )?(?:this|the|that|so much|these)"
    r" (?:info|information|stuff|options|research|reading|choices|reviews)\b|"
    r"\b(?:lol|lmao|haha+)\b(?: \w+){0,10}? (?:nearly|almost) (?:passed out|fainted|died)\b|"
    r"\bmakes? me want to (?:pass out|faint|die|throw up|vomit|be sick|scream)\b(?= (?:when|whenever|every time|each time))|"
    r"\b(?:hairline|bald spot|bald patch|thinning|hair loss|receding)\b(?: \w+){0,3}? spreading like\b|"
    r"\b(?:feverish|fever|shaking|trembling|shivering) with (?:excitement|anticipation|nerves|joy|impatience)\b|"
    r"\bchok\w* on (?:the )?(?:cost|costs|price|prices|bill|fees?|quote|quotes)\b|"
    r"\b(?:pitch|salesman|saleswoman|sales talk|talked|talking|spoke|speaking)\b[^.?!]{0,30}\b(?:could not|couldnt|can not)"
    r" catch (?:my|his|her) breath\b|"
    r"\bshak\w* in (?:my|his|her|their|our) (?:boots|shoes)\b|"
    # slang for calm: "my scalp's lowkey chill", "head's chill, we good?" (not "a chill", "chills", "chilly")
    r"\b(?:(?:scalp|head|skin|it|everything|things|we|i) (?:is|are|am|m|s) (?:\w+ )?|(?:lowkey|pretty|super|totally|kinda|real"
    r"|quite|scalps|heads|skins|its|everythings) )chills?\b"
    r"(?! ?(?:and|with|plus|\+) (?:fever|shiver|temp))"
    r"|\b(?:nerves|nervous|anxious|scared|terrified)\b(?: \w+){0,12}? shaking like a leaf\b"
    r"|\bshaking like a leaf\b(?= (?:\w+ ){0,6}?(?:waiting room|with nerves|from nerves|nervous|before))"
    r"|\b(?:about|nearly|almost|practically) had a stroke (?:reading|when|seeing|looking|at|over)\b"
    # round 13: "seeing the before and after pics I almost had a stroke", "my wallet can't breathe", "the booking
    # system is a total headache"
    r"|\b(?:seeing|reading|looking at|when i saw|when i read)\b[^.?!]{0,60}\b(?:almost|nearly|practically) had a stroke\b"
    r"|\b(?:wallet|bank account|bank|budget|purse|card|finances|savings)\b(?: \w+){0,2}? (?:can not|cant|could not|couldnt)"
    r" breathe\b"
    r"|\b(?:is|was|are|were|such|what) (?:a |an )?(?:total|real|massive|huge|complete|proper|absolute|bit of a|right)"
    r" (?:\w+ )?headache\b"
    r"|\b(?:that is|thats|it is|its|is that|all|so|pretty|super) chills?\b(?! (?:and|with|down|my|me|all))"  # "that's chill"
    r"|\b(?:price|prices|bill|quote|cost)\b(?: \w+){0,3}? made me (?:feel )?(?:faint|dizzy|sick|want to faint|pass out)\b"
    r"|\b(?:pitch|price|prices|bill|quote|salesman|saleswoman|receptionist|upsell\w*|advert|ad|ads)\b(?: \w+){0,4}? (?:gave|gives"
    r"|giving|is giving|has given) me (?:a |such a |the )?(?:\w+ )?headache\b|\bbreathless at (?:how|the|their|that)\b"
    r"|\b(?:break|breaks|broke|breaking|brake) out in a cold sweat\b(?=(?: \w+){0,3}? (?:thinking|think|thought|whenever"
    r"|at the (?:thought|idea|sight)|about|over|when i (?:see|think|look)))"
    r"|\b(?:until|till|til)\b(?: \w+){0,3}? blue in the face\b"
    r"|\bheart (?:is |s )?(?:racing|pounding) (?:just )?(?:thinking|at the (?:thought|idea|sight)|when i (?:think|see))\b"
    r"|\b(?:has|have|got|gets|had) (?:me|us) in a fever\b|\bdying inside\b"
    r"|\bknots? in (?:my|the|his|her|our) (?:stomach|tummy|belly|gut)\b"
    r"|\bburning up with (?:curiosity|anticipation|excitement|jealousy|envy|rage|anger|embarrassment|shame|impatience)\b"
    r"|\b(?:nearly|almost|practically) (?:gave|give|gives|had|have) (?:me |him |her |us )?(?:a )?heart attack\b"
    r"|\b(?:hairline|hair|bald spot|price|prices|bill|cost)\b(?: \w+){0,3}? (?:is|are) giving me (?:a |the )?(?:heart )?"
    r"(?:chest pains?|palpitations|heart attack|stroke|fever)\b"
    # "the price gave me a fever just looking at it", "that price had me catching a fever ngl"
    r"|\b(?:price|prices|cost|costs|bill|quote|price tag|invoice|total)\b(?: \w+){0,8}?"
    r" (?:gave|give|gives|giving|had|has|is giving)"
    r" me (?:catching |getting |having )?(?:a |the )?(?:heart )?(?:fever|palpitations|heart attack|chills|shivers|the shakes)\b"
)
# Not treated yet ("my first session is booked for Tuesday"): a fever or a lump now is not a reaction to injections.
NOT_TREATED_YET = _r(
    r"\b(?:my )?first (?:meso|mesotherapy|session|appointment|treatment)\b(?: \w+){0,2}? is (?:booked|scheduled"
    r"|planned|next|on|in|for)\b"
    r"|\b(?:have not|has not|not yet|never) (?:yet )?(?:had|started|done|tried) (?:any |the |my |a )?(?:meso|mesotherapy"
    r"|injections?|sessions?|treatment)\b|\bbefore my first (?:meso|mesotherapy|session|appointment|treatment)\b"
    r"|\b(?:have not|has not|not yet) (?:yet )?had anything done\b"
    r"|\bbefore i (?:try|start|have|get|book) (?:any |the |my )?(?:treatment|meso|mesotherapy|injections?|sessions?)\b"
    r"|\b(?:asking|ask|checking) before i (?:book|go|commit)\b"
    r"|\b(?:asking|ask|checking) (?:ahead of|before) (?:my|the) (?:first )?(?:session|appointment|treatment|meso|mesotherapy)\b"
    r"|\b(?:just|only|still) planning\b|\b(?:i am |i m )?at week (?:0|zero)\b"
    r"|\bbefore i (?:agree|commit|go ahead|sign up|decide)(?: to (?:anything|it|this|that|them|any(?: of)? (?:this|that)))?\b"
    r"|\bbefore (?:i book|booking)\b"
    # "I want to know before I make the treatment", "I'm booking next week" (2026-12, final60)
    r"|\bbefore i (?:make|do|undergo|go for|take|go ahead with) (?:the |my |any |this )?(?:treatment|meso|mesotherapy"
    r"|injections?|sessions?)\b|\bi am booking (?:it |in |one )?(?:next|this|for)\b"
    # "my first session is tomorrow"; not "GP appointment is tomorrow" (a doctor's, after the injections)
    r"|\b(?<!gp )(?<!doctor )(?<!doctors )(?<!dermatologist )(?<!hospital )(?<!clinic follow up )(?<!follow up )"
    r"(?:session|appointment|treatment) is (?:tomorrow|next|on)\b"
    r"|\bbefore i (?:have|get|start) (?:my |the )?(?:scalp |hair )(?:injections?|meso|mesotherapy|treatment)\b|\bbefore (?:my"
    r"|her|his|their) first\b|\b(?:booked|booking) (?:in )?(?:meso|mesotherapy"
    # not "booked for session 9" or "for my next one": the injections have begun
    r"|for)\b(?! (?:my |the |a |an )?(?:(?:next|another|second|third|fourth|fifth|sixth|last|final|follow up|top up|repeat"
    r"|\d+(?:st|nd|rd|th)) (?:session|appointment|one|treatment|round|injections?|meso)"
    r"|session (?:\d|two|three|four|five|six|seven|eight|nine|ten)))"
    r"|\b(?:a |my )?(?:consult|consultation) for (?:meso|mesotherapy)\b|\bplanning (?:sessions|meso|mesotherapy|to have)\b"
    r"|\bbooked (?:in )?(?:my |a )?first (?:meso|mesotherapy|session|appointment|treatment)\b"  # final69
    r"|\b(?:is|am|are) (?:still |seriously |really |currently |now )?(?:considering|thinking about getting|planning to (?:get"
    r"|have))\b"
    r"|\b(?:considering|thinking about|thinking of) (?:getting |having |doing |trying )?(?:hair |scalp )?(?:meso|mesotherapy)\b"
    r"|\bfirst (?:\w+ ){0,3}?(?:session|appointment|treatment) (?:is )?(?:in (?:a|two|three|\d+) (?:days?|weeks?)|next"
    r"|tomorrow)\b"
    r"|\bbefore (?:my|the) (?:\w+ )?(?:session|appointment|treatment) (?:tomorrow|next|on|this|later)\b"
    r"|\b(?:wants|want|planning|plan|going) (?:to (?:get|have|try|do) )?(?:hair |scalp )?(?:meso|mesotherapy)\b(?! (?:again"
    r"|done))"
    r"|\bfirst (?:meso|mesotherapy|session|appointment|treatment) (?:is )?(?:tomorrow|next week|this week|on \w+day)\b"
    # "My session isn't until the 14th", "I'm having meso next week" (final66)
    r"|\b(?:session|treatment|meso|mesotherapy) is not (?:until|till)\b"
    r"|\bi am having (?:my |the |a )?(?:first )?(?:meso|mesotherapy|session|injections?) (?:next|tomorrow|on \w+day|in (?:a|two"
    r"|three|\d+) (?:days?|weeks?))\b"
)

# "What would you do if your mum was confused? It's not hypothetical, she is right now": the writer takes the
# "if" back, so the signs are read as reported (2026-12, dev17)
TAKEN_BACK = _r(
    r"\b(?:it is|this is|its|is) not (?:a |just )?(?:hypothetical\w*|hipotetic\w*|ipotetic\w*|theoretical\w*|in theory)\b"
    r"|\bnot (?:just )?(?:a )?hypothetical(?:ly)?\b|\bi am (?:actually )?asking (?:for|about) (?:me|myself)\b"
    r"|\basking for myself\b"
    r"|\b(?:chiedo|pregunto|demande|frage) for me\b|\bactually (?:it is|i have|she is|he is|she has|he has|my|mine|this is)\b"
    r"|\bit is (?:actually )?happening\b|\b(?:i|we) (?:see|have|zie) (?:it|him|hem|her|them|one) now\b"
    r"|\bhappening (?:right )?now\b|\bwell,? (?:actually|it is real)\b"
    r"|\b(?:that is|thats|its|it is) (?:honestly |exactly |actually |literally )?how i (?:feel|am feeling)(?: right)? now\b"
    # the writer's own state after a "should I be worried about a ...?": "I can't stand the light either",
    # "I had scalp meso on Monday and it's now Friday"
    r"|(?<=[.?!] )[^.?!]*\b(?:i|me|my)\b[^.?!]*\b(?:either|too|as well)\b"
    r"|(?<=[.?!] )i (?:had|got) (?:\w+ )?(?:meso|mesotherapy|injections|the injections|a session|my session)"
    r" (?:on|last) \w+ and (?:it is|its) now\b"
    r"|\b(?:worried|concerned|worry) about (?:a|an) [^.?!]{3,80}\bwhen i (?:also |too )?(?:can not|cannot|have|am|feel|keep)\b"
)
_TAKEN_BACK_HYPOTHETICAL = _r(
    r"\b(?:what would you do|what should (?:i|one|someone|you) do|what (?:would|should) (?:happen|one do)|what then|what dan"
    r"|imagine|suppose|supposing|hypothetically|if|say)\b"
)


def without_hypotheticals(text: str) -> str:
    """A message whose writer took its "if" back (`TAKEN_BACK`), with the hypothetical openers removed."""
    text = _WORRIED_ABOUT.sub("i have", text)  # "should I be worried about a stiff neck? I can't stand light either"
    return _SPACES.sub(" ", _TAKEN_BACK_HYPOTHETICAL.sub(" ", text)).strip()


_SPACES = re.compile(r" {2,}")
# Brief §4a findings that are usual after a session: bruises, scabs, pinpoint bleeding spots
USUAL_FINDING = _r(
    BRUISE_WORDS + r"|\bscabs?\b|\bscabb\w*|\bpinpoint\b"
    # "I see small crusts where the needles was" (final68): §4a's tiny scabs
    r"|\b(?:small|tiny|little|few|minor) (?:little |small |tiny |blood )?crust(?:s|y bits)?\b"
    r"|\b(?:tiny|little|small) (?:red |pink |blood )?(?:dots|spots of blood"
    r"|bleeding spots)\b"
)
# the first day or two after a session, told as now: §4a's 24-48 hours (2026-12, final60)
_FIRST_DAYS = _r(
    r"\b(?:(?:it is |its |on |only )?day (?:1|2|one|two)|(?:the |it is the |its the )?(?:first|second) day|the day after"
    r"|yesterday s (?:session|meso|mesotherapy|injections?)"
    r"|(?:session|meso|mesotherapy|injections?) (?:was |were )?(?:yesterday|this morning|today|last night)"
    r"|(?:had|did|got) (?:my |the |a |our )?(?:\w+ )?(?:session|meso|mesotherapy|injections?) (?:done )?(?:yesterday|this morning"
    r"|today|last night))\b"
)
_UNWELL = _r(
    r"\b(?:unwell|ill|sick|awful|terrible|rough|poorly|weak|dizzy|faint|feverish|shivery|hot and cold|worse|worsening"
    r"|spreading|growing|bigger|pus|oozing|hot)\b"
)


def first_days_only(text: str) -> bool:
    """A message dated to the first day or two after a session that says nothing of feeling unwell or of a change:
    "one spot is still a bit pink, it's the second day"."""
    return bool(_FIRST_DAYS.search(text)) and not _UNWELL.search(text)


# "I feel fine otherwise" (final67): said after a question, it is also a follow-up (`clauses.FOLLOW_UP`)
WELL_OTHERWISE = r"(?:i|he|she) (?:feel|feels|am|is) (?:fine|ok|okay|well|alright|all right) otherwise"
# Brief §4b: "feeling feverish or shivery with a lump, but otherwise well" is same-day, not an emergency
OTHERWISE_WELL = _r(
    r"\b(?:otherwise|apart from (?:that|this)|other than (?:that|this)|but|and) (?:i am |im |i feel |he is |hes |she is |shes "
    r"|he s |she s |they are |feeling |seems? |looks? |still )?(?:fine|well|ok|okay|alright|all right|up and about|eating"
    r"|drinking|chatty|chatting|playing|watching|walking about|walking around|himself|herself|normal|good in (?:myself|himself"
    r"|herself))\b(?! (?:until|till|before|then)\b)"
    # "... can't sleep on it. dont feel sick tho"
    r"|\b(?:i|he|she|they) (?:do not|does not|did not) feel (?:sick|ill|unwell|poorly|bad in (?:myself|himself|herself))\b"
    r"|\b(?:do not|does not) feel (?:sick|ill|unwell|poorly)\b"
    rf"|\b{WELL_OTHERWISE}\b"  # final67
)
_WORRIED_ABOUT = re.compile(
    r"\b(?:should|do|must) i (?:be )?(?:worried|concerned|worry) (?:about|by)\b(?! (?:getting|developing|catching)\b)"
)

# "that was like 6 months ago" after a story: the sentence before it is the past (2026-12, dev17)
DATED_BEFORE = _r(
    r"\s*(?:and |but |anyway )?(?:that|this|it|all that|all of that|all this) (?:was|happened|were) (?:like |about |around |over "
    r"|nearly |almost |more than )?(?:\w+ )?(?:months?|years?) ago\b"
)

# Sessions already had ("session 5 of 8", "after this last one"): a later booking does not make a fever "before
# the first session" (`NOT_TREATED_YET`)
ALREADY_TREATED = _r(
    r"\bsession \d+ of \d+\b|\bafter (?:this|my|the|her|his) (?:last|latest|previous|recent|second|third|\d+(?:st|nd|rd|th))"
    r" (?:one|session|treatment|round)\b|\b(?:had|done|did|have had) (?:\w+ ){0,2}?(?:sessions|injections|treatments)\b"
    r"|\b(?:my|the|our|his|her) (?:next|most recent|latest|last) (?:meso |mesotherapy )?(?:session|treatment|round)\b"
    r"|\bwent (?:\w+ ){0,3}?for (?:meso|mesotherapy|injections|the injections|a session)\b"  # final65
    r"|\b(?:the |my )?(?:session|injections|meso|mesotherapy|treatment) (?:was|were) (?:\w+ ){0,3}?ago\b"
    r"|\b(?:first|1st) (?:\w+ )?(?:sessions|\d) (?:were|was|went)\b"
    r"|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:session|treatment|round)\b"
    r"|\bwent to (?:a |the )?(?:\w+ ){0,3}?(?:salon|clinic|spa|place) for (?:\w+ ){0,2}?(?:injections|meso|mesotherapy"
    r"|treatment)\b"
    r"|\b(?:had|got|did)\b(?: \w+){0,3}? (?:injections|meso|mesotherapy|session|treatment)\b(?: \w+){0,5}? (?:last|on)"
    r" (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b"
    # "so I booked mesotherapy. Two days ago one of the sites became tender" (2026-12, final63)
    r"|\bone of the (?:injection |needle )?(?:sites|spots|points|holes) (?:became|turned|went|got|has|is|was|looks)\b"
    # "so I booked meso in Istanbul when I was out there ... Came back on Sunday" (final68)
    r"|\bbooked (?:\w+ ){1,4}?(?:when|while) (?:i|we) (?:was|were)\b|\b(?:came|got|flew) (?:back|home) (?:on|last|yesterday)\b"
)


def not_treated_yet(text: str) -> bool:
    """No injection yet: "my first session is booked for Tuesday", "before I make the treatment" (`NOT_TREATED_YET`),
    and nothing saying one was had (`ALREADY_TREATED`)."""
    return bool(NOT_TREATED_YET.search(text)) and not ALREADY_TREATED.search(text)


def told_now(text: str, start: int, end: int, over: Iterable[Tuple[int, int]] = ()) -> bool:
    """Whether text[start:end] tells something as happening now ("still", "today", "the clinic says lumps are normal,
    but mine ..."); a "now" inside a span that is over (`over`: "she is fine now") does not count."""
    spans = tuple(over)
    return any(not any(s <= m.start() < e for s, e in spans) for m in PRESENT.finditer(text, start, end)) or bool(
        OWN_CONTRAST.search(text, start, end)
    )


def told_as_story(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of the remote past or of someone else's case ("years ago", "my friend had")."""
    return remote_past(text, start, end) or bool(HEARSAY.search(text, start, end))
