"""Fictitious people: Japanese and foreign names with readings and romanizations."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

FAMILY = [
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
    ("清水", "しみず"),
    ("斎藤", "さいとう"),
    ("山崎", "やまざき"),
    ("阿部", "あべ"),
    ("池田", "いけだ"),
    ("橋本", "はしもと"),
    ("石川", "いしかわ"),
    ("前田", "まえだ"),
    ("藤田", "ふじた"),
    ("後藤", "ごとう"),
    ("岡田", "おかだ"),
    ("長谷川", "はせがわ"),
    ("村上", "むらかみ"),
    ("近藤", "こんどう"),
    ("坂本", "さかもと"),
    ("遠藤", "えんどう"),
    ("青木", "あおき"),
    ("藤井", "ふじい"),
    ("西村", "にしむら"),
    ("福田", "ふくだ"),
    ("太田", "おおた"),
    ("三浦", "みうら"),
    ("松田", "まつだ"),
    ("勅使河原", "てしがわら"),
    ("東海林", "しょうじ"),
    ("五十嵐", "いがらし"),
    ("小鳥遊", "たかなし"),
    ("御手洗", "みたらい"),
    ("薬師寺", "やくしじ"),
    ("左右田", "そうだ"),
    ("鰐淵", "わにぶち"),
    ("砂金", "いさご"),
    ("百目鬼", "どうめき"),
    ("一戸", "いちのへ"),
    ("比嘉", "ひが"),
    ("仲宗根", "なかそね"),
    ("我如古", "がねこ"),
    ("四十物", "あいもの"),
    ("王子田", "おうじた"),
    ("舘", "たち"),
    ("猪狩", "いがり"),
    ("齋藤", "さいとう"),
    ("髙橋", "たかはし"),
    ("渡邊", "わたなべ"),
    ("濱田", "はまだ"),
    ("邉見", "へんみ"),
    ("林", "はやし"),
    ("森", "もり"),
    ("岡", "おか"),
    ("泉", "いずみ"),
    ("原", "はら"),
    ("谷", "たに"),
    ("島", "しま"),
    ("平", "たいら"),
    ("関", "せき"),
    ("堀", "ほり"),
    ("辻", "つじ"),
    ("南", "みなみ"),
    ("東", "あずま"),
    ("今", "こん"),
    ("金子", "かねこ"),
    ("丸山", "まるやま"),
    ("星", "ほし"),
    ("栗", "くり"),
]
GIVEN = [
    ("太郎", "たろう", "m"),
    ("健一", "けんいち", "m"),
    ("翔太", "しょうた", "m"),
    ("大輔", "だいすけ", "m"),
    ("誠", "まこと", "m"),
    ("浩", "ひろし", "m"),
    ("隆", "たかし", "m"),
    ("蓮", "れん", "m"),
    ("悠真", "ゆうま", "m"),
    ("湊", "みなと", "m"),
    ("勝", "まさる", "m"),
    ("茂", "しげる", "m"),
    ("進", "すすむ", "m"),
    ("実", "みのる", "m"),
    ("翼", "つばさ", "m"),
    ("一郎", "いちろう", "m"),
    ("正雄", "まさお", "m"),
    ("和夫", "かずお", "m"),
    ("拓海", "たくみ", "m"),
    ("陽翔", "はると", "m"),
    ("栄", "さかえ", "m"),
    ("光", "ひかる", "m"),
    ("明", "あきら", "m"),
    ("清", "きよし", "m"),
    ("花子", "はなこ", "f"),
    ("陽子", "ようこ", "f"),
    ("美咲", "みさき", "f"),
    ("結衣", "ゆい", "f"),
    ("さくら", "さくら", "f"),
    ("栄子", "えいこ", "f"),
    ("望", "のぞみ", "f"),
    ("愛", "あい", "f"),
    ("恵", "めぐみ", "f"),
    ("幸子", "さちこ", "f"),
    ("和子", "かずこ", "f"),
    ("千尋", "ちひろ", "f"),
    ("陽菜", "ひな", "f"),
    ("葵", "あおい", "f"),
    ("芽依", "めい", "f"),
    ("トメ", "とめ", "f"),
    ("ハル", "はる", "f"),
    ("光", "ひかり", "f"),
    ("歩", "あゆみ", "f"),
    ("泉", "いずみ", "f"),
    ("真由美", "まゆみ", "f"),
    ("久美子", "くみこ", "f"),
    ("瞳", "ひとみ", "f"),
    ("栞", "しおり", "f"),
]

# Foreign names: (nationality, romanized family, romanized given, katakana parts, kanji or None)
FOREIGN = [
    ("ベトナム", "NGUYEN", "VAN NAM", ["グエン", "ヴァン", "ナム"], None),
    ("ベトナム", "TRAN", "THI HOA", ["チャン", "ティ", "ホア"], None),
    ("ベトナム", "LE", "VAN DUC", ["レ", "ヴァン", "ドゥック"], None),
    ("ベトナム", "PHAM", "THI LAN", ["ファム", "ティ", "ラン"], None),
    ("ベトナム", "HOANG", "MINH TUAN", ["ホアン", "ミン", "トゥアン"], None),
    ("中国", "WANG", "WEI", ["ワン", "ウェイ"], ("王", "偉")),
    ("中国", "LI", "NA", ["リー", "ナー"], ("李", "娜")),
    ("中国", "ZHANG", "MIN", ["チャン", "ミン"], ("張", "敏")),
    ("中国", "CHEN", "JING", ["チェン", "ジン"], ("陳", "静")),
    ("中国", "LIU", "YANG", ["リウ", "ヤン"], ("劉", "洋")),
    ("韓国", "KIM", "MINJUN", ["キム", "ミンジュン"], ("金", "旻俊")),
    ("韓国", "PARK", "SEOYEON", ["パク", "ソヨン"], ("朴", "瑞妍")),
    ("韓国", "LEE", "JIHOON", ["イ", "ジフン"], ("李", "志勲")),
    ("フィリピン", "SANTOS", "MARIA CLARA", ["サントス", "マリア", "クララ"], None),
    ("フィリピン", "REYES", "JOSE MIGUEL", ["レイエス", "ホセ", "ミゲル"], None),
    ("フィリピン", "DELA CRUZ", "ANGELICA", ["デラクルス", "アンジェリカ"], None),
    ("フィリピン", "BAUTISTA", "MARK ANTHONY", ["バウティスタ", "マーク", "アンソニー"], None),
    ("ブラジル", "SILVA", "JOAO PEDRO", ["シルバ", "ジョアン", "ペドロ"], None),
    ("ブラジル", "OLIVEIRA", "ANA PAULA", ["オリヴェイラ", "アナ", "パウラ"], None),
    ("ブラジル", "SOUZA", "LUCAS", ["ソウザ", "ルーカス"], None),
    ("ブラジル", "HIGA", "FERNANDA YUMI", ["ヒガ", "フェルナンダ", "ユミ"], None),
    ("ネパール", "GURUNG", "BIKASH", ["グルン", "ビカシュ"], None),
    ("ネパール", "SHRESTHA", "ANITA", ["シュレスタ", "アニタ"], None),
    ("ネパール", "TAMANG", "SUNIL", ["タマン", "スニル"], None),
    ("ネパール", "THAPA MAGAR", "RAM BAHADUR", ["タパマガル", "ラム", "バハドゥル"], None),
    ("インドネシア", "SANTOSO", "BUDI", ["サントソ", "ブディ"], None),
    ("インドネシア", "RAHAYU", "SITI", ["ラハユ", "シティ"], None),
    ("ミャンマー", "AUNG", "KO KO", ["アウン", "コー", "コー"], None),
    ("スリランカ", "PERERA", "KASUN", ["ペレラ", "カスン"], None),
    ("ペルー", "QUISPE", "ROSA", ["キスペ", "ロサ"], None),
    ("アメリカ", "MILLER", "JAMES", ["ミラー", "ジェームズ"], None),
    ("イギリス", "HUGHES", "EMILY", ["ヒューズ", "エミリー"], None),
]


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    foreign: bool = False
    nationality: str = "日本"
    roman_family: str = ""
    roman_given: str = ""
    kata_parts: tuple[str, ...] = ()
    sex: str = "m"


ROMAJI = {
    "あ": "a",
    "い": "i",
    "う": "u",
    "え": "e",
    "お": "o",
    "か": "ka",
    "き": "ki",
    "く": "ku",
    "け": "ke",
    "こ": "ko",
    "さ": "sa",
    "し": "shi",
    "す": "su",
    "せ": "se",
    "そ": "so",
    "た": "ta",
    "ち": "chi",
    "つ": "tsu",
    "て": "te",
    "と": "to",
    "な": "na",
    "に": "ni",
    "ぬ": "nu",
    "ね": "ne",
    "の": "no",
    "は": "ha",
    "ひ": "hi",
    "ふ": "fu",
    "へ": "he",
    "ほ": "ho",
    "ま": "ma",
    "み": "mi",
    "む": "mu",
    "め": "me",
    "も": "mo",
    "や": "ya",
    "ゆ": "yu",
    "よ": "yo",
    "ら": "ra",
    "り": "ri",
    "る": "ru",
    "れ": "re",
    "ろ": "ro",
    "わ": "wa",
    "を": "o",
    "ん": "n",
    "が": "ga",
    "ぎ": "gi",
    "ぐ": "gu",
    "げ": "ge",
    "ご": "go",
    "ざ": "za",
    "じ": "ji",
    "ず": "zu",
    "ぜ": "ze",
    "ぞ": "zo",
    "だ": "da",
    "で": "de",
    "ど": "do",
    "ば": "ba",
    "び": "bi",
    "ぶ": "bu",
    "べ": "be",
    "ぼ": "bo",
    "ぱ": "pa",
    "ぴ": "pi",
    "ぷ": "pu",
    "ぺ": "pe",
    "ぽ": "po",
}
SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}


def romaji(kana: str) -> str:
    out = ""
    i = 0
    while i < len(kana):
        ch = kana[i]
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if ch == "っ":
            i += 1
            continue_ = ROMAJI.get(nxt, "")
            out += continue_[:1]
            continue
        base = ROMAJI.get(ch, "")
        if nxt in SMALL:
            base = {"し": "sh", "ち": "ch", "じ": "j"}.get(ch, base[:-1] + "y") + SMALL[nxt][1:]
            i += 1
        out += base
        i += 1
    return re.sub(r"ou(?!e)", "o", out).replace("uu", "u").replace("oo", "o")


def kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def japanese(rng: random.Random, sex: str = "") -> Person:
    fam, fk = rng.choice(FAMILY)
    giv, gk, sex = rng.choice([g for g in GIVEN if not sex or g[2] == sex])
    return Person(fam, giv, fk, gk, sex=sex, roman_family=romaji(fk).upper(), roman_given=romaji(gk).capitalize())


FEMALE = {
    "THI HOA",
    "THI LAN",
    "NA",
    "JING",
    "SEOYEON",
    "MARIA CLARA",
    "ANGELICA",
    "ANA PAULA",
    "FERNANDA YUMI",
    "ANITA",
    "SITI",
    "ROSA",
    "EMILY",
}


def foreigner(rng: random.Random, nationality: str | None = None, sex: str = "", avoid: str = "") -> Person:
    pool = [f for f in FOREIGN if nationality is None or f[0] == nationality] or FOREIGN
    fitting = [f for f in pool if (not sex or (f[2] in FEMALE) == (sex == "f")) and f[1] != avoid]
    nat, rf, rg, parts, kanji = rng.choice(fitting or pool)
    fam, giv = kanji if kanji else ("", "")
    return Person(fam, giv, "", "", True, nat, rf, rg, tuple(parts), "f" if rg in FEMALE else "m")
