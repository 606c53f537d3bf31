"""Korean for `bot.chat_cjk`: substring keys (particles are written onto words), longest first."""

from __future__ import annotations

from typing import List, Tuple

KOREAN = """
저|나|제가|내가: i; 제|내: my; 열이 나|열이 있|발열: fever; 혹|멍울|덩어리: lump; 고름: pus; 빨갛|빨간|붉: red
뜨겁|뜨거운: hot; 부었|붓|부어: swollen; 아프|아파|통증: pain; 두피: scalp; 주사: injection
메조테라피|메조: mesotherapy; 숨을 못 쉬|숨쉬기 힘들|숨이 차: can not breathe; 가슴이 아프|흉통: chest pain
기절|실신: fainted; 없어요|없다|없고: no
"""
KOREAN_RULES: List[Tuple[str, str]] = []
