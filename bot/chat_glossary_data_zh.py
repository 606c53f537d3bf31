"""Chinese (simplified and traditional) for `bot.chat_cjk`: substring keys, longest first.

Keys are written in simplified characters; ``with_traditional`` (`bot.chat_glossary_data_zh_traditional`) adds
each key's traditional spellings: character by character ("发烧" also finds "發燒"), after whole words whose
traditional form is not the characters' usual one ("头发" is "頭髮"), once more with Hong Kong's and a week's forms
("説", "週"). Cantonese ("冇" no, "唔" not, "佢" he) and Hong Kong words are keys as well.

Chinese puts a negation before the word it negates ("没有发烧" no fever, "不红" not red), as English does, so
"没", "不", "无" become "no"/"not" and the detector's own negation reads them. Phrases whose negation is part of
a sign ("喘不过气" can not breathe, "叫不醒" hard to wake, "压了不褪色" does not fade when pressed) and words
that hold a "不" without negating ("不过" but, "不舒服" unwell, "是不是" is it) are keys of their own, longer
than "不". Chinese says "after" after its noun ("打针后": injection-after); the common phrases are keys.

``CHINESE_RULES`` run on the raw text first: Chinese numerals that carry a reading ("三十九度五", "十八个小时",
"心跳一百四") become digits; "快" before a number is "almost"; after a negation "和" and "、" join what it covers
("没有发烧、发冷和头痛": no fever or chills or headache); "又红又热" (both red and hot) becomes "红和热"; "打完两个小时"
becomes "two hours ago had the injections" (brief §4a); "是感染的迹象吗" asks "is it a sign of infection"; a pain
score "9分" becomes "9/10".
"""

from __future__ import annotations

from bot.chat_glossary_data_zh_rules import CHINESE_RULES
from bot.chat_glossary_data_zh_traditional import with_traditional

__all__ = ["CHINESE", "CHINESE_RULES"]

