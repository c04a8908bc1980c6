"""Where a name Sudachi knows starts and ends in the tokens, and the katakana reading written after it.

A name runs over family and given names (山田太郎, 小林 美咲, 鬼塚 珠 璃亜), an unknown given name after a
family name (森 零, 李 秀英), katakana words joined by ・ (マリア・サントス) or single spaces (マル マイ), and a
one-kanji family name before a given name (丸春香, 母 東 春香); a space never joins kanji to katakana.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from gateway.privacy.recognizers import person_context as ctx
from gateway.privacy.recognizers.person_words import (
    FORM_WORDS,
    KANJI,
    NOT_WORDS,
    ORG_WORDS,
    TITLES,
    is_honorific,
    is_katakana,
    is_name,
    name_like,
)

_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_GIVEN_MIXED = re.compile(r"[\u3041-\u3096]{2,4}|[\u3041-\u3096]{1,3}[\u4e00-\u9fff]")
SURE, UNSURE = 0.75, 0.35  # base scores of a known name: a full name, a lone family or given name


def next_token(doc: Doc, i: int) -> Token | None:
    return doc[i] if i < len(doc) else None


def _given_name_like(family: Token, tok: Token) -> bool:
    """An unknown given name after a family name: 零 (数詞), 偉 (形容詞), あすか (地名), 李 秀英, ワタナベ マイ."""
    if tok.tag_.startswith(NOT_WORDS) or tok.text in TITLES or tok.text in ORG_WORDS:
        return False
    if is_katakana(family):
        return is_katakana(tok) and bool(tok.tag_.startswith("名詞"))
    if _HIRAGANA.search(tok.text) and _GIVEN_MIXED.fullmatch(tok.text):
        return bool(tok.tag_.startswith("名詞"))  # あすか, くみ子
    # a common noun only after a one-kanji family name (李 秀英)
    if tok.tag_.endswith(("サ変可能", "副詞可能", "助数詞可能")):
        return False  # 岡 架電: a verb-like noun after the name
    return KANJI.fullmatch(tok.text) is not None and len(tok) <= 2 and ("普通名詞" not in tok.tag_ or len(family) == 1)


def joins(doc: Doc, end: int) -> bool:
    """Whether doc[end] continues the name ending at end-1 (no change of script across a space)."""
    prev, tok = doc[end - 1], doc[end]
    return not prev.whitespace_ or is_katakana(prev) == is_katakana(tok)


def _name_run_end(doc: Doc, i: int) -> int:
    """End of the name starting at i: 山田太郎, 山田 太郎, 小林 美咲, 鬼塚 珠 璃亜, 森 零, マリア・サントス."""
    end = i + 1
    while end < len(doc) and end - i < 6 and joins(doc, end):
        tok, after = doc[end], next_token(doc, end + 1)
        if is_name(tok):
            end += 1
        elif (after is not None and is_name(after) and len(tok) <= 2 and name_like(tok) and not tok.whitespace_) or (
            tok.text == "・" and after is not None and is_katakana(after)
        ):
            end += 2
        elif end == i + 1 and "姓" in doc[i].tag_ and _given_name_like(doc[i], tok):
            end += 1
            break
        else:
            break
    return end


def katakana_run_end(doc: Doc, i: int) -> int:
    """End of katakana words separated by single spaces (an account holder: ﾏﾙ ﾏｲ → マル マイ)."""
    end = i
    while end < len(doc) and end - i < 4 and is_katakana(doc[end]) and (end == i or doc[end - 1].whitespace_ == " "):
        end += 1
    return end


def known_name(doc: Doc, i: int) -> tuple[int, float] | None:
    """End and base score of a name Sudachi knows starting at i: 姓名 runs and katakana ・ runs."""
    if (dot_end := _dot_run_end(doc, i)) > i:
        vouched = any(is_name(t) for t in doc[i:dot_end]) or ctx.role_before(ctx.line_prefix(doc, i))
        return dot_end, SURE if vouched else UNSURE
    if is_name(doc[i]):
        end = _name_run_end(doc, i)
        full = end - i >= 2 or (KANJI.fullmatch(doc[i].text) is not None and len(doc[i]) >= 3) or "(" in doc[i].text
        return end, SURE if full else UNSURE
    return None


def _dot_run_end(doc: Doc, i: int) -> int:
    """End of katakana words joined by ・ (ヌル・ヴァン・ペレイラ); i itself when there is none."""
    end = i
    while end + 2 < len(doc) and is_katakana(doc[end]) and doc[end + 1].text == "・" and is_katakana(doc[end + 2]):
        end += 2
    return end + 1 if end > i else i


def family_before(doc: Doc, i: int) -> int:
    """i - 1 when a one-kanji family name stands right before the given name at i (丸春香, 母 東 春香)."""
    if i == 0 or "名" not in doc[i].tag_.rsplit("-", 1)[-1] or doc[i - 1].whitespace_ not in ("", " ", "\u3000"):
        return i
    fam = doc[i - 1]
    if len(fam) != 1 or not ctx.is_lone_name(fam) or not KANJI.fullmatch(fam.text):
        return i
    before = doc[i - 2] if i >= 2 else None
    if before is None or before.whitespace_ or before.tag_.startswith(("補助記号", "空白", "助詞")):
        return i - 1
    return i - 1 if before.text in ctx.RELATIONS or before.text in FORM_WORDS else i


def reading_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """Katakana reading after a name (and honorific): 佐藤 健太(サトウ ケンタ), 松田翔太 マツダショウタ."""
    if end < len(doc) and is_katakana(doc[end - 1]):  # a katakana name has no reading (ミン（ミャンマー）)
        return None
    if end < len(doc) and is_honorific(doc[end]):
        end += 1
    if end >= len(doc):
        return None
    bracket = doc[end].text == "("
    if not bracket and not doc[end - 1].whitespace_:
        return None
    first = close = end + 1 if bracket else end
    while close < len(doc) and close - first < 4 and is_katakana(doc[close]) and doc[close].text not in FORM_WORDS:
        close += 1
    if close == first or (bracket and (close >= len(doc) or doc[close].text != ")")):
        return None
    if any("地名" in t.tag_ for t in doc[first:close]):  # 山田さん（ブラジル）: where they come from
        return None
    return first, close
