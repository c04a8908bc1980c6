"""Written forms of values and the generation context (seeded rng, balanced form cycles)."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

from tests.eval.blind.model import Val
from tests.eval.third import values as V
from tests.eval.third.render import (
    ADDRESS_FORMS,
    BIRTH_FORMS,
    EMAIL_FORMS,
    IDEO,
    NUM_FORMS,
    fw,
    kanji_number,
    render_number,
)
from tests.eval.third.values import Address, Person

# Label words under which each identifier family is written in forms and memos.
FLEX: dict[str, list[str]] = {
    "MY_NUMBER": ["個人番号", "マイナンバー", "個人番号（マイナンバー）"],
    "RESIDENT_CODE": ["住民票コード"],
    "HEALTH_INSURANCE": ["保険者番号", "後期高齢者医療被保険者番号", "国保保険者番号"],
    "PENSION_NUMBER": ["基礎年金番号", "年金番号"],
    "DRIVER_LICENSE": ["運転免許証番号", "免許証番号"],
    "PASSPORT": ["旅券番号", "パスポート番号"],
    "RESIDENCE_CARD": ["在留カード番号"],
    "BANK_ACCOUNT": ["口座番号", "振込先口座"],
    "CREDIT_CARD": ["カード番号", "クレジットカード番号"],
    "CARE_INSURANCE": ["介護保険被保険者番号", "介護保険証番号"],
    "DISABILITY_CERTIFICATE": ["身体障害者手帳番号", "療育手帳番号", "精神障害者保健福祉手帳番号"],
}


class Ctx:
    """Seeded generation context: value factories with balanced written forms."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._cycles: dict[str, list[str]] = {}
        self.used: Counter[str] = Counter()

    # -- helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def next_form(self, key: str, forms: tuple[str, ...]) -> str:
        cyc = self._cycles.get(key)
        if not cyc:
            cyc = list(forms)
            self.rng.shuffle(cyc)
            self._cycles[key] = cyc
        return cyc.pop()

    def org(self, name: str | None = None) -> Val:
        return Val("ORGANIZATION", name or self.pick(V.ORGS), "plain")

    def ext(self) -> Val:
        return Val("ORGANIZATION", self.pick([o for o in V.ORGS if o not in V.DEPTS]), "plain")

    def dept(self) -> Val:
        return Val("ORGANIZATION", self.pick(V.DEPTS), "plain")

    def loc(self, name: str | None = None, kind: str = "city") -> Val:
        """A place: a given name, or a random one of ``kind`` (city, pref, district, station, facility, abroad)."""
        return Val("LOCATION", name or self.pick(V.PLACES[kind]), "plain")

    # -- numbers
    def num(self, entity: str, sub: str = "", form: str | None = None) -> Val:
        rng = self.rng
        sep = "-"
        if entity == "PHONE_NUMBER":
            groups = V.phone_groups(rng, sub or None)
        elif entity == "POSTAL_CODE":
            groups = [V.rand_digits(rng, 3, True), V.rand_digits(rng, 4)]
        elif entity == "MY_NUMBER":
            d = V.my_number(rng)
            groups, sep = [d[:4], d[4:8], d[8:]], self.pick([" ", " ", "-"])
        elif entity == "RESIDENT_CODE":
            d = V.resident_code(rng)
            groups, sep = [d[:4], d[4:8], d[8:]], ""
        elif entity == "HEALTH_INSURANCE":
            if sub == "kigou":
                groups, sep = [V.rand_digits(rng, self.pick([4, 5])), V.rand_digits(rng, self.pick([3, 5, 7]))], "-"
                if len("".join(groups)) in (6, 8):
                    groups[1] += "1"
            else:
                d = V.insurer_number(rng, six=sub == "kokuho")
                groups, sep = [d[:4], d[4:]] if len(d) == 8 else [d[:3], d[3:]], ""
        elif entity == "PENSION_NUMBER":
            groups = [V.rand_digits(rng, 4, True), V.rand_digits(rng, 6)]
        elif entity == "DRIVER_LICENSE":
            d = V.driver_license(rng)
            groups, sep = [d[:4], d[4:8], d[8:]], ""
        elif entity == "PASSPORT":
            d = V.passport(rng)
            groups, sep = [d[:2], d[2:]], ""
        elif entity == "RESIDENCE_CARD":
            d = V.residence_card(rng)
            groups, sep = [d[:2], d[2:6], d[6:10], d[10:]], ""
        elif entity == "BANK_ACCOUNT":
            if sub == "yucho":
                groups = ["1" + V.rand_digits(rng, 3) + "0", V.rand_digits(rng, 7, True) + "1"]
            elif sub == "branch":
                groups = [V.rand_digits(rng, 3, True), V.rand_digits(rng, 7)]
            else:
                d = V.rand_digits(rng, 7)
                groups, sep = [d[:3], d[3:]], ""
        elif entity == "CREDIT_CARD":
            groups, sep = V.credit_card(rng), self.pick(["-", " "])
        elif entity == "CARE_INSURANCE":
            d = "0" + V.rand_digits(rng, 9)
            groups, sep = [d[:5], d[5:]], ""
        elif entity == "DISABILITY_CERTIFICATE":
            if sub == "pref":
                groups = [V.rand_digits(rng, 2, True), V.rand_digits(rng, 6)]
            else:
                d = V.rand_digits(rng, self.pick([5, 6, 7]))
                groups, sep = [d[:2], d[2:]], ""
        else:
            raise ValueError(entity)
        form = form or self.next_form(entity, NUM_FORMS)
        self.used[entity] += 1
        text = render_number(groups, sep, form, rng, entity)
        if form == "line_broken" and "\n" not in text:
            text = text[:3] + "\n" + text[3:]
        return Val(entity, text, form)

    # -- flexible identifiers (least-used family first) for forms and memos

    def flex(self, n: int, exclude: tuple[str, ...] = (), only: tuple[str, ...] = ()) -> list[tuple[str, Val]]:
        """Up to ``n`` identifiers of distinct families, the least used first, each with a label word."""
        fams = [f for f in FLEX if f not in exclude and (not only or f in only)]
        self.rng.shuffle(fams)
        fams.sort(key=lambda f: self.used[f])
        out = []
        for fam in fams[:n]:
            label = self.pick(FLEX[fam])
            sub = "kokuho" if label == "国保保険者番号" else ""
            if fam == "BANK_ACCOUNT" and "振込先" in label:
                sub = "branch"
            out.append((label, self.num(fam, sub)))
        return out

    # -- email
    def email(self, p: Person | None = None, form: str | None = None, company: bool = False) -> Val:
        rng = self.rng
        if p is not None and p.roman_family:
            local = self.pick(
                [
                    f"{p.roman_given.lower()}.{p.roman_family.lower()}",
                    f"{p.roman_family.lower()}{rng.randint(1, 99)}",
                    f"{p.roman_given.lower()[:1]}-{p.roman_family.lower()}",
                ]
            ).replace(" ", "")
        else:
            local = (
                self.pick(["info", "soudan", "kikaku", "office", "support"])
                if company
                else self.pick(["sakura", "hikari", "taro", "momo", "kaze"]) + str(rng.randint(10, 999))
            )
        domain = self.pick(
            [
                "example.jp",
                "mail.example.com",
                "yamabiko.ne.jp",
                "kamome-net.jp",
                "gmail.com",
                "icloud.com",
                "ezweb.example.jp",
                "aozora-mail.jp",
                "hoshi.or.jp",
            ]
        )
        form = form or self.next_form("EMAIL", EMAIL_FORMS)
        name, _, tld = domain.partition(".")
        text = {
            "plain": f"{local}@{domain}",
            "at_paren": f"{local} (at) {domain}",
            "at_bracket": f"{local}{self.pick(['［at］', '[at]', '[アット]'])}{domain}",
            "at_katakana": f"{local}{self.pick(['アットマーク', ' アットマーク ', '（アットマーク）'])}{domain}",
            "dot_spelled": f"{local}{self.pick(['@', ' (at) '])}{name} (dot) {tld.replace('.', ' (dot) ')}",
            "fullwidth": fw(f"{local}@{domain}"),
            "spaced": f"{local.replace('.', ' . ')} @ {domain.replace('.', ' . ')}",
        }[form]
        self.used["EMAIL_ADDRESS"] += 1
        return Val("EMAIL_ADDRESS", text, form)

    # -- people
    def jp(self, sex: str = "") -> Person:
        return V.japanese(self.rng, sex)

    def relative(self, p: Person, sex: str = "") -> Person:
        """A family member who shares ``p``'s family name."""
        q = V.japanese(self.rng, sex)
        return replace(q, family=p.family, family_kana=p.family_kana, roman_family=p.roman_family)

    def fo(self, nationality: str | None = None, sex: str = "", avoid: str = "") -> Person:
        return V.foreigner(self.rng, nationality, sex, avoid)

    def fo_child(self, parent: Person) -> Person:
        """A child of a foreign parent: the parent's family name with another given name."""
        other = V.foreigner(self.rng, parent.nationality, avoid=parent.roman_family)
        family_parts = parent.kata_parts[:1]
        return replace(
            other,
            family=parent.family,
            roman_family=parent.roman_family,
            kata_parts=family_parts + other.kata_parts[1:],
        )

    def name(self, p: Person, form: str) -> Val:
        rng = self.rng
        if form in ("surname_only", "title"):
            text = p.family or p.kata_parts[0]
        elif form == "kanji":
            text = p.family + self.pick(["", " "]) + p.given if p.family else "".join(p.kata_parts)
        elif form == "fullwidth_space":
            text = f"{p.family}{IDEO}{p.given}" if p.family else IDEO.join(p.kata_parts)
        elif form == "kana":
            fk, gk = p.family_kana, p.given_kana
            if rng.random() < 0.5:
                fk, gk = V.kata(fk), V.kata(gk)
            text = fk + self.pick([" ", IDEO, ""]) + gk
        elif form == "foreign_katakana":
            parts = list(p.kata_parts)
            text = self.pick(["・", "・", "＝", " "]).join(parts)
        elif form == "romanized":
            if p.foreign:
                fam, giv = p.roman_family, p.roman_given
                if rng.random() < 0.4:
                    fam, giv = fam.title(), giv.title()
                text = self.pick([f"{fam} {giv}", f"{fam} {giv}", f"{giv} {fam}"])
            else:
                text = self.pick(
                    [
                        f"{p.roman_family} {p.roman_given}",
                        f"{p.roman_given} {p.roman_family.title()}",
                        f"{p.roman_given.upper()} {p.roman_family}",
                    ]
                )
        elif form == "prose":
            text = p.family + p.given if p.family else self.pick(["・", "＝"]).join(p.kata_parts)
        else:
            raise ValueError(form)
        return Val("PERSON", text, form)

    def anyname(self, p: Person) -> Val:
        """A full name in whichever form suits the person (for forms and memos)."""
        if p.foreign:
            return self.name(
                p,
                self.pick(["foreign_katakana", "romanized"])
                if not p.family
                else self.pick(["kanji", "romanized", "foreign_katakana"]),
            )
        return self.name(p, self.pick(["kanji", "kanji", "fullwidth_space", "kana"]))

    # -- addresses
    def addr(self, a: Address | None = None, form: str | None = None) -> Val:
        a = a or V.address(self.rng)
        form = form or self.next_form("ADDRESS", ADDRESS_FORMS)
        head = (a.pref if self.chance(0.5) else "") + a.city + a.town
        c, b, g = a.chome, a.ban, a.go
        if form == "plain":
            text = head + self.pick([f"{c}丁目{b}番{g}号", f"{c}丁目{b}番地{g}", f"{b * 10 + g}番地"])
        elif form == "kanji_numerals":
            text = head + self.pick(
                [
                    f"{kanji_number(c)}丁目{kanji_number(b)}番{kanji_number(g)}号",
                    f"{kanji_number(c)}丁目{kanji_number(b)}番地",
                ]
            )
        elif form == "hyphen":
            text = head + self.pick([f"{c}-{b}-{g}", f"{c}-{b}", f"{c}－{b}－{g}"])
        elif form == "fullwidth":
            text = head + self.pick([fw(f"{c}-{b}-{g}"), fw(f"{c}") + "丁目" + fw(f"{b}") + "番" + fw(f"{g}") + "号"])
        elif form == "building_room":
            text = (
                head + f"{c}-{b}-{g}" + self.pick([" ", "　", ""]) + a.building + f"{a.room}{self.pick(V.ROOM_SUFFIX)}"
            )
        else:  # line_broken
            if self.chance(0.5):
                text = a.pref + a.city + "\n" + a.town + f"{c}丁目{b}番{g}号"
            else:
                text = head + f"{c}-{b}-{g}" + "\n" + a.building + f"{a.room}号室"
        return Val("ADDRESS", text, form)

    # -- birth dates
    def birth(self, form: str | None = None, y0: int = 1930, y1: int = 2020) -> Val:
        rng = self.rng
        y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
        form = form or self.next_form("BIRTH", BIRTH_FORMS)
        if (y, m, d) < (1926, 12, 25):
            era, ey, ab = "大正", y - 1911, "T"
        elif (y, m, d) < (1989, 1, 8):
            era, ey, ab = "昭和", y - 1925, "S"
        elif (y, m, d) < (2019, 5, 1):
            era, ey, ab = "平成", y - 1988, "H"
        else:
            era, ey, ab = "令和", y - 2018, "R"
        text = {
            "seireki": f"{y}年{m}月{d}日",
            "wareki": f"{era}{ey}年{m}月{d}日",
            "slash": self.pick([f"{y}/{m}/{d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"]),
            "kanji_numerals": f"{era}{kanji_number(ey) if ey > 1 else '元'}年{kanji_number(m)}月{kanji_number(d)}日",
            "abbrev": self.pick([f"{ab}{ey}.{m}.{d}", f"{ab}{ey}/{m}/{d}", f"{ab}{ey:02d}.{m:02d}.{d:02d}"]),
            "spaced": self.pick([f"{y} 年 {m} 月 {d} 日", f"{era} {ey} 年 {m} 月 {d} 日", f"{y} / {m:02d} / {d:02d}"]),
        }[form]
        return Val("BIRTH_DATE", text, form)
