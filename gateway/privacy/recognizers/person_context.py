"""Lone family or given names that the dictionary cannot vouch for, placed by where they stand.

A lone family name (関, 東, 南, 岡) or a lone given name (翼, ともや) is an ordinary word or a place
name as often as a person: these rules rely on *where* the word stands, never on the word alone:

* a speaker label at the start of a line, before a colon (``[10:05] 関：…``, ``濱田会長：…``);
* the value after a role word (``SV 渡邊``, ``担当CW 南``, ``受：東``, ``以上、担当 南``);
* a self-introduction after a department (``子育て支援課の岡です``);
* an action that only a person does (``東が訪問予定``, ``南から連絡``);
* the value after a relation word (``妻 春香``, ``母 東 春香``, ``長男翼（中2）``) and a name before an
  age or grade in brackets (``翼（中2）``).

It also holds the line helpers the other person modules share (``text_of``, ``line_prefix``).
Short names vouched for by what follows them (幹ちゃん, 南様, ともや（3年）, 七夏です。) are in
person_unknown.py; names found on the characters in person_text.py; look-alike filters in person_filters.py.
Functions here return token spans ``(start, end, score)``; person.py turns them into candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from spacy.attrs import LENGTH, TAG
from spacy.tokens import Doc, Token

from gateway.privacy.recognizers.person_words import KANJI, KATAKANA, has_family_name_entry, unknown_word, words

RELATIONS = words(
    "夫 妻 長男 次男 三男 四男 長女 次女 三女 四女 息子 娘 父 母 祖父 祖母 孫 兄 姉 弟 妹 義父 義母 "
    "叔父 叔母 伯父 伯母 甥 姪 実父 実母 養父 養母 継父 継母 養子 配偶者 内縁 同居人 子 子ども 子供 "
    "長子 末子 第一子 第二子 第三子 おっと つま"
)
# words after which a name follows as the person doing the job: 担当 南, SV 渡邊, 受：東, 差出人 李明
ROLES = tuple(
    words(
        "担当者 担当 主担当 副担当 CW SV MSW PSW ケースワーカー ワーカー ケアマネジャー ケアマネージャー "
        "ケアマネ 相談員 支援員 指導員 専門員 保健師 看護師 栄養士 社会福祉士 民生委員 児童委員 包括 係員 係 "
        "受付者 受付 受 対応者 対応 記録者 記録 記入者 記 作成者 作成 入力者 確認者 承認者 起案者 起案 決裁者 "
        "報告者 聴取者 面接者 訪問者 同行者 同行 同席者 同席 差出人 送信者 発信者 宛先 宛 返信者 From 連絡者 "
        "申出者 文責 担当者名 主治医 担任 副担任 園長 所長 係長 主査 主事 主任 課長 部長 調査員 オペレータ オペレーター"
    )
)
# one-character words that label a line (注：, 例：, 問：), never a speaker
_LINE_LABELS = frozenset(
    "注例答問件計税他可否済未要有無中上下前後元新旧甲乙丙丁表裏月火水木金土日午朝昼夕夜額数等内外訳追補参考備結果原案題名図〇"
)
NOT_LONE = words(
    "皆 客 奥 方 者 人 様 私 僕 俺 君 彼 誰 何 所 時 今 先 次 前 後 他 各 全 本 当 同 両 諸 某 "
    "貴 弊 御 兄 姉 弟 妹 母 父 娘 孫 嫁 婿 夫 妻 子 赤 坊 爺 婆 件 旨 点 際 間 上 下 中 内 外 "
    "右 左 上司 部下 同僚 先輩 後輩"
)
_ACTIONS = tuple(
    words(
        "訪問 連絡 対応 電話 来所 来庁 来訪 同行 面談 確認 説明 入電 受付 聞き取り 聴取 調整 送付 送信 返信 "
        "報告 相談 申請 提出 持参 記入 出席 欠席 不在 在席 担当 引継 引き継 架電 応対 退席 離席"
    )
)
_SELF_INTRO = ("です", "でした", "と申します", "でございます", "と言います", "といいます")
_DEPT_END = tuple(
    words(
        "課 係 室 班 部 局 所 署 センター 包括 支所 出張所 会社 事務所 病院 医院 園 校 協議会 社協 市 町 "
        "村 区 担当 チーム グループ 窓口"
    )
)
TIMESTAMP = re.compile(r"[ \t]*(?:[\[(【]?\d{1,2}:\d{2}(?::\d{2})?[\])】]?[ \t]*|[・\-*>＞●○◯〇◆■□][ \t]*)?")
_HON_TITLES = words(
    "様 さま さん 氏 殿 君 くん ちゃん 先生 会長 副会長 委員 委員長 議長 副議長 部長 課長 係長 市長 町長 村長 "
    "所長 室長 主任 主査 主事 参事 理事 班長 理事長 副理事長 社長 専務 常務 次長 館長 教諭 教頭 校長 副校長 "
    "園長 院長 教授 准教授"
)
# a section after the role (対応者：教育総務課 ファン・クマール)
_ROLE_SECTION = re.compile(
    r"(?<=[ \t\u3000:：])[^ \t\u3000:：]{1,12}(?:課|係|室|班|センター|包括|支所|所)[ \t\u3000]+$"
)
_SPEAKER_COLON = frozenset({":", "："})
_CHAT_LINE = re.compile(r"^[\u3005\u4e00-\u9fff]{1,4}[:：][^\n]*[\u3041-\u3096]", re.MULTILINE)  # 阿部：了解です
# an age, a school year or a birth date in brackets right after a name: 翼（中2）, ともや（3年）, 明（H23/12/11生まれ）
AGE_BRACKET = re.compile(
    r"\(\s*(?:\d{1,2}\s*(?:歳|才|か月|ヶ月|カ月|ヵ月|年生|年)|[小中高]\s*[1-6一二三四五六]|年[長中少]|乳児|幼児"
    r"|[^()\n]{1,24}?生(?:まれ)?)[^()\n]{0,12}\)"
)
_ROLE_AFTER = words(
    "CW SV MSW PSW 保健師 看護師 相談員 支援員 指導員 主任 主査 主事 係長 課長 部長 所長 室長 "
    "担当 ケアマネ 委員 議員 医師"
)
_READING_AFTER = re.compile(r"[ \t]?\([\u30a1-\u30fa\u30fc]{2,10}(?:[ \u3000][\u30a1-\u30fa\u30fc]{1,10})?\)")
_TEXT = "person_text"
Span3 = tuple[int, int, float]


def text_of(doc: Doc) -> str:
    """The document's text, built once (``Doc.text`` joins every token on each call)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def is_lone_name(tok: Token) -> bool:
    """A token that could be a family or given name standing alone: 南, 関, 濱田, 李明; not 住所, 方針."""
    text = tok.text
    if not tok.tag_.startswith("名詞") or text in NOT_LONE or text in RELATIONS or text in ROLES:
        return False
    if "人名" in tok.tag_:
        return True
    if KATAKANA.fullmatch(text):
        return "固有名詞" in tok.tag_ or (len(text) >= 3 and unknown_word(text))
    if KANJI.fullmatch(text) is None:
        return False
    if len(text) == 1:
        return tok.tag_ in ("名詞-普通名詞-一般", "名詞-固有名詞-一般") or "地名" in tok.tag_
    if len(text) > 3:
        return False
    if tok.tag_ == "名詞-普通名詞-一般":  # 金城, 小川, 森田: tagged a common noun here, a family name in the lexicon
        return has_family_name_entry(text)
    return "固有名詞" in tok.tag_ and not text.endswith(("県", "市", "町", "村", "区", "郡"))


