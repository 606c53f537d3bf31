"""Vocabulary of the red-flag detector (`bot.red_flags`), kept as plain data.

- ``REWRITES``: whole-token rewrites applied before matching (contractions, chat spellings and short
  misspellings that fuzzy matching does not cover, because it only corrects words of 5+ letters).
- ``FUZZY_VOCAB``: the words whose misspellings are corrected (Damerau-Levenshtein distance 1 for
  words of 5-7 letters, 2 for 8+; the first letter must match).
- ``FUZZY_PROTECTED``: real English words that lie within that distance of a vocabulary word and
  must never be "corrected" (e.g. "never" is not "fever", "injection" is not "infection").
- ``SIGN_LABELS``: sign id -> short label for clinic staff.
"""

from __future__ import annotations

from typing import Dict, FrozenSet, Tuple

REWRITES: Dict[str, str] = {
    # contractions, with or without the apostrophe (apostrophes are dropped before this step)
    "cant": "can not", "cannot": "can not", "cnt": "can not", "couldnt": "could not",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "doesn": "does not", "didn": "did not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "havent": "have not", "hasnt": "has not", "hadnt": "had not", "wont": "will not",
    "wouldnt": "would not", "shouldnt": "should not", "aint": "is not", "dnt": "do not",
    "im": "i am", "ive": "i have", "iam": "i am",
    "its": "it is", "youre": "you are", "thats": "that is", "theres": "there is", "whats": "what is", "hows": "how is",
    "hes": "he is", "shes": "she is", "theyre": "they are",
    # chat spellings
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "pleas": "please", "thx": "thanks",
    "hrs": "hours", "hrz": "hours", "mins": "minutes", "wks": "weeks", "wk": "week",
    "yday": "yesterday", "yest": "yesterday", "tmrw": "tomorrow", "2day": "today", "tonite": "tonight",
    "abt": "about", "bc": "because", "coz": "because", "cuz": "because", "cos": "because",
    "sess": "session", "sesh": "session", "meso": "mesotherapy", "mesotherapie": "mesotherapy",
    "temp": "temperature", "tempreture": "temperature", "temprature": "temperature", "tmp": "temperature",
    "abx": "antibiotics", "antibiotix": "antibiotics",
    # short misspellings (under 5 letters) and casual forms
    "puss": "pus", "pusss": "pus", "pous": "pus", "fevr": "fever", "feva": "fever", "fevah": "fever",
    "fver": "fever", "fevar": "fever", "fiever": "fever",
    "lumb": "lump", "lumbs": "lumps", "lumpp": "lump", "lumpy": "lump", "lumpie": "lump",
    "bumb": "bump", "bumbs": "bumps", "breth": "breath", "brath": "breath", "brethe": "breathe",
    "stif": "stiff", "neek": "neck", "nek": "neck", "hed": "head", "hart": "heart", "harts": "hearts",
    "absces": "abscess", "abses": "abscess", "absess": "abscess", "abcess": "abscess", "abcsess": "abscess",
    "chils": "chills", "chill": "chills", "shivry": "shivery", "shiverin": "shivering",
    "swole": "swollen", "swolen": "swollen", "swolled": "swollen", "swelled": "swollen",
    "vomitting": "vomiting", "throwin": "throwing", "pukin": "puking",
    "diabetis": "diabetes", "diabetics": "diabetic", "tounge": "tongue", "tung": "tongue",
    "fievre": "fever", "fiebre": "fever", "fieber": "fever",
}

