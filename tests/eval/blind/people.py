"""Hand-written Japanese and foreign name lists, and ways of writing a name."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

SURNAMES: tuple[tuple[str, str], ...] = (
    ("佐藤", "さとう"),
    ("鈴木", "すずき"),
    ("高橋", "たかはし"),
    ("田中", "たなか"),
    ("伊藤", "いとう"),
    ("渡辺", "わたなべ"),
    ("山本", "やまもと"),
    ("中村", "なかむら"),
    ("小林", "こばやし"),
    ("加藤", "かとう"),
    ("吉田", "よしだ"),
    ("山田", "やまだ"),
    ("佐々木", "ささき"),
    ("山口", "やまぐち"),
    ("松本", "まつもと"),
    ("井上", "いのうえ"),
    ("木村", "きむら"),
    ("林", "はやし"),
    ("斎藤", "さいとう"),
    ("清水", "しみず"),
    ("山崎", "やまざき"),
    ("森", "もり"),
    ("池田", "いけだ"),
    ("橋本", "はしもと"),
    ("阿部", "あべ"),
    ("石川", "いしかわ"),
    ("中島", "なかじま"),
    ("小川", "おがわ"),
    ("前田", "まえだ"),
    ("岡田", "おかだ"),
    ("長谷川", "はせがわ"),
    ("藤田", "ふじた"),
    ("後藤", "ごとう"),
    ("近藤", "こんどう"),
    ("村上", "むらかみ"),
    ("遠藤", "えんどう"),
    ("青木", "あおき"),
    ("坂本", "さかもと"),
    ("齋藤", "さいとう"),
    ("髙橋", "たかはし"),
    ("渡邊", "わたなべ"),
    ("飯塚", "いいづか"),
    ("菅原", "すがわら"),
    ("大和田", "おおわだ"),
    ("海老原", "えびはら"),
    ("五十嵐", "いがらし"),
    ("東海林", "しょうじ"),
    ("小野寺", "おのでら"),
    ("鬼澤", "おにざわ"),
    ("綿引", "わたひき"),
    ("廣瀬", "ひろせ"),
    ("柳沢", "やなぎさわ"),
    ("野口", "のぐち"),
    ("宇佐美", "うさみ"),
    ("根本", "ねもと"),
    ("軍司", "ぐんじ"),
    ("圷", "あくつ"),
    ("照沼", "てるぬま"),
    ("桜井", "さくらい"),
    ("武藤", "むとう"),
    ("安藤", "あんどう"),
    ("服部", "はっとり"),
    ("西村", "にしむら"),
    ("原", "はら"),
    ("福田", "ふくだ"),
    ("太田", "おおた"),
    ("三浦", "みうら"),
    ("藤井", "ふじい"),
    ("岡本", "おかもと"),
    ("中川", "なかがわ"),
    ("原田", "はらだ"),
    ("小松", "こまつ"),
    ("千葉", "ちば"),
    ("今井", "いまい"),
    ("河野", "こうの"),
    ("久保田", "くぼた"),
    ("大塚", "おおつか"),
    ("星野", "ほしの"),
    ("関", "せき"),
    ("南", "みなみ"),
    ("市川", "いちかわ"),
    ("堀江", "ほりえ"),
    ("菊池", "きくち"),
    ("沼田", "ぬまた"),
    ("岩崎", "いわさき"),
)
MALE: tuple[tuple[str, str], ...] = (
    ("拓也", "たくや"),
    ("翔太", "しょうた"),
    ("大輔", "だいすけ"),
    ("健一", "けんいち"),
    ("誠", "まこと"),
    ("浩", "ひろし"),
    ("正雄", "まさお"),
    ("和夫", "かずお"),
    ("勝", "まさる"),
    ("茂", "しげる"),
    ("博之", "ひろゆき"),
    ("雄大", "ゆうだい"),
    ("蓮", "れん"),
    ("陽翔", "はると"),
    ("悠真", "ゆうま"),
    ("湊", "みなと"),
    ("大和", "やまと"),
    ("隆", "たかし"),
    ("清", "きよし"),
    ("修", "おさむ"),
    ("一郎", "いちろう"),
    ("健太", "けんた"),
    ("亮", "りょう"),
    ("直樹", "なおき"),
    ("裕太", "ゆうた"),
    ("賢治", "けんじ"),
    ("幸男", "ゆきお"),
    ("武", "たけし"),
    ("義明", "よしあき"),
    ("優希", "ゆうき"),
    ("達也", "たつや"),
    ("光太郎", "こうたろう"),
    ("悟", "さとる"),
    ("昭二", "しょうじ"),
    ("功", "いさお"),
    ("伸也", "しんや"),
    ("恭平", "きょうへい"),
    ("秀樹", "ひでき"),
    ("俊介", "しゅんすけ"),
    ("晃", "あきら"),
)
FEMALE: tuple[tuple[str, str], ...] = (
    ("花子", "はなこ"),
    ("美咲", "みさき"),
    ("陽菜", "ひな"),
    ("結衣", "ゆい"),
    ("恵子", "けいこ"),
    ("幸子", "さちこ"),
    ("和子", "かずこ"),
    ("久美子", "くみこ"),
    ("由美", "ゆみ"),
    ("真由美", "まゆみ"),
    ("明美", "あけみ"),
    ("智子", "ともこ"),
    ("裕子", "ゆうこ"),
    ("さくら", "さくら"),
    ("葵", "あおい"),
    ("凛", "りん"),
    ("芽衣", "めい"),
    ("千尋", "ちひろ"),
    ("節子", "せつこ"),
    ("トメ", "とめ"),
    ("キヨ", "きよ"),
    ("美智子", "みちこ"),
    ("直美", "なおみ"),
    ("舞", "まい"),
    ("彩花", "あやか"),
    ("奈々", "なな"),
    ("里美", "さとみ"),
    ("典子", "のりこ"),
    ("文子", "ふみこ"),
    ("瞳", "ひとみ"),
    ("詩織", "しおり"),
    ("愛", "あい"),
    ("ハル", "はる"),
    ("澄江", "すみえ"),
    ("静香", "しずか"),
    ("友美", "ともみ"),
    ("綾乃", "あやの"),
    ("みどり", "みどり"),
    ("貴子", "たかこ"),
    ("芳江", "よしえ"),
)

# (country in Japanese, romanized parts, katakana parts, family name first?)
FOREIGN: tuple[tuple[str, tuple[str, ...], tuple[str, ...], bool], ...] = (
    ("ベトナム", ("Nguyen", "Van", "An"), ("グエン", "ヴァン", "アン"), True),
    ("ベトナム", ("Tran", "Thi", "Huong"), ("チャン", "ティ", "フオン"), True),
    ("ベトナム", ("Le", "Thi", "Mai"), ("レ", "ティ", "マイ"), True),
    ("ベトナム", ("Pham", "Minh", "Duc"), ("ファム", "ミン", "ドゥック"), True),
    ("ベトナム", ("Hoang", "Van", "Nam"), ("ホアン", "ヴァン", "ナム"), True),
    ("ベトナム", ("Vu", "Thi", "Lan"), ("ヴー", "ティ", "ラン"), True),
    ("ベトナム", ("Do", "Quang", "Huy"), ("ドー", "クアン", "フイ"), True),
    ("中国", ("Wang", "Wei"), ("ワン", "ウェイ"), True),
    ("中国", ("Li", "Na"), ("リー", "ナー"), True),
    ("中国", ("Zhang", "Min"), ("チャン", "ミン"), True),
    ("中国", ("Chen", "Xiaoling"), ("チェン", "シャオリン"), True),
    ("中国", ("Liu", "Yang"), ("リウ", "ヤン"), True),
    ("韓国", ("Kim", "Minjun"), ("キム", "ミンジュン"), True),
    ("韓国", ("Park", "Jiyeon"), ("パク", "ジヨン"), True),
    ("韓国", ("Lee", "Seojun"), ("イ", "ソジュン"), True),
    ("韓国", ("Choi", "Yuna"), ("チェ", "ユナ"), True),
    ("フィリピン", ("Maria", "Santos"), ("マリア", "サントス"), False),
    ("フィリピン", ("Jose", "Reyes"), ("ホセ", "レイエス"), False),
    ("フィリピン", ("Angelica", "Dela Cruz"), ("アンジェリカ", "デラクルス"), False),
    ("フィリピン", ("Mark", "Anthony", "Bautista"), ("マーク", "アンソニー", "バウティスタ"), False),
    ("ブラジル", ("Carlos", "Eduardo", "Silva"), ("カルロス", "エドゥアルド", "シルバ"), False),
    ("ブラジル", ("Ana", "Paula", "Oliveira"), ("アナ", "パウラ", "オリヴェイラ"), False),
    ("ブラジル", ("Lucas", "Pereira"), ("ルーカス", "ペレイラ"), False),
    ("ブラジル", ("Juliana", "Souza"), ("ジュリアナ", "ソウザ"), False),
    ("ペルー", ("Luis", "Alberto", "Gonzales"), ("ルイス", "アルベルト", "ゴンザレス"), False),
    ("ネパール", ("Ram", "Bahadur", "Thapa"), ("ラム", "バハドゥル", "タパ"), False),
    ("ネパール", ("Sita", "Gurung"), ("シタ", "グルン"), False),
    ("ネパール", ("Bikash", "Shrestha"), ("ビカシュ", "シュレスタ"), False),
    ("ネパール", ("Anjali", "Rai"), ("アンジャリ", "ライ"), False),
    ("インドネシア", ("Dewi", "Lestari"), ("デウィ", "レスタリ"), False),
    ("インドネシア", ("Budi", "Santoso"), ("ブディ", "サントソ"), False),
    ("インドネシア", ("Siti", "Nurhaliza"), ("シティ", "ヌルハリザ"), False),
    ("インドネシア", ("Agus", "Setiawan"), ("アグス", "セティアワン"), False),
    ("アメリカ", ("John", "Smith"), ("ジョン", "スミス"), False),
    ("アメリカ", ("Emily", "Johnson"), ("エミリー", "ジョンソン"), False),
    ("アメリカ", ("Michael", "Brown"), ("マイケル", "ブラウン"), False),
    ("アメリカ", ("Sarah", "Miller"), ("サラ", "ミラー"), False),
    ("スリランカ", ("Nimal", "Perera"), ("ニマル", "ペレラ"), False),
    ("ミャンマー", ("Aung", "Kyaw", "Min"), ("アウン", "チョー", "ミン"), False),
    ("ミャンマー", ("Thida", "Win"), ("ティダ", "ウィン"), False),
    ("タイ", ("Somchai", "Srisuk"), ("ソムチャイ", "シースック"), False),
    ("インド", ("Rahul", "Sharma"), ("ラフル", "シャルマ"), False),
    ("バングラデシュ", ("Mohammad", "Rahman"), ("モハマド", "ラーマン"), False),
    ("フランス", ("Claire", "Dubois"), ("クレール", "デュボワ"), False),
    ("ドイツ", ("Stefan", "Becker"), ("シュテファン", "ベッカー"), False),
    ("ウズベキスタン", ("Dilnoza", "Karimova"), ("ディルノザ", "カリモワ"), False),
    ("モンゴル", ("Bat-Erdene", "Ganbold"), ("バトエルデネ", "ガンボルド"), False),
    ("ペルー", ("Rosa", "Quispe"), ("ロサ", "キスペ"), False),
)

_SYLLABLES = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do "
    "ba bi bu be bo pa pi pu pe po"
)


def _words(text: str) -> list[str]:
    return text.split()


_ROMA = dict(
    zip(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
        "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
        _words(_SYLLABLES),
        strict=True,
    )
)
_YOON = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}


def romaji(kana: str) -> str:
    """Passport-style Hepburn for a hiragana reading (long vowels dropped)."""
    out = ""
    double = False
    i = 0
    while i < len(kana):
        ch = kana[i]
        i += 1
        if ch == "っ":
            double = True
            continue
        syl = _ROMA.get(ch, "")
        if i < len(kana) and kana[i] in _YOON:
            vowel = _YOON[kana[i]][1]
            syl = syl[:-1] + vowel if syl in ("shi", "chi", "ji") else syl[:-1] + "y" + vowel
            i += 1
        out += (syl[0] + syl) if double and syl else syl
        double = False
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        out = out.replace(long, short)
    return out


def katakana(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


_HALF = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッー　",
        "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｰ ",
        strict=True,
    )
)
_VOICED = dict(zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "カキクケコサシスセソタチツテトハヒフヘホ", strict=True))
_SEMI = dict(zip("パピプペポ", "ハヒフヘホ", strict=True))


def halfwidth_kana(kata: str) -> str:
    """Katakana to half-width katakana, as bank passbooks print 口座名義."""
    out = ""
    for ch in kata:
        if ch in _VOICED:
            out += _HALF[_VOICED[ch]] + "ﾞ"
        elif ch in _SEMI:
            out += _HALF[_SEMI[ch]] + "ﾟ"
        else:
            out += _HALF.get(ch, ch)
    return out


@dataclass(frozen=True, slots=True)
class JName:
    """A Japanese name: kanji surname/given name and their hiragana readings."""

    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    female: bool

    def kanji(self, sep: str = "") -> str:
        return f"{self.sei}{sep}{self.mei}"

    def kana(self, rng: Random) -> str:
        sep = rng.choice([" ", "\u3000", "", " "])
        text = f"{self.sei_kana}{sep}{self.mei_kana}"
        return katakana(text) if rng.random() < 0.55 else text

    def roman(self, rng: Random) -> str:
        sei, mei = romaji(self.sei_kana), romaji(self.mei_kana)
        style = rng.randrange(4)
        if style == 0:
            return f"{sei.upper()} {mei.capitalize()}"
        if style == 1:
            return f"{mei.capitalize()} {sei.capitalize()}"
        if style == 2:
            return f"{sei.upper()} {mei.upper()}"
        return f"{sei.capitalize()} {mei.capitalize()}"


@dataclass(frozen=True, slots=True)
class FName:
    """A foreign name: country, romanized parts and katakana parts, in the order they are written."""

    country: str
    roman_parts: tuple[str, ...]
    kata_parts: tuple[str, ...]
    family_first: bool

    @property
    def family_kata(self) -> str:
        return self.kata_parts[0] if self.family_first else self.kata_parts[-1]

    def katakana(self, rng: Random) -> str:
        sep = rng.choice(["・", "・", "・", "＝", " ", "\u3000"])
        return sep.join(self.kata_parts)

    def roman(self, rng: Random) -> str:
        parts = list(self.roman_parts)
        if rng.random() < 0.5:
            if not self.family_first:
                parts = [parts[-1], *parts[:-1]]
            return " ".join(p.upper() for p in parts)
        return " ".join(parts)


def random_jname(rng: Random, female: bool | None = None) -> JName:
    if female is None:
        female = rng.random() < 0.5
    sei, sei_kana = rng.choice(SURNAMES)
    mei, mei_kana = rng.choice(FEMALE if female else MALE)
    return JName(sei, mei, sei_kana, mei_kana, female)


def random_fname(rng: Random, country: str | None = None) -> FName:
    pool = [f for f in FOREIGN if country is None or f[0] == country] or list(FOREIGN)
    c, roman, kata, first = rng.choice(pool)
    return FName(c, roman, kata, first)
