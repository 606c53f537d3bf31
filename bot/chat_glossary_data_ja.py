"""Japanese for `bot.chat_cjk`: substring keys, longest first."""

from __future__ import annotations

from typing import List, Tuple

JAPANESE = """
私|僕|俺: i; 私の|僕の|俺の: my; 熱がある|熱が出た|発熱: fever; しこり|腫れ物|できもの: lump; 膿|うみ: pus
赤い|赤く: red; 熱い|熱く|熱を持って: hot; 腫れ|腫れて: swollen; 痛い|痛み|痛く: pain; 頭皮: scalp
注射: injection; メソセラピー|メソ: mesotherapy; 息ができない|息が苦しい|呼吸が苦しい: can not breathe
胸が痛い|胸痛: chest pain; 気を失った|失神: fainted; ない|ありません: not
"""
JAPANESE_RULES: List[Tuple[str, str]] = []
