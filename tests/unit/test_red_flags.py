"""The deterministic red-flag detector: emergency and urgent reports, questions, normal effects."""

from __future__ import annotations

import random
from typing import List, Tuple

import pytest

from bot.escalation_levels import LEVELS, rank
from bot.red_flags import SIGN_LABELS, Findings, detect, detector, registry

# Emergency reports: a §4c sign, or fever/chills with severe pain.
EMERGENCY_REPORTS: List[str] = [
    "my face is drooping on one side since the injections",
    "my scalp has an absess and im shivering all night",
    "I can't breathe properly since the injections",
    "cant breath after meso help",
    "short of breath and my chest hurts after my session today",
    "chest pain after mesotherapy",
    "my heart is racing and pounding, had scalp injections 2 hrs ago",
    "I passed out after the session and still feel awful",
    "blacked out in the bathroom, had meso yesterday",
    "My husband is confused and very drowsy since his meso, he has a fever",
    "so sleepy cant stay awake and my head is killing me",
    "Severe headache and stiff neck after mesotherapy",
    "terrible headache, neck is stiff and the light hurts my eyes",
    "worst headache of my life and I keep throwing up",
    "my lips are swelling and my throat feels like its closing",
    "throat closing, cant swallow",
    "tongue swollen after the injections, hard to swallow",
    "she had a seizure tonight, she had mesotherapy last week",
    "I'm seeing double since this morning, scalp is swollen where they injected",
    "my lips look blue and im freezing",
    "skin is all mottled and I feel like I'm dying",
    "rash on my legs that doesnt fade when I press a glass on it",
    "haven't peed since yesterday and I feel really ill after the meso",
    "the redness is spreading really fast, it's doubled in the last few hours",
    "my scalp is sweling and infeced and i've got shaking chills",
    "i feel like i'm going to die, everything hurts",
    "Coughing up blood after mesotherapy, what is happening",
    "my speech is slurred and my head hurts badly",
    "She's talking nonsense and doesn't know where she is, had hair injections on monday",
    "breathing really fast and heart pounding, lump on my scalp",
    "knot on my scalp that is throbbing, and i got rigors",
    "the pain in my scalp is unbearable and there is pus",
    "scalp infection, chills and i fainted this morning",
    "my face and lips are swelling up after the injections",
    "can't stop shaking, teeth chattering, had meso 3 days ago",
    "help my son collapsed, he had meso yesterday",
    "the redness is racing down my neck, spreading by the hour",
    "wheezing and my lips are puffy after the injection",
    "heart racing, dizzy, chest tight",
    "my mum is very drowsy and hard to wake, she had scalp injections",
    "He's confused and his scalp is full of pus",
    # second round: written as held-out checks, then kept as regression cases
    "omg my scalp is bright red, spreading down to my neck in like an hour and im shaking",
    "my girlfriend is not making sense and has a high fever after meso",
    "im struggling to breathe",
    "feel like something is seriously wrong, heart beating so fast and I'm sweaty",
    "swelling in my throat after the injection",
    "my tongue feels thick and swollen",
    "shivering uncontrollably since this afternoon",
    "I fainted at home after the session",
    "Can't keep my eyes open, feel very drowsy, had meso this morning",
    "neck so stiff I can't bend it and a pounding headache",
    "I'm vomiting and have a really bad headache since the injections",
    "bright lights hurt and my head is pounding",
    "lips gone blue",
    "pain in my chest",
    "there are purple spots all over my legs and I feel awful",
    "i havent been to the toilet to pee all day",
    "the infection is spreading quickly up my forehead",
    "the lump hurts like hell and i have a fever",
    "I think I have sepsis",
    "my heart rate is 140",
    "boil on scalp, shaking, cold, can't get warm",
    "It's hard to breathe and my face is swelling",
    "passed out twice today",
    "my wife is really confused and her scalp is swollen",
    "im having chest pains",
    "cant swallow properly and my lips feel huge",
    "i keep falling asleep and my scalp is full of pus",
    "The redness has spread across half my head since this morning",
    "he's having a fit",
    "feel so faint and dizzy, scalp lump is hot",
    "help me please my scalp is swelling so fast and i feel dizzy and sick",
    "since the injections my vision is doubled",
    "I can barely breathe",
    "breathing is hard",
    "im so confused and cant think straight",
    "my dad is acting weird and has a lump on his head from the meso",
    "he won't wake up properly",
    "she collapsed",
    "I'm having an allergic reaction, my throat is tight",
    "chest feels tight and heavy",
    "my heart keeps skipping and racing",
    "coughing blood",
    "feels like i'm going to pass out",
    "neck pain and stiffness with a headache and fever",
    "sensitive to light, headache, vomiting",
    "spots all over my body that dont fade with a glass",
    "my skin looks blotchy and blue",
    "lump on the head, shaking chills",
    "redness spreading very quickly",
    "severe pain at the injection site and fever",
    "cant breathe properly after the injections today",
    "i think im having an allergic reaction my lips r swelling",
    "yesterday i had mesotherapy and now i have a terrible headache and my neck is stiff",
    "my wife fainted after her hair injections and is still very pale",
    "the red area is spreading very fast and it is very painful",
    "im very dizzy and confused",
    "throat feels tight and i have hives all over",
    "my chest hurts when i breathe",
    "my husband had meso and now he is very sleepy and hard to wake up",
    "i feel like i could pass out",
    "its hard to breath",
    "im having palpitations",
    # third round: questions wrapping an emergency, negation inside a phrase, non-native phrasing
    "I don't know what's happening, I can't breathe",
    "not sure if it's serious but my lips are swelling",
    "is it normal that I can't breathe?",
    "Can't breathe, is this normal after meso?",
    "should i go to hospital, my throat is closing",
    "I think I'm fine but my heart is racing",
    "no fever but the lump is huge and the redness is spreading fast",
    "is this an emergency? my lips went blue",
    "what is happening to me, my speech is slurred",
    "why is my heart pounding so hard after meso",
    "Why can I not breathe properly after the session?",
]

