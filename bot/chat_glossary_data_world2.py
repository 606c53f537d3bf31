"""Glossaries for Arabic in Arabic script and Russian (same format as `bot.chat_glossary_data`); Dutch and
Romanian are in `bot.chat_glossary_data_world3`.

Arabic keys are written in Arabic script (Modern Standard Arabic plus everyday Egyptian, Levantine and Gulf
words). `bot.chat_scripts` unifies spelling variants before matching (hamza seats, taa marbuta, alif
maqsura, tatweel), so "حرارة" and "حراره" are one key. Arabic writes "and", "so", "with", "to" and "the"
onto the next word ("والحرارة"): ``PREFIXES`` splits them off when the rest of the word is a key.

Russian keys are written in the Latin letters `bot.chat_scripts` gives Cyrillic ("у меня температура" ->
"u menya temperatura"), so one glossary reads both Cyrillic and Latin "translit". ``SPELLING`` turns the
other usual translit spellings into that one ("kh" -> "h", "j" -> "y", soft-sign apostrophes dropped);
"c" for "ts" is listed in the keys instead ("serdce"), since a rewrite would make English "abscess" Russian.
Russian inflects, so many keys are stems ("krasn*" red, "temperatur*" fever).
"""

from __future__ import annotations

from typing import Dict, Tuple

Rule = Tuple[str, str]

