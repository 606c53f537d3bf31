"""Glossaries for Persian (Farsi) in Persian script ("fa") and in Latin letters, "Finglish" ("fa_latin"); same format as
`bot.chat_glossary_data`, registered through `bot.chat_glossary_data_world`.

Persian script stays Arabic script: `bot.chat_scripts` turns "ی" "ک" into "ي" "ك" and drops "آ"'s madda, so keys may be
written with Persian letters. Persian joins the verb prefix "می"/"نمی" and suffixes ("‌ها", "‌ام") with a zero-width
non-joiner (U+200C), a space or nothing ("می‌کنم", "می کنم", "میکنم"): ``RULES`` makes them one word ("ميكنم"), so keys
are written joined; for the language check the non-joiner splits a word, and "می", "نمی" alone are marker words. Words
Persian shares with Arabic ("من" I / from, "هم" also / they) count for both; Persian's own ("دارم", "است", "خیلی") decide.

Persian negates the verb, which comes last ("تب ندارم", "tab nadaram": fever I-do-not-have). ``RULES`` moves a negated
"have/be/become/do" verb before the word it follows ("قرمز نیست": is not red), or before a list of up to three joined by
"و"/"یا", which become "nor" ("i do not have fever nor pus"). A word that makes a glossary phrase with the verb after it
("ادرار نکردم" I have not urinated, "اثر نکرد" did not work) is left where it is (``kept_before_negation``).

Finglish spells a word many ways ("khoon" "khun", "ghodde" "qodde" "ghoddeh", "dard-e" "darde"): ``_finglish`` adds to
every key its "oo"/"u", "q"/"gh", ezafe "-e" and "-eh" spellings; ``RULES`` drops hyphens and a separate ezafe "e".
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

from bot.chat_scripts import ARABIC_LETTERS, transliterate

Rule = Tuple[str, str]

PERSIAN = """
من|منم: i; شما: you; او|اون|وی|ایشون|ایشان: he; ما: we; اونا|آنها|اونها: they; مال من: mine; خودم: myself; دارم: i have
داره|دارد: has; داری|دارید: you have; داریم: we have; دارن|دارند: they have; داشتم: i had; داشت|داشته: had
داشته بود|کرده بود|شده بود|گرفته بود|زده بود|اومده بود|بود|بوده: had; هست|است|هستش|ست: is; هستم: i am; هستن|هستند: are
بودم: i was; چرک کرده بود|عفونت کرده بود|چرک کرده بودن: had pus; ورم کرده بود: had swelling; تب کرده بود: had fever
قرمز شده بود: had redness; شده|شده است: is; شد|گرفت: got; شدم: i am; میشه|میشود: is getting; کرده: has; کردم|گرفتم: i have
کرد: had; میکنه|میکند|میکنم|میکنن: -; کنم|بکنم|بشه|بشود: -; زدم: i had; زده: had; رفتم: i went; رفت: went; خوردم: i took
خورد: took; درست|دقیقا: -; درست شده|درست شد: appeared; اومد|آمد: came; میاد|میآید|میاید|میومد: comes; اومده|آمده: has come
بیرون: out; شروع شد|شروع شده: started; ندارم: i do not have; نداره|ندارد: does not have; نداشتم: i did not have
نداشت|نداشته: did not have; نیست: is not; نیستم: i am not; نبود|نبوده: was not; نشده: has not; نشد: did not; نکرده: has not
نکردم: i did not; نکرد: did not; نمیکنه|نمیکند: does not; نمیکنم: i do not; نمیشه|نمیشود: does not get; نمیاد: is not coming
نه: no; نمی: not; می: -; هیچ: any; هیچی|هیچ چیز: nothing; هیچوقت|هرگز|هیچ وقت: never; اصلا|اصلن|به هیچ وجه: -; ابدا: at all
بدون|بی: without; و: and; یا: or; ولی|اما|ولیکن|منتها|ولى: but; چون|چونکه|زیرا|به خاطر: because; که: that
اگر|اگه|چنانچه|درصورتیکه: if; در صورتی که|فرض کن|فرض کنید|اگه یه وقت|اگر یک وقت: if; وقتی|وقتیکه|هروقت|هر وقت: when
تا: until
با: with; از: from; به: to; در|تو|توی|داخل: in; روی|رو|روش|روشون: on; زیر: under; برای|واسه|واسه ی: for
مثل|مثه|مث|مانند: like
بعد|بعدش|بعد از|پس از: after; قبل|قبل از|پیش از: before; خیلی|خیلیی|بسیار|زیاد|کلی|حسابی|شدیدا|بدجور: very
کمی|یکم|یه کم|یک کم|یه ذره|یکمی: a little; بیشتر: more; کمتر: less; هنوز|هنوزم|همچنان: still; الان|الآن|اکنون|حالا: now
دیگه|دیگر: other; فقط|تنها: only; هم|همم: also; این|اینو|این یکی: this; اون یکی|آن: that; همه|همه اش: all; امروز: today
دیروز: yesterday; دیشب: last night; فردا: tomorrow; صبح|امروز صبح: this morning; امشب: tonight; این هفته: this week
هفته گذشته: last week; ماه گذشته: last month; پارسال|سال گذشته: last year; روز پیش|روز قبل: days ago
هفته پیش|هفته قبل: weeks ago; ماه پیش|ماه قبل: months ago; سال پیش|سال قبل: years ago; ساعت پیش|ساعت قبل: hours ago
دقیقه پیش|دقیقه قبل: minutes ago; چند سال پیش|سالها پیش|خیلی وقت پیش|مدتها پیش|خیلی سال پیش: years ago
بچه بودم|بچگی|تو بچگی|وقتی بچه بودم|بچه که بودم: as a child; از دیروز: since yesterday; از دیشب: since last night
از صبح|از امروز صبح: since this morning; روز|روزه: days; هفته|هفتست: weeks; ماه|ماهه: months; سال|ساله: years
ساعت|ساعته: hours
دقیقه: minute; درجه: degrees; یک|یه|یدونه: a; یکی: one; دو: two; سه: three; چهار: four; پنج: five; شش|شیش: six; هفت: seven
هشت: eight; چند|چندتا|چند تا: several
طبیعیه|طبیعی است|طبیعی هست|عادیه|عادی است|نرماله|نرمال است|این طبیعیه|عادیه یا نه|طبیعیه یا نه: is it normal
طبیعی|عادی|نرمال: normal; چیکار کنم|چه کار کنم|چکار کنم|چی کار کنم|باید چیکار کنم|چه کنم|باید چه کار کنم: what should i do
چه باید بکنم|چیکار باید بکنم|چیکار کنیم|چه کار کنیم|چیکار باید کنم: what should i do; چی|چه: what; چیه|چیست: what is
چرا: why
چطور|چطوری|چگونه|چجوری: how; چقدر: how much; دوباره|باز|مجدد|مجددا|بازم|باز هم: again; آیا: -; میتونم|میتوانم: can i
باید: should; گفت|گفته|گفتش|گفتن: said; میگه|میگوید|میگن|میگویند: says; بهم گفت|به من گفت|بهم گفتن|بهم گفته: told me
خوندم|خواندم: i read; شنیدم: i heard
اینترنت|تو اینترنت|در اینترنت|توی اینترنت|اینستاگرام|تو اینستا|گوگل|تو گوگل|تو نت|نت: online; شوهرم|آقامون|همسرم: my husband
زنم|خانمم|خانومم: my wife; مادرم|مامانم|مامان|مادر: my mum; پدرم|بابام|بابا|پدر: my dad; پسرم: my son; دخترم: my daughter
بچه|بچم|بچهام|بچه ام|کودک|نوزاد|بچه ها: child; خواهرم|آبجیم: my sister; برادرم|داداشم: my brother
دوستم|رفیقم|دوست من|یکی از دوستام|یکی از دوستانم|دوستام|دوستمم: my friend; همکارم: my colleague
همسایه|همسایم|همسایمون: my neighbour; کسی|یه نفر|یک نفر: someone; بعضیها|بعضی ها|بعضی|خیلیها: some people; مردم|آدما: people
دکتر|پزشک|دکترم|متخصص|متخصص پوست|متخصص پوست و مو: doctor; خاله|عمه: my aunt; سر|کله: head; سرم|کلم|کلهام: my head
سرش: his head
پوست سر|پوست سرم|کف سر|کف سرم|پوست سرش: scalp; مو|موها|موی سر: hair; موهام|موهایم: my hair; موهاش: his hair
گردن|پشت گردن: neck
گردنم|پشت گردنم: my neck; گردنش: his neck; سینه|قفسه سینه: chest; سینم|سینهام|سینه ام|قفسه سینم: my chest; سینش: his chest
قلب: heart; قلبم: my heart; قلبش: his heart; لب|لبها: lips; لبم|لبهام|لبام|لبهایم: my lips; لبهاش|لباش: his lips
زبان|زبون: tongue; زبونم|زبانم: my tongue; زبونش: his tongue; گلو: throat; گلوم|گلویم: my throat; گلوش: his throat
چشم|چشمها|دور چشم: eyes; چشمم|چشمام|چشمهام|چشمهایم|دور چشمم|چشممو|چشمامو: my eyes; چشماش|چشمش|چشمشو: his eyes
پلک|پلکها: eyelids
پلکم|پلکام: my eyelids; پلکش: his eyelids; صورت|چهره: face; صورتم: my face; صورتش|چهرش: his face; پیشانی|پیشونی: forehead
پیشونیم|پیشانیم: my forehead; پیشونیش: his forehead; پوست: skin; پوستم: my skin; پوستش: his skin; عضلات|ماهیچه|عضله: muscles
عضلاتم|ماهیچه هام: my muscles; دست|بازو: arm; دستم|بازوم: my arm; دستش: his arm; پا: leg; پام|پاهام: my leg; پاش: his leg
دهان|دهن: mouth; دهنم|دهانم: my mouth; دهنش: his mouth; ادرار|جیش|شاش: urine; نفس|تنفس: breath; بدن: body; بدنم|تنم: my body
بدنش: his body; مزوتراپی|مزو|مزوی مو|مزوتراپی مو|مزوتراپی سر: mesotherapy; جلسه|جلسات|جلسه اول|جلسه دوم: session
تزریق|آمپول|سوزن|آمپول ها|سوزن ها|کوکتل: injection
جای تزریق|محل تزریق|جای آمپول|جای سوزن|جاهای تزریق|محل های تزریق|جای سوزنها|جای سوزن ها|جای آمپولها: injection site
درمان: treatment; کلینیک|مطب|سالن|آرایشگاه|سالن زیبایی: clinic; بیمارستان: hospital; اورژانس|اورژانسی: emergency department
آنتی بیوتیک|آنتیبیوتیک|انتی بیوتیک|آنتی بیوتیکها|آنتی بیوتیک ها|سفالکسین|آموکسی سیلین|کوآموکسی کلاو: antibiotics
قرص|دارو|داروها|قرصها: pills; غده|غدد|قلمبه|قلنبه|برآمدگی|گره|توده|برجستگی|ندول|دونه|دانه|غدهای|یه غده|تاول چرکی: lump
غده ها|غدهها: lumps; جوش|جوشها|جوش ها: pimple; آبسه|کورک|کیسه چرک: abscess; دمل: boil; کیست: cyst
غده جدید|غده های جدید|غدههای جدید|غده های تازه|یه غده دیگه|غده دیگه|غده های دیگه|غده های دیگر: new lumps
ورم|تورم|پف|پفی|ورمی: swelling; ورم کرده|ورم داره|متورم|باد کرده|پف کرده|ورم کرد|ورم کردن|پف کرد|باد کرد|ورمه: swollen
قرمز|سرخ|سرخه|قرمز شده|سرخ شده|قرمز رنگ|قرمز قرمز: red; قرمزی|سرخی|قرمزیش: redness
داغ|گرم|داغه|داغ شده|گرمه|گرم شده|حرارت داره: hot; سوزش|میسوزه|میسوزونه|سوزش داره: burning; درد|دردی: pain
دردناک|دردناکه: painful; درد داره|درد میکنه|دردم میاد|درد گرفته|تیر میکشه|ذق ذق میکنه: hurts; چرک|چرکی|چرکین|عفونی: pus
چرک کرده|چرک کرد|عفونت کرده|عفونت کرد|عفونی شده|چرکی شده: is infected with pus
چرک میاد|چرک میاد بیرون|چرک بیرون میاد|چرک میزنه بیرون|چرک ازش میاد|ازش چرک میاد|چرک اومده: pus is coming out
چرک اومد|چرک داره|ازش چرک میاد بیرون|چرک و خون میاد: pus is coming out; عفونت: infection
ترشح|ترشحات|ترشح داره|ترشح میکنه|آب میاد|آبکی: discharge; آب زرد|مایع زرد|آب زرد میاد: yellow fluid coming
بوی بد|بو میده|بد بو|بدبو|بوی بدی میده|بوی چرک: smells bad; بو: smell
پخش میشه|پخش شده|داره پخش میشه|گسترش پیدا کرده|گسترش پیدا میکنه|بیشتر میشه|داره بیشتر میشه|پخش شد: is spreading
سریع پخش میشه|خیلی سریع پخش میشه|سریع داره پخش میشه|ساعت به ساعت بیشتر میشه: spreading rapidly
خط قرمز|خطوط قرمز|رگه های قرمز|رگه قرمز|خط های قرمز|خطهای قرمز|رگههای قرمز|خط خط قرمز: red streaks
بزرگ میشه|بزرگتر میشه|داره بزرگ میشه|داره بزرگتر میشه|بزرگ شده|بزرگتر شده|رشد کرده|رشد میکنه: is growing; بزرگ|بزرگتر: bigger
هر روز بزرگتر|هر روز بزرگتر میشه|روز به روز بزرگتر: getting bigger
خوب نمیشه|خوب نشده|بهتر نشده|بهتر نمیشه|کم نمیشه|کوچیک نمیشه|کوچک نشده: not improving
از بین نمیره|نمیره|از بین نرفته|نمیخوابه: does not go away
اثر نکرد|اثر نکرده|جواب نداد|جواب نداده|فایده نداشت|فایده نداره|افاقه نکرد|افاقه نکرده|کار نکرد|بی فایده: did not work
بی اثر|اثری نداشت|اثری نداره|هیچ اثری نداشت: did not work; ریزش مو|موهام میریزه|موهام ریخته|موها ریخته: hair loss
موهام ریخت|ریختن مو|مو ریخته: hair loss; طاسی|کچلی|طاس|جای خالی|جای بی مو|بی مو|لکه طاس|سکه ای|ریزش سکه ای: bald patch
یه تیکه طاس|یه جا طاس|طاس شده|بی مو شده|مو نداره|مو در نمیاد: bald patch; جای زخم|اسکار|جوشگاه: scar; سفت|سفته|سخت: hard
تب|تبم|تبش|تبی|تبی هم|تب دارم|تب کردم|تب داره|تب کرده: fever; تب کنم|تب بکنم: i get fever
تب بالا|تب شدید|تب خیلی بالا|تبم بالاست|تبم خیلی بالاست|تب بالایی: high fever; لرز|لرزم|لرز دارم|لرز کردم: chills
لرزش|میلرزم|میلرزه|لرزیدن|رعشه|لرز میکنم|بدنم میلرزه: shivering; لرز شدید|لرزهای شدید|لرز خیلی شدید: severe shivering
بند نمیاد|قطع نمیشه|کنترل نمیشه|نمیتونم کنترلش کنم|دست خودم نیست: uncontrollable; سرد|سردمه|سردم|یخ کردم|یخ زدم: cold
دیابت|قند|مرض قند|بیماری قند|دیابت دارم|قند دارم|قند خون: diabetes; دیابتی: diabetic; ایمنی|سیستم ایمنی: immune system
ایمنی ضعیف|سیستم ایمنی ضعیف|ایمنیم ضعیفه|ایمنی بدنم ضعیفه|ایمنی بدنم پایینه|سیستم ایمنیم ضعیفه: weak immune system
نقص ایمنی|ضعف سیستم ایمنی|ایمنی پایین: weak immune system; کورتون|کورتن|استروئید|کورتیکواستروئید|پردنیزولون: steroids
مصرف میکنم|میخورم|مصرف میکنه|میخوره|میگیرم|میزنم|مصرف کردم: i take
شیمی درمانی میشم|شیمی درمانی میکنم|شیمی درمانی میشه: i am having chemotherapy; دگزامتازون: steroids
شیمی درمانی|شیمیدرمانی: chemotherapy; حامله|باردار: pregnant
گیج|گیجه|گیج شده|گیج و منگ|منگ|منگه|گنگ|هذیان|حواسش سر جاش نیست|حواسش نیست|پرته|گیج و گنگ: is confused
کسی رو نمیشناسه|منو نمیشناسه|ما رو نمیشناسه|مارو نمیشناسه|هیچکس رو نمیشناسه: does not recognise anyone
نمیدونه کجاست|نمیدونه کجاس|نمیدونه کجاییم: does not know where he is
هذیان میگه|هذیون میگه|پرت و پلا میگه|چرت و پرت میگه|حرفهای بی ربط|حرف های بی ربط|حرفای بی ربط: is talking nonsense
بی ربط حرف میزنه|حرفهای بیربط میزنه|حرف های بی ربط میزنه|حرفای بی ربط میزنه|حرفاش بی ربطه|حرفهاش بی ربطه: is talking nonsense
چرت و پرت|پرت و پلا|بی ربط میگه|حرفهای بیربط|بیربط: is talking nonsense
زبونش سنگین شده|زبونش میگیره|زبونش بند اومده|نامفهوم حرف میزنه|حرف زدنش عجیبه|نمیتونه درست حرف بزنه: slurred speech
درست نمیتونه حرف بزنه|لکنت|لکنت زبان|شل حرف میزنه|کشیده حرف میزنه|مثل مستا حرف میزنه|کلماتش نامفهومه: slurred speech
زبونم سنگین شده|نمیتونم درست حرف بزنم|حرف زدنم سخت شده|نامفهوم|زبونم میگیره: slurred speech
خواب آلود|خوابآلود|خوابالود|خیلی خواب آلوده|خیلی خوابالوده|مدام خوابه|همش خوابه|همش میخوابه|خواب آلوده: very drowsy
خوابالوده|خیلی خوابم میاد|چشماش باز نمیشه: very drowsy; بی حال|بیحال|بیحاله|بی حاله|بیحالم|بی حالم|سست: weak
بیدار نمیشه|به زور بیدار میشه|سخت بیدار میشه|نمیتونیم بیدارش کنیم|بیدار کردنش سخته|جواب نمیده: hard to wake
واکنش نشون نمیده|هوشیار نیست|هوشیاریش کمه|هوشیاری نداره|بیدار نمیشد: hard to wake
گردنم خشک شده|گردنش خشک شده|خشکی گردن|گردنم سفت شده|گردنش سفت شده|گردن خشک|سفتی گردن|گردنم گرفته: stiff neck
گردنم قفل شده|نمیتونم گردنمو تکون بدم|نمیتونم سرمو خم کنم|گردنم تکون نمیخوره|گردنش تکون نمیخوره: stiff neck; خشک: dry
نور|روشنایی: light
نور چشممو اذیت میکنه|نور اذیتم میکنه|نور اذیت میکنه|از نور اذیت میشم|چشمام به نور حساسه|حساسیت به نور: light hurts my eyes
نمیتونم به نور نگاه کنم|نور چشمامو میزنه|نور چشمم رو میزنه|نور چشمامو اذیت میکنه|نور چشمشو اذیت میکنه: light hurts my eyes
از نور فرار میکنه|نور براش آزاردهنده است|نور آزارم میده: light hurts my eyes
سردرد|سر درد|سرم درد میکنه|درد سر|میگرن|سرم درد داره|سرش درد میکنه|سردردم: headache
سردرد شدید|سر درد شدید|سردرد وحشتناک|سردرد خیلی شدید|سرم داره میترکه|سرم میترکه|سرم خیلی درد میکنه: severe headache
بدترین سردرد|سر درد بدی|سردرد بدی|سردرد عجیب|سرش داره میترکه|سر درد خیلی شدید: severe headache
استفراغ|استفراغ کردم|استفراغ میکنم|استفراغ کرد|بالا آوردم|بالا میارم|بالا میاره|بالا آورد|عق میزنم: vomiting
حالت تهوع|تهوع|دلم بهم میخوره: nausea; راش|بثورات|دونه های ریز|کهیر|حساسیت پوستی|جوش ریز|دانه های قرمز|دونه دونه: rash
لکه|لکه ها|لکهها|خال خال|نقطه ها|نقطهها: spots
لکه های بنفش|لکههای بنفش|نقطههای بنفش|لکههای ارغوانی|نقطه های بنفش|لکه های ارغوانی|نقطه های قرمز ریز|خالهای بنفش: purple spots
لکه بنفش|نقطه های ریز قرمز: purple spots; لیوان|استکان|شیشه: glass
با فشار لیوان|زیر لیوان|با لیوان|فشار لیوان: when i press the glass
فشار میدم|فشار بدم|فشار دادم|وقتی فشار میدم|وقتی فشار دادم|فشارش میدم: when i press
محو نمیشه|کمرنگ نمیشه|رنگش نمیره|پاک نمیشه|سفید نمیشه|محو نشد|کمرنگ نشد|رنگش عوض نمیشه: do not fade
محو میشه|کمرنگ میشه: fade
تشنج|تشنج کرد|تشنج کرده|تشنج کردم|حمله صرع|صرع|کف کرد|تشنج داشت: seizure
یک طرف بدنم بی حس|یه طرف بدنم ضعیف|یک طرف بدنش بی حس|یه طرف بدنش بی حس|نصف بدنم بی حس|فلج شده: weakness on one side
یه طرف بدنم ضعیف شده|یک طرف بدنم ضعیف شده|یه طرف بدنش ضعیف شده|نصف بدنش بی حس: weakness on one side; فلج: paralysed
بی حس|بیحس|بی حسی|کرخ|کرختی|سر شده: numb
صورتش کج شده|دهنش کج شده|یه طرف صورتش افتاده|صورتم کج شده|دهنم کج شده|صورتش افتاده: face drooping
دوبینی|دو تا میبینم|دوتا میبینم|همه چیزو دوتا میبینم|همه چی رو دو تا میبینم|دوتا میبینه: double vision
تاری دید|تار میبینم|دیدم تار شده|چشمام تار میبینه|تار شده|دیدش تار شده|تار میبینه: blurred vision; تار: blurry
نمیتونم نفس بکشم|نفسم بالا نمیاد|نفسم بند اومده|نفس نمیتونم بکشم|خفه میشم|دارم خفه میشم|نمیتونه نفس بکشه: can not breathe
نفسش بالا نمیاد|نفسش بند اومده|نفس نمیکشه|نفسم در نمیاد|نمیتونم نفس بکشم درست: can not breathe
تنگی نفس|نفس تنگی|نفسم تنگه|نفسم تنگ شده|نفس کم میارم|نفسم کم میاد|نفس نفس میزنم|نفسم میگیره: short of breath
به سختی نفس میکشم|نفس کشیدن سخته|نفس کشیدنم سخت شده|سخت نفس میکشم: short of breath; خس خس|صدای خس خس: wheezing
گلوم بسته شده|گلوم داره بسته میشه|گلوم بسته میشه|گلوش بسته شده|گلوم تنگ شده|گلوم جمع شده: my throat is closing
نمیتونم قورت بدم|قورت دادن سخته|نمیتونم آب دهنمو قورت بدم|بلعیدن سخته|نمیتونه قورت بده: i can not swallow
درد قفسه سینه|درد سینه|سینه درد|سینم درد میکنه|سینهام درد میکنه|سینه ام درد میکنه|قفسه سینم درد میکنه: chest pain
سینم تیر میکشه|فشار روی سینه|سنگینی سینه|سینم سنگینه|قفسه سینهام درد میکنه|سینش درد میکنه: chest pain
غش کردم|غش کرد|غش کرده|بیهوش شد|بیهوش شدم|از هوش رفت|از هوش رفتم|از حال رفتم|از حال رفت|بیهوش|غش: fainted
افتاد زمین|زمین خورد|نقش زمین شد|از پا افتاد|ولو شد|یهو افتاد|یهویی افتاد: collapsed; افتاد: fell; افتادم: i collapsed
قلبم تند میزنه|تپش قلب|قلبم تند تند میزنه|ضربان قلبم بالاست|ضربان قلبم تنده|قلبم خیلی تند میزنه: heart racing
قلبم داره از جاش کنده میشه|ضربان بالا|ضربانم بالاست|قلبش تند میزنه|تپش قلب دارم|ضربان قلب بالا: heart racing
ضربان|نبض: pulse
تند|سریع|تند تند: fast; میزنه: -; تند میزنه|تند تند میزنه: is beating fast
فشارم افتاده|فشارم پایینه|فشار خونم پایینه|فشارم خیلی پایینه|افت فشار|فشارش افتاده|فشارش پایینه: low blood pressure
فشار پایین|فشارم پایین اومده|فشارم افت کرده|فشارم افت کرد: low blood pressure
فشار خون|فشار|فشارم|فشارش|فشار خونم: blood pressure
ادرار نکردم|جیش نکردم|دستشویی نرفتم|ادرارم نمیاد|ادرار نمیاد|جیشم نمیاد|ادرار ندارم|شاش نکردم: i have not urinated
ادرار نکرده|جیش نکرده|دستشویی نرفته|ادرارش نمیاد|اصلا ادرار نکردم|ادرار نداره: i have not urinated
پوستم لک لک شده|پوستش لک لک شده|لک لک|ابلق|رگه رگه|مرمری|رنگ به رنگ: mottled; کبود|کبود شده|آبی|آبی شده|بنفش|بنفش شده: blue
کبودی: bruises; خاکستری|طوسی: grey; رنگش پریده|رنگم پریده|رنگ پریده|مثل گچ سفید|مثل گچ شده: very pale; زرد: yellow
دارم میمیرم|حس میکنم دارم میمیرم|احساس میکنم دارم میمیرم|انگار دارم میمیرم|میمیرم|حس مرگ: i feel like i might die
احساس میکنم میمیرم|فکر میکنم دارم میمیرم|حس میکنم میمیرم: i feel like i might die
از خنده میمیرم|از خنده مردم|دارم از خنده میمیرم: laughing
درد شدید|درد خیلی شدید|دردش شدیده|درد زیاد|دردش خیلی زیاده|درد بدی: severe pain
غیرقابل تحمل|غیر قابل تحمل|قابل تحمل نیست|نمیتونم تحمل کنم|تحملش سخته|درد امونمو بریده: unbearable
از درد دارم میمیرم|از درد مردم: unbearable pain; درد وحشتناک|درد غیر قابل تحمل|دردش غیرقابل تحمله: unbearable pain
وحشتناک|افتضاح|خیلی بد: terrible; شدید|شدیده: severe; بالا|بالاست: high; سلام|درود|وقت بخیر|روز بخیر|صبح بخیر: hello
ممنون|مرسی|متشکرم|سپاس: thanks; کوچیک|کوچک|ریز: small; خفیف|مختصر: mild; کم: a little; حساس: tender; مریض|بیمار|ناخوش: sick
خسته|خستم|خسته ام|خستهام: tired; سرگیجه|سرم گیج میره|گیج میرم|سرگیجه دارم: dizzy; ضعف|ضعف دارم: weakness; ضعیف|ضعیفه: weak
خون: blood; خونریزی: bleeding; دلمه|پوسته: scabs; زخم|زخمی: wound; خارش|میخاره|خارش داره: itching; جدید|تازه: new
اطراف|دور|دورش|اطرافش|دور و بر|اطراف جای: around; جا|جای|محل: place
ظاهر شده|در اومده|درومده|زده بیرون|پیدا شده|در آمده: appeared; احساس میکنم|حس میکنم: i feel; فکر میکنم: i think
حالم بده|حالم خوب نیست|حالش بده|حالم خرابه|حالش خوب نیست|حالش خرابه: i feel unwell
خوبه|الان خوبه|الان خوب است|حالا خوبه: fine now; درمان شد|درمان شده|خوب شد: was treated
همه چی خوبه|همه چیز خوبه|همه چی اوکیه|همه چیز مرتبه|مشکلی نیست|مشکلی ندارم|خوبم|حالم خوبه: all fine
خوب شد|خوب شده|از بین رفت|از بین رفته|برطرف شد|برطرف شده|رفع شد|خوب شدم|خوب شدن: went away; بهتر شده|بهتر شد: better
بهتر: better; بدتر|بدتر شده|بدتر میشه|بدتر شد: worse; خوب: good; بد: bad; بده: is bad; شدیدی: severe; توده*: lump
ایجاد شده|ایجاد شد: appeared; شدهاند|شده اند: are; شدهام|شده ام: i am; دچار|مبتلا: -; مبتلا به: with
خارج میشود|خارج میشه: comes out; گسترش: spreading; کاهش: decrease
در حال گسترش است|در حال گسترش|در حال پخش شدن|داره گسترش پیدا میکنه: is spreading; درد شدیدی: severe pain
هوشیاریش کم شده|هوشیاریاش کاهش یافته|هوشیاریش کاهش پیدا کرده|سطح هوشیاری پایین|هوشیاریش پایینه: barely conscious
ادرار نمیکنم|ادرار نمیکنه|جیش نمیکنم|جیش نمیکنه|ادرار نمیشه: i have not urinated; حرارت: temperature
حرارت دارم|حرارتم بالاست|حرارت بدنم بالاست: i have fever; چیزی نیست|چیزیم نیست: nothing wrong; تزریق*|آمپول*|سوزن*: injection
غده*: lump; قرمز*: red; چرک*: pus; لکه*: spots; مزوتراپی*: mesotherapy; تیکه|تکه|یه تیکه|یه تکه|یه قسمت: patch
از موهام|از موها|از موهاش|از موی سرم: of hair; ریخته|ریخت|ریخته شده: fell out; کامل|کاملا: completely
یهو|یهویی|ناگهان|یکدفعه|یکهو: suddenly; تار شد|دیدم تار شد|دیدم تار|دید تار|چشمام تار شد: blurred vision
غیرقابل تحمله|غیر قابل تحمله|غیرقابل تحملیه|قابل تحمل نیستش: unbearable; نمیتونم: i can not; نمیتونه: he can not; میتونه: can
بکشم|بکشه|کشیدن: draw; اذیت: bother; بیدار: awake; خواب: sleep; حرف|حرفهای|حرفای: talk; هوش|هوشیار: conscious
تپش: palpitations
افتاده: fallen; پایین|پایینه: low; رنگش|رنگم|رنگ: colour; پریده: faded; راست|راستم: right; چپ|چپم: left
بلند کنم|بلندش کنم|بلند کردن: lift; درد سرم|درد تو سرم: pain in my head; طرف: side; یه طرف|یک طرف: one side; غیر: non
دوتا: two
میبینم: i see; میبینه: he sees; قورت: swallow; بسته: closed; جواب: answer; اثر|اثری: effect; ریزش: falling; پخش: spread
خط|خطوط|خطها: lines; رگه|رگه ها|رگهها: streaks; دردش|دردم: pain; تحمل|تحمله: bearable; لک: spot; قفسه: cage
حال|حالم|حالش: state
مدام|همش|دائم: all the time; سمت|به سمت: towards; رسیده|رسید: reached; در اومدن|درومدن|در اومد|درومد|زدن بیرون: appeared
هزینه|قیمت: cost; موثره|موثر است|اثر داره: does it work; دردش غیرقابل تحمله|دردش غیر قابل تحمله: unbearable pain
غده دارم|غده زده: i have a lump
ميگفت|ميگفتن|ميگفته: said
ادرار نكردهام|ادرار نكردم|ادرار نكرده ام|ادرار نداشتهام|ادرار نداشتم: i have not urinated; بيست: 20
نفسم خیلی تنگ است|نفسم خیلی تنگه|نفسم تنگ است|نفسم تنگه|نفسم بند اومده: i am very short of breath
تند تند نفس میکشم|تند نفس میکشم: i am breathing very fast
برجستگی|برجستگیهای|برجستگیها|قلمبه|قلنبه: lumps; خوب نشدن|خوب نشده|خوب نشد|بهتر نشد|بهتر نشدن: are not going away
تکهتکه|تکه تکه|تیکه تیکه|تکهای|سکهای: in patches; ریخته|ریخت|میریزه: fell out
دانشجوی پرستاری|دانشجوی پزشکی|پرستارم: i am a student
"""

PERSIAN_LATIN = """
man|manam: i; shoma: you; to: in; oo|un|ishun: he; ma: we; una|ona|anha: they; khodam: myself; daram: i have; dare|darad: has
dari|darid: you have; darim: we have; daran|darand: they have; dashtam: i had; dasht: had
dashte bud|karde bud|shode bud|gerefte bud|zade bud|oomade bud|bud: had; hast|ast|hastesh: is; hastam: i am
hastan|hastand: are
budam: i was; cherk karde bud|ofunat karde bud|cherk karde budan: had pus; varam karde bud: had swelling
tab karde bud: had fever; ghermez shode bud: had redness; shod|gereft: is; shodam: i am; mishe|mishavad: is getting
karde: has
kardam|gereftam: i have; kard: had; mikone|mikonad|mikonam|mikonan|mikne: -; konam|bekonam|beshe: -; zadam: i had; zade: had
raftam: i went; raft: went; khordam: i took; khord: took; dorost|daghighan: -; dorost shod: appeared; umad|amad: came
miad|miyad|miaad|miumad: comes; umade|amade: has come; birun: out; shoru shod: started; nadaram: i do not have
nadare|nadarad: does not have; nadashtam: i did not have; nadasht: did not have; nist|nis: is not; nistam: i am not
nabud: was not; nashode: has not; nashod: did not; nakarde: has not; nakardam: i did not; nakard: did not
nemikone|nemikonad: does not; nemikonam: i do not; nemishe: does not get; nemiad|nemiyad: is not coming; na: no; nemi: not
mi: -
hich: any; hichi|hich chi: nothing; hichvaght|hargez|hich vaght: never; asalan|aslan|abadan: -; bedun|bi: without; va|o: and
ya: or; vali|ama|montaha: but; chon|chonke|chun: because; ke|keh: that; agar|age|agha|agr|dar surati ke|farz kon: if
vaghti|vaghtike|harvaght|har vaght: when; ta: until; ba: with; az: from; be: to; dar|tu|tuye|dakhel: in; ru|ruye: on
zir: under
baraye|vase|barye: for; mesle|mes: like; bad|baad|bad az|baad az|pas az: after; ghabl|ghabl az|pish az: before
kheili|kheyli|khaili|khyli|xeili|khili|besyar|ziad|ziyad|shadidan|badjur: very; kami|yekam|ye kam|ye zare|yekami: a little
bishtar: more; kamtar: less; hanuz|hanuzam|hanooz|hanoozam|hamchenan: still; seft|seft shode: firm
alan|al an|aknun|hala|felan: now; dige|digar: other
faghat|tanha: only; ham|hamam: also; in|ino: this; un yeki: that; hame|hamash ke: all; emruz: today; diruz: yesterday
dishab: last night; farda: tomorrow; sobh|emruz sobh: this morning; emshab: tonight; in hafte: this week
hafte gozashte: last week; mah gozashte: last month; parsal|sal gozashte: last year; ruz pish|ruze pish|ruz ghabl: days ago
hafte pish|hafte ghabl: weeks ago; mah pish|mahe pish|mah ghabl: months ago; sal pish|sale pish|sal ghabl: years ago
saat pish|saat ghabl: hours ago; daghighe pish|daghighe ghabl|dagighe pish: minutes ago
chand sal pish|salha pish|kheili vaght pish|moddatha pish: years ago
bachegi|tu bachegi|bache budam|bache ke budam|vaghti bache budam: as a child; az diruz: since yesterday
az dishab: since last night; az sobh: since this morning; ruz: days; hafte|haftas: weeks; mah: months; sal: years
saat: hours
daghighe|dagighe: minute; daraje: degrees; yek|ye|yedune|yeki: a; do: two; se: three; chahar|char: four; panj: five
shish|shesh: six; haft: seven; hasht: eight; dah: ten; chand|chanta|chand ta: several
tabiie|tabie|normale|adie|tabiiye|normal e|tabii e|adiye|tabiie ya na|normale ya na|in tabiie: is it normal
tabii|tabiee|adi: normal; chikar konam|chi kar konam|che kar konam|chekar konam|chkar konam|chikar konim: what should i do
bayad chikar konam|che bayad bekonam|chikar bayad bokonam|chi kar konim|chekar konim: what should i do; chi|che: what
chie|chist: what is; chera: why; chetor|chetori|chegune|chejuri: how; cheghad: how much
dobare|baz|mojadad|mojadadan|bazam: again; aya: -; mitunam|mitavanam: can i; bayad: should; goft|goftesh|goftan: said
mige|miguyad|migan|miguyand: says; behem goft|be man goft|behem goftan: told me; khundam|khandam: i read; shenidam: i heard
tu internet|dar internet|tu insta|tu google|tu net|az internet: online; shoharam|aghamun|hamsaram: my husband
zanam|khanumam|khanomam: my wife; madaram|mamanam|maman|madar: my mum; pedaram|babam|baba|pedar: my dad; pesaram: my son
dokhtaram: my daughter; bache|bacham|bachche|kudak|nozad: child; khaharam|abjim: my sister; baradaram|dadasham: my brother
dustam|rafigham|duste man|yeki az dustam: my friend; yeki az dustanam|dustam ham: my friend; hamkaram: my colleague
hamsaye|hamsayam: my neighbour; kasi|ye nafar|yek nafar: someone; bazia|baziha|bazi ha|bazi: some people
mardom|adama: people
doktor|pezeshk|doktoram|motekhases: doctor; khale|amme: my aunt; sar|kale: head; saram|kalam: my head
sarash|saresh: his head
pust sar|puste sar|kaf sar|kafe sar|pust saram|puste saram|kafe saram|puste saresh: scalp; mu|muha|muye sar: hair
muham|muhaam: my hair; muhash: his hair; gardan|posht gardan: neck; gardanam|poshte gardanam: my neck; gardanesh: his neck
sine|ghafase sine: chest; sinam|sineam|sine am|ghafase sinam: my chest; sinash: his chest; ghalb: heart; ghalbam: my heart
ghalbesh: his heart; lab|labha|laba: lips; labam|labham|labaam: my lips; labash|labhash: his lips; zaban|zabun: tongue
zabunam|zabanam: my tongue; zabunesh: his tongue; galu: throat; galum|galuyam: my throat; galush: his throat
cheshm|cheshma|cheshmha: eyes; cheshmam|chesham|dore cheshmam|cheshmamo: my eyes; cheshmash|cheshmesh: his eyes
pelk|pelka: eyelids; pelkam: my eyelids; pelkesh: his eyelids; surat|chehre: face; suratam: my face; suratesh: his face
pishuni|pishani: forehead; pishunim|pishanim: my forehead; pust: skin; pustam: my skin; pustesh: his skin
azole|azolat|mahiche: muscles; azolam: my muscles; dast|bazu: arm; dastam|bazum: my arm; dastesh: his arm; pa: leg
paham: my leg
pash: his leg; dahan: mouth; dahanam: my mouth; dahanesh: his mouth; edrar|jish|shash: urine; nafas|tanafos: breath
badan|tan: body; badanam|tanam: my body; mezoterapi|mezotrapi|mezo|mesoterapi|mezotherapy: mesotherapy
jalase|jalasat|seshen: session; tazrigh|ampul|sozan|suzan|suzan ha: injection
jaye tazrigh|mahale tazrigh|jaye ampul|jaye suzan|jaye sozan|jahaye tazrigh|mahal tazrigh|ja tazrigh: injection site
jaye suzanha: injection site; darman: treatment; kelinik|matab|salon|arayeshgah: clinic; bimarestan: hospital
orzhans|orjans|urzhans|orzhansi: emergency department
antibiotik|anti biotic|antibiutik|anti biotik|antibiotika|antibiotikha: antibiotics; ghors|daru|daruha: pills
ghodde|ghod|ghalambe|ghulambe|gholombe|gholombeh|gholonbe|gholoombe|ghalombe: lump
ghalombeh|ghulumbe|bar amadegi|baramadegi|gere|tude|dune|dane|ye ghodde: lump
ghodde ha|ghoddeha|ghodde haye: lumps
jush|jushha: pimple; abse|absse|kurak|kise cherk: abscess; dommal: boil; kist: cyst
ghodde jadid|ghodde haye jadid|ghodde haye taze|ye ghodde dige|ghodde dige|ghodde haye dige|ghoddehaye jadid: new lumps
varam|tavarrom|tavarom|pof|pofi|varami: swelling; varam dare|motavarrem|motavarem|bad karde|baad karde: swollen
varam kard|varam kardan|pof kard|varame|varum: swollen; ghermez|sorkh|ghermez shode|sorkh shode|ghermez rang: red
ghermezi|sorkhi|ghermeziye: redness; dagh|garm|dagh shode|garm shode|hararat dare: hot
sozesh|suzesh|misuze|misuzune|suzesh dare: burning; dard|dardo|dardi: pain; dardnak: painful
dard dare|dard mikone|dard mikne|dardam miad|dard gerefte|tir mikeshe: hurts; zogh zogh mikone: hurts; cherk|chirk|ofuni: pus
cherk kard|ofunat kard|ofuni shode|cherki shode: is infected with pus
cherk miad|cherk miad birun|cherk birun miad|cherk mizane birun|cherk azash miad|azash cherk miad: pus is coming out
cherk umad|cherk dare|azash cherk miad birun|cherk o khun miad|cherk miyad: pus is coming out; ofunat: infection
tarashoh|tarashohat|tarashoh dare|tarashoh mikone|ab miad|abaki: discharge
ab zard|mayee zard|ab zard miad: yellow fluid coming
buye bad|bu mide|bad bu|badbu|buye badi mide|buye cherk: smells bad; bu: smell
pakhsh mishe|dare pakhsh mishe|gostaresh peyda karde|gostaresh peyda mikone|bishtar mishe: is spreading
dare bishtar mishe|pakhsh shod: is spreading
sari pakhsh mishe|kheili sari pakhsh mishe|sari dare pakhsh mishe|saat be saat bishtar mishe: spreading rapidly
khat ghermez|khatte ghermez|khotut ghermez|khotute ghermez|rage ghermez|rage haye ghermez|khat haye ghermez: red streaks
khathaye ghermez|khat khat ghermez: red streaks
bozorg mishe|bozorgtar mishe|dare bozorg mishe|dare bozorgtar mishe|bozorg shode|bozorgtar shode|roshd karde: is growing
roshd mikone: is growing; bozorg|bozorgtar: bigger
har ruz bozorgtar|har ruz bozorgtar mishe|ruz be ruz bozorgtar: getting bigger
khub nemishe|khub nashode|behtar nashode|behtar nemishe|kam nemishe|kuchik nemishe|kuchak nashode: not improving
az bein nemire|az bin nemire|nemire|az bein narafte|az bin narafte|nemikhabe: does not go away
asar nakard|javab nadad|faide nadasht|faide nadare|efaghe nakard|kar nakard|bi faide: did not work
bi asar|asari nadasht|asari nadare|hich asari nadasht: did not work
rizesh mu|muham mirize|muha rikhte|muham rikht|rikhtan mu|mu rikhte: hair loss
tasi|kachali|tas|jaye khali|ja khali|jaye bi mu|bi mu|lake tas|sekkei|sekke i|rizesh sekkei|ye tike tas: bald patch
ye ja tas|tas shode|bi mu shode|mu nadare|mu dar nemiad: bald patch; jaye zakhm|eskar|jushgah: scar; seft|sakht: hard
tab|tabam|tabesh|tabi|tab daram|tab kardam|tab dare|tab karde: fever; tab konam|tab bekonam: i get fever
tab bala|tabe bala|tab shadid|tabe shadid|tab kheili bala|tabam balast|tabam kheili balast: high fever
larz|larzam|larz daram|larz kardam: chills; larzesh|milarzam|milarze|larzidan|raashe|larz mikonam|badanam milarze: shivering
larz shadid|larze shadid|larzesh shadid|larz kheili shadid|larzhaye shadid: severe shivering
band nemiad|ghat nemishe|kontrol nemishe|nemitunam kontrolesh konam|daste khodam nist: uncontrollable
sard|sardam|yakh kardam|yakh zadam: cold; diabet|diyabet|ghand|marize ghand|bimari ghand|diabet daram|ghand daram: diabetes
ghand khun: diabetes; diabeti: diabetic; imeni|system imeni|sistem imeni|imeni badan: immune system
imeni zaif|sistem imeni zaif|system imeni zaif|imeniam zaife|imeni badanam zaife|imeni badanam paeine: weak immune system
sistem imeniam zaife|naghs imeni|zaf sistem imeni|imeni paein: weak immune system
korton|kurton|esteroid|kortikosteroid|prednizolon|dexametazon|dexa: steroids; shimi darmani|shimidarmani: chemotherapy
masraf mikonam|mikhoram|masraf mikone|mikhore|migiram|mizanam|masraf kardam: i take
shimi darmani misham|shimi darmani mikonam: i am having chemotherapy; hamele|bardar: pregnant
gij|gij shode|gij o mang|mang|hazyan|havasesh sare jash nist|havasesh nist|parte|gij o gang: is confused
kasi ro nemishnase|mano nemishnase|ma ro nemishnase|maro nemishnase|hichkas ro nemishnase: does not recognise anyone
nemidune kojast|nemidune kojas|nemidune kojaim: does not know where he is
hazyan mige|hazyun mige|part o pala mige|chert o pert mige|harf haye bi rabt|harfhaye bi rabt: is talking nonsense
harfaye bi rabt: is talking nonsense
bi rabt harf mizane|harf haye bi rabt mizane|harfaye bi rabt mizane|harfhaye birabt mizane|harfash bi rabte: is talking nonsense
harfhash bi rabte|chert o pert|part o pala|pert o pala|bi rabt mige: is talking nonsense
harfhaye birabt|birabt|bi rabt|harf haye birabt|harfaye birabt|birabt harf mizane|harf bi rabt mizane: is talking nonsense
zabunesh sangin shode|zabunesh migire|zabunesh band umade|namafhum harf mizane|harf zadanesh ajibe: slurred speech
nemitune dorost harf bezane|dorost nemitune harf bezane|loknat|loknat zaban|shol harf mizane|keshide harf mizane: slurred speech
mesle mastha harf mizane|kalamatesh namafhume|zabunam sangin shode|nemitunam dorost harf bezanam: slurred speech
harf zadanam sakht shode|namafhum|zabunam migire: slurred speech
khab alud|khabalud|kheili khab alude|kheili khabalude|modam khabe|hamash khabe|hamash mikhabe: very drowsy
kheili khabam miad|cheshmash baz nemishe: very drowsy; bi hal|bihal|bihalam|bi halam|sost: weak
bidar nemishe|be zur bidar mishe|sakht bidar mishe|nemitunim bidaresh konim|bidar kardanesh sakhte|javab nemide: hard to wake
vakonesh nemide|vakonesh neshun nemide|hushyar nist|hoshyar nist|hushyarish kame|bidar nemishod: hard to wake
gardanam khoshk shode|gardanesh khoshk shode|khoshki gardan|gardanam seft shode|gardanesh seft shode|gardan khoshk: stiff neck
seftiye gardan|sefti gardan|gardanam gerefte|gardanam ghofl shode|nemitunam gardanamo tekun bedam: stiff neck
nemitunam saramo kham konam|gardanam tekun nemikhore|gardanesh tekun nemikhore|gardanam khoshke: stiff neck; khoshk: dry
nur|roshanai: light
nur cheshmamo aziat mikone|nur aziatam mikone|nur aziat mikone|az nur aziat misham|cheshmam be nur hasase: light hurts my eyes
hasasiat be nur|nemitunam be nur negah konam|nur cheshmamo mizane|nur cheshmam ro mizane|nur azaram mide: light hurts my eyes
nur azyatam mikone|nur azyat mikone|az nur azyat misham|cheshmam be nur hassase|hassasiat be nur: light hurts my eyes
az nur farar mikone: light hurts my eyes
sardard|sar dard|saram dard mikone|saram dard mikne|dard sar|migren|saram dard dare|sarash dard mikone|sardardam: headache
sardard shadid|sar dard shadid|sardarde shadid|sar darde shadid|sardard vahshatnak|sardard kheili shadid: severe headache
saram dare mitereke|saram mitereke|saram kheili dard mikone|badtarin sardard|sardard badi|sar darde bad: severe headache
sarash dare mitereke|sar dard kheili shadid|sardarde kheili shadid: severe headache
estefragh|estefragh kardam|estefragh mikonam|estefragh kard|bala avordam|bala miaram|bala miare|bala avord: vomiting
ogh mizanam: vomiting; halat tahavo|tahavo|delam beham mikhore|halat tahavoe: nausea
bosurat|dune haye riz|kahir|hasasiat pusti|jush riz|dane haye ghermez|dune dune: rash; lake|lakke|lakeha|khal khal: spots
lake haye banafsh|lakke haye banafsh|noghte haye banafsh|lake haye arghavani|noghte haye ghermez riz: purple spots
khalhaye banafsh: purple spots; lake banafsh|lakehaye banafsh|noghte haye riz ghermez: purple spots
livan|estekan|shishe: glass
ba feshar livan|zir livan|ba livan|feshar livan: when i press the glass
feshar midam|feshar bedam|feshar dadam|vaghti feshar midam|vaghti feshar dadam|fesharesh midam: when i press
mahv nemishe|kamrang nemishe|rangesh nemire|pak nemishe|sefid nemishe|mahv nashod|kamrang nashod: do not fade
rangesh avaz nemishe: do not fade; mahv mishe|kamrang mishe: fade
tashannoj|tashanoj|tashanoj kard|tashanoj kardam|hamle sar|kaf kard|tashanoj dasht: seizure
yek taraf badanam bi hes|ye taraf badanam zaif|yek taraf badanesh bi hes|ye taraf badanesh bi hes: weakness on one side
nesfe badanam bi hes: weakness on one side
ye taraf badanam zaif shode|ye tarafe badanam bihes shode|ye taraf badanesh zaif shode: weakness on one side
nesfe badanesh bi hes: weakness on one side; falaj shode: weakness on one side; falaj: paralysed
bi hes|bihes|bi hesi|kerekh|kerekhti|sar shode: numb
suratesh kaj shode|dahanesh kaj shode|ye taraf suratesh oftade|suratam kaj shode|dahanam kaj shode: face drooping
suratesh oftade: face drooping
dobini|do ta mibinam|dota mibinam|hame chizo dota mibinam|hame chi ro do ta mibinam|dota mibine: double vision
tari did|tar mibinam|cheshmam tar mibine|didesh tar shode|tar mibine: blurred vision; tar: blurry
nemitunam nafas bekesham|nemitunam nafas bekeshm|nafasam bala nemiad|nafasam band umade: can not breathe
nafas nemitunam bekesham: can not breathe
khafe misham|daram khafe misham|nemitune nafas bekeshe|nafasesh bala nemiad|nafasesh band umade|nafas nemikeshe: can not breathe
nafasam dar nemiad: can not breathe
tangi nafas|nafas tangi|nafasam tange|nafasam tang shode|nafas kam miaram|nafasam kam miad|nafas nafas mizanam: short of breath
nafasam migire|be sakhti nafas mikesham|nafas keshidan sakhte|nafas keshidanam sakht shode|sakht nafas mikesham: short of breath
khes khes|sedaye khes khes: wheezing
galum baste shode|galum dare baste mishe|galum baste mishe|galush baste shode|galum tang shode: my throat is closing
galum jam shode: my throat is closing
nemitunam ghurt bedam|ghurt dadan sakhte|nemitunam ab dahanamo ghurt bedam|bale sakhte|nemitune ghurt bede: i can not swallow
dard ghafase sine|dard sine|sine dard|sinam dard mikone|sineam dard mikone|ghafase sinam dard mikone: chest pain
sinam tir mikeshe: chest pain
feshar ruye sine|sangini sine|sinam sangine|sinash dard mikone|sinam dard mikne|sine dardam: chest pain
ghash kardam|ghash kard|bihush shod|bihush shodam|az hush raft|az hush raftam|az hal raftam|az hal raft: fainted
bihush|ghash: fainted; oftad zamin|zamin khord|naghshe zamin shod|az pa oftad|vel shod|yehu oftad: collapsed; oftad: fell
oftadam: i collapsed
ghalbam tond mizane|tapesh ghalb|tapeshe ghalb|ghalbam tond tond mizane|zarabane ghalbam balast: heart racing
zaraban ghalbam tonde: heart racing
ghalbam kheili tond mizane|ghalbam dare az jash kande mishe|zaraban bala|zarabanam balast|ghalbesh tond mizane: heart racing
tapesh ghalb daram|zarabane ghalb bala|zarban ghalbam balast|zarban bala: heart racing; zaraban|zarban|nabz: pulse
tond|sari|tond tond: fast; mizane: -; tond mizane|tond tond mizane: is beating fast
fesharam oftade|fesharam paeine|fesharam payine|feshar khunam paeine|fesharam kheili paeine|oft feshar: low blood pressure
fesharesh oftade: low blood pressure
fesharesh paeine|feshar paein|feshar payin|fesharam paein umade|fesharam oft kard: low blood pressure
feshar khun|feshar|fesharam|fesharesh|feshare khun|feshar khunam: blood pressure
edrar nakardam|jish nakardam|dastshuyi naraftam|edraram nemiad|edrar nemiad|jisham nemiad|edrar nadaram: i have not urinated
shash nakardam|edrar nakarde|jish nakarde|dastshuyi narafte|edraresh nemiad|aslan edrar nakardam: i have not urinated
edrar nadare: i have not urinated
pustam lak lak shode|pustesh lak lak shode|lak lak|ablagh|rage rage|marmari|rang be rang: mottled
kabud|kabud shode|abi|abi shode|banafsh|banafsh shode: blue; kabudi: bruises; khakestari|tusi: grey
rangesh paride|rangam paride|rang paride|mesle gach sefid|mesle gach shode: very pale; zard: yellow
daram mimiram|hes mikonam daram mimiram|ehsas mikonam daram mimiram|engar daram mimiram|mimiram: i feel like i might die
hese marg|ehsas mikonam mimiram|fekr mikonam daram mimiram|hes mikonam mimiram: i feel like i might die
az khande mimiram|az khande mordam|daram az khande mimiram: laughing
dard shadid|darde shadid|dard kheili shadid|dardesh shadide|dard ziad|dardesh kheili ziade|dard badi|darde bad: severe pain
gheyre ghabele tahammol|gheir ghabel tahamol|gheyr ghabel tahamol|ghabel tahamol nist|ghabele tahammol nist: unbearable
nemitunam tahamol konam|tahamolesh sakhte|dard amunamo borideh: unbearable
az dard daram mimiram|az dard mordam: unbearable pain
dard vahshatnak|darde vahshatnak|dardesh gheyre ghabele tahammole: unbearable pain; vahshatnak|aftezah|kheili bad: terrible
shadid: severe; bala|balast: high; salam|dorud|vaght bekheir|ruz bekheir|sobh bekheir: hello
mamnun|mersi|motashakeram|sepas|mersii: thanks; kuchik|kuchak|riz: small; khafif|mokhtasar: mild; kam: a little
hasas|hassas: tender; mariz|bimar: sick; khaste|khastam|khaste am: tired
sargije|saram gij mire|gij miram|sargije daram: dizzy
zaf|zaaf|zaf daram: weakness; zaif: weak; khun: blood; khunrizi: bleeding; dalame|puste: scabs; zakhm|zakhmi: wound
kharesh|khareh|mikhare|kharesh dare: itching; jadid|taze: new; atraf|dor|doresh|atrafesh|dor o bar: around
ja|jaye|mahal: place
zaher shode|zade birun|peyda shode: appeared; ehsas mikonam|hes mikonam: i feel; fekr mikonam: i think
halam bade|halam khub nist|halesh bade|halam kharabe|halesh khub nist|halesh kharabe: i feel unwell
hame chi khube|hame chiz khube|hame chi okeye|hame chiz morattabe|moshkeli nist|moshkeli nadaram|khubam|halam khube: all fine
khub shod|az bein raft|az bin raft|bartaraf shod|rafe shod|khub shodam: went away; behtar shod: better; behtar: better
badtar|badtar mishe|badtar shod: worse; khub: good; hararat: temperature; shadidi: severe; tude*: lump; ijad shod: appeared
gostaresh: spreading; dar hale gostaresh ast|dar hale gostaresh|dar hale pakhsh shodan: is spreading
dard shadidi|darde shadidi: severe pain; hushyarish kam shode|hushyarish paeine|sathe hushyari paein: barely conscious
edrar nemikonam|edrar nemikone|jish nemikonam|jish nemikone: i have not urinated
hararat daram|hararatam balast: i have fever
chizi nist|chizim nist: nothing wrong; tazrigh*|ampul*|suzan*: injection; ghodde*: lump; ghermez*: red; cherk*: pus
lakke*: spots; mezoterapi*: mesotherapy; tike|ye tike|ye ghesmat: patch; az muham|az muha|az muhash|az muye saram: of hair
rikht|rikhte shode: fell out; kamel|kamelan: completely; yehu|yehoyi|nagahan|yekdafe: suddenly
tar shod|didam tar shod|didam tar|did tar|cheshmam tar shod: blurred vision
gheir ghabele tahamole|ghabele tahammol nistesh: unbearable; nemitunam: i can not; nemitune: he can not; mitune: can
bekesham|bekeshe|keshidan: draw; aziat|azyat: bother; bidar: awake; khab: sleep; harf|harfaye|harfhaye: talk
hush|hushyar: conscious; tapesh: palpitations; oftade: fallen; paein|payin: low; rangesh|rangam|rang: colour; paride: faded
rast|rastam: right; chap|chapam: left; boland konam|bolandesh konam|boland kardan: lift
darde saram|dard saram|dard tu saram: pain in my head; taraf: side; ye taraf|yek taraf: one side; ha|haye: -; dota|do ta: two
mibinam: i see; mibine: he sees; ghurt: swallow; baste: closed; javab: answer; asar|asari: effect; rizesh: falling
pakhsh: spread; khat|khotut|khatha: lines; rage|rageha: streaks; dardesh|dardam: pain; tahamol|tahammol: bearable
gheyr|gheir: non; lak: spot; ghafase: cage; hal|halam|halesh: state; modam|hamash|daem: all the time; samt|be samt: towards
resid: reached; dar umadan|darumadan|dar umad|darumad: appeared; hazine|gheymat: cost
moassere|moaser ast|asar dare: does it work; dardesh gheyre ghabele tahammole: unbearable pain
gij mizane|gij mizaneh|gij shode|gij e: is confused
nemidoone koja hast|nemidune koja hast|nemidoone kojast: does not know where he is
shohare man|shoharam|shohar man: my husband
"""


def _finglish(data: str) -> str:
    """The Finglish glossary with every key's other usual spellings ("khun" "khoon", "ghodde" "qodde" "ghoddeh", and
    the ezafe written on: "dard" "darde") listed first. A written key keeps its meaning; a spelling two keys share
    goes to the key it is fewer changes from ("dare" has: "dareh", not "dar" in)."""
    entries = [(n.split("|"), e.strip()) for n, sep, e in (c.partition(":") for c in re.split(r"[;\n]", data)) if sep]
    keys = {" ".join(k.split()) for names, _ in entries for k in names}
    best: Dict[str, Tuple[int, int, str]] = {}
    for order, (names, english) in enumerate(entries):
        for name in names:
            for form, changes in _spellings(" ".join(name.split())).items():
                if form not in keys and (changes, order) < best.get(form, (99, 0, ""))[:2]:
                    best[form] = (changes, order, english)
    return "\n".join(f"{form}: {english}" for form, (_, _, english) in sorted(best.items())) + "\n" + data


def _spellings(key: str) -> Dict[str, int]:
    """A key's spellings and how many changes each is from it."""
    forms = {key: 0}
    for old, new in ((r"u", "oo"), (r"gh", "q"), (r"(?<=[a-z]{2}[b-df-hj-np-tv-z])$", "e"), (r"(?<=[a-z]{2}e)\b", "h")):
        for form, changes in list(forms.items()):
            forms.setdefault(re.sub(old, new, form), changes + 1)
    return forms


