"""Names for the hold-out corpus: Japanese (faker plus old kanji forms and one-character surnames) and foreign."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

# (kanji, katakana, romaji): 旧字体・異体字 surnames
OLD_FORM_SURNAMES = (
    ("齋藤", "サイトウ", "Saito"),
    ("髙橋", "タカハシ", "Takahashi"),
    ("渡邊", "ワタナベ", "Watanabe"),
    ("渡邉", "ワタナベ", "Watanabe"),
    ("山﨑", "ヤマザキ", "Yamazaki"),
    ("濱田", "ハマダ", "Hamada"),
    ("櫻井", "サクライ", "Sakurai"),
    ("廣瀬", "ヒロセ", "Hirose"),
    ("澤田", "サワダ", "Sawada"),
    ("嶋村", "シマムラ", "Shimamura"),
    ("國井", "クニイ", "Kunii"),
    ("冨田", "トミタ", "Tomita"),
    ("德永", "トクナガ", "Tokunaga"),
    ("髙木", "タカギ", "Takagi"),
    ("邊見", "ヘンミ", "Hemmi"),
    ("籠谷", "カゴタニ", "Kagotani"),
    ("眞鍋", "マナベ", "Manabe"),
    ("惠良", "エラ", "Era"),
)
ONE_CHAR_SURNAMES = (
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("東", "アズマ", "Azuma"),
    ("堀", "ホリ", "Hori"),
    ("辻", "ツジ", "Tsuji"),
    ("南", "ミナミ", "Minami"),
    ("岡", "オカ", "Oka"),
    ("泉", "イズミ", "Izumi"),
    ("峰", "ミネ", "Mine"),
    ("丸", "マル", "Maru"),
)
ONE_CHAR_GIVEN = (
    ("翼", "ツバサ", "Tsubasa"),
    ("誠", "マコト", "Makoto"),
    ("光", "ヒカル", "Hikaru"),
    ("茜", "アカネ", "Akane"),
    ("望", "ノゾミ", "Nozomi"),
    ("学", "マナブ", "Manabu"),
    ("司", "ツカサ", "Tsukasa"),
    ("栞", "シオリ", "Shiori"),
)
# (katakana with ・, ROMAN as on a residence card, katakana family name, katakana given name)
FOREIGN = (
    ("グエン・ヴァン・ナム", "NGUYEN VAN NAM", "グエン", "ナム"),
    ("チャン・ティ・ホア", "TRAN THI HOA", "チャン", "ホア"),
    ("レ・ミン・トゥアン", "LE MINH TUAN", "レ", "トゥアン"),
    ("マリア・サントス・リベイロ", "MARIA SANTOS RIBEIRO", "リベイロ", "マリア"),
    ("ホセ・ラミレス", "JOSE RAMIREZ", "ラミレス", "ホセ"),
    ("アナ・パウラ・シルバ", "ANA PAULA SILVA", "シルバ", "アナ"),
    ("ラジ・クマール", "RAJ KUMAR", "クマール", "ラジ"),
    ("キム・ジヨン", "KIM JIYEONG", "キム", "ジヨン"),
    ("ワン・シウイン", "WANG XIUYING", "ワン", "シウイン"),
    ("ジョン・ミラー", "JOHN MILLER", "ミラー", "ジョン"),
    ("サラ・ジョンソン", "SARAH JOHNSON", "ジョンソン", "サラ"),
    ("ディプ・グルン", "DIP GURUNG", "グルン", "ディプ"),
    ("アグス・スプリヤディ", "AGUS SUPRIYADI", "スプリヤディ", "アグス"),
    ("マイケル・ジョセフ・レイエス", "MICHAEL JOSEPH REYES", "レイエス", "マイケル"),
)


def _halfwidth_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xFF61, 0xFFA0):
        hw = chr(code)
        table.setdefault(unicodedata.normalize("NFKC", hw), hw)
        for mark in ("\uff9e", "\uff9f"):
            composed = unicodedata.normalize("NFKC", hw + mark)
            if len(composed) == 1:
                table.setdefault(composed, hw + mark)
    table["\u3000"] = " "
    return table


_HW = _halfwidth_table()


def halfwidth(kana: str) -> str:
    """Full-width katakana to half-width (ｽｽﾞｷ ﾀﾛｳ), as bank transfer files write names."""
    return "".join(_HW.get(ch, ch) for ch in kana)


def hiragana(kana: str) -> str:
    """Katakana to hiragana (ユウト -> ゆうと)."""
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in kana)


@dataclass(frozen=True, slots=True)
class Person:
    """One person; `sep` is how this document separates family and given name."""

    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sei_roman: str
    mei_roman: str
    sep: str
    full_foreign: str = ""

    @property
    def full(self) -> str:
        return self.full_foreign or f"{self.sei}{self.sep}{self.mei}"

    @property
    def kana(self) -> str:
        if self.full_foreign:
            return self.full_foreign
        return f"{self.sei_kana}{self.sep or ' '}{self.mei_kana}"

    def form(self, name: str, rng: random.Random) -> str:
        """The name in one written form: sei, mei, wide (U+3000), kana, seikana, hw, seihw, hira, roman."""
        forms = {
            "": self.full,
            "wide": self.full if self.full_foreign else f"{self.sei}\u3000{self.mei}",
            "sei": self.sei,
            "mei": self.mei,
            "kana": self.kana,
            "seikana": self.sei_kana,
            "meikana": self.mei_kana,
            "hw": halfwidth(f"{self.sei_kana} {self.mei_kana}"),
            "seihw": halfwidth(self.sei_kana),
            "hira": hiragana(self.mei_kana),
        }
        if name == "roman":
            if self.full_foreign:
                return f"{self.sei_roman}"
            sei, mei = self.sei_roman, self.mei_roman
            return rng.choice([f"{sei.upper()} {mei.upper()}", f"{mei} {sei}", f"{sei.upper()} {mei}"])
        return forms[name]


def _pair(rng: random.Random, fake: Faker, pool: tuple[tuple[str, str, str], ...], share: float) -> tuple[str, ...]:
    if rng.random() < share:
        return rng.choice(pool)
    return tuple(fake.last_name_pair())


def japanese(rng: random.Random, fake: Faker, gender: str | None, surname: Person | None = None) -> Person:
    """A Japanese person; `surname` makes a family member of that person."""
    if surname is not None:
        sei, sei_kana, sei_roman = surname.sei, surname.sei_kana, surname.sei_roman
    else:
        roll = rng.random()
        pool = OLD_FORM_SURNAMES if roll < 0.5 else ONE_CHAR_SURNAMES
        sei, sei_kana, sei_roman = _pair(rng, fake, pool, 0.35)
    gender = gender or rng.choice("mf")
    if rng.random() < 0.08:
        mei, mei_kana, mei_roman = rng.choice(ONE_CHAR_GIVEN)
    elif gender == "m":
        mei, mei_kana, mei_roman = fake.first_name_male_pair()
    else:
        mei, mei_kana, mei_roman = fake.first_name_female_pair()
    sep = rng.choices(["", " ", "\u3000"], [45, 25, 30])[0] if surname is None else surname.sep
    return Person(sei, mei, sei_kana, mei_kana, sei_roman, mei_roman, sep)


def foreign(rng: random.Random) -> Person:
    """A foreign resident: katakana with ・ as the full form, the residence-card roman form as `roman`."""
    kana, roman, family, given = rng.choice(FOREIGN)
    if rng.random() < 0.3:
        kana = kana.replace("・", rng.choice([" ", "\u3000", "＝"]))
    return Person(family, given, family, given, roman, roman, "・", full_foreign=kana)
