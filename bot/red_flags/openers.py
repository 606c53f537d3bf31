"""What opens a span of a sentence that is not a report (`bot.red_flags.clauses`): an information frame ("signs of",
"how do I know"), a conditional ("if", "in case"), a worry about something that may come, a pure supposition, a modal
question ("can meso cause ..."), and a generic frame ("risk of", "I've read that ...", "meso can cause abscesses").
Vocabulary on `bot.chat_text.for_matching` text. Split from `bot.red_flags.clauses`, which marks the spans."""

from __future__ import annotations

import re

INFO_FRAME = re.compile(
    r"\b(?:signs?|symptoms?|warning signs?) (?:of|that|for|to look)\b"
    r"|\bhow (?:do|can|would|will|should) (?:i|you|we|one) (?:know|tell|recogni[sz]e|spot)\b"
    r"|\bhow to (?:tell|know|recogni[sz]e|spot|prevent|avoid|treat)\b|\bwhat happens\b"
    r"|\bis it (?:normal|safe|dangerous|common|possible|bad|serious|ok|okay|true|likely|usual|rare)\b"
    r"|\b(?:want|wanted|would like|d like) to know\b|\b(?:wondering|curious|wonder)\b|\btell me\b|\bexplain\b"
    r"|\bquestions? (?:about|on|regarding)\b|\bi (?:have|had|got) (?:a |some |a quick )?questions?\b"
    r"|\bany (?:advice|info|information|tips)\b|\binformation (?:about|on)\b"
    r"|\b(?:risks?|chances?|likelihood|odds) of\b|\bside effects?\b|\bcomplications?\b"
    r"|\b(?:does|has|did) anyone\b|\banyone else\b|\bi (?:read|heard|saw)\b|\bwas told\b"
    r"|\bi am (?:worried|scared|afraid|concerned|nervous|anxious)\b"
)