_PERSIAN_LATIN = _finglish(PERSIAN_LATIN)
_L = ARABIC_LETTERS
_FA_NEG = "ندارم|نداره|ندارد|نداري|نداريم|ندارن|نداشتم|نداشت|نداشته|نيست|نيستم|نيستش|نبود|نبوده|نشده|نشد|نكرده|نكردم|نكرد"
_FA_NEG += "|نميكنه|نميكند|نميكنم"
_FA_VERB = f"دارم|داره|دارد|داري|داريم|دارن|دارند|داشتم|داشت|است|هست|هستم|شده|شد|شدم|كرده|كرد|كردم|بود|بودم|بوده|ن?مي[{_L}]*"
_FA_STOP = "و|يا|ولي|اما|چون|كه|وقتي|اگر|اگه|تا|بعد|ولى|نه"
# a medicine before the verb that takes it: "i take steroids" is read as one (brief §4b: steroids)
_FA_DRUG = transliterate("کورتون|کورتن|استروئید|پردنیزولون|دگزامتازون|قرص کورتون|آنتی بیوتیک|آنتیبیوتیک")
_FA_TAKE = transliterate("مصرف میکنم|میخورم|مصرف میکنه|میخوره|میگیرم|میزنم|مصرف کردم")
_LA_DRUG = "korton|kurton|esteroid|prednizolon|dexametazon|ghors korton|antibiotik|anti biotik"
_LA_TAKE = "masraf mikonam|mikhoram|masraf mikone|mikhore|migiram|mizanam|masraf kardam"
_LA_NEG = "nadaram|nadare|nadarad|nadari|nadarim|nadaran|nadashtam|nadasht|nadashte|nist|nis|nistam|nistesh|nabud|nabude"
_LA_NEG += "|nashode|nashod|nakarde|nakardam|nakard|nemikone|nemikonad|nemikonam"
_LA_VERB = "daram|dare|darad|dari|darim|daran|darand|dashtam|dasht|ast|hast|hastam|shode|shod|shodam|karde|kard|kardam|bud|budam"
_LA_VERB += "|n?e?mi[a-z]*"
_LA_STOP = "va|o|ya|vali|ama|chon|ke|vaghti|agar|age|ta|bad|baad|na"


