"""Value factory: fictitious people, identifiers, addresses, dates and mail addresses as labelled Vals."""

from __future__ import annotations

import random

from tests.eval.blind.model import Val

from . import names as N
from .people import Foreigner, Person, kanji_number
from .render import (
    NUM_FORMS,
    fullwidth,
    kanji,
    license_digit,
    luhn_digit,
    my_number_digit,
    render,
)

ADDRESS_FORMS = ("plain", "kanji_numerals", "hyphen", "fullwidth", "building_room", "line_broken")
BIRTH_FORMS = ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced")
EMAIL_FORMS = ("plain", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "fullwidth", "spaced")
class Gen:
    """All random choices of one corpus build go through one seeded Random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._used_forms: dict[str, dict[str, int]] = {}
        self._used_people: set[str] = set()
        self.drawn: dict[str, int] = {}
        self.last_city = ""
        self._recent: list[str] = []
        self.last_age = 0
        self._recent_foreign: list[str] = []

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def _form(self, key: str, forms: tuple[str, ...]) -> str:
        """The least used form so far for this entity (forced forms count too); ties broken at random."""
        used = self._used_forms.setdefault(key, dict.fromkeys(forms, 0))
        low = min(used.values())
        return self.rng.choice([f for f in forms if used[f] == low])

    def _count(self, key: str, forms: tuple[str, ...], form: str) -> None:
        used = self._used_forms.setdefault(key, dict.fromkeys(forms, 0))
        used[form] = used.get(form, 0) + 1

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # ---------------------------------------------------------------- people
    def staff(self) -> Person:
        """A working-age person (city staff, teachers): no old-fashioned given names."""
        return self.person(old=False)

    def person(self, style: str | None = None, sex: str | None = None, old: bool = True) -> Person:
        r = self.rng
        for _ in range(20):
            pool = style or r.choices(("common", "rare", "word"), (6, 2, 2))[0]
            sei = r.choice({"common": N.SURNAMES_COMMON, "rare": N.SURNAMES_RARE, "word": N.SURNAMES_WORD}[pool])
            weights = (6, 2 if old else 0, 2, 2)
            gpool = r.choices((N.GIVEN_COMMON, N.GIVEN_OLD, N.GIVEN_MODERN, N.GIVEN_WORD), weights)[0]
            mei = r.choice(_sexed(gpool, sex))
            if sei[0] + mei[0] not in self._used_people and sei[0] not in self._recent:
                break
        self._used_people.add(sei[0] + mei[0])
        self._recent = [*self._recent[-7:], sei[0]]
        return Person(sei[0], mei[0], sei[1], mei[1])

    def elder(self, sex: str | None = None) -> Person:
        p = self.person()
        m = self.rng.choice(_sexed(N.GIVEN_OLD, sex))
        return Person(p.sei, m[0], p.sei_kana, m[1])

    def child(self, sex: str | None = None) -> Person:
        p = self.person()
        m = self.rng.choice(_sexed(N.GIVEN_MODERN, sex))
        return Person(p.sei, m[0], p.sei_kana, m[1])

    def child_of(self, parent: Person, sex: str | None = None) -> Person:
        """A child carrying the parent's family name."""
        c = self.child(sex)
        return Person(parent.sei, c.mei, parent.sei_kana, c.mei_kana)

    def foreigner(self, nationality: str | None = None, sex: str | None = None) -> Foreigner:
        nat = nationality or self.rng.choice(sorted(N.FOREIGN))
        pool = N.FOREIGN[nat]
        if sex is not None:
            pool = [e for e in pool if (e[0] in N.FOREIGN_MALE) == (sex == "m")] or pool
        fresh = [e for e in pool if e[0] not in self._recent_foreign] or pool
        k, ro, fam, kj = self.rng.choice(fresh)
        self._recent_foreign = [*self._recent_foreign[-5:], k]
        return Foreigner(nat, k, ro, fam, kj)

    # ---------------------------------------------------------------- public names
    def org(self, name: str | None = None) -> Val:
        return Val("ORGANIZATION", name or self.rng.choice(N.ORGS_CITY + N.ORGS_OTHER), "name")

    def city_org(self) -> Val:
        return Val("ORGANIZATION", self.rng.choice(N.ORGS_CITY), "name")

    def loc(self, name: str | None = None) -> Val:
        return Val("LOCATION", name or self.rng.choice(N.CITIES + N.LANDMARKS), "name")

    # ---------------------------------------------------------------- numbers
    def num(self, entity: str, form: str | None = None, sub: str | None = None) -> Val:
        if form is None:
            form = self._form(entity, NUM_FORMS)
            self.drawn[entity] = self.drawn.get(entity, 0) + 1
        self._count(entity, NUM_FORMS, form)
        groups, sep = self._groups(entity, sub)
        return Val(entity, render(groups, sep, form, self.rng), form)

    def least(self, families: tuple[str, ...]) -> str:
        """The family drawn least so far: keeps every identifier family well represented."""
        return min(families, key=lambda f: (self.drawn.get(f, 0), families.index(f)))

    def idv(self, family: str, form: str | None = None) -> tuple[str, Val]:
        """A label word and a matching identifier value."""
        r = self.rng
        if family == "HEALTH_INSURANCE":
            sub = r.choice(("hokensha", "kouki", "kokuho"))
            label = {"hokensha": "保険者番号", "kouki": r.choice(("後期高齢者医療被保険者番号", "被保険者番号")),
                     "kokuho": r.choice(("国保の保険者番号", "保険者番号"))}[sub]
            return label, self.num(family, form, sub)
        if family == "BANK_ACCOUNT":
            sub = r.choice(("account", "branch", "yucho"))
            label = {"account": "口座番号", "branch": r.choice(("店番・口座番号", "支店番号-口座番号")),
                     "yucho": "ゆうちょ 記号番号"}[sub]
            return label, self.num(family, form, sub)
        if family == "PHONE_NUMBER":
            sub = r.choice(("fixed", "mobile", "mobile"))
            return r.choice(LABELS[family]), self.num(family, form, sub)
        return r.choice(LABELS[family]), self.num(family, form)

    def num_pair(self, entity: str, sub: str | None = None) -> tuple[list[str], str]:
        """The raw groups, for writing one value twice in different forms."""
        return self._groups(entity, sub)

    def again(self, entity: str, groups_sep: tuple[list[str], str], form: str | None = None) -> Val:
        form = form or self._form(entity, NUM_FORMS)
        self._count(entity, NUM_FORMS, form)
        groups, sep = groups_sep
        return Val(entity, render(groups, sep, form, self.rng), form)

    def _groups(self, entity: str, sub: str | None) -> tuple[list[str], str]:
        r, d = self.rng, self.digits
        if entity == "PHONE_NUMBER":
            kind = sub or r.choices(("fixed", "mobile", "ip"), (5, 6, 1))[0]
            if kind == "mobile":
                return [r.choice(("090", "080", "070")), d(4), d(4)], "-"
            if kind == "ip":
                return ["050", d(4), d(4)], "-"
            if kind == "free":
                return (["0120", d(3), d(3)], "-") if r.random() < 0.7 else (["0800", d(3), d(4)], "-")
            area = r.choice(("03", "06", "011", "022", "045", "052", "092", "0166", "0258", "096", "098",
                             "019", "078", "084", "0263", "053", "0276", "0182", "0242"))
            local = 10 - len(area)
            mid = {2: 4, 3: 3, 4: 2, 5: 1}[len(area)]
            return [area, str(r.randint(2, 9)) + d(mid - 1), d(local - mid)], "-"
        if entity == "POSTAL_CODE":
            return [str(r.randint(0, 9)) + d(2), d(4)], "-"
        if entity == "MY_NUMBER":
            body = str(r.randint(1, 9)) + d(10)
            full = body + my_number_digit(body)
            return [full[:4], full[4:8], full[8:]], r.choice((" ", " ", "-"))
        if entity == "RESIDENT_CODE":
            full = d(11)
            return [full[:4], full[4:8], full[8:]], ""
        if entity == "HEALTH_INSURANCE":
            kind = sub or r.choice(("hokensha", "hokensha", "kouki", "kokuho"))
            if kind == "kigo":
                return [d(r.choice((4, 5)))], ""
            if kind == "bango":
                return [str(r.randint(1, 9)) + d(r.choice((1, 2, 3)))], ""
            if kind == "kokuho":
                body = r.choice(("01", "13", "14", "23", "27", "40")) + d(3)
                full = body + luhn_digit(body)
                return [full[:2], full[2:]], ""
            if kind == "kouki":
                body = d(7)
            else:
                body = r.choice(("01", "06", "31", "32", "34", "39")) + r.choice(("13", "14", "23", "27", "40")) + d(3)
            full = body + luhn_digit(body)
            return [full[:2], full[2:4], full[4:]], ""
        if entity == "PENSION_NUMBER":
            return [str(r.randint(1, 9)) + d(3), d(6)], "-"
        if entity == "DRIVER_LICENSE":
            body = r.choice(("30", "45", "62", "54", "11", "22", "43", "64", "71", "50")) + d(2) + d(6)
            full = body + license_digit(body) + r.choice("0001")
            return [full[:4], full[4:8], full[8:]], ""
        if entity == "PASSPORT":
            return [r.choice(("TK", "TR", "TZ", "MU", "TS", "EJ", "PE", "EH")), d(7)], ""
        if entity == "RESIDENCE_CARD":
            up = "ABCDEFGHJKLMNPRSTUVWXYZ"
            return [r.choice(up) + r.choice(up), d(8), r.choice(up) + r.choice(up)], ""
        if entity == "BANK_ACCOUNT":
            kind = sub or r.choice(("account", "account", "branch", "yucho"))
            if kind == "yucho":
                return ["1" + d(3) + "0", d(7) + "1"], "-"
            if kind == "branch":
                return [d(3), str(r.randint(0, 9)) + d(6)], "-"
            return [str(r.randint(0, 9)) + d(2), d(4)], ""
        if entity == "CREDIT_CARD":
            start = r.choice(("4", "5" + str(r.randint(1, 5)), "35" + str(r.randint(28, 89))))
            body = start + d(15 - len(start))
            full = body + luhn_digit(body)
            return [full[i:i + 4] for i in range(0, 16, 4)], r.choice(("-", " "))
        if entity == "CARE_INSURANCE":
            full = "0" + str(r.randint(0, 3)) + d(8)
            return [full[:5], full[5:]], ""
        if entity == "DISABILITY_CERTIFICATE":
            n = r.choice((5, 6, 6, 7))
            full = str(r.randint(1, 9)) + d(n - 1)
            return [full[:2], full[2:]], ""
        raise ValueError(entity)

    # ---------------------------------------------------------------- addresses
    def address(self, form: str | None = None, with_pref: bool | None = None) -> Val:
        r = self.rng
        form = form or self._form("ADDRESS", ADDRESS_FORMS)
        self._count("ADDRESS", ADDRESS_FORMS, form)
        pref, city, town, style = r.choice(N.PLACES)
        self.last_city = city
        head = (pref if (with_pref if with_pref is not None else r.random() < 0.6) else "") + city
        a, b, c = r.randint(1, 6), r.randint(1, 30), r.randint(1, 25)
        if style == "jo":
            tail_plain = f"{a}条{r.randint(1, 9)}丁目{b}番{c}号"
            tail_kanji = f"{kanji_number(a)}条{kanji_number(r.randint(1, 9))}丁目{kanji_number(b)}番{kanji_number(c)}号"
            tail_hy = f"{a}条{r.randint(1, 9)}丁目{b}-{c}"
        elif style == "banchi":
            n = r.randint(1, 1200)
            tail_plain = f"{n}番地" + (f"の{c}" if r.random() < 0.4 else "")
            tail_kanji = f"{kanji(str(n)) if n > 99 else kanji_number(n)}番地" + (
                f"の{kanji_number(c)}" if r.random() < 0.4 else "")
            tail_hy = f"{n}-{c}"
        else:
            tail_plain = f"{a}丁目{b}番{c}号"
            tail_kanji = f"{kanji_number(a)}丁目{kanji_number(b)}番" + (
                f"{kanji_number(c)}号" if r.random() < 0.6 else "地")
            tail_hy = f"{a}-{b}-{c}"
        if form == "plain":
            text = head + town + tail_plain
        elif form == "kanji_numerals":
            text = head + town + tail_kanji
        elif form == "hyphen":
            text = head + town + tail_hy
        elif form == "fullwidth":
            text = head + town + fullwidth(tail_hy if r.random() < 0.6 else tail_plain)
        elif form == "building_room":
            bld = r.choice(N.BUILDINGS).format(t=town[:2] if len(town) > 2 else town)
            room = f"{r.randint(1, 9)}0{r.randint(1, 9)}"
            sep = r.choice((" ", "\u3000", ""))
            text = head + town + tail_hy + sep + bld + (f"{room}号室" if r.random() < 0.6 else f" {room}")
        elif form == "line_broken":
            body = town + (tail_hy if r.random() < 0.5 else tail_plain)
            if r.random() < 0.5:
                text = head + "\n" + body
            else:
                text = head + town + "\n" + (tail_hy if r.random() < 0.5 else tail_plain)
        else:
            raise ValueError(form)
        return Val("ADDRESS", text, form)

    # ---------------------------------------------------------------- dates
    def birth(self, form: str | None = None, lo: int = 1930, hi: int = 2005) -> Val:
        r = self.rng
        form = form or self._form("BIRTH_DATE", BIRTH_FORMS)
        self._count("BIRTH_DATE", BIRTH_FORMS, form)
        y, m, dd = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
        self.last_age = 2025 - y - (1 if (m, dd) > (6, 30) else 0)
        era, ey, letter = _era(y, m, dd)
        eys = "元" if ey == 1 and r.random() < 0.5 else str(ey)
        if form == "seireki":
            text = f"{y}年{m}月{dd}日" if r.random() < 0.7 else f"{y}年{m:02d}月{dd:02d}日"
        elif form == "wareki":
            text = f"{era}{eys}年{m}月{dd}日"
        elif form == "slash":
            text = f"{y}/{m}/{dd}" if r.random() < 0.5 else f"{y}/{m:02d}/{dd:02d}"
        elif form == "kanji_numerals":
            if r.random() < 0.7:
                text = f"{era}{'元' if ey == 1 else kanji_number(ey)}年{kanji_number(m)}月{kanji_number(dd)}日"
            else:
                text = f"{kanji(str(y))}年{kanji_number(m)}月{kanji_number(dd)}日"
        elif form == "abbrev":
            sep = r.choice((".", ".", "/", "-"))
            text = f"{letter}{ey}{sep}{m}{sep}{dd}"
        elif form == "spaced":
            text = f"{y} 年 {m} 月 {dd} 日" if r.random() < 0.5 else f"{era} {ey} 年 {m} 月 {dd} 日"
        else:
            raise ValueError(form)
        return Val("BIRTH_DATE", text, form)

    # ---------------------------------------------------------------- mail
    def email(self, local_hint: str, form: str | None = None, domain: str | None = None) -> Val:
        r = self.rng
        form = form or self._form("EMAIL_ADDRESS", EMAIL_FORMS)
        self._count("EMAIL_ADDRESS", EMAIL_FORMS, form)
        local = local_hint.lower().replace(" ", r.choice((".", "_", ""))).replace("'", "")
        local = local.replace("-", "")[:20] + r.choice(("", "", str(r.randint(1, 99)), "1975", "0503"))
        dom = domain or r.choice(("example.jp", "example.ne.jp", "mail.example.co.jp", "example.com",
                                  "gmail.com", "icloud.com", "yahoo.co.jp", "ezweb.ne.jp"))
        if form == "plain":
            text = f"{local}@{dom}"
        elif form == "at_paren":
            text = f"{local} (at) {dom}" if r.random() < 0.6 else f"{local}(at){dom}"
        elif form == "at_bracket":
            text = f"{local}［at］{dom}" if r.random() < 0.6 else f"{local}[at]{dom}"
        elif form == "at_katakana":
            text = f"{local}アットマーク{dom}" if r.random() < 0.7 else f"{local} アット {dom}"
        elif form == "dot_spelled":
            text = f"{local}@{dom}".replace(".", r.choice(("(dot)", " dot ", "［dot］")))
        elif form == "fullwidth":
            text = fullwidth(local).replace(".", "．") + "＠" + (fullwidth(dom).replace(".", "．")
                                                                 if r.random() < 0.6 else dom)
        elif form == "spaced":
            text = f"{local} @ {dom.replace('.', ' . ')}"
        else:
            raise ValueError(form)
        return Val("EMAIL_ADDRESS", text.strip(), form)


