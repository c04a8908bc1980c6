"""Members of staff by the work a record says they did, the family name alone: after the work's label
(``撮影：山下。``, ``対応：千葉``; ``受けた人：松本`` is a role label of person_cues), opening a line or a clause
before what they did (``高橋より…を紹介``, ``太田所見：``, ``7/7松尾が現地確認``, ``同日夕方、山下と保健師で``), and
signing a memo off after 以上 (``以上、千葉``).

A value of two kanji or more that the lexicon holds as a family name (after a label), and never as a common noun too
where only its place in the line vouches for it (not 対応：済, 中央より参加, 清水評価: 清水 is a word too); より only
before what staff do for someone, its object's を right before it (…を紹介, を説明, を連絡…), not where someone or
something came from (福岡より講師を招いて, 松本より北へ…説明があった, 熊本より支援物資の送付).
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_words import family_never_word, has_family_name_entry, not_a_name

Span = tuple[int, int, float]
_SCORE = 0.75
_LABELLED = re.compile(
    r"(?:(?:^|(?<=[\s|（(]))(?:撮影|取材|記入|記録|対応|担当|受付|入力|確認|作成|聞き取り)[ \t\u3000]*[:：]"
    r"|^[ \t\u3000]*以上[、,])[ \t\u3000]*(?P<name>[\u3005\u4e00-\u9fff]{2,4})(?=[ \t\u3000]*(?:[（()）、,。|]|$))",
    re.MULTILINE,
)
_DID = re.compile(
    r"(?:^[ \t\u3000・]*|(?<=[0-9]/[0-9])|(?<=[0-9]/[0-9]{2})|(?<=、))(?P<name>[\u3005\u4e00-\u9fff]{2,3})"
    r"(?=より[^。\nを]{0,30}を(?:紹介|説明|連絡|報告|案内|指導|助言|回答|提案|依頼|送付|通知)"
    r"|が(?:現地|訪問|対応|確認|聞き取り|電話|説明|同行)|所見|評価|と(?:保健師|担当|相談員|ケースワーカー))",
    re.MULTILINE,
)


def staff_names(text: str) -> list[Span]:
    """(start, end, score) of each member of staff named by their work (see the module docstring)."""
    labelled = [m for m in _LABELLED.finditer(text)
                if has_family_name_entry(m.group("name")) and not not_a_name(m.group("name"))]
    did = [m for m in _DID.finditer(text) if family_never_word(m.group("name"))]
    return [(m.start("name"), m.end("name"), _SCORE) for m in labelled + did]
