"""Sign families widened again (issue #11, 2026-12, from the development sets dev17 and dev18): indirect
descriptions rather than medical words. Same conventions as `phrasing.py`; `registry.py` says which sign
each reports, `matching.py` which are cues.
"""

from __future__ import annotations

from bot.red_flags.patterns import gapped as _r

_PERSON = r"(?:he|she|they|i|my \w+|mum|mom|dad|him|her)"

# --- §4c confusion: disorientation told as what the person does or cannot do --------------------------
CONFUSION_MORE2 = _r(
    r"\b(?:can not|could not|cannot) think (?:straight|strait|clearly|properly)\b"
    r"|\bkeeps? (?:forget\w*|losing track of) where (?:i|she|he|they|we) (?:am|is|are|was|were)\b"
    r"|\btalk\w* (?:\w+ ){0,2}?(?:gibberish|nonsense)\b"
    r"|\bconvinced (?:she|he|i|they) (?:was|is|were|had to be) (?:late|at|in|going|due|back)\b"
    r"|\b(?:not|does not|doesnt|do not|dont|did not) know (?:which|what) (?:year|day|month|time) it is\b"
    r"|\b(?:muddled|befuddled)\b"
    r"|\b(?:can not|cannot|could not) (?:put two thoughts together|follow what (?:people|anyone|you|they)"
    r"|keep track of (?:where|what))\b"
    r"|\basked (?:\w+ ){0,2}?(?:\w+ )?times what (?:day|time|year) it is\b"
    r"|\b(?:ask|asked|asking|asks|repeating|repeated|repeats) (?:\w+ ){0,2}?the same (?:question|questions|thing|things)"
    r" (?:again and again|over and over|\w+ times|repeatedly|\d+ times)\b"
    r"|\b(?:not|could not|can not|cannot) tell (?:me|us) where (?:she|he|they|i) (?:was|were|is|are)\b"
    r"|\bcalled (?:me|us) by (?:my|our|his|her|the wrong|someone else s)(?: \w+){0,2}? name\b"
    r"|\b(?:does|did) not know where (?:we|she|he|they|i) (?:are|is|was|were|am)\b"
    r"|\b(?:can not|cannot|could not) (?:remember|rember|tell) (?:\w+ ){0,6}?what (?:time|day|year) it is\b"
    r"|\b(?:asked|asks|asking|keeps? asking) (?:me |us )?(?:\w+ ){0,3}?where (?:she|he|they|we|i) (?:is|are|was|am)\b"
    r"|\b(?:does|did) not recogni[sz]e (?:me|us|anyone|anybody|her own|his own)\b"
)
# --- §4c "feel like I might die", said of someone else ---------------------------------------------------
FEEL_DYING_MORE2 = _r(
    r"\b(?:keeps? saying|says|said|saying) (?:that )?(?:she|he|they) (?:thinks? |feels? (?:like )?)?(?:she|he|they)?"
    r" ?(?:is|are|s) (?:going to die|dying)\b"
)
# --- §4c extreme pain told by what it does ----------------------------------------------------------------
EXTREME_MORE2 = _r(
    r"\bhurts? so (?:bad|badly|much) (?:that )?(?:i am|im|she is|he is|i m) (?:crying|screaming|sobbing)\b"
    r"|\bhurts? (?:\w+ )?more than anything (?:i|she|he) (?:have |has |had |ve |s )?(?:ever )?(?:felt|had|known)\b"
)
# --- headache told by what the person does ----------------------------------------------------------------
HEADACHE_MORE2 = _r(
    r"\b(?:keeps? )?(?:holding|clutching|grabbing|gripping) (?:his|her|my|their) head\b"
    r"|\b(?:screaming|crying|moaning|complaining|yelling|sobbing|wailing) (?:\w+ )?about (?:his|her|my|their) head\b"
)
# --- §4c slurred or disordered speech ---------------------------------------------------------------
SLURRED_MORE2 = _r(
    r"\bwords (?:\w+ ){0,3}?(?:coming|come|comes|came) out (?:in the )?(?:wrong|jumbled|all wrong|mixed up|muddled|backwards)"
    r"|\b(?:it|they|words|speech) (?:comes?|came|coming) out (?:all )?(?:jumbled|muddled|mixed up|wrong)\b"
    r"|\b(?:struggl\w*|hard|trouble|difficult\w*) (?:\w+ )?(?:to )?find(?:ing)? (?:the |my |his |her )?words\b"
    r"|\b(?:can not|could not|cannot) find (?:the |my |his |her )?words\b"
    r"|\b(?:keep|keeps|kept|keeping) (?:losing|forgetting|mixing up) (?:my|his|her|their) words\b"
)
MUSCLE_MORE2 = _r(
    r"\b(?:all )?(?:my |his |her )?(?:body )?muscles? (?:is|are) (?:hurting|aching|sore|paining) (?:so|very|really)"
    r" (?:strong|bad|much)\b"
)
SEIZURE_MORE2 = _r(
    r"\b(?:went|gone|goes) stiff and (?:started )?(?:jerking|shaking|twitching)\b|\beyes rolled (?:up|back)\b"
    # a fit that spreads: "my hand started twitching and then my whole arm"
    r"|\b(?:hand|arm|leg|face|fingers|foot) (?:started|began|kept|was|went) (?:to )?(?:twitch|jerk|shak)\w*"
    r"(?: and| then|,)+ (?:then )?(?:my |his |her |the )?(?:whole|entire|other) (?:arm|leg|side|body|face)\b"
)
# --- §4c rigors: shaking that will not stop, the whole body ----------------------------------------
RIGORS_MORE2 = _r(
    r"\b(?:can not|could not|cannot|will not|won t) stop (?:shaking|shivering|trembling|juddering)\b"
    r"|\b(?:shaking|shivering|trembling),? (?:and )?(?:not possible|impossible|unable|can not) to stop\b"
    r"|\b(?:whole|entire) body (?:is |keeps )?(?:juddering|shaking|trembling|shuddering|convulsing)\b"
    r"|\b(?:shaking|shivering|trembling|shivers|shakes)\b[^.?!,]{0,20}\b(?:will not|wont|won t|does not|doesnt|is not|not)"
    r" (?:stop|stopping|stopped)\b"
    r"|\bshak\w* (?:from )?head to (?:toe|foot)\b|\bshaking so (?:hard|badly|much) (?:i|he|she) (?:can not|cannot|could not)\b"
    r"|\bbody (?:is )?shaking like\b|\b(?:can not|could not|cannot) (?:even )?hold (?:my|his|her|the) (?:phone|cup|glass|mug)"
    r" (?:still|steady)\b"
)
# --- §4c breathless at the least effort ------------------------------------------------------------
BREATHLESS_MORE2 = _r(
    r"\b(?:not able to|unable to|can not|cannot|could not|hard to|difficult to) (?:take|get|draw|catch) (?:a |the |my |any )?"
    r"(?:full |deep |proper |good )?(?:breath|breaths|air)\b(?! (?:away|of fresh))|"
    r"\bout of breath (?:just |even )?(?:walking|going|getting|standing|talking|climbing) (?:to|up|from|in|out)"
    r"(?: \w+){0,3}? (?:bathroom|toilet|loo|kitchen|door|stairs|bed|chair|car|sofa)\b"
)
# --- §4c skin colour: grey, ashen ------------------------------------------------------------------
SKIN_MORE2 = _r(
    r"\b(?:gone|turned|going|turning|is|looks?) (?:a |an )?(?:\w+ )?(?:grey|gray|ashen|ashy|bluish|blueish|greyish|grayish)"
    r" (?:colou?r|shade|tinge)\b|\blike ash\b|\bash grey\b|\bcolou?r of ash\b"
    r"|\b(?:blue|bluish|purple|grey|gray) (?:finger ?tips|fingers|toes|nails|finger nails|hands|feet)\b"
)
# --- §4c no urine: hardly any for most of a day -----------------------------------------------------
_DAY_LONG = r"(?:since (?:yesterday|last night)|over a day|a (?:whole |full )?day|all day|(?:1[89]|2\d|3\d) hours)"
NO_URINE_MORE2 = _r(
    rf"\b(?:barely|hardly) (?:\w+ )?(?:peed|weed|urinated|any (?:wee|pee|urine))\b(?=(?:[ ,]+\w+){{0,8}}?[ ,]+{_DAY_LONG})"
    rf"|\b(?:wee|pee|urine) is (?:\w+ )?(?:and )?(?:hardly|barely) any\b(?=(?:[ ,]+\w+){{0,8}}?[ ,]+{_DAY_LONG})"
    rf"|\b(?:have not|has not|had not) (?:\w+ ){{0,2}}?been for a (?:wee|pee)\b(?=(?:[ ,]+\w+){{0,8}}?[ ,]+{_DAY_LONG})"
    r"|\b(?:0|zero|no) ?ml (?:of )?(?:urine|pee|wee)\b(?= (?:\w+ ){0,3}?(?:in|for|over) (?:1[89]|2\d|3\d) ?(?:hours|hrs|h)\b)"
    rf"|{_DAY_LONG}(?:[ ,]+\w+){{0,4}}?[ ,]+not (?:a|one|a single) drop (?:of (?:wee|pee|urine))?\b"
    rf"|\bnot (?:a|one|a single) drop (?:of (?:wee|pee|urine))?\b(?=(?:[ ,]+\w+){{0,8}}?[ ,]+{_DAY_LONG})"
    rf"|\b(?:have not|has not|not) (?:\w+ ){{0,2}}?(?:pissed|peed|weed|urinated)\b(?=(?:[ ,]+\w+){{0,4}}?[ ,]+(?:{_DAY_LONG}"
    r"|24 hours))"
)
# --- §4c very drowsy or hard to wake ---------------------------------------------------------------
DROWSY_MORE2 = _r(
    r"\b(?:could not|can not|cannot|did not) (?:\w+ )?wake (?:him|her|them|my \w+|\w+)(?: up)? (?:properly|fully|at all)\b"
)
# --- §4b patchy hair loss, in non-native wording: "my hair fall in one round place where doctor make injection"
HAIR_MORE2 = _r(
    r"\bhair (?:fall|falls|fell|falling|fallen|drop|drops|dropped) (?:out )?in (?:a |one )?(?:round |small |little |bald |"
    r"circle )?(?:place|patch|spot|area|circle|zone)\b"
    # "a bare round spot on top, right where the nurse did a few injections"
    r"|\b(?:bare|hairless|empty) (?:round |little |small |clear |smooth |shiny )*(?:spot|patch|circle|area)\b"
)
# --- §4b discharge that dries: crusts in the hair ---------------------------------------------------
PUS_MORE2 = _r(
    r"\b(?:stuff|gunk|goo|something|fluid|liquid) (?:\w+ )?crusts? (?:onto|on|in|into) (?:my|his|her|the) hair\b"
    r"|\bcrust\w* (?:\w+ )?(?:ooz\w*|weep\w*|leak\w*) from (?:the |one of the |an? )?(?:injection|needle|jab)"
)
# --- cues: redness that keeps creeping out; a patch that doubles in size ----------------------------
# --- §4c a rash that does not fade under a glass, told by what the person sees -------------------------------
VISION_MORE2 = _r(
    r"\b(?:doubled up|(?:two|2) of everything|seeing (?:two|2) of)\b"
    # German word order, translated: "ich sehe seit gestern doppelt" as "i see since yesterday double"
    r"|\bi see (?:suddenly |since (?:today|yesterday|this morning|last night) |everything |all )+double\b"
)
GLASS_MORE2 = _r(
    r"\b(?:can|could) (?:still )?see (?:it |them |the rash |the spots |the dots )?through (?:a|the) (?:glass|tumbler)\b"
    r"|\b(?:does not|did not|will not|won t|doesnt) (?:disappear|go away|vanish|fade) when (?:i|you|we) (?:push|press|roll)\b"
)
# --- §4b a lump that grows, told as then and now -------------------------------------------------------------
GROW_MORE2 = _r(
    r"\b(?:was|were) (?:tiny|small|little|minute) (?:at first|to begin with|initially|before|in the beginning)\b"
    r"(?:[ ,]+\w+){0,6}?[ ,]+now\b"
)
SPREAD_MORE2 = _r(
    # non-native: "the red skin is running very fast"
    r"\b(?:is|are) running (?:very |so |really |super )?(?:fast|quick|quickly)\b|"
    r"\b(?:creep\w*|crept) (?:out|outwards?|further|wider|bigger|across|down|up|over|onto)\b|\bwiden\w*(?: out| outwards?)?\b"
    r"|\b(?:small|tiny|little)\b(?: \w+){0,4}? yesterday\b(?:[ ,]+\w+){0,8}?[ ,]+(?:wider|bigger|larger)\b"
    r"|\b(?:gone|went|grown|grew) from (?:\w+ ){0,4}?to (?:covering|cover|over|most of|half)\b"
)
FAST_MORE2 = _r(
    r"\bspreading (?:like crazy|like wildfire|so fast|really fast|super fast|crazy fast)\b"
    r"|\b(?:this morning|at lunch|at breakfast|an hour ago|a few hours ago|(?:two|three|2|3) hours ago)\b"
    r"(?:[ ,]+\w+){0,6}?[ ,]+now"
    r" (?:it is |its |it s )?(?:half|most|all|the whole|covering|over)\b"
    r"|\bdoubl\w* in size (?:every|each|within|in) (?:an? |the last |\d+ )?(?:hour|hours|minutes)\b"
    r"|\b(?:\d+ ?cm|twice (?:as big|the size)) (?:now|already),? (?:just |only )?(?:\d+|one|two|three|an?|a few) hours? later\b"
    r"|\bat (?:lunch|lunchtime|breakfast|noon|midday|\d{1,2} ?(?:am|pm))\b(?:[ ,]+\w+){0,10}?[ ,]+by (?:\d{1,2} ?(?:am|pm)"
    r"|teatime|tea time|dinner|dinnertime|the evening|tonight|bedtime)\b"
)
# --- cues: bright light that hurts -------------------------------------------------------------------
PHOTO_MORE2 = _r(
    r"\blights? (?:\w+ ){0,2}?(?:feels?|is|are|like) (?:\w+ )?(?:knives|knife|needles|daggers|stabbing)\b"
    r"|\b(?:knives|needles|daggers) in (?:my|his|her) eyes\b"
    r"|\bwants? (?:all )?(?:the )?lights? (?:off|out|turned off|switched off)\b"
    r"|\b(?:can not|cannot|could not) look at (?:my |the |a )?(?:screen|phone|tv|light|lights|window)\b[^.?!]{0,30}\bbright\b"
    r"|\b(?:can not|cannot|could not) (?:stand|bear|take|handle|tolerate) (?:the |any )?(?:light|lights|brightness)\b"
)
# --- §4b eye swelling, told by what it looks like ----------------------------------------------------
FACE_EYE_MORE2 = _r(
    r"\b(?:eye|eyes|face) (?:\w+ ){0,3}?like (?:i|he|she|someone|they) (?:have |has |had |s |ve )?(?:been )?(?:punched"
    r"|hit|in a fight|stung by a bee)\b"
    r"|\b(?:can|could) (?:barely|hardly|not|only just) open (?:my|his|her|their|the) (?:right |left )?eyes?\b"
    r"|\bface (?:\w+ ){0,2}?(?:lopsided|swollen on one side|puffy on one side)\b"
)
# --- §4c "I feel I might die", and fainting, in chat and non-native wording --------------------------------------
FEEL_DYING_MORE3 = _r(
    r"\bi (?:think|feel like|genuinely think) i(?: am| m)? (?:actually |literally |genuinely )?dying\b"
    r"|\bsense (?:of|that) (?:impending )?(?:doom|something (?:terrible|awful|bad|horrible) is (?:happening|going to happen))\b"
)
FAINT_MORE2 = _r(
    r"\b(?:lose|lost|loose) (?:my )?conscious(?:ness)?\b|\bfall down and (?:lose|pass out|black out)\b"
    # "my legs just gave way and I hit the floor. I don't remember falling."
    r"|\blegs (?:just |suddenly )?(?:gave way|gave out|buckled|went from under (?:me|him|her))\b"
    r"|\b(?:do not|did not|can not|could not) remember (?:falling|hitting the (?:floor|ground)|going down|fainting)\b"
)
# --- §4c racing heart, asked about: "is my heart supposed to race like this after the injections?" ----------------
RACING_MORE2 = _r(
    r"\bmy heart (?:supposed|meant) to (?:race|pound|hammer|beat (?:this|so) fast)\b"
    r"|\bhearts?(?: is)? (?:going|gone) (?:absolutely |totally |completely )?(?:mental|crazy|nuts|wild|haywire|berserk|mad)\b"
    r"|\bhearts?\b(?:[ ,]+\w+){0,8}?[ ,]+(?:racing|pounding|hammering) (?:non ?stop|nonstop|constantly|all (?:day|night))\b"
)
