"""The writing context of one document: seeded choices, the least-written form, and value slots."""

from __future__ import annotations

import random
from collections import Counter

from ..blind.model import Builder, Piece, Val
from . import numbers as nb
from .dates_mail import birth, date_piece, date_text, email_piece, email_text
from .forms import ADDR_INLINE, CONTEXT, EXTRA, FORMS, GEN, LABEL, NUMBER_ENTITIES, PERSON_INLINE, field_forms
from .people import Person, kind_for, new_person, person_piece
from .places import Addr, address_piece, new_addr
from .pools import BANKS, BRANCHES, COMPANY_FMT, DEPARTMENTS, FACILITY_FMT, HOSPITAL_FMT, SCHOOL_FMT, TOWN_A


class Ctx:
    """One document's builder with a seeded generator and the corpus-wide count of written forms."""

    def __init__(self, rng: random.Random, counts: Counter[tuple[str, str]]) -> None:
        self.rng = rng
        self.b = Builder()
        self.counts = counts

    # choices -------------------------------------------------------------
    def choice(self, seq: tuple[str, ...] | list[str] | str) -> str:
        return self.rng.choice(seq)

    def pick(self, entity: str, forms: tuple[str, ...] | None = None) -> str:
        """The least-written of the forms this place allows (ties broken by the seeded generator)."""
        allowed = forms if forms is not None else tuple(f for f in FORMS[entity] if f not in CONTEXT)
        low = min(self.counts[(entity, f)] for f in allowed)
        form = self.rng.choice([f for f in allowed if self.counts[(entity, f)] == low])
        self.counts[(entity, form)] += 1
        return form

    def least(self, entities: tuple[str, ...], form: str, k: int) -> list[str]:
        """The k entities whose `form` has been written least (for columns of tables, SQL and PDFs)."""
        ranked = sorted(entities, key=lambda e: (self.counts[(e, form)], self.rng.random()))
        return ranked[:k]

    # people ----------------------------------------------------------------
    def new(self, kind: str | None = None) -> Person:
        return new_person(self.rng, kind)

    def person(self, hon: str = "様", forms: tuple[str, ...] = PERSON_INLINE) -> tuple[Piece, Person]:
        form = self.pick("PERSON", forms)
        p = new_person(self.rng, kind_for(form, self.rng))
        return person_piece(p, form, self.rng, hon), p

    def pname(self, p: Person, form: str, hon: str = "") -> Piece:
        """A known person in a form the place dictates."""
        self.counts[("PERSON", form)] += 1
        return person_piece(p, form, self.rng, hon)

    def later(self, p: Person) -> Piece:
        return self.pname(p, "surname_later")

    def staff(self) -> Val:
        self.counts[("PERSON", "staff_surname")] += 1
        return Val("PERSON", self.new("ja").family.kanji, "staff_surname")

    # places ----------------------------------------------------------------
    def addr(self, forms: tuple[str, ...] = ADDR_INLINE, a: Addr | None = None, label: str = "住所") -> Piece:
        form = self.pick("ADDRESS", forms)
        return address_piece(a or new_addr(self.rng, form == "ward"), form, self.rng, label)

    def addr_line(self, label: str = "住所") -> Piece:
        """An address after its label (or under it, or broken over two lines)."""
        form = self.pick("ADDRESS", (*ADDR_INLINE, "label_above", "line_broken"))
        piece = address_piece(new_addr(self.rng, form == "ward"), form, self.rng, label)
        return piece if form == "label_above" else (label, self.choice(("：", "　", ": ")), piece)

    def addr_form(self, form: str, label: str = "住所") -> Piece:
        self.counts[("ADDRESS", form)] += 1
        return address_piece(new_addr(self.rng), form, self.rng, label)

    # numbers ----------------------------------------------------------------
    def value(self, entity: str, form: str) -> Val:
        """One number value in a form (labels are the caller's)."""
        rng = self.rng
        if entity == "PHONE_NUMBER":
            groups = nb.phone(rng, True if form == "paren" else False if form == "paren_area" else None)
            while form == "paren_area" and groups[0] == "050":
                groups = nb.phone(rng, False)
            if form == "plus81":
                return Val(entity, "+81-" + "-".join([groups[0][1:], *groups[1:]]), form)
            if form in ("extension", "paren_area"):
                text = nb.render(rng, groups, "paren" if form == "paren_area" else "hyphen")
                return Val(entity, text, form)
        else:
            groups = GEN[entity](rng)
        hyphen = entity in ("PHONE_NUMBER", "POSTAL_CODE", "PENSION_NUMBER") or rng.random() < 0.3
        if form == "paren" and entity != "PHONE_NUMBER":
            return Val(entity, nb.render(rng, groups, "hyphen" if hyphen else "plain"), form)
        return Val(entity, nb.render(rng, groups, form, hyphen), form)

    def num(self, entity: str, forms: tuple[str, ...] | None = None) -> Val:
        form = self.pick(entity, forms)
        return self.value(entity, form)

    def field(self, entity: str, label: str | None = None, forms: tuple[str, ...] | None = None) -> Piece:
        """A labelled number, mail or birth date: the form decides where the label goes."""
        base = field_forms(entity)
        form = self.pick(entity, forms or base)
        lab = label or self.choice(LABEL[entity])
        if entity == "BIRTH_DATE":
            pieces = date_piece(birth(self.rng), form, self.rng, lab)
            return pieces if form == "label_above" else (lab, self.choice(("：", "　", " ")), pieces)
        if entity == "EMAIL_ADDRESS":
            pieces = email_piece(self.new(), form, self.rng, lab)
            if form in ("label_above", "label_after"):
                return pieces
            return (lab if form != "header" else self.choice(("From", "To", "Cc", "Reply-To")), ": ", pieces)
        v = self.value(entity, form)
        if form == "label_above":
            return (lab, "\n", v)
        if form == "label_after":
            return (v, self.choice(("　", " ")), lab)
        if form == "paren" and entity != "PHONE_NUMBER":
            return (v, f"（{lab}）")
        if form == "extension":
            return (lab, "：", v, f" 内線{self.rng.randint(100, 899)}")
        if form in ("spoken", "half_kana", "dictated"):
            return (lab, "は", self.choice(("", "えー、", "あの、")), v)
        if entity == "POSTAL_CODE" and self.rng.random() < 0.6:
            return ("〒", v)
        return (lab, self.choice(("：", ": ", "　", " ")), v)

    def email(self, p: Person | None = None, forms: tuple[str, ...] | None = None) -> Piece:
        form = self.pick(
            "EMAIL_ADDRESS",
            forms
            or (
                "plain",
                "bracket_at",
                "paren_at",
                "katakana_at",
                "at_dot",
                "fullwidth",
                "mixed_width",
                "spaced",
                "zwsp",
                "spoken",
            ),
        )
        return email_piece(p or self.new(), form, self.rng)

    def bdate(self, forms: tuple[str, ...] | None = None) -> Piece:
        form = self.pick(
            "BIRTH_DATE",
            forms
            or (
                "plain",
                "wareki",
                "gannen",
                "era_short",
                "kanji_num",
                "fullwidth",
                "slash",
                "iso",
                "short_year",
                "spoken",
                "age_after",
                "weekday_after",
            ),
        )
        return date_piece(birth(self.rng), form, self.rng)

    def ctxval(self, entity: str, form: str, p: Person | None = None) -> Piece:
        """A value in a form its place dictates (cell, sql, vcard, pdf_spaced): no label of its own."""
        self.counts[(entity, form)] += 1
        if entity == "BIRTH_DATE":
            return Val(entity, date_text(birth(self.rng), form, self.rng), form)
        if entity == "EMAIL_ADDRESS":
            return Val(entity, email_text(p or self.new(), "plain", self.rng), form)
        if entity == "ADDRESS":
            return address_piece(new_addr(self.rng), form, self.rng)
        if entity == "PERSON":
            return person_piece(p or self.new(), form, self.rng, "")
        return self.value(entity, form)

    # not personal -------------------------------------------------------------
    def org(self, text: str | None = None) -> Val:
        if text is None:
            t = self.rng.choice(TOWN_A).kanji
            fmt = self.rng.choice((*COMPANY_FMT, *HOSPITAL_FMT, *SCHOOL_FMT, *FACILITY_FMT))
            text = fmt.format(t=t)
        return Val("ORGANIZATION", text, "name")

    def dept(self) -> Val:
        return Val("ORGANIZATION", self.choice(DEPARTMENTS), "name")

    def bank(self) -> tuple[Val, str]:
        return Val("ORGANIZATION", self.choice(BANKS), "name"), self.choice(BRANCHES)

    def loc(self, text: str) -> Val:
        return Val("LOCATION", text, "name")