# Fever or chills with a local infection sign and no §4c sign: brief §4b "feeling feverish or shivery with
# a lump, but otherwise well" is urgent (same day). Until issue #11 these were expected to be emergencies.
FEVER_WITH_A_LOCAL_SIGN: List[str] = [
    "I have a fever and pus on my scalp",
    "pus on scalp and fever",
    "i am having fever and the pus come from my head",
    "red lump on my head, hot to touch, and now i have chills",
    "lump hot red painful and feaver",
    "infected spot on my scalp and temp 39",
    "temperature of 38.5 and a swolen lump on my head",
    "boil on my head and I feel feverish and shivery",
    "abscesss on scalp, fevre 39.2",
    "I have a red painful lump and a temperature of 101 F",
    "yellow stuff coming out of my scalp and I'm burning up",
    "pus oozing from the injection sites, fever 38.9, please help",
    "zit on head is hot and huge and I have a fever",
    "Is it normal that I have a fever and my lump is leaking pus?",
    "face swollen, eye shut, fever and shivers",
    "High temp and a hard painful bump where the needle went in",
    "i have infektion on my head and fever 38",
    "puss coming from the spot and i feel hot and cold",
    "am having fever and swelling with pus on head after mesotherapy",
    "lump on my scalp got huge overnight and my temperature is 38.7",
    "I feel very unwell, fever 39.5 and my head lump is leaking",
    "theres a bump on my scalp and now ive got a temperature of 102",
    "got a red hot lump and feel shivery",
    "my scalp is oozing pus and i have the chills",
    "abscess and 38.2 temp",
    "feverish with a big swollen lump behind my ear",
    "pus + fever",
    "i have fever and my scalp has abcess",
    "big red lump, temp 38.4, chills",
    "fever, pus, lump, help",
    "temp is 39,1 and scalp has pus",
    "pus everywhere + fever 101",
    "my temperature is 39 and the spot is swollen",
    "i got fever and my head got bump",
    "i feel hot and shivery and there is a lump",
    "hi i had meso on friday and now theres a big lump that is red and i have fever what do i do",
    "my scalp is burning and i have a high fever",
    "i am shivering and have fever after the injections and the spots are full of pus",
    "temp 38.6 and the injection site is oozing",
    "lump on scalp + fever of 39",
    "fever 40 and my head is swollen",
    "pus coming out and i have chills and feel awful",
    "my scalp has an abscess and i feel hot and shivery",
    "my heart isn't racing but I have a fever and a lump",
    "39c temp and lump on scalp",
    "i am having the swelling and pain in head since injection, also fever coming",
    "feeling feverish and the injected area is swelled",
    "how worried should i be, the lump is hot and i have a fever of 39",
]

