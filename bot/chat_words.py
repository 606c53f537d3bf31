"""Chat vocabulary shared by the intent classifier and the red-flag detector, kept as plain data.

- ``SPELLINGS``: whole-token rewrites for everyone (contractions, chat spellings, misspellings that fuzzy
  matching does not cover because it only corrects words of 5+ letters).
- ``CONCEPTS``: classifier-only rewrites that fold brand names, plurals and synonyms into one word per
  concept ("rogaine" -> "minoxidil"). The detector must not use them: its patterns read "bald patch" and
  "lumps" literally.
- ``FUZZY_VOCAB``: the words whose misspellings are corrected (Damerau-Levenshtein distance 1 for
  words of 5-7 letters, 2 for 8+; the first letter must match).
- ``FUZZY_PROTECTED``: real English words that lie within that distance of a vocabulary word and
  must never be "corrected" (e.g. "never" is not "fever", "injection" is not "infection").
"""

from __future__ import annotations

from typing import Dict, FrozenSet, Tuple

SPELLINGS: Dict[str, str] = {
    # contractions, with or without the apostrophe (apostrophes are dropped before this step)
    "cant": "can not", "cannot": "can not", "cnt": "can not", "couldnt": "could not",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "doesn": "does not", "didn": "did not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "havent": "have not", "hasnt": "has not", "hadnt": "had not", "wont": "will not",
    "wouldnt": "would not", "shouldnt": "should not", "aint": "is not", "dnt": "do not",
    "im": "i am", "ive": "i have", "iam": "i am",
    "its": "it is", "youre": "you are", "thats": "that is", "theres": "there is", "whats": "what is", "hows": "how is",
    "hes": "he is", "shes": "she is", "theyre": "they are", "nothings": "nothing is", "mines": "mine is",
    "thatll": "that will", "itll": "it will", "nobodys": "nobody is",
    # chat spellings
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "pleas": "please", "thx": "thanks",
    "hrs": "hours", "hrz": "hours", "mins": "minutes", "wks": "weeks", "wk": "week",
    "yday": "yesterday", "yest": "yesterday", "tmrw": "tomorrow", "2day": "today", "tonite": "tonight",
    "wat": "what", "wats": "what is", "wot": "what", "yr": "year", "yrs": "years", "eys": "eyes", "eyez": "eyes",
    "rly": "really", "nvm": "never mind",
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
    "abcesses": "abscesses",
    "chils": "chills", "chill": "chills", "shivry": "shivery", "shiverin": "shivering",
    "swole": "swollen", "swolen": "swollen", "swolled": "swollen", "swelled": "swollen",
    "vomitting": "vomiting", "throwin": "throwing", "pukin": "puking",
    "diabetis": "diabetes", "diabetics": "diabetic", "tounge": "tongue", "tung": "tongue", "blu": "blue",
    "fievre": "fever", "fiebre": "fever", "fieber": "fever",
    # shared with the intent classifier (was bot/text_normalise.py)
    "r": "are", "ppl": "people", "docs": "doctors", "doc": "doctor", "dr": "doctor",
    "minoxidill": "minoxidil", "minoxodil": "minoxidil", "minoxidyl": "minoxidil", "monoxidil": "minoxidil",
    "finasterid": "finasteride", "finastride": "finasteride", "finesteride": "finasteride",
    "finasteryd": "finasteride", "mezotherapy": "mesotherapy", "mesotheraphy": "mesotherapy",
    "mesoterapy": "mesotherapy", "mesoterapia": "mesotherapy",
}

FUZZY_VOCAB: Tuple[str, ...] = (
    "neighbour", "neighbor", "fever", "fevers", "feverish", "febrile", "temperature", "chills", "shivering", "shivers", "shivery",
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
    "uncontrollable", "uncontrollably", "consciousness",
)

# Generated once from a 90,000-word English list: every word within fuzzy distance of FUZZY_VOCAB
# (same first letter) that is itself a real word. Reviewed by hand; typo-like entries removed.
FUZZY_PROTECTED: FrozenSet[str] = frozenset(
    {
        "abscessus", "accesses", "acting", "arching", "assesses", "backed", "bagger", "bathing", "beating", "berthing",
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
        "tenser", "acing", "skiff", "dietetic", "diabolic", "crushing", "screaming", "streaking", "breaths",
    }
)

# Word or phrase -> concept word, for the intent classifier only (matched on word boundaries).
CONCEPTS: Dict[str, str] = {
    "rogaine": "minoxidil", "regaine": "minoxidil", "minox": "minoxidil",
    "propecia": "finasteride", "proscar": "finasteride", "fin": "finasteride",
    "abscesses": "abscess", "lumps": "lump", "bumps": "bump", "nodules": "nodule", "nodes": "node",
    # one word for an injection, whatever it is called or however many
    "injections": "injection", "injected": "injection", "injecting": "injection", "inject": "injection",
    "shots": "injection", "shot": "injection", "jabs": "injection", "jab": "injection", "needles": "injection",
    "derm": "dermatologist", "derma": "dermatologist",
    "balding": "baldness", "bald": "baldness",
    "thinning": "hairloss", "hair loss": "hairloss", "alopecia": "hairloss",
    "fda approved": "approved", "cleared": "approved", "legal": "approved",
}