def _boundary_after(doc: Doc, end: int) -> bool:
    """Whether the name ending at end stands apart: a space, punctuation, particle, です, honorific, line end."""
    if end >= len(doc) or doc[end - 1].whitespace_:
        return True
    tag = doc[end].tag_
    return tag.startswith(("補助記号", "助詞", "助動詞", "接続詞", "空白")) or _title_at(doc, end) > 0


def name_value(doc: Doc, i: int, given_ok: bool = False) -> int | None:
    """End of a lone name starting at i (東, 東 香織, 丸春香, 李明), or None; it must end at a boundary."""
    if i >= len(doc) or not is_lone_name(doc[i]):
        return None
    end = i + 1
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and "人名" in nxt.tag_ and nxt.text not in ROLES and not doc[i].text.isascii():
        if not doc[i].whitespace_ or doc[i].whitespace_ in (" ", "\u3000"):
            end += 1
    elif len(doc[i].text) > 3 and not given_ok and KANJI.fullmatch(doc[i].text):
        return None
    return end if _boundary_after(doc, end) else None


def _line_start(doc: Doc, i: int) -> int:
    """Character offset of the line that token i is on."""
    return text_of(doc).rfind("\n", 0, doc[i].idx) + 1


def line_prefix(doc: Doc, i: int) -> str:
    """The text of the line before token i."""
    return text_of(doc)[_line_start(doc, i) : doc[i].idx]


