"""Indirect wording: how people describe the EFFECT of a sign rather than name it ("can't get up the
stairs without gasping", "lips like I've been eating blueberries", "keeps asking what year it is").

One pattern per family of descriptions, grouped by the sign it reports (`registry.py` says which).
Same conventions as `patterns.py`: normalised text ("can not", "he is"), filler gaps never cross a
negation, and a negator that belongs to the description ("does not know me") is inside the match.
"""

from __future__ import annotations

from bot.red_flags.patterns import SEVERE_WORD
from bot.red_flags.patterns import gapped as _r

_NOT = r"(?:not|can not|could not|will not|would not|does not|do not|did not|is not|has not|have not|never)"
_WHO = r"(?:my|his|her|their|our|the)"
_HE = r"(?:he|she|i|they|we)"

# breathlessness: effort ("stairs", "stop for breath"), speech ("three words then a breath"), posture, noise
BREATHLESS_EFFECT = _r(
    rf"\b(?:stop|stopping|stops|pause|pausing) (?:\w+ )?(?:for|to catch) (?:a |{_WHO} )?breath\b"
    r"|\bneed (?:another|a) breath\b|\bget (?:only )?(?:\w+ ){0,2}?words? out before\b"
    r"|\b(?:can not|could not) (?:finish|complete|get through) (?:a |my |his |her |one )?(?:sentence|sentences|word)\b"
    r"|\b(?:gulping|gasping|fighting|struggling|grabbing|heaving) (?:\w+ )?(?:for )?(?:air|breath)\b"
    r"|\bpuffing (?:and panting |even |just |when |while |sitting |lying )|\b(?:puffing|panting|gasping) (?:\w+ ){0,3}?"
    r"(?:sitting|lying|resting|in (?:my|his|her|the|an) (?:armchair|chair|bed)|on the (?:sofa|couch|settee))\b"
    rf"|\b(?:stairs|steps|walking|climbing|moving) (?:\w+ ){{0,3}}?without (?:gasping|stopping|puffing|panting|getting out)"
    rf"|\bgasps? (?:just |even |when |while |after )?(?:walking|climbing|moving|talking|getting up|going|doing)\b"
    r"|\b(?:can not|could not) lie (?:down )?flat\b|\bsitting (?:bolt )?upright (?:\w+ ){0,3}?(?:air|breath)\b"
    r"|\bwhistl\w* (?:noise|sound)\w* (?:\w+ ){0,2}?(?:breathe|breathing|breath)\b"
    rf"|\b(?:breath|breathing|chest) (?:\w+ ){{0,2}}?(?:whistl\w*|rattl\w*|wheez\w*)\b|\bair hunger\b"
)
# anaphylaxis: lips, tongue or throat that grow, thicken or close
AIRWAY_EFFECT = _r(
    r"\b(?:lips?|tongue)\b(?: \w+){0,3}? (?:very |so |really |too |all )?(?:big|bigger|huge|massive|enormous|fat|fatter"
    r"|thick|numb and swollen|puffing up|puffed up|blown up|double (?:the )?size)\b"
    r"|\btongue (?:\w+ ){0,2}?too big\b|\bthroat (?:\w+ ){0,3}?(?:closing|closed|narrow\w*|shutting|squeez\w*)\b"
)
CHEST_EFFECT = _r(
    r"\b(?:tight|crushing|squeezing|pressing|heavy|pressure|band) (?:\w+ ){0,2}?(?:feeling|sensation|band|weight)?"
    r" ?(?:in|on|across|around|round) (?:the (?:middle|centre|center) of )?(?:my|his|her|the) chest\b"
    r"|\b(?:elephant|weight|brick|something heavy|someone|somebody) (?:\w+ ){0,2}?(?:sitting|standing|pressing|on)"
    r" (?:on )?(?:my|his|her) chest\b|\bchest (?:\w+ ){0,2}?(?:in a vice|being crushed|squeezed)\b"
)
CONFUSION_EFFECT = _r(
    rf"\b{_NOT} (?:\w+ )?(?:know|remember|recogni[sz]e|say(?! (?:me|us)\b)) (?:me|us|anyone|anybody|who (?:i|he|she|we) (?:am|is"
    rf"|are)"
    r"|what (?:day|year|month|time) (?:it is|is (?:it|today))|(?:where|who) (?:he|she|i|they|we) (?:is|am|are|was))\b"
    rf"|\b(?:not|can not|could not|unable to) (?:\w+ )?(?:know|tell(?! (?:me|us)\b)|remember|recogni[sz]e) (?:me|us|where (?:he"
    rf"|she|i|they)"
    r" (?:is|am|are)|what day|what year|(?:my|his|her|our) (?:own )?(?:address|name|birthday|phone number|postcode))\b"
    r"|\bunable to tell (?:me |us )?(?:where|what day|who)\b"
    r"|\b(?:not|can not|could not) (?:\w+ )?tell (?:me|us) (?:where (?:he|she|i|they) (?:is|am|are)|what (?:day|year|month|time)"
    r"|who (?:i|he|she|we) (?:am|is|are)|(?:my|his|her|our|their) (?:own )?(?:address|name|birthday|phone number|postcode))\b"
    r"|\b(?:forgot|forgotten|forgets|forgetting|did not know|does not know|not know|can not remember|could not remember)"
    rf" {_WHO} (?:own )?(?:\w+s |\w+ s )?names?\b"
    r"|\b(?:keeps?|kept|keep) asking (?:me |us )?(?:what|where|who|whose|when)\b"
    # not "keeps asking what an abscess is": a question about a topic, asked again
    r"(?! (?:\w+ )?(?:an?|the|this|these|that|those|mesotherapy|meso|it) (?:\w+ )?(?:abscess|infection|lump|bump|nodule|risk"
    r"|side effect|treatment|injection|mesotherapy|meso|procedure|session|clinic|doctor|cost|price|result)"
    r"|(?:\w+ )?(?:mesotherapy|meso)\b)"
    r"|\b(?:thinks?|thought|believes?) (?:it is|its|that it is|it was|that it was) (?:christmas|\d{4}|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|morning|night|the (?:\w+ties|\d+s|year \d+|war))\b"
    r"|\b(?:thinks?|thought) (?:he|she) is (?:in|at|back)\b"
    r"|\btalk\w* (?:complete |total |utter )?(?:nonsense|gibberish|rubbish)\b|\b(?:getting|got|gets|become|became|feel"
    r"|feeling|very|really|so|all) muddled\b"
)
SLURRED_EFFECT = _r(
    r"\b(?:speech|words|voice|talking|everything)\b(?: \w+){0,4}? (?:all )?(?:mushy|slurp\w*|thick and slow|slow and thick"
    r"|garbled|jumbled|not clear|unclear|coming out wrong)\b"
    r"|\bwords? (?:are |is )?(?:coming|come|comes|came) out (?:all )?(?:\w+ )?(?:mushy|thick|wrong|strange|funny|slow)\b"
    r"|\beverything comes out (?:thick|slow|wrong|mushy)\b"
    rf"|\btongue (?:\w+ ){{0,2}}?{_NOT} (?:work|working|move|moving)\b"
    r"|\bmouth (?:is |feels )?(?:\w+ )?full of (?:cotton|marbles|wool)\b"
    rf"|\b(?:can not|could not) get {_WHO} words out\b"
    r"|\b(?:he|she|they|i) (?:is |are |am )?(?:speak|speaks|speaking|talk|talks|talking) (?:very |so |all )?(?:strange|strangely"
    r"|funny|weird|weirdly|odd|oddly)\b"
)
DROWSY_EFFECT = _r(
    r"\b(?:drifting|drifts|drifted|dropping|nodding|dozing) off (?:mid|in the middle|while|when|again|all the time|constantly)"
    r"|\bonly (?:rousable|wakes?|responds?|reacts?|opens? (?:his|her|the) eyes?|groans?|moans?|grunts?|mumbles?)\b"
    r"|\b(?:will not|does not|did not|not|can not|could not|barely|hardly) open (?:his|her|their) eyes?\b"
    r"|\b(?:shake|shook|shaking|wake|woke|call|called|nudge|nudged) (?:him|her|them)\b(?: \w+){0,4}? (?:groans?|moans?"
    r"|grunts?|mumbles?|closes? (?:the|his|her) eyes|(?:falls?|fell|goes|go|went) (?:back )?(?:to )?sleep)\b"
    r"|\b(?:sleeps?|sleeping) and sleep|\b(?:and|then) (?:sleep|sleeps|falls asleep) again\b"
    r"|\b(?:not|barely|hardly) (?:answer|answers|answering) (?:good|properly|me|us)\b"
)
FAINT_EFFECT = _r(
    r"\b(?:dropped|drop|fell|fall|falls|slumped|crumpled|collapsed|keeled over|went down|go down|hit) (?:\w+ ){0,2}?"
    r"(?:to|on|onto) the (?:floor|ground)\b|\bwent down like\b|\b(?:woke|wake|waking|came round|came to|come round)"
    r" (?:up )?(?:on|in) the (?:\w+ )?(?:floor|ground)\b|\beverything (?:went|go|goes|going|turned) (?:black|dark)\b"
    rf"|\b(?:fell|fall|falls) (?:down )?(?:and |, ?)?(?:\w+ ){{0,5}}?{_NOT} (?:get up|wake|respond|talk|move)\b"
    r"|\bcame (?:round|around|to) after\b"
)
SKIN_COLOUR_EFFECT = _r(
    r"\b(?:he|she|i|they) (?:is|are|am|was|has gone|went|looks?|looked|turned) (?:all |very |really |properly |so |a bit )?"
    r"(?:grey|gray|greyish|grayish|ashen|bluish|blueish)\b"
    r"|\b(?:grey|gray|ashen|blue|purple) in the face\b"
    r"|\b(?:went|gone|turned|turning|going) (?:all |very |really |completely |a bit )?(?:grey|gray|ashen|blotchy|mottled)"
    r"(?: and| in| all| like|\b(?= *(?:$|[^a-z ])))"
    r"|\b(?:skin|face|legs?|knees?|arms?|hands?|feet|toes|fingers|body|belly|tummy|chest)\b(?: \w+){0,5}? (?:all )?"
    r"(?:blotchy|purple|purplish|violet|marbled|marbly|lacy)\b(?: (?:and|like|spots?|patches|blotches|marks))"
    r"|\b(?:blotchy|purple|violet|blue|spots|skin) (?:\w+ ){0,3}?like (?:a )?(?:marble|map|lace|net)\b"
    r"|\blips?\b(?: \w+){0,6}? (?:blueberr\w*|ink|dark blue|navy)\b"
    r"|\b(?:lips?|tongue|mouth|fingers?|nails)\b(?: \w+){0,2}? (?:blu|blue) ?ish\b"
)
GLASS_EFFECT = _r(
    r"\b(?:glass|tumbler)\b(?: \w+){0,16}? (?:still (?:there|visible|showing|see)|(?:do|does|did|will) not (?:fade|go|disappear)"
    r"|(?:they|it|spots?|dots?) (?:stay|stays|stayed|remain|remains|remained)\b|not disappear)"
    r"|\bstill (?:there|visible|showing)\b(?: \w+){0,3}?"
    r" (?:through|under|with|when) (?:\w+ ){0,3}?(?:glass|tumbler)\b"
    r"|\b(?:press|pressed|pressing|push|pushed|pushing) (?:on )?(?:them|it|the spots?|the rash)\b(?: \w+){0,3}?"
    r" (?:they |it )?(?:stay|stays|stayed|remain|remains|do not fade|does not fade|did not fade"
    r"|still (?:there|dark|purple|red))\b"
)
NO_URINE_EFFECT = _r(
    r"\b(?:have not|has not|had not|did not|do not|does not|not) (?:\w+ )?(?:needed|need|wanted|go|gone|went)"
    r" (?:to go )?(?:to )?(?:the |a )?(?:loo|toilet|bathroom|restroom|wee|pee)\b(?! (?:roll|paper|seat)\b)"
    r"|\b(?:nappy|nappies|diaper|diapers) (?:\w+ ){0,3}?(?:dry|bone dry|empty)\b|\bdry (?:nappy|nappies|diaper|diapers)\b"
)
RIGORS_EFFECT = _r(
    r"\b(?:shake|shakes|shaking|shiver|shivering|tremble|trembling|jerking|juddering)\b(?: \w+){0,2}?"
    r" (?:very |so |really )?(?:strong|strongly|hard|violently|uncontrollably|very much)\b(?! (?:hands?|handshake)\b)"
    r"|\b(?:shaking|shivering|trembling|shake|shivers?)\b[ ,a-z]{0,40}?\b(?:can not|could not|will not) (?:stop|control)\b"
    r"|\b(?:can not|could not) (?:stop|control) (?:it|the shaking|the shivering|my shaking|the shakes)\b"
    r"|\bteeth (?:\w+ ){0,3}?(?:chatter\w*|hitting|banging|knocking|rattling|going)\b"
    r"|\b(?:bed|whole bed|sofa|chair) (?:is |was )?(?:literally )?(?:rattling|shaking|juddering)\b"
    r"|\b(?:full|whole|entire) body (?:is )?(?:shaking|shivering|trembling|jerking)\b"
    r"|\b(?:body|i am|he is|she is) (?:\w+ )?jerking with (?:the )?cold\b|\bthe shakes (?:really |so |very )?(?:bad|badly)\b"
    r"|\b(?:shaking|shivering) (?:so |really |very )(?:violently|badly|hard|much)\b"
)
EXTREME_PAIN_EFFECT = _r(
    r"\b(?:worse|more painful) than (?:\w+ ){0,3}?(?:childbirth|labou?r|giving birth|(?:having )?(?:a |my )?(?:babies|baby"
    r"|children|kids)|kidney stones?|anything|all of them|(?:a |my )?broken \w+)\b"
    r"|\bpain (?:\w+ ){0,2}?too much\b|\b(?:can not|could not) (?:bear|stand|take|handle)\b(?! (?:the (?:wait|price|cost|thought)"
    r"|waiting|him|her|them)\b)"
    r"|\b(?:crying|screaming|sobbing|howling) (?:on the floor|in pain|with (?:the )?pain|with it|out)\b"
    r"|\b(?:hurts?|hurting|pain\w*) (?:\w+ ){0,4}?(?:way |much |far |a lot )?(?:more|worse) than (?:\w+ ){0,4}?"
    r"(?:should|it looks|you would expect|makes sense)\b"
    # "it hurts more than expected"; but "it hurt more than I expected" is the injections themselves (§4a, final60)
    r"|\b(?:hurts|hurting|pain\w*) (?:\w+ ){0,4}?(?:way |much |far |a lot )?(?:more|worse) than (?:\w+ ){0,4}?expected\b"
    r"|\bhurt (?:\w+ ){0,4}?(?:way|much|far|a lot) (?:more|worse) than (?:\w+ ){0,4}?expected\b"
    r"|\b(?:can not|could not) (?:bear|stand) (?:anyone |anything |it )?(?:to )?(?:touch\w*|being touched)\b"
    # "Is this much pain normal? It's unbearable, I'm in tears" (final67): the pain, named in the sentence before
    r"|\b(?:it is|it s|its|this is) (?:absolutely |just |totally |literally |honestly )?(?:unbearable|excruciating"
    r"|agonising|agonizing|agony)\b|\b(?:i am|i m|im) (?:literally )?in tears\b"
)
# a body-wide ache: counts as severe muscle pain (§4c) with a severity word or a loss of function (matching.combine)
BODY_PAIN = _r(
    r"\b(?:every|all) (?:single |of )?(?:my |his |her |the )?muscles?\b|\bmuscles? (?:\w+ ){0,2}?all over\b|\bmyalgia\b"
    r"|\b(?:whole |entire |my |his |her )body (?:hurts|aches|aching|is aching|is sore|pain|is in pain|is killing)\b"
    r"|\bhit by a (?:bus|truck|train|lorry)\b|\b(?:legs|arms|back|legs and back|arms and legs)\b(?: \w+){0,2}?"
    r" (?:ache|aches|aching|hurt|hurts|hurting)\b"
    # "my muscles hurt so bad everywhere" (2026-12, final60)
    r"|\b(?:my|his|her) muscles (?:\w+ ){0,3}?(?:everywhere|all over)\b"
)
DISABLING = _r(
    r"\b(?:can not|could not|almost can not|barely|hardly|unable to|can barely|can hardly) (?:\w+ ){0,2}?(?:stand|walk|get up"
    r"|move|roll over|get out of (?:\w+ ){0,2}?(?:bed|chair)|mobili[sz]e|lift (?:my|his|her) arms?)\b"
    r"|\b(?:so|really|very|terribly) (?:bad|badly|much)\b"
)
VISION_EFFECT = _r(
    r"\b(?:i|he|she) (?:can )?(?:see|sees) (?:two|2) of (?:everything|every thing|things|them|it)\b"
    r"|\bghostly (?:copy|copies|image|images|outline|double)\b|\bdiplopia\b"
    r"|\beverything (?:\w+ ){0,3}?(?:double|blurr?(?:ed|y)|dark)\b|\bghost (?:copy|copies|image|images|outline)\b"
    r"|\beyes? (?:will not|would not|do not|does not|can not|not) (?:line up|focus|work together)\b"
    r"|\b(?:half|part|side) of (?:\w+ ){0,5}?(?:gone|went|is|has gone|going) (?:\w+ )?(?:dark|black|blurr?y|blank|missing)\b"
    r"|\bseeing (?:two|2) of\b|\b(?:suddenly|sudden) (?:\w+ ){0,2}?(?:blurr?(?:ed|y)|double)\b"
)
FOCAL_EFFECT = _r(
    r"\b(?:arm|leg|hand|foot)\b(?: \w+){0,3}? (?:useless|heavy and useless|heavy and weak|will not (?:lift|move|work|go up)"
    r"|not working|gave way|gives way)\b"
    r"|\b(?:can not|could not|can barely|can hardly) (?:lift|hold|grip) (?:the |a |my |his |her )?(?:kettle|cup|mug|glass"
    r"|bag|fork|spoon|phone|pen|arm up)\b|\bdragging (?:his |her |my )?(?:left |right )?(?:leg|foot)\b"
    r"|\b(?:face|mouth|smile|eyelid)\b(?: \w+){0,3}? (?:sagging|slipped|fallen|dropped|droops|drooped|hanging) (?:down )?"
    r"(?:on one side|to one side|on the (?:left|right))"
    r"|\bone side of (?:my |his |her |the )?(?:face|mouth)\b(?: \w+){0,3}? (?:down|droop\w*|drop\w*|sag\w*)\b"
)
RACING_EFFECT = _r(
    r"\bheart\b(?: \w+){0,2}? (?:going|beating|pounding|racing|hammering|thumping) (?:so |very |really |super |too )+"
    r"(?:fast|quick|quickly|hard)\b|\b(?:see|feel) (?:it|my heart|his heart|her heart|the pulse) (?:\w+ )?jumping\b"
)
SEVERE_CONTEXT = _r(rf"\b(?:{SEVERE_WORD}|really severe|very severe)\b")
RECUR = _r(r"\b(?:again|came back|come back|coming back|flared (?:up )?again|flaring up again|returned)\b")
MILD_SPREAD = _r(
    r"\bspread\w* (?:just )?(?:a (?:bit|little|touch|tiny bit)|slightly)\b"
    r"|\b(?:slightly|a (?:bit|little)) (?:spread\w*|bigger|wider|larger)\b"
)
COLLAPSE_SUBJECTS = frozenset(
    "account bank market price prices business deal plan plans tent roof chair shelf economy wallet savings "
    "budget finances confidence hairline hair shares stocks".split()
)
FIGURATIVE_SUBJECTS = frozenset("wait waiting results price prices cost bill queue suspense process booking".split())
EMOTION_CAUSE = _r(  # also exertion: "breathless from running for the bus"
    r"(?:(?:from|after) (?:the |a )?(?:running|run|rushing|climbing|jogging|exercise|exercising|gym|workout|walk|walking"
    r"|hurrying|cycling|dancing|stairs|hill)\b)"
    r"|(?:with|from|of) (?:the )?(?:excitement|excited|nerves|nervous|nervousness|anticipation|fear|laughter|laughing|anger"
    r"|rage|joy|happiness|adrenaline|anxiety|stress)\b"
)
UNRELATED_SWELLING = _r(r"\bhay ?fever\b|\bpollen\b|\bseasonal allerg\w*|\b(?:from|after) (?:crying|cried)\b|\bhangover\b")
UNRELATED_PAIN_PLACE = frozenset("period periods menstrual cramps ankle knee wrist toe elbow tooth teeth dental".split())
TOPIC_NEXT = _r(  # "a sepsis leaflet", "meningitis criteria": the topic, not the illness
    r" (?:leaflet|leaflets|page|pages|poster|posters|video|videos|criteria|awareness|information|info|website|trust"
    r"|signs|symptoms|checklist|campaign|screening|guidance|charity|article|articles)\b"
)
RISK_AS_TOPIC = _r(r" (?:nurse|nurses|patients|clinic|team|specialist|educator|ward|doctor|research|leaflet|awareness)\b")
# What a session is called: "my last session was", "because I had my treatment": a date, not a sign
SESSION_WORDS = r"(?:sessions?|appointments?|treatments?|course|consultation|booking)"  # not "injection": "my injection site"
# "Mine is ...", "asking because there is, on mine": the sentence after a question says it is the writer's own
OWN_FOLLOW_UP = _r(
    r" ?(?:(?:because |and |well |so |yes |yeah )*(?:mine|my \w+) (?:is|are|has|have|was|were|came|started|appeared|looks"
    r"|feels|does|do|did|showed|too|as well|just)"
    r"(?! (?:\w+ )?(?:saying|asking|worried|telling|wondering|curious|thinking|reading|nervous|scared)\b)"
    r"|(?:i am )?asking (?:because|as|since) (?:there is|i have|i do|i am|it is|mine|my(?! (?:\w+ ){0,2}?(?:leaflet|website"
    r"|page|mentioned|said|says|told|asked|wants|wanted|read|heard)\b))"  # not "asking because my clinic's leaflet said"
    r"|i have had (?:it|them|this|these)"
    r"|(?:because |cause |as )?(?:i do|i am|i have|mine does|mine is)(?= ?(?:$|[.!?,]))"  # "...? Because I do."
    # "that's what mine just read", "that's me right now", "that's what's happening"
    r"|(?:because |and |well |so )?(?:that is|this is|it is) (?:me|mine|what (?:mine|my \w+|the \w+|it|i have|is happening"
    r"|i am|i have got|i got)\b)"
    # "I've got both right now", "got it now", "I've got three", "I have two"
    r"|(?:because |cause |as )?(?:i have got|i have|i got|got) (?:both|all|them|it|this|these|one|two|three|four|five"
    r"|several|a few|some|loads)(?: (?:now|right now|at the moment|today|too|as well|of them|on|,))"
    r"|(?:because |cause |as )?(?:i have got|i have|i got) (?:both|two|three|four|five|several|a few|loads)\b"
    # "is it normal to have a seizure after ...? I just had one"
    r"|i (?:just |have just )?had (?:one|it|that|this)(?: just now| now| today| an hour ago| earlier)?(?! \w*(?:session|treatment"
    r"|appointment|injection|round|course|meso|time|day|week|month|year))"
    r"|(?:i (?:feel|am)|feeling) otherwise\b|otherwise (?:i (?:feel|am)|feeling)\b|one of (?:my|mine)\b"
    # "Could a hot lump be an abscess? Because I think I have one", "My scalp got infected after meso"
    r"|(?:because |as |cause )?i (?:think|reckon|suspect|believe) i (?:have|have got|got) (?:one|it|this|that|them|some)"
    r"|my (?:scalp|head|skin|lump|bump|spot|spots|site|sites) (?:got|gets|went|turned|keeps)"
    r"|(?:this|the|my) (?:headache|pain|lump|bump|swelling|rash|fever|temperature) (?:is|has|keeps|will not|won t)"
    r"|(?:there (?:is|are) )(?:\w+ )?(?:one|two|three|four|five|several|a few) (?:\w+ )?(?:spots?|places?|patches|lumps|bumps)"
    r"|(?:temp|temperature|pulse|heart rate|hr|bp|blood pressure)(?: is| was| of)? \d)\b"
)