# Hypothetical spans. COND: conditionals and generic frames (nothing inside is a report, except a
# sign named with "my"/"this"). MODAL: "can ... cause", "is it normal to have": voided by a
# present-time marker ("since yesterday"). GENERIC: also in statements ("meso can cause abscesses").
COND_OPENER = re.compile(
    r"\b(?:if|whether|in case|incase|what if|suppose|supposing|unless)\b"
    r"|\bhow (?:do|can|would|will|should) (?:i|you|we|one) (?:know|tell|recogni[sz]e|spot)\b"
    r"|\bhow to (?:tell|know|recogni[sz]e|spot)\b"
    r"|\b(?:prevent|prevented|avoid|avoided|reduce|cure)\b|\bso (?:that )?(?:i|you|we) (?:do not|dont) (?:end up with|get)\b"
)
WORRY_OPENER = re.compile(  # "worried about a lump" is hypothetical, "worried that a bump keeps leaking" a report
    r"\b(?:worried|worry|worries|worrying|scared|afraid|concerned|nervous|anxious|paranoid|fear|fears|fearful)"
    r" (?:(?:about|of) |(?:that )?(?=(?:\w+ ){0,5}?(?:will|would|might|could|may|can(?! not)|get|develop)\b))"
    r"(?!(?:this|that|these|those|my|the|his|her|it)\b)"
)
# Frames nothing inside of which is a report, even a sign named with "my": "suppose my eyelids swelled"
PURE_COND_OPENER = re.compile(
    r"\b(?:suppose|supposing|hypothetically|imagine|let us say|lets say)\b|(?<![a-z] )\bsay (?=(?:i|we|you|my|someone)\b)"
)
MODAL_OPENER = re.compile(  # not after "why": "why do I have a fever?" presupposes the fever
    r"(?<!why )\b(?:can|could|may|might|will|would|does|do|did|should"
    r"|is it (?:normal|possible|common|safe|usual|likely|ok|okay|bad|dangerous)"
    r"(?! (?:(?:that|when) (?:i|my|he|she|his|her)|(?:that |when )?the (?:lump|bump|spot|swelling|redness|area|site|scalp))\b)"
    r"|is that (?:normal|possible|common)|are (?:there|they))\b(?! not\b)"
    r"(?: \w+){0,5}? (?:cause|causes|give|lead|result|trigger|make|appear|happen|develop|form|occur|show"
    r"|come|get|have|had|know|tell|be|become|spread|go|turn|mean|experience|feel|notice|see|expect|last|hurt|look|need|end up)\b"
)
# a topic opener that the writer's own report follows: "reading about abscesses because I have a red hot lump"
_NOT_THEN_OWN = (
    r"(?![^.?!]*\b(?:because|bc|cos|cause) (?:i (?:have|got|ve got|am having|am getting|noticed|found)|my|he has|she has"
    r"|there is|there are|there s)\b)"
)
GENERIC_OPENER = re.compile(
    r"\b(?:can|could|may|might|will|would) (?:\w+ ){0,2}?(?:cause|causes|give|lead to|result in|trigger)\b"
    r"|\b(?:causes|caused)\b|\bcause\b(?! (?:i|im|ive|you|he|she|it|its|we|they|my|his|her|our|their"
    r"|there)\b)"  # not "cause I felt"
    r"|\b(?:risks?|chances?|likelihood|odds|danger|dangers) (?:of|that)\b"
    r"|\bside effects?\b(?!(?: \w+){0,4}? that (?:i|my|he|she|his|her)\b)|\bcomplications?\b"
    r"|\b(?:signs?|symptoms?|warning signs?) (?:of|that|for)\b"
    r"|\b(?:sepsis|meningitis|infection|red flag|warning|danger|emergency|stroke) (?:warning )?signs\b"
    r"|\b(?:link|links|connection|relationship|association) between\b|\bwhat are the (?:warning )?(?:signs|symptoms)\b"
    # a range is said of a condition in general: "mycobacteria show up 1 to 12 weeks after?"
    r"|(?:(?<=[,.;:!?] )|(?<!.))(?=(?:[a-z]+ ){1,3}(?:show|shows|turn|turns|pop|pops|come|comes) up (?:\d+|one|two|a few)"
    r" (?:to|-) \w+ (?:days?|weeks?|months?)\b)"
    r"|\bcall (?:it|that|this) (?:a )?(?:fever|high temperature)\b"
    # what the writer knows of a condition: "I know the mycobacteria stuff can show up late" (2026-12, final48)
    # what the writer has read or heard of people in general: "I've read diabetics get more infections" (final53)
    r"|\b(?:i have read|i ve read|i read|i have heard|i heard) (?:that )?(?!(?:my|i|mine|it|this|that)\b)"
    r"(?![^.?!]*\b(?:and|but|so) (?:now )?(?:i|my|mine|there is|there s)\b)"
    + _NOT_THEN_OWN
    + r"|\bi know (?:that )?(?:the |these |those )?(?:\w+ ){0,2}?(?:stuff|things?|infections?|bacteria) (?:can|may|might|could"
    r"|tend to|often|usually) (?:show|turn|pop|come|appear)"
    + _NOT_THEN_OWN
    + r"|\b(?:want|would like|d like|trying|try) to (?:understand|learn about|read up on|know more about) (?!(?:my"
    r"|what is happening)\b)"
    r"|\b(?:compare|comparing) (?:the )?(?:risks|side effects|complications)\b"
    r"|\bwith (?:a |an )?(?:hair transplant|prp|meso|mesotherapy|minoxidil|finasteride|fillers?|botox) you (?:get|can get|may get"
    r"|might get)\b"
    r"|\b(?:which|what (?:kinds?|types?|sort|sorts) of|what) (?:\w+ )?(?:signs|symptoms|lumps|bumps|nodules|swellings|rashes"
    r"|reactions|infections|side effects)\b"
    # asking for someone, or wanting to understand: "my cousin asked me whether ...", "I want to understand why ..."
    r"|\b(?:asked|asks|asking) (?:me |us |him |her |them |my \w+ )?(?:whether|if)\b"
    r"|\b(?:wants|wanted) to know (?:whether|if|why|how|what|which|when)\b"
    r"|\b(?:want|would like|d like|trying|try) to (?:understand|learn|find out) (?:why|how|what|which|when)\b"
    # a topic picked up again: "back to scalp infections, ...", "one last thing about abscesses: ..."
    r"|(?<!came )(?<!come )(?<!comes )(?<!went )"
    r"\b(?:back|coming back|going back|returning|getting back) to\b(?! (?:normal|work|the clinic|the salon|the doctor)\b)"
    r"|\b(?:one |last |another |quick |other |final )?things? about\b|\b(?:talk|stories|mentions?) of\b"
    # what a condition is, what doctors do about it: "so an abscess is basically a big pimple?", "why would a doctor ..."
    r"|\b(?:an?|the) (?:\w+ )?(?:abscess|boil|infection|lump|nodule|cyst|granuloma|cellulitis) (?:is|are) (?:basically"
    r"|just|actually|really|like|kind of|sort of|the same|different|worse|a type|a kind)\b"
    r"|\bwhy (?:would|do|does|should|must|will) (?:a |the )?(?:doctors?|gps?|nurses?|clinics?|labs?|dermatologists?"
    r"|people|someone|patients?)\b|\bwhy (?:a |the )?(?:doctor|gp|nurse|clinic) (?:must|should|would|needs to)\b"
    r"|\b(?:when|if) (?:you|someone|somebody|people|a person|patients?) (?:have|has|get|gets|develop|develops)\b"
    r"|\bhow long (?:do|does|will|would|should|can) (?:\w+ ){0,4}?(?:usually|normally|typically|generally)\b"
    r"|\bwould (?:a|an) (?:\w+ ){1,8}?be (?:a concern|a worry|a problem|bad|serious|worrying|dangerous|an emergency)\b"
    r"|\b(?:have|has) (?:there been|anyone|anybody|people|patients)\b|\b(?:i )?(?:want|would like|d like) to know whether\b"
    # a clause about a condition in general: "infection is what worries me most", "scalp infections can cause meningitis"
    r"|(?:(?<=[,.;:!?] )|(?<!.)|(?<=\band )|(?<=\bthat ))(?=(?:[a-z]+ ){1,3}(?:is|are) (?:what|the (?:thing|part|bit|risk) that)"
    r" (?:worries|scares|concerns|frightens|bothers|puts) (?:me|us)\b)"
    r"|(?:(?<=[,.;:!?] )|(?<!.)|(?<=\band )|(?<=\bthat ))(?=(?:[a-z]+ ){1,3}(?:can|could|may|might) (?:\w+ )?(?:cause|causes"
    r"|lead to|spread to|turn into|get into|reach)\b)"
    r"|\b(?:have|has) (?:\w+ )?(?:infections|abscesses|complications|cases|deaths) (?:\w+ )?(?:happened|occurred|been reported)\b"
    r"|\b(?:prevent|avoid|to reduce)\b"
    r"|\b(?:questions?|info|information|details|advice|facts|read|reading|learn|learning|know more|ask|asking"
    r"|tell me|talk|talking|articles?|videos?|stories)(?: (?!because\b|since\b|cause\b)\w+)? (?:about|on|regarding)\b"
    + _NOT_THEN_OWN
    + r"|\b(?=(?:sepsis|meningitis|cellulitis|infection|abscess) (?:advice|leaflet|page|section|info|information|guidance"
    r"|article|list|checklist)\b)"
    r"|\b(?:web ?pages?|websites?|threads?|forums?|google|googling|searching)(?: \w+)? (?:about|regarding)\b"
    r"|\b(?:googled|googling|looked up|searched up|read up on|reading up on)\b"  # "I googled sepsis and scared myself"
    # someone else's story: "... and another person who got a scarred bald patch"
    r"|\b(?:someone|somebody|another (?:\w+ )?(?:person|one|guy|girl|woman|man|lady|patient|client|poster|user)"
    r"|(?:a|one|some) (?:\w+ )?(?:person|guy|girl|woman|man|lady|patient|client|poster|user)) who (?:had|got|developed"
    r"|ended up|needed)\b"
    # definitions: "what is cellulitis?", "what does mottled mean", "the word sepsis"
    r"|\bwhat (?:exactly |actually )?(?:is|are) (?:a |an )?(?!(?:this|that|it|wrong|up|going|happening)\b)"
    r"(?:[a-z]+ ){0,2}?[a-z]+(?<!ing)(?= ?[?.,!]| ?$| (?:and|or) (?:how|what|why|when|can|is|does|do)\b)"
    r"|\bwhat (?:a |an )(?:[a-z]+ ){0,2}?[a-z]+ (?:is|are)(?= ?[?.,!]| ?$| (?:and|or|after|when|like)\b)"  # "what an abscess is"
    r"|\bwhat (?:does|do|did) (?:\w+ ){1,4}?mean\b(?! (?:that|when|if) (?:there|my|i|his|her|he|she|our)\b)"
    r"|\b(?:the|a|this|that) (?:word|term|phrase|list|definition|meaning)\b"
    r"|\bdefinition\b|\bmeaning of\b"
    r"|\bexplain (?:me|to me|what)\b"
    # topics, not reports: definitions, comparisons, leaflets, checklists, what to avoid, quotes
    r"|\bwhat (?:would|does|do|should|will) (?:\w+ )?(?:count|qualify) as\b|\bfor (?:later|future reference)\b"
    r"|\bjust so i know\b|\bdifference between\b|\bdefine\b|\bquot(?:e|es|ed|ing)\b"
    r"|\b(?:form|leaflet|label|insert|sheet|website|page|article|brochure|booklet|list|document|paperwork|guide)s?"
    r" (?:\w+ ){0,4}?(?:lists?|mentions?|says|warns?|states?|describes?|names?|talks about|covers)\b"
    r"|\b(?:check|checking|checked|look|looking|watch|watching|watch out) (?:\w+ ){0,4}?for\b"
    r"|\b(?:do not|does not|did not) want (?:to )?(?:\w+ ){0,2}?(?:end up|get|have|develop|risk)\b"
    r"|\b(?:seek|get|call|go to|contact) (?:\w+ ){0,2}?(?:help|advice|a doctor) (?:for|if|with)\b"
    # "reading way too much about these infections", but not "... because I have a red hot lump"
    r"|\b(?:reading|read|stories|horror stories) (?:\w+ ){0,3}?about\b"
    + _NOT_THEN_OWN
    + r"|\b(?:understand|summari[sz]e) (?:the )?risks?\b|\brisks?,? (?:in particular|especially|such as|like|including)\b"
    r"|\b(?:does|do|would|will) (?:that|this|it) (?:count|counts|qualify|qualifies) as\b"
    r"|\b(?:would|could|should|will) (?:\w+ ){1,12}?be something (?:to|i should|you should) (?:get looked at|worry about"
    r"|see (?:someone|a doctor)"
    r" about|get checked)\b"
    r"|\b(?:would|could|should|will) (?:\w+ ){1,6}?be (?:a |an )?(?:concern|worry|problem|red flag|worrying|serious|sign"
    r"|emergency|bad)\b"
    r"|\bis (?:that|it|this) (?:always|usually|normally|necessarily|definitely|automatically)\b"
    r"|\bis (?=(?:\w+ ){1,3}?(?:actually|really|even) (?:a thing|a risk|a real risk|real|that common|common|likely)\b)"
    # "any lumps afterwards", "what kinds of infections", "why is a scalp infection such a big deal", "warning me about"
    r"|\bany (?=(?:\w+ )?(?:lumps|bumps|nodules|abscess|abscesses|infection|infections|swelling|redness|pus|boils)\b)"
    r"|\b(?:kinds|types|sorts) of\b"
    r"|\bwhy (?:is|are) (?=(?:\w+ ){1,4}?(?:such a|so) (?:big deal|dangerous|serious|risky|bad|scary)\b)"
    r"|\b(?:warn|warns|warned|warning) (?:me |us |people |everyone )?(?:about|of|against)\b"
    r"|\b(?:infection|abscess|complication|lump) (?:risks?|rates?|chances?)\b"
    r"|\b(?:risky|prone|susceptible|vulnerable) (?:for|to)\b|\bmore likely to get\b"
    r"|\b(?:can|could|may|might) (?:appear|show up|develop|happen|occur|form|come up|take)\b"  # "lumps can appear weeks later"
    r"|\bwhat (?:\w+ )?(?:counts|qualifies) as\b|\b(?:know|knows|knew) what\b"
    r"|\b(?=(?:\w+ ){0,3}?(?:over|above|under|below|more than|less than) \d+(?:[.,]\d+)? (?:is|are|counts|means)\b)"
    r"|\b(?=\w+ (?:story|stories)\b)"
)