# Urgent reports: infection signs without systemic signs, and the other same-day triggers.
URGENT_REPORTS: List[str] = [
    "i have an insane headache since the injections",
    "crippling headache after my meso session",
    "I have a lump on my scalp after meso",
    "I have a red painful lump but no fever",
    "red lump, no fever",
    "there's pus coming out of one of the injection spots",
    "its oozing yellow stuff",
    "got a boil on my head where they injected",
    "small abcess on the back of my head",
    "the redness is spreading slowly around the injection site",
    "red streaks going down from the spot on my forehead",
    "my eye is swollen after the scalp injections",
    "swelling around my eyes since the session",
    "new lumps appeared 4 weeks after my last session",
    "lump under the skin 3 weeks later, should I massage it?",
    "The clinic told me to massage the nodes but they are getting bigger",
    "I had antibiotics for the lumps but they're not going away",
    "finished the antibiotics and the bumps are still there",
    "A patch of hair fell out where they injected",
    "bald spot appeared at the injection site since my meso",
    "I'm diabetic and one of the injection points looks infected",
    "I'm on steroids and my scalp is red and swollen after meso",
    "had my session 2 days ago, now I have a fever",
    "feeling feverish tonight after the injections but otherwise ok",
    "lumpy bits on my scalp that are hot to touch",
    "my scalp feels burning hot and swollen",
    "Is it normal that my lump is hot and full of pus?",
    "the injection spot is throbbing, red and swollen",
    "hard lump on my scalp that's been there for over two weeks",
    "my scalp looks infected",
    "there is a knot on my head since the injections and it hurts",
    "the swelling is getting worse every day, it's day 4",
    "got a bump on my scalp that keeps getting bigger, no fever no chills",
    "The injection sites are swollen and hot",
    "my immune system is weak from chemo and there's a red bump where they injected",
    "lump still there after 2 rounds of antibiotics, had meso 6 weeks ago",
    "swollen eyelid and redness around my eye",
    "i have a nodule on my scalp weeks after meso",
    "puss in the injection site",
    "chills since the session but no lump",
    "pus and fever? no. just a hot lump",
    "not feverish, but the lump is red and painful",
    "I don't have a fever but there is pus",
    "I have a patch of hair loss where I had mesotherapy",
    "the red area is spreading, no fever",
    "I'm scared it's an abscess, it's really painful and swollen",
    "Should I massage my lump? the clinic said to",
    "What should I do about this lump on my head",
    "the lumps did not improve with antibiotics",
    "i think the injection spots are infected, no fever though",
    "i have a temperature since last night",
    "my forehead and eyes are swollen and red, hurts too",
    # second round: written as held-out checks, then kept as regression cases
    "there is a hard lump where the needle went in",
    "the spot where they injected is red, hot and sore",
    "something yellow is coming out of the injection site",
    "i think i have an abscess on my head",
    "my scalp has got infected",
    "the redness is getting bigger",
    "lumps keep appearing 2 months after the meso",
    "antibiotics didn't work, lumps still there",
    "eyelids swollen and red today",
    "feeling hot and shivery, no lump",
    "had a fever last night",
    "the lumps have been there for a month",
    "I'm diabetic and the injection site is red and sore",
    "hair fell out in patches where I was injected",
    "a red swollen bump on my scalp",
    "sore lump on the back of my head",
    "my head has a small pimple with pus",
    "nodules on my scalp 6 weeks after treatment",
    "swollen lymph node behind my ear",
    "the injection points have turned into pus filled spots",
    "redness not going away after a week",
    "i have got a painful swelling on my scalp",
    "it is leaking clear fluid",
    "I have a fever, nothing else",
    "my scalp is hot and throbbing",
    "one of the bumps is getting bigger and it's tender",
    "there's a lump, I'm not sure if it's normal",
    "it feels like there's a marble under my skin where they injected",
    "the spot is warm and swollen",
    "I got mesotherapy 10 days ago and now have a painful knot",
    "the injection site is getting more painful and red each day",
    "bump that won't go away for 3 weeks",
    "got some sort of boil",
    "one of the spots has a yellow head",
    "scalp is crusty and weeping",
    "my forehead is swollen and now my eyelid too",
    "eye swelling shut",
    "the lump is hard and it's been 2 months",
    "my doctor gave me antibiotics but the abscess is still there",
    "new bald patch after meso",
    "I'm HIV positive and have a lump on my scalp",
    "temperature 38.1",
    "feeling feverish",
    "i feel hot and cold",
    "it's hot and swollen where they injected",
    "I squeezed a spot and pus came out",
    "should i pop the pimple with pus on my scalp",
    "swollen and sore lymph nodes in my neck",
    "i feel feverish and my scalp itches",
    "Should I massage the lump on my head?",
    "the area around the injection is red and warm",
    "i have pus",
    "pus",
    "lump",
    "abscess on scalp",
    "i have a bump on my head since the meso",
    "one injection spot has gone yellow and squishy",
    "the spot is hot to the touch",
    "i have a painful lump behind my ear after the injections",
    "i had meso 3 weeks ago and now there are lumps",
    "my scalp is infected i think",
    "pus is coming from one of the spots",
    "got a fever since yesterday",
    "lumps from mesotherapy wont go away after antibiotics",
    "a boil has appeared on my scalp",
    "my eye is puffy and red after the injections",
    "hard bumps under the skin 5 weeks after mesotherapy",
    "its red and swollen and really hurts",
    "the lump keeps growing",
    "bald patch where they injected",
    "there is a yellow pimple at the injection site",
    "i have a swollen lump on my scalp, no fever",
    "feeling shivery tonight",
    # third round: questions wrapping an emergency, negation inside a phrase, non-native phrasing
    "please tell what to do my head is paining and pus is coming",
    "my scalp have many boils",
    "there is pus formation in my scalp",
    "why do I have a fever after meso",
    "why is my scalp so swollen and hot",
    "I have a lump, question: is it dangerous?",
]