_WORDS = """
不如: better to; 不同: different; 同样|同一|相同: the same; 可怕|恐怖|吓人: scary; 可惜: unfortunately; 原因: reason
不对|唔啱: not right; 对了: by the way; 对不起|不好意思|唔好意思: sorry; 难过|伤心: sad; 难道: -; 很难|好难: very difficult
睡觉|睡|瞓觉|瞓: sleep; 睡着|睡着了|瞓着: asleep
说不出话|讲不出话|说不了话|不能说话|说不出来话|话都说不出|讲唔到嘢|讲唔出声|说不出话来: can not speak properly
一直发抖|一直在发抖|一直打冷颤|一直打寒颤|一直在打寒颤|一直打冷震|不停发抖|不停地发抖|不停打冷颤|不停地打冷颤: shivering nonstop
一直抖|一直在抖: shivering nonstop; 大了一倍|大一倍|变大一倍|大咗一倍|翻倍|大了两倍: double the size
婆婆|岳母|丈母娘|我婆婆|我岳母|家婆|奶奶|外婆|姥姥|我奶奶|我外婆|阿嫲: my grandma
公公|岳父|爷爷|外公|姥爷|我爷爷|我外公|阿爷: my grandad; 我: i; 我的: my; 我们|咱们|我哋: we; 你|您|你哋: you; 他|佢: he
她: she; 他的|佢嘅: his; 她的: her; 他们|她们|佢哋: they; 自己|自已: myself; 本人: i; 大家: people; 有人|有个人: someone
有的人|有些人|有人说: some people say; 别人|其他人|人家: other people; 谁: who
我老公|我丈夫|我先生|老公|丈夫|我爱人|爱人|我伴侣|伴侣: my husband; 我老婆|我妻子|我太太|老婆|妻子|太太|媳妇: my wife
我妈妈|我妈|我母亲|妈妈|母亲|老妈|我阿妈|阿妈: my mum; 我爸爸|我爸|我父亲|爸爸|父亲|老爸|我阿爸|阿爸: my dad
我儿子|儿子: my son; 我女儿|女儿|闺女: my daughter; 孩子|小孩|宝宝: child; 姐姐|妹妹|我姐|我妹: my sister
哥哥|弟弟|我哥|我弟: my brother; 朋友|好友: friend; 我朋友|我的朋友|我一个朋友|我有个朋友|有个朋友|一个朋友: my friend
我闺蜜|闺蜜|我同学|同学|我朋友的朋友|朋友的朋友: my friend; 同事|我同事: my colleague; 邻居|我邻居: my neighbour
医生|大夫|医师|皮肤科医生|皮肤科|医生们: doctor; 护士: nurse; 美容师|美容院的人|技师: beautician
诊所|医美诊所|美容院|机构|医美机构|医美: clinic; 医院: hospital; 急诊|急诊室|急症室|急诊科: emergency department
救护车|打120|叫救护车: ambulance

不但|不仅|不只|不光|不单: not only; 不停|不断|一直不停|不停地|没停过|冇停过: nonstop; 睡不着|睡唔着: can not sleep
吃不下|食唔落: can not eat; 站不起来|起不来床|下不了床|起不了床|走不了路|走不动|站不稳|起唔到身: can not get up
不行|唔得: no good; 不对劲|不太对劲|唔妥: not right; 不一样: different; 不好|唔好|不太好: bad; 不多|不太多: not much; 不久: soon
不小心: accidentally; 不能|不可以|不能够|唔可以|唔能够|无法: can not; 不想|唔想: do not want; 不敢|唔敢: afraid to
不然|否则: otherwise; 不一定|未必: not necessarily; 不够: not enough; 不得不: had to; 不得了: terrible; 没办法|冇办法: no way
没想到: unexpectedly; 没注意|没留意: did not notice; 没多久|没过多久|冇几耐: soon after; 没关系|冇所谓|无所谓: it is fine
没有了|没了|冇咗|无咗: gone now; 有时|有时候|偶尔: sometimes; 所有: all; 有关|相关: related; 好的|好吧|好嘅: ok; 好吗: ok ?
好处: benefits; 最好: best; 好在|幸好|还好是: luckily; 好久|很久|好耐: a long time; 好奇: curious; 刚好|正好: just
长时间|长期|很长时间: long term; 热门|热情|加热|热量: -; 闷热|炎热|天气闷热: hot weather; 网红: influencer; 口红: lipstick
红酒: red wine; 红糖|红枣|红豆: -; 肿瘤: tumour; 烧烤|烧伤|烫伤|燃烧|红烧|发烧友|烧饭|烧菜|烧水|烫头|烫发|电烫: -
晕车|晕船|晕机: travel sick; 晕针|晕血|怕打针: needle phobia; 死定了: doomed; 抽烟|吸烟|食烟: smoke; 抽空: -
喘口气|歇口气|透透气: rest; 灰心|灰尘: -; 枕头|枕套|枕巾|枕头上: pillow; 针头: needle; 针灸: acupuncture; 里头|外头|上头: -
开头: beginning; 头几天|头两天|头几日: the first few days; 点头|摇头: nod; 低头: bend my head; 这次|今次|呢次: this time
几次|好几次: several times; 心很慌|心好慌|心里慌|心慌慌: heart racing; 皮包: bag; 皮炎: dermatitis; 牛皮癣|银屑病: psoriasis
脂溢性皮炎|脂溢: seborrhoeic dermatitis; 有: have; 是: is; 就是: is; 是的|对的|嗯: yes; 对|对于|对住: for; 在: -; 的|地|得: -
了|过|着: -; 没有|没|无|冇|并没有|并没|从没|从来没有|从没有|从来没: no; 不|唔|未|并不|别|勿: not; 不是|唔系|并不是: is not
没有任何|没任何|一点都没有|完全没有|根本没有|都没有|也没有: no; 不会|唔会: will not; 不要|不用|唔使|不必: no need to
一点也不|一点都不|一点儿也不|完全不|根本不|都不|也不|又不|并不怎么: not at all; 不太|不怎么|不大: not very
有没有|有冇: is there any; 是不是|是否|系唔系|是唔是: is it; 会不会是|可能是|该不会是|不会是|会唔会系|係咪|系咪: could it be
会不会|会唔会: could it; 能不能|可不可以|可唔可以: can i; 要不要|用不用|需不需要|使唔使|用唔用: should i
好不好|对不对|行不行|好唔好|啱唔啱: ?; 对吧|是吧|吧|嘛|啊|呀|哦|喔|啦|咯: -; 吗|么|嘛呢|吗呢|咩|未呀|没呀: ?; 呢: -
不过|但是|但|可是|可|然而|只是|不过呢: but; 而且|并且|还有|以及|同时|和|跟|与|及|同: and; 或者|或|还是说: or
因为|由于|因: because; 所以|因此|于是: so; 然后|接着|之后就|后来就: then
如果|要是|假如|万一|假设|假使|若是|倘若|若|如果说|假如说|要系|如果系: if; 的话|嘅话: -; 就算|即使|哪怕: even if; 等|等等: -
比如|例如|像是: like; 但愿|希望: i hope

已经|已|早就: already; 还|仲: also; 还是|仍然|依然|仍|依旧|还在|仍在|一直还是|仲係|仲系: still; 也|亦: also; 都: -; 就|便: -
又: again; 再|再次|重新: again; 又开始|再次开始|又来了|复发|又复发|反复|反反复复: came back
一直|一直都|总是|老是|成日: constantly; 一直没|一直没有|一直都没|从来都没|从来都没有: never
平时|平常|一向|向来|本来|一贯|通常|从小就: normally; 才|只|只有|仅|仅仅: only
突然|忽然|一下子|突然间|冷不防|猛地|突然之间: suddenly; 慢慢|渐渐|逐渐|慢慢地: gradually
很|非常|特别|十分|超|超级|太|好|挺|蛮|真|真的|极其|极|好厉害|巨|贼|相当|格外|异常|都很|好鬼|勁: very
有点|有一点|有点儿|有些|稍微|稍稍|一点|一点点|略|略微|少少|小小|有少少|轻微|微微|一丢丢: a little
还有点|还有一点|还有些|仲有啲|还有点儿: also a little; 其他|其它|别的|其余|其他地方: other
其他都好|其他还好|其他都正常|其他没什么|其他都没事|其他都挺好|其余都好|其他都冇事|其他一切正常|除此之外都好: otherwise fine
比较|比: more; 更|更加|越发: even more; 最: most; 越来越: more and more; 像|好像|似乎|好似|仿佛|看起来|看上去|貌似: seems
感觉|觉得|感到|觉|感觉到|觉得自己: feel; 我感觉|我觉得|我感到|我觉: i feel; 我想|我认为|我猜|我估计|我怀疑: i think
我想知道|想知道|我想了解|想了解|我好想知: i want to know
我不知道|我唔知|不知道|唔知|不清楚|不确定|不太确定|说不准|不好说|不敢肯定|搞不清|弄不清: not sure
不明白|不懂|搞不懂|看不懂|不理解|被搞糊涂了|搞糊涂了|弄糊涂了|被弄糊涂了|有点糊涂|有些糊涂: i do not understand
担心|担忧|害怕|怕|好怕|紧张|焦虑|吓|吓坏了|吓死了|吓死我了|慌|好惊|惊: worried; 放心|安心: reassured; 小心|注意: careful
紧|发紧|绷紧|紧绷|绷: tight; 困难|难: difficult; 刚打完|刚做完|刚打了|刚注射完: just had the injections
不舒服|难受|不适|好辛苦|辛苦|唔舒服|不太舒服: unwell; 舒服|没事|没问题|冇事|无事|还好|还行|挺好|正常|好好的: fine
开心|高兴: happy; 累|疲劳|疲惫|很累|好累|累死了|好攰|攰|乏|没精神|没劲: tired; 困|犯困|想睡觉|想睡|好想睡: sleepy
谢谢|多谢|感谢|唔该: thanks; 你好|您好|医生你好|医生您好|哈喽|嗨|喂|在吗|在不在: hello
请问|想问|问一下|想问一下|请教: i want to ask; 笑死了|笑死我了|笑死|哈哈|哈哈哈|呵呵|嘻嘻: lol; 烦死了|烦: annoyed
丑死了|难看: ugly; 饿死了|饿: hungry; 热死了|热死人|天气好热|天气热|天热|好热啊: the weather is warm
冷死了|天气冷|天冷|好冷啊: the weather is cold

今天|今日|今儿|今日: today; 今早|今天早上|今朝|早上|早晨|上午|今天上午: this morning
中午|下午|今天下午|今晚|晚上|今天晚上|夜里: tonight; 昨天|昨日|琴日|尋日: yesterday
昨晚|昨天晚上|昨夜|昨天夜里|琴晚: last night; 前天|前日: two days ago; 明天|听日: tomorrow; 刚才|刚刚|刚|方才|啱啱: just now
现在|目前|这会儿|此刻|而家|宜家|眼下: now; 最近|近来|这段时间|这阵子|这几天|这两天|最近几天: lately
当时|那时|那时候|那会儿|当初|嗰阵: at the time; 后来|事后|最后: later; 以前|之前|从前|先前|原来|过去: before
很久以前|好久以前|很多年前|多年前|几年前|好几年前|以前很久|早年|多年以前|几年以前: years ago
小时候|小时侯|小的时候|细个: as a child; 去年|前年|上年: last year; 今年: this year; 上次|上一次|之前那次|上回: last time
上个月|上月: last month; 这个月|本月: this month; 上周|上个星期|上星期|上礼拜|上个礼拜: last week
这周|这个星期|这星期|本周|这礼拜: this week; 周末: weekend
从昨天开始|从昨天起|昨天开始|昨天起|从昨天到现在|自从昨天|从昨日开始|由昨天开始|由琴日开始: since yesterday
从今天早上开始|今天早上开始|从早上开始|早上开始|今早开始|从今早开始|从早上到现在: since this morning
从昨晚开始|昨晚开始|从昨天晚上开始|昨天晚上开始|昨晚起: since last night; 从|自从|自|由: since; 开始|起|开始了|开始有: started
以来|到现在|至今|到而家: since then; 每天|天天|每日|日日: every day; 一天比一天|一日比一日: every day
每小时|每个小时: every hour
一个小时比一个小时|1个小时比1个小时|1小时比1小时|一小时一个样|1小时1个样|一个钟一个样|几个小时就|几小时就: by the hour
几个小时内|几小时内|一两个小时就|短短几个小时: by the hour
一天之内|一天内|一夜之间|一晚上就|一个晚上就|一晚就|一夜就|过了一夜: overnight; 一两天|一两日: a day or two
两三天|两三日: a few days; 几天|好几天|几日|好几日|多天|十几天|数天: several days
几周|几个星期|好几周|好几个星期|几个礼拜|好几个礼拜|数周: several weeks; 几个月|好几个月|数月: several months; 半个月: two weeks
一整天|整整一天|一天一夜|整天|一整日|全日: all day; 天前|日前|天之前|日之前: days ago
天后|日后|天之后|天以后|日之后: days later; 周前|个星期前|星期前|个礼拜前|礼拜前|周之前: weeks ago
周后|个星期后|星期后|个礼拜后|礼拜后|周之后|周以后: weeks later; 个月前|月前: months ago; 个月后|月后|个月之后: months later
年前|年之前: years ago; 小时前|个小时前|钟头前|个钟头前|个钟前|钟前: hours ago; 分钟前|分钟之前: minutes ago; 天|日: days
个星期|星期|周|礼拜|个礼拜|週: weeks; 个月|月: months; 年: years; 小时|个小时|钟头|个钟头|个钟|粒钟: hours; 分钟|分: minutes
秒: seconds; 岁: years old; 第二天|次日|隔天|第二日|翌日|隔日: the next day; 第一天|头一天|当天|当日: the same day
第三天: day 3; 第四天: day 4; 第五天: day 5; 第六天: day 6; 第七天: day 7; 第十天: day 10; 第一周|第一个星期: week 1
第二周|第二个星期: week 2; 第三周|第三个星期: week 3; 第四周|第四个星期: week 4

一: a; 一个|一只|一颗|一粒|一块|一处|一片|个|颗|粒|块|片|啲: -; 两|二|俩|兩: two; 三: three; 四: four; 五: five; 六: six
七: seven; 八: eight; 九: nine; 十: ten; 几|好几|几个: several; 多: -; 半: half; 两个|两粒|两颗|两块|两处: two
三个|三粒|三颗|三块|三处: three; 好多|很多|许多|大量|一堆|一大堆|不少|好多个|多个|成堆: many; 一些|有的|部分|某些: some
度|摄氏度: degrees; 次/分|次/分钟|次每分钟|次每分|次一分钟|下/分|次/min: per minute; 次: times; 一次: once; 每次: every time
第一次|头一次|首次|第一回: the first session; 第二次|第二回: the second session; 第三次: the third session
每次打完: after every session; 有用|有效|管用|有帮助: works
有用吗|有效吗|管用吗|有没有用|有冇用|有没有效|有效果吗|有帮助吗: does it work ?; 是不是迹象的: is it a sign of; 毫米: mm
厘米|公分: cm; 硬币大小|硬币大|一元硬币|一块钱硬币|硬币那么大: coin sized; 黄豆大小|黄豆大|豌豆大小|豌豆大: pea sized

头皮|头皮上|頭皮: scalp; 头|脑袋|头部|个头: head; 头上|头顶|头顶上|头顶部: on my head
后脑勺|后脑|后枕部|头后面: back of my head; 额头|前额|脑门|额|额角|额部: forehead; 发际线|发际: hairline; 太阳穴: temple
眼睛|眼|双眼|眼球|两只眼睛|双眼睛|眼珠: eyes; 眼皮|眼睑|上眼皮|下眼皮|眼袋: eyelids
眼睛周围|眼周|眼眶|眼圈|眼睛四周|眼睛附近: around my eyes; 脸|面部|脸部|脸上|块脸|面颊|脸颊: face; 面: -
方面|见面|面对|后面|前面|外面|面条: -; 脖子|颈部|颈|颈项|脖|后颈|颈后|條頸: neck; 嘴唇|唇|口唇: lips; 嘴|嘴巴|口|口腔: mouth
口水|唾液: saliva; 舌头|舌|脷: tongue; 喉咙|嗓子|咽喉|喉头|喉|嗓子眼|喉咙里: throat; 胸|胸口|胸部|心口|胸前|心窝: chest
心脏: heart; 心: -; 心疼|心情|心理|耐心|关心|中心|点心|信心|心里|用心|粗心|内心|良心|心态|热心|手心: -; 皮肤|皮|皮肤上: skin
头发|头毛|头发丝|髮|頭髮: hair; 发: -; 肌肉: muscles; 身体|身子|身上|全身|浑身|周身|全身上下|成身: whole body
手|胳膊|手臂|手脚|手臂上: arm; 手机: phone; 手术: surgery; 手续: -; 腿|脚|腿脚: leg; 耳朵|耳|耳后|耳朵后面: ear; 鼻子|鼻: nose
牙|牙齿: teeth; 肚子|胃|肚: stomach; 背|后背: back; 肩膀|肩: shoulder; 淋巴结|淋巴: lymph nodes
半边脸|一边脸|一侧脸|一侧面部|半边面: one side of my face
半边身子|半边身体|一侧身体|一边身体|半身|一侧肢体|一边身子: one side of my body

美塑|美塑疗法|美塑针|中胚层|中胚层疗法|中胚层治疗|水光|水光针|生发针|生发水光|头皮水光|头皮美塑|头皮注射|头皮针: mesotherapy
头皮中胚层|头发美塑|防脱针|生发美塑|育发针|meso针: mesotherapy; 注射|打针|扎针|针|针剂|注射液|打完针|注射完: injection
打了|做了|打过|做过|注射了|有打: had; 打|做|注射过: -; 疗程|一个疗程: course; 治疗|疗法: treatment; 微针: microneedling
针眼|针孔|针口|打针的地方|注射部位|注射的地方|打针的位置|针眼处|扎针的地方|打针处|注射处|进针的地方|针眼位置: injection site
下针的地方: injection site; 打针那里|打针那块|打针的那块|打针那个地方|打针嗰度|打针那儿|打针那边: injection site
打针的部位|打过针的地方|打完针的地方|注射点|针眼周围|打美塑的地方|打美塑的位置|做美塑的地方|打水光的地方: injection site
打中胚层的地方: injection site; 说话|讲话|讲嘢|讲说话: speech
停不下来|停不了|止不住|控制不住|停唔到|停唔落|忍不住: can not stop; 厉害|严重|犀利|好犀利: severe
将近|几乎|接近|差不多有|快有: almost; 不长了|不再长|长不出来|长不出|唔再生|不长: not growing
地方|位置|部位|处|区域|范围|面积|那里|那儿|这里|这儿|嗰度: area; 周围|附近|旁边|四周|边上|周边: around
里面|里|入面|下面|底下|皮下|皮肤下面|皮下面: under the skin; 上面|表面: on top
打针后|打完针后|打针之后|打完针之后|打完以后|打完之后|注射后|注射之后|注射以后|打完后|做完后|做完之后: after the injections
做完以后|打完: after the injections; 美塑打完|美塑做完|打完之后呢: after that
美塑后|美塑之后|美塑以后|打完美塑|打完美塑后|做完美塑|做完美塑后|水光后|水光针后|打完水光|中胚层后|打了美塑后: after mesotherapy
做了美塑后: after mesotherapy; 后|之后|以后|過後: after; 前|之前: before; 疗程后|治疗后|治疗之后: after the treatment
米诺地尔|米诺|敏乐啶|落健: minoxidil; 非那雄胺|非那|保法止: finasteride; 生发|长头发|长发|生头发: hair growth; 效果: results
多少钱|价格|费用|价钱|几钱|贵不贵|贵吗: cost; 安全|安全吗|安唔安全: safe; 副作用|不良反应: side effects; 风险|危险: risk
并发症|后遗症: complications; 常见|普遍|很常见: common; 一般|一般来说|通常来说: usually; 会: will
可能|或许|也许|大概|估计|应该是: could; 可以|能|能够: can; 应该|应当|该: should; 需要|要|需|使: -; 必须|一定要: must
导致|引起|造成|引发|诱发|搞到: cause; 迹象|征兆|表现|症状|征象|信号: signs
有哪些症状|有什么症状|有啥症状|会有哪些症状|有哪些表现|有什么表现|有什么迹象|有哪些迹象: what are the symptoms; 感染: infection
感染了|被感染|感染咗|受感染: infected; 发炎|发炎了|炎症|发炎咗: inflamed; 细菌: bacteria
分枝杆菌|非结核分枝杆菌|结核|肺结核: mycobacteria; 过敏|过敏反应: allergic reaction; 败血症|脓毒症|脓毒血症|血液感染: sepsis
脑膜炎: meningitis; 坏死|组织坏死|坏死性筋膜炎: necrotising; 蜂窝组织炎|蜂窝织炎|丹毒: cellulitis; 毛囊炎: folliculitis
糖尿病|血糖高|高血糖|糖尿: diabetes
免疫力低|免疫力差|免疫力低下|免疫力弱|免疫力不好|免疫系统弱|免疫力很差|抵抗力差: weak immune system
抵抗力低|抵抗力弱|免疫缺陷|免疫抑制|免疫力好差: weak immune system; 激素|类固醇|强的松|泼尼松|地塞米松|可的松: steroids
免疫抑制剂: immunosuppressants; 化疗: chemotherapy; 艾滋病|艾滋: hiv; 怀孕|有孕|孕妇: pregnant
器官移植|肾移植|肝移植: organ transplant; 吃了|服了|用了|吃过|食咗|用过: took; 吃|服用|服|用|食: take
在吃|正在吃|一直在吃|长期吃|长期服用|在服用|正在服用|一直吃: taking; 药|药物|药片|药丸|药膏|软膏|膏|药水: medicine
抗生素|消炎药|抗菌药|抗菌素|头孢|阿莫西林|青霉素|阿奇霉素|克林霉素|左氧氟沙星: antibiotics
罗红霉素|红霉素|头孢克肟|头孢呋辛|莫匹罗星|百多邦|消炎针|打点滴|输液|吊针|吊盐水|挂水|打吊针: antibiotics
布洛芬|止痛药|止痛片: painkillers; 退烧药|退烧|退热药: fever medicine; 扑热息痛|对乙酰氨基酚|泰诺|必理痛: paracetamol
挤|挤压|挤出|挤破|抠|挑破|弄破|戳破: squeeze; 按摩|揉|揉一揉|按揉: massage; 冰敷|冷敷: cold compress; 热敷: warm compress
洗头|洗头发: wash my hair; 洗澡|冲凉: shower; 热水|热水澡|热水器|热饮|热茶|喝热水: hot water; 吹风机|风筒: hair dryer
运动|健身|跑步|跑完步|做运动: exercise

没用|没有用|不管用|没效果|没有效果|无效|不见效|不起作用|没起作用|没什么用|冇用|唔work|没什么效果|一点用都没有: did not work
完全没用: did not work
不见好|没好转|没有好转|不见好转|没见好|没有改善|没改善|没什么好转|不好转|未见好转|好不了|一直不好|仲未好|还没好: not better
仲喺度|仲喺到|仲响度: still there; 冇细过|冇细到|冇细咗|未细过|没细过: has not got smaller
还是没好|没好|没有好: not better
没消|没有消|不消|消不了|消不下去|没消下去|没有消下去|一直不消|还没消|还没有消|消不掉|不退|没退|没有退|退不了: not going away
退不下去|还没退: not going away
越来越严重|越来越厉害|越来越重|越来越差|越来越坏|加重|加重了|恶化|恶化了|变严重|变严重了|更严重|更严重了|更厉害: getting worse
严重了|厉害了: getting worse
越来越大|越长越大|变大|变大了|长大|长大了|增大|增大了|大了|大咗|还在长|在长|一天比一天大|一天天变大|越变越大: getting bigger
越来越肿|肿得更大: getting bigger; 越来越红|更红了|更红|越红: getting redder
越来越痛|越来越疼|更痛|更疼|更痛了|更疼了|越痛|越疼: getting more painful
越来越多|更多|又多了|多了|又多了几个|多了几个|又长了几个|又冒出几个: more
新的|新|又长了|又长出|又冒出|又起了|新长的|又冒了|新长出: new
长了|长出|长出来|冒出|冒出来|起了|冒了|生了|长咗|起咗|有了|多出|多出了|鼓起|鼓出|凸出来: got; 出现|出现了|浮现: appeared
长: grow; 变|变得|变成: turned
好了|已经好了|好了很多|痊愈|痊愈了|康复|康复了|恢复了|已经恢复|恢复正常|已经消了|消了|消下去了|消失了|不见了|退了: it cleared up
已经退了|退下去了: it cleared up
已经没事了|没事了|都好了|全好了|完全好了|自己消了|自己好了|慢慢消了|后来好了|很快就好了|好翻|好返|已经好返|冇事了: it cleared up
早就好了: it cleared up; 好多了|好点了|好一些了|好些了|好转了|有好转|好转|减轻了|减轻|缓解了|缓解|改善了: better now
退烧了|烧退了|烧已经退了|烧也退了|已经退烧了|退咗烧: it cleared up; 消肿了|肿消了|肿也消了|肿已经消了: the swelling went down
不红了|红也退了|红已经退了|红退了: the redness went away; 一样|差不多|没变化|没什么变化|没有变化|老样子|还是那样: the same
好像没什么|没什么|没什么事|冇乜嘢: nothing; 消毒: disinfect

发烧|发热|发高烧|发烧了|发热了|发烧咗|发烧烧|烧起来|发起烧来|发起烧|有发烧|有点发烧|烧|发烧到: fever
高烧|高热|烧得很高|烧得厉害|烧得很厉害: high fever; 低烧|低热|微烧|有点烧|少少烧: low fever; 烧到|烧了: fever
体温|温度|体温计|探热|体温是|量体温|量了体温|测体温|测了体温: temperature
头皮发热|头皮发烫|头皮热|头皮烫|摸着发热|摸起来发热|那里发热|局部发热|摸上去发热: scalp hot
热|烫|发烫|烫手|热热的|暖|温热|热辣辣: hot
摸着烫|摸起来烫|摸着热|摸起来热|摸上去烫|摸上去热|摸着是热的|摸着有点烫|摸着很烫: hot to the touch; 热乎乎|热烘烘: warm
发冷|怕冷|畏寒|觉得冷|感觉冷|很冷|好冷|冷得要命|手脚冰凉|身上冷|全身发冷|浑身发冷: feel cold; 冷|凉|冰冷|冰凉: cold
打寒战|打寒颤|打冷战|打冷颤|寒战|寒颤|冷颤|发抖|哆嗦|打哆嗦|颤抖|打颤|抖|打冷震|打震|冷到震: shivering; 抖音: tiktok
浑身发抖|全身发抖|浑身哆嗦|全身哆嗦|浑身颤抖|全身颤抖|全身打颤|浑身打颤|成身震|全身都在抖|浑身都在抖|全身抖: whole body shaking
抖得停不下来|抖个不停|控制不住地发抖|控制不住发抖|止不住地发抖|止不住发抖|抖得控制不住|停不下来地抖: shaking uncontrollably
发抖停不下来: shaking uncontrollably
抖到停不了|抖得厉害|抖得很厉害|抖得很严重|剧烈发抖|剧烈颤抖|牙齿打颤|牙齿都在打架|冷得牙齿打颤|寒战不止: shaking uncontrollably
震到停唔到: shaking uncontrollably; 忽冷忽热|一阵冷一阵热|时冷时热|一会冷一会热|一阵热一阵冷: hot and cold
出冷汗|冒冷汗|冷汗|盗汗|出虚汗: cold sweats; 出汗|流汗: sweating

包|肿块|包块|硬块|疙瘩|结节|硬结|肿包|鼓包|小包|大包|硬包|包包|凸起|突起|隆起|肉疙瘩|小疙瘩|硬疙瘩|小硬块|小肿块|肿物|硬粒: lump
小粒|粒粒|一粒粒|颗粒|小颗粒|凸点|硬点: lumps; 面包: bread
钱包|包包里|书包|背包|包括|包含|包装|红包|打包|包扎|包子|包容|包邮: -
起包|起了包|起了个包|起了一个包|长了个包|长了一个包|冒了个包|鼓了个包|起咗个包|生咗个包|起了个小包|长了个小包: got a lump
冒出一个包|冒出个包: got a lump; 疖子|疖|疔|疔疮|疖肿|热疖|痈: boil; 脓肿|脓包|脓疱|脓疮|脓头: abscess; 囊肿: cyst
水泡|水疱|泡|起泡|起水泡: blisters; 痘痘|痘|痘子|青春痘|粉刺|暗疮|痤疮|痱子: pimple
红点|小红点|红色小点|红疙瘩|红包包|红疹子|红色的小点: red spots; 硬|硬硬的|变硬|发硬|硬邦邦|很硬: hard
软|软软的|有波动感|波动感: squishy; 脓|脓液|脓水|脓血|浓水|浓液: pus
流脓|出脓|冒脓|化脓|有脓|挤出脓|渗脓|挤出来脓|化脓了|流脓了|出脓了|冒脓了|有脓了|有脓水|化脓咗|流膿: pus coming out
流水|渗液|渗出液|渗水|流黄水|黄水|渗出|流液体|流出液体|渗出来|流出来|流黄色液体|黄色液体|流脓水|渗黄水|出水: yellow fluid oozing
流汁|黄色的水: yellow fluid oozing; 分泌物|流出物: discharge
发臭|有臭味|臭|好臭|很臭|有异味|异味|难闻|臭臭的|有味道: smells bad; 结痂|痂|痂皮|结疤|血痂: scabs
黄色的痂|黄痂|黄色结痂|黄色的壳|黄色硬壳: yellow crust; 出血|流血|渗血|冒血|有血|出血了|流血了: bleeding; 血|血液: blood
抽血: blood test; 贫血: anaemia; 吐血|呕血: vomiting blood; 淤青|瘀青|乌青|青一块|紫一块|淤血|瘀血: bruises
疤|疤痕|瘢痕|留疤|伤疤|留了疤|留下疤|疤印|凹陷|凹坑|坑: scar; 伤口|创口|破口|破皮|破了: wound
痒|好痒|很痒|发痒|瘙痒|痕痒|痒死了: itching

红|发红|变红|泛红|通红|红色|红红的|红彤彤|潮红|红了|红咗|红晒: red; 红肿|红肿了|又红又肿|红红肿肿: red swollen
有点红|微红|轻微发红: a little red; 红了一片|一片红|红一片|一大片红|红红一片|大片红|红的一片|一片发红|红斑: red patch
红晕|红圈|一圈红|红一圈|红色的圈: red ring
肿|肿了|肿起来|肿起|肿胀|浮肿|水肿|肿大|肿得|肿咗|发肿|胀|肿起来了|肿了起来|鼓起来|肿肿的: swollen; 肿胀感|胀胀的: swelling
消肿|肿消: the swelling went down; 疼|痛|疼痛|痛感|作痛|胀痛|刺痛|隐痛|跳痛|抽痛|一跳一跳地痛|一抽一抽地痛|痛痛|疼疼: pain
酸痛|酸|酸胀|痠痛: aching
很痛|很疼|好痛|好疼|非常痛|非常疼|特别痛|特别疼|超痛|超疼|太痛|太疼|挺痛|挺疼|真痛|十分疼痛: very painful
有点痛|有点疼|有些痛|有些疼|微痛|轻微疼痛|一点痛|少少痛|有点点痛|有点儿疼: a little sore; 不痛不痒|唔痛唔痒: no pain
不痛的|不疼的|不会痛的: painless
做完中胚层|做完中胚层疗法|做完美塑|做完水光针|做完头皮注射: had mesotherapy
一个月了|一个多月了|快一个月了|有一个月了: a month ago
剧痛|剧烈疼痛|剧烈的疼痛|疼得厉害|痛得厉害|很剧烈的痛|疼得要命|痛得要命|痛死了|疼死了|痛得要死|疼得要死|痛得很厉害: severe pain
疼得很厉害: severe pain; 痛到|疼到|痛得|疼得: pain so bad
痛死|疼死|痛到死|痛到爆|痛到飞起|剧烈地痛|剧烈地疼|痛得很|疼得很|痛得不行|疼得不行|痛到不行|疼到不行: severe pain
痛得我想死|痛得想死|疼得想死|疼得我想死|痛到想死|疼到想死|痛得想哭|疼得想哭|痛得受不了|疼得受不了|痛到受不了: unbearable pain
疼到受不了|受不了的痛|受不了的疼|难以忍受|无法忍受|忍不了|忍受不了|痛到顶|疼得忍不了|痛得忍不了: unbearable pain
痛得哭|疼得哭|痛哭|痛到哭|疼到哭|疼哭了|痛哭了|痛得大叫|疼得大叫|痛得打滚|疼得打滚|痛到打滚|疼得直哭|痛得直叫: screaming in pain
痛到喊|痛到叫: screaming in pain
从没这么痛过|从来没这么痛过|前所未有的痛|这辈子最痛|最痛的一次|比生孩子还痛|比生孩子还疼|痛到极点|疼到极点: worst pain ever
无法形容的痛: worst pain ever
压痛|按着痛|按着疼|按压痛|按压疼|一按就痛|一按就疼|碰一下就痛|碰一下就疼|一碰就疼|一碰就痛|摸着疼|摸着痛: painful to touch
碰到就痛|碰到就疼|一摸就痛: painful to touch
一摸就疼|按下去痛|按下去疼|按住痛|掂到就痛|一掂就痛|碰都不能碰|碰都碰不得|不敢碰|摸都不敢摸: painful to touch; 敏感|触痛: tender
肌肉痛|肌肉疼|肌肉酸痛|浑身酸痛|全身酸痛|浑身疼|全身疼|全身痛|浑身痛|周身痛|骨头痛|全身骨头痛|浑身骨头疼: whole body aches
肌肉剧痛|全身剧痛|浑身剧痛|全身疼得厉害|浑身疼得厉害|全身痛得厉害|浑身痛得厉害|肌肉痛得厉害|肌肉疼得厉害: severe muscle pain
全身疼得要命|浑身疼得要命: severe muscle pain
浑身痛得受不了|全身痛得受不了|全身疼得受不了|浑身疼得受不了|全身痛到受不了|肌肉痛得受不了: severe muscle pain

在扩|往外扩|向外扩|往外扩散|向外扩散|往周围扩散|往四周扩散|往外蔓延|往旁边扩|越扩越大|在往外扩|一直往外扩: spreading
扩散|蔓延|扩大|蔓延开|散开|扩展|扩开|延伸|漫延|蔓延开来|扩散开来|扩散开|范围变大|范围扩大|面积变大|面积扩大|越扩越大: spreading
散开了|扩散了|蔓延了: spreading
扩散得很快|蔓延得很快|扩散很快|蔓延很快|迅速扩散|迅速蔓延|快速扩散|快速蔓延|一下子扩散|扩散得特别快: spreading rapidly
蔓延得特别快|飞快地扩散|扩散得好快: spreading rapidly
蔓延得好快|散得很快|扩得很快|扩大得很快|红得很快|一下子就扩散|一下子就蔓延|很快就扩散|很快就蔓延|很快扩散: spreading rapidly
很快蔓延|扩散速度很快: spreading rapidly
红的范围越来越大|红的地方越来越大|红的面积越来越大|红肿的范围越来越大|红肿范围越来越大|红的范围变大: the redness is spreading
红色范围扩大|红色在扩散|红色蔓延: the redness is spreading
红肿扩散|红肿蔓延|红肿在扩散|红肿在蔓延|红肿的地方在扩散|发红的地方在扩散|红的地方在扩散|红色在蔓延: the redness is spreading
红斑扩散|红斑在扩散: the redness is spreading; 扩散到|蔓延到|延伸到|扩到|散到|延到|蔓延至|扩散至|一直到|到了: spreading to
往|向|朝|朝着|向着: towards; 到|至: to
红线|红色的线|红色条纹|一条红线|一道红线|红道|红色的条|红条|红条纹|一条条红线|红色线条|几条红线|红色的纹|红痕: red streaks
一条红色的|红丝: red streaks; 淋巴管炎: lymphangitis; 线|条|条纹|纹: lines; 快|很快|好快|迅速|快速|飞快: fast; 慢|很慢: slowly
大|好大|很大|巨大: big; 小|很小|好小|细: small
持续|一直在|一直都在|还在那|都还在|仍然在|一直有|持续存在|一直存在|一直没好|一直冇好|迟迟不消|迟迟不好|迟迟没好: still there
持续不退: still there
两周多|两个多星期|超过两周|两个多礼拜|超过两个星期|半个多月|两周以上|两个星期以上|三周多|三个多星期: more than two weeks
掉头发|脱发|掉发|掉头发了|头发掉|头发掉了|头发掉得厉害|脱发严重|头发脱落|脱头发|甩头发|甩发|掉毛: hair loss
头发掉了一块|头发掉了一片|头发少了一块|掉了一块头发|掉了一片头发|少了一块头发|头发秃了一块|头发没了一块: bald patch
掉了一块|掉了一片|少了一块|掉咗一笪|甩咗一笪: lost a patch of hair
斑秃|鬼剃头|秃了一块|秃一块|一块秃|秃斑|秃了一片|一小块秃|一片秃|秃了一小块|秃了一圈|一圈秃|没头发的一块|一块没头发: bald patch
一块地方没头发: bald patch
一块头发都没有|那块没头发|那块不长头发|不长头发|那里不长头发|那里没有头发|没有头发了|头发没了|光秃秃|一块光秃秃|秃: bald patch
秃了|秃顶: bald patch
一块一块地掉|一块一块掉|一块块掉|一片片掉|一片一片地掉|一撮一撮地掉|一撮撮掉|一撮一撮|一撮撮|成片地掉: falling out in patches
成块地掉|成片掉|成块掉: falling out in patches
一块一块地掉头发|一块一块掉头发|一块块掉头发|一片片掉头发: hair falling out in patches
一片一片地掉头发|成片地掉头发|成块地掉头发|一撮一撮地掉头发: hair falling out in patches
头皮发亮|头皮还发亮|头皮亮亮的|头皮变亮: shiny scalp
成片脱发|成块脱发|斑块状脱发|局部脱发|片状脱发|块状脱发|圆形脱发|斑片状脱发: patchy hair loss; 掉|脱落|落: falling out
眼睛肿|眼睛肿了|眼皮肿|眼皮肿了|眼睑肿|眼睑肿胀|眼肿|眼睛肿起来|眼皮肿起来|眼睛浮肿|眼皮浮肿|眼泡肿|眼泡: swollen eyes
肿得睁不开眼|肿得睁不开|睁不开|睁不开眼|睁不开眼睛|眼睛睁不开|眼睛都睁不开|眼都睁不开|眼睛打不开: can not open my eyes
脸肿|脸肿了|面部肿胀|脸部肿胀|脸都肿了|整张脸肿|面肿|脸部浮肿|面部浮肿|脸浮肿|半边脸肿: swollen face

喘不过气|喘不上气|透不过气|上不来气|喘不动|憋气|吸不上气|没法呼吸|不能呼吸|无法呼吸|呼吸不了|喘不上来: can not breathe
气都喘不过来|喘唔到气|唞唔到气: can not breathe
呼吸困难|呼吸很困难|呼吸有困难|呼吸不顺|呼吸不畅|吸不进气|透唔到气|憋得慌|憋得难受|窒息|快窒息|喘不过来: can not breathe
气喘不过来|吸气困难: can not breathe
气短|气促|气喘|呼吸急促|呼吸很快|喘得厉害|喘气很急|呼吸很急|呼吸短促|上气不接下气|喘粗气|大口喘气|呼吸好快: short of breath
呼吸加快|喘气: short of breath; 喘|气喘吁吁: out of breath; 呼吸|呼吸声: breathing
喘鸣|哮鸣|哮喘|呼吸有杂音|呼吸有哨音: wheezing; 呼吸正常|呼吸顺畅: breathing normally
胸痛|胸口痛|胸口疼|胸疼|胸部疼痛|心口痛|心口疼|胸口很痛|胸口很疼|胸前痛|心绞痛|胸口刺痛|胸部痛|心口好痛|胸口好痛: chest pain
胸口好疼|心口翳: chest pain
胸闷|胸口闷|胸口发闷|胸口压着|胸口紧|胸口像压了石头|胸口像压着石头|胸口压迫感|胸口发紧|胸部发紧|胸闷气短|心口闷: chest tightness
胸口有压迫感: chest tightness
晕倒|昏倒|晕过去|昏过去|晕厥|昏厥|晕了过去|昏了过去|突然倒下|倒在地上|倒地|晕低|昏低|晕咗|晕倒了|昏倒了|晕倒过|失去知觉: fainted
失去意识|没了意识: fainted
昏迷|不省人事|没意识|没有意识|人事不省|叫也叫不应|没反应|没有反应|冇反应|对什么都没反应|叫他没反应|叫她没反应: unresponsive
一点反应都没有: unresponsive
差点晕倒|快晕倒|要晕倒|快要晕倒|好像要晕倒|差点昏倒|几乎晕倒|感觉要晕|感觉要晕倒|快晕了|要晕了: nearly fainted
头晕|眩晕|晕|头昏|头晕眼花|晕晕的: dizzy
不太清醒|不是很清醒|唔係好清醒|唔系好清醒|不怎么清醒|有点不清醒|不大清醒|唔清醒: disoriented
意识不清|神志不清|意识模糊|神志模糊|迷迷糊糊|糊里糊涂|稀里糊涂|神智不清|精神恍惚|恍惚|头脑不清|不清醒|神志不太清: disoriented
意识不太清|人都糊涂了|懵|懵咗: disoriented
糊涂|犯糊涂|变糊涂|糊涂了|人糊涂|迷糊|神志异常|意识混乱|精神错乱|错乱|乱讲嘢|胡说|犯迷糊|人不太清醒|反应迟钝|反应很慢: confused
反应好慢: confused
说胡话|胡言乱语|说话颠三倒四|胡说八道|语无伦次|说话没逻辑|答非所问|前言不搭后语|说话莫名其妙|说些奇怪的话: talking nonsense
讲胡话|讲嘢乱晒|说的话没头没脑: talking nonsense
说话不对劲|说话怪怪的|说的话不对|说话乱七八糟|讲话乱七八糟|说话没有条理|讲嘢唔知讲乜|不知道自己在说什么: talking nonsense
不知道在说什么: talking nonsense
认不出人|不认人|不认识人|认不出我|不认识我|不认得我|认不得人|认唔到我|唔认得我|连我都不认识|连我都认不出: does not recognise me
认不出家人|不认识家人: does not recognise me
不知道自己在哪|不知道在哪|不知道自己在哪里|不知道在哪里|不知道这是哪里|问这是哪里|不知道今天几号: does not know where he is
不知道今天是几号|不知道现在几点: does not know where he is
不记得自己|不记得自己叫什么|不知道自己叫什么|连自己名字都不记得|不记得发生了什么|记不起自己: does not know his own name
口齿不清|说话含糊|说话不清|说话不清楚|说话也不清楚|说话也不清|讲话也不清楚|话也说不清|说话都不清楚|说话都说不清: slurred speech
说话也说不清楚|说话说不清楚|说话都说不清楚|话说不清楚|话也说不清楚|讲话讲不清楚: slurred speech
脑子有点糊涂|脑子有些糊涂|脑子糊涂|脑袋糊涂|脑袋有点糊涂|头脑糊涂|脑子一团浆糊|脑子乱了|脑子不清醒: disoriented
话都讲不清|吐字不清|大舌头|说话含糊不清|舌头打结|舌头不灵活|讲话不清楚|讲话不清|讲嘢唔清楚|讲嘢含糊|说话口齿不清: slurred speech
说话大舌头|说话像喝醉了|说话像喝醉一样|说话含含糊糊|口齿含糊|咬字不清|说不清楚话|话都说不清|说话说不清: slurred speech
说话不利索|讲话含糊: slurred speech
嗜睡|昏睡|昏昏沉沉|昏昏欲睡|叫不醒|很难叫醒|叫都叫不醒|睡得叫不醒|醒不过来|怎么叫都不醒|叫也不醒|摇不醒|叫唔醒: hard to wake
好难叫醒|拍都拍不醒: hard to wake
一直昏睡|整天昏睡|昏沉|一直想睡|睁不开眼想睡|眼皮都抬不起来|睡着就叫不醒|叫醒了又睡过去|一叫醒又睡着|半睡半醒: very drowsy
意识时有时无: very drowsy
抽搐|抽风|癫痫发作|羊癫疯|羊角风|痉挛|全身抽搐|四肢抽搐|口吐白沫|惊厥|抽搐了|发作癫痫|癫痫|全身抽筋|扯筋|抽起来: seizure
全身痉挛|发羊吊: seizure; 一直在抽筋|一直抽筋|在抽筋|全身抽筋|抽筋抽得|四肢抽筋|手脚抽筋|抽筋咗|成身抽筋: seizure
抽筋|腿抽筋|小腿抽筋|脚抽筋: cramp
重影|复视|看东西重影|看东西有重影|看东西是双的|看什么都是两个|看东西有两个|一个看成两个|眼睛重影|看东西双影: double vision
看到两个|看嘢重影|看东西会重: double vision
视力模糊|看不清|看东西模糊|眼睛模糊|视线模糊|看不清楚|看东西不清楚|突然看不清|视物模糊|眼前发黑|眼前一黑|看不见: blurred vision
失明|看唔清: blurred vision; 僵硬|僵|发僵: stiff
脖子僵硬|脖子硬|脖子发硬|脖子很硬|颈部僵硬|颈项强直|脖子转不动|脖子动不了|低不了头|低头困难|脖子不能动|脖子僵|颈硬: stiff neck
条颈硬|颈僵|脖子好硬: stiff neck
一低头脖子就痛|一低头脖子就疼|低头脖子痛|低头脖子疼|低头就痛|低头就疼|转头就痛|转头就疼|脖子一动就痛: neck hurts when i bend
脖子一动就疼|转动脖子就痛|一低头就痛|一低头就疼: neck hurts when i bend
脖子僵住|脖子僵掉|脖子硬邦邦|下巴碰不到胸口|下巴贴不到胸口|头低不下去|头低不下|脖子弯不了|颈部强直|颈部发硬|后颈硬: stiff neck
后颈僵硬|颈好硬: stiff neck
头痛得快炸了|头疼得快炸了|头痛得要炸了|头疼得要炸了|头痛到快炸|头快爆炸|头痛得要爆炸|头疼得要爆炸: severe headache
快炸了|要炸了|要爆了|快爆了|要爆炸|快爆炸: exploding
头痛|头疼|头痛了|头疼了|头好痛|头很痛|头很疼|头好疼|头有点痛|头有点疼|头痛头晕|偏头痛|头部疼痛|头都痛|头赤|头痛咗: headache
剧烈头痛|头痛欲裂|头疼欲裂|头痛得厉害|头疼得厉害|头痛得要命|头疼得要命|剧烈的头痛|头痛得受不了|头疼得受不了: severe headache
爆炸般的头痛|头要炸了|头快炸了: severe headache
头要裂开|头痛到爆|头痛到受不了|头疼到受不了|从没这么痛过的头痛|这辈子最厉害的头痛|头痛得很厉害|头疼得很厉害: severe headache
头非常痛|头非常疼|头痛死了|头疼死了: severe headache
头痛得不行|头疼得不行|头痛到不行|头疼到不行|头痛到哭|头疼到哭|头痛得想吐|头疼得想吐|头痛得很|头疼得很|头赤到爆: severe headache
剧烈地头痛: severe headache
怕光|畏光|见光就痛|见光难受|光线刺眼|不敢看光|看到光就难受|光刺眼|灯光刺眼|受不了光|眼睛怕光|怕见光: light hurts my eyes
见光就疼|光照得眼睛痛|灯光照着眼睛痛: light hurts my eyes
开灯就难受|开灯就痛|不能开灯|不敢开灯|要关灯|要把灯关掉|要拉上窗帘|光线让眼睛痛|光让眼睛疼|对光敏感: light hurts my eyes
对光很敏感|看光眼睛痛|唔敢开灯: light hurts my eyes; 光|光线|灯光|灯|阳光: light; 光头: shaved head; 激光: laser; 光滑: smooth
光是: just; 紫外线: uv; 呕吐|吐了|一直吐|狂吐|吐了好几次|喷射状呕吐|又吐了|吐|呕|呕咗|吐咗|想吐又吐|吐出来: vomiting
恶心|想吐|反胃|作呕|干呕|作闷|欲呕: nausea; 吐槽: complain; 吐字: say
皮疹|疹子|红疹|出疹子|起疹子|起红疹|出疹|疹|风团|荨麻疹|起风团|出红疹|斑疹: rash
紫斑|紫色的斑|紫色斑点|紫红色斑点|紫色的点|紫色小点|紫点|紫红色的点: purple spots
瘀点|瘀斑|紫癜: petechiae; 出血点|针尖样出血点|针尖大小的红点|小出血点: pinpoint bleeding spots; 斑点|斑|小点|斑块: spots; 点: -
玻璃杯|杯子|玻璃|透明杯|水杯|杯: glass
压了不褪色|按压不褪色|压不褪色|按了不褪|压了不消失|压着不褪色|压也不褪色|按也不褪色|按下去不褪色: do not fade when pressed
压下去不褪色|压了还在|按了还在: do not fade when pressed
压了也不褪|按了也不褪|按压也不褪|压了都不褪|压了不变白|按了不变白|压了颜色不变|按压不消失|按压后不褪色: do not fade when pressed
压住不褪色|压下去还在|压唔褪: do not fade when pressed
用杯子压也不褪色|玻璃杯压不褪色|杯子压了不褪|用玻璃杯压还在|压玻璃杯也不褪|用玻璃杯压也不褪色: glass test do not fade
用杯压也不褪|杯子压上去还在|玻璃杯压了还在: glass test do not fade
压了会褪色|按压会褪色|压了就褪|按了就褪|压了会变白|压下去会褪色|压了就消失|按了就消失|按下去会褪|按压褪色: fade when pressed
压了褪色: fade when pressed; 压|按|按压|压一下|按一下|压住|按住|用力压|按下去|压下去|碌: press
褪色|褪|消退|变白|退色|变淡|消失: fade
发花|花斑|皮肤发花|皮肤有花纹|大理石样|大理石纹|花花的|一块块花|斑驳|网状|皮肤花斑|像大理石|一块红一块紫|红一块白一块: mottled
发紫|青紫|紫绀|发绀|变紫|紫了|紫色|紫|乌紫|发乌|乌黑|发黑: purple; 发青|变青|青色|铁青: blue; 蓝|蓝色|发蓝|变蓝: blue
发灰|灰白|灰色|灰|变灰|死灰|灰暗|灰扑扑: grey; 苍白|惨白|煞白|白得像纸|像纸一样白|没有血色|没血色|毫无血色|面无血色: very pale
脸色|面色|肤色|气色: face colour
嘴唇发紫|唇色发紫|嘴唇青紫|嘴唇发青|嘴唇发黑|嘴唇变紫|嘴唇紫|嘴唇变蓝|嘴唇发白|嘴唇发灰|口唇发绀|嘴唇乌: blue lips
白|发白|变白了|白色: white; 黄|发黄|黄色|变黄|黄黄的: yellow; 白发|白头发|白头发多: grey hair
白头|白头粉刺|长白头|冒白头: whiteheads; 绿|发绿|绿色|黄绿色: green; 尿|小便|尿尿|排尿|撒尿|屙尿|嘘嘘|小解: urine
没尿|没有尿|没小便|没有小便|无尿|不排尿|尿不出|尿不出来|没排尿|没有排尿|没去厕所|没上厕所|一直没尿: no urine
没解小便|没有解小便|没去过厕所|没上过厕所|没有去厕所|没有上厕所|尿不出|都没尿|一滴尿都没有|冇屙尿|冇尿|没怎么尿: no urine
滴尿未排|一直没有小便: no urine; 尿很少|尿少|尿量少|尿得很少|尿量减少: very little urine; 尿黄|尿很黄|尿色深: dark urine
厕所|洗手间|卫生间: toilet
心跳很快|心跳加速|心跳好快|心跳得很快|心跳特别快|心慌|心悸|心跳得厉害|心跳得很厉害|心怦怦跳|心砰砰跳|心脏狂跳: heart racing
心跳过速|心动过速|心跳快: heart racing
心跳加快|心跳好劲|心跳得好快|心跳得好厉害|心跳得飞快|心脏跳得很快|心脏跳得好快|心脏跳得厉害|心都要跳出来: heart racing
心快跳出来|心跳不规律|心律不齐|心狂跳: heart racing; 心跳|心率|脉搏|脉|脉跳|心跳数: heart rate; 手表|手环|智能手表: watch
血氧|血氧饱和度: oxygen level
血压很低|血压低|血压偏低|血压下降|血压掉|血压降|血压掉了|血压掉得厉害|低血压|血压测不到|血压量不到: very low blood pressure
血压特别低|血压超低|血压好低|血压低得很: very low blood pressure
血压一直掉|血压往下掉|血压突然掉|血压突然下降|血压降了|血压降低|血压下降了|血压跌|血压跌咗|血压跌了: very low blood pressure
血压好低啊: very low blood pressure; 血压|血压计|血压是|量血压|量了血压|测血压: blood pressure; 高压|收缩压|上压: top number
低压|舒张压|下压: bottom number
感觉要死了|觉得要死了|快要死了|自己快要死了|感觉快死了|觉得快死了|感觉自己要死了|觉得自己快死了: i feel like i might die
我要死了|我快死了|快不行了|要不行了|感觉不行了|感觉会死: i feel like i might die
怕自己会死|感觉自己快不行了|感觉自己不行了|觉得自己要死|觉得自己会死|好像要死了|好像快死了|感觉快要死了: i feel like i might die
觉得快要死了|我觉得我会死|感觉死定了: i feel like i might die
快死了|要死了|就快死|我觉得我要死了|好似就快死|感觉好似要死|感觉就快死|觉得好似要死: i feel like i might die; 死|死掉|死人: die
会死吗|会死人吗|会不会死: can it kill ?
嘴唇肿|嘴唇肿了|嘴肿|嘴巴肿|嘴唇肿起来|嘴唇肿胀|嘴唇肿得很大|嘴唇变厚|嘴唇变大|嘴唇发肿: swollen lips
舌头肿|舌头肿了|舌头肿大|舌头变大|舌头变厚|舌头肿起来: swollen tongue
喉咙发紧|嗓子发紧|喉咙紧|喉咙肿|喉咙被卡住|喉咙像被掐住|嗓子眼发紧|喉咙肿了|喉咙收紧|喉咙好紧|喉咙像要关上: throat closing
喉咙锁住|嗓子肿|嗓子肿了|喉头水肿: throat closing
吞咽困难|吞口水都困难|吞口水困难|咽口水困难|口水都吞不下|吞口水都难|咽不下去|吞不下去|咽东西困难|吞东西困难: can not swallow
咽口水都难|吞口水困难|吞唔落|咽不下|吞不下|吞口水都痛|咽口水都困难|吞东西很难|不能吞咽: can not swallow
没力气|无力|乏力|没力|软弱无力|使不上劲|使不上力|冇力|没有力气|提不起劲|用不上力: weak
手没力|手没力气|手臂没力|胳膊没力|胳膊没力气|手臂无力|手无力: arm weak
一边手没力|一只手没力|一只手没力气|半边手没力|一边没力|半边身子没力|半边身体没力|一侧肢体无力|手脚无力: weakness on one side
半边身没力|一边身体没力气|半身不遂: weakness on one side
胳膊抬不起来|手臂抬不起来|手抬不起来|手举不起来|胳膊举不起来|手臂举不起来|拿不住东西|握不住东西|拿唔稳嘢: can not lift my arm
东西都拿不住|手拿不稳: can not lift my arm
嘴歪|口角歪斜|脸歪了|面瘫|嘴歪了|嘴角歪|嘴角下垂|一边脸垂下来|半边脸垂下来|脸一边塌了|口歪眼斜|面部下垂|嘴巴歪: face drooping
嘴歪眼斜: face drooping; 麻|麻木|发麻|麻麻的|没知觉|没感觉|冇感觉|麻痹: numb; 瘫痪|瘫|动不了|不能动|郁唔到: paralysed
中风|脑中风: having a stroke

怎么办|咋办|该怎么办|怎么处理|怎么做|该咋办|点算|点算好|点办|怎么搞|该怎么做|我该怎么办|要怎么办|应该怎么办: what should i do
怎么弄|如何处理: what should i do
正常吗|正常么|正常不|正常吗呢|正不正常|正唔正常|系咪正常|是正常的吗|是不是正常|算正常吗|属于正常吗|算不算正常: is it normal ?
正常嘅: is it normal ?
这样正常吗|这样正常么|这样正常不|这样算正常吗|这样是正常的吗|咁样正常吗: is this normal ?
要紧吗|要紧不|严重吗|严重不|危险吗|有事吗|没事吧|有问题吗|要紧么|严不严重|危不危险|要不要紧|紧唔紧要|严唔严重: is it serious ?
有冇事|会有事吗: is it serious ?
需要去医院吗|要去医院吗|要不要去医院|用不用去医院|需不需要去医院|要看医生吗|要不要看医生|需要看医生吗: should i see a doctor ?
用不用看医生|该去医院吗|要唔要去医院: should i see a doctor ?
要去急诊吗|需要去急诊吗|要不要去急诊|该不该去急诊|要唔要去急症|需要叫救护车吗: should i go to the emergency department ?
要叫救护车吗: should i go to the emergency department ?; 什么|甚么|乜|乜嘢|啥|什么样: what; 为什么|为啥|点解|为何|怎么会: why
怎么|怎样|如何|点样|咋|怎么样: how; 多久|多长时间|几耐|多长: how long; 哪里|哪儿|边度|哪: where; 哪些|哪种|哪个: which
多少: how much; 多大: how big; 是什么|系咩|系乜: what is; 什么意思|咩意思|乜意思: what does it mean
听说|听人说|听别人说|据说|听讲|我听说|听人讲|听朋友说|我听人说|有人跟我说|人家说|别人说|听闻|我听闻: i heard that
网上说|网上看到|在网上看到|网上有人说|看到网上说|网上查到|百度说|百度上说|小红书上说|小红书上|抖音上: i read online that
抖音上说|网上|在网上|上网查|网上查: i read online that
看到有人|看到个视频|看到一个视频|刷到|刷到一个|看过一个视频|看新闻说|新闻说|新闻报道|看到报道|看过报道: i saw a video of someone
看了个帖子|看到帖子|有个帖子: i saw a video of someone
朋友说|朋友讲|朋友跟我说|朋友告诉我|我朋友说|我朋友讲|闺蜜说|同事说|同学说: my friend said
医生说|医生讲|大夫说|医生告诉我|医生话: the doctor said; 说|讲|告诉我|跟我说|话|讲过|说过: said; 问|问了: asked
看到|看见|见到|发现|留意到: noticed; 看|去看|睇: see; 检查|验|化验|验血|拍片|b超|超声: tests
去医院|去看医生|看医生|去诊所|去急诊|去急症: go to the doctor
去了医院|看了医生|看过医生|去了急诊|去过医院|睇咗医生: went to the doctor; 开了|开药|开了药|给我开了|配了: prescribed
知道|晓得|知: know; 记得|记住: remember; 认识|认得: recognise; 明白|懂: understand; 应该没事|应该没问题|估计没事: probably fine
因为这个|而|并: -; 而已|罢了|啊啊|哎|哎呀|唉|天啊|天哪|我的天|救命|急|好急|很急|急问|在线等|急急急: -
救命啊|救救我|快帮帮我|帮帮我|紧急|好紧急|很紧急: help urgent; 请|麻烦|帮我|帮忙: please; 这|这个|呢个|嗰个|那个|那|嗰: this
东西|嘢: thing; 事|事情: thing; 问题: problem; 情况: situation; 反应: reaction; 感觉到: feel; 样子|样: like this
会这样|会咁: happen
是什么意思|什么意思啊: what does it mean; 叫不太醒|好像叫不醒|叫不太醒了|不太叫得醒: hard to wake; 有过|曾经有过|得过: had
混乱|好混乱|很混乱|头脑混乱|脑子很乱: confused
不知道自己在哪|不知道自己在哪里|唔知自己喺边度|唔知自己喺边|唔知自己喺边度: does not know where she is
"""

# Words written only in traditional characters or in Hong Kong and Taiwan usage (added as they are)
_REGIONAL = """
頭髮|頭髪: hair; 講嘢唔清楚|講話不清楚|講話含糊|講話不清: slurred speech; 條頸好硬|頸好硬|條頸硬晒: stiff neck
化膿咗|流緊膿|有膿: pus coming out; 發燒緊|燒緊|發緊燒: fever; 痛到死|痛到暈: severe pain
呼吸唔到|唞唔到氣|透唔到氣|抖唔到氣: can not breathe; 暈低咗|暈咗|昏咗: fainted; 冇屙過尿|成日冇屙尿|冇去過廁所: no urine
心口痛|心口好痛|心口翳|心口好翳: chest pain; 腫咗|腫晒: swollen; 紅晒|紅咗: red; 抽筋咗|扯緊筋: seizure; 塊面: face
"""

CHINESE = with_traditional(_WORDS) + "\n" + _REGIONAL.strip()