LABELS = {
    "MY_NUMBER": ("個人番号", "マイナンバー", "個人番号（マイナンバー）", "マイナンバー（個人番号）"),
    "RESIDENT_CODE": ("住民票コード", "住民票コード", "住基コード"),
    "PENSION_NUMBER": ("基礎年金番号", "年金番号", "基礎年金番号"),
    "DRIVER_LICENSE": ("運転免許証番号", "免許証番号", "運転免許証の番号"),
    "PASSPORT": ("旅券番号", "パスポート番号", "旅券番号（Passport No.）"),
    "RESIDENCE_CARD": ("在留カード番号", "在留カードの番号", "在留カード番号"),
    "CREDIT_CARD": ("カード番号", "クレジットカード番号", "カード番号"),
    "CARE_INSURANCE": ("介護保険被保険者番号", "介護保険の被保険者番号", "被保険者番号（介護）"),
    "DISABILITY_CERTIFICATE": ("身体障害者手帳番号", "療育手帳番号", "精神障害者保健福祉手帳番号", "手帳番号"),
    "PHONE_NUMBER": ("電話番号", "TEL", "携帯", "連絡先", "電話"),
    "POSTAL_CODE": ("郵便番号",),
}
ALL_IDS = ("MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE", "PENSION_NUMBER", "DRIVER_LICENSE", "PASSPORT",
           "RESIDENCE_CARD", "BANK_ACCOUNT", "CREDIT_CARD", "CARE_INSURANCE", "DISABILITY_CERTIFICATE")


def _sexed(pool: list[tuple[str, str]], sex: str | None) -> list[tuple[str, str]]:
    if sex is None:
        return pool
    names = N.FEMALE if sex == "f" else N.MALE
    return [g for g in pool if g[0] in names] or pool


def _era(y: int, m: int, d: int) -> tuple[str, int, str]:
    key = (y, m, d)
    if key >= (2019, 5, 1):
        return "令和", y - 2018, "R"
    if key >= (1989, 1, 8):
        return "平成", y - 1988, "H"
    if key >= (1926, 12, 25):
        return "昭和", y - 1925, "S"
    return "大正", y - 1911, "T"
