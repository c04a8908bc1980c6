"""Digits read aloud in kana, as a number is taken down over the phone (``ゼロキュウゼロのイチニサンヨンの…``,
``ぜろきゅうぜろ、…``, ``1743 ロクヨンロクロク 2660``), and the letters of a passport or residence card read aloud
with them (``ティーエイチの4950766``, ``ケーアールのレイイチ…のエーエフ``): the normalizer writes them in figures and
capitals for the recognizers (normalize.py's docstring has the rules), the original text keeps its kana.
"""

from __future__ import annotations

import re

DASHES = "‐‑‒–—―−ーｰ─-"  # dash look-alikes after NFKC (‑→‐ and ｰ→ー); '-' itself last, for character classes

# digit readings in katakana, the longer spelling first (ニー before ニ); hiragana readings are the same shifted
_READINGS = {"キュウ": "9", "キュー": "9", "ゼロ": "0", "レイ": "0", "マル": "0", "イチ": "1", "ニー": "2", "ニ": "2",
             "サン": "3", "ヨン": "4", "シチ": "7", "シ": "4", "ゴー": "5", "ゴ": "5", "ロク": "6", "ナナ": "7",
             "ハチ": "8", "ク": "9"}
_TO_HIRAGANA = str.maketrans({chr(c): chr(c - 0x60) for c in range(0x30A1, 0x30F7)})
_READINGS.update({reading.translate(_TO_HIRAGANA): digit for reading, digit in list(_READINGS.items())})
_KATAKANA_READING = "|".join(sorted((r for r in _READINGS if r[0] >= "ァ"), key=len, reverse=True))
_HIRAGANA_READING = "|".join(sorted((r for r in _READINGS if r[0] < "ァ"), key=len, reverse=True))
# a group separator, with a space around it or not (ゼロキュウゼロ の イチ…, ゼロキュウゼロ、 イチ…), or a space alone
_READING_SEP = f"(?: ?[のノ、・,{DASHES}] ?| )"
# one script per run (the words around it may be in the same script: デンワハゼロキュウ…デス); seven readings or more
# in groups keep words out (イチゴ, ハチミツ)
_SPOKEN = re.compile(
    f"(?:{_KATAKANA_READING})+(?:{_READING_SEP}(?:{_KATAKANA_READING})+)*"
    f"|(?:{_HIRAGANA_READING})+(?:{_READING_SEP}(?:{_HIRAGANA_READING})+)*"
)
_KATAKANA = re.compile("[ァ-ヺー]")
# a group in figures beside the run: not a date's, a time's or a count's (…、10/15受付, 、31日まで, 、10時から, 、30歳)
_DIGITS_BEFORE = re.compile(f"(?<![0-9/.])(?<![0-9]:)(?P<digits>[0-9]{{2,}})(?P<space> ?[のノ、・,]? ?)[{DASHES}]?$")
_NOT_A_UNIT = "(?![0-9]*[/:.]?[0-9]*[年月日時分歳才円万億人件回名])(?![/:.][0-9])"
_MORE_DIGITS = re.compile(f"(?P<space> ?[、・] ?)(?P<digits>[0-9]{{3,}}){_NOT_A_UNIT}")
_LONGEST = 16  # digits: a card's number, the longest a family holds
_DIGITS_AFTER = re.compile(
    f"(?P<space> ?[のノ、・,]? ?)[{DASHES}]?(?P<digits>[0-9]{{2,}}){_NOT_A_UNIT}")
_SPOKEN_TOKEN = re.compile(f"(?P<digit>{_KATAKANA_READING}|{_HIRAGANA_READING})|(?P<sep>{_READING_SEP})")


