"""The neurological signs' wording (brief §4c: confusion, slurred speech, drowsiness, meningism, seizures, double
vision, new weakness), on `bot.chat_text.for_matching` text. Split from `bot.red_flags.patterns`, which re-exports
every name, so the registry reads them all from one place."""

from __future__ import annotations

from bot.red_flags.gaps import gapped as _r

CONFUSION = _r(
    r"\bconfusion\b(?! (?:about|over|regarding|with|as to|around|on)\b)|\bdisorient(?:ed|ated)\b|\bdelirious\b"
    r"|\bdelirium\b|\bnot making (?:any )?sense\b(?! (?:of|out of)\b)|\b(?:talking|mumbling|muttering|babbling|saying)"
    r" (?:nonsense|gibberish|rubbish|funny|strange)\b|\bmixing up (?:his |her |my |their |the )?words\b"
    # "Meso 5d ago. Confused. Fever.": the word alone as a sentence
    r"|(?:^|(?<=[.,;!?] ))(?:very |really |so |now |totally |a bit )?confused(?= ?[.,;!?]|$)"
    r"|\b(?:does|do|did) not (?:know|recogni[sz]e) (?:where|were) (?:he|she|i|they) (?:is|am|are|was)\b"
    # "I'm not sure what room I'm in", "she doesn't know what day it is"
    r"|\b(?:not sure|no idea|(?:does|do|did) not know|can not tell|can not work out) (?:what|which) (?:room|house|building|town"
    r"|city|country|place) (?:i am|he is|she is|they are|we are|it is|i m) (?:in|at)\b"
    r"|\b(?:he|she|they|mum|mom|dad|husband|wife|son|daughter|partner|father|mother|brother|sister|grandma|grandad)"
    r" (?:does|do|did) not (?:know|remember) (?:what|which) (?:day|year|month) it is\b"
    # "husband confused, fever", "he had meso, now confused"
    r"|\b(?:he|she|they|mum|mom|dad|husband|wife|son|daughter|partner|father|mother|brother|sister|friend|patient)"
    r"(?: s)? (?:now |suddenly |all of a sudden )?(?:very |really |so |totally |completely )?confused\b"
    r"(?! (?:about|by|as|whether|if|with|on|why|how|what|which|because|regarding|over)\b)"
    r"|\b(?:does|did) not recogni[sz]e (?:me|us|anyone|his|her|people)\b|\bcan not think (?:straight|clearly|properly)\b"
    r"|\b(?:he|she|they|mum|mom|dad|husband|wife|son|daughter|partner|father|mother|brother|sister|friend|patient)"
    r" (?:is|was|seems|seemed|looks|became|got|getting|has become) (?:suddenly |now |all of a sudden )?(?:very |really"
    r" |so |a bit |quite |all |totally |total |completely )?confused\b"
    r"|\b(?:feel|feeling|felt|getting|got|become|became|becoming|seem|seems|seemed|acting|look|looks)"
    r" (?:very |really |so |totally |completely |a bit |quite |all )?confused\b(?! (?:about|by|as|whether|if"
    r"|with|on|why|how|what|which|because|regarding|over|when|where|who)\b)"
    r"|\bconfused and (?:drowsy|sleepy|dizzy|disoriented|weak|hot|feverish|can not|not|slurring|slurred|shaking)\b"
    r"|\b(?:foggy|muddled|dazed|groggy|fuzzy) and confused\b"
    r"|\b(?:now|and now|also) (?:is|was|seems|looks|became|got) (?:very |really |so |totally |completely )?confused\b"
    r"|\b(?:can not|could not) find (?:my|his|her|the) words\b|\bcan not follow (?:a|the|any) conversation\b"
    r"|\band (?:is|was|seems|looks) (?:very |really |so |totally |completely )?confused\b(?! (?:about|by|as|whether|if|with|on"
    r"|why|how|what|which|because|regarding|over)\b)"
    r"|\b(?:dizzy|drowsy|sleepy|disoriented|weak|feverish|faint|shaky|unwell|ill|lightheaded|light headed|groggy)"
    r" and (?:very |really |so |a bit |quite |totally )?confused\b"
    # the last of a list of states: "now he is pale, sweaty and confused" (2026-12, final49)
    r"|\b(?:is|was|seems|seemed|looks|looked|became|got) (?:[a-z]+(?:,| and|, and) ){1,4}(?:very |really |so |totally )?"
    r"confused\b(?! (?:about|by|as|whether|if|with|on|why|how|what|which|because|regarding|over)\b)"
    # "out of it" as a state ("he is out of it"), not as a place ("pus oozing out of it")
    r"|\b(?:is|was|been|are|am|s|m|seems?|seemed|looks?|looked|feels?|felt|feeling|totally|completely|really|so|very"
    r"|bit|little|quite|kinda|just|all|proper|properly|he|she|they|mum|mom|dad|husband|wife|son|daughter|partner|father|mother)"
    r" out of it\b(?! (?:today |tonight |all (?:day|week) |this (?:morning|week) )?(?:after (?:the |a |my |our |that )?"
    r"(?:party|wedding|night out|drinks|festival|concert|flight|exams?|shift|night shift)|from (?:lack of sleep|no sleep"
    r"|the flight"
    r"|jet ?lag|work|being tired)|with (?:jet ?lag|a hangover|tiredness)|lol|haha|lmao)\b)"
    r"|\bacting (?:strange|strangely|weird|weirdly|odd|oddly)\b|\bcan not (?:string|put) (?:a|two) (?:sentence|words) together\b"
    r"|\b(?:does not|do not|not) (?:understand|know|get) where (?:he|she|they|i) (?:is|am|are)\b"
    r"|\b(?:does not|do not|did not|can not) (?:even )?(?:know|tell|remember) (?:what|which) (?:day|year|month) it is\b"
    # a relative's account: "I keep trailing off and staring at nothing", "I asked her twice who she was" (final59)
    r"|\b(?:keeps?|kept|keep on|been) (?:\w+ )?(?:trailing off|staring (?:at nothing|into space|blankly))\b"
    r"|\b(?:asked (?:me|her|him|them|us) (?:twice|again|three times|several times)|keeps? asking (?:me|her|him|them|us))"
    r" who (?:i|she|he|they|we) (?:was|were|am|is|are)\b"
)
SLURRED = _r(
    r"\bslurr(?:ed|ing|y)\b|\bslur\b|\b(?:speech|talking|words) (?:is |are |sounds? |seems? )?(?:weird|strange"
    r"|funny|garbled|jumbled)\b|\bcan not (?:speak|talk) (?:properly|clearly|right|normally|straight)\b"
    r"|\bcan (?:not|barely|hardly) get (?:my |his |her |the )?words out\b"
    r"|\bmouth (?:is not|will not|does not|is n t) (?:doing|working) (?:what|how|right|properly)\b|\btrouble (?:speaking|talking"
    r"|finding words|getting words out)\b"
    r"|\b(?:speaks?|speaking|talks?|talking|speech) (?:is |sounds )?(?:not clear|unclear|slow and \w+)\b"
    r"|\bwords (?:are |come out |coming out |came out |sound )?(?:all )?(?:mixed|jumbled|muddled|slow|wrong)\b"
    r"|\b(?:speaking|talking|speaks|talks) (?:very |really |so )?(?:strange|strangely|weird|weirdly|funny|oddly|odd)\b"
    r"|\b(?:sounds?|talks?|talking|speaks?|speaking) (?:like )?(?:he is |she is |i am )?drunk\b"
)
DROWSY = _r(
    r"\b(?:very|so|really|extremely|super|too|unusually|incredibly|abnormally) (?:drowsy|sleepy)\b|\bdrowsy\b"
    r"|\bcan not (?:stay|keep) awake\b|\bcan not keep (?:my |his |her )?eyes open\b"
    r"|\b(?:hard|difficult|impossible|unable) to (?:wake|rouse)\b"
    r"|\b(?:can not|could not|can barely|could barely|can hardly|could hardly) (?:wake|rouse) (?:him|her|them|me|up)\b"
    r"|\b(?:can not|could not|can barely|could barely|can hardly|could hardly) (?:wake|rouse) (?:my |our |the )?\w+ up\b"
    r"|\b(?:hard|difficult|impossible) to (?:keep|stay) (?:him |her |them |me )?awake\b"
    r"|\b(?:much|very|really|so|unusually|way|far|abnormally) sleepier\b"
    r"|\b(?:can not|could not|can barely|can hardly) (?:make|get) (?:him|her|them) (?:awake|to wake|wake|up)\b"
    r"|\bcan not (?:get|keep) (?:him|her|them) (?:to )?(?:stay )?awake\b|\bzonked\b"
    r"|\b(?:shake|shook|shaking) (?:him|her|them) (?:\w+ )?to (?:wake|rouse) (?:him|her|them)\b"
    r"|\bwill not wake up\b|\bkeeps? (?:falling asleep|nodding off|dozing off)\b|\bbarely (?:conscious|awake)\b"
    r"|\blethargic\b|\bunrousable\b|\bsemi ?conscious\b|\bin and out of consciousness\b"
    r"|\b(?:can not|could not) (?:properly |really |fully )(?:wake|rouse)\b"
    r"|\b(?:drifts?|drifted|drifting|goes|went|going|falls?|fell) (?:straight |right )?(?:back )?(?:off|under|asleep) again\b"
    r"|\bwent (?:straight |right )back under\b|\bslept (?:for )?(?:about |around |nearly )?\d{2} hours (?:straight|solid)\b"
)
STIFF_NECK = _r(
    r"\bstiff neck\b|\bnecks? (?:\w+ ){0,3}?(?:stiff|stiffness|rigid)\b|\bneck (?:is |feels |has gone |went )?(?:hard|locked"
    r"|rock hard|like a rock)\b(?! to (?:say|tell|know))"
    r"|\bcan not (?:move|bend|turn) (?:my |his |her )?neck\b"
    r"|\bcan not (?:touch|put) (?:my |his |her )?chin (?:to|on) (?:my |his |her )?chest\b"
    r"|\bneck (?:hurts|aches|is sore|is painful|pain) (?:when|if) (?:i|he|she|they) (?:bend|move|turn|nod|tilt|look down)s?\b"
)
PHOTOPHOBIA = _r(
    r"\b(?:light|lights|bright light|brightness|sunlight|screen) (?:\w+ ){0,2}?(?:hurts?|hurting|bothers?"
    r"|bothering|painful|unbearable|too bright)\b|\bsensitiv\w* to (?:the )?(?:bright )?lights?\b|\bphotophobi\w*"
    r"|\bcan not (?:stand|bear|look at|handle|take|cope with) (?:the )?(?:bright )?lights?\b|\blight sensitiv\w*"
    r"|\b(?:cries|screams|winces|shouts) (?:out )?(?:if|when) (?:i|we|you) (?:turn|switch|put) (?:the )?lights? on\b"
    r"|\blying in the dark with the curtains (?:shut|closed|drawn)\b"
    r"|\b(?:light|lights|bright light|brightness|sunlight|screen) (?:\w+ ){0,2}?(?:kills|killing me"
    r"|makes me (?:want to )?(?:hide|squint"
    r"|wince|cry|sick))\b"
)
VOMIT = _r(r"\bvomit\w*|\bthrow(?:ing|n)? up\b|\bthrew up\b|\bpuk(?:e|ed|es|ing)\b|\b(?:being|been|was) sick\b")
SEIZURE = _r(
    r"\bseizures?\b|\bseizing\b|\bconvuls\w*|\b(?:had|having|has|have) (?:a |an )?epileptic fits?\b"
    r"|\b(?:is|was|started|keeps) fitting\b|\bepileptic (?:fit|fits|seizure|seizures|attack)\b"
    r"|\b(?:had|having|has|have|did|doing|does|took) (?:a |an )?"
    r"(?:bit of a |small |little |shaking |jerking |funny |kind of )?fits?\b"
    r"(?! (?:of (?:laughter|giggles|rage|anger|temper|pique|jealousy)"
    r"|when (?:she|he|they|i) (?:sees?|saw|finds?|found|hears?|heard)"
    r"|about (?:the|it|that|this|my|his|her)|over)\b)"
    r"|\bjerking (?:all over|uncontrollably|violently|his arms|her arms|my arms|and shaking|and twitching)\b"
    r"|\bfoam(?:ing)? (?:at|from) (?:the |his |her )?mouth\b|\bshak(?:e|es|ing) all (?:the|his|her) body\b"
    r"|\b(?:blacked out|passed out|collapsed) and (?:was |started |kept )?(?:jerking|twitching|fitting|convulsing)\b"
)
DOUBLE_VISION = _r(
    r"\bdouble vision\b|\bseeing (?:double|two of everything|things double)\b(?! (?:the|price|prices|money|cost)\b)"
    r"|\bsees? double\b|\bsee (?:i |he |she )?double\b|\bsee the double\b|\btwo of every ?(?:thing|lamp post|one|car|face)\b"
    r"|\beverything (?:is |looks )?doubled\b|\b(?:has|got|have) four eyes\b"
    r"|\b(?:see|sees|seeing|saw) (?:two|2) (?:of (?:everything|you|me|them|things|people)|tvs|televisions|faces|screens|moons"
    r"|clocks|doors)\b"
    r"|\bvision (?:is |went |has gone |has )?doubled?\b|\b(?:lost|losing|loss of) (?:my |his |her )?(?:vision|sight)\b"
    r"|\bvisions? (?:is |has |s )?(?:gone|going|went|turned) (?:all )?double\b"
    r"|\bcan not see (?:properly|clearly|out of)\b|\bsudden(?:ly)? blurr?(?:ed|y) vision\b"
)
FOCAL = _r(
    r"\b(?:face|mouth|smile) (?:is |has |)?(?:drooping|droopy|dropped|dropping|lopsided)\b"
    r"|\b(?:drooping|droopy) (?:face|mouth|smile)\b"
    r"|\b(?:can not|could not|can barely|can hardly) (?:lift|move|raise|feel|grip|use|hold) (?:my |his |her )?"
    r"(?:right |left |one )?(?:arm|arms|leg|legs|hand|foot)\b"
    r"|\b(?:can not|could not|can barely) (?:grip|hold|grasp) (?:with |onto |on to )?(?:my |his |her |a |the )?"
    r"(?:right |left |one )?(?:hand|cup|glass|phone|pen|fork|spoon|mug)\b"
    r"|\b(?:can not|cant|could not|can barely) (?:seem to )?(?:properly |really )?(?:grip|hold|lift|raise) (?:\w+ ){0,3}?with"
    r" (?:my|his|her)"
    r" (?:right |left )(?:hand|arm)\b|\b(?:can not|could not) grip anything\b"
    r"|\b(?:left|right) (?:hand|arm|leg) (?:\w+ ){0,2}?(?:will not|would not|does not|can not) (?:do what|work|move|hold|grip)\b"
    r"|\b(?:left|right) (?:hand|arm)\b(?: \w+){0,6}? keeps (?:slipping|dropping)\b"
    r"|\b(?:arm|arms|leg|legs|hand|foot) (?:\w+ ){0,3}?(?:is |went |feels |gone )?(?:weak|week|numb|dead|paralysed|paralyzed"
    r"|floppy|dragging|heavy and weak|giving way)\b"
    r"|\b(?:right|left|one) side (?:of (?:my|his|her) body )?(?:\w+ ){0,2}?(?:weak|numb|dead|floppy|paralysed|paralyzed)\b"
    r"|\bweakness (?:in|on|of) (?:my |his |her |the |one )?(?:arm|leg|hand|side|face)\b"
    # not "swelling down one side of my face" (final67): a swelling's extent, not a droop
    r"|(?<!\bswelling )(?<!\bswollen )(?<!\bredness )(?<!\bpuffiness )(?<!\bswelling down )(?<!\bswelling on )(?<!\bred on )"
    r"(?<!\bswollen on )(?<!\bpuffy on )(?<!\bswelling across )"
    r"\bone side of (?:my |his |her )?(?:face|body)\b(?! (?:\w+ ){0,2}?(?:swollen|swelling|puffy|red|bigger))"
    r"|\bparaly[sz]\w*|\b(?:having|had|is having) a stroke\b"
)
