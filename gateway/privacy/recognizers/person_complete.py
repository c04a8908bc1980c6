"""Completing found names: the rest of a foreign name, the romanized spelling, the family name alone later.

A name that is only partly masked has leaked. These classes of partial finding are completed here, after
the rules and NER have spoken:

* the parts of a katakana or romanized name joined by ``・``, ``＝``, ``=`` or one space, where one part was
  found (``カルロス＝エドゥアルド＝シルバ``, ``イイヅカ ユウキ``, ``TRAN THI HUONG``): the whole name;
* the given name a line break cut from its family name, before an honorific (``担当の佐藤⏎花子さん``);
* the katakana name right before a romanized name in brackets (``シタ＝グルン（GURUNG SITA、…）``);
* a romanized spelling or a kana reading in brackets right after a found name (``チャン・ミン（ZHANG MIN、…）``,
  ``海老原直美（えびはらなおみ、…）``);
* a part of a foreign name written alone later (``シタ＝グルン … グルンは``, ``PERERA NIMAL … ペレラ``);
* the family name written alone later in the same text, after the full name was found
  (``池田　芽依区長 … 池田区長``, a chat speaker ``原田 9:14``): every token equal to it, unless it is part
  of an organisation or place name there (``池田市``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from gateway.privacy.recognizers.person_words import has_family_name_entry, has_name_entry, known_word, words

Span = tuple[int, int, float]

_KATAKANA_PART = re.compile(r"[\u30a1-\u30fa\u30fc]+")  # イ of イ ジフン: a one-character part joins too
_LATIN_PART = re.compile(r"[A-Z][A-Za-z'\-]+")
# the same parts, as the last word before a separator (a whole word: nothing of its script before it)
_KATAKANA_BEFORE = re.compile(r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]+$")
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z'\-])[A-Z][A-Za-z'\-]+$")
_JOIN = frozenset("・=＝ \u3000")
_NOT_A_PART = words("Dear Hello Hi Good Mr Mrs Ms Mx Dr Prof To From Cc Attn Thanks")  # Hello Eto Seiji: the name
# the given name opening the next line before an honorific, where a line break cut a name
_KANJI_PART = re.compile(r"[\u3005\u4e00-\u9fff]{1,3}")
_HONORIFIC = "(?:さん|様|さま|氏|殿|君|くん|ちゃん)"
_HONORIFIC_NEXT = re.compile(_HONORIFIC)
_NEXT_LINE_WORD = r"\r?\n(?P<word>[\u3005\u4e00-\u9fff]{1,3}|[\u30a1-\u30fa\u30fc]{2,8})"
_LINE_START_PART = re.compile(rf"{_NEXT_LINE_WORD}(?={_HONORIFIC})")
# or, where the family name fills a field (after a label, a list's number, or alone on its line), the given name
# filling the next line or ending before a space or a tab (申込者：杉浦⏎勝⏎, 2. 平賀⏎聡　柏市…: the normalizer makes
# the wide space a space)
_FIELD_BEFORE = re.compile(r"(?:^|[:：][ \t\u3000]*|(?:者|人|族|員|氏名|名前)[ \t\u3000]+"
                           r"|^[ \t\u3000]*(?:[0-9]{1,3}[.．)）]|[・●\-])[ \t\u3000]*)\Z", re.MULTILINE)
_FIELD_END_AT = r"[ \u3000\t]|\r?\n|$"
_FIELD_END = re.compile(_FIELD_END_AT)
_LINE_START_FIELD = re.compile(rf"{_NEXT_LINE_WORD}(?={_FIELD_END_AT})")
_LINE_END_PART = re.compile(
    r"(?:^|(?<=[\s、。，,（(「:：の]))(?P<word>[\u3005\u4e00-\u9fff]{1,3}|[\u30a1-\u30fa\u30fc]{2,8})\r?\n$",
    re.MULTILINE)
_PARTS = re.compile("[・=＝ \u3000]")
_MAX_PARTS = 5
# the next cell of a row (tab, comma, slash, bar, or two spaces or more of aligned columns) holding a kana name: in
# katakana (half-width too), or in hiragana as two words (あり, なし, 済 are no readings)
_KATAKANA_RUN = r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]"
_HIRAGANA_RUN = r"[\u3041-\u3096]"
_READING_IN_NEXT_CELL = re.compile(
    r"(?:[ \u3000]?[\t,|/／][ \u3000]?|[ \u3000]{2,8})"
    rf"(?P<name>{_KATAKANA_RUN}{{2,12}}(?:[ \u3000]{_KATAKANA_RUN}{{1,10}})?"
    rf"|{_HIRAGANA_RUN}{{2,8}}[ \u3000]{_HIRAGANA_RUN}{{1,8}})"
    r"(?=[ \u3000]?(?:[\t,|/／\n]|[ \u3000]{2}|$))"
)
# the next quoted field of a record holding a kana reading: ('御手洗 悠真', 'ミタライユウマ', …), "c1": "海老原直樹",
# "c2": "えびはらなおき" (hiragana of four characters or more in one word: あり, なし, 済 are no readings)
_READING_IN_NEXT_FIELD = re.compile(
    r"(?P<q>[\"'])[ \t]*,[ \t\r\n]*(?:\"[A-Za-z_][A-Za-z0-9_]{0,30}\"[ \t]*:[ \t]*)?N?(?P=q)"
    rf"(?P<name>{_KATAKANA_RUN}{{2,12}}(?:[ \u3000]{_KATAKANA_RUN}{{1,10}})?"
    rf"|{_HIRAGANA_RUN}{{4,12}}|{_HIRAGANA_RUN}{{2,8}}[ \u3000]{_HIRAGANA_RUN}{{1,8}})(?P=q)"
)
# the label of the reading's cell, not the reading (|山田 花子|フリガナ|ヤマダ ハナコ|)
_READING_LABELS = words("フリガナ ふりがな カナ かな ヨミ よみ ヨミガナ よみがな カナ氏名 シメイ")
# a romanized name or a kana reading in brackets: （Carlos Eduardo Silva、…）, (ZHANG MIN), （えびはらなおみ）
_SPELLING_IN_BRACKETS = re.compile(
    r"(?:さん|様|氏|君|くん|ちゃん)?\s?[(（](?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}"
    r"|[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,12}(?:[ \u3000][\u3041-\u3096\u30a1-\u30fa\u30fc]{1,8})?)(?=[、,)）])"
)
# a katakana name of one or more parts; after a romanized name and a slash, or in a list joined by 、 or と,
# maybe ending in ら
_NAME_ITEM = r"[\u30a1-\u30fa\u30fc]{2,}(?:[・=＝ \u3000][\u30a1-\u30fa\u30fc]{1,})*"
_KATAKANA_NAME = re.compile(_NAME_ITEM)
_KATAKANA_AFTER_SLASH = re.compile(rf"[ \u3000]?[/／][ \u3000]?(?P<name>{_NAME_ITEM})")
_LIST = re.compile(rf"(?<![\u30a1-\u30fa\u30fc]){_NAME_ITEM}(?:(?:、|と){_NAME_ITEM}){{1,6}}ら?")
_FOREIGN_PART = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}|[A-Z][A-Za-z'\-]{2,}")
_KANJI = re.compile(r"[\u3005\u4e00-\u9fff]")
_KANJI_BEFORE_READING = re.compile(
    r"(?:^|(?<=[\s（(、,:：「]))(?P<name>[\u3005\u4e00-\u9fff]{2,4}(?:[ \u3000][\u3005\u4e00-\u9fff]{1,3})?)$",
    re.MULTILINE)
_SCRIPT = re.compile(r"[\u30a1-\u30fa\u30fcA-Za-z'\-]")


def _extend(text: str, start: int, end: int, part: re.Pattern[str], before: re.Pattern[str]) -> tuple[int, int]:
    """Grow [start, end) over neighbouring parts of the same script joined by one separator."""
    for _ in range(_MAX_PARTS):
        grown = False
        if start >= 2 and text[start - 1] in _JOIN:
            left = before.search(text, max(0, start - 21), start - 1)
            if left is not None and left.end() == start - 1 and left.group() not in _NOT_A_PART:
                start, grown = left.start(), True
        if end + 1 < len(text) and text[end] in _JOIN and (m := part.match(text, end + 1)) is not None:
            end, grown = m.end(), True
        if not grown:
            break
    return start, end


def joined(text: str, spans: Iterable[Span]) -> list[Span]:
    """Each katakana or romanized span grown over the other parts of its name."""
    out = []
    for start, end, score in spans:
        value = text[start:end]
        if all(_KATAKANA_PART.fullmatch(part) for part in _PARTS.split(value)):
            start, end = _extend(text, start, end, _KATAKANA_PART, _KATAKANA_BEFORE)
        elif all(_LATIN_PART.fullmatch(w) for w in value.split()):
            start, end = _extend(text, start, end, _LATIN_PART, _LATIN_BEFORE)
        out.append((start, end, score))
    return out


def across_lines(text: str, spans: Iterable[Span]) -> list[Span]:
    """A name a line break cut, the given name opening the next line before an honorific (``担当の佐藤⏎花子さん``,
    ``イイヅカ⏎ユウキさん``), or filling it where the family name fills a field (``申込者：杉浦⏎勝⏎``,
    ``2. 平賀⏎聡　…``),
    where one half was found: the family name ending the line, or the given name after it.
    Before an honorific the given name is one the lexicon knows as such and not as a family name, a katakana half no
    common noun (not ``担当 高橋⏎田中さんへ``: two people); in a field a name the lexicon knows (勝, 聡 are family names
    too). A half found on its own at the same score or higher stays as it is."""
    spans = list(spans)
    starts: dict[int, float] = {}
    ends: dict[int, float] = {}
    for s, e, score in spans:
        starts[s], ends[e] = max(score, starts.get(s, 0.0)), max(score, ends.get(e, 0.0))
    out = []
    for start, end, score in spans:
        after = _LINE_START_PART.match(text, end)
        field = after is None and _FIELD_BEFORE.search(text, max(0, start - 30), start) is not None
        if field:
            after = _LINE_START_FIELD.match(text, end)
        if (after is not None and starts.get(after.start("word"), 0.0) < score
                and _halves(text[start:end], after.group("word"), strict=not field)):
            out.append((start, after.end("word"), score))
        before = _LINE_END_PART.search(text, max(0, start - 10), start)
        if before is None or ends.get(before.end("word"), 0.0) >= score:
            continue
        field = _FIELD_BEFORE.search(text, max(0, before.start("word") - 30), before.start("word")) is not None and (
            _FIELD_END.match(text, end) is not None)
        if (_HONORIFIC_NEXT.match(text, end) or field) and _halves(before.group("word"), text[start:end],
                                                                   strict=not field):
            out.append((before.start("word"), end, score))
    return out


def _halves(family: str, given: str, strict: bool = True) -> bool:
    if _KATAKANA_PART.fullmatch(family) and _KATAKANA_PART.fullmatch(given):
        return not known_word(family) and not known_word(given)
    return (_KANJI_PART.fullmatch(family) is not None and _KANJI_PART.fullmatch(given) is not None
            and has_family_name_entry(family) and has_name_entry(given)
            and not (strict and has_family_name_entry(given)))


def spelling_after(text: str, spans: Iterable[Span]) -> list[Span]:
    """The romanized spelling or kana reading in brackets right after each span, or a name written in kanji's kana
    reading in the next cell of its row (``谷幸吉⇥タニコウキチ``, ``保科 陽翔,ホシナ　ハルト,``,
    ``原　源治    ﾊﾗ ｹﾞﾝｼﾞ``) or the next quoted field of its record (``'御手洗 悠真', 'ミタライユウマ'``)."""
    out = []
    for start, end, score in spans:
        m = _SPELLING_IN_BRACKETS.match(text, end)
        # a kana reading belongs to a name written in kanji, a katakana spelling to a romanized one: after a katakana
        # name it is a language (えいご)
        if m is not None and (m.group("name")[0].isascii() or _KANJI.search(text, start, end)
                              or (_LATIN_PART.match(text, start) and _katakana_spelling(m.group("name")))):
            out.append((m.start("name"), m.end("name"), score))
        m = _READING_IN_NEXT_CELL.match(text, end) or _READING_IN_NEXT_FIELD.match(text, end)
        if m is not None and _KANJI.search(text, start, end) and m.group("name") not in _READING_LABELS:
            out.append((m.start("name"), m.end("name"), score))
    return out


def _katakana_spelling(name: str) -> bool:
    """Katakana that may spell a romanized name: not only words the lexicon knows (ベトナム, エンジニア)."""
    parts = _PARTS.split(name)
    return all(_KATAKANA_PART.fullmatch(p) for p in parts) and not all(map(known_word, parts))


def katakana_before(text: str, spans: Iterable[Span]) -> list[Span]:
    """The katakana name right before a romanized name in brackets (シタ＝グルン（GURUNG SITA、…）), or right after
    one and a slash (SITA GURUNG / シタ グルン); the kanji name right before its katakana reading in brackets
    (王子涵（ワン・ズーハン））."""
    out = []
    for start, end, score in spans:
        if text[start - 1 : start] in ("(", "（") and _KATAKANA_NAME.fullmatch(text, start, end) and (
                m := _KANJI_BEFORE_READING.search(text, max(0, start - 8), start - 1)) is not None:
            out.append((m.start("name"), m.end("name"), score))
        if (m := _KATAKANA_AFTER_SLASH.match(text, end)) is not None and _LATIN_PART.match(text, start):
            out.append((m.start("name"), m.end("name"), score))
        if start >= 3 and text[start - 1] in "(（" and _LATIN_PART.match(text, start):
            m = _KATAKANA_BEFORE.search(text, max(0, start - 21), start - 1)
            if m is not None:
                out.append((*_extend(text, m.start(), m.end(), _KATAKANA_PART, _KATAKANA_BEFORE), score))
    return out


def listed_with(text: str, spans: Iterable[Span]) -> list[Span]:
    """The other katakana names of a list that holds a found one: ティダ・ウィン、シタ・グルン、パク ジヨンらの活躍.

    A neighbour joined by 、 or と counts when it is a name of two or more parts, or when the list ends in
    ら (people: …らの活躍, …らが設立)."""
    spans = list(spans)
    out: list[Span] = []
    for start, end, score in spans:
        if not _KATAKANA_NAME.fullmatch(text, start, end):
            continue
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        listed = min(score, 0.75)
        for item in _LIST.finditer(line):
            if not line_start + item.start() <= start < line_start + item.end():
                continue
            for name in _KATAKANA_NAME.finditer(item.group()):
                s, e = line_start + item.start() + name.start(), line_start + item.start() + name.end()
                parts = len(_PARTS.split(name.group()))
                if (parts >= 2 or item.group().endswith("ら")) and not any(
                    a <= s and e <= b and found >= listed for a, b, found in spans
                ):
                    out.append((s, e, listed))
    return out


def foreign_parts_again(text: str, spans: Iterable[Span]) -> list[Span]:
    """Every other whole-word occurrence of a part of a foreign name of two or more parts, unless found already."""
    spans = list(spans)
    parts: dict[str, float] = {}
    for start, end, score in spans:
        value = text[start:end]
        found = _FOREIGN_PART.findall(value)
        if len(found) >= 2 and "".join(found) == "".join(c for c in value if _SCRIPT.match(c)):
            for part in found:
                parts[part] = max(score, parts.get(part, 0.0))
    out = []
    for part, score in parts.items():
        # a romanized part in any case that starts with a capital: PARK SOYEON … Parkは
        for m in re.finditer(re.escape(part), text, re.IGNORECASE if part.isascii() else 0):
            s, e = m.span()
            whole = (s == 0 or not _SCRIPT.match(text[s - 1])) and (e == len(text) or not _SCRIPT.match(text[e]))
            whole = whole and m.group()[0] == part[0].upper() if part.isascii() else whole
            score = min(score, 0.85)
            # found already: by a span as strong, or inside a longer one (the whole name, written again)
            if whole and not any(a < e and s < b and (found >= score or (a <= s and e <= b and b - a > e - s))
                                   for a, b, found in spans):
                out.append((s, e, score))
    return out


def family_names_again(doc: Doc, spans: Iterable[Span], score_of: Callable[[int, int], float | None]) -> list[Span]:
    """Every other token equal to the family name of a found full name (``score_of`` vouches for the place)."""
    families: dict[str, float] = {}
    for start, end, score in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        family = span is not None and len(span) >= 2 and ("姓" in span[0].tag_ or has_family_name_entry(span[0].text))
        if span is not None and family and span[0].text != span.text:
            families[span[0].text] = max(score, families.get(span[0].text, 0.0))
    if not families:
        return []
    out = []
    for tok in doc:
        if tok.text in families and (place := score_of(tok.i, tok.i + 1)) is not None:
            out.append((tok.idx, tok.idx + len(tok), max(place, min(families[tok.text], 0.85))))
    return out
