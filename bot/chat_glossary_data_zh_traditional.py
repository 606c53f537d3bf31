"""Traditional spellings for the Chinese glossary (`bot.chat_glossary_data_zh`): each simplified key gets its
traditional forms, character by character, after whole words whose traditional form is not the characters' usual one,
and once more with Hong Kong's and a week's forms."""

from __future__ import annotations

from typing import Dict, List, Tuple

__all__ = ["with_traditional"]

# Traditional spellings: pairs of a simplified character and its usual traditional form, then whole words
# whose traditional form differs from that default ("头发" hair is "頭髮", not "頭發"); every key gets both
_TRADITIONAL_PAIRS = """
万萬 与與 丑醜 东東 丝絲 丢丟 两兩 严嚴 个個 为為 举舉 么麼 乌烏 乐樂 书書 乱亂 于於 亲親 仅僅 从從 们們 价價 会會 伤傷
伦倫 体體 侣侶 侧側 俩倆 儿兒 关關 兴興 内內 冲沖 况況 准準 凉涼 减減 几幾 刚剛 创創 别別 剂劑 剧劇 办辦 动動 劲勁 劳勞
区區 医醫 卫衛 厉厲 压壓 厕廁 厘釐 双雙 发發 变變 号號 后後 吓嚇 吗嗎 听聽 呕嘔 咙嚨 唇脣 喷噴 喽嘍 嘘噓 团團 围圍 圆圓
坏壞 块塊 声聲 壳殼 处處 复復 够夠 头頭 妇婦 妈媽 学學 宝寶 对對 导導 尔爾 层層 属屬 岁歲 币幣 师師 帘簾 帮幫 干乾 并並
应應 开開 异異 张張 弯彎 强強 当當 征徵 忧憂 怀懷 总總 恶惡 惊驚 惨慘 惫憊 愿願 战戰 扑撲 扩擴 抠摳 护護 报報 担擔 挂掛
挛攣 挤擠 据據 摄攝 摇搖 数數 无無 旧舊 时時 晒曬 晓曉 晕暈 机機 杂雜 条條 来來 极極 构構 样樣 检檢 气氣 没沒 泼潑 测測
浑渾 浓濃 涂塗 渐漸 渗滲 温溫 滚滾 灯燈 灵靈 点點 烦煩 烧燒 烫燙 热熱 爱愛 状狀 环環 现現 畅暢 疖癤 疗療 疮瘡 疯瘋 疱皰
痈癰 痉痙 痒癢 痪瘓 痫癇 瘫癱 癫癲 盐鹽 盗盜 着著 睁睜 睑瞼 确確 礼禮 秃禿 种種 积積 稳穩 窝窩 类類 紧緊 红紅 级級 纸紙
纹紋 线線 绀紺 组組 细細 织織 经經 结結 给給 绞絞 统統 续續 绿綠 缓緩 缩縮 网網 罗羅 罢罷 肤膚 肾腎 肿腫 胀脹 脉脈 脏臟
脑腦 脓膿 脚腳 脱脫 脸臉 节節 苍蒼 范範 荨蕁 药藥 蓝藍 虑慮 虚虛 蛮蠻 装裝 见見 规規 视視 觉覺 触觸 计計 认認 让讓 记記
讲講 许許 设設 识識 诉訴 诊診 话話 该該 语語 诱誘 说說 请請 诺諾 谁誰 谢謝 败敗 贯貫 贴貼 贵貴 费費 贼賊 车車 转轉 软軟
轻輕 较較 辈輩 辑輯 输輸 边邊 过過 运運 还還 这這 进進 连連 迟遲 迹跡 适適 逻邏 遗遺 邮郵 邻鄰 里裡 针針 钝鈍 钟鐘 钱錢
铁鐵 锁鎖 错錯 长長 门門 问問 间間 闷悶 闺閨 闻聞 阳陽 阵陣 际際 险險 隐隱 难難 霉黴 顶頂 项項 顺順 须須 颈頸 颊頰 频頻
颗顆 题題 颜顏 额額 颠顛 颤顫 风風 飞飛 饮飲 饱飽 饿餓 驳駁 验驗 鸣鳴 黄黃 齐齊 齿齒
"""
_TRADITIONAL_WORDS = {
    "头发": "頭髮",
    "脱发": "脫髮",
    "掉发": "掉髮",
    "甩发": "甩髮",
    "发际": "髮際",
    "生发": "生髮",
    "育发": "育髮",
    "长发": "長髮",
    "发丝": "髮絲",
    "复视": "複視",
    "恶心": "噁心",
    "手表": "手錶",
    "杆菌": "桿菌",
    "痊愈": "痊癒",
    "仿佛": "彷彿",
    "糊里糊涂": "糊里糊塗",
    "面包": "麵包",
}
# a second traditional form: Hong Kong's "説", "唇", "温", "脱", "衞"; "週" for a week, "隻", "嚥", "覆", "痠", "併"
_VARIANT_PAIRS = "说説 什甚 唇唇 温温 脱脱 卫衞 周週 只隻 咽嚥 复覆 酸痠 并併 痹痺 么麼"


def _traditional_maps() -> Tuple[Dict[str, str], Dict[str, str]]:
    pairs = _TRADITIONAL_PAIRS.split()
    variants = _VARIANT_PAIRS.split()
    bad = [p for p in pairs + variants if len(p) != 2]
    if bad:
        raise ValueError(f"bot/chat_glossary_data_zh_traditional.py: traditional pairs {bad} are not two characters")
    main = {p[0]: p[1] for p in pairs}
    return main, {**main, **{p[0]: p[1] for p in variants}}


def with_traditional(data: str) -> str:
    """``data`` with every key's traditional spellings added beside it ("发烧|發燒: fever")."""
    tables = [str.maketrans(m) for m in _traditional_maps()]

    def traditional(key: str) -> List[str]:
        for simplified, word in _TRADITIONAL_WORDS.items():
            key = key.replace(simplified, word)
        return [key.translate(table) for table in tables]

    lines = []
    for line in data.strip().splitlines():
        entries = []
        for chunk in line.split(";"):
            keys, sep, value = chunk.partition(":")
            if not sep:
                entries.append(chunk)
                continue
            names = [k.strip() for k in keys.split("|") if k.strip()]
            names += [t for k in names for t in traditional(k)]
            entries.append(f"{'|'.join(dict.fromkeys(names))}:{value}")
        lines.append(";".join(entries))
    return "\n".join(lines)