FUZZY_VOCAB: Tuple[str, ...] = (
    "fever", "fevers", "feverish", "febrile", "temperature", "chills", "shivering", "shivers", "shivery",
    "shaking", "rigors", "freezing", "sweating", "sweats",
    "abscess", "abscesses", "swollen", "swelling", "swellings", "infection", "infections", "infected",
    "redness", "reddish", "spreading", "streaks", "inflamed", "inflammation", "nodule", "nodules",
    "pimple", "pimples", "bumps", "lumps", "oozing", "discharge", "discharging", "draining", "leaking",
    "seeping", "pustule", "pustules", "purulent", "throbbing", "painful", "tender", "aching",
    "unbearable", "excruciating", "agonizing", "agonising", "terrible", "horrible", "severe", "extreme",
    "breathe", "breathing", "breathless", "breath", "wheezing", "gasping", "coughing", "chest",
    "confused", "confusion", "disoriented", "disorientated", "delirious", "drowsy", "sleepy",
    "unresponsive", "unconscious", "seizure", "seizures", "convulsions", "convulsing", "vomiting",
    "vomited", "headache", "headaches", "migraine", "stiff", "slurred", "double", "vision",
    "fainted", "fainting", "collapsed", "blacked", "palpitations", "pounding", "racing", "heartbeat",
    "mottled", "swallow", "swallowing", "tongue", "throat", "urinate", "urine", "antibiotics",
    "antibiotic", "diabetes", "diabetic", "immune", "steroids", "chemotherapy", "worsening", "bigger",
    "growing", "scalp", "injection", "injections", "injected", "mesotherapy", "session",
)

# Generated once from a 90,000-word English list: every word within fuzzy distance of FUZZY_VOCAB
# (same first letter) that is itself a real word. Reviewed by hand; typo-like entries removed.
FUZZY_PROTECTED: FrozenSet[str] = frozenset(
    {
        "abscessus", "accesses", "acting", "arching", "assesses", "backed", "bagger", "bathing", "berthing",
        "biggers", "blacken", "blanked", "blocked", "breach", "breaching", "breadth", "breaking", "breathed",
        "breathes", "bump", "bumph", "bumpy", "bums", "burps", "cheat", "chess", "childs", "chilis", "chilly",
        "collapse", "collapses", "collated", "conclusion", "conclusions", "confessed", "confined", "confuse",
        "confuses", "confusing", "confusions", "consulting", "consumed", "contusion", "conversions", "couching",
        "counting", "coupling", "crest", "cushing", "defining", "delicious", "dialectic", "diameter", "dining",
        "discarding", "discharged", "discharges", "divining", "doable", "doubled", "doubles", "doublet",
        "doubly", "drafting", "dragging", "draping", "drawing", "drinking", "driving", "drowse", "extrema",
        "extremes", "failing", "fasting", "faulting", "feeding", "feeling", "feinted", "fewer", "finding",
        "fitting", "fiver", "flaunting", "fleeing", "freeing", "fronting", "gaping", "gassing", "glowing",
        "grasping", "groping", "growling", "heartache", "heartaches", "heartbeats", "horribly", "immure",
        "inception", "indebted", "indented", "indention", "induction", "infect", "infects", "inferred",
        "infested", "inflames", "inflate", "inflated", "inflater", "inflates", "inflation", "inflection",
        "informed", "infrared", "ingested", "ingestion", "inject", "injecting", "injective", "injector",
        "injects", "inserted", "insertion", "insertions", "inspected", "inspection", "intention", "intentions",
        "invented", "invention", "inventions", "inverted", "lamps", "leading", "leaning", "leaping", "leasing",
        "leaving", "limps", "lump", "migraines", "migrate", "migrating", "mottles", "pailful", "pending",
        "pimply", "pointing", "postures", "prudent", "pruning", "pudding", "punning", "punting", "racking",
        "raging", "raking", "rating", "rigor", "scald", "scale", "scalps", "scaly", "scarring", "scurrying",
        "sealing", "seating", "seats", "seeding", "seeing", "seeking", "seeming", "selling", "sessions",
        "setting", "sever", "severed", "severing", "severn", "severs", "shading", "shallow", "shaming",
        "shaping", "sharing", "sheepy", "shelling", "shimmering", "shiver", "shredding", "slaking", "sleep",
        "sleeping", "sleeps", "slivers", "slurped", "slurping", "smelling", "snaking", "sneaking", "sniff",
        "soaking", "sourcing", "speaking", "speeding", "spelling", "spellings", "spending", "spiff", "spilling",
        "spraying", "squaring", "staff", "staking", "stalling", "stating", "steaks", "stealing", "steeping",
        "sterling", "steroid", "stiffs", "stollen", "streak", "streaky", "streaming", "streams", "stuff",
        "swallows", "swats", "swearing", "swears", "sweat", "sweaty", "sweeping", "sweeting", "sweets",
        "swilling", "swirling", "temperatures", "tended", "tenders", "tenner", "tenter", "terribly", "threat",
        "throats", "thrombin", "thronging", "throwing", "tinder", "tongues", "unbreakable", "unreadable",
        "visions", "visiting", "voting", "weeding", "wheeling",
        # added by hand: real words the generated list missed, or words patterns rely on verbatim
        "showering", "fretting", "skating", "steaming", "smelting", "shilling", "inflected", "invested", "drowning",
        "unbeatable", "unwearable", "weeping", "whizzing", "wheedling", "coaching", "confided", "confession",
        "collusion", "farting", "pouring", "pouting", "shavers", "shaving", "stirring", "spurring", "sparring",
        "starring", "souring", "surfing", "spurting", "raping", "razing", "bugger", "biggie", "swatting", "slating",
        "tenser", "acing", "skiff", "dietetic", "diabolic",
    }
)

