"""The detector's vocabulary: one compiled pattern per sign or cue, plus the small word lists the
filters use. Content, not logic: `registry.py` says which sign each pattern reports, `matching.py`
how a match is filtered. Patterns run on `bot.chat_text.for_matching` text (lower case, contractions
expanded: "can not", "does not"); a filler gap ``(?:\\w+ )`` never crosses a negation.
"""

from __future__ import annotations

from typing import Dict

from bot.red_flags.gaps import GAP_WORD as GAP_WORD
from bot.red_flags.gaps import gapped as gapped

# the neurological signs' wording lives in patterns_neuro, breathing, heart and circulation in patterns_vital;
# re-exported so the registry reads every pattern here
from bot.red_flags.patterns_neuro import (
    CONFUSION as CONFUSION,
)
from bot.red_flags.patterns_neuro import (
    DOUBLE_VISION as DOUBLE_VISION,
)
from bot.red_flags.patterns_neuro import (
    DROWSY as DROWSY,
)
from bot.red_flags.patterns_neuro import (
    FOCAL as FOCAL,
)
from bot.red_flags.patterns_neuro import (
    PHOTOPHOBIA as PHOTOPHOBIA,
)
from bot.red_flags.patterns_neuro import (
    SEIZURE as SEIZURE,
)
from bot.red_flags.patterns_neuro import (
    SLURRED as SLURRED,
)
from bot.red_flags.patterns_neuro import (
    STIFF_NECK as STIFF_NECK,
)
from bot.red_flags.patterns_neuro import (
    VOMIT as VOMIT,
)
from bot.red_flags.patterns_vital import AIRWAY as AIRWAY
from bot.red_flags.patterns_vital import BREATHLESS as BREATHLESS
from bot.red_flags.patterns_vital import CHEST_GRIP as CHEST_GRIP
from bot.red_flags.patterns_vital import CHEST_PAIN as CHEST_PAIN
from bot.red_flags.patterns_vital import COUGHING_BLOOD as COUGHING_BLOOD
from bot.red_flags.patterns_vital import FAINTING as FAINTING
from bot.red_flags.patterns_vital import FEEL_DYING as FEEL_DYING
from bot.red_flags.patterns_vital import MOTTLED as MOTTLED
from bot.red_flags.patterns_vital import NO_URINE as NO_URINE
from bot.red_flags.patterns_vital import NONBLANCHING as NONBLANCHING
from bot.red_flags.patterns_vital import RACING_HEART as RACING_HEART
from bot.red_flags.patterns_vital import SUICIDAL as SUICIDAL
from bot.red_flags.patterns_vital import SUICIDAL_NOT_OWN_AFTER as SUICIDAL_NOT_OWN_AFTER
from bot.red_flags.patterns_vital import SUICIDAL_NOT_OWN_BEFORE as SUICIDAL_NOT_OWN_BEFORE

MILD = frozenset("mild mildly slight slightly bit little minor faint tiny small touch abit tad somewhat".split())
# the same said as a phrase: "a bit sore", "my eyelids look a little puffy" (model gates, the drop-down reading)
MILDLY = gapped(r"\b(?:a (?:tiny |little )?bit|a little|slightly|mildly|somewhat|kind of|kinda|a touch)\b")
INTENSE = frozenset("very really so extremely super quite incredibly too".split())

_r = gapped


