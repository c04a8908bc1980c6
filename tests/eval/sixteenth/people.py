"""Invented people and the written forms of their names (each form returns text pieces with PERSON values)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from ..blind.model import Piece, Val
from .pools import CJK_FAMILY, CJK_GIVEN_KO, CJK_GIVEN_ZH, FAMILY, FOREIGN, GIVEN, KOREAN_FAMILIES, VARIANT, Part

P = "PERSON"


@dataclass(frozen=True, slots=True)
class Person:
    """A person: kind ja (Japanese), foreign (katakana and Latin) or cjk (kanji with katakana reading)."""

    kind: str
    family: Part
    given: Part
    nationality: str = "日本"
    family_first: bool = True

    @property
    def kanji(self) -> str:
        return self.family.kanji + self.given.kanji

    def spaced(self, sep: str = " ") -> str:
        if self.kind == "foreign":
            return self.katakana()
        return self.family.kanji + sep + self.given.kanji

    def katakana(self) -> str:
        if self.kind == "foreign":
            a, b = (self.family.kanji, self.given.kanji) if self.family_first else (self.given.kanji, self.family.kanji)
            return f"{a}・{b}"
        if self.kind == "cjk":
            return f"{self.family.kana}・{self.given.kana}"
        return hira_to_kata(self.family.kana) + " " + hira_to_kata(self.given.kana)

    def hiragana(self) -> str:
        return self.family.kana + " " + self.given.kana

    def roman(self) -> str:
        if self.kind == "foreign" and self.family_first:
            return f"{self.family.roma} {self.given.roma}"
        return f"{self.given.roma} {self.family.roma}"

    def surname(self) -> str:
        return self.family.kanji


def hira_to_kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def hankaku(s: str) -> str:
    """Half-width katakana (NFKC's inverse for the katakana used here)."""
    table = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF66, 0xFF9E)}
    out = []
    for ch in hira_to_kata(s):
        if ch in table:
            out.append(table[ch])
            continue
        base = unicodedata.normalize("NFD", ch)
        if len(base) == 2 and base[0] in table:
            out.append(table[base[0]] + ("ﾞ" if base[1] == "\u3099" else "ﾟ"))
        elif ch == " ":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def new_person(rng: random.Random, kind: str | None = None) -> Person:
    if kind is None:
        kind = rng.choices(("ja", "variant", "foreign", "cjk"), (70, 8, 12, 10))[0]
    if kind == "variant":
        return Person("ja", rng.choice(VARIANT), rng.choice(GIVEN))
    if kind == "foreign":
        nat = rng.choice(sorted(FOREIGN))
        gtab, ftab, first = FOREIGN[nat]
        g = rng.choice(gtab.split()).split(":")
        f = rng.choice(ftab.split()).split(":")
        return Person("foreign", Part(f[0], "", f[1]), Part(g[0], "", g[1]), nat, first)
    if kind == "cjk":
        fam = rng.choice(CJK_FAMILY)
        korean = fam.kanji in KOREAN_FAMILIES
        given = rng.choice(CJK_GIVEN_KO if korean else CJK_GIVEN_ZH)
        return Person("cjk", fam, given, "韓国" if korean else "中国")
    return Person("ja", rng.choice(FAMILY), rng.choice(GIVEN))


# forms that need a Japanese person (readings, kanji); the chooser respects them
JA_FORMS = frozenset(
    {
        "full_space",
        "full_zen",
        "full_nospace",
        "hiragana",
        "katakana",
        "hankaku",
        "reading_paren",
        "ruby",
        "variant",
        "given_only",
        "couple",
        "maiden",
        "obituary",
        "vertical",
        "pdf_spaced",
        "relation",
        "initial_family",
        "comma_given",
    }
)


def v(text: str, form: str) -> Val:
    return Val(P, text, form)


def name_text(p: Person, rng: random.Random) -> str:
    """The everyday written name of a person (kanji, katakana for foreign residents)."""
    if p.kind == "foreign":
        return p.katakana()
    return p.spaced(rng.choice((" ", "", "\u3000")))


