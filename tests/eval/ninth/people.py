"""The generation context: form balancing, persons, addresses, labels, organisations and places."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from tests.eval.blind.model import Builder, Piece, Val
from tests.eval.ninth import pools
from tests.eval.ninth.forms import (
    BIRTH_FORMS,
    DOMAINS,
    EMAIL_FORMS,
    IDSP,
    NUMERIC_FORMS,
    fullwidth,
    kanji_number,
    random_birth,
    raw_groups,
    render_birth,
    render_email,
    render_numeric,
)

PERSON_FORMS = ("kanji", "fullwidth_space", "kana", "surname_only", "title", "foreign_katakana", "romanized", "prose")
ADDRESS_FORMS = ("plain", "fullwidth", "hyphen", "kanji_numerals", "building_room", "line_broken", "rural", "partial")

LABELS = {
    "PHONE_NUMBER": (
        ("電話番号", "連絡先", "携帯電話", "TEL", "Tel.", "℡", "電話", "携帯", "自宅電話"),
        ("携帯", "自宅", "日中連絡先"),
    ),
    "POSTAL_CODE": (("〒", "郵便番号", "〒", "〒"), ("郵便番号",)),
    "MY_NUMBER": (
        ("個人番号", "マイナンバー", "個人番号（マイナンバー）", "マイナ番号", "番号法の個人番号"),
        ("個人番号",),
    ),
    "RESIDENT_CODE": (("住民票コード", "住基コード", "住民票ｺｰﾄﾞ"), ("住民票コード",)),
    "HEALTH_INSURANCE": (("保険者番号", "保険者No.", "健康保険 保険者番号", "国保 保険者番号"), ("保険者番号",)),
    "PENSION_NUMBER": (("基礎年金番号", "年金番号", "年金手帳の番号"), ("基礎年金番号",)),
    "DRIVER_LICENSE": (("運転免許証番号", "免許証番号", "免許No", "運転免許"), ("免許証",)),
    "PASSPORT": (("旅券番号", "パスポート番号", "Passport No.", "旅券No."), ("旅券",)),
    "RESIDENCE_CARD": (("在留カード番号", "在留カードNo.", "在留カード"), ("在留カード",)),
    "BANK_ACCOUNT": (("口座番号", "振込先 普通", "口座", "引落口座 普通"), ("口座番号", "普通預金")),
    "CREDIT_CARD": (("クレジットカード番号", "カード番号", "クレカ", "カードNo."), ("カード番号",)),
    "CARE_INSURANCE": (
        ("介護保険被保険者番号", "介護保険番号", "被保険者番号（介護）", "介護保険証の番号"),
        ("介護保険",),
    ),
    "DISABILITY_CERTIFICATE": (
        ("身体障害者手帳番号", "障害者手帳 番号", "療育手帳番号", "精神保健福祉手帳の番号", "手帳番号"),
        ("手帳番号",),
    ),
}


EAST_ASIAN = frozenset({"NGUYEN", "TRAN", "PHAM", "KIM", "PARK", "LI", "WANG"})


@dataclass
class Person:
    sei: tuple[str, str, str] | None
    mei: tuple[str, str, str] | None
    foreign: tuple[str, str] | None = None

    @property
    def nation(self) -> str:
        return pools.NATION_OF.get(self.foreign[1].split()[0], "ベトナム") if self.foreign else "日本"

    @property
    def surname(self) -> str:
        if self.foreign:
            parts = self.foreign[0].split("・")
            return parts[0] if self.foreign[1].split()[0] in EAST_ASIAN else parts[-1]
        assert self.sei
        return self.sei[0]


@dataclass
class Address:
    pref: str
    city: str
    town: str
    chome: int
    ban: int
    go: int
    building: str
    room: str
    rural: tuple[str, str, str, str, str] | None = None
    lot: str = ""


class Ctx:
    """Random source and counters that hand out the least-used written form of each entity."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: Counter[tuple[str, str]] = Counter()
        self.entity_count: Counter[str] = Counter()

    # ------------------------------------------------------------ balancing
    def pick(self, entity: str, forms: tuple[str, ...]) -> str:
        low = min(self.used[(entity, f)] for f in forms)
        form = self.rng.choice([f for f in forms if self.used[(entity, f)] == low])
        self.used[(entity, form)] += 1
        self.entity_count[entity] += 1
        return form

    def note(self, entity: str, form: str) -> None:
        self.used[(entity, form)] += 1
        self.entity_count[entity] += 1

    def neediest(self, entities: tuple[str, ...]) -> str:
        low = min(self.entity_count[e] for e in entities)
        return self.rng.choice([e for e in entities if self.entity_count[e] == low])

    def choice(self, seq):
        return self.rng.choice(seq)

    # ------------------------------------------------------------ numeric identifiers
    def num(self, entity: str, form: str | None = None) -> Val:
        form = form or self.pick(entity, NUMERIC_FORMS)
        if form not in NUMERIC_FORMS:
            raise ValueError(form)
        return Val(entity, render_numeric(raw_groups(entity, self.rng), form, self.rng), form)

    def labelled(self, entity: str, form: str | None = None, style: str | None = None) -> Piece:
        """A numeric value with one of the ways staff label it."""
        v = self.num(entity, form)
        full, after = LABELS[entity]
        style = style or self.choice(("full", "full", "abbr", "above", "after", "glued", "none"))
        label = self.choice(full)
        if style == "full":
            return (f"{label}{self.choice(('：', ':', ' ', '　', '：'))}", v)
        if style == "abbr":
            return (f"{label} ", v)
        if style == "glued":
            return (label, v)
        if style == "above":
            return (f"【{label}】\n", v)
        if style == "after":
            return (v, f"（{self.choice(after)}）")
        return (v,)

    def ids(self, b: Builder, pool: tuple[str, ...], n: int) -> None:
        """n labelled identifiers, the least-written entities of a pool that fits the document."""
        left = list(pool)
        for _ in range(min(n, len(left))):
            e = self.neediest(tuple(left))
            left.remove(e)
            b.line("{x}", x=self.labelled(e))

    # ------------------------------------------------------------ e-mail and birth dates
    def email(self, person: Person | None = None, form: str | None = None) -> Val:
        if form:
            self.note("EMAIL_ADDRESS", form)
        form = form or self.pick("EMAIL_ADDRESS", EMAIL_FORMS)
        if person and person.sei and person.mei and self.rng.random() < 0.7:
            local = self.choice(
                (
                    f"{person.mei[2]}.{person.sei[2]}",
                    f"{person.sei[2]}-{person.mei[2][0]}",
                    f"{person.mei[2][0]}{person.sei[2]}{self.rng.randrange(10, 99)}",
                )
            )
        else:
            local = self.choice(
                (
                    "hoikuen.mama",
                    "mizu_tarou",
                    "kaze2024",
                    "sora.blue",
                    "yamabiko",
                    "pochi.love",
                    "nagisa-77",
                    "tsubasa.k",
                    "hikari_no_michi",
                    "greenleaf",
                    "moriyama.a",
                    "oto-ya",
                )
            )
            local += str(self.rng.randrange(1, 999)) if self.rng.random() < 0.5 else ""
        return Val("EMAIL_ADDRESS", render_email(local, self.choice(pools_domains()), form, self.rng), form)

    def birth(self, young: bool = False, form: str | None = None) -> Val:
        form = form or self.pick("BIRTH_DATE", BIRTH_FORMS)
        return Val("BIRTH_DATE", render_birth(random_birth(self.rng, young), form, self.rng), form)

    # ------------------------------------------------------------ persons
    def person(self, foreign: bool | None = None, wordlike: bool = False) -> Person:
        if foreign is None:
            foreign = self.rng.random() < 0.12
        if foreign:
            return Person(None, None, self.choice(pools.FOREIGN))
        sei = self.choice(pools.SURNAMES)
        mei = self.choice(pools.GIVEN)
        if wordlike or self.rng.random() < 0.2:
            sei = self.choice([s for s in pools.SURNAMES if s[0] in pools.WORDLIKE_SURNAMES])
            if self.rng.random() < 0.5:
                mei = self.choice([g for g in pools.GIVEN if g[0] in pools.WORDLIKE_GIVEN])
        return Person(sei, mei)

    def name(self, p: Person, forms: tuple[str, ...] | None = None) -> Val:
        """A full-name mention of p in the least-used of the allowed forms (kanji more often by default)."""
        if forms is None:
            forms = ("kanji", "fullwidth_space", "kana") + (("romanized",) if self.rng.random() < 0.3 else ())
        if p.foreign:
            form = self.pick("PERSON", ("foreign_katakana", "romanized"))
            if form == "foreign_katakana":
                return Val("PERSON", p.foreign[0], form)
            r = p.foreign[1]
            return Val("PERSON", r if self.rng.random() < 0.7 else r.title(), form)
        assert p.sei
        assert p.mei
        if len(forms) > 1 and "kanji" in forms:
            # kanji full names stay the most frequent form; the others are balanced among themselves
            forms = ("kanji",) if self.rng.random() < 0.55 else tuple(f for f in forms if f != "kanji")
        form = self.pick("PERSON", forms)
        return self.write_name(p, form)

    def write_name(self, p: Person, form: str) -> Val:
        assert p.sei
        assert p.mei
        if form in ("kanji", "prose"):
            sep = "" if form == "prose" or self.rng.random() < 0.5 else " "
            return Val("PERSON", f"{p.sei[0]}{sep}{p.mei[0]}", form)
        if form == "fullwidth_space":
            return Val("PERSON", f"{p.sei[0]}{IDSP}{p.mei[0]}", form)
        if form == "kana":
            text = f"{p.sei[1]}{self.choice((' ', IDSP, ''))}{p.mei[1]}"
            return Val("PERSON", kata(text) if self.rng.random() < 0.6 else text, form)
        if form == "romanized":
            s, g = p.sei[2], p.mei[2]
            return Val(
                "PERSON",
                self.choice(
                    (
                        f"{s.upper()} {g.upper()}",
                        f"{g.capitalize()} {s.capitalize()}",
                        f"{s.upper()} {g.capitalize()}",
                        f"{s} {g}",
                    )
                ),
                form,
            )
        raise ValueError(form)

    def kana(self, p: Person) -> Val:
        assert p.sei
        assert p.mei
        self.note("PERSON", "kana")
        return self.write_name(p, "kana")

    def prose(self, p: Person) -> Val:
        if p.foreign:
            self.note("PERSON", "prose")
            return Val("PERSON", p.foreign[0], "prose")
        self.note("PERSON", "prose")
        return self.write_name(p, "prose")

    def sur(self, p: Person) -> Val:
        self.note("PERSON", "surname_only")
        return Val("PERSON", p.surname, "surname_only")

    def titled(self, p: Person, title: str | None = None, before: str | None = None) -> Piece:
        """佐藤課長 / 防災課田中: the name glued to a title or department; the span is the name."""
        self.note("PERSON", "title")
        text = p.surname if self.rng.random() < 0.75 or p.foreign else f"{p.sei[0]}{p.mei[0]}"  # type: ignore[index]
        v = Val("PERSON", text, "title")
        if before:
            return (org(before), v)
        return (v, title or self.choice(("課長", "係長", "主査", "主任", "さん", "係", "室長", "補佐", "先生", "所長")))

    # ------------------------------------------------------------ addresses
    def address(self) -> Address:
        pref, city = self.choice(pools.PLACES)
        rural = self.choice(pools.RURAL) if self.rng.random() < 0.25 else None
        b = self.choice(pools.BUILDINGS)
        building = f"{b}{self.choice(pools.TOWNS) if self.rng.random() < 0.5 else ''}{self.choice(pools.BUILD_SUFFIX)}"
        room = f"{self.rng.randrange(1, 8)}0{self.rng.randrange(1, 9)}"
        lot = f"{self.rng.randrange(100, 3999)}番地" + (
            f"{self.rng.randrange(1, 9)}" if self.rng.random() < 0.4 else ""
        )
        return Address(
            pref,
            city,
            self.choice(pools.TOWNS),
            self.rng.randrange(1, 8),
            self.rng.randrange(1, 40),
            self.rng.randrange(1, 30),
            building,
            room,
            rural,
            lot,
        )

    def addr(self, a: Address, form: str | None = None, forms: tuple[str, ...] = ADDRESS_FORMS) -> Val:
        form = form or self.pick("ADDRESS", forms)
        return Val("ADDRESS", self.write_addr(a, form), form)

    def write_addr(self, a: Address, form: str) -> str:
        rng = self.rng
        head = (a.pref if rng.random() < 0.5 else "") + a.city
        if form == "plain":
            return f"{head}{a.town}{a.chome}丁目{a.ban}番{a.go}号"
        if form == "fullwidth":
            return fullwidth(
                f"{head}{a.town}{a.chome}丁目{a.ban}番{a.go}号"
                if rng.random() < 0.5
                else f"{head}{a.town}{a.chome}-{a.ban}-{a.go}"
            )
        if form == "hyphen":
            return f"{head}{a.town}{a.chome}-{a.ban}-{a.go}"
        if form == "kanji_numerals":
            return f"{head}{a.town}{kanji_number(a.chome)}丁目{kanji_number(a.ban)}番{kanji_number(a.go)}号"
        if form == "building_room":
            sep = rng.choice((" ", "　", ""))
            room = rng.choice((f"{a.room}号室", f"{a.room}号", f"{a.room}"))
            return f"{head}{a.town}{a.chome}-{a.ban}-{a.go}{sep}{a.building}{rng.choice((' ', ''))}{room}"
        if form == "line_broken":
            k = rng.randrange(3)
            if k == 0:
                return f"{a.pref}{a.city}\n{a.town}{a.chome}丁目{a.ban}番{a.go}号"
            if k == 1:
                return f"{head}{a.town}{a.chome}丁目\n{a.ban}番{a.go}号"
            return f"{head}{a.town}{a.chome}-{a.ban}-{a.go}\n{a.building} {a.room}号室"
        if form == "rural":
            r = a.rural or self.choice(pools.RURAL)
            tail = a.lot if rng.random() < 0.6 else f"{a.lot.replace('番地', '番')}"
            return f"{r[0] if rng.random() < 0.6 else ''}{r[1]}{r[2]}{r[3]}{r[4]}{tail}"
        if form == "partial":
            if rng.random() < 0.6:
                return (
                    f"{a.town}{a.chome}-{a.ban}-{a.go}" if rng.random() < 0.5 else f"{a.town}{a.chome}丁目{a.ban}番地"
                )
            return f"{a.city}{a.town}"
        raise ValueError(form)


def pools_domains() -> tuple[str, ...]:
    return DOMAINS


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def org(name: str) -> Val:
    return Val("ORGANIZATION", name, "name")


def loc(name: str) -> Val:
    return Val("LOCATION", name, "name")