def spoken_digits(text: str) -> list[tuple[int, int, str]]:
    """Edits turning digits read aloud in kana into digits and dashes (see the module docstring)."""
    edits: list[tuple[int, int, str]] = []
    for run in _SPOKEN.finditer(text):
        tokens = [(m.start(), m.end(), _READINGS.get(m.group("digit") or "", "-"))
                  for m in _SPOKEN_TOKEN.finditer(run.group())]
        readings = [tokens]
        if any(t[2] == "-" and "ー" in run.group()[t[0] : t[1]] for t in tokens):  # ー joins the groups: ニー is ニ, ー
            readings.insert(0, [part for token in tokens for part in _split_long_vowel(run.group(), token)])
        for candidate in readings:
            groups = "".join(t[2] for t in candidate).split("-")
            if all(len(g) == 1 for g in groups):  # ゼロ、キュウ、ゼロ、…: one digit a group
                beside, joins = _digits_beside(text, run, True) if len(groups) >= 4 else (0, [])
                if len(groups) < 10 and beside < 2:
                    continue
                candidate = [(s, e, "" if out == "-" else out) for s, e, out in candidate]
            elif any(len(g) < 2 for g in groups):
                continue
            else:
                read = sum(map(len, groups))
                beside, joins = _digits_beside(text, run, read >= 4 or (read >= 2 and _word_start(text, run.start())))
                if _too_short(read, beside):
                    continue
            run_edits = [(run.start() + s, run.start() + e, out) for s, e, out in candidate]
            edits.extend(sorted(joins + run_edits))
            break
    return edits


def _word_start(text: str, at: int) -> bool:
    """No katakana right before ``at``: a run of two or three readings there is a group of its own (``キューゴキューの
    2722``, ``ニサン、71283``), not the end of a word (``マリアサン 1234``)."""
    return at == 0 or not _KATAKANA.match(text, at - 1)


def _too_short(read: int, beside: int) -> bool:
    """Seven digits in all make a number read aloud; six do when part of it is written in figures (615-サンゼロイチ)."""
    return read + beside < (6 if beside else 7)


def _digits_beside(text: str, run: re.Match[str], spaced: bool) -> tuple[int, list[tuple[int, int, str]]]:
    """How many digits a group of the number written in figures holds right before or after the run, a dash or a
    space between or not (029-ハチゴマル-8301, 1743 ロクヨン…, ニーキューイチロク441466): the rest of a number read half
    aloud; and the edits writing a spoken separator after the run as a dash (マルキュー、30373 → 09-30373). A space or
    a spoken separator (の, 、) counts only when ``spaced``: a run of four readings or more is a group of its own, and
    so is one of two or three at the start of a word (``_word_start``)."""
    before = _DIGITS_BEFORE.search(text, max(0, run.start() - 8), run.start())
    after = _DIGITS_AFTER.match(text, run.end())
    counted = [m for m in (before, after) if m is not None and (spaced or not m.group("space"))]
    if after is not None and after in counted and after.group("space").strip() in ("、", "・"):
        while (more := _MORE_DIGITS.match(text, counted[-1].end())) is not None and sum(
                len(m.group("digits")) for m in counted) + len(more.group("digits")) <= _LONGEST:
            counted.append(more)  # イチニサンヨン、5678、9018: the number's next groups of three digits or more
    # only after the run (a group before it is often another number, 部屋 305、ゼロサンの…, and の between figures is
    # normalize.py's to read: 03の1234のゴーロク…); never a table's comma (…,12,ゼロヨンゴ…)
    joins = [(m.start("space"), m.end("space"), "-") for m in counted
             if m is not before and m.group("space").strip() in ("、", "・", "の", "ノ")]
    return sum(len(m.group("digits")) for m in counted), joins


