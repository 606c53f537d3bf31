"""Sign families described by their effect, widened for development sets 6 and 7 (issue #11, fifth
round): each pattern is a family of everyday images, not a sentence. Same conventions as `patterns.py`
(normalised text; filler gaps never cross a negation); `registry.py` says which sign each reports and
`matching.py` which are cues.
"""

from __future__ import annotations

from bot.red_flags.patterns import gapped as _r

_WHO = r"(?:my|his|her|their|the)"

BREATHLESS_IMAGE = _r(
    r"\b(?:breathing|breathe|sucking air|suck air|sucking in air|getting air|drawing air|pulling air) (?:in |out )?"
    r"through a (?:straw|pillow|wet (?:towel|cloth)|sponge|sock)\b"
    r"|\bevery (?:single )?breath (?:is|feels|takes) (?:like )?(?:hard|a struggle|an effort|hard work|work|a fight)\b"
    r"|\b(?:can not|could not|unable to) (?:get|take|catch) (?:a )?(?:full|deep|proper|decent) breath\b"
    r"|\bpuffing (?:and panting )?like (?:i|he|she) (?:ran|have run|has run|just ran|had run)\b"
    r"|\b(?:lying|sitting|resting) (?:\w+ ){0,3}?(?:and )?(?:still )?(?:out of breath|puffing|panting|gasping)\b"
)
RACING_IMAGE = _r(
    r"\b(?:bird|birds|butterfly|butterflies|drum|drummer|hammer|train|horse)\b(?: \w+){0,4}? (?:in|inside) " + _WHO + r" chest\b"
    r"|\bchest (?:\w+ ){0,3}?(?:flapping|fluttering|hammering|pounding|thumping|galloping|racing)\b"
    r"|\bheart\w*\b(?:[ ,]+\w+){0,6}? (?:count|counted|counting|measured|is|at|about|around) (?:about |around )?"
    r"(?:1[3-9]\d|2[0-4]\d)\b(?! ?(?:mg|ml|minutes|steps|calories|kcal))"
)
CHEST_IMAGE = _r(
    r"\b(?:tight|heavy|iron) band (?:round|around|across) (?:it|" + _WHO + r" chest)\b"
    r"|\bchest (?:discomfort|pressure|heaviness|tightness)\b|\b(?:elephant|weight|someone) (?:sitting |standing )?on "
    + _WHO
    + r" chest\b"
)
RIGORS_IMAGE = _r(
    r"\b(?:full|whole)[ -]?body (?:shakes|shaking|shivers|shivering|tremors|trembling)\b"
    r"|\b(?:shakes|shaking|shivers|shivering|trembling) (?:that )?(?:i|he|she) (?:can not|could not) (?:control|stop)\b"
)
AIRWAY_IMAGE = _r(
    r"\b(?:hives|welts|itchy rash)\b(?: \w+){0,8}? throat (?:feels|is|went|going) (?:funny|weird|strange|odd|scratchy)\b"
    r"|\blips?\b(?: \w+){0,4}? (?:and )?(?:they|it) (?:are|is) (?:swelling|swollen|puffing up|blowing up)\b"
)
SKIN_IMAGE = _r(
    r"\bblotchy (?:skin|legs|arms|knees|body)\b|\bskin (?:is |has gone |went |looks )?(?:all )?blotchy\b"
    r"|\b(?:fingertips|fingers|fingernails|nails|lips)\b(?: and \w+)?(?: (?:be|look|looking|go|gone|turn|turned|are))?"
    r" (?:this|so|a bit|kind of|kinda|really) (?:blue|grey|gray|purple)\b"
)
EXTREME_IMAGE = _r(r"\bpain\b(?: \w+){0,4}? (?:is |was )?(?:out of this world|off the scale|off the charts|beyond anything)\b")
HEADACHE_IMAGE = _r(
    r"\bhead (?:is |feels )?(?:like it is )?in a vi[cs]e\b|\bvi[cs]e (?:round|around) " + _WHO + r" head\b|\bhead pains?\b"
)
STIFF_NECK_IMAGE = _r(
    r"\bneck\b(?: \w+){0,3}? (?:is |feels |like )?(?:hard|stiff|rigid) (?:like|as) (?:wood|a board|a plank|a rod|iron"
    r"|concrete|a pole)\b"
    r"|\bturning (?:my|his|her) (?:neck|head) (?:\w+ ){0,3}?like (?:bending )?a (?:plank|board|rod|pole)\b"
)
PHOTO_IMAGE = _r(
    r"\b(?:need|needs|needed|have to|had to|having to|put on|putting on) (?:my |his |her )?sunglasses (?:on )?"
    r"(?:indoors|inside|in the house"
    r"|in the dark|at night)\b"
    r"|\b(?:the )?lights? (?:disturb|disturbs|bothers?|hurts?|kills?|is killing|are killing) (?:my|his|her) eyes\b"
)