# Information questions that mention symptoms but report none: must not escalate.
QUESTIONS: List[str] = [
    "Can mesotherapy cause a fever?",
    "What are the signs of an infection?",
    "is pus after meso dangerous?",
    "how do I know if I have an abscess?",
    "what happens if an abscess is massaged?",
    "I'm worried about infection, what are the signs?",
    "Can mesotherapy cause infection or scarring?",
    "Can I be allergic to the injections?",
    "What should I do if I get a lump after the injections?",
    "Should I massage a lump after mesotherapy?",
    "Is it normal to have swelling after mesotherapy?",
    "How long does redness last after a session?",
    "Can an infected lump spread to the brain?",
    "What does it mean if an abscess is hot?",
    "When should I go to A&E after mesotherapy?",
    "what are the symptoms of sepsis",
    "does meso cause hair loss in patches?",
    "Can mesotherapy cause chest pain or a fast heartbeat?",
    "Is fever a side effect of minoxidil?",
    "Why do abscesses need to be drained?",
    "Is it safe to have mesotherapy if I have diabetes?",
    "How can I tell if a lump is an abscess or just a reaction?",
    "Can you get meningitis from scalp injections?",
    "what happens if you squeeze a boil on your scalp",
    "Is a stiff neck after mesotherapy a sign of something serious?",
    "How common are infections after hair mesotherapy?",
    "What are the risks and side effects of hair mesotherapy?",
    "Do lumps after meso go away on their own?",
    "What is the treatment for an abscess?",
    "Can mycobacterial infections show up weeks later?",
    "what if the swelling gets into my eyes?",
    "Should I worry about a headache after mesotherapy?",
    "Which antibiotics treat mycobacterial infection?",
    "Is shortness of breath a reason to call 911?",
    "can i use minoxidil on an infected scalp?",
    "What are the warning signs that I need an ambulance?",
    "Tell me about the risk of abscess after mesotherapy",
    "is it bad to pop a pimple on your scalp after meso",
    "how to prevent infection after mesotherapy?",
    "what does pus look like",
    "Could the injections give me a fever?",
    "Will I get a fever after my first session?",
    "I read that mesotherapy can cause abscesses, is that true?",
    "what temperature counts as a fever?",
    "Is 38 degrees a fever?",
    "Can mesotherapy make you pass out?",
    "Will mesotherapy bring back hair on a completely bald patch?",
    "Is it dangerous if a lump keeps growing?",
    # second round: written as held-out checks, then kept as regression cases
    "How do I know if my scalp is infected?",
    "What does a mesotherapy infection look like?",
    "Is it common to get bumps after mesotherapy?",
    "What causes lumps after hair mesotherapy?",
    "Does fever after mesotherapy mean infection?",
    "Can I go to work the day after mesotherapy?",
    "Should I be worried about swelling?",
    "Is redness normal after mesotherapy?",
    "What should I watch out for after my session?",
    "What are the dangers of mesotherapy?",
    "How long does swelling on the forehead last?",
    "what do i do if pus comes out",
    "what if i faint during the session?",
    "is dizziness a side effect?",
    "How serious is a scalp abscess?",
    "can the lumps be mycobacteria?",
    "how do doctors treat an infected scalp",
    "Would antibiotics help if I got an infection?",
    "Is it possible to be allergic and have your throat swell?",
    "When do lumps usually appear after injections?",
    "what is a nodule",
    "is chest pain a side effect of minoxidil",
    "how would I know if it's sepsis?",
    "Are boils contagious?",
    "can meso give you a headache",
    "Is it bad if the swelling lasts more than a week?",
    "what temperature is too high after mesotherapy",
    "When is a fever an emergency?",
    "Does an abscess always need antibiotics?",
    "what should i do if i feel faint after meso",
    "Is it normal to feel a bit feverish after mesotherapy?",
    "Can infections after meso be treated with antibiotics?",
    "What's the difference between normal swelling and infection?",
    "are lumps dangerous",
    "do I need to worry about bumps?",
    "How can I avoid getting an abscess?",
    "is it ok to have a temperature after injections",
    "my clinic says bumps are normal, are they?",
    "what are red flags after mesotherapy",
    "Could mesotherapy cause a seizure?",
    "how will I know if something is wrong after my session?",
    "What should I do if I can't breathe?",
    "why does my scalp itch after meso?",
    "does mesotherapy hurt?",
    "how painful is mesotherapy",
    "Is swelling around the eyes normal after hair mesotherapy?",
    "I'm scared of getting an infection, how do I avoid it?",
    "I have a session tomorrow, what if I get a fever?",
    "I had mesotherapy last week, should I expect a fever?",
    "What does an infected injection site look like?",
    "can you die from an abscess?",
    "Is it dangerous to get mesotherapy with diabetes?",
    "what happens if the lump is not treated",
    "Do I need antibiotics for a boil?",
    "how fast can an infection spread",
    "how long does it take for bumps to go away after meso",
    "is it normal for the scalp to be red after mesotherapy",
    "what should i do if i get an infection",
    "what are the side effects",
    "can mesotherapy cause lumps under the skin",
    "is swelling of the forehead normal",
    "what if the injection site gets infected",
    "does mesotherapy cause fever",
    "should i be worried if i see pus",
    "how can i reduce swelling after mesotherapy",
    "can i take ibuprofen for the pain after meso",
    "is it safe to wash hair after mesotherapy",
    "do i need antibiotics after mesotherapy",
    "when should i see a doctor after mesotherapy",
    "what does an allergic reaction look like",
    "can meso make my hair fall out",
    # third round: questions wrapping an emergency, negation inside a phrase, non-native phrasing
    "I have a question about fever after meso",
    "I have some questions about swelling and pus",
    "I read an article about abscesses after meso",
    "can you tell me more about fever after meso",
    "why does mesotherapy cause fever?",
    "why would meso give you a fever?",
]

