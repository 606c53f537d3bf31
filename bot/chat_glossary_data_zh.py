"""Chinese (simplified and traditional) for `bot.chat_cjk`: substring keys, longest first."""

from __future__ import annotations

from typing import List, Tuple

CHINESE = """
我: i; 我的: my; 他: he; 她: she; 有: have; 没有|沒有: no; 不: not; 和|跟: and; 或者|或: or
发烧|發燒|发热|發熱: fever; 肿块|腫塊|包块|包塊: lump; 脓|膿: pus; 红|紅: red; 热|熱: hot; 肿|腫: swollen; 痛|疼: pain
头皮|頭皮: scalp; 注射|打针|打針: injection; 中胚层疗法|中胚層療法|美塑疗法|美塑療法|水光针|水光針: mesotherapy
呼吸困难|呼吸困難|喘不过气|喘不過氣: can not breathe; 胸痛|胸口痛: chest pain; 晕倒|暈倒|昏倒: fainted
"""
CHINESE_RULES: List[Tuple[str, str]] = []
