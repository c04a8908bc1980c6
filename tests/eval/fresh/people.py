"""Hand-written Japanese and foreign names, and how a name is written in each PERSON form."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.eval.blind.model import Val

# (kanji, hiragana, romaji)
FAMILY: tuple[tuple[str, str, str], ...] = (
    ("佐藤", "さとう", "Sato"),
    ("鈴木", "すずき", "Suzuki"),
    ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"),
    ("伊藤", "いとう", "Ito"),
    ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"),
    ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"),
    ("吉田", "よしだ", "Yoshida"),
    ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"),
    ("山崎", "やまざき", "Yamazaki"),
    ("森", "もり", "Mori"),
    ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"),
    ("藤原", "ふじわら", "Fujiwara"),
    ("岡田", "おかだ", "Okada"),
    ("後藤", "ごとう", "Goto"),
    ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"),
    ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"),
    ("青木", "あおき", "Aoki"),
    ("藤田", "ふじた", "Fujita"),
    ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"),
    ("太田", "おおた", "Ota"),
    ("三浦", "みうら", "Miura"),
    ("齋藤", "さいとう", "Saito"),
    ("髙木", "たかぎ", "Takagi"),
    ("渡邊", "わたなべ", "Watanabe"),
    ("野口", "のぐち", "Noguchi"),
    ("菅原", "すがわら", "Sugawara"),
    ("千葉", "ちば", "Chiba"),
    ("小野寺", "おのでら", "Onodera"),
    ("比嘉", "ひが", "Higa"),
    ("東", "あずま", "Azuma"),
    ("宮城", "みやぎ", "Miyagi"),
    ("丸山", "まるやま", "Maruyama"),
    ("今井", "いまい", "Imai"),
)
GIVEN: tuple[tuple[str, str, str], ...] = (
    ("健一", "けんいち", "Kenichi"),
    ("一郎", "いちろう", "Ichiro"),
    ("直樹", "なおき", "Naoki"),
    ("大輔", "だいすけ", "Daisuke"),
    ("翔太", "しょうた", "Shota"),
    ("拓也", "たくや", "Takuya"),
    ("誠", "まこと", "Makoto"),
    ("浩二", "こうじ", "Koji"),
    ("隆", "たかし", "Takashi"),
    ("修", "おさむ", "Osamu"),
    ("勝利", "かつとし", "Katsutoshi"),
    ("蓮", "れん", "Ren"),
    ("陽翔", "はると", "Haruto"),
    ("悠真", "ゆうま", "Yuma"),
    ("湊", "みなと", "Minato"),
    ("茂", "しげる", "Shigeru"),
    ("正男", "まさお", "Masao"),
    ("和夫", "かずお", "Kazuo"),
    ("恵子", "けいこ", "Keiko"),
    ("洋子", "ようこ", "Yoko"),
    ("美穂", "みほ", "Miho"),
    ("由美", "ゆみ", "Yumi"),
    ("真由美", "まゆみ", "Mayumi"),
    ("彩", "あや", "Aya"),
    ("陽菜", "ひな", "Hina"),
    ("結衣", "ゆい", "Yui"),
    ("さくら", "さくら", "Sakura"),
    ("千尋", "ちひろ", "Chihiro"),
    ("久美子", "くみこ", "Kumiko"),
    ("トメ", "とめ", "Tome"),
    ("ハル", "はる", "Haru"),
    ("文子", "ふみこ", "Fumiko"),
    ("節子", "せつこ", "Setsuko"),
    ("芽依", "めい", "Mei"),
    ("葵", "あおい", "Aoi"),
    ("智子", "ともこ", "Tomoko"),
    ("亮介", "りょうすけ", "Ryosuke"),
    ("俊彦", "としひこ", "Toshihiko"),
    ("奈々", "なな", "Nana"),
)

# (katakana, romanized, country) — katakana uses ・ between parts; renderers may swap it for ＝ or a space.
FOREIGN: tuple[tuple[str, str, str], ...] = (
    ("グエン・ヴァン・ナム", "NGUYEN VAN NAM", "ベトナム"),
    ("チャン・ティ・ホア", "TRAN THI HOA", "ベトナム"),
    ("ファム・ミン・トゥアン", "PHAM MINH TUAN", "ベトナム"),
    ("レ・ティ・ラン", "LE THI LAN", "ベトナム"),
    ("ワン・ウェイ", "WANG WEI", "中国"),
    ("リウ・ヤン", "LIU YANG", "中国"),
    ("チャン・ミンユー", "ZHANG MINGYU", "中国"),
    ("キム・ミンジュン", "KIM MINJUN", "韓国"),
    ("パク・ソヨン", "PARK SOYEON", "韓国"),
    ("イ・ジフン", "LEE JIHOON", "韓国"),
    ("マリア・サントス", "Maria Santos", "フィリピン"),
    ("ホセ・デラクルス", "Jose Dela Cruz", "フィリピン"),
    ("アナ・レイエス", "Ana Reyes", "フィリピン"),
    ("ルーカス・シルバ", "Lucas Silva", "ブラジル"),
    ("ガブリエラ・オリヴェイラ", "Gabriela Oliveira", "ブラジル"),
    ("ペドロ・ソウザ", "Pedro Souza", "ブラジル"),
    ("ラム・バハドゥル・タパ", "Ram Bahadur Thapa", "ネパール"),
    ("シタ・グルン", "SITA GURUNG", "ネパール"),
    ("ビカス・シュレスタ", "BIKASH SHRESTHA", "ネパール"),
    ("デウィ・レスタリ", "Dewi Lestari", "インドネシア"),
    ("アグス・サプトラ", "AGUS SAPUTRA", "インドネシア"),
    ("ニマル・ペレラ", "Nimal Perera", "スリランカ"),
    ("カスン・フェルナンド", "KASUN FERNANDO", "スリランカ"),
    ("アウン・チョー・ミン", "AUNG KYAW MIN", "ミャンマー"),
    ("ティダ・ウィン", "Thida Win", "ミャンマー"),
    ("エミリー・ジョンソン", "Emily Johnson", "アメリカ合衆国"),
    ("マイケル・ブラウン", "Michael Brown", "アメリカ合衆国"),
    ("サラ・ミラー", "Sarah Miller", "アメリカ合衆国"),
    ("ソムチャイ・ウォンサワット", "SOMCHAI WONGSAWAT", "タイ"),
    ("ダワ・シェルパ", "Dawa Sherpa", "ネパール"),
)


def katakana(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


@dataclass(frozen=True, slots=True)
class Person:
    """A Japanese name."""

    family: str
    given: str
    family_kana: str
    given_kana: str
    family_romaji: str
    given_romaji: str

    def kanji(self, spaced: bool | None = None, rng: random.Random | None = None) -> Val:
        space = spaced if spaced is not None else bool(rng and rng.random() < 0.5)
        return Val("PERSON", self.family + (" " if space else "") + self.given, "kanji")

    def fullwidth_space(self) -> Val:
        return Val("PERSON", f"{self.family}\u3000{self.given}", "fullwidth_space")

    def kana(self, rng: random.Random, kata: bool | None = None) -> Val:
        use_kata = kata if kata is not None else rng.random() < 0.5
        fam, giv = self.family_kana, self.given_kana
        if use_kata:
            fam, giv = katakana(fam), katakana(giv)
        sep = rng.choice((" ", "\u3000", ""))
        return Val("PERSON", fam + sep + giv, "kana")

    def romanized(self, rng: random.Random) -> Val:
        style = rng.randrange(3)
        if style == 0:
            text = f"{self.family_romaji.upper()} {self.given_romaji}"
        elif style == 1:
            text = f"{self.given_romaji} {self.family_romaji}"
        else:
            text = f"{self.family_romaji.upper()} {self.given_romaji.upper()}"
        return Val("PERSON", text, "romanized")

    def titled(self, full: bool) -> Val:
        return Val("PERSON", self.family + self.given if full else self.family, "title")

    def prose(self) -> Val:
        return Val("PERSON", self.family + self.given, "prose")

    def surname(self) -> Val:
        return Val("PERSON", self.family, "surname_only")

    @property
    def reading_kata(self) -> str:
        return katakana(self.family_kana + " " + self.given_kana)


@dataclass(frozen=True, slots=True)
class Foreigner:
    """A foreign resident's name: katakana and passport spelling."""

    kata: str
    roman: str
    country: str

    def katakana(self, rng: random.Random) -> Val:
        sep = rng.choice(("・", "・", "・", "＝", " ", "\u3000"))
        return Val("PERSON", self.kata.replace("・", sep), "foreign_katakana")

    def romanized(self) -> Val:
        return Val("PERSON", self.roman, "romanized")

    def surname(self) -> Val:
        parts = self.kata.split("・")
        # Vietnamese, Chinese, Korean and Myanmar names put the family name first.
        first = self.country in {"ベトナム", "中国", "韓国", "ミャンマー"}
        return Val("PERSON", parts[0] if first else parts[-1], "surname_only")


def japanese(rng: random.Random) -> Person:
    f = rng.choice(FAMILY)
    g = rng.choice(GIVEN)
    return Person(f[0], g[0], f[1], g[1], f[2], g[2])


def foreign(rng: random.Random) -> Foreigner:
    kata, roman, country = rng.choice(FOREIGN)
    return Foreigner(kata, roman, country)
