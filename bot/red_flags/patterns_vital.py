"""The breathing, heart and circulation signs' wording, and the feeling of dying (brief §4c: breathlessness, chest
pain, a racing heart, fainting, mottled or blue skin, airway swelling, a rash that does not fade, no urine), on
`bot.chat_text.for_matching` text. Split from `bot.red_flags.patterns`, which re-exports every name, so the registry
reads them all from one place."""

from __future__ import annotations

from bot.red_flags.gaps import gapped as _r

BREATHLESS = _r(
    r"\b(?:can not|could not|can barely|could barely|can hardly|hard to|trouble|difficulty|difficult to"
    r"|struggling to|struggle to|struggling a bit to|unable to|problems?|issues?|hard time) (?:\w+ )?(?:breathe|breath|breathing"
    r"|catch (?:my |his |her )?breath|get (?:my |his |her )?breath|get (?:any |enough )?air)\b"
    r"|\b(?:can|could) (?:i|he|she) (?:not|barely|hardly) (?:\w+ )?breathe?\b"
    r"|\bshort(?:ness)? (?:of|off) breath\b|\bout of breath\b|\bbreathless(?:ness)?\b"
    r"|\bbreathing (?:is |was |has been |feels |become |became |becomes |got |gets |getting |has become |has got "
    r"|went )?(?:very |really |so |super )?(?:fast|quick|quickly|rapid"
    r"|rapidly|hard|heavy|heavily|difficult|laboured|labored|shallow|weird|funny|strange|noisy)\b"
    r"|\b(?:fast|rapid|heavy|laboured|labored|shallow|noisy) breathing\b|\bgasping\b|\bwheez\w*"
    r"|\b(?:stopped|not) breathing\b|\bsuffocat\w*|\bchoking\b|\bpanting\b"
    r"|\bbreathing (?:like|as if) (?:i|he|she|they) (?:just |have just )?(?:ran|run|had run|did|have done) (?:a )?(?:marathon"
    r"|race|mile|sprint)\b"
    r"|\bout of breath (?:just )?(?:sitting|lying|resting|on the (?:couch|sofa)|in bed|doing nothing)\b"
)
CHEST_GRIP = _r(
    r"\b(?:clutching|clutched|clutches|holding|gripping|grabbing|grabbed) (?:at )?(?:my|his|her|their|the) chest\b"
    r"|\bchest (?:\w+ ){0,3}?(?:crushing|crushed|being crushed|squeezed|in a vice|like an elephant)\b"
)
CHEST_PAIN = _r(
    r"\bchest (?:\w+ ){0,4}?(?:pain|pains|pane|paining|painful|hurts?|hurting|tight|tightness|pressure|ache|aches|aching|sore"
    r"|heavy|burning|squeez\w*|crushing|killing me)\b"
    r"|\b(?:pain|pains|tightness|pressure|ache|aching|crushing|squeezing|heaviness|burning) (?:in|on|across"
    r"|around) (?:my |the |his |her )?chest\b|\btight chest\b|\bheart (?:hurts|pain|ache|is hurting)\b|\bangina\b"
)
COUGHING_BLOOD = _r(
    r"\bcough(?:ing|ed|s)? (?:up )?(?:some |a bit of |a little )?(?:blood|bloody|red)\b"
    r"|\bblood (?:when|while) (?:i |he |she )?cough\w*|\bbloody (?:cough|phlegm|sputum|mucus|spit)\b"
    r"|\bblood in (?:my |his |her )?(?:cough|phlegm|sputum|mucus|spit)\b|\bspit(?:ting)? (?:up )?blood\b"
    r"|\bha?emoptysis\b"
)
_NOT_A_CONDITION = "".join(
    f"(?<!\\b{w} )" for w in ("for an", "for a", "for my", "for his", "for her", "with an", "history of", "known", "treated for")
)
RACING_HEART = _r(
    r"\bheart (?:\w+ ){0,4}?(?:racing|pounding|pumping|beating (?:so |really |very |super )?(?:fast|quickly|hard"
    r"|like crazy|out of my chest)|going (?:crazy|mad|like crazy|really fast)|fluttering|thumping|thudding"
    r"|palpitating|skipping|galloping|hammering|jumping out|bursting)\b"
    r"|\b(?:racing|pounding|fast|rapid|thumping) (?:heart|heartbeat|heart beat|heart rate|pulse)\b"
    # an irregular heartbeat now, not the condition a medicine is for: "on apixaban for an irregular heartbeat"
    r"|" + _NOT_A_CONDITION + r"\birregular (?:heart|heartbeat|heart beat|heart rate|pulse)\b"
    r"|\bpalpitations?\b|\btachycardi\w*|\bpulse (?:is |was )?(?:racing|fast|very fast|really fast|high|rapid)\b"
    r"|\bheart rate (?:is |was )?(?:high|fast|through the roof|very high)\b"
    r"|\bheart ?(?:beats?|beating) (?:is |was |are |going |feels )?(?:(?:very|really|so|super|too|realy|rly) ){0,3}(?:fast|quick"
    r"|racing"
    r"|rapid)\b"
    r"|\bfor (?:my|his|her|their) heart to (?:race|pound)\b"  # "is it normal for my heart to race like this?"
    r"|\bheart (?:will|would|does|did|can) not (?:stop (?:racing|pounding|thumping|beating so fast)|calm down|slow down)\b"
    r"|\bhearts? (?:is |was )?going like (?:the clappers|a drum|a train|mad|crazy|hell)\b"
)
FAINTING = _r(
    r"\bfaint(?:ed|ing)\b|\b(?:feel|feeling|felt|nearly|almost|going to|about to|gonna|might)"
    r" (?:so |very |really |a bit |quite |like i might |like i will |like i am going to )?faint\b"
    r"|\bpass(?:ed|ing|es)? out\b|\bblack(?:ed|ing)? out\b|\bblackouts?\b|\bcollaps(?:e|ed|ing)\b"
    r"|\b(?:lost|losing|loss of|lose) (?:the |my |his |her )?(?:consciousness|conscience|conscious|consciense)\b"
    r"|\bunconscious\b|\bunresponsive\b|\b(?:without|with no|no) (?:consciousness|conscious|conscience)\b"
    r"|\bkeeled over\b|\bsyncope\b"
    # "is it normal to faint after meso?" (an emergency sign asked about is reported, `queries`); "I went out for a few
    # seconds", "she was out cold", "he went out like a light" (round 13)
    r"|\b(?<!want )(?<!wants )(?<!wanted )(?<!wanna )(?:to|i|he|she|they|did|do|does) faints?\b"
    r"|\b(?:went|was|were|blacked|conked) out (?:cold\b|like a light\b|for (?:a few|a couple of|several|\d+|a|one|two|three|ten)"
    r" (?:seconds?|secs?)\b)"
    r"|\b(?:was|were|went) out for (?:maybe |about |around |like |nearly |almost )?(?:a few|a couple of|several|\d+|a|one|two"
    r"|three|ten|thirty|twenty) (?:seconds?|secs?)\b"
    # "the next thing I knew I was on the kitchen floor", "woke up on the bathroom floor"
    r"|\bnext thing (?:i|he|she) (?:knew|know|remember|remembered)\b(?: \w+){0,4}? (?:on|lying on) the (?:\w+ )?"
    r"(?:floor|ground)\b"
    r"|\b(?:woke|came round|came to|come round|come to)(?: up)? (?:on|lying on) the (?:\w+ )?(?:floor|ground)\b"
)
MOTTLED = _r(
    r"\bmottl\w*|\bashen\b|\bcyano\w*|\bmarbled\b|\bmarbling\b|\b(?:skin|colou?r)\b(?: [\w,]+){0,4}? like marble\b"
    r"|\b(?:lips?|tongue|fingers?|fingertips|nails|mouth) (?:\w+ ){0,3}?(?:blue|bluish|blueish|grey|gray|greyish"
    r"|grayish|purple|purplish|ashen|white)\b"
    r"|\b(?:skin|face) (?:\w+ ){0,5}?(?:blue|bluish|blueish|grey|gray|greyish|grayish|ashen|purplish|purple ish|dusky)\b"
    r"|\bdusky (?:skin|patch|area|colou?r)\b"
    r"|\b(?:blue|bluish|blueish|grey|gray|purple) (?:lips?|tongue|fingers?|fingertips|nails)\b"
    r"|\b(?:very|really|so|deathly|extremely|super|white and|ghostly) pale\b|\bpale (?:and )?(?:clammy|cold|sweaty|blotchy)\b"
    r"|\b(?:cold|pale|grey|gray|blue) (?:and )?clammy\b|\bclammy (?:and )?(?:cold|pale|grey|gray|skin)\b"
)
AIRWAY = _r(
    r"\b(?:lips?|tongue|throat|mouth|uvula|airway)(?: \w+){0,5}? (?:swelling|swollen|swell|swells|puffy|puffing"
    r"|closing|tight|tightening|getting (?:big|bigger|tight|fat)|blowing up|blown up|huge|thick)\b"
    r"|\b(?:swelling|swollen|puffy|swell) (?:\w+ ){0,2}?(?:lips?|tongue|throat|mouth)\b|\btight throat\b"
    r"|\b(?:can not|could not|hard to|difficult to|difficulty|trouble|struggling to|struggle to|unable to)"
    r" (?:\w+ )?swallow\w*|\banaphyla\w*"
)
_NOT_SITES = "".join(f"(?<!{w} )" for w in ("jab", "injection", "needle", "meso", "mesotherapy", "puncture"))
NONBLANCHING = _r(
    # not the injection spots themselves: "the redness from the jab spots is creeping out, not fading" (final69)
    r"\b(?:rash|" + _NOT_SITES + r"spots|dots|" + _NOT_SITES + r"marks|blotches)\b(?:[ ,]+\w+){0,6}?[ ,]+"
    r"(?:does not|do not|did not|will not|not|never)"
    r" (?:fade|fading|faded|blanch|blanching|go white|turn white|go pale|going white|going away|disappearing)\b"
    r"(?! (?:after|in|for|over|within|yet|since|much|completely) )"
    r"|\b(?:rash|spots|dots|marks|blotches)\b(?: \w+){0,6}? (?:does not|do not|did not|will not|not) (?:go away|disappear|go)"
    r" (?:\w+ ){0,5}?(?:press\w*|push\w*|glass|tumbler)\b"
    r"|\bnon ?blanch\w*|\bpetechia\w*|\bpurpur\w*"
    r"|\b(?:glass|tumbler) test\b(?![^.?!]*\b(?:faded|fade completely|fades|went white|turned white|blanched|disappeared)\b)"
    r"|\bpurple (?:rash|spots|dots|blotches)\b"
    r"|\b(?:spots|marks|dots|rash) (?:like|looking like|that looks? like) (?:tiny |little |small )?(?:bruises|blood spots"
    r"|pinpricks)\b"
    r"|\b(?:press|pressed|pressing|put|push|pushed|roll|rolled) (?:a |the )?glass (?:on|over|against) (?:it|them|the rash"
    r"|the spots)\b"
    r"(?:[ ,]+\w+){0,4}? (?:does not|do not|did not|not|will not|no) (?:go away|fade|disappear|go white|change|vanish)\b"
)
NO_URINE = _r(
    r"\b(?:have not|has not|had not|did not|do not|not|can not|could not|unable to|no) (?:\w+ ){0,2}?(?:peed|pee"
    r"|peeing|urinated|urinate|urinating|weed|weeing|passed (?:any )?urine|passed water|passing urine|passing water)\b"
    r"|\b(?:have not|has not|had not|did not|not) (?:been|gone|went|going|been going) (?:to )?(?:the )?(?:toilet|loo|bathroom"
    r"|restroom)(?: (?:to|for) (?:pee|wee|urinate|urine|a wee|a pee))?\b(?! (?:as )?(?:much|often|properly|regularly)\b)"
    r"|\b(?:no|0|zero) (?:urine|pee)\b|\bnot (?:a|one) (?:drop|drip) of (?:wee|pee|urine)\b"
    r"|\burine (?:output )?(?:is |has )?(?:stopped|very dark)\b"
)
FEEL_DYING = _r(
    r"\b(?:i am|i m) (?:going to|gonna|gunna|about to) die\b"
    r"|\b(?:he|she|they) (?:feels?|felt|is feeling|says? (?:she|he) feels?) like (?:she|he|they) (?:is|are|s|was|were) (?:dying"
    r"|going to die|about to die)\b"
    r"|\b(?:feel|feeling|felt) like (?:i am |i |i m )?(?:dying|going to die|gonna die|about to die|death|i could die"
    r"|i might die|i will die)\b|\b(?:feel|feeling|felt) (?:[\w,]+ ){0,3}?like (?:i|i am|i m) (?:will|going to|gonna"
    r"|about to) die\b"
    r"|\b(?:feel|feeling) (?:that )?i (?:will|am going to|am gonna) die\b|\b(?:i am|i think i am|i feel i am"
    r"|i m) dying\b(?! (?:to|for)\b)"
    r"|\bsomething is (?:(?:very|really|seriously|terribly),? )+wrong\b|\bimpending doom\b"
    r"|\bnever felt (?:this|so) (?:ill|sick|unwell|bad)\b|\bdeath warmed up\b"
    r"|\bnever (?:ever )?(?:been|felt) (?:this|so) (?:ill|sick|unwell)\b|\bthis is how people die\b"
    r"|\b(?:do not|don t|dont) (?:honestly |really |actually )?think (?:(?:i|he|she) (?:will|ll|is going to|am going to)|ill)"
    r" make it(?: to (?:the )?morning| through (?:the|tonight|the night))?\b"
)
# Thoughts of suicide or self-harm (reported with finasteride, brief §3 and the FDA's 2025 alert): the facts module's
# finasteride answer says to get help now, from emergency services (PENDING CLINICIAN REVIEW, issue 11, round 13)
SUICIDAL = _r(
    r"\bsuicid\w*"
    r"|\b(?:kill|killing|end|ending|take|taking|hurt|hurting|harm|harming) (?:my ?self|him ?self|her ?self|themselves)\b"
    r"|\bself ?harm\w*"
    r"|\b(?:end|ending|take|taking|finish|finishing) (?:my|his|her|their) (?:own )?life\b|\bend (?:it|it all|everything)\b"
    r"|\b(?:want|wants|wanted|wanting) to (?:die|not be here|not exist|not wake up|disappear forever)\b"
    r"|\b(?:do not|dont|does not|doesnt|no longer|not) (?:want|wanting|wanna) (?:to )?(?:live|be alive|be here|exist|wake up"
    r"|go on)\b"
    r"|\b(?:would|d|will) (?:all )?be better off (?:without me|without him|without her|if i was gone|if i were gone|if i was dead"
    r"|if i were dead|if i was not here|if i were not here)\b"
    r"|\b(?:thinking|thought|think|thinks) (?:about|of) (?:ending|killing) (?:it|it all|everything|my ?self|my life)\b"
    r"|\bbetter off (?:without me|without him|without her|dead|if i was gone|if i were gone)\b"
    r"|\b(?:do not|dont|can not|cant|no longer) see (?:the|any) point (?:anymore|any more|in (?:living|life|going on)"
    r"|of (?:living|life|going on)|in anything)\b|\bno (?:point|reason) (?:in |to )?(?:living|go on|going on|be alive)\b"
    r"|\bworked out how (?:i|he|she) (?:would|d|will|could) do it\b"
    # goodbyes and plans, as a relative tells them: "he texted me goodbye", "she has a plan", "wrote a farewell note"
    r"|\b(?:texted|messaged|sent|wrote|written|writing|texting|messaging) (?:me |us |everyone |everybody |his \w+ |her \w+ )?"
    r"(?:a |an |his |her )?(?:goodbye|farewell|good bye|suicide note|goodbye note|goodbye letter)"
    r"|\b(?:texted|messaged|called|rang|phoned|wrote to|sent) (?:me|us)\b(?: \w+){0,3}? (?:saying|to say|said|says) (?:goodbye"
    r"|good bye|farewell)\b"
    r"|\b(?:saying|said|say|says) (?:goodbye|good bye|farewell) to (?:everyone|everybody|us|all of us|the family|his family"
    r"|her family)\b"
    r"|\b(?:gave|giving|given|gives) away (?:all )?(?:his|her|my|their) (?:things|stuff|belongings|possessions)\b"
    r"|\b(?:has|have|had|got|made|making) (?:a|the) plan (?:to|for|of) (?:end|die|kill|do it|not wake)\b"
    r"|\b(?:can t|cannot|can not|could not|couldn t) (?:go on|carry on) (?:living|any ?more|like this any ?more)\b"
)
# not a report of one's own thoughts: a joke ("... want to die lol", "would kill myself for thick hair") or the topic
# ("the FDA alert mentions suicidal ideation", "suicide risk")
SUICIDAL_NOT_OWN_BEFORE = _r(
    r"\b(?:(?:would|d|could) |(?:makes|made|make) me |(?:mentions?|mentioned|lists?|listed|warns? about|warning about"
    r"|reports? of|risk of|rates? of|links? to|linked to)\W+(?:\w+\W+)?"
    r"|(?:causes?|causa|causing|triggers?|gives? (?:you|people))\W+(?:(?!me\b|him\b|her\b|us\b)\w+\W+)?)$"
)
SUICIDAL_NOT_OWN_AFTER = _r(
    r"^\W*(?:\w+\W+){0,8}?(?:lol|lmao|haha\w*|jk|joking|kidding|ideation|risk|rates?|warnings?|side effects?"
    r"|for (?:thick|thicker|more|better|good|nice|full|fuller) hair)\b"
)