ARABIC = """
انا: i; عندي|لدي|عندى|معي|عندي انا: i have; عنده|لديه|عندو: he has; عندها|لديها: she has; عندك|لديك: you have
كان عندي|كانت عندي|كان لدي|كان معي|كان فيه: i had; كان عنده|كان عندها|كانت عندها|كان لديه|كان لديها: had
صار عنده|صار عندها|طلع له|طلعت لها|طلعله|طلعلها|جاله|جالها|اصيب|اصيبت: had; كان|كانت|كنت: was
صار|صارت|اصبح|اصبحت: became; هو: he; هي: she; انت|انتي: you; نحن|احنا|حنا: we; هم|هما: they; في|بداخل: in
فيه|يوجد|هناك: there is; ما في|مافي|مفيش|مافيش|ما فيه|لا يوجد|ليس هناك|ماكو|مافيه|ما فيش: there is no
ما عندي|ماعندي|معنديش|ما عنديش|ليس لدي|ليس عندي|لا يوجد لدي|مو عندي|مش عندي|ما عندى: i do not have
ما عنده|ما عندها|ماعنده|ماعندها|معندوش|معندهاش|ليس لديه|ليس لديها: has no; لا: no; لم|ما: not
مش|مو|ليس|ليست|مب|موب|مهوب|مش هو: not; لن: will not; ولا: nor; ابدا|نهائيا|خالص|اطلاقا|بالمره: at all
و: and; او: or; لكن|بس|بل|لاكن: but; مع: with; بدون|بلا|من غير|دون: without; على|عل: on; من: from
منذ|صارلي|صار لي|صار له|صار لها|صارله|صارلها|من حوالي: since; عن: about; الى|لي|لل: to; ان|انه|انها: that
هذا|هذه|هاد|هادا|هادي|هاي|ده|دي|هذي|هيدا|هيدي|هالشي: this; ذلك|تلك|هذاك|داك: that; الذي|التي|اللي: that
جدا|كتير|كثير|اوي|قوي|مرا|وايد|بزاف|بشده|بقوه|للغايه: very; شوي|شويه|قليل|قليلا|بسيط: a little
اكثر|اكتر|زياده|بزياده: more; مثل|زي|متل|كأن: like; بعد|بعدين|بعد ما|عقب: after; قبل: before; مره: once
اليوم|النهارده|النهاردة|هاليوم|اليوم ده: today; امس|امبارح|مبارح|البارحه|البارح|اول امبارح: yesterday
امبارح بالليل|البارحه بالليل|الليله الماضيه|ليله امس|امس بالليل|مبارح بالليل|ليلة البارحه: last night
بكره|بكرا|غدا|باكر|بكرة|بكرى: tomorrow; الصبح|الصباح|هذا الصباح|صباح اليوم|اليوم الصبح|الصبح ده: this morning
الليله|بالليل|هاليله|الليلة دي|الليلة هذه: tonight; هذا الاسبوع|الاسبوع ده|هالاسبوع|هالجمعه: this week
الاسبوع الماضي|الاسبوع اللي فات|الجمعه الماضيه|الاسبوع الي فات|الاسبوع الفايت|الجمعه اللي فاتت: last week
الشهر الماضي|الشهر اللي فات|الشهر الي فات|الشهر الفايت: last month
السنه الماضيه|السنه اللي فاتت|العام الماضي|السنه الي فاتت|السنه الفايته|العام الفايت: last year
من زمان|زمان|من زمان كتير|من فتره طويله|من مده طويله: long ago; من سنين|من سنوات|منذ سنوات|من كذا سنه: years ago
لما كنت صغير|لما كنت صغيره|وانا صغير|وانا صغيره|في طفولتي: as a child; يوم|نهار: day; يومين|يومان: two days
ايام: days; اسبوع|جمعه: week; اسبوعين|اسبوعان|جمعتين: two weeks; اسابيع: weeks; شهر: month
شهرين|شهران: two months; شهور|اشهر: months; سنه|عام: year; سنتين|عامين|سنتان: two years; سنين|سنوات|اعوام: years
ساعه: hour; ساعتين|ساعتان: two hours; ساعات: hours; خلال ساعات قليله|خلال ساعات|في ساعات قليله|في غضون ساعات: within a few hours
شديد جدا: very severe; دقيقه: minute; دقايق: minutes; درجه|درجات: degrees
اذا|لو|في حال|في حاله|بحال|لو صار|اذا صار|اذا كان|لو كان|لو حصل|اذا حصل|افرض|لنفترض: if
لما|عندما|حين|لمن|وقت ما: when; لان|عشان|علشان|لانه|لانها|بسبب: because
قال|قالت|قالوا|قال لي|قالت لي|قالي|قالتلي|قالولي|قاللي|قالتله: said; يقول|تقول|بيقول|بتقول|يقولون|بيقولوا: says
سمعت|قريت|قرات|شفت في النت|قريت في النت|على النت|في الانترنت|على الانترنت|بالنت|عالنت|على جوجل: read online
ايه|شو|ايش|شنو|ماذا|ما هو|ما هي|ماهو|ماهي|اش: what; وش: what; شي|شيء|حاجه|اشي|حاجات: something
ماذا افعل|ماذا يجب ان افعل|اعمل ايه|شو اعمل|شو لازم اعمل|وش اسوي|ايش اسوي|شنو اسوي|ايش اعمل: what should i do
ماذا علي ان افعل|نعمل ايه|شو بعمل|شو نعمل|وش نسوي|المفروض اعمل ايه|ايش الحل|شو الحل|وش الحل|ما العمل: what should i do
ليه|ليش|لماذا|لمه|ليشو: why; امتى|متى|امته|ايمتى|وقتيش: when; ازاي|كيف|شلون|كيفاش|اشلون: how; كم|كام: how many
قد ايه|اد ايه|قديش|لمتى|الى متى|كم من الوقت: how long; تاني|ثاني|مره تانيه|مره ثانيه|كمان مره|مجددا: again
من جديد|تاني مره|مره اخرى|كمان: again; طبيعي|عادي: normal; هل: -
هل هذا طبيعي|هذا طبيعي|ده طبيعي|هاد طبيعي|هيدا طبيعي|هل هذا عادي|عادي ولا لا|طبيعي ولا لا|ده عادي: is it normal
هذا عادي|هل ده طبيعي|هل هذا امر طبيعي|هل ده عادي|هاد عادي|هيدا عادي|هذا شي طبيعي|طبيعي هذا: is it normal
ممكن|يمكن|اقدر|استطيع|بقدر|قادر|يقدر|اقدر انا: can; احس|حاسس|حاسه|اشعر|حاس|بحس|اني احس: i feel
كويس|كويسه|منيح|منيحه|تمام|بخير|زين|زينه|مليح|مليحه|ماشي الحال: fine; سيء|وحش: bad
كله تمام|كل شي تمام|كله كويس|كل شيء بخير|كل شي منيح|كل شي زين|كلو تمام|الحمد لله كله تمام|كله بخير: all fine
احسن|افضل|ارتحت: better; اسوا|اوحش|اسوء|ازفت: worse; راح|راحت|اختفى|اختفت|خف|خفت|زال|زالت|انتهى: went away
شفي|شفيت|طاب|طابت|تعافيت|تعافى|التام|لم الجرح: healed
زوجي|جوزي|رجالي|زوجى|ابو العيال: my husband; زوجتي|مراتي|مرتي|زوجتى|حرمتي|ام العيال: my wife
اختي|خيتي: my sister; اخوي|اخويا|اخي|خيي: my brother; امي|ماما|والدتي|يما|امى|يمه: my mum
ابوي|ابي|بابا|والدي|ابويا|يبه: my dad; ابني|ولدي: my son; بنتي|ابنتي: my daughter
صاحبي|صاحبتي|صديقي|صديقتي|رفيقي|رفيقتي|صحبتي|صحبي|خويي|خويتي|صديقه لي|صديق لي|واحده صاحبتي: my friend
جاري|جارتي|جيرانا: my neighbour; طفل|طفله|بيبي|عيل|طفلي|طفلتي|ولد صغير|بنت صغيره|اطفال: child
حد|احد|واحد|شخص|حدا|واحده|ناس كتير: someone; ناس|الناس: people
دكتور|دكتوره|طبيب|طبيبه|الدكتور|الدكتوره|دكتوري|طبيبي|الطبيب: doctor; واحد: one
اثنين|اتنين|اثنان|تنين|ثنين: two; ثلاثه|تلاته|ثلاث|تلات: three; اربعه|اربع: four; خمسه|خمس: five
سته|ستة: six; سبعه|سبع: seven; ثمانيه|تمانيه|ثمان|تمن: eight; تسعه|تسع: nine; عشره|عشر: ten
راس|دماغ|الراس: head; راسي|رأسي|دماغي|نافوخي: my head; راسه|دماغه: his head; راسها|دماغها: her head
في راسي|على راسي|براسي|فوق راسي|بدماغي|في دماغي: on my head
فروه الراس|جلده الراس|جلد الراس|فروه راسي|جلد راسي|جلده راسي|فروه الرأس: scalp
شعر|شعري|الشعر|شعره|شعرها: hair; رقبه|رقبتي|عنق|الرقبه|رقبته|رقبتها|عنقي: neck
صدر|صدري|الصدر|صدره|صدرها: chest; قلب|قلبي|القلب|قلبه|قلبها: heart
شفايف|شفايفي|شفاه|شفتي|شفتين|شفتاي|شفته|شفايفه|شفايفها|شفاهي|شفتيه|شفتيها: lips
لسان|لساني|لسانه|لسانها: tongue; حلق|حلقي|زور|زوري|بلعوم|حنجره|بلعومي|حلقه|حلقها: throat
عين|عيني|عيون|عيوني|عينيا|عينيه|عينين|عينيها|عيونه|عيونها|عينه|عينها: eyes; جفن|جفوني|جفون|جفني: eyelids
وجه|وجهي|وشي|وجهه|وجهها|وشه|وشها|الوجه: face; جبهه|جبهتي|جبين|جبيني: forehead; جلد|جلدي|بشره|بشرتي: skin
عضلات|عضلاتي|عضل: muscles; ايد|ايدي|يد|ذراع|دراعي|ذراعي: arm; ساق|رجلي: leg; فم|تمي|بقي|فمي|ثمي: mouth
بول|تبول|البول: urine; نفس|نفسي|تنفس|تنفسي|نفسه|نفسها: breath; بلع: swallow
ميزو|ميزوثيرابي|ميزوثرابي|ميزوتيرابي|ميسو|ميزوثيرابى|ميزوثيرابيا|ميزوتراب|الميزوثيرابي|ميزو ثيرابي: mesotherapy
جلسه|جلسات|سيشن: session
حقنه|حقن|ابره|ابر|وخز|وخزه|شكه|الابر|الحقن|ابر الشعر|حقن الشعر|حقن الفيتامينات|حقن البلازما: injection
مكان الحقن|مكان الابره|مكان الحقنه|اماكن الحقن|مكان الابر|موضع الحقن|مكان الوخز|مكان الشكه|اماكن الابر: injection site
علاج|العلاج: treatment; عياده|مركز|العياده|المركز: clinic; مستشفى|المستشفى: hospital
طوارئ|الطوارئ|اسعاف|الاسعاف|الطوارق|قسم الطوارئ|الايمرجنسي: emergency department
مضاد حيوي|مضادات حيويه|انتيبيوتك|مضاد|المضاد|اوجمنتين|مضادات: antibiotics; دوا|دواء|حبوب|اقراص|ادويه: pills
كتله|كتل|عقده|نتوء|كوره|كويره|غده|بروز|كلكوعه|زره|بلوه|حبه كبيره|ورم صغير|عقيده: lump
كتل جديده|عقد جديده|كور جديده|ورم جديد|حبوب جديده|كتله جديده|عقده جديده: new lumps
ورم|تورم|انتفاخ|نفخه|تنفيخ|التورم|الورم|الانتفاخ: swelling
وارم|وارمه|متورم|متورمه|منفوخ|منفوخه|منتفخ|منتفخه|ورمان|منفخ|ورمت|تورمت|انتفخ|انتفخت|نفخ|منفخه: swollen
حبايه|حبه|بثره|بثور|حبوب حمرا: pimple; دمل|دمله|دمامل: boil; خراج|خراريج|خراجات|دمله صديد: abscess
كيس|كيسه|كيس دهني: cyst; احمر|حمرا|حمراء|محمر|محمره|احمرت|حمر|حمراء اللون|لونه احمر: red
احمرار|حمره|الاحمرار|احمرار شديد: redness
سخن|سخنه|ساخن|ساخنه|حار|حاره|حامي|حاميه|دافي|دافيه|دافئ|نار|مولع|مولعه|يحرق|بيحرق|حرقان: hot
الم|وجع|اوجاع|الام|وجعه|الالم: pain
يوجعني|بيوجعني|توجعني|بتوجعني|يالمني|يولمني|تولمني|يعورني|تعورني|عم يوجعني|بوجعني|بيوجع|يوجع|توجع: hurts
بتوجع|موجوع|موجوعه|عم توجعني|تالمني|بيألمني|بيوجعني جامد|وجعاني|واجعني|بيعورني: hurts
مولم|مولمه|موجع|موجعه|يوجع كتير: painful
صديد|قيح|قيحي|صديدي|القيح|الصديد: pus
يطلع صديد|يطلع منه صديد|بيطلع صديد|طالع صديد|طالع منه صديد|يخرج صديد|يخرج منه قيح|ينز صديد: pus is coming out
ينز قيح|بينزل صديد|يخرج قيح|عم يطلع قيح|خرج صديد|طلع صديد|طلع منه صديد|بيطلع منه صديد|فيه صديد: pus is coming out
افرازات|سائل|افراز|رشح|ماء اصفر|ميه صفرا|سوائل: discharge
التهاب|التهابات|عدوى|عدوه|تلوث|انتان|انفكشن|جرثومه|ميكروب: infection
ملتهب|ملتهبه|ملوث|ملوثه|متلوث|متلوثه|ملتهبة|ملتهبين|مصاب بعدوى: infected
بينتشر|ينتشر|تنتشر|بتنتشر|عم ينتشر|عم تنتشر|انتشر|انتشرت|يتوسع|بيوسع|يمتد|امتد|امتدت|تتوسع|توسع: is spreading
يتسع|تتسع|اتسع|اتسعت|بيتسع|عم يتسع: is spreading
يزيد|تزيد|بيزيد|بتزيد|زاد|زادت|بيوسع وينتشر|عم يكبر وينتشر|تمدد|يتمدد: is spreading
بسرعه|سريع|سريعه|سريعا|بسرعه كبيره|بشكل سريع: fast
ينتشر بسرعه|بينتشر بسرعه|تنتشر بسرعه|بتنتشر بسرعه|عم ينتشر بسرعه|انتشر بسرعه|يمتد بسرعه: spreading rapidly
خطوط حمرا|خطوط حمراء|خط احمر|خطوط حمر|خيوط حمرا|خطوط حمراء طالعه|خط احمر طالع: red streaks
بيكبر|يكبر|تكبر|بتكبر|كبر|كبرت|عم يكبر|عم تكبر|يزيد حجمه|زاد حجمه|زاد حجمها|حجمه بيزيد|حجمها بيزيد: is growing
اكبر|كبير|كبيره|بحجم: bigger
كل يوم اكبر|كل يوم بيكبر|بيكبر كل يوم|اكبر واكبر|يكبر كل يوم|عم يكبر كل يوم|يكبر اكثر واكثر: getting bigger
مش بيخف|ما خف|ما بيخف|مافي تحسن|لا يتحسن|ما تحسن|لم يتحسن|مش بيروح|ما راح|ما بروح|ما عم يخف: not improving
ما يتحسن|مش بيتحسن|ما فيه تحسن|ما في تحسن|لا تحسن|بدون تحسن|ما يروح|مو راضي يروح|مش راضي يخف: not improving
ما نفع|لم ينفع|ما فاد|ما جاب نتيجه|ماجاب نتيجه|ما اشتغل|مش نافع|لم يفد|بدون فايده|ما نفعت|ما فادت: did not work
تساقط الشعر|تساقط شعر|وقوع الشعر|شعري بيقع|شعري يتساقط|شعري عم يوقع|سقوط الشعر|شعري يطيح|الشعر بيقع: hair loss
صلعه|فراغ|فراغات|منطقه صلعاء|بقعه صلعاء|بقع صلعاء|مكان بدون شعر|بقعه بدون شعر|بقع بدون شعر|فراغات بالشعر: bald patch
ندبه|ندب|اثر|علامه|تليف: scar; قاسي|قاسيه|صلب|صلبه|جامد|جامده|ناشف|ناشفه: hard
حراره|سخونيه|سخونه|حمى|حمي|سخونيه|حرارتي|حرارته|حرارتها|السخونيه: fever
حراره عاليه|حراره مرتفعه|حمى شديده|سخونيه عاليه|حراره عالي|حراره قويه|سخونه عاليه|حرارتي عاليه: high fever
قشعريره|قشعريرة|قشعريره شديده: chills
رعشه|رجفه|ارتجاف|برتعش|بترعش|ارتعش|برجف|ارجف|يرجف|ترجف|عم ارجف|انتفاض|برتجف|ارتجف|ترتجف|يرتجف: shivering
بردان|بردانه|برد|سقعان|سقعانه|بارد|بارده|مبرد|متجمد|بتجمد: cold; بردان جدا|بردان كتير|بردانه كتير: very cold
مش قادر اوقف|ما بقدر وقف|لا استطيع التوقف|ما اقدر اوقف|ما يوقف|مش بيوقف|ما عم يوقف|بدون توقف: uncontrollable
لا يمكن السيطره|مش قادر اسيطر|ما اقدر اسيطر|ما في سيطره: uncontrollable
سكر|سكري|مرض السكر|داء السكري|مرض السكري: diabetes
عندي سكر|عندي السكري|عندي السكر|عندي مرض السكر|مصاب بالسكري|مصابه بالسكري: i have diabetes
مريض سكر|مريضه سكر|مريض سكري|مريضه سكري: diabetic; مناعه|المناعه|جهاز المناعه: immune system
مناعه ضعيفه|مناعتي ضعيفه|ضعف المناعه|ضعف مناعه|نقص المناعه|مناعتي قليله|مناعتي ضعيفة|مناعه قليله: weak immune system
كورتيزون|ستيرويد|ستيرويدات|سترويد|كورتيكوستيرويد|بريدنيزولون|كورتيزونات|كورتيزون حبوب: steroids
كيماوي|كيميائي|علاج كيماوي|كيمو|كيميو|علاج كيميائي: chemotherapy; حامل|حبلى|حبله: pregnant
مش واعي|مو واعي|غير واعي|مش واعيه|مو واعيه|ملخبط|ملخبطه|مشوش|مشوشه|مرتبك|مرتبكه|تايه|تايهه: is confused
مش مركز|مش مركزه|يخرف|بيخرف|بتخرف|يهلوس|بيهلوس|يهذي|بيهذي|تهذي|متلخبط|متلخبطه|مخربط|مخربطه: is confused
مش عارف هو فين|مش عارفه هي فين|ما بيعرف وين|ما يعرف وين|ما بيعرفني|مش عارفني|مش بيعرفني|ما يعرفني: is confused
ما تعرفني|مش بتعرفني|ما بتعرفني|فاقد التركيز|مش مدرك|غير مدرك|ارتباك|تشوش|هذيان|مش فاهم حاجه: is confused
كلامه مش مفهوم|كلامها مش مفهوم|كلامه تقيل|كلامها تقيل|لسانه تقيل|لسانها تقيل|لسانه ثقيل: slurred speech
كلامه ثقيل|بيتكلم بصعوبه|يتكلم بصعوبه|كلامه ملخبط|كلامها ملخبط|ثقل في اللسان|ثقل اللسان|تلعثم: slurred speech
كلامه غير واضح|كلامها غير واضح|نطقه مش واضح|صعوبه في الكلام|تتكلم بصعوبه|لسانها ثقيل: slurred speech
نعسان|نعسانه|نايم على طول|نايم طول الوقت|نايمه طول الوقت|نايمه على طول|خمول|مغيب|مغيبه|غفيان: very drowsy
نعسان جدا|نعسانه جدا|نايم كل الوقت|نايمه كل الوقت|غفيانه: very drowsy
صعب يصحى|صعب تصحى|مش بيصحى|مش بتصحى|ما بيفيق|ما بتفيق|ما يصحى|ما تصحى|ما عم يفيق|ما قدرنا نصحيه: hard to wake
مش قادرين نصحيه|صعب نصحيه|صعب نصحيها|لا يستيقظ|لا تستيقظ|صعوبه في الاستيقاظ|صعب ايقاظه|صعب ايقاظها: hard to wake
ما عم تفيق|ما قدرنا نصحيها|مش قادرين نصحيها|ما يقعد|ما يفيق|ما تفيق: hard to wake
الم عضلات|الم في العضلات|وجع عضلات|وجع في العضلات|عضلاتي بتوجعني|عضلاتي توجعني|جسمي مكسر: muscle pain
جسمي متكسر|جسمي كله بيوجعني|كل جسمي يوجعني|تكسير في جسمي|الام العضلات|الام عضلات|جسمي مكسر كله: muscle pain
مش قادر اتنفس|مش قادره اتنفس|ما اقدر اتنفس|ما بقدر اتنفس|ما قادر اتنفس|لا استطيع التنفس: can not breathe
مش عارف اتنفس|ما عم اقدر اتنفس|مخنوق|مخنوقه|اختنق|باختنق|بختنق|عم اختنق|نفسي مقطوع|ما فيه نفس: can not breathe
مافي نفس|نفسي رايح|مش لاقي نفسي|ما الاقي نفسي|لا يستطيع التنفس|لا تستطيع التنفس|مش قادر ياخد نفسه: can not breathe
ضيق تنفس|ضيق في التنفس|ضيق نفس|صعوبه في التنفس|صعوبه تنفس|نهجان|نهجانه|بنهج|بلهث|الهث: short of breath
نفسي قصير|نفسي ضيق|ضيق بالنفس|ضيق بالتنفس|صعوبة بالتنفس|صعوبه بالتنفس|نفسي تقيل|ما اخذ نفس: short of breath
بتنفس بسرعه|اتنفس بسرعه|نفسي سريع|تنفس سريع|تنفسي سريع|يتنفس بسرعه|تتنفس بسرعه: very fast breathing
عم اتنفس بسرعه|نفسه سريع|نفسها سريع|يلهث|تلهث: very fast breathing
قلبي بيدق بسرعه|قلبي يدق بسرعه|قلبي بيدق جامد|قلبي يدق بقوه|دقات قلبي سريعه|دقات القلب سريعه: heart racing
ضربات قلبي سريعه|ضربات القلب سريعه|نبضي سريع|نبض سريع|نبضات سريعه|قلبي عم يدق|خفقان|خفقان القلب: heart racing
تسارع ضربات القلب|تسارع القلب|تسرع القلب|قلبي بيخبط|قلبي يرفرف|دقات قلبي|قلبي يضرب|قلبي بيضرب: heart racing
نبض|نبضي|النبض|نبضات: pulse; بيدق|يدق|بيضرب|يضرب|بيخبط: beating
ازرق|زرقا|زرقاء|مزرق|مزرقه|ازرقت|ازرقاق|زرقه|ازرق اللون|لونه ازرق|لونها ازرق|ازرقو|ازرقوا: blue
باهت|باهته|شاحب|شاحبه|اصفر|صفرا|مصفر|مصفره|شحوب|لونه مخطوف|لونها مخطوف|مخطوف|مخطوفه|ابيض زي الحيطه: pale
وشه اصفر|وشها اصفر|وجهه شاحب|وجهها شاحب|وجهه اصفر|وجهها اصفر|لونه اصفر|لونها اصفر: pale
رمادي|رماديه|رصاصي|لونه رمادي: grey; مبقع|مبقعه|مرقط|مرقطه|منقط|منقطه|مبرقش|مبرقشه|مرقع: mottled
بقع|بقعه|نقط|نقاط: spots
بقع بنفسجيه|نقط بنفسجي|بقع موف|نقط حمرا|بقع زرقاء|نقاط بنفسجيه|بقع ارجوانيه|نقط موف|بقع حمرا صغيره: purple spots
طفح|طفح جلدي|حساسيه|حساسيه جلد|طفح احمر|راش|حبوب حمرا صغيره: rash
كوبايه|كباية|كوب|كاس|كاسه|قزازه|زجاجه|كوباية: glass
لما اضغط|لما ادوس|عند الضغط|لما بضغط|لما اضغط عليها|اضغط|ادوس|ضغطت|بضغط|لما ضغطت|لما اكبس|كبست: when i press
ضغط الدم|الضغط|ضغطي: blood pressure
ما بتختفي|ما تختفي|مش بتختفي|لا تختفي|ما بتروح|مش بتروح|ما تروح|لا تزول|ما بتزول|ما تزول: do not fade
مش بتبهت|ما بتبهت|لا تبهت|ما يختفي|لا يختفي|مش بيختفي|ما بيختفي|ما يروح لونها|ما تفتح: do not fade
بتختفي|تختفي|تزول|بتروح|تبهت|يختفي|بيختفي: fade
ما بلت|مبلتش|ما تبولت|لم اتبول|ما دخلت الحمام|مادخلتش الحمام|ما رحت الحمام|ما في بول|مافي بول: i have not urinated
ما نزل بول|البول واقف|مش بعمل بيبي|ما بعمل بول|ما طلع بول|انقطع البول|ما تبول|ما بال|لم يتبول: i have not urinated
لم تتبول|ما عملت بيبي|ما سويت حمام|ما رحت للحمام: i have not urinated
حاموت|هموت|بموت|حاسس اني هموت|حاسه اني هموت|اشعر اني سأموت|اشعر انني سأموت|حاسس اني بموت: i feel like i might die
رح موت|راح اموت|حموت|اموت|قربت اموت|سأموت|سوف اموت|رايح اموت|احس اني بموت|احس اني اموت: i feel like i might die
حاسس بالموت|حاسه بالموت|بحس اني رح موت|حسيت اني بموت: i feel like i might die
لا يطاق|لا يحتمل|ما يتحمل|مش قادر استحمل|مش قادره استحمل|ما بقدر اتحمل|ما اقدر اتحمل|مش محتمل: unbearable
فوق الاحتمال|ما ينطاق|ماينطاق|ما ينحمل|ما بينحمل|ما ينتحمل: unbearable
فظيع|فظيعه|رهيب|رهيبه|مرعب|بشع|بشعه|شنيع|شنيعه|مو طبيعي: terrible
شديد|شديده|قويه|حاد|حاده|جامد جدا|كتير قوي: severe; عالي|عاليه|مرتفع|مرتفعه: high
صداع|الصداع|وجع راس|الم في الراس|الم راس|راسي بيوجعني|راسي يوجعني|راسي يولمني|راسي يعورني: headache
راسي عم يوجعني|دماغي بتوجعني|دماغي وجعاني|وجع في راسي|وجع في دماغي|صداع نصفي|الم بالراس: headache
صداع شديد|صداع قوي|صداع جامد|صداع فظيع|صداع رهيب|راسي حينفجر|راسي هينفجر|راسي رح ينفجر: severe headache
راسي بينفجر|دماغي هتنفجر|صداع حاد|صداع مو طبيعي|صداع لا يحتمل|الم شديد في الراس|وجع راس شديد: severe headache
وجع راس قوي|صداع فظيع جدا|صداع ما يتحمل|صداع لا يطاق|صداع كتير قوي: severe headache
رقبتي ناشفه|رقبتي مشدوده|رقبتي متخشبه|رقبتي متيبسه|تيبس الرقبه|تيبس في الرقبه|تصلب الرقبه: stiff neck
تصلب في الرقبه|رقبتي يابسه|رقبته ناشفه|رقبتها ناشفه|رقبته متيبسه|رقبتها متيبسه|مش قادر احرك رقبتي: stiff neck
ما اقدر احرك رقبتي|ما بقدر حرك رقبتي|لا استطيع تحريك رقبتي|رقبتي واقفه|شد في الرقبه|شد في رقبتي: stiff neck
تشنج في الرقبه|رقبتي متصلبه|رقبه متيبسه|رقبه ناشفه|تيبس في رقبتي|رقبتي مشدوده جامد|رقبتي قافشه: stiff neck
متيبس|متيبسه|متخشب|متصلب|متصلبه|مشدود|مشدوده|يابس|يابسه: stiff
النور بيضايقني|النور يضايقني|بيضايقني النور|النور مضايقني|النور يزعجني: light hurts my eyes
النور بيزعجني|الضوء يزعجني|الضوء يولم عيني|الضو بيضايقني|الضو يوجع عيوني: light hurts my eyes
مش قادر ابص للنور|ما اقدر اشوف الضوء|ما بقدر اتطلع عالضو|حساسيه من الضوء|حساسيه للضوء: light hurts my eyes
حساسيه من النور|حساسيه للنور|الضوء بيوجع عيني|النور بيوجع عيني|رهاب الضوء|عيوني ما تتحمل الضوء: light hurts my eyes
ما اتحمل الضوء|مش مستحمل النور|الضوء يزعج عيوني|النور بيوجع عيوني|الضو بيوجعني|النور يوجع عيوني: light hurts my eyes
ما اقدر افتح عيوني من الضوء|عيوني بتوجعني من النور|عيوني توجعني من الضوء: light hurts my eyes
نور|ضوء|ضو|الشمس: light
ترجيع|بيرجع|بترجع|استفراغ|استفرغ*|بستفرغ|يستفرغ|تستفرغ|قيء|قيئ|اتقيا|تقيو|تقيا*|غثيان|عم يستفرغ|رجعت اكل: vomiting
ترجيع كتير|عمال يرجع|عماله ترجع|برجع كل شي|يرجع كل شي: vomiting
تشنج|تشنجات|نوبه صرع|نوبه|صرع|صرعه|ارتجاجات|اختلاج|اختلاجات|جاتله نوبه|جاته نوبه|جتها نوبه: seizure
تشنجت|اتشنج|اتشنجت|يتشنج|تتشنج|جاته تشنجات|جاتها تشنجات|صار عنده تشنج|صار عندها تشنج: seizure
الم في الصدر|الم صدر|وجع في صدري|وجع صدر|وجع في الصدر|صدري بيوجعني|صدري يوجعني|صدري يعورني: chest pain
صدري عم يوجعني|الم بصدري|وجع بصدري|ضيق في صدري|ضغط على صدري|تقل على صدري|كتمه في صدري|كتمه بصدري: chest pain
الم في صدري|ضيقه في صدري|كتمه على صدري|صدري مقبوض|صدري يولمني: chest pain
اغمى عليا|اغمى علي|اغمي عليا|اغمي علي|اغمى عليه|اغمي عليه|اغمى عليها|اغمي عليها|اغماء|الاغماء: fainted
فقدت الوعي|فقد الوعي|فقدت وعيي|غبت عن الوعي|غاب عن الوعي|غابت عن الوعي|غشيان|مغمى عليه|مغمى عليها: fainted
مغمي عليه|مغمي عليها|غميان|غمى علي|دخت ووقعت|اغمى|غمي عليه|غمي عليها|فقدت الوعى|راح عن الوعي: fainted
وقع|وقعت|وقع على الارض|وقعت على الارض|سقط|سقطت|انهار|انهارت|طاح|طاحت|انهيار|وقع فجاه|وقعت فجاه: collapsed
للتو|توي|يادوب|قبل شوي|من شوي|من شويه|لسه حالا|حالا: just; لسه|لسا|لا يزال|ما زال|مازال: still
الان|دلوقتي|دلوقت|هلق|هلاء|الحين|حاليا|هسا|هسه: now
صفير|صفير في الصدر|صفير بالصدر|صفير في النفس|خرخره|وزيز|صوت صفير|صوت في صدري|صفاره: wheezing
مش قادر ابلع|ما اقدر ابلع|ما بقدر ابلع|لا استطيع البلع|صعوبه في البلع|صعوبه بلع|مش قادره ابلع: i can not swallow
ما قادر ابلع|صعب ابلع|ما اقدر ابلع ريقي|مش قادر ابلع ريقي|بلع صعب|صعوبه بالبلع: i can not swallow
شايف اتنين|شايف دبل|شايفه اتنين|بشوف اتنين|بشوف دبل|ازدواج الرويه|رويه مزدوجه|بشوف كل شي اتنين: double vision
اشوف كل شي اثنين|اشوف دبل|شايف كل حاجه اتنين|زغلله|زغلله في عيني: double vision
ضعف|وهن|هبوط|تنميل|ضعف في جسمي|ضعف في ايدي|ضعف في رجلي|ضعف في نص جسمي|شلل: weakness
ضعيف|ضعيفه|هبطان|مهدود|مهدوده|منهك|منهكه|مرهق|مرهقه: weak
دايخ|دايخه|دوخه|دوار|بدوخ|داخ|دخت|بيدوخ|دوخان|راسي بيلف|الدنيا بتلف: dizzy
تعبان|تعبانه|تعب|مهلك|هلكان|هلكانه|تعبانه جدا: tired
كدمات|كدمه|بقع زرقا صغيره|ازرقاق خفيف|زرقه خفيفه|كدمات صغيره: bruises
قشره|قشور|قشره جرح|قشور صغيره|قشرات: scabs
نقط دم|نقاط دم|نقط دم صغيره|نقاط دم صغيره|قطرات دم|نقطه دم|نقط دم بسيطه: pinpoint bleeding spots; دم|دماء|الدم: blood
حكه|هرش|بيحكني|يحكني|بتحكني|تحكني|حكاك|بياكلني|ياكلني|بتاكلني|تاكلني: itching
صغير|صغيره|صغار|زغير|زغيره|زغار|صغيرين: small; خفيف|خفيفه|بسيطه|طفيف|طفيفه: mild; حساس|حساسه: tender
عيان|عيانه|مريض|مريضه: sick; مرحبا|السلام عليكم|اهلا|سلام|صباح الخير|مساء الخير|هلا والله|اهلين|مرحبتين: hello
كذا|عده|بعض|كام واحد: several; جديد|جديده|جداد|جدد: new
طلعلي|طلع لي|ظهر لي|ظهرت لي|طلعت لي|طلعتلي|ظهرلي|ظهرتلي: i got; طلع|طلعت|ظهر|ظهرت|بان|بانت|بدا|بدات: appeared
فوق|حول|حوالين|حواليه|حواليها|جنب: around; على طول|طول الوقت|كل الوقت|دايما|دايمن: all the time; مكان|محل|منطقه: place
رجفه قويه ما تتوقف|رجفه ما تتوقف|رعشه ما تتوقف|رجفه ما توقف: uncontrollable shaking
رجفه قويه ما بتوقف|رجفه ما بتوقف|رعشه ما بتوقف|رجفه ما بتوقفش|رجفه قويه ما بتوقفش: uncontrollable shaking
اسنانه تصطك|اسناني تصطك|اسنانها تصطك: teeth chattering; شفايفي تنتفخ|شفايفي منتفخه|شفايفه تنتفخ|شفايفها تنتفخ: my lips swelling
حلقي يضيق|حلقي ضيق|حلقه يضيق: my throat tight; حبوب صلبه|حبوب قاسيه: hard bumps; ظهرت|طلعت: appeared
شفتاها زرقاوان|شفتاه زرقاوان|شفايفها زرقا|شفايفه زرقا|شفايفي زرقا: blue lips
تتنفس بصعوبه|يتنفس بصعوبه|اتنفس بصعوبه: struggling to breathe
منتفخان|منتفختان|منتفخين|منتفخة|منتفخ|متورمان|متورمة|متورم: swollen
لا استطيع البلع|لا اقدر ابلع|ما اقدر ابلع|صعوبة في البلع: can not swallow
ولا استطيع|ولا اقدر: and can not; جيدا|كويس|منيح: well
وتعالجت|تعالجت|اتعالجت|وتعالج|تعالج|اتعالج: was treated; لسا موجود|لسه موجود|لا يزال موجود|مازال موجود|ما زال موجود: still there
الخطر لسا موجود|الخطر لسه موجود|الخطر لا يزال موجود|الخطر مازال موجود|الخطر ما زال موجود: is it still a risk
شفايفي بتنفخ|شفايفي بتتنفخ|شفايفي منفوخه|شفايفي انتفخت|شفايفي وارمه|شفتي وارمه: my lips are swelling
حلقي بيتقفل|زوري بيتقفل|حلقي بيقفل|حلقي بيضيق|زوري بيضيق: my throat is closing
يخربط بالكلام|يخربط في الكلام|يخرف|يهذي|كلامه مخربط: talking nonsense
مو عارف وين هو|مش عارف هو فين|ما يعرف وين هو|مو عارفه وين هي|مش عارفه هي فين: does not know where he is
سؤال عام|سوال عام: a general question
قبل سنه|من سنه|السنه الي فاتت: a year ago; وتعالج وخلص|تعالج وخلص|تعالج وراح|وخلص: treated and cleared up
حاليا ما عندي شي|حاليا ما عندي شيء|الحين ما عندي شي: now i have nothing
ما اقدر اتحمله|ما اقدر اتحملها|ما اقدر اتحمل|مش قادر اتحمله|لا استطيع تحمله|ما بقدر اتحمله: unbearable
اقوي بكثير من شكل|اقوي بكثير من منظر|اشد بكثير من شكل: out of proportion to
من سنتين|من عامين: two years ago; بقت كويسه|بقت بخير|بقت تمام: she is fine again; بقى كويس|بقى بخير|بقى تمام: he is fine again
بقت كويسه خالص|بقت كويسه تماما|بقت بخير تماما: she is completely fine again
بقى كويس خالص|بقى كويس تماما: he is completely fine again
"""