def kept_before_negation(data: str, neg: str) -> str:
    """The words a glossary key puts before a negated verb ("ادرار نکردم" I have not urinated): left where they are."""
    keys = (k for c in re.split(r"[;\n]", data) for k in c.partition(":")[0].split("|"))
    words = {w[i - 1] for w in (transliterate(k).split() for k in keys) for i in range(1, len(w)) if re.fullmatch(neg, w[i])}
    return "|".join(sorted(words, key=len, reverse=True))


def negation_rules(letters: str, neg: str, verb: str, stop: str, keep: str, also: str) -> Tuple[Rule, ...]:
    """A negated verb before the word it follows, or before a list of up to three joined by "و"/"یا" ("va"/"o"/"ya"),
    which then become "nor": "تب و چرک ندارم" -> "ندارم تب nor چرک" (i do not have fever nor pus)."""
    end = f"(?![{letters}])"
    word = f"(?:(?!(?:{neg}|{verb}|{stop}){end})[{letters}]+)"
    last = f"(?:(?!(?:{keep}){end}){word})"  # the word just before the verb
    join = f"(?:{'و|يا' if letters == _L else 'va|o|ya'})"
    start = f"(?<![{letters}])"
    return (
        (f"{start}({word}) {join} ({word}) {join} ({last}) ({neg}){end}", r"\4 \1 nor \2 nor \3"),
        (f"{start}({word}) {join} ({last}) ({neg}){end}", r"\3 \1 nor \2"),
        (f"{start}({last})((?: (?:{also}))?) ({neg}){end}", r"\3 \1\2"),  # "درد هم نمی‌کنه": does not pain also
    )


