"""People: Japanese names with readings and foreign names, and how each is written as a PERSON span."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from tests.eval.blind.model import Val

_KATA = {chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)}
_KNUM = "〇一二三四五六七八九"


def to_katakana(s: str) -> str:
    return "".join(_KATA.get(c, c) for c in s)


def kanji_number(n: int) -> str:
    """Positional kanji numeral (六十, 二十三) as written in 和暦 dates and 丁目."""
    if n < 10:
        return _KNUM[n] if n else "〇"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KNUM[tens]) + "十" + (_KNUM[ones] if ones else "")


_ROMA = {"きゃ": "kya", "きゅ": "kyu", "きょ": "kyo", "しゃ": "sha", "しゅ": "shu", "しょ": "sho",
         "ちゃ": "cha", "ちゅ": "chu", "ちょ": "cho", "じゃ": "ja", "じゅ": "ju", "じょ": "jo", "りょ": "ryo",
         "りゅ": "ryu", "ひゃ": "hya", "みょ": "myo", "にゅ": "nyu"}
_ROMA1 = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
    [
        "a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so",
        "ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho",
        "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "wo",
        "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji", "zu", "de",
        "do", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po",
    ],
    strict=True,
))


def romaji(kana: str) -> str:
    """Hepburn-like romanization of a hiragana reading (long vowels left as typed: ou, uu)."""
    out, i = [], 0
    while i < len(kana):
        two = kana[i:i + 2]
        if two in _ROMA:
            out.append(_ROMA[two])
            i += 2
            continue
        ch = kana[i]
        if ch == "っ" and i + 1 < len(kana):
            nxt = _ROMA1.get(kana[i + 1], "t")
            out.append(nxt[0])
        else:
            out.append(_ROMA1.get(ch, ""))
        i += 1
    return "".join(out) or "user"


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str

    def full(self, form: str = "kanji", rng: random.Random | None = None) -> Val:
        space = " " if rng is not None and rng.random() < 0.35 else ""
        return Val("PERSON", f"{self.sei}{space}{self.mei}", form)

    def zen(self) -> Val:
        return Val("PERSON", f"{self.sei}\u3000{self.mei}", "fullwidth_space")

    def kana(self, rng: random.Random, katakana: bool | None = None) -> Val:
        kata = rng.random() < 0.6 if katakana is None else katakana
        s, m = (to_katakana(self.sei_kana), to_katakana(self.mei_kana)) if kata else (self.sei_kana, self.mei_kana)
        sep = rng.choice((" ", "\u3000", ""))
        return Val("PERSON", f"{s}{sep}{m}", "kana")

    def sur(self, form: str = "surname_only") -> Val:
        return Val("PERSON", self.sei, form)

    def given(self) -> Val:
        form = "kana" if all("\u3041" <= c <= "\u30ff" for c in self.mei) else "kanji"
        return Val("PERSON", self.mei, form)

    def roman(self, rng: random.Random) -> Val:
        sei, mei = romaji(self.sei_kana), romaji(self.mei_kana)
        style = rng.random()
        if style < 0.4:
            text = f"{mei.title()} {sei.title()}"
        elif style < 0.7:
            text = f"{sei.upper()} {mei.upper()}"
        else:
            text = f"{sei.title()} {mei.title()}"
        return Val("PERSON", text, "romanized")

    def mail_local(self) -> str:
        return f"{romaji(self.mei_kana)[0]}.{romaji(self.sei_kana)}"

    def halfwidth(self) -> Val:
        return Val("PERSON", halfwidth_kana(f"{self.sei_kana} {self.mei_kana}"), "kana")

    def prose(self) -> Val:
        return Val("PERSON", f"{self.sei}{self.mei}", "prose")


@dataclass
class Foreigner:
    nationality: str
    katakana: str
    roman: str
    kata_family: str
    kanji_name: str

    def kata(self, rng: random.Random | None = None) -> Val:
        """Katakana as registered (with ・); given a Random, sometimes as people type it: space, none, ＝."""
        text = self.katakana
        if rng is not None:
            style = rng.random()
            if style < 0.3:
                text = text.replace("・", " ")
            elif style < 0.5:
                text = text.replace("・", "")
            elif style < 0.6:
                text = text.replace("・", "　")
        return Val("PERSON", text, "foreign_katakana")

    def rom(self, rng: random.Random, title_case: bool | None = None) -> Val:
        tc = rng.random() < 0.4 if title_case is None else title_case
        text = self.roman.title() if tc else self.roman
        return Val("PERSON", text, "romanized")

    def family(self) -> Val:
        return Val("PERSON", self.kata_family, "surname_only")

    def kanji(self) -> Val | None:
        return Val("PERSON", self.kanji_name, "kanji") if self.kanji_name else None


def _halfwidth_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xFF66, 0xFF9E):
        hw = chr(code)
        table[unicodedata.normalize("NFKC", hw)] = hw
    for fw in "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ":
        base, mark = unicodedata.normalize("NFD", fw)
        if base in table:
            table[fw] = table[base] + ("ﾞ" if mark == "\u3099" else "ﾟ")
    table["\u3000"] = " "
    table["ー"] = "ｰ"
    table["・"] = "･"
    return table


_HW = _halfwidth_table()


def halfwidth_kana(text: str) -> str:
    """Katakana as old bank and OCR systems print it: ﾔﾏﾀﾞ ﾀﾛｳ."""
    return "".join(_HW.get(c, c) for c in to_katakana(text))
