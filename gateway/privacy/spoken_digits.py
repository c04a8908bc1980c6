"""Digits read aloud in kana, as a number is taken down over the phone (``ゼロキュウゼロのイチニサンヨンの…``,
``ぜろきゅうぜろ、…``, ``1743 ロクヨンロクロク 2660``): the normalizer writes them in figures for the recognizers
(normalize.py's docstring has the rules), the original text keeps its kana.
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
_DIGITS_BEFORE = re.compile(f"(?<![0-9])(?P<digits>[0-9]{{2,}})(?P<space> ?[のノ、・,]? ?)[{DASHES}]?$")
_DIGITS_AFTER = re.compile(f"(?P<space> ?[のノ、・,]? ?)[{DASHES}]?(?P<digits>[0-9]{{2,}})")
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
            if all(len(g) == 1 for g in groups) and (  # ゼロ、キュウ、ゼロ、…: one digit a group
                    len(groups) >= 10 or (len(groups) >= 4 and _digits_beside(text, run, True) >= 2)):
                candidate = [(s, e, "" if out == "-" else out) for s, e, out in candidate]
            elif any(len(g) < 2 for g in groups) or _too_short(read := sum(map(len, groups)),
                                                                _digits_beside(text, run, read >= 4)):
                continue
            edits.extend((run.start() + s, run.start() + e, out) for s, e, out in candidate)
            break
    return edits


def _too_short(read: int, beside: int) -> bool:
    """Seven digits in all make a number read aloud; six do when part of it is written in figures (615-サンゼロイチ)."""
    return read + beside < (6 if beside else 7)


def _digits_beside(text: str, run: re.Match[str], spaced: bool) -> int:
    """How many digits a group of the number written in figures holds right before or after the run, a dash or a
    space between or not (029-ハチゴマル-8301, 1743 ロクヨン…, ニーキューイチロク441466): the rest of a number read half
    aloud. A space or a spoken separator (の, 、) counts only when ``spaced``: a run of four readings or more is a
    group of its own."""
    before = _DIGITS_BEFORE.search(text, max(0, run.start() - 8), run.start())
    after = _DIGITS_AFTER.match(text, run.end())
    return sum(len(m.group("digits")) for m in (before, after) if m is not None and (spaced or not m.group("space")))


def _split_long_vowel(run: str, token: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    start, end, out = token
    if out != "-" and end - start == 2 and run[end - 1] == "ー" and end < len(run) and run[end] != "ー":
        return [(start, end - 1, out), (end - 1, end, "-")]
    return [token]