SIGN_LABELS: Dict[str, str] = {
    # infection at the injection site (urgent on their own)
    "lump": "new lump, bump or nodule",
    "painful_lump": "painful lump",
    "hot": "hot or warm to the touch",
    "pus": "pus or discharge",
    "abscess": "abscess or boil",
    "infection": "looks infected (patient's words)",
    "spreading_redness": "spreading redness or red streaks",
    "worsening": "redness, swelling or pain getting worse",
    "face_eye_swelling": "swelling or redness of the face or around the eye",
    "late_or_persistent_lump": "lump appearing weeks later, growing or lasting",
    "persistent_reaction": "redness, swelling or pain lasting beyond a few days",
    "antibiotics_failed": "not improving on antibiotics",
    "patchy_hair_loss": "new patchy hair loss at injection sites",
    "immunocompromised": "diabetes or weak immune system",
    "inflamed_area": "red, swollen and painful area",
    # on their own these are usually normal after a session
    "red": "redness",
    "swelling": "swelling",
    "pain": "pain or soreness",
    "headache": "headache",
    "vomiting": "vomiting",
    # systemic signs
    "fever": "fever or high temperature",
    "chills": "chills or shivering",
    "rigors": "uncontrollable shaking (rigors)",
    "severe_pain": "severe pain",
    "severe_headache": "severe headache",
    "stiff_neck": "stiff neck",
    "fast_spreading_redness": "fast-spreading redness",
    "breathless": "breathing difficulty or very fast breathing",
    "chest_pain": "chest pain or tightness",
    "coughing_blood": "coughing up blood",
    "confusion": "confusion or disorientation",
    "slurred_speech": "slurred speech",
    "drowsy": "very drowsy or hard to wake",
    "meningism": "headache with stiff neck, vomiting or light sensitivity",
    "seizure": "seizure or fit",
    "double_vision": "double vision",
    "focal_weakness": "new weakness or face drooping",
    "racing_heart": "racing or pounding heart",
    "fainting": "fainting or collapse",
    "mottled_skin": "mottled, blue, grey or very pale skin or lips",
    "airway_swelling": "swelling of lips, tongue or throat, or trouble swallowing",
    "nonblanching_rash": "rash that does not fade under a glass",
    "no_urine": "no urine",
    "feel_dying": "feels like they might die",
    "suspected_sepsis": "patient says sepsis or meningitis",
}