RULES: Dict[str, Tuple[Rule, ...]] = {
    "fa": (
        ("\u200c", ""),  # "می‌کنم" -> "ميكنم", "لب‌هایم" -> "لبهايم"
        (f"(?<![{_L}])(ن?مي) (?=[{_L}])", r"\1"),  # "می کنم" -> "ميكنم"
        (f"(?<![{_L}])({_FA_DRUG}) ({_FA_TAKE})(?![{_L}])", r"\2 \1"),  # "کورتون مصرف می‌کنم": i take steroids
        *negation_rules(
            _L, *map(transliterate, (_FA_NEG, _FA_VERB, _FA_STOP, kept_before_negation(PERSIAN, _FA_NEG), "هم|اصلا|دیگه|هنوز"))
        ),
    ),
    "fa_latin": (
        (r"(?<=[a-z])['\u2019`](?=[a-z])", ""),  # "ba'd", "za'if"
        (r"(?<=[a-z])-y?e\b", ""),  # the ezafe: "dard-e shadid", "ja-ye tazrigh"
        (r"(?<=[a-z])-(?=[a-z])", " "),  # "harf-haye bi-rabt", "mi-konam"
        (r"(?<=[a-z]) e (?=[a-z])", " "),  # "dard e shadid"
        (r"\b(n[ae]?mi) (?=[a-z]{2})", r"\1"),  # "mi konam", "nemi tunam"
        (rf"\b({_LA_DRUG}) ({_LA_TAKE})\b", r"\2 \1"),
        *negation_rules(
            "a-z", _LA_NEG, _LA_VERB, _LA_STOP, kept_before_negation(_PERSIAN_LATIN, _LA_NEG), "ham|aslan|asalan|dige|hanuz"
        ),
    ),
}

LANGUAGES: Dict[str, str] = {"fa": PERSIAN, "fa_latin": _PERSIAN_LATIN}