# Normal after-session effects (brief 4a), reported in the first person: not an escalation.
NORMAL_REPORTS: List[str] = [
    "bit of stinging and tiny scabs today after my session",
    "mild redness the day after",
    "I have a small bruise where the needle went in",
    "some pinpoint bleeding after the injections, stopped now",
    "my forehead is a bit swollen the day after meso",
    "mild headache after my session this afternoon",
    "scalp is a little tender and slightly red today",
    "no fever, no pus, just mild redness",
    "tiny scabs on my scalp, not picking them",
    "my forehead swelled up a bit today, first session was yesterday, no pain",
    "I have small bumps and scabs on my scalp. Is that normal?",
    "slight swelling and redness yesterday, almost gone now",
    "had my session yesterday, scalp feels a bit sore, nothing else",
    "it stung a lot during the injections but fine now",
    "My forehead is swollen the day after. Is that normal?",
    # second round: written as held-out checks, then kept as regression cases
    "little bit red and puffy today but it's only day 1",
    "tiny pinpricks of blood on my scalp",
    "a bit of a headache this evening after the injections",
    "my scalp stings a bit",
    "feels tender when I brush my hair",
    "bruising at a couple of spots",
    "had meso today, scalp slightly pink, otherwise fine",
    "some small red dots where the needles went",
    "my head feels a little sore today after the treatment",
    "the injection points are slightly red",
    "a bit swollen at the front, day 2",
    "some dried blood in my hair after the session",
    "mild itching",
    "it's day 2 and the forehead swelling is going down",
    "not really",
    "ok thanks",
    "its a bit red but nothing else",
    "slight headache after session",
    "small scabs and a little blood",
    "some redness and swelling on the first day",
    "just a bit sore",
]