REQUESTS = (
    "以下を要約して",
    "返信案を作って",
    "表に整理して",
    "英訳して",
    "誤字を直して",
    "丁寧な文面に直して",
    "箇条書きにまとめて",
    "不足している項目を指摘して",
    "やさしい日本語に書き換えて",
    "決裁用に要点を3行で",
    "時系列に並べ替えて",
    "CSVに変換して",
    "敬語を整えて",
    "このデータの形式を確認して",
)


def request(c: Ctx, *extra: str) -> None:
    """The staff member's request line that opens every document."""
    c.b.line(c.choice((*REQUESTS, *extra)) + c.choice(("。", "", "お願いします。", "（急ぎ）")))
    c.b.line()


def needy(c: Ctx, k: int, candidates: tuple[str, ...] = NUMBER_ENTITIES) -> list[str]:
    """The k entities whose least-written form is furthest below its minimum."""

    def low(e: str) -> tuple[int, float]:
        return min(c.counts[(e, f)] for f in field_forms(e)), c.rng.random()

    return sorted(candidates, key=low)[:k]


_PROSE_LEAD = ("なお、", "また、", "確認のため、", "聞き取りでは、", "補足：")


def extras(c: Ctx, k: int, prose: bool = False) -> None:
    """k more labelled values of the entities furthest below their minimums (a form's further fields)."""
    for e in needy(c, k, EXTRA):
        if prose:
            c.b.line(
                "{l}{f}{t}",
                l=c.choice(_PROSE_LEAD),
                f=c.field(e),
                t=c.choice(("を確認した。", "とのこと。", "も控えた。")),
            )
        else:
            c.b.line("{f}", f=c.field(e))
    if c.rng.random() < 0.7:
        who, _ = c.person(c.choice(("様", "さん", "")))
        if prose:
            c.b.line("{p}{t}", p=who, t=c.choice(("も同席した。", "が付き添った。", "にも連絡済み。")))
        else:
            c.b.line("{l}：{p}", l=c.choice(("同居人", "代理人", "緊急連絡先", "世帯主", "届出人")), p=who)
    if c.rng.random() < 0.5:
        c.b.line("{a}", a=c.addr_line(c.choice(("住所", "送付先", "連絡先住所", "居所"))))