def _split_long_vowel(run: str, token: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    start, end, out = token
    if out != "-" and end - start == 2 and run[end - 1] == "ー" and end < len(run) and run[end] != "ー":
        return [(start, end - 1, out), (end - 1, end, "-")]
    return [token]


# Latin letters as they are read in katakana, the longer spelling first (エイチ before エイ)
_LETTER_NAMES = {
    "エー": "A", "エイ": "A", "ビー": "B", "シー": "C", "ディー": "D", "デー": "D", "イー": "E", "エフ": "F",
    "ジー": "G", "エイチ": "H", "エッチ": "H", "アイ": "I", "ジェー": "J", "ジェイ": "J", "ケー": "K", "ケイ": "K",
    "エル": "L", "エム": "M", "エヌ": "N", "オー": "O", "ピー": "P", "キュー": "Q", "アール": "R", "エス": "S",
    "ティー": "T", "ティ": "T", "ユー": "U", "ブイ": "V", "ヴィ": "V", "ダブリュー": "W", "ダブリュ": "W",
    "ダブル": "W", "エックス": "X", "ワイ": "Y", "ゼット": "Z", "ゼッド": "Z",
}  # fmt: skip
_LETTER = "|".join(sorted(_LETTER_NAMES, key=len, reverse=True))
_PAIR = f"(?:{_LETTER}) ?(?:{_LETTER})"  # ティーエイチ, ティー エイチ
_LETTER_SEP = "(?: ?[のノ、,・] ?| )?"
# two letters, the digits (in figures or read aloud, in groups or not) and, for a residence card, two letters more;
# one pair read aloud at least (JAPANESE_PII.md: passport AB1234567, residence card AB12345678CD). The card's form is
# tried first, its digits as few as the last letters need (AB12345678シーディー: シ is C here, not 4)
_DIGIT = f"(?:[0-9]|{_KATAKANA_READING}|{_HIRAGANA_READING})"
_GROUP_SEP = "(?: ?[のノ、,・] ?| )"
_LEAD = f"(?<![ァ-ヺー])(?P<lead>{_PAIR}|[A-Z]{{2}})(?P<sep1>{_LETTER_SEP})"
_CARD = re.compile(
    f"{_LEAD}(?P<body>{_DIGIT}+?(?:{_GROUP_SEP}{_DIGIT}+?)*?)(?P<sep2>{_LETTER_SEP})(?P<trail>{_PAIR}|[A-Z]{{2}})"
    "(?![A-Za-zァ-ヺー])"
)
# a passport's groups: figures, or two readings or more that end their word (not ご確認, にて, ニューヨーク)
_GROUP = f"(?:[0-9]+|(?:{_KATAKANA_READING}){{2,}}(?![ァ-ヺー])|(?:{_HIRAGANA_READING}){{2,}}(?![ぁ-ゖ]))"
_PASSPORT = re.compile(f"{_LEAD}(?P<body>{_GROUP}(?:{_GROUP_SEP}{_GROUP})*)")
_LETTER_TOKEN = re.compile(_LETTER)
_DIGIT_TOKEN = re.compile(_DIGIT)


def spoken_letters(text: str) -> list[tuple[int, int, str]]:
    """Edits writing a passport's or residence card's letters read aloud as capitals, next to their digits: two
    letters, eight digits and two letters, or two letters and seven digits, one pair read aloud at least. The
    separators between letters and digits go; the digits are left to ``spoken_digits``."""
    edits: list[tuple[int, int, str]] = []
    for pattern, size in ((_CARD, 8), (_PASSPORT, 7)):
        for m in pattern.finditer(text):
            groups = [g for g in ("lead", "sep1", "sep2", "trail") if g in m.re.groupindex]
            spoken = [g for g in ("lead", "trail") if g in groups and not m.group(g).isascii()]
            if not spoken or len(_DIGIT_TOKEN.findall(m.group("body"))) != size or any(
                    s < m.end() and m.start() < e for s, e, _ in edits):
                continue
            for group in groups:
                start, end = m.span(group)
                if start < end:
                    value = m.group(group)
                    new = "" if group.startswith("sep") else "".join(
                        _LETTER_NAMES[t] for t in _LETTER_TOKEN.findall(value)) if group in spoken else value
                    edits.append((start, end, new))
    return sorted(edits)