# Everyday chat, idioms and history that must not escalate ("boils down to", "dying my hair").
EVERYDAY_MESSAGES: List[str] = [
    "I'm dying to try mesotherapy",
    "the price is killing me",
    "my hair loss is getting worse every month",
    "my hair is falling out a lot",
    "I have a bald spot on my crown, will meso help?",
    "I have thinning hair and a receding hairline",
    "I'm 25 and losing hair fast",
    "How much does a session cost?",
    "Can I book an appointment for next week?",
    "thanks, that's helpful",
    "I had my first session today, it went well",
    "my scalp is oily and itchy",
    "I have dandruff",
    "I've been using minoxidil for 6 months",
    "I took antibiotics last year for a tooth infection",
    "I had covid last month and lost a lot of hair",
    "My mum had chemo and lost her hair, can meso help her?",
    "Hot weather makes my scalp sweat",
    "I have a lot of questions about the procedure",
    "My scalp was red for a day after, now fine",
    "I'm nervous about needles",
    "does it leave scars?",
    "the nurse was rough and it hurt a lot",
    "The injections hurt like hell but now I'm fine",
    "I'm really sick of my hair loss",
    "I will have mesotherapy tomorrow, anything to avoid?",
    "I was shaving my head yesterday",
    "i feel fine, no problems at all",
    "no pain, no swelling, all good",
    "nothing wrong, just curious",
    "hi",
    "what is mesotherapy",
    "I'm scared of getting fever after meso",
    "I'm worried about my hair loss",
    "My hair feels thin and weak",
    "I get headaches sometimes, can I still do meso?",
    "I have diabetes",
    "I'm on steroids for asthma, is meso safe?",
    "I had a lump removed years ago",
    "It all boils down to cost really",
    "I'm dying my hair next week, is that ok after meso?",
    "the thought of needles gives me chills",
    "I get hay fever every spring",
    "I have a stiff neck from sleeping badly",
    "I'm diabetic and the injections hurt a bit",
    "I get pimples on my face sometimes",
    "we paid a lump sum for 6 sessions",
    "my hands get clammy when I'm nervous",
    "yes",
    "no",
    "a little",
    "not really, no",
    "no fever",
    "no, nothing like that",
    "I don't have any of those",
    "none of those symptoms",
    "ok",
    "my hair is shedding more since starting minoxidil",
    "Is it normal that my hair sheds after mesotherapy?",
    "I was told the bumps go away in a few hours",
    "my clinic is really bad at answering",
    "I'm confused, what do you mean?",
    "sorry I'm confused",
    "that's confusing",
    "can I exercise after my session? I sweat a lot",
    "is sauna ok? I like it really hot",
    "my scalp feels tight after the session",
    "i felt a bit lightheaded during the injections but fine now",
]

REPORTS: List[Tuple[str, str]] = [(t, "emergency") for t in EMERGENCY_REPORTS] + [
    (t, "urgent") for t in URGENT_REPORTS + FEVER_WITH_A_LOCAL_SIGN
]
NOT_ESCALATING: List[str] = QUESTIONS + NORMAL_REPORTS + EVERYDAY_MESSAGES


def test_the_case_lists_are_large_and_distinct() -> None:
    assert len(set(EMERGENCY_REPORTS)) == len(EMERGENCY_REPORTS) >= 40
    assert len(set(URGENT_REPORTS)) == len(URGENT_REPORTS) >= 30
    assert len(set(QUESTIONS)) == len(QUESTIONS) >= 35
    assert len(set(NORMAL_REPORTS)) == len(NORMAL_REPORTS) >= 10
    assert len(set(NOT_ESCALATING)) == len(NOT_ESCALATING) and len(EVERYDAY_MESSAGES) >= 30
    assert not set(EMERGENCY_REPORTS) & set(URGENT_REPORTS)
    assert not set(NOT_ESCALATING) & {text for text, _ in REPORTS}


