"""Glossary for Urdu in Urdu script ("ur"), same format as `bot.chat_glossary_data`; registered through
`bot.chat_glossary_data_world`. Roman Urdu is read by the Hinglish glossary, Hindi in Devanagari too (`bot.chat_scripts`).

Urdu script stays Arabic script: `bot.chat_scripts` unifies its letter forms ("ی" "ک" "ھ" become "ي" "ك" "ه"), and keys are
folded the same way when the glossary is built, so they are written as Urdu is typed. Urdu negates the verb at the end
("بخار نہیں ہے", fever not is): ``RULES`` moves "نہیں" before the word it follows, or before a list joined by "اور"/"یا"
(`bot.chat_glossary_data_world6.negation_rules`), so "بخار اور پیپ نہیں ہے" is read "not fever nor pus is".
"""

from __future__ import annotations

from typing import Dict, Tuple

from bot.chat_glossary_data_world6 import kept_before_negation, negation_rules
from bot.chat_scripts import ARABIC_LETTERS, transliterate

Rule = Tuple[str, str]

URDU = """
مجھے|مجھ کو: i have; میں: i; میرا|میری|میرے: my; ہمیں: we have; ہمارا|ہماری|ہمارے: our; اسے|اس کو|انہیں|ان کو: he has
وہ: he; اس|ان: his; ہے|ہیں: is; ہوں: am; تھا|تھی|تھے: was; ہو گیا|ہو گئی|ہو گئے|ہوا|ہوئی: became; رہا ہے|رہی ہے|رہے ہیں: is
اور: and; یا: or; لیکن|مگر: but; کے بعد|بعد میں|بعد: after; سے: since; پہلے: ago; تک: until; بھی: also; بہت|کافی|زیادہ: very
تھوڑا|تھوڑی|ہلکا|ہلکی|معمولی: a little; ابھی|اب: now; آج: today; کل: yesterday; صبح|آج صبح: this morning; رات|کل رات: last night
دن|دنوں: days; ہفتہ|ہفتے|ہفتوں: weeks; مہینہ|مہینے|مہینوں: months; سال: years; گھنٹہ|گھنٹے|گھنٹوں: hours; منٹ: minutes
ایک: one; دو: two; تین: three; چار: four; پانچ: five; چھ: six; سات: seven; دس: ten; ڈگری: degrees
نہیں|نہی|نا|نہ: not; کوئی نہیں|کچھ نہیں: nothing; کبھی نہیں: never; بغیر: without
کیا یہ نارمل ہے|کیا یہ عام ہے|نارمل ہے|یہ نارمل ہے: is it normal; نارمل|عام: normal; کیا ہے|کیا ہوتا ہے: what is; کیا: is it
کیسے|کس طرح: how; کیوں: why; کتنے دن|کتنی دیر: how long; کیا کروں|کیا کرنا چاہیے|کیا کریں: what should i do
شوہر|میاں|خاوند: husband; بیوی|اہلیہ: wife; امی|ماں|والدہ|اماں: mum; ابو|ابا|والد: dad; بیٹا: son; بیٹی: daughter
بھائی: brother; بہن: sister; دوست|سہیلی: friend; بچہ|بچی|بچے: child; ڈاکٹر|ہسپتال|ایمرجنسی: doctor
میسوتھراپی|میسو تھراپی|میزوتھراپی|میزو تھراپی|میسو: mesotherapy; انجکشن|انجیکشن|ٹیکے|ٹیکا|ٹیکوں: injections
سر: head; سر کی جلد|کھوپڑی: scalp; بال|بالوں: hair; چہرہ|چہرے: face; آنکھ|آنکھیں|آنکھوں: eyes; پلکیں|پپوٹے: eyelids
ہونٹ|ہونٹوں: lips; گلا|گلے: throat; گردن: neck; سینہ|سینے: chest; دل: heart; بازو|ہاتھ: arm; ٹانگ|پاؤں: leg; جلد: skin
بخار: fever; تیز بخار: high fever; کپکپی|کانپ رہا ہے|کانپ رہی ہے|ٹھنڈ لگ رہی ہے|سردی لگ رہی ہے: chills
بے قابو کپکپی|شدید کپکپی: rigors; گانٹھ|گلٹی|ابھار|دانہ|دانے|گومڑ: lump; نئی گانٹھ|نئی گانٹھیں|اور گانٹھیں: new lumps
پیپ|مواد: pus; پھوڑا|دمل|پھوڑے: abscess; انفیکشن|انفکشن|انفیکشن ہو گیا: infection; سرخ|لال|سرخی|لالی: red
سوجن|سوج گیا|سوج گئی|سوجا ہوا|سوجی ہوئی|سوجے ہوئے: swollen; گرم|گرمی: hot; درد|تکلیف|دکھ رہا|دکھ رہی: pain
شدید درد|بہت زیادہ درد|ناقابل برداشت درد|برداشت سے باہر: unbearable pain; پھیل رہی|پھیل رہا|پھیل گئی|پھیلتی جا رہی: is spreading
تیزی سے|جلدی جلدی: fast; ہر گھنٹے: every hour; بڑھ رہی|بڑھ رہا|بڑی ہو رہی|بڑا ہو رہا|بڑھتی جا رہی: is growing
سر درد|سر میں درد: headache; گردن اکڑ گئی|گردن میں اکڑاؤ|گردن سخت|گردن اکڑی: stiff neck
روشنی سے تکلیف|روشنی بری لگ رہی|روشنی برداشت نہیں: light hurts; الٹی|الٹیاں|قے: vomiting
الجھن میں|الجھا ہوا|بے ربط باتیں|الٹی سیدھی باتیں|پہچان نہیں رہے|پہچان نہیں رہی: confused
جگانا مشکل|اٹھ نہیں رہے|اٹھ نہیں رہی|غنودگی|بہت سست|نیند میں: drowsy; دورہ|دورے|جھٹکے: seizure
دو دو نظر آ رہا|دوہرا نظر|دھندلا نظر: double vision; کمزوری|کمزور|سن ہو گیا|سن ہو گئی: weak
بے ہوش|بے ہوش ہو گیا|بے ہوش ہو گئی|غش آ گیا|گر پڑا|گر پڑی: fainted
سانس لینے میں دشواری|سانس نہیں آ رہی|سانس پھول رہی|سانس تیز|سانس لینے میں تکلیف: breathless
دل کی دھڑکن تیز|دل تیز دھڑک رہا|دھڑکن تیز: heart racing; سینے میں درد|سینے میں دباؤ: chest pain
پیلا|زرد|پیلی: pale; نیلا|نیلے|نیلی: blue; دھبے|ریش|چکتے: rash
گلاس سے دبانے پر نہیں جاتے|دبانے پر غائب نہیں: does not fade under a glass
پیشاب نہیں آیا|پیشاب نہیں کیا|پیشاب بند: no urine; پیشاب: urine; لگتا ہے مر جاؤں گا|لگتا ہے مر جاؤں گی: i feel like i might die
بال جھڑ رہے|بال گر رہے|گنج|گنجا پن|گنجے دھبے: hair loss; اینٹی بائیوٹک|اینٹی بایوٹک: antibiotics
اثر نہیں|فائدہ نہیں: not working; شوگر|ذیابیطس: diabetes; سٹیرائیڈ|سٹیرائڈ: steroids; کمزور قوت مدافعت: weak immune system
وہ ٹھیک ہیں|ٹھیک ہیں|اب وہ ٹھیک ہیں: is fine; جہاں انجیکشن لگے تھے|جہاں انجکشن لگے تھے: where they injected
بالوں کا ایک گول ٹکڑا بالکل صاف ہو گیا|بالوں کا گول ٹکڑا صاف ہو گیا|بالوں کا ایک گول ٹکڑا صاف ہو گیا: a round bald patch
 خالہ|خالا|پھوپھی|چچی|ممانی: aunt; برسوں پہلے|سالوں پہلے|کئی سال پہلے: years ago
ٹھیک ہو گیا|ٹھیک ہو گئی|ٹھیک ہے|ختم ہو گیا|چلا گیا|غائب ہو گیا: went away; سب ٹھیک: all fine; بہتر: better; بدتر|زیادہ خراب: worse
نیل|نیلا نشان: bruise; خارش: itching; جلن: stinging
سانس لینے میں بہت دشواری|سانس لینے میں بہت مشکل|سانس لینے میں مشکل|سانس لینے میں بہت تکلیف: breathless
زبان: tongue; سوج گئے|سوج گئیں|سوج گئی ہے|سوج گئے ہیں: swollen; گلٹیاں|گانٹھیں: lumps; نئی گلٹیاں|نئی گانٹھیں: new lumps
اگر: if; تو: then; خود: myself; دبا کر|دبا کے: by squeezing; نکال سکتے|نکال سکتی|نکال سکتا: remove; نکلے|نکلے تو: comes out
"""

_UR_NEG = "نہیں|نہی|نا|نہ"
_UR_VERB = "ہے|ہیں|تھا|تھی|تھے|ہوں|ہوا|ہوئی|ہو"
_UR_STOP = "اور|یا|لیکن|مگر|کہ|جب|اگر|تو|کیا"
RULES: Dict[str, Tuple[Rule, ...]] = {
    "ur": negation_rules(
        ARABIC_LETTERS, *map(transliterate, (_UR_NEG, _UR_VERB, _UR_STOP, kept_before_negation(URDU, _UR_NEG), "بھی|ابھی"))
    ),
}

LANGUAGES: Dict[str, str] = {"ur": URDU}