PAIN_WORD = r"(?:pain|pains|painful|hurts?|hurting|ache|aches|aching|throbbing|sore|soreness|agony)"
SEVERE_WORDS = (
    "severe severely extreme extremely excruciating unbearable unbearably agonising agonizing intense intensely "
    "horrible horrendous terrible awful insane insanely unreal worst immense crippling debilitating screaming killer"
).split()
SEVERE_WORD = f"(?:{'|'.join(SEVERE_WORDS)})"
LUMP = _r(
    r"\b(?:lumps?|lump|bumps?|knots?|nodes?|nodules?|nodular|zits?|pimples?|cysts?|masses|mass|bulge|bulges"
    r"|induration|indurated|hardened (?:area|spot|skin|bit)|bubble under|ball under"
    r"|(?:a|one|hard|firm|painful|big|large) swelling|(?:hard|firm|solid) (?:little |small )?(?:area|spot|patch|bit|part"
    r"|bits|marbles?|beads?|balls?|peas?))\b"
    r"|\b(?:marble|pea|ball|grape|bean|rock|stone|bead|peanut|something (?:hard|firm|round))s?"
    r" (?:\w+ ){0,3}?under (?:the |my |his |her )?(?:skin|scalp)\b"
    r"|\bbumpy (?:red |hard |raised )?(?:patch|area|bit|spot)\b|\bthe balls (?:came|come|appeared|showed)\b"
    r"|\b(?:small|little|hard) balls (?:on|in|under) (?:my |the )?(?:head|scalp|skin)\b"
    r"|\b(?:firm|hard|solid|raised),? (?:pea|grape|marble|bean|lentil)[ -]?sized\b"  # "exactly the same, firm, pea-sized"
)
# a bruise, which §4a calls usual and which turns yellow as it fades: "a small blue mark near the ear"
BRUISE_WORDS = r"\bbruis\w*|\b(?:blue|bluish) marks?\b"
BRUISE = _r(BRUISE_WORDS)
PUS = _r(
    r"\bpus\b|\bpurulent\b|\bpustules?\b|\bwhite ?heads?\b"
    r"|\b(?:yellow|yellowish|white|whitish|green|greenish|creamy|cloudy|thick|smelly|brown|brownish)"
    r" (?:stuff|liquid|fluid|goo|gunk|gunge|crust|crusts|discharge|matter|substance|head|heads|thing|things|juice)\b"
    r"|\b(?:stuff|liquid|fluid|goo|gunk|gunge|something|juice|matter|yellow)"
    r"(?: (?:creamy|yellow\w*|white|whitish|green\w*|brown\w*|thick|cloudy|smelly))?"
    r" (?:is |keeps |was |has been |started |starts )?(?:coming|came|comes|leaking|leaks|oozing|oozes|draining"
    r"|drains|seeping|seeps|dripping|drips|dribbl\w*|pouring)\b"
    r"|\bfill(?:s|ing|ed)? (?:up )?with (?:goo|gunk|gunge|fluid|liquid|yellow stuff|white stuff|pus)\b"
    r"|\b(?:kind of|kinda|sort of|a bit|slightly|and) smells?(?= *(?:$|[.,;!?]))"
    r"|\bdischarg(?:e|es|ing)\b|\booz(?:e|es|ed|ing|y)\b(?! (?:a (?:little|tiny|bit|small amount) )?(?:of )?blood)"
    r"|\bleak(?:s|ing|ed)?\b|\bdrain(?:s|ing)\b|\bseep(?:s|ing|ed)?\b"
    r"|\bweeping (?:fluid|liquid|pus|sore|wound|spot|lump|area|site)\b"
    r"|\b(?:is|are|spots?|lumps?|bumps?|sites?|wounds?|scalp|areas?|sores?|skin|crusty|crusting) (?:\w+ ){0,3}?weeping\b"
    r"|\b(?:yellow|honey|golden) (?:coloured |colored )?crust\w*"
    r"|\b(?:gone|turned|turning|going|gotten|become|became) (?:\w+ )?(?:yellow|yellowish|white|green|greenish)\b"
    r"|\byellow (?:heads?|tips?|tops?|spots?|centre|center|middle|pimples?|bumps?)\b"
    r"|\b(?:bad|foul|awful|horrible|funny|weird|strange|nasty|rotten) (?:smell|smells|smelling|odou?r)\b"
    r"|\bsmells? (?:bad|awful|horrible|foul|rotten|off)\b|\bsmelly\b"
)
ABSCESS = _r(
    r"\babscess(?:es)?\b|\bboils?\b|\bcarbuncles?\b|\bfuruncles?\b|\bpocket of pus\b"
    r"|\bpus (?:pocket|filled|ball|bubble|sac)\b|\bfull of pus\b|\bsquishy\b|\bsquidgy\b|\bfluctuant\b"
    r"|\bfull of (?:fluid|liquid)\b|\bfluid (?:filled|under)\b"
)
INFECTION = _r(
    r"\binfect(?:ed|ion|ions)\b|\bcellulitis\b|\berysipelas\b|\bmycobacteri\w*\b"
    r"(?! (?:treatment|antibiotics|course|drugs|window|period|timeline|time ?frame|stuff))"
    r"|\bstaph\b|\bmrsa\b"
    r"|\bimpetigo\b|\bfolliculitis\b|\b(?:went|gone|going|turned) septic\b"
)
HOT = _r(r"\b(?:hot|warm|warmer|hotter|warmth|heat)\b")
HOT_SKIP_NEXT = frozenset(
    "shower showers water bath baths weather day days tub drink drinks tea coffee sauna saunas yoga climate "
    "towel towels compress compresses pack packs flush flushes flash flashes sun room car country summer "
    "outside pepper sauce chocolate spring springs topic air wax iron tools styling dryer blow oil comb food "
    "meal soup place up welcome milk cloth flannel stone stones stroke exhaustion protectant protection "
    "damage treatment wave rash pad cream".split()
)
HOT_SKIP_PREV = frozenset("apply applied use used put using".split())
RED = _r(r"\b(?:red|redness|reddish|redish|reddened|reddening|redder|erythema|erythematous|inflamed|inflammation|pink|pinkish)\b")
RED_SKIP_NEXT = frozenset(
    "light lights wine blood meat flag flags carpet bull cross pepper onion hair head dye color colour lipstick led laser".split()
)
SWELLING = _r(r"\b(?:swell|swells|swelling|swellings|swollen|puffy|puffiness|puffed|oedema|edema|bloated)\b")
PAIN = _r(
    r"\b(?:pain|pains|painful|hurts?|hurting|sore|soreness|tender|tenderness|ache|aches|aching|achy|throbb?ing|throbs"
    r"|burning|burns|stinging|stings|paining|pained)\b(?! (?:up|sensation|feeling)\b)"
)
MILD_PAIN_WORDS = frozenset("tender tenderness sore soreness ache aches aching achy stinging stings".split())
SEVERE_PAIN = _r(
    rf"\b{SEVERE_WORD} (?:\w+ ){{0,2}}?{PAIN_WORD}\b"
    rf"|\b{PAIN_WORD} (?:\w+ ){{0,10}}?(?:unbearable|excruciating|is killing me|killing me|like hell"
    r"|terrible|horrible|awful|intense|extreme|insane|severe|out of proportion|off the charts|through the roof)\b"
    r"|\bagoni[sz]ing\b|\bexcruciating\b"
    r"|\bin agony\b|\bagony\b|\bcan not (?:stand|bear|handle|take) the pain\b|\b(?:10|ten) out of (?:10|ten)\b"
    r"|\bscreaming in pain\b|\bcrying (?:in|with|from) (?:the )?pain\b"
    rf"|\b{PAIN_WORD} (?:(?!(?:and|but|or|not|no|never|nor|without)\b)[a-z]+ ){{0,10}}?"
    r"(?:is|was|feels|felt|has been|is getting|got|gets|became|has become|be)"
    rf" (?:\w+ ){{0,2}}?(?:{SEVERE_WORD}|out of proportion|off the charts)\b"
)
FEVER = _r(
    r"\bfevers?\b|\bfeverish\b|\bfebrile\b|\bpyrexia\b|\bhigh temperature\b"
    r"|\b(?:have|has|had|having|got|running|run|with|developed|spiked|spiking) (?:a |an )?(?:high |slight |mild"
    r" |bit of a |little |low )?temperature\b"
    # "a headache and a temperature"
    r"|\band (?:a |an )(?:high |slight |mild |bit of a |little )?temperature\b(?! (?:of|reading|check|chart|gun)\b)"
    r"|\btemperature (?:is |was |has been |went |keeps )?(?:high|up|rising|raised|spiking|through the roof)\b"
    r"|\bburning up\b|\bhot and cold\b|\bhot (?:and )?(?:shivery|shaky|sweaty|clammy)\b"
    r"|\bi (?:am |was |m )?(?:feel|feeling|felt|am|was|getting|get|keep getting) (?:so |very |really |a bit"
    r" |a little |kind of |kinda |quite |super |all )?(?:hot|warm|boiling|feverish)\b"
)
CHILLS = _r(
    r"\bchills\b|\bchilly\b|\b(?:a|the|got|get|getting|having|with|and) chill\b(?! out)|\bshiver(?:s|ing|y|ed)?\b"
    r"|\bcold sweats?\b|\bnight sweats?\b"
    r"|\bsweating (?:a lot|buckets|profusely|like crazy|badly)\b"
    r"|\b(?:feel|feeling|felt|am|i m) (?:so |very |really |freezing )?(?:cold|freezing)\b|\bfreezing cold\b"
    r"|\bcan not get warm\b|\bshak(?:y|ing) (?:chills|all over)\b|\bhot and cold\b"
    r"|\b(?:i am|i m|am|feel|feeling|felt|i was) (?:so |very |really |all )?(?:shaking|shaky|trembling|shivering)\b"
)
RIGORS = _r(
    r"\brigou?rs?\b|\buncontrollabl[ey] (?:shaking|shivering|trembling|chills|shivers|shakes)\b"
    r"|\b(?:chills|shivers|shakes|shaking|shivering|trembling) (?:that )?(?:are |is )?(?:uncontrollable|uncontrollably"
    r"|(?:i|he|she) (?:can not|could not) (?:control|stop))\b"
    r"|\b(?:shaking|shivering|trembling|shake|shiver) (?:uncontrollably|violently|badly|so much|like crazy"
    r"|like mad|nonstop|non stop|all over|all night)\b|\bcan not stop (?:shaking|shivering|trembling)\b"
    r"|\bteeth (?:are |keep |were )?chattering\b|\bshaking chills\b"
    r"|\b(?:shivering|shaking|trembling)\b[^.?!]{0,25}\buncontrollabl[ey]\b"
    r"|\buncontrollabl[ey]\b[^.?!]{0,12}\b(?:shivering|shaking|trembling)\b"
)
HEADACHE = _r(
    r"\bhead ?aches?\b|\bheadaches?\b|\bmigraines?\b|\bpain in (?:my |the |his |her )?head\b|\bsplitting head\b"
    r"|\bhead (?:is )?(?:hurts?|hurting|paining|pounding|throbbing|splitting|killing me|is killing me|exploding|banging)\b"
    r"|\bheads (?:pounding|throbbing|splitting|exploding|banging)\b"  # "my head's splitting"
)
SEVERE_HEADACHE_WORDS = frozenset(  # one severity vocabulary with pain, plus words only said of a headache
    SEVERE_WORDS + "bad splitting pounding killing thunderclap blinding crushing exploding banging".split()
)
SEPSIS = _r(
    r"\bseps(?:is|es)\b|\bsepticaemia\b|\bsepticemia\b|\bmeningitis\b|\bblood poisoning\b"
    r"|\bnecroti[sz]ing\b|\bflesh eating\b|\btoxic shock\b"
)
IMMUNO = _r(
    r"\bdiabet(?:es|ic)\b|\bimmunocompromised\b|\bimmuno ?suppress\w*|\bimmune ?suppress\w*"
    r"|\b(?:weak|weakened|low|poor|compromised|bad) immune\b|\bimmune system (?:is )?(?:weak|weakened|low|compromised|bad)\b"
    r"|\b(?:on|taking|take|takes|taken|uses|using) (?:\w+ )?(?:steroids?|prednisolone|prednisone|methotrexate|biologics?"
    r"|immunosuppressants?|cortisone (?:tablets|pills)|(?:hydro)?cortisone tablets|dexamethasone|steroid (?:tablets|pills)"
    r"|tacrolimus|ciclosporin|cyclosporine|azathioprine)\b|\bchemo(?:therapy)?\b|\bhiv\b"
    r"|\b(?:kidney|liver|organ|heart|lung) transplant\b|\bdialysis\b|\bleuka?emia\b|\blymphoma\b|\bsplenectomy\b"
    r"|\banti ?rejection (?:drugs?|meds|medications?|medicines?|tablets|pills)\b"
    # "on immune meds for my transplant", "Prednisolone 20 mg/day for asthma" (a dose: taken now) (2026-12, final57)
    r"|\b(?:my|his|her|a) transplant\b|\bimmune (?:meds|medications?|medicines?|drugs|suppressants?)\b"
    r"|\b(?:prednisolone|prednisone|methotrexate|tacrolimus|ciclosporin|cyclosporine|azathioprine|dexamethasone"
    r"|mycophenolate) \d+(?:\.\d+)? ?mg\b"
)
# A risk factor that lasts: current medication or a transplant ("a kidney transplant years ago and take tacrolimus"),
# told of the writer long ago or of the person whose signs the message reports ("my friend had a kidney transplant")
ONGOING_RISK = _r(r"(?:on|taking|take) |\w+ transplant\b|anti ?rejection |diabet\w* (?:for )?\w+ years?\b(?! ago)")
FACE_EYE = _r(
    r"\b(?:eye|eyes|eyelid|eyelids|eye lid|eye lids|face|cheek|cheeks)(?: (?!(?:not|nowhere|no|never"
    r"|but)\b)\w+){0,6}? (?:swollen|swelling|swell"
    r"|puffy|puffed|shut|closing)\b"
    r"|\b(?:swollen|swelling|puffy|puffed|puffiness|swell)(?: (?!(?:not|nowhere|no|never|but)\b)\w+){0,6}? (?:eye|eyes|eyelid"
    r"|eyelids|eye lid|face"
    r"|cheek|cheeks)\b"
    r"|\b(?:red|redness)(?: \w+)? (?:around|near|under|over|above|below|next to|by) (?:my |the |his |her |both"
    r" |one )?(?:eye|eyes|eyelid|eyelids)\b"
    r"|\bcan not open (?:my |his |her |one |the )?(?:\w+ )?eyes?\b"
    r"|\b(?:gone|spread|spreading|moved|going) (?:all )?(?:round|around|to|into) (?:both |my |his |her )?eyes\b"
    r"|\bswelling\b[^.?!]{0,40}\b(?<!not )(?<!nowhere )(?:on|around|near|under|round) (?:my|his|her|the) (?:\w+ )?(?:cheek"
    r"|cheeks|eye|eyes|eyelids?)\b"
    # a face grown bigger without the word swollen: "my face on one side is big and red"
    r"|\b(?:my|his|her) (?:\w+ )?(?:face|cheek)(?: (?!(?:not|no|never|but|was|used|in)\b)\w+){0,4}? (?:is|got|went|has gone"
    r"|has got|became) (?:all |very |so |really |quite )?(?:big|bigger|huge|enormous|blown up|ballooned|lopsided|puffed up)\b"
    r"(?! (?:in|on) (?:\w+ )?(?:photos?|pictures?|pics?|selfies?|videos?|mirror|camera)\b)"
)
SPREAD = _r(
    r"\bspread(?:s|ing)?\b|\bexpand(?:s|ing)\b|\bextending\b|\b(?:exploded|ballooned|mushroomed) (?:out|outwards)\b"
    r"|\bracing (?:down|up|across|along)\b"
    r"|\b(?:swelling|swelling up|swells|swells up|swelled up|puffing up|getting bigger|growing)"
    r" (?:so |really |very |super )?(?:fast|quickly|rapidly)\b"
    r"|\bred (?:area|patch|mark|spot|ring|circle|bit) (?:is |keeps )?(?:getting |gets |got )?(?:bigger|larger|wider)\b"
    r"|\b(?:past|beyond|outside|over|across) (?:the |my )?(?:pen |marker |drawn )?(?:line|lines|mark|marks|outline|border"
    r"|circle|ring)\b"
    r"|\b(?:moving|creeping|travell?ing|marching|growing) (?:so |really |very |super )?(?:fast|quickly|rapidly)\b"
    r"|\b(?:red|redness|red patch|patch|rash|red area)\b(?: \w+){0,4}? (?:has |had |is |have )?(?:doubled|tripled)\b"
    r"|\bwent from (?:\w+ ){0,7}?to (?:covering|cover|half|most|(?:the|my|his|her) whole)\b"
    r"|\b(?:shot|raced|crept|moved|run|ran) (?:down|up|across|onto|into) (?:my|his|her|the) (?:neck|shoulder|face|forehead|ear"
    r"|back)\b"
    r"|\b(?:covering|covers|covered) (?:half|most|all) (?:of )?(?:my|his|her|the)\b"
    r"|\b(?:already |way |well |right )?past (?:it|the pen|the mark)\b"
    r"|\b(?:go|goes|going|went|gone) (?:very |so |really |super )?(?:fast|quickly|quick) (?:to|towards|down|up|into|onto)"
    r" (?:my|his|her|the) (?:neck|ear|ears|face|forehead|cheek|temple|eye|back|shoulder)\b"
    r"|\b(?:going|moving|creeping|travell?ing|reaching|reaches|reached|spread) (?:down |up |into |onto |over )?(?:to )?"
    r"(?:the side of )?(?:my |his |her |the )(?:neck|ear|ears|face|forehead|cheek|temple|eye|eyes|eyebrow|eyebrows|jaw)\b"
)
STREAKS = _r(  # "red streets": voice-to-text for "red streaks"
    r"\bred (?:streaks?|lines?|stripes?|tracks?|streets?|strikes?|strips?)\b|\bstreaks?\b|\bstreaking\b|\blymphangitis\b"
    r"|\bstreaky (?:red )?(?:lines?|marks?|bits?)\b"
    r"|\bred (?:\w+ )?(?:lines?|streaks?) (?:going|running|spreading|coming|heading)\b"
    # after the colour word, which the sign "red" has already taken: "a faint reddish line going from it"
    r"|(?:(?<=reddish )|(?<=pinkish ))(?:\w+ )?(?:lines?|streaks?) (?:going|running|spreading|coming|heading)\b"
)
SPREAD_CONTEXT = _r(
    r"\b(?:red|redness|reddish|pink|pinkish|rash|swelling|swollen|infection|infected|area|patch|it|lump|pus|hot|skin)\b"
)
FAST_HOURS = _r(
    r"\b(?:by the hour|every hour|each hour|hour by hour|before my eyes|you can see it|within (?:an |the )?hours?"
    r"|in (?:an|one|the last|a few|just|only|few|two|2|three|3) (?:\w+ )?(?:hours?|minutes?|mins?)|minute by minute"
    r"|by the minute|every minute|each minute|while (?:i|we) (?:watch|am watching|look)|as (?:i|we) (?:watch|look)"
    r"|every (?:\d+|few|couple of|half an?) (?:minutes?|mins?|hours?))\b"
)
FAST = _r(
    r"\b(?:fast|quick|quickly|rapidly|rapid|by the hour|every hour|each hour|hour by hour|before my eyes"
    r"|by the minute|every minute|this fast|so fast|an hour ago|two hours ago|you can see it|overnight"
    r"|doubled(?! (?:since|in|over) (?:(?:last|a|the past|the last) (?:week|month|few days)|the weekend|the other day"
    r"|(?:last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day))"  # days, not hours: "doubled since the weekend" (final68)
    r"|within hours|after (?:just |only )?(?:an|one|half an) hour"
    r"|within a day|in a day|by (?:lunch|lunchtime|dinner|teatime|tea time|this afternoon|this evening|bedtime)|(?:an|one|two"
    r"|three|four|five|six|few|couple of|\d) (?:hours?|hrs?) (?:later|on)"
    r")\b|\b(?:in|within) (?:\w+ ){0,5}?(?:hours?|minutes?|mins?)\b|\bracing (?:down|up|across|along)\b"
)
# "spread over half my head since lunch": fast with a spreading word, not with a streak that appeared this morning
SINCE_TODAY = _r(r"\bsince this (?:morning|afternoon|evening)\b|\bsince lunch(?:time)?\b")
WORSE = _r(
    r"\b(?:getting|got|gets|becoming|become|became|is|are|much|even|way|going|keeps getting) (?:worse|bigger|larger"
    r"|redder|more swollen|more painful|more red|hotter|puffier)\b|\bworsening\b"
    r"|\bworse (?:and worse|every day|each day|by the day|today|than yesterday|since)\b|\bincreasing\b"
    r"|\b(?:is|are) (?:actually|definitely|clearly|now|even) (?:worse|bigger|more swollen|more painful|more red|redder)\b"
    r"|\b(?:worse|bigger|more swollen|more painful|more sore|redder|more red) than (?:on |it was on )?(?:day \d+|yesterday"
    r"|the day before|before|last week)\b"
    r"|\bnot (?:getting )?better\b"
    r"|\b(?:getting|got|gets|becoming|is) more (?:big|large|wide|red|swollen)\b"
    r"|\btwice (?:that|as (?:big|large|wide)|the size)\b|\bdouble (?:the|in|its) size\b"
    r"|\b(?:two|three|2|3) times (?:as (?:big|large|wide)|bigger|larger|the size)\b"
)
GROW = _r(
    r"\b(?:growing|grown|grew|grows|bigger|larger|enlarging|expanding)\b|\b(?:new|more|another|other) (?:lumps?|bumps?"
    r"|nodules?|knots?|nodes?|spots)\b|\bkeep (?:appearing|coming)\b|\bhard and fixed\b"
)
PERSIST = _r(
    r"\bstill (?:there|here|present|swollen|red|hard|painful|sore|hurting|visible|the same|not)\b"
    r"|\b(?:not|never) (?:going|gone|went) (?:away|down)\b|\b(?:will|does|did) not (?:go|going) (?:away|down)\b"
    r"|\bkeeps coming back\b|\bcame back\b|\bpersistent\b|\bpersisting\b|\blingering\b|\bnot healing\b"
    r"|\b(?:it|they|one|lump|bump|node|nodule|lumps|bumps|nodes|nodules) (?:has|have|is|are) been there\b"
)
DURATION = _r(
    r"\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|couple|several|many)"
    r"(?: and a half)? (day|days|week|weeks|month|months)\b( ago| later| after)?"
    r"|\b(weeks|months) (later|after|ago|now)\b|\bfor (weeks|months)\b|\bsince last (week|month)\b"
    # "it is week four", "day 10 after", "the third week"
    r"|\b(week|day) (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:days?|weeks?|months?|times)\b)"
    r"|\b(second|third|fourth|fifth|sixth) (week|month)\b"
)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
NUMBER_WORDS: Dict[str, float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
    "couple of": 2,
    "couple": 2,
    "several": 4,
    "many": 5,
}
ANTIBIOTIC = _r(
    r"\b(?:antibiotics?|amoxicillin|amoxil|augmentin|co amoxiclav|flucloxacillin|fluclox|doxycycline|cephalexin"
    r"|cefalexin|keflex|clindamycin|clarithromycin|azithromycin|ciprofloxacin|cipro|bactrim|septrin"
    r"|erythromycin|penicillin)\b"
)
# "again" that is a new session, not a relapse: "thinking of going again", "want to try again" (lookbehinds)
AGAIN_AS_A_NEW_SESSION = "".join(
    f"(?<!{w} )" for w in ("going", "go", "book", "booking", "doing", "do it", "have it", "try", "try it", "mesotherapy")
)
ANTIBIOTIC_FAILED = _r(
    r"\bnot (?:working|helping|helped|improving|improved|better|going away|gone|shrinking|responding|doing anything"
    r"|clearing|getting better)\b|\b(?:did|does|do) not (?:work|help|do anything|clear|fix|improve|seem|shrink|reduce"
    r"|touch|get rid of|make (?:a|any) difference)\b"
    r"|\bstill\b(?! (?:worth|ok|okay|safe|a good idea|recommended|allowed|possible))|\bfailed\b|\buseless\b"
    r"|\bno (?:improvement|change|difference|better|effect|luck)\b"
    r"|\b(?:came|coming) back\b|\breturned\b|\bworse\b|\bnothing\b"
    # not a new session ("want to try again", final68), nor a test redone
    r"|\b(?<!checked )(?<!tested )(?<!seen )(?<!scanned )" + AGAIN_AS_A_NEW_SESSION + r"again\b"
    r"|\b(?:another|second|third|2nd|3rd|two|2|three|3|several|multiple|many) (?:courses?|rounds?|lots|types)\b"
)
# a bald spot named as the reason for treatment: "injections for his bald spot"
_NOT_THE_REASON = "".join(
    f"(?<!\\b{w} )" for w in ("for his", "for her", "for my", "for their", "for a", "treat his", "treat her", "treat my")
)
HAIR_PATCH = _r(
    _NOT_THE_REASON + r"\bbald(?: ?ish)? (?:patch|patches|spot|spots|area|areas|bits?)\b"
    r"|\bpatch(?:es)? of (?:hair loss|baldness|no hair|missing hair|hair (?:fell|falling|came|has fallen|is gone|gone|missing))"
    r"|\bpatchy (?:hair loss|alopecia|hair|baldness|bald)\b"
    r"|\bhairs? (?:has |have |is |are |s )?(?:fell|falling|fallen|came|coming|come) out in (?:a )?"
    r"(?:patch|patches|spots|circles?|one spot)\b"
    r"|\b(?:lost|losing) (?:all )?(?:the |my )?hair (?:where|at|in|on|around) (?:the )?"
    r"(?:injection|injections|injected|needle|spot|spots|site|sites)"
    r"|\bhair loss (?:where|at|in|on|around) (?:the )?(?:injection|injections|injected|needle|site|sites|spot|spots)\b"
    r"|\bno hair (?:where|at|in|on|around)\b"
    r"|\bbald (?:circle|circles|ring|hole|square)\b"
    r"|\b(?:lost|losing|lose) (?:a |one )?(?:whole |small |little |big )?(?:patch|patches|circle|spot|clump) of (?:my )?hair\b"
    r"|\b(?:place|places|area|areas|spot|spots|patch|patches|circle|circles) (?:without|with no|with zero) hair\b"
    # scarring at the sites (§4b "new patchy hair loss or scarring"): "shiny bald dents", "hair won't grow through the marks"
    r"|" + _NOT_THE_REASON + r"\b(?:shiny|bald|scarred|scar like|scarry|hairless) (?:\w+ )?"
    r"(?:dents?|marks?|patches|patch|spots?|areas?|bits?|circles?)\b"
    r"|\bhair (?:is not|isnt|not|will not|wont|does not|doesnt|has not|hasnt) (?:\w+ )?grow\w* (?:through|in|on|over|back on)"
    r" (?:them|it|the scars?|the marks?|the dents?|those|these)\b"
    r"|\b(?:lose|losing|lost|shed|shedding) (?:my |the |some |his |her )?hair in (?:little |small |round )?(?:patches|clumps"
    r"|spots"
    r"|circles|one spot|a patch)\b"
)
HAIR_PATCH_CONTEXT = _r(
    r"\b(?:inject\w*|needles?|shots|jabs?|where (?:i|they|he|she) (?:had|got|did|put|stuck|jabbed|poked)|fell|falling|came out"
    r"|appeared"
    r"|where (?:\w+ ){0,4}?(?:meso|mesotherapy|needles?|jabs?|shots|sessions?) (?:went|was|were|went in|spots?)"
    r"|new|since|after (?:the |my |each )?(?:mesotherapy|sessions?|injections?|treatments?)"
    r"|from (?:the |my |his |her )?(?:mesotherapy|injections?|sessions?)|(?:mesotherapy|injections|session"
    r"|treatment) (?:has )?left"
    r"|where (?:the )?(?:mesotherapy|injections?|needles?) (?:was|were) (?:done|given|put)"
    # "right where I remember the practitioner going over a few times"
    r"|where (?:\w+ ){0,3}?(?:practitioner|doctor|nurse|injector|therapist|clinician|they|she|he) (?:\w+ ){0,2}?"
    r"(?:going|went|goes|go|worked|working) over"
    # "showed up right where the meso guy went in" (final66)
    r"|where (?:the |my )?(?:\w+ )?(?:guy|girl|lady|woman|man|practitioner|doctor|nurse|injector|therapist) (?:went in|injected"
    r"|jabbed|stuck)"
    r"|(?:and )?now (?:i |he |she |there )?(?:got|have got|have|has|is))\b"
)
CAME_UP = _r(r"\b(?:came up|come up|appeared|popped up|showed up|turned up)\b")
SMALL_BUMPS = frozenset("bumps pimples spots dots bump pimple".split())  # "a tiny bump": usual (§4a) unless it lasts
# "the clinic says lumps are normal, but I've found new ones": more of the lumps the message named
NEW_ONES = _r(
    r"\b(?:found|noticed|got|get|getting|have|has|there are|there is|theres|seen|spotted|feel) (?:\w+ ){0,2}?(?:new|more|fresh)"
    r" ones?\b|\banother (?:new )?one (?:came|has come|popped|appeared|showed)\b"
)
SITE_CONTEXT = _r(
    r"\b(?:scalp|skin|lumps?|bumps?|spots?|areas?|sites?|head|forehead|boils?|knots?|nodules?|swelling|swollen"
    r"|inject\w*|needles?|hairline|red|redness|pus|touch|patch|wound|where)\b"
)
BODY_MASS = frozenset("muscle body bone".split())
ELSEWHERE = frozenset(
    "blood tooth teeth dental gum ear chest urine urinary bladder kidney sinus throat yeast fungal viral stomach lung "
    "respiratory covid flu bowel vaginal water".split()
)
PROCEDURE = frozenset("injections injection needles needle shots procedure session treatment".split())
FEVER_IDIOM = frozenset("hay cabin spring pitch dream".split())
CHILLS_IDIOM = _r(r"\b(?:gives?|gave|giving|get|gets|send|sends|sent)(?: me)?(?: the)? (?:chills|shivers)\b|\bshivers? down\b")
# A faint somewhere else, not after the injections: "fainted getting my ears pierced", "at blood tests before"
FAINT_ELSEWHERE = _r(
    r" (?:\w+ )?(?:getting|having|when i got|when i had|when i have|whenever i have|when i get|whenever i get|during|at|at the"
    r"|at a|giving) (?:my |a |an |the )?(?:ears? pierced"
    r"|tattoo|tattoos|blood tests?|blood drawn|bloods|the dentist|dentist|vaccin\w*|jabs? at school|flu jab|blood donation"
    r"|ear piercing|piercing"
    r"|giving blood|blood|sight of \w+|needles?|injections?)\b"
)
DYING_IDIOM = _r(
    r" (?:to|for|my|her|his|the|it|hair|here|inside|of (?:laughter|boredom|embarrassment|shame|curiosity|vanity|stress|envy"
    r"|cringe))\b"
)

