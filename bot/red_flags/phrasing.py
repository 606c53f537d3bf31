"""Sign families widened for wording nobody here wrote (issue #11, third round): each pattern is a
family (a verb or an effect on a body part), not a sentence. Same conventions as `patterns.py`
(normalised text: "can not", "he is"; filler gaps never cross a negation); `registry.py` says which
sign each reports, `matching.py` which are cues.
"""

from __future__ import annotations

from bot.red_flags.patterns import gapped as _r

_WHO = r"(?:my|his|her|their|our|the)"
_SIDE = r"(?:(?:right|left|one|other) )?"
_LIMB = r"(?:arm|arms|leg|legs|hand|hands|foot|fingers)"

# --- patchy hair loss or scarring (§4b): a loss word and, in the same sentence, a site or a shape ----
HAIR_GONE = _r(  # hair that is not there
    r"\b(?:gone|went|turned|is|are|now|completely|totally|little|small) bald\b"
    r"|\b(?<!going )(?<!am )bald (?:in (?:a|one|two|the) |where|there)"
    r"|\bbare (?:patch|patches|spot|spots|area|areas|skin|circle|circles)\b|\bhairless\b"
    r"|\bhair (?:\w+ ){0,3}?(?:missing|stopped|gone|will not (?:grow|come)|not (?:grow\w*|come back|coming back)"
    r"|never (?:grew|came)|breaking off|broken off|snapp\w* off)\b"
    r"|\b(?:no|without|zero|missing|not have|do not have|does not have|lost the|lost all the) hair\b(?! loss)"
    r"|\bno hair (?:grows?|growing|grew|will grow)\b"
    # "the spots never grew hair back"
    r"|\b(?:never|did not|have not|has not|not) (?:re)?gr[eo]wn? (?:any |the |my )?hair (?:back|again)\b"
    r"|\b(?:can|could) (?:\w+ )?see (?:my |the |his |her )?(?:scalp|skin)\b"
    r"|\b(?:dent|dents|dented|indent\w*|puckered|sunken|pitted|hollow)\b|\bcoin (?:shaped|sized)\b"
)
HAIR_SHED = _r(  # hair loss that is only patchy with a shape word
    r"\bhair ?loss\b(?! (?:forums?|thing|journey|treatments?|drugs?|clinics?|doctors?|specialists?|groups?|community|subreddit"
    r"|pages?|products?|pills?|meds|medications?|shampoos?|world|industry|questions?|topic|struggles?|stuff|videos?|advice))"
    r"|\b(?:shed|sheds|shedding|lose|loses|losing|lost) (?:\w+ ){0,2}?hairs?\b|\bshed(?:ding)? in\b"
    r"|\bhair (?:\w+ ){0,3}?(?:falling|fallen|fell|fall|falls|coming|came|thinning|thinned) (?:out )?"
)
HAIR_SHAPE = _r(
    r"\b(?:patch|patches|spots?|circles?|rings?|(?<!rabbit )(?<!into a )(?<!in a )holes?|gaps?|one place|well defined|coin"
    r"|(?:scars?|scarring|scaring|scarred|dents?|dented|indent\w*|sunken)\b(?! (?:hair loss|alopecia|hair fall))"
    r"|where (?:i|they|he|she|the|it"
    r"|meso|mesotherapy|we)\b)"
)
HAIR_SITE = _r(r"\b(?:inject\w*|needles?|jabs?|gun|shots?|sites?|points?)\b")
# --- spreading redness (§4b) and its speed (§4c) -----------------------------------------------------
SPREAD_WIDER = _r(
    r"\b(?:wider|further|farther|more big|more large|more wide|bigger|larger)\b(?: \w+){0,3}? (?:every|each|than|by the)"
    r" (?:few |couple of |other |single )?(?:day|days|hour|hours|morning|night|this|yesterday|last|before|earlier|it was)\b"
    r"|\b(?:getting|gets|got|grown|grew|growing|is|are|seems?|looks?|going) (?:\w+ )?(?:wider|further (?:down|up|out"
    r"|across|along|into|onto))\b|\b(?:doubled|doubling|tripled|trebled) (?=since|within|overnight|in (?:an|a few|the last"
    r"|\d+) (?:hour|hours|minutes))"
    r"|\b(?:advanced|extended|spread|grown|moved) (?:\w+ )?(?:several|a few|two|three|\d+) ?(?:cm|centimet\w*|mm|inch\w*)"
    r"|\b(?:extended|extends|advanced|advancing|advances|crept|crawled|moved|moving|tracking|tracked|marched)"
    r" (?:\w+ ){0,3}?(?:beyond|past|outside|over|towards|toward|down|up|across|along|into|onto)\b"
    r"|\b(?:beyond|past|outside) (?:its|the|my|his|her) (?:original |first |initial )?(?:margin|edge|edges|border|line"
    r"|outline|mark|boundary)\b"
    r"|\b(?:pen|marker|drawn|biro|sharpie|traced) (?:mark|line|outline|circle|ring)s?\b(?: \w+){0,8}? (?:inside|within"
    r"|under|behind|covered|swallowed|past)\b"
    r"|\bfrom (?:\w+ ){1,4}?to (?:\w+ ){0,4}?(?:coin|palm|saucer|orange|plum|egg|golf ball|tennis ball|fist|hand)\b"
)
FAST_CLOCK = _r(
    r"\b(?:at|since|from) \d{1,2}(?: ?(?:am|pm|o clock))?\b(?:[ ,]+\w+){0,14}?[ ,]+(?:by|only|now|it is|at) \d{1,2}(?: ?(?:am"
    r"|pm))?\b"
)
WORSE_MORE = _r(
    r"\b(?:going|getting|gets|got|becoming|is|are|go|goes) (?:much |even |a lot )?more (?:big|large|wide|red|swollen)\b"
    r"|\bmore and more (?:swollen|red|painful|sore|hot|puffy|big|tender)\b|\bworse still\b|\bday \d+ worse\b"
)
# --- §4b local signs --------------------------------------------------------------------------------
PUS_WET = _r(
    r"\bweeps\b|\bweepy\b|\bcrust\w*[ ,]+(?:\w+[ ,]+){0,5}?(?:weeps?|weeping|wet|oozing|yellow|sticky)\b"
    r"|\b(?:wet|sticky|runny|thick)\W+(?:and )?(?:yellow|green|yellowish|greenish|cream\w*)\b"
    r"|\b(?:yellow|green)\W+(?:and )?(?:wet|sticky|thick|runny)\b|\byellow\W+(?:\w+ ){0,2}?(?:smells|stinks|smelly)\b"
)
FACE_EYE_MORE = _r(
    r"\b(?:face|eyes?|eyelids?|cheeks?)\b(?: \w+){0,3}? (?:come|came|coming|blown|blew|puffed|ballooned|puffing|blowing) up\b"
    r"|\bballoon\w*\b(?: \w+){0,4}? (?:eye|eyes|face)\b"
    r"|\b(?:eye|eyes|eyelid|eyelids)\b(?: \w+){0,2}? (?:is |are )?(?:half|nearly|almost|partly|swollen) (?:closed|shut)\b"
)
RISK_MORE = _r(
    r"\bsugar (?:patient|problem|problems|disease|issues?)\b|\b(?:have|has|got|with) sugar\b"
    r"|\btype (?:1|2|one|two|i|ii) diabet\w*|\binsulin\b|\bmetformin\b"
    r"|\b(?:takes?|taking|on|uses?) (?:\w+ )?(?:methotrexate|biologics?|humira|adalimumab|chemo\w*|immunosuppress\w*"
    r"|tacrolimus|azathioprine|prednisolone|prednisone)\b"
)
ANTIBIOTIC_STILL = _r(
    r"\b(?:antibiotic\w*|amoxicillin|flucloxacillin|doxycycline|cefalexin|clindamycin)\b(?: \w+){0,3}?"
    r" (?:are not|is not|not|did not|have not) (?:touching|touched|shifting|shifted|budging|denting|making)\b"
    r"|\b(?:antibiotic\w*|amoxicillin|flucloxacillin|doxycycline|cefalexin|clindamycin) (?:course )?(?:done|finished|over)\b"
    r"(?:[ ,]+\w+){0,3}?[ ,]+(?:unchanged|the same|still there|no better|no different|not better)\b"
)
# --- §4c emergency families --------------------------------------------------------------------------
BREATHLESS_MORE = _r(
    r"\b(?:only )?(?:get|say|manage|speak) (?:a few|two|three|2|3|one or two) words (?:out )?(?:between|before) (?:breaths"
    r"|a breath)\b|"
    r"\bbreath (?:is |was |feels |getting |gets )?(?:very |really |so |too )?(?:short|shallow|fast)\b|"
    r"\b(?:harder|hard|harder and harder|difficult|tough) to (?:breathe|breath|get (?:a |my )?breath)\b"
    r"|\b(?:cp|chest pain) (?:and |\+ |with |& )?sob\b|\bsob (?:and |\+ |with |& )(?:cp|chest pain)\b"
    r"|\b(?:i|he|she) (?:breathe?|breathing|am breathing|is breathing) (?:very |so |really |too )?"
    r"(?:fast|quick|quickly|rapidly)\b"
    r"|\b(?:respiratory|breathing|resp) rate (?:of |is |was )?(?:around |about |roughly )?(?:2[5-9]|[3-6]\d)\b"
)
CHEST_MORE = _r(
    r"\b(?:pain|pains|ache|tightness|pressure|heaviness|crushing)\b (?:\w+ ){0,2}?(?:in|on|across|around) (?:the )?"
    r"(?:middle|centre|center|left side|left|right side|front) of (?:my|his|her|the) chest\b"
    r"|\bchest\b(?: \w+){0,4}? (?:going|spreading|radiating|shooting) (?:down|into|up) (?:my|his|her|the) (?:left )?"
    r"(?:arm|jaw|neck)\b|\bcp (?:and |\+ |with |& )?sob\b|\bsob (?:and |\+ |& )cp\b"
)
VISION_MORE = _r(
    r"\b(?:vision|sight|eyesight)\b(?: \w+){0,3}? (?:went|gone|going|goes|turned|turning) (?:\w+ )?(?:dark|black|grey|gray"
    r"|blank|blurry|blurred|white|dim)\b|\bpart of (?:my|his|her) (?:vision|sight|eyesight) (?:\w+ )?(?:went|gone|missing)\b"
    r"|\blike a (?:curtain|shade|blind|veil)\b(?: \w+){0,4}? (?:over|across|down|coming)?|\bcurtain (?:over|across|coming"
    r" down|came down)\b|\b(?:see|seeing|sees) (?:everything|things|it all|you|people|words) (?:\w+ )?(?:two times|twice"
    r"|double|in two)\b"
)
FOCAL_MORE = _r(
    rf"\b(?:can not|could not|unable to|not able to) (?:\w+ )?(?:feel|grip|hold|lift|move|use) (?:\w+ ){{0,2}}?(?:with |in )?"
    rf"{_WHO} {_SIDE}(?:hand|arm|leg|foot|fingers|face)\b"
    rf"|\b(?:new )?weakness (?:in|on|of) {_WHO} {_SIDE}(?:arm|leg|hand|side|face|foot)\b"
    r"|\b(?:half|one side of) (?:my|his|her|the) face\b(?: \w+){0,3}? (?:weak|droopy|drooping|dropped|numb|sagging)\b"
    rf"|\b{_SIDE}{_LIMB}\b(?: \w+){{0,3}}? (?:gone|went|going|is|feels|has gone) (?:weak|numb|dead|floppy)\b"
    r"|\b(?:face|mouth|smile|lip) (?:is |has |s )?(?:falling|fallen|sagging|hanging|slipping|crooked|twisted|pulled|gone)"
    r"(?: down)? (?:on|to) (?:one|the left|the right) side\b"  # "his mouth is falling on one side"
)
SLURRED_MORE = _r(
    r"\b(?:difficulty|trouble|problems?|struggling|struggle|hard time|hard|difficult) (?:to )?(?:speak|speaking|talk|talking"
    r"|getting (?:the |my |his |her )?words out|finding (?:the |my )?words)\b(?: (?:clearly|properly|normally))?"
    r"|\b(?:words|speech|talking)\b(?: \w+){0,3}? (?:mushed|mashed|smushed|running together|all mixed|muddled|thick)\b"
    r"|\blike (?:he|she|i|they) (?:is|am|are|has|have|had) (?:had |been )?(?:\w+ )?(?:beers|drinks|pints|drunk)\b"
    r"|\b(?:can not|could not) (?:speak|talk) (?:normal|normally|properly|right|clearly|straight)\b"  # non-native "speak normal"
)
CONFUSION_MORE = _r(
    r"\b(?:calling|calls|called|keeps calling) (?:me|us|her|him) by (?:his|her|their|the wrong|someone else s|another|my dead)"
    r" (?:\w+ )?(?:s )?name\b|\b(?:asked|asking|asks|keeps asking) (?:me |us )?(?:\w+ times )?what (?:year|day|month) it is\b"
    r"|\bmuddled\b|\b(?:does not|did not|not) (?:seem to )?(?:realise|realize|know|recogni[sz]e) (?:that )?(?:he|she) (?:is|s)"
    r" in (?:our|his|her|their) own\b|\b(?:not|does not) know (?:our|his|her|their) (?:house|home|kids|children)\b"
    r"|\b(?:asks?|asked|asking) (?:me |us )?where (?:is (?:she|he)|(?:she|he) is)\b|\bkeep losing track\b|"
    r"\b(?:he|she|they|i) (?:is|are|am|was|seems?|looks?) (?:very |so |a bit |really )?confuse\b"  # "she is confuse"
    r"|\baway with the fairies\b|\bcall(?:s|ed|ing)? me by (?:the wrong|my dead|someone else s|another) (?:\w+ )?name\b"
    r"|\b(?:forgot|forgotten|forgets|can not remember|does not remember|did not know) (?:my|his|her|their) own"
    r" (?:postcode|address|name|phone number|birthday|age|children|kids|son|daughter|wife|husband)\b"
    r"|\b(?:can not|could not|does not|did not|not) (?:answer|say|tell|remember) (?:\w+ ){0,3}?(?:the )?name of"
    r" (?:our|his|her|my|their) (?:son|daughter|kids|children|wife|husband|dog)\b|"
    r"\b(?:keeps?|kept|keeping) (?:asking|saying|repeating|telling)(?: \w+){0,4}? (?:same|over and over|again and again)\b"
    r"|\b(?:know|realise|realize|recogni[sz]e|remember) (?:that )?(?:he|she|i|they) (?:is|am|are|was) (?:at )?home\b"
    r"|\b(?:could not|can not|couldnt) work out (?:where|what|how|who|why)\b"
    r"|\b(?:talking|saying|says|said|talks|speaking) (?:\w+ )?(?:irrelevant|random|weird|strange|odd|silly|crazy|funny)"
    r" (?:things|stuff|words|nonsense)\b"
    r"|\bnot recogni[sz]ing (?:me|us|anyone|anybody|his|her|my|our|their|people|family)\b"
    r"|\bconfused about (?:where (?:he|she|i|they|we) (?:is|am|are|was)|who|what day|what time|what year"
    r"|which (?:day|year|month|room))\b"
    r"|\b(?:feel|feeling|felt|am|is|so) this confused\b"
)
SKIN_MORE = _r(
    r"\b(?:lips?|tongue|mouth)\b(?: \w+){0,5}? (?:blue|bluish|blueish|purple|purplish|grey|gray|greyish|grayish)\b"
    r"|\b(?:hands|feet|fingers|toes|fingertips|fingernails)\b(?: \w+){0,3}? (?:blue|bluish|blueish|purple|purplish)\b"
    r"(?! (?:nail|polish|varnish|paint))"
    r"|\b(?:blotchy|mottled|marbled|patchy|lacy|weird)\b(?: \w+){0,2}? (?:purpl\w*|bluish|blueish|violet)\b"
    r"|\b(?:purpl\w*|violet)\b(?: \w+)? (?:and|&) (?:white|pale)\b"
    r"|\bwhite as (?:a )?(?:paper|sheet|ghost|chalk)\b|\blooks? like a ghost\b"
    r"|\blips (?:are|have gone|went|look) (?:a )?(?:funny|strange|weird|odd) colou?r\b"
    r"|\b(?:skin|knees?|legs?|arms?|body|belly|tummy)\b(?: \w+){0,5}? like (?:a )?(?:marble|map|lace|net|corned beef)\b"
    r"|\b(?:blue|bluish|blueish|grey|gray|ashen) (?:colou?r |tinge |tint )?(?:round|around) (?:my|his|her|the) (?:mouth|lips)\b"
)
GLASS_MORE = _r(
    r"\b(?:stay|stays|stayed|remain|remains|still there|still visible|still show\w*)"
    r" (?:\w+ ){0,2}?(?:when|if|after|while|through|under) (?:i |you |we )?(?:\w+ )?(?:press\w*|push\w*|squash\w*|glass"
    r"|tumbler)\b"
)
NO_URINE_MORE = _r(
    r"\blast (?:wee|pee|urine|time (?:i|he|she) (?:weed|peed|went for a (?:wee|pee)))\b(?: was)? (?:1[89]|[2-9]\d) ?(?:h|hrs?"
    r"|hours)"
    r" ago\b|"
    r"\b(?:i|he|she) (?:not|no) (?:pee|peed|wee|weed|urinate|urinated)\b|"
    r"\b(?:zero|no|nil) (?:urine|wee|pee)(?: output)?\b|\b(?:catheter|urine) bag (?:\w+ ){0,3}?(?:empty|dry)\b"
    r"|\b(?:pee|wee|urine|peeing|weeing) (?:has |have |had )?(?:stopped|dried up)\b"
    r"|\bnot (?:to )?(?:pee|wee|urinate) (?:for|since|all)\b"
)
FAINT_MORE = _r(
    r"\b(?:came|come|coming) round (?:a |after a )?(?:minute|few seconds|moment|bit) later\b"
    r"|\bnext thing (?:i know|i knew) (?:i am|i was|i m) on the (?:ground|floor)\b"
    r"|\b(?:just )?dropped (?:on|to|onto) the (?:stairs|floor|ground)\b|\bapparently i (?:just )?(?:dropped|collapsed)\b"
    r"|\bnot awake for (?:some|a few|several) seconds\b|"
    r"\b(?:fell|fall|fallen|falling) (?:down|over)\b(?: \w+){0,8}? (?:floor|ground)\b"
    r"|\b(?:i am|i m|he is|she is) (?:now |still )?on (?:the )?floor\b"
    r"|\bwas faint and (?:fell|fall)\b|"
    r"\b(?:woke|wake|waking|came round|came to|come round) (?:up )?(?:on|in) the (?:\w+ )?(?:tiles|carpet|rug|lino|kitchen"
    r" floor|bathroom floor|pavement)\b|\b(?:went|go|goes) down (?:in|on) the (?:kitchen|bathroom|street|shower|hall"
    r"|stairs|shop|garden)\b|\b(?:fell|fallen|collapsed) (?:down )?(?:and )?(?:\w+ ){0,4}?not (?:getting|waking) up\b"
)
FEEL_DYING_MORE = _r(r"\bsense of (?:impending )?doom\b|\bfeel\w* of doom\b|\blike this is it\b")
EXTREME_MORE = _r(
    r"\bscreaming (?:every time|whenever|when|if) (?:anything|anyone|something|i|you|someone) (?:\w+ )?touch\w*\b"
    r"|\brather give birth\b|\bworse pain of my life\b"
    r"|\b(?:pain|hurts?|hurting|agony|screaming|unbearable)\b(?:[ ,]+\w+){0,14}?[ ,]+(?:it |the skin |there is |there s )?"
    r"(?:only|just|hardly|barely) (?:any |looks |look )?(?:a bit |slightly |a little |a small |a tiny |small |tiny )?"
    r"(?:pink|red|redness|swelling|spot|mark|red spot)\b|"
    r"\b(?:can not|could not) (?:even )?(?:describe|explain) (?:the|this|how bad the|how much) (?:pain|it hurts)\b"
    r"|\b(?:crying|screaming|sobbing) (?:with|in|from) (?:\w+ )?(?:pain|agony)\b"
    r"|\bdisproportionate\b|\bcrushing (?:pain|pains|ache)\b"  # "a crushing pain for half an hour" (final63)
    r"|\b(?:hurts?|hurting|pain\w*) (?:\w+ ){0,2}?like (?:nothing|no pain) (?:i|he|she) (?:have|has|had) ever"
    r" (?:felt|had|known)\b"
    r"|\bworst pain (?:of my life|i have ever (?:felt|had)|(?:i|he|she) (?:has|have) ever (?:felt|had))\b"
    # "the pain is so bad I can't think or move", "so strong that I am crying, I never had pain like this" (final62)
    r"|\b(?:pain|hurts?|hurting)\b(?: \w+){0,6}? so (?:bad|strong|severe|intense) (?:that )?(?:i|he|she) (?:can not (?:think"
    r"|move|function|see straight)|am crying|is crying|cry)\b"
    r"|\b(?:i|he|she) (?:have |has )?never (?:had|felt) (?:a )?pain like (?:this|it|that)\b"
    r"|\bpain (?:is |was )?so (?:bad|severe) (?:that )?(?:i|he|she) (?:have |has |had |am |is )?(?:been sick|being sick"
    r"|vomited|vomiting|threw up|passed out|fainted)\b"
    # severe pain, and the skin "only looks slightly pink" / "but it looks small": pain out of proportion (4c)
    r"|\b(?:pain|hurts?|hurting|agony)\b(?:[ ,]+\w+){0,14}?[ ,]+(?:but|and|yet|though) (?:the skin |it |the spot |the area )?"
    r"(?:only |just |barely )?(?:looks?|seems?) (?:only |just )?(?:small|tiny|slightly (?:pink|red)|a bit (?:pink|red)"
    r"|fine|normal"
    r"|like nothing)\b"
)
MUSCLE_MORE = _r(
    r"\b(?:muscles?|body|everything)\b(?: \w+){0,3}? like (?:i|he|she) (?:have|has|had|was|am|is) (?:been )?(?:beaten|hit"
    r"|kicked|run over|trampled)\b"
    r"|\b(?:thighs|legs|back|arms|muscles)\b(?: \w+){0,3}? (?:are |is )?killing (?:her|him|me)\b"
)
RIGORS_MORE = _r(r"\bjaw\b(?: \w+){0,4}? chatter\w*|\bchatter\w*(?: \w+){0,3}? (?:jaw|teeth)\b")
AIRWAY_MORE = _r(
    r"\b(?:golf ball|ball|lump) in (?:my|his|her|the) throat\b|\bvoice (?:has )?(?:gone|going|is|went) (?:all )?(?:croaky"
    r"|hoarse)\b|"
    r"\bthroat\b(?: \w+){0,3}? (?:feels?|feeling) like (?:it is |its |it s )?(?:closing|closing up|swelling|tightening)\b|"
    r"\b(?:lips?|tongue|throat)\b(?: \w+){0,8}? (?:starting|started|begun|beginning|begin|starts) to (?:swell|puff|close"
    r"|tighten|get (?:big|bigger|fat|tight))\b"
)