def person_piece(p: Person, form: str, rng: random.Random, hon: str = "様") -> Piece:
    """A PERSON value (or several) in `form`, with the honorific the form takes outside the spans."""
    if form == "full_space":
        return (v(p.spaced(" "), form), hon)
    if form == "full_zen":
        return (v(p.spaced("\u3000"), form), hon)
    if form in ("full_nospace", "variant"):
        return (v(p.kanji, form), hon)
    if form == "hiragana":
        return (v(p.hiragana(), form), hon)
    if form == "katakana":
        return (v(p.katakana(), form), hon)
    if form == "hankaku":
        return (v(hankaku(p.hiragana()), form), hon)
    if form == "reading_paren":
        return (v(p.spaced(rng.choice((" ", ""))), form), "（", v(p.katakana(), form), "）", hon)
    if form == "ruby":
        return (v(f"{p.family.kanji}（{p.family.kana}）{p.given.kanji}", form), hon)
    if form == "given_only":
        return (v(p.given.kanji, form), rng.choice(("さん", "ちゃん", "くん")))
    if form == "title":
        return (
            v(p.surname() if rng.random() < 0.6 else name_text(p, rng), form),
            rng.choice(("課長", "係長", "主任", "先生", "委員", "主査", "所長")),
        )
    if form == "dono":
        return (v(name_text(p, rng), form), "殿")
    if form == "with_age":
        age = rng.randint(2, 96)
        return (
            v(name_text(p, rng), form),
            rng.choice((f"（{age}）", f"さん（{age}歳）", f"様（{age}）", f"（{age}歳）")),
        )
    if form == "relation":
        rel = rng.choice(("長男", "長女", "次男", "妻", "夫", "母", "父", "孫", "義母", "姉"))
        return (rel, rng.choice(("の", "・", "　")), v(p.given.kanji if rng.random() < 0.5 else p.kanji, form), hon)
    if form == "couple":
        return (v(p.kanji, form), "・", v(new_person(rng, "ja").given.kanji, form), "夫妻")
    if form == "maiden":
        old = rng.choice(FAMILY).kanji
        return (v(p.family.kanji, form), "（旧姓：", v(old, form), "）", v(p.given.kanji, form), hon)
    if form == "quoted":
        return ("「", v(name_text(p, rng), form), "」", rng.choice(("名義", "様", "の名前で", "さん")))
    if form == "foreign_katakana":
        return (v(p.katakana(), form), hon)
    if form == "cjk_kanji":
        return (v(p.spaced(rng.choice((" ", ""))), form), "（", v(p.katakana(), form), "）", hon)
    if form == "romanized":
        r = p.roman()
        return (v(r.upper() if rng.random() < 0.3 else r, form), hon)
    if form == "initial_family":
        return (v(f"{p.given.roma[0]}. {p.family.roma}", form), hon)
    if form == "comma_given":
        return (v(f"{p.family.roma.upper()}, {p.given.roma}", form), hon)
    if form == "surname_later":
        return (v(p.surname(), form), rng.choice(("さん", "様", "氏")))
    if form == "obituary":
        return (v(name_text(p, rng), form),)
    if form == "pdf_spaced":
        return (v(" ".join(p.kanji), form), hon)
    if form == "vertical":
        return (v("\n".join(p.kanji), form),)
    if form == "caption":
        return (v(rng.choice((p.roman(), p.katakana(), name_text(p, rng))), form),)
    if form == "filename":
        return (v(p.kanji if p.kind != "foreign" else p.roman().replace(" ", "_"), form),)
    if form == "english_sentence":
        return (v(p.roman(), form),)
    return (v(name_text(p, rng), form),)


def kind_for(form: str, rng: random.Random) -> str | None:
    """The kind of person a form needs (None: any)."""
    if form == "variant":
        return "variant"
    if form == "foreign_katakana":
        return "foreign"
    if form == "cjk_kanji":
        return "cjk"
    if form in JA_FORMS or form in ("romanized", "english_sentence", "title", "dono"):
        return "ja"
    return None