# --- added for the registry refactor: wording nobody here wrote (issue #11) ---------------------

EXTREME_MARKER = _r(
    r"\b(?:extreme|excruciating|unbearabl[ey]|agoni[sz]ing|agony|worst|out of proportion|off the charts|screaming"
    r"|crying|can not (?:stand|bear|handle|take)|like hell|insane|insanely|unreal|crippling|extremely)\b"
)
# "hurts like hell when I touch it": tender to the touch, severe but not out of proportion (brief §4c)
ON_TOUCH = _r(
    r" (?:\w+ )?(?:when|if|whenever|as soon as) (?:i|you|he|she|they|anyone|anything|someone) (?:\w+ )?(?:touch|touches|press"
    r"|presses|push|brush|brushes|comb|combs|lie|lay|lies|sleep|sleeps|wash|washes)\b"
)
BAD_PAIN = _r(
    rf"\b(?:really|very|so|extremely|super|incredibly) bad {PAIN_WORD}\b"
    rf"|\b{PAIN_WORD} (?:is |are )?(?:really|very|so) bad\b"
)
PAIN_OUT_OF_PROPORTION = _r(
    r"\b(?:pain|hurts?|hurting) (?:[\w,]+ ){0,8}?(?:out of proportion|(?:way|far|much|a lot) (?:worse|more) than (?:it looks"
    r"|it should|expected))\b"
    r"|\b(?:looks|seems) (?:fine|normal|ok|okay|small|tiny|like nothing)\b(?: \w+){0,4}? (?:but|yet) (?:\w+ ){0,3}?"
    r"(?:hurts? (?:so|like|really|terribly|unbearably)|(?:unbearable|excruciating|agonising|agonizing|severe) pain)\b"
    # "the pain is terrible, I never have pain like this, but the skin is only little red"
    rf"|\bpain (?:[\w,]+ ){{0,6}}?(?:is|feels) (?:so |really |very )?{SEVERE_WORD}\b[^.!?]{{0,60}}? but (?:the |my |it )?"
    r"(?:skin |spot |area |scalp |it )?(?:is |looks |only looks )?(?:only |barely |hardly |just )(?:a )?"
    r"(?:little |bit |slightly )?(?:red|pink|swollen|visible)\b"
)
MUSCLE_PAIN = _r(
    rf"\b{SEVERE_WORD} (?:muscle|muscular|body) (?:pain|pains|aches?|aching)\b"
    r"|\b(?:every|all (?:my|his|her|the)) muscles? (?:\w+ ){0,3}?(?:hurts?|hurting|aches?|aching|in agony|killing"
    r"|painful|sore)\b"
    r"|\b(?:whole|entire) body (?:\w+ ){0,2}?(?:aches?|aching|hurts?|hurting|is sore|is in pain)"
    r" (?:so |really |very )?(?:badly|bad|terribly|much|like hell)\b"
    rf"|\bmuscles? (?:\w+ ){{0,2}}?(?:{SEVERE_WORD}|terribly|badly|so much|like hell|killing me|in agony)\b"
)
RIGORS_EXTRA = _r(
    r"\b(?:violent|violently|uncontrollable|extreme|severe|massive) (?:shivers|shivering|shaking|shakes|chills|trembling)\b"
    r"|\b(?:shaking|shivering|trembling)\b(?: \w+){0,5}? (?:can not|could not) stop\b"
    r"|\b(?:shaking|shivering|trembling) (?:is )?(?:very strong|so strong|so bad|very bad|really bad|nonstop)\b"
    r"|\bshaking like a leaf\b|\b(?:whole|entire) body (?:is |keeps )?(?:shaking|shivering|trembling|shakes|shivers"
    r"|trembles|shook|shuddering|convulsing)\b|\b(?:shivering|shaking) (?:fits|attacks|episodes|spells)\b"
    r"|\b(?:shaking|shivering|trembling)\b[ ,a-z]{0,20}?\bcan not (?:get|keep) warm\b"
    r"|\bcan not (?:get|keep) warm\b[ ,a-z]{0,20}?\b(?:shaking|shivering|trembling)\b"
)
UNROUSABLE = _r(
    r"\b(?:can not|could not|can t|will not|would not) be (?:woken|woke|roused|awakened|awoken|woken up)\b"
    r"|\b(?:is |are |was |keeps )?not (?:waking|waking up|responding|reacting|responsive)\b"
    r"(?! to (?!(?:me|us|anything|anyone|voice|voices|touch|pain|his name|her name|my voice)\b))"
    r"|\b(?:will not|would not|does not|did not|can not) (?:wake|wake up|respond|react)\b(?! to (?!(?:me|us|anything|anyone"
    r"|voice|touch|pain|his name|her name|my voice)\b))|\b(?:there is|there was|gives?|got|get) no response\b"
    r"|\bnon ?responsive\b|\bbarely responding\b"
    r"|\b(?:hard|difficult|impossible) to (?:wake|rouse|get up)\b"
    r"|\b(?:very|extreme|extremely|severe|excessive|unusual|abnormal) (?:drowsiness|sleepiness)\b"
)
CONFUSION_EXTRA = _r(
    r"\b(?:does|do|did) not (?:know|remember|recogni[sz]e) (?:what day|what year|who (?:i|he|she|we) (?:am|is|are)"
    r"|where (?:he|she|i|they|we) (?:is|am|are|was)|his own name|her own name|my name)\b"
    r"|\b(?:does|do|did) not (?:seem to |appear to )?(?:know|remember|recogni[sz]e) (?:where|who|what day|what year)"
    r" (?:\w+ ){0,2}?(?:is|am|are|was|were|it is)\b"
    r"|\b(?:does|do|did) not (?:seem to |appear to )?recogni[sz]e (?:me|us|anyone|his|her|my|our|the|their|where)\b"
    r"|\b(?:ask|asks|asked|asking) (?:me |us )?(?:whose (?:house|flat|home|room|place|car)|what day it is|what year it is"
    r"|where (?:he|she|i|they|we) (?:is|am|are|was|were)|who (?:i|we) (?:am|are))\b"
    r"|\b(?:los(?:e|es|ing|t)) (?:my|his|her|their) train of thought\b"
    r"|\b(?:got|gets|getting|became) lost (?:walking|driving|going|on the way|in (?:my|his|her|our|the) own)\b"
    r"|\b(?:forget|forgets|forgetting|forgot) where (?:i|he|she|they) (?:am|is|are|was|live|lives)\b"
    r"|\bmixed up\b(?! (?:the|my|dates|names|appointments?|sessions?)\b)"
    r"|\bnot (?:with it|all there|himself|herself|making sense)\b"
)
VISION_CHANGE = _r(
    r"\b(?:blurr?ed|blurry|fuzzy|dim|dark|patchy) vision\b|\bvision (?:is |went |has gone |has |keeps )?(?:going )?"
    r"(?:blurr?ed|blurry|fuzzy|dark|black|dim|funny|weird|strange|doubled|double)\b"
    r"|\b(?:can not|could not) see (?:properly|clearly|anything|out of)\b|\bgone blind\b|\bgoing blind\b"
    r"|\b(?:lost|losing|loss of) (?:my |his |her )?(?:vision|sight|eyesight)\b"
    # "lose part of the vision in my right eye" (round 13)
    r"|\b(?:lose|lost|losing|loss of) (?:part|some|half|a part|a bit) of (?:the |my |his |her )?(?:vision|sight|eyesight)\b"
)
PALE_EXTRA = _r(
    r"\blips? (?:\w+ ){0,3}?(?:very |really |so |deathly )?(?:pale|white|grey|gray|blue|bluish|blueish|purple|ashen"
    r"|mottled)\b"
    r"|\b(?:skin|face) (?:\w+ ){0,2}?(?:very|really|so|deathly|extremely|ghostly) (?:pale|white)\b"
    r"|\b(?:skin|face) (?:\w+ ){0,2}?(?:grey|gray|blue|bluish|ashen|mottled|purple)\b(?! (?:spots?|dots?|marks?|bruis\w*)\b)"
    r"|\b(?:white|pale) as (?:a )?(?:sheet|ghost)\b"
)
GLASS_TEST = _r(
    r"\b(?:glass|tumbler)\b(?: \w+){0,8}? (?:still (?:there|visible|see|showing|shows)|(?:does|did|do|will) not"
    r" (?:fade|go|disappear|blanch|change))\b"
    r"|\b(?:stays?|stayed|remains?|still|no go away|not go away|not going away)"
    r" (?:\w+ ){0,3}?(?:when|if|after|under) (?:\w+ ){0,4}?(?:glass|tumbler)\b"
)
NO_URINE_EXTRA = _r(
    r"\bno (?:wee|pee|urine|weeing|peeing)\b(?! bit\b)|\b(?:not|never) (?:weed|peed|urinated|been for a (?:wee|pee))\b"
    r"|\b(?:have not|has not|had not|did not|not) (?:had|done|gone for) (?:a )?(?:wee|pee)\b"
    r"|\b(?:have not|has not|had not|did not|does not|not) (?:make|made|making|pass|passed|produce|produced)"
    r" (?:any |some )?(?:urine|wee|pee|water)\b"
)
FEEL_DYING_EXTRA = _r(
    r"\b(?:i|he|she) (?:think|thinks|feel|feels|fear|fears|am scared|is scared) (?:that )?(?:i|he|she) (?:am |is |m )?"
    r"(?:going to|gonna|might|will|could|about to) die\b|\b(?:i|he|she) (?:might|could|am going to|is going to) die\b"
)
LOW_BLOOD_PRESSURE = _r(
    r"\b(?:blood pressure|bp) (?:is |was |has |went |keeps )?(?:very |really |so |dangerously )?(?:low|dropped|dropping"
    r"|crashed|crashing|plummet\w*)\b|\b(?:very |really |dangerously )?low blood pressure\b"
    # "checked my blood pressure ... said the top number was under 90" (2026-12, final62)
    r"|\b(?:blood pressure|bp)\b[^.!?]{0,60}?\b(?:top|upper|first|systolic) (?:number|reading|one|figure)? ?(?:is|was|s)?"
    r" ?(?:under|below|less than|lower than) (?:9\d|[4-8]\d)\b"
)
SCARRING = _r(r"\b(?:scar|scars|scarring|scarred|scar tissue)\b")
PAIN_CONTEXT = _r(r"\b(?:pain|pains|painful|hurts?|hurting|ache|aches|aching|sore|scale|agony|throbbing)\b")
NOT_AN_EVENT_NEXT = _r(r" (?:disorder|condition|medication|meds|history|free|tablets|pills|risk|risks|threshold|rate|rates)\b")
# "I have low blood pressure normally": a standing trait, not today's reading
HABITUAL = _r(
    r"\b(?:normally|usually|always|naturally|generally|in general|by nature|all my life|chronic|chronically)\b"
    r"|\b(?:run|runs|tend to run|tend to have) (?:a bit |fairly |quite |pretty |rather )?low\b"  # "I run low blood pressure"
    r"|\blow (?:blood pressure|bp) already\b|\balready (?:have|run|got) (?:a |fairly |quite |a bit |rather )?low\b"
)
# "my barber nearly fainted when I told him the price": a figure of speech
FIGURATIVE_NEXT = _r(
    r"\b(?:price|prices|cost|costs|bill|paid|pay|quote|told|explaining|arguing|saw (?:the|how|what|my|it|that)|found out"
    r"|heard|lol|haha|lmao|said|quoted|mentioned)\b"
)

# "I'm confused" / "feeling confused": unspecific alone; with signs of infection, confusion (matching.combine).
CONFUSED_PLAIN = _r(
    r"(?:\b(?:i am|i m|im|am|i feel|feel|feeling|felt|getting|got|become|became|now|is|are|seems|looks)"
    r" (?:so |very |really |super |a bit |kind of |kinda |quite |all |totally |completely |bilkul )?|^(?:\W+ )?(?:super|very"
    r"|really|so"
    r"|totally) )confused\b"
    r"(?! (?:about|by|as to|whether|if|with|on|why|how|what|which|regarding|over)\b)"
)