RUSSIAN = """
ya: i; u menya|u menya est|est u menya|imeetsya: i have; mne: -; u nego|u nego est: he has; u nee|u nee est: she has
u tebya|u vas: you have; u menya byl|u menya byla|u menya bylo|u menya byli|bylo u menya: i had
u nego byl|u nego byla|u nee byl|u nee byla|u nego bylo|u nee bylo|u nih byl|u nih bylo|byl u nee|byl u nego: had
byl|byla|bylo|byli: was; est: there is; menya|mnoy|sebya|sebe|eto|etot|eta|eti|etogo: -; on: he; ona: she; oni: they
my: we; ty|vy: you; moy|moya|moe|moi|moego|moey|moih|moemu|moim: my; ego: his; ee|eyo: her; ih: their
i|da i|a takzhe: and; a: and; ili: or; no|odnako: but; s|so: with; bez: without; v|vo: in; na: on; k|ko: to
ot|iz|iz pod: from; posle|spustya: after; cherez: in; do|pered: before; dlya: for; chto|chtoby: that; kak: how; ochen|silno: very
mnogo: a lot; nemnogo|chut|chut chut|slegka|nemnozhko|slegka: a little; bolee: more; uzhe: already
vse esche|vsyo esche|esche|eshe|esche ne|poka: still; seychas|teper|seychas uzhe: now; s teh por|uzhe kak: since
nazad: ago; tomu nazad: ago; davno|ochen davno|kogda to|kogda to davno: long ago; mnogo let nazad: years ago
let pyat nazad|let desyat nazad|let dvadtsat nazad|neskolko let nazad|let nazad: years ago
v detstve|rebenkom: as a child; segodnya: today; vchera: yesterday
vchera vecherom|vchera noch|nochyu|etoy nochyu|proshloy nochyu|noch: last night; zavtra: tomorrow
utrom|segodnya utrom|s utra: this morning; vecherom|segodnya vecherom: tonight; na etoy nedele: this week
na proshloy nedele|proshlaya nedelya: last week; v proshlom mesyatse: last month; v proshlom godu|god nazad: last year
den|dnya|sutki|denek: day; dney|dni|dnyami: days; dva dnya|dvoe sutok|paru dney: two days; nedelya|nedelyu|nedeli: week
nedel|nedelyami: weeks; dve nedeli: two weeks; mesyats|mesyatsa|mesyac|mesyaca: month; mesyatsev|mesyatsy|mesyacev: months
god|goda: year
let|gody|godami: years; chas|chasa: hour; chasov|chasy: hours; minut|minuty|minutu: minutes; gradus|gradusa|gradusov: degrees
esli|esli by|a esli|vdrug|v sluchae|v sluchae esli|kogda esli: if; kogda: when; potomu chto|tak kak|iz za: because
ne: not; net|netu: no; ni|ni odnogo|ni odnoy: nor; nikogda: never; nichego|nichto: nothing; ne bylo|ne bilo: there was no
u menya net|u menya netu|net u menya|u menya ne bylo|ne imeyu: i do not have; u nego net|u nee net: has no
govorit|govoryat|pishet|pishut: says; skazal|skazala|skazali|govoril|govorila|govorili: said
mne skazali|mne skazal|mne skazala|skazal mne|skazala mne: told me
prochital|prochitala|chital|chitala|v internete|na forume|v inete|v seti|slyshal|slyshala|gde to chital: read online
podruga|drug|znakomaya|znakomyy|priyatel|priyatelnitsa|podruzhka: friend; moya podruga|moy drug|moya znakomaya: my friend
u podrugi|u druga|u znakomoy|u znakomogo|u moey podrugi|u moego druga: my friend had
u ee znakomoy|u eyo znakomoy|u ee podrugi|u eyo podrugi|u ego druga|u ego znakomogo|u ikh znakomoy: a friend of hers had
rasskazala|rasskazal|rasskazali|rasskazyvala|rasskazyval|rasskazyvali: told
eto chasto byvaet|chasto byvaet|chasto li|eto chasto: is it common
eto normalno|normalno li|eto normalno li|tak i dolzhno byt|tak dolzhno byt|eto norma|norma li: is it normal
normalno|norma|normalnyy|normalnaya: normal; chto eto|chto takoe|eto chto: what is
chto delat|chto mne delat|kak byt|chto nam delat|kuda obraschatsya|chto posovetuete|chto mne teper delat: what should i do
chto: what; skolko: how many; skolko vremeni|kak dolgo|do kakih por: how long; kak|kakim obrazom: how
pochemu|zachem|otchego: why; snova|opyat|esche raz|povtorno: again; vse|vsyo: all
vse horosho|vse normalno|vse v poryadke|vsyo horosho|vsyo normalno|vsyo v poryadke|vse ok: all fine; horosho|ok: fine
ploho: bad; luchshe|polegche: better; huzhe|vse huzhe|stalo huzhe: worse
uzhe mesyats proshel|uzhe proshel mesyats|mesyats proshel|proshel mesyats: a month has passed
nedelya proshla|proshla nedelya|proshlo dve nedeli|dve nedeli proshlo: a month has passed
gde kololi|tam gde kololi|rovno tam gde kololi|gde delali ukoly|gde byli ukoly: where they injected
proshlo|proshel|proshla|ischezlo|ischezla|ischez: went away
zazhilo|zazhil|zazhila|vylechili|vylechil|vylechila: healed; chuvstvuyu|chuvstvuyu sebya|oschuschayu: i feel
muzh|muzha|muzhu|moy muzh|u muzha: my husband; zhena|zhenu|moya zhena|u zheny: my wife; sestra|sestry|sestre: my sister
brat|brata|bratu: my brother; mama|mat|mame|mamy|u mamy: my mum; papa|otets|otsa|otec|otca|pape|u papy: my dad
syn|syna|synu: my son
doch|docheri|dochka|dochke: my daughter; sosed|soseda|sosedka|sosedki: my neighbour
rebenok|rebenka|rebenku|malysh|deti|detey: child; kto to|kto nibud|koe kto|odin chelovek: someone; lyudi|lyudey: people
vrach|vracha|vrachu|doktor|doktora|vrachi|dermatolog|trihol*: doctor; odin|odna|odno: one; dva|dve|dvoe: two
tri|troe: three; chetyre: four; pyat: five; shest: six; sem: seven; vosem: eight; devyat: nine; desyat: ten
golov*|bashk*: head; kozha golovy|kozhe golovy|kozhu golovy|kozhey golovy|volosistaya chast golovy: scalp
volos*: hair; sheya|shei|sheyu|sheey|sheyka: neck; zatyl*: neck; grud|grudi|grudyu|grudnaya kletka|grudnoy kletke: chest
serdts*|serdc*: heart; guby|gub|gubah|guba|gubu: lips; yazyk|yazyka|yazykom: tongue; gorlo|gorla|gorle|glotka: throat
glaz|glaza|glazah|glazam|glazami: eyes; veki|vekah|veko|veka: eyelids; lits*|lico|lice|lica: face; lob|lba|lbu|lbe: forehead
kozh*: skin; myshts*|myshc*: muscles; ruka|ruki|ruku: arm; noga|nogi|nogu: leg; rot|rta|rtu|rtom: mouth; mocha|mochi: urine
dyshat|dyhanie|dyhaniya|vdoh|vydoh|dyshu: breathe; glotat|proglotit|sglotnut: swallow
mezoterapi*|mezo|mezotherapy|mezik|mezoterapevt: mesotherapy; seans*|protsedur*|proceduru|procedura|procedury: session
ukol|ukola|ukoly|ukolov|ukolah|inekts*|inyekts*|inekci*|inyekci*|inektsionn*|prokol|prokoly|prokolov: injection
mesto ukola|mesta ukolov|mestah ukolov|meste ukola|meste inektsii|mesto inektsii|mestah inektsiy|mesta inektsiy: injection site
na meste ukola|na mestah ukolov|na meste inektsii|na mestah prokolov: at the injection site
lechenie|lecheniya|kurs: treatment; klinik*|salon*|kosmetolog*: clinic; bolnits*|bolnic*|statsionar*: hospital
skoraya|skoruyu|skoroy|priemnoe|priemnyy pokoy|travmpunkt|neotlozhka|neotlozhnuyu: emergency department
antibiotik*: antibiotics; tabletk*|lekarstv*|preparat*: pills
shishk*|uplotneni*|komok|komochek|komki|bugor|bugorok|bugorki|uzel|uzelok|uzelki|narost|zhelvak: lump
vuzlik*|vuzol|vuzli|hulk*|gulk*|grudk*: lump; zyavilisya|zyavivsya|zyavilas|zyavylysia|zyavylas: appeared; ale: but; voni: they
ne znikayut|ne znikaye|ne prohodyat|ne prohodyt|ne mynaye: do not go away; tizhniv|tyzhniv|tizhden|tyzhden: weeks
pislya|pislia: after
holovi|golovi|holova|golova: head; chervon*|pochervonil*: red; nabryak*|nabriak*|opukh*: swollen; hnii|hniy|hnoi|gnii: pus
temperatura|zhar: fever; plutaie|plutaye|zaplutav*|splutan*: confused
ne mozhu dykhaty|vazhko dykhaty|zadykhayus*: i can not breathe
novye shishki|novaya shishka|novye uplotneniya|novoe uplotnenie|poyavilis shishki|esche shishki: new lumps
prysch*|pryshik*: pimple; abstses*|abstsess|abstsessa|abstsessy|naryv*|gnoynik*: abscess; furunkul*|chiry*: boil; kist*: cyst
opuh|opuhlo|opuhla|opuhli|opuhshiy|opuhshaya|opuhshee|opuhshie|raspuh*|vzduto|vzdulos|vzdulas: swollen
otek|oteki|oteka|otekli|oteklo|otekla|otechn*|otechen|otechnost|opuhol|opuholi|pripuhlost*: swelling
krasn*|pokrasnel*|krasneet|bagrov*: red; pokrasneni*|krasnota|krasnotu|krasnoty|gipereremiya: redness
goryach*|gorit|goryachee|pechet|zhzhet|zhzhenie: hot
bol|boli|bolyu|bolevye|bolevoy: pain; bolit|bolyat|bolno|nyt|noet|nyut|dergaet|pulsiruet: hurts; boleznenn*: painful
gnoy|gnoya|gnoem|gnoe|gnoynoe|gnoynaya|gnoynyy|gnoynye|gnoynik: pus
techet gnoy|vytekaet gnoy|idet gnoy|gnoy idet|gnoy techet|gnoy vytekaet|vyhodit gnoy|gnoy vyhodit|gnoitsya: pus is coming out
gnoyatsya|gnoilos|gnoitsya ranka|sochitsya gnoy: pus is coming out
vydeleni*|zhidkost|sukrovits*|sukrovic*|sochitsya|mokneet: discharge
infektsi*|infekci*|vospaleni*|zarazheni*|infitsir*: infection; vospalil*|vospalen|vospalena|zarazhen|zarazhena: infected
rasprostranyaetsya|raspolzaetsya|rasplyvaetsya|rastekaetsya|uvelichivaetsya|rasshiryaetsya|rashoditsya: is spreading
rasprostranilos|raspolzlos|rasplylos|uvelichilos|uvelichilas|rastet krasnota|krasnota rastet: is spreading
bystro|bystryy|bystraya|bystree|stremitelno: fast
bystro rasprostranyaetsya|bystro raspolzaetsya|bystro uvelichivaetsya|rastet na glazah: spreading rapidly
pryamo na glazah|na glazah|na moih glazah: before my eyes
za paru chasov|za neskolko chasov|za chas|za dva chasa: within a few hours
bol dikaya|dikaya bol|bol adskaya|adskaya bol: severe pain; plutaetsya|plutayetsya|putaetsya: is confused
ne rozumie de vin|ne rozumie de vona|ne ponimaet gde on|ne ponimaet gde ona: does not know where he is
krasnye polosy|krasnaya polosa|krasnye poloski|krasnaya poloska|krasnye dorozhki: red streaks
rastet|rastut|vyroslo|vyrosla|vyros|podrastaet: is growing; bolshe|krupnee|bolshaya|bolshoy|bolshoe: bigger
vse bolshe|vse bolshe i bolshe|stanovitsya bolshe|stala bolshe|stal bolshe|stalo bolshe|s kazhdym dnem bolshe: getting bigger
ne prohodit|ne prohodyat|ne umenshaetsya|ne uluchshaetsya|ne luchshe|ne zazhivaet|ne rassasyvaetsya: not improving
ne pomogaet|ne pomoglo|ne pomog|ne pomogli|ne pomogla|bez effekta|bez tolku: did not work
vypadenie volos|vypadayut volosy|volosy vypadayut|lezut volosy|volosy lezut|vypali volosy: hair loss
proplesh*|lysina|lysinu|lysiny|lysoe pyatno|lysye pyatna|lysye mesta|ochagovoe oblysenie|oblysenie: bald patch
shram*|rubts*|rubc*|rubets|rubec: scar; tverd*|plotn*: hard
temperatur*|zhar|zhara|lihorad*|temperaturyu|temperaturit: fever
sorok: 40; vysokaya temperatura|temperatura pod sorok|temperatura sorok: high fever
oznob*|znobit|znobilo: chills; tryaset|tryaslo|tryasti|tryasus|drozh*|kolotit|kolotilo: shivering
ne mogu ostanovit|ne mogu ostanovitsya|ne mogu sovladat|nekontroliruem*|ne prekraschaetsya: uncontrollable
diabet*|saharn*|sahar|sahara: diabetes; diabetik: diabetic; u menya diabet|u menya sahar: i have diabetes
immunitet*: immune system; slabyy immunitet|plohoy immunitet|nizkiy immunitet|snizhennyy immunitet: weak immune system
immunodefitsit|immunodefitsita|immunosupress*: weak immune system
steroid*|gormon*|prednizolon*|deksametazon*|kortikosteroid*|kortizon*: steroids; himioterapi*|himiya|himii|himiyu: chemotherapy
beremenn*|v polozhenii: pregnant
sputann*|zaputan*|ne soobrazhaet|ne soobrazhayu|bredit|bred|bredyat|ne ponimaet gde|ne ponimaet chto: is confused
ne uznaet|ne uznaet menya|ne orientiruetsya|dezorientirovan*|nesvyazno|zagovarivaetsya|neadekvatn*: is confused
putaet slova|putaetsya|rasteryan*: is confused
rech nevnyatnaya|nevnyatnaya rech|nevnyatno govorit|zapletaetsya yazyk|yazyk zapletaetsya|smazannaya rech: slurred speech
govorit nevnyatno|ploho govorit|ne mozhet govorit|nevnyatn*: slurred speech
sonliv*|sonnyy|sonnaya|vse vremya spit|postoyanno spit|spit ves den|zatorm*|vyalyy|vyalaya|vyalost: very drowsy
ne mogu razbudit|trudno razbudit|ne prosypaetsya|ne mozhem razbudit|ne budetsya|tyazhelo razbudit|ne razbudit: hard to wake
bolyat myshtsy|bol v myshtsah|myshechnaya bol|lomit|lomota|lomit telo|lomit vse telo|vse telo bolit|lomka: muscle pain
holod*|zamerz*|merznu|merzn*|ledyan*: cold; ochen holodno|mne holodno|ochen merznu: very cold
ne mogu dyshat|nechem dyshat|zadyhayus|zadyhaetsya|zadyhalsya|zadyhalas|ne mozhet dyshat|ne hvataet vozduha: can not breathe
dushit|udushe*|ne dyshit|ne mogu vdohnut|ne mogu sdelat vdoh: can not breathe
vazhko dihati|vazhko dihayu|vazhko dyhaty: short of breath; dihayu duzhe chasto|duzhe chasto dihayu: very fast breathing
gniynik|gniyniki: abscess
odyshk*|tyazhelo dyshat|trudno dyshat|tyazhelo dyshu|trudno dyshu|dyshu s trudom|tyazheloe dyhanie: short of breath
chasto dyshu|bystro dyshu|bystro dyshit|chasto dyshit|chastoe dyhanie|uchaschennoe dyhanie: very fast breathing
serdtse kolotitsya|serdce kolotitsya|serdtse bystro betsya|serdce bystro betsya|serdtse betsya: heart racing
serdce betsya|serdtse vyprygivaet|serdtsebieni*|serdcebieni*|tahikardi*: heart racing
serdtse stuchit|uchaschennoe serdtsebienie|puls zashkalivaet|serdtse skachet|kolotitsya serdtse: heart racing
puls|pulsa|pulse: pulse; betsya|kolotitsya|stuchit: beating
siniy|sinie|sinyaya|sinee|sinego|sinih|posinel*|sinyushn*|sineyut|sinevat*|sinet: blue
bledn*|poblednel*|belyy kak mel|belaya kak mel|belyy kak stena|belaya kak stena: pale
seryy|seraya|seroe|serye|zemlist*|pepeln*|serovat*: grey; mramorn*|pyatnist*|v pyatnah|pyatnami: mottled
pyatn*|tochk*|tochechk*: spots
fioletov*|purpurn*|bagrovye pyatna|temnye pyatna|krasnye tochki|bordov*: purple spots
syp|sypi|vysypani*|vysypalo|obsypalo|krapivnitsa|krapivnica: rash
stakan|stakanom|stakane|stakana|steklom|steklo|stekla: glass
pri nadavlivanii|nadavlivayu|nazhimayu|nazhala|nazhal|nadavila|nadavil|pri nazhatii|esli nazhat|esli nadavit: when i press
ne ischezaet|ne ischezayut|ne bledneet|ne bledneyut|ne propadaet|ne propadayut|ne ischezli|ne bleddneet: do not fade
ischezaet|ischezayut|bledneet|bledneyut|propadaet|propadayut: fade
ne mochilsya|ne mochilas|ne pisal|ne pisala: i have not urinated
ne hodil v tualet|ne hodila v tualet|net mochi|ne pisayu|ne mochus: i have not urinated
ne hodil po malenkomu|ne hodila po malenkomu|mochi net: i have not urinated
umirayu|ya umirayu|ya umru|kazhetsya umirayu|kazhetsya ya umirayu|boyus umru|sejchas umru|seychas umru: i feel like i might die
chuvstvuyu chto umirayu|kak budto umirayu|umru: i feel like i might die
nevynosim*|nesterpim*: unbearable; uzhasn*|zhutk*|koshmarn*|adsk*|strashn*: terrible
silnaya|silnyy|silnoe|silnye|silnuyu|ostraya|ostryy|ostruyu|zhestok*: severe; vysok*: high
bolit golova|golova bolit|golovnaya bol|golovnye boli|bol v golove|golovnuyu bol|golovnoy boli: headache
migren*|bashka bolit|bolit bashka|treschit golova|golova treschit: headache
silnaya golovnaya bol|ochen bolit golova|golova raskalyvaetsya|raskalyvaetsya golova|dikaya golovnaya bol: severe headache
uzhasnaya golovnaya bol|golova razryvaetsya|nevynosimaya golovnaya bol|adskaya golovnaya bol: severe headache
sheya ne povorachivaetsya|ne mogu povernut sheyu|ne mogu povernut golovu|ne mogu naklonit golovu|sheya zatekla: stiff neck
zatylok kamennyy|skovannost shei|zhestkaya sheya|zhestkost shei|sheya kak kamen|ne mogu prizhat podborodok: stiff neck
ne mozhet povernut sheyu|ne mozhet naklonit golovu|sheya ne gnetsya|rigidnost zatylochnyh myshts: stiff neck
skovan*|zhestk*|kamenn*|oderevenel*: stiff
svet rezhet glaza|bolno smotret na svet|boyus sveta|svetoboyazn*|razdrazhaet svet|svet razdrazhaet: light hurts my eyes
ne mogu smotret na svet|glaza boleznenno reagiruyut na svet|bolyat glaza ot sveta|rezhet glaza: light hurts my eyes
svet|sveta|svetu|yarkiy svet: light
rvota|rvotu|rvoty|rvet|vyrvalo|toshnit|toshnilo|toshnota|toshnoty|stoshnilo|vyvorachivaet|blyuyu|blyuet: vomiting
sudorog*|pripad*|pristup*|konvulsi*|epilepti*|tryaslo vsego|bilsya v sudorogah: seizure
bol v grudi|bolit grud|bolit v grudi|davit v grudi|davit grud|zhmet v grudi|szhimaet grud|bol za grudinoy: chest pain
boli v grudi|grud bolit|grud davit|kolet v grudi|kolet v serdtse|bolit serdtse|zhzhenie v grudi: chest pain
poteryal soznanie|poteryala soznanie|poteryal soznaniya|upal v obmorok|upala v obmorok|obmorok|v obmoroke: fainted
otklyuchilsya|otklyuchilas|poterya soznaniya|bez soznaniya|obmorochn*|teryala soznanie|teryal soznanie: fainted
upal|upala|ruhnul|ruhnula|svalilsya|svalilas|osel|osela|upal na pol|upala na pol: collapsed
tolko chto|tolko chto byl|tolko chto byla: just
hripy|hripit|hriplyu|svistit|svistyaschee dyhanie|svist pri dyhanii|svistyat|hripyat|hrip: wheezing
ne mogu glotat|trudno glotat|bolno glotat|ne mogu proglotit|ne mozhet glotat|tyazhelo glotat: i can not swallow
dvoitsya v glazah|dvoitsya|dvoit|dvoeni*|vizhu dvoyno|v glazah dvoitsya: double vision
slabost*|bessili*|upadok sil|net sil|onemeni*|onemela|onemel|ne chuvstvuyu ruku|ne chuvstvuyu nogu: weakness
slab|slaba|slabyy|slabaya|obessilen*: weak
golovokruzheni*|kruzhitsya golova|golova kruzhitsya|kruzhit|shataet|pokachivaet: dizzy
ustal|ustala|ustalost|ustavshiy|utomlen*|razbit*|razbitost: tired
sinyak*|krovopodtek*|gematom*: bruises; korochk*|korka|korki|korok|strup|strupy|strupik*: scabs
tochki krovi|kapelki krovi|krovyanye tochki|tochechnye krovoizliyaniya|krovit|krovyat|kapli krovi: pinpoint bleeding spots
krov|krovi|krovyu: blood; zud|zudit|cheshetsya|cheshutsya|chesotka: itching; malenk*|nebolsh*|melk*|krohotn*|krohotul*: small
legk*|slabo vyrazhenn*|nebolshoy|neznachitel*: mild; chuvstvitel*: tender; bolen|bolna|zabolel|zabolela|bolnoy|bolnaya: sick
privet|zdravstvuyte|dobryy den|dobroe utro|dobryy vecher: hello; neskolko|nekotorye|paru|para: several
novyy|novaya|novoe|novye|novyh|novuyu: new
poyavilsya|poyavilas|poyavilos|poyavilis|vyskochil|vyskochila|vyskochili|poyavil*: appeared
vokrug|okolo|ryadom|po krayam: around
umirayu ot lyubopytstva: i am curious; umirayu so smekhu|umirayu ot smekha: laughing
dyshu ochen chasto|ochen chasto dyshu|dyshit ochen chasto: breathing very fast
ne mogu normalno vdohnut|ne mogu vdohnut|ne mogu normalno dyshat: can not breathe
govorit putano|putano govorit|govorit nesvyazno|nesvyazno govorit|nesyot chush: talking nonsense
ne ponimaet gde nahoditsya|ne ponimaet gde on|ne ponimaet gde ona|ne znaet gde nahoditsya: does not know where he is
ne mozhet normalno prosnutsya|ne mozhet prosnutsya|ne prosypaetsya: can not be woken
snova otklyuchaetsya|otklyuchaetsya|vyrubaetsya: keeps passing out
silno tryaset|ee silno tryaset|ego silno tryaset|tryaset tak: shaking uncontrollably
zuby stuchat: teeth chattering uncontrollably; ne mozhet ostanovitsya: can not stop
otvechayu nevpopad|otvechaet nevpopad|govoryu nevpopad: talking nonsense
govorit nevpopad|nesu chush|neset chush: talking nonsense
putayus|putaetsya|zaputalsya|zaputalas: getting muddled
ne ponimayu kakoy segodnya den|ne znayu kakoy segodnya den: do not know what day it is
oslabla liva ruka|liva ruka oslabla|oslabla levaya ruka|levaya ruka oslabla: left arm went weak
oslabla prava ruka|prava ruka oslabla|oslabla pravaya ruka|pravaya ruka oslabla: right arm went weak
oslabla ruka|ruka oslabla|oslabla noga|noga oslabla|oslabli ruki|oslabli nogi: arm went weak
raptom: suddenly; duzhe: very; pislya: after; nezgrabn*|neukluzh*: clumsy
chem ona otlichaetsya ot|chem on otlichaetsya ot|chem ona otlichaetsya|chem on otlichaetsya: how is it different from
chem oni otlichayutsya|chem otlichaetsya ot|chem otlichayutsya ot|chem otlichaetsya|chem otlichayutsya: how is it different from
v chem raznitsa mezhdu|v chem raznitsa: how is it different from
pochervoninnya|pochervonila|pochervoniv|pochervonilo|pochervonili: redness; chervoniy|chervona|chervone: red
rozpovzaetsya|poshiryuetsya|shiritsya|rozpovzlosya|poshirilosya: is spreading; navkolo: around; potrohu|povilno: slowly
rozshiryuetsya|rozshiryuyetsya|rozshirilosya|rozshirilas|rozshirivsya|zbilshuetsya|zbilshuyetsya|rostet|roste: is spreading
z kozhnim dnem|z kozhnym dnem|kozhnogo dnya|shchodnya|den u den: every day
mistsya ukolu|mistse ukolu|mistsi ukolu|mistsyah ukoliv: injection site; vzhe drugiy den|drugiy den pospil: for two days
nabryakla|nabryak|nabryaklo|nabryakli|opuhla|opuh: swollen; garyacha|garyache|garyachiy|garyachi: hot
znepritomnila|znepritomniv|znepritomnili: fainted; led ne znepritomnila|ledve ne znepritomnila|led ne znepritomniv: nearly fainted
bolit u grudyah|bolyt u grudyah|bil u grudyah|bolit v grudyah: chest pain; silno: very; duzhe shvidko: very fast; shvidko: fast
za piv godini|za pivgodini|za godinu: within an hour; viyshlo za liniyu|viyshla za liniyu|vyishlo za liniyu: went past the line
dniv: days; tizhni|tizhniv|tizhden: weeks; yaku ya namalyuvala|yaku namalyuvala: that i drew
suitsidalnye mysli|suitsidalni dumki|mysli o samoubiystve: suicidal thoughts; samoubiystvo: suicide
pokonchit s soboy|pokinchiti z soboyu: kill myself; lysiny|lysinki|zalysiny|prolysiny: bald patches
lisini|lisinki|zalisini|lisinu|lisina|prolisini: bald patches
propil kurs|propila kurs|propil|propila|propili: took a course of; nikakogo effekta|bez effekta|nol effekta: no improvement
vse tam zhe|vse eshche tam|vsyo tam zhe|tak i ostalis|ne proshli|ne prohodyat: are still there
shishek|shishki|shishka|shishku: lumps
gulya|guli|gulyu|gulka|gulki: lump; bilshae|bilshaet|bilshayut|bilshe i bilshe: is getting bigger; zaraz: now
yak gorih|z gorih|yak volosky gorih|kak oreh|s oreh|s gretskiy oreh: the size of a walnut
meni zdaetsya scho i pomirayu|zdaetsya scho i pomirayu|i pomirayu|ya pomirayu: i feel like i am dying
mne kazhetsya chto ya umirayu|ya umirayu: i feel like i am dying
mene trusit|trusit|mene morozit|menya trasyot|menya tryaset|menya znobit: shivering
shkira sira|kozha seraya|sira shkira: grey skin
ledve prokidaetsya|ledve prokinuvsya|ledve prokinulas|ele prosypaetsya|ne mozhet prosnutsya: hard to wake
sonniy|sonna|sonnyi: drowsy
plutae slova|plutaye slova|putaet slova|plutaet slova: mixing up words
zubi tsokotyat|zuby stuchat|zubi stukayut|zuby klatsayut|zubi klatsayut: teeth chattering
i ne mozhu zupinitisya|ne mozhu zupinitisya|ne mogu ostanovitsya: can not stop
sudomi|sudomy|sudoma|sudorogi|sudorogy|sudoroga|sudomu: seizures; v nogo|u nogo: he has
lisa plyama|lysa plyama|lisu plyamu|lysina|lisina: bald patch
vipalo kruzhechkom|vipalo kruzhkom|vypalo kruzhkom|vypali kruzhkom: fell out in a circle
ne mogu normalno govorit|ne mozhet normalno govorit|ne mogu govorit|ne mozhet govorit: can not speak properly
slova putayutsya|putayu slova|putaet slova|nevnyatnaya rech|rech nevnyatnaya|zapletaetsya yazyk: slurred speech
kakaya|kakoy|kakie|kakoe|kakuyu|kakih: what; schitaetsya|schitayutsya|schitat: counts as
u vzroslogo|u vzroslyh|dlya vzroslogo: in an adult; priznaki: signs; simptomy: symptoms
rik tomu|rik nazad: a year ago; bula|buv|bulo|buli: was
povnistyu znikla|povnistyu znik|povnistyu znikli: went away completely
znikla|znik|znikli: went away; chi varto: should i; hvilyuvatisya|hvilyuvatis: worry
predi malko: a little while ago; poluchih grch|imah grch|poluchih gurch: i had a seizure; grch|gurch: seizure
lekuvam: i am being treated for; sled: after; skalpa: scalp
ako sled: if after; se poyavi|se poyavyat: appears; kakvo tryabva da napravya|kakvo da napravya: what should i do
pitam predvaritelno|pitam po rano: i am asking in advance
vipalo volossya|vypalo volossya|vipalo volossya plyamoyu: my hair fell out in a patch; plyamoyu: in a patch
same tam de kololi|tam de kololi|de kololi: right where they injected; znikla sama|znik sam: went away by itself
teper use dobre|teper vse dobre|use dobre: now all is fine
navkolo ochey|navkolo ochei|navkolo ochej: around the eyes; narostae|narostaye|narostaie|narostaet: is getting worse
spustilsya|spustilas|spustilos|spustilis|opustilsya|opustilas|spolz|spolzla|spuskaetsya: moved down
menshe|stal menshe|stala menshe|stalo menshe|umenshilsya|umenshilas|umenshilos: smaller
na sleduyuschiy den|na drugoy den: the next day
kvrge|kvrga|kvrgu|kvrgi|kvrgice: lumps
ne prolaze ni posle antibiotika|ne prolazi ni posle antibiotika: not better on antibiotics
ne prolaze ni nakon antibiotika|ne prolazi ni nakon antibiotika: not better on antibiotics
nyamam: i do not have; nyama: there is no; nischo|nishto: nothing; razprostranyava|razprostranjava: spreading
malki korichki|korichki: small scabs; normalno li e: is it normal
prosle godine|proshle godine|prosle godine sam: last year; izleceno je|izlecene su|izlecilo se|zaraslo je: it healed
sada je sve u redu|sad je sve u redu|sve je u redu|sve u redu: all is fine now
nema gnoja|nema gnoya|nema gnoja ni: there is no pus; nema temperature|nema temperaturi|nema temperatury: there is no fever
infektsii nema|infektsiyi nema|infektsii nemae|infektsiyi nemaye: there is no infection
da li je normalno|je li normalno: is it normal
zbunjena|zbunjen|zbunjeni|zbunjeno: confused
ne zna gde se nalazi|ne zna gdje se nalazi|ne zna gde je: does not know where she is
prica nepovezano|govori nepovezano|prica gluposti: is talking nonsense; visoku temperaturu|visoka temperatura: a high fever
iz desyati: out of ten; adskaya bol|adskaya: unbearable pain; hotya|khotya: although; sovsem: very
"""