def role_before(prefix: str) -> bool:
    """The line so far ends with a role word and a space or colon (担当 , SV , 受：, 地域包括 ), maybe a section."""
    if (m := _ROLE_SECTION.search(prefix)) is not None and role_before(prefix[: m.start()]):
        return True
    stripped = prefix.rstrip(" \t\u3000:：|")  # |担当|金城|: the role in the cell before
    if stripped == prefix and prefix.endswith("は"):
        stripped = prefix[:-1]
    elif stripped == prefix:
        return False
    for role in ROLES:
        if stripped.endswith(role):
            before = stripped[: -len(role)]
            if len(role) > 1 or not before or not KANJI.fullmatch(before[-1]):
                return True
    return False


def _speaker(doc: Doc, i: int, end: int) -> float | None:
    """A speaker label: the name is all of the line before a colon (after a time stamp or a bullet)."""
    prefix = line_prefix(doc, i)
    stamp = TIMESTAMP.fullmatch(prefix)
    if stamp is None:
        return None
    j = end
    if j < len(doc) and doc[j].text in _HON_TITLES:
        j += 1
    if j < len(doc) and doc[j].text == "「" and not doc[j - 1].whitespace_:
        return _quoting(doc, i, end, j)
    if j >= len(doc) or doc[j].text not in _SPEAKER_COLON or doc[j - 1].whitespace_:
        return None
    value = text_of(doc)[doc[j].idx + 1 : doc[j].idx + 3].lstrip(" \t\u3000")
    timed = any(c.isdigit() for c in prefix)
    if value.startswith("\n") and timed:
        return 0.8  # [08:46] 谷:⏎…: the message on the lines below
    known = any("人名" in t.tag_ for t in doc[i:end])
    # a field label before a number or a code (マイナンバー：1234…), not a speaker; in a chat a known name may begin
    # its message with a date (千葉：2026/05/12付で転出)
    if not value or (value[0].isascii() and not (known and _a_chat(text_of(doc)))):
        return None
    text = doc[i:end].text
    if KATAKANA.fullmatch(text) and not known:
        return None
    if len(text) == 1 and text in _LINE_LABELS:
        return None
    return 0.8 if timed or known or j > end else 0.6


def _a_chat(text: str) -> bool:
    """Two lines or more of the text are a speaker's message (阿部：了解です); stops at the second."""
    return next(islice(_CHAT_LINE.finditer(text), 1, None), None) is not None


def _quoting(doc: Doc, i: int, end: int, quote: int) -> float | None:
    """A speaker of a transcript line ``谷「はい、…」``: a known family name, the whole line quoted after it."""
    text = text_of(doc)
    line_end = text.find("\n", doc[quote].idx)
    line = text[doc[quote].idx : len(text) if line_end < 0 else line_end].rstrip()
    name = doc[i:end]
    known = any("人名" in t.tag_ for t in name) or has_family_name_entry(name.text)
    return 0.8 if known and line.endswith("」") and "」" not in line[:-1] else None


def context_spans(doc: Doc) -> Iterator[Span3]:
    """Lone names vouched for by where they stand (see the module docstring)."""
    rows = doc.to_array([TAG, LENGTH]).tolist()
    proper = {h for h, _ in rows if doc.vocab.strings[h].startswith("名詞-固有名詞")}
    common = doc.vocab.strings["名詞-普通名詞-一般"]
    for i in (i for i, (h, _) in enumerate(rows) if h in proper or h == common):
        tok, before = doc[i], (doc[i - 1] if i else None)
        if not is_lone_name(tok):
            continue
        if before is not None and before.text == "の" and (intro := _self_intro(doc, i)) is not None:
            yield i, intro, 0.75
            continue
        end = name_value(doc, i, given_ok=True) if before is not None and before.text in RELATIONS else None
        if before is not None and end is not None and (before.whitespace_ or _age_after(doc, end)):
            yield i, end, 0.8 if _age_after(doc, end) or "人名" in doc[end - 1].tag_ else 0.55
            continue
        end_or_none = name_value(doc, i)
        if end_or_none is None:
            continue
        yield from _placed(doc, i, end_or_none, before)