# --- §4b and combination cues (matching._CUES, registry lumps and pus) ---------------------------
LUMP_EFFECT = _r(
    r"\b(?:(?:hard|small|little|tiny|firm|round) )*(?:balls?|things|marbles|peas) (?:in|on|under) (?:the |my |his |her )?"
    r"(?:skin|scalp|head)\b|\b(?:hard|firm) (?:small |little |round )?(?:balls?|nodes)\b"
)
PUS_EFFECT = _r(
    r"\b(?:soaked|stained|crusted|crusty|sticky) (?:\w+ )?(?:yellow|green|yellowish|greenish)\b"
    r"|\b(?:yellow|green|yellowish|greenish|crusty|sticky) (?:stains?|marks?|patches|patch) on (?:my |the |his |her )?"
    r"(?:pillow|pillowcase|pillows|sheets?|hat|cap)\b"
    r"|\bpillow(?:case)? (?:\w+ ){0,3}?(?:stained|soaked|crusty|sticky) (?!(?:with |in )?(?:sweat|blood|water|tears)\b)"
)
HAIR_PATCH_EFFECT = _r(
    r"\bhair (?:\w+ ){0,2}?(?:fell|falling|fallen|came|coming|come|fall|falls|lose|lost|losing) (?:out )?in (?:\w+ ){0,3}?"
    r"(?:patch|patches|spots?|circles?|holes?|rings?|clumps?)\b"
    r"|\b(?:lose|lost|losing) (?:my |his |her )?hair in (?:\w+ ){0,2}?(?:patch|patches|spots?|circles?)\b"
    r"|\bbald in (?:spots|patches|places|circles)\b|\b(?:holes?|gaps?|circles?) in (?:my|his|her|the) hair\b"
    r"|\bcoin (?:shaped|sized) (?:bald )?(?:patch|patches|spot|spots|area)\b"
    # a bare island: "a smooth, shiny island with nothing growing on it"
    r"|\b(?:smooth|shiny|bare|slick) (?:\w+ )?(?:island|patch|circle|spot|area)\b(?: \w+){0,3}? (?:with )?(?:nothing|no hair)"
    r" (?:growing|grows|left|on it)\b"
)
FAST_EFFECT = _r(
    r"\bsince (?:breakfast|lunchtime|dinner|tea|teatime|this afternoon|this evening|\d{1,2} ?(?:am|pm|o clock))\b"
    r"|\b(?:at|from) \d{1,2} ?(?:am|pm)\b(?: \w+){0,12}? by \d{1,2} ?(?:am|pm)\b"
    r"|\bin (?:about|around|under|less than|just over|roughly|only) (?:an |one |two |three |four |a few |\d+ )?"
    r"(?:hours?|minutes?)\b"
    r"|\bi can (?:\w+ )?see it (?:creep|mov|spread|grow)\w*"
)
SPREAD_EFFECT = _r(
    r"\bfrom (?:the size of )?(?:a |an )?\w+(?: \w+)? to (?:the )?(?:whole|entire|all|half|most)\b"
    r"|\bonto (?:my|his|her|the) (?:ear|ears|neck|face|forehead|cheek|eye|eyes|temple)\b"
    r"|\b(?:going|moving|growing|creeping) (?:(?:very|so|really|super) )+(?:fast|quickly|quick|rapidly)\b"
    r"|\b(?:red|redness|it|swelling|rash) (?:is |has been )?(?:moving|creeping|crawling|travell?ing)\b"
    r"|\b(?:marked|drew|drawn|traced) (?:\w+ ){0,4}?(?:edge|edges|outline|line|round|around)\b"
    # "it's gone from my crown to my eyebrow" (2026-12, final61)
    r"|\b(?:gone|went|moved|travell?ed|crept|spread) (?:all the way )?from (?:my |the |his |her )?(?:crown|scalp|hairline|head"
    r"|parting|temple|forehead|injection \w+|spot|site) (?:\w+ )?(?:to|down to|into|onto) (?:my |the |his |her )?\w+"
)
GROW_EFFECT = _r(
    r"\b(?:was|were) (?:only |about |just |around )?(?:\d+(?:\.\d+)?|a|one|two|half an?) ?(?:cm|mm|centimet\w*|inch\w*)"
    r" (?:yesterday|this morning|earlier|before|last night|at first)\b"
    r"|\bfrom (?:\d+(?:\.\d+)?|a|one) ?(?:cm|mm|centimet\w*|inch\w*) to\b"
)
# a lump's growth told by what it is the size of: "Yesterday it was the size of a lentil, today it's more like a
# chickpea" (final67): a lump, and it grows
SIZE_GROWTH = _r(
    r"\b(?:was|were) (?:only |about |just |around |like )?(?:the size of|as big as|as small as) an? (?:\w+ ){0,2}?\w+"
    r"[^.!?]{0,30}?\b(?:now|today|tonight|this morning|this evening)\b[^.!?]{0,20}?\b(?:more like|the size of|as big as"
    r"|bigger than|closer to) an? \w+"
)
STIFF_NECK_EFFECT = _r(r"\bneck (?:\w+ )?(?:will not|would not|does not|can not|not) (?:bend|move|turn)\b")
PHOTO_EFFECT = _r(
    r"\b(?:light|lights|screen|sun|sunlight|brightness)\b(?: \w+){0,4}? (?:too bright|hurts? (?:my|his|her) eyes)\b"
    r"|\bcan not look at (?:the |my |his |her )?(?:\w+ )?(?:screen|light|lights|sun|window|tv)\b"
)
FEEL_DYING_EFFECT = _r(
    r"\b(?:i|he|she) (?:\w+ )?(?:might|may|will|am going to|is going to|could) not make it\b|\bnot going to make it\b"
    r"|\b(?:do not|did not) think (?:i|he|she) (?:am |is |will )?(?:going to |gonna )?make it\b"
)
JUST_AFTER = _r(  # within hours of a session: warmth and tingling are usual (§4a)
    r"\b(?:just had|an hour ago|(?:a few|two|2|three|3) hours ago|minutes ago|right after|straight after)\b"
)
# "I'll have a seizure if one more clinic ...", "going to faint when my wife sees the bill": a figure of speech
FUTURE_IF = _r(r"\b(?:will|going to|gonna|about to|i ll|ill|would)\b(?: \w+){0,3}? ?$")
FUTURE_IF_NEXT = _r(r"(?: \w+){0,2}? (?:if|when|once|the day)\b")
RELAXED_NEXT = _r(  # "collapsed on the sofa with a takeaway, bliss"
    r"(?: \w+){0,5}? (?:with a (?:takeaway|pizza|glass|cup|brew|tea|coffee|wine|beer|book|film|movie)|bliss|netflix|telly"
    r"|tv|nap)\b"
)
EMOTION_NEAR = _r(
    r"\b(?:because|from|with|due to|out of)(?: \w+){0,4}? (?:nervous|nerves|anxious|anxiety|excited|excitement|scared"
    r"|fear|adrenaline|caffeine|coffee)\b"
)