@pytest.mark.parametrize("text", EMERGENCY_REPORTS)
def test_emergency_reports(text: str) -> None:
    findings = detect(text)
    assert findings.level == "emergency", findings


@pytest.mark.parametrize("text", FEVER_WITH_A_LOCAL_SIGN)
def test_fever_or_chills_with_a_local_sign_and_no_emergency_sign_is_urgent(text: str) -> None:
    findings = detect(text)
    assert findings.level == "urgent", findings
    assert {"fever", "chills"} & set(findings.signs), findings


@pytest.mark.parametrize("text", URGENT_REPORTS)
def test_urgent_reports(text: str) -> None:
    findings = detect(text)
    assert findings.level == "urgent", findings


@pytest.mark.parametrize("text", QUESTIONS)
def test_information_questions_do_not_escalate(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings
    assert findings.is_question, findings


@pytest.mark.parametrize("text", EVERYDAY_MESSAGES)
def test_everyday_messages_do_not_escalate(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings


@pytest.mark.parametrize("text", NORMAL_REPORTS)
def test_normal_after_session_effects_do_not_escalate(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings


def test_aggregate_recall_and_false_escalations() -> None:
    missed = [(t, want, detect(t).level) for t, want in REPORTS if rank(detect(t).level) < rank(want)]
    false_escalations = [(t, detect(t).level) for t in NOT_ESCALATING if detect(t).escalates]
    recall = (len(REPORTS) - len(missed)) / len(REPORTS)
    print(
        f"\nreports: {len(REPORTS)} ({len(EMERGENCY_REPORTS)} emergency, {len(URGENT_REPORTS)} urgent); "
        f"recall {recall:.0%}; missed {missed}\n"
        f"questions + normal + everyday: {len(NOT_ESCALATING)} ({len(QUESTIONS)} + {len(NORMAL_REPORTS)} + "
        f"{len(EVERYDAY_MESSAGES)}); "
        f"false escalations {len(false_escalations)} {false_escalations}"
    )
    assert not missed
    assert not false_escalations


def test_negation_keeps_an_infection_urgent_without_fever() -> None:
    findings = detect("I have a red painful lump but no fever")
    assert findings.level == "urgent"
    assert "fever" not in findings.signs
    assert "lump" in findings.signs


@pytest.mark.parametrize(
    "text",
    [
        "no fever, no pus, just mild redness",
        "not feverish and no pus, only a bit of redness",
        "I don't have a fever and never had chills, just some stinging",
        "without fever or pus, mild swelling on my forehead",
        "fever? no. pus? no. just tiny scabs",
        "neck is not stiff, lips are not swelling",
        "chest is not tight at all and my heart isn't racing",
        "my lips are not blue",
    ],
)
def test_negated_signs_do_not_count(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings
    assert not {"fever", "pus", "chills"} & set(findings.signs)


@pytest.mark.parametrize(
    "text, sign",
    [
        ("I'm not sure if it's pus but something is coming out", "pus"),
        ("can't stop shivering", "chills"),
        ("no idea why but I have a fever", "fever"),
        ("no improvement, the lump is still there after antibiotics", "antibiotics_failed"),
    ],
)
def test_phrases_that_look_negated_but_are_not(text: str, sign: str) -> None:
    assert sign in detect(text).signs


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "fever " * 20_000,
        "x" * 100_000,
        "🤒🤕😷💉🧴 " * 1_000,
        "لدي حمى وصديد في فروة الرأس بعد الميزوثيرابي",
        "\u202eusp\u202c \u200f\u200e\x00\x01\x07\x1b[31mred\x1b[0m\x7f\ufeff",
        "<script>alert('pus')</script><b>fever</b>&nbsp;&amp;&#x27;",
        "a\u0000b\u0000c" * 1000,
        "?!.,;:" * 5000,
        "38.5.5.5...39,,,,°°°° 1e9999 -0 ∞",
        "\ud800",  # lone surrogate
    ],
)
def test_never_raises(text: str) -> None:
    findings = detector._detect(detector._as_text(text))  # the real detector: detect() would hide a crash
    assert isinstance(findings, Findings)
    assert findings.level in LEVELS
    assert findings.signs == tuple(sorted(findings.signs))


def test_the_detector_itself_never_fails_on_fuzzed_input() -> None:
    """detect() has a last-resort fallback; the real detector must not need it."""
    rng = random.Random(20240601)
    pieces = "fever pus lump no not if can is my ? . , ! : ' - 38.5 101 f ° ( ) < > & \n 🤒 ع é \u202e \x00 ...".split(" ")
    texts = [t for t, _ in REPORTS] + NOT_ESCALATING
    for _ in range(1500):
        kind = rng.random()
        if kind < 0.4:
            text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        elif kind < 0.7:
            chars = list(rng.choice(texts))
            for _ in range(rng.randint(1, 6)):
                chars.insert(rng.randint(0, len(chars)), rng.choice(pieces))
            text = "".join(chars)
        else:
            text = "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 120)))
        detector._detect(text)  # raises on a bug instead of falling back


def test_an_internal_error_falls_back_towards_escalating(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> Findings:
        raise RuntimeError("bug")

    monkeypatch.setattr(detector, "_detect", broken)
    detector._read_message.cache_clear()  # readings made before the break are kept
    assert detect("I have pus and a fever").level == "urgent"
    assert detect("what does it cost?").level == "none"


def test_non_string_input_does_not_raise() -> None:
    assert detect(None).level == "none"  # type: ignore[arg-type]
    assert detect(b"fever and pus").signs == ("fever", "pus")  # type: ignore[arg-type]


def test_html_is_read_as_text() -> None:
    assert detect("<p>I have a <b>fever</b> and <i>pus</i> on my scalp</p>").signs == ("fever", "pus")


def test_signs_of_a_report() -> None:
    findings = detect("I have a fever and pus on my scalp")
    assert findings.level == "urgent"  # brief §4b: feverish with a lump but otherwise well
    assert {"fever", "pus"} <= set(findings.signs)
    assert not findings.is_question
    assert findings.escalates
    assert findings.signs == tuple(sorted(findings.signs))


def test_a_question_is_flagged_as_one() -> None:
    findings = detect("Can mesotherapy cause a fever?")
    assert findings.level == "none"
    assert findings.is_question
    assert not findings.escalates


@pytest.mark.parametrize(
    "text, sign",
    [
        ("temperature of 38.5", "fever"),
        ("temp 39", "fever"),
        ("my temp is 101.3 F", "fever"),
        ("fevre since last night", "fever"),
        ("feaver and chils", "chills"),
        ("infektion on my scalp", "infection"),
        ("absess on my head", "abscess"),
        ("there is puss", "pus"),
        ("cant breath", "breathless"),
        ("heart pounding", "racing_heart"),
        ("pulse is 135", "racing_heart"),
        ("throat closing", "airway_swelling"),
        ("stiff neck and a headache", "meningism"),
    ],
)
def test_typos_and_casual_phrasing(text: str, sign: str) -> None:
    assert sign in detect(text).signs, detect(text)


@pytest.mark.parametrize("text", ["temperature 37.2", "temp is 36.8 so fine", "my temperature is normal"])
def test_temperatures_below_38_are_not_fever(text: str) -> None:
    assert "fever" not in detect(text).signs


@pytest.mark.parametrize(
    "text",
    [
        "I never had any issues",  # "never" is not "fever"
        "the injection was fine",  # "injection" is not "infection"
        "I was feeling fine, then I went fasting",  # not "freezing" or "fainting"
        "I'm sleeping well and seeing improvements",
        "the clinic staff were nice, no stuff coming out",
        "I'm confused about the price, is it per session?",
    ],
)
def test_fuzzy_matching_does_not_invent_signs(text: str) -> None:
    assert detect(text).level == "none", detect(text)


def test_every_sign_has_a_label() -> None:
    signs = {sign.id for sign in registry.SIGNS}
    seen = set()
    for text, _ in REPORTS:
        seen.update(detect(text).signs)
    assert signs | seen <= set(SIGN_LABELS), sorted((signs | seen) - set(SIGN_LABELS))
    assert all(label and label == label.strip() for label in SIGN_LABELS.values())


def test_a_100_kb_message_is_read_whole() -> None:
    """The message guard's length; the time it takes is measured by `python -m bench.safety`."""
    assert detect("I have a lump and fever. " * 4000).level == "urgent"