def _placed(doc: Doc, i: int, end: int, prev: Token | None) -> Iterator[Span3]:
    """The lone name doc[i:end] as a speaker, after a role, in a self-introduction, acting, or before an age."""
    text = text_of(doc)
    if prev is not None and not prev.whitespace_ and prev.tag_.startswith(("名詞", "接頭辞", "接尾辞")):
        if _role_glued(doc, i, end, prev):
            yield i, end, 0.75
        return  # glued to the word before: part of a longer name or a compound (朴智妍, 東日本)
    if (score := _speaker(doc, i, end)) is not None:
        yield i, end, score
    elif role_before(line_prefix(doc, i)):
        yield i, end, 0.8
    elif prev is not None and prev.text == "の" and text.startswith(_SELF_INTRO, doc[end - 1].idx + len(doc[end - 1])):
        if i >= 2 and doc[i - 2].text.endswith(_DEPT_END):
            yield i, end, 0.8
    elif (
        text.startswith(("と申します", "といいます", "と言います"), doc[end - 1].idx + len(doc[end - 1]))
        or _titled(doc, end)
        or _READING_AFTER.match(text, doc[end - 1].idx + len(doc[end - 1]))
    ):
        yield i, end, 0.75
    elif (prev is None or prev.whitespace_ or prev.tag_.startswith(("補助記号", "空白"))) and _acts(doc, end):
        yield i, end, 0.6
    elif _age_after(doc, end) and (prev is None or prev.whitespace_ or prev.tag_.startswith(("補助記号", "助詞"))):
        family = prev is not None and "姓" in prev.tag_ and end == i + 1
        yield (i - 1 if family else i), end, 0.6


def _role_glued(doc: Doc, i: int, end: int, prev: Token) -> bool:
    """A family name between a role and a title or honorific, written as one word: 担任森先生, 担当岡部長."""
    name = doc[i:end]
    known = any("人名" in t.tag_ for t in name) or has_family_name_entry(name.text)
    return known and prev.text in ROLES and _title_at(doc, end) > 0 and _boundary_after(doc, end + _title_at(doc, end))


def _titled(doc: Doc, end: int) -> bool:
    """A role or title right after the name, then a boundary: 南CW, 東 係長, 渡邊SV, 岡田部長, 松本教諭."""
    size = _title_at(doc, end)
    if not size:
        return False
    title = doc[end : end + size].text
    return title not in ("様", "さま", "さん", "氏", "殿", "君", "くん", "ちゃん") and _boundary_after(doc, end + size)


def _title_at(doc: Doc, i: int) -> int:
    """How many tokens the role or title at ``i`` takes (Sudachi cuts some titles in two: 部|長), 0 if none."""
    for size in (1, 2):
        if i + size <= len(doc) and (size == 1 or not doc[i].whitespace_):
            title = doc[i : i + size].text
            if title in _ROLE_AFTER or title in _HON_TITLES:
                return size
    return 0


def _self_intro(doc: Doc, i: int) -> int | None:
    """End of a name like 森学 (森 + a suffix 学) between a department's の and です."""
    if i < 2 or doc[i - 1].text != "の" or not doc[i - 2].text.endswith(_DEPT_END):
        return None
    end = i
    while (
        end < len(doc)
        and end - i < 3
        and KANJI.fullmatch(doc[end].text)
        and doc[end].tag_.startswith(("名詞", "接尾辞"))
    ):
        end += 1
    name = doc[i:end].text
    if end - i < 2 or len(name) > 4 or not text_of(doc).startswith(_SELF_INTRO, doc[end - 1].idx + len(doc[end - 1])):
        return None
    return end if not any(t.tag_.endswith(("サ変可能", "形状詞可能", "副詞可能")) for t in doc[i:end]) else None


def _acts(doc: Doc, end: int) -> bool:
    """The name is followed by が/から/より/は (or a space) and an action only a person does: 東が訪問, 南 入電."""
    if end >= len(doc):
        return False
    text = text_of(doc)
    if doc[end - 1].whitespace_ in (" ", "\u3000"):
        pos = doc[end].idx
    elif doc[end].text in ("が", "から", "より", "は", "に", "へ"):
        pos = doc[end].idx + len(doc[end])
        while pos < len(text) and text[pos] in " \u3000":
            pos += 1
    else:
        return False
    return text.startswith(_ACTIONS, pos)


def _age_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and AGE_BRACKET.match(text_of(doc), doc[end].idx) is not None