# words written onto the next one: "والحرارة" (and the fever), "بالراس" (in the head), "وعندي" (and I have)
PREFIXES: Dict[str, Tuple[Rule, ...]] = {
    "ar": (
        ("وبال", "and in"),
        ("وال", "and"),
        ("فال", "so"),
        ("بال", "in"),
        ("لل", "to"),
        ("ال", ""),
        ("وب", "and in"),
        ("ول", "and"),
        ("و", "and"),
        ("ف", "so"),
        ("ب", "in"),
    ),
}

# other translit spellings of Russian into the one `bot.chat_scripts` gives Cyrillic
SPELLING: Dict[str, Tuple[Rule, ...]] = {
    "ru": (
        (r"(?<=[a-z])['\u2019`]", ""),  # soft and hard signs typed as apostrophes: "bol'" "in'ektsiya"
        (r"shch", "sch"),
        (r"kh", "h"),
        (r"j", "y"),
    ),
}

_AR_UNITS = r"(?:يوم|ايام|اسبوع|اسابيع|جمعه|شهر|شهور|اشهر|سنه|سنين|سنوات|عام|اعوام|ساعه|ساعات|دقايق)"
_AR_DUALS = r"(?:يومين|اسبوعين|جمعتين|شهرين|سنتين|عامين|ساعتين)"
_RU_NEGATORS = r"(?:net|netu|ne bylo)"
_RU_CLAUSE_END = r"(?=\s*(?:[,.;:!?\n]|$|\b(?:a|no)\b))"
RULES: Dict[str, Tuple[Rule, ...]] = {
    # "قبل يومين" (before two days): "ago", which the English side moves after its number
    "ar": ((rf"(?<!\w)قبل (?={_AR_DUALS}(?!\w)|\S+ {_AR_UNITS}(?!\w))", "ago "),),
    "ru": (
        # "i" (and) in a clause that ends in "net" is "nor": "temperatury i gnoya net" (of fever and of pus none)
        (rf"\bi (?=(?:(?!\b(?:a|no)\b)[^,.;:!?\n])*? {_RU_NEGATORS}{_RU_CLAUSE_END})", "ni "),
        # "temperatury i gnoya net" (of fever and of pus there-is-none): the negator to the start of its clause
        (
            rf"(^|[,.;:!?\n]\s*|\b(?:a|no) )(?!{_RU_NEGATORS}\b)((?:(?!\b(?:a|no)\b)[^,.;:!?\n])*?) {_RU_NEGATORS}"
            + _RU_CLAUSE_END,
            r"\1net \2",
        ),
    ),
}

LANGUAGES: Dict[str, str] = {"ar": ARABIC, "ru": RUSSIAN}
