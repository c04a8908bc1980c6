"""Addresses: 都道府県 + 市区町村 + 町域 + 丁目・番地・号 + building and room, reported as one span.

Rules (JAPANESE_PII.md, 住所): prefecture names are a closed list of 47; GiNZA's Postal_Address F1 is
0.09, so this is pattern-based. A match starts at a prefecture name, at a Sudachi ``地名`` token
(``つくば市研究学園``), or right after an address context word, and needs a street-level part
(``1-2-3``, ``一丁目2番3号``, ``2番地の1``, ``123番地``); after a context word (住所, 現住所, 居所,
転入先, 対象家屋, a postal code, a resident's bracket after the honorific ``さん（``, a table column of 住所) or before
where someone lives (``三島市城山にお住まい``) a municipality and 町域 without numbers is enough. A city name alone is
not an address (``福山市在住``). A 町域 alone is one when a strong street number follows it (``大和田1-24-22``,
``泉3丁目14番地``): documents of one city leave the city out.
Runs on normalized text (ASCII digits and ``-``); kanji numerals (``一丁目``) are read as written.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers import _table
from gateway.privacy.recognizers.address_english import english_addresses

_PREFS = "|".join(
    ["北海道", "東京都", "大阪府", "京都府"]
    + [
        f"{p}県"
        for p in [
            "青森",
            "岩手",
            "宮城",
            "秋田",
            "山形",
            "福島",
            "茨城",
            "栃木",
            "群馬",
            "埼玉",
            "千葉",
            "神奈川",
            "新潟",
            "富山",
            "石川",
            "福井",
            "山梨",
            "長野",
            "岐阜",
            "静岡",
            "愛知",
            "三重",
            "滋賀",
            "兵庫",
            "奈良",
            "和歌山",
            "鳥取",
            "島根",
            "岡山",
            "広島",
            "山口",
            "徳島",
            "香川",
            "愛媛",
            "高知",
            "福岡",
            "佐賀",
            "長崎",
            "熊本",
            "大分",
            "宮崎",
            "鹿児島",
            "沖縄",
        ]
    ]
)
_KANJI_KATA = "\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc\u30f6"
_PLACE = f"[{_KANJI_KATA}\u3041-\u3096]"  # municipality names may be hiragana (つくば市, さいたま市)
_TOWN = f"[{_KANJI_KATA}のが]"  # 町域 without a number after it: only の and が of the hiragana
_NUM = "(?:[0-9]+|[〇一二三四五六七八九十百千]+)"
_MUNI = f"(?:{_PLACE}{{1,8}}?郡)?{_PLACE}{{1,8}}?[市区町村]"
# 札幌・旭川 style blocks before 丁目: 北36条西8丁目, 南1条東2丁目, 4条通8丁目; after it a side of the street
# (4条通8丁目右10号) or a quarter (本郷通3丁目南2-5)
_JO = f"(?:{_NUM}条(?:通)?[東西南北]?)"
# a hyphen may end a line where a pasted form wrapped the number (常盤5-4-⏎8)
_NL = "[ \t]{0,8}\r?\n[ \t]{0,8}"  # a line break, with the spaces a copied page leaves around it (bounded: no
# backtracking over a long run of spaces)
_HYPHEN = f"(?:{_NL})?-(?:{_NL})?"
_WRAP = f"(?:{_NL})?"  # a copied page may wrap the line after 丁目 or 番地 too (四丁目⏎5番6号)
_STREET = (
    f"(?:{_JO}?{_NUM}丁目(?:{_WRAP}[右左]{_NUM}号"
    f"|{_WRAP}[東西南北]?{_NUM}(?:番地?|{_HYPHEN})(?:{_WRAP}の?{_NUM}号?(?:{_HYPHEN}{_NUM})?)?"
    # a lot number alone after the 丁目 (旭川市末広一条6丁目7), not a count (3丁目2人)
    f"|[0-9]{{1,4}}(?:号(?![棟館室])|(?![0-9.]|[人名件日年月時分歳才円%回台本枚かmkメキ]))"
    f")?"
    f"|{_NUM}番地?(?:の|{_HYPHEN}|{_WRAP})?{_NUM}号?(?:{_HYPHEN}{_NUM})?"
    f"|{_NUM}番地(?!{_NUM})"
    f"|{_NUM}(?:{_HYPHEN}{_NUM}){{1,3}})"
)
_BUILDING_WORDS = (
    "マンション|アパート|ハイツ|ハイム|コーポ|レジデンス|ビル|タワー|パレス|コート|ヒルズ|ハウス|メゾン|プラザ|"
    "ガーデン|ヴィラ|シャトー|荘|棟|号館|庁舎|寮|住宅|団地|[県市町村都府]営"
)
# a room: 405号室, 2-301, 3F; never the start of a longer number (TEL 03-1234-5678), nor a group of one written in
# groups of four (⏎マイナンバー 6113 9919 8355 is the next field, not a building and its room)
_ROOM = "[A-Za-z]?[0-9]{1,4}(?:-[0-9]{1,4})?(?:号室|号|階|F)?(?![0-9-])(?![ \t]+[0-9]{4}[ \t][0-9]{4})"
_FLOOR = f"(?:\\s?(?:{_NUM}|[A-Z])(?:号棟|号館|棟|階|F))?"  # B棟, 2号館, 3階 before the room
_BUILDING = (
    f"(?:\\s?(?!の)[{_KANJI_KATA}A-Za-z・の]{{0,15}}?(?:{_BUILDING_WORDS})"
    # the rest of the name; hiragana only when a number follows (グランドハイツひたち野東2号棟, not …に住む); the
    # number of a 第 belongs to the name (メゾン吉野第2 409, 県営吉野第2 309)
    f"(?:[{_KANJI_KATA}\u3041-\u3096A-Za-z・]{{1,12}}(?=\\s?{_NUM})|[{_KANJI_KATA}A-Za-z・]{{0,12}})"
    f"(?:(?<=第)[0-9]+(?:号室|号)?)?{_FLOOR}(?:\\s?(?:{_ROOM}|{_NUM}(?:号室|号|階|F)?))?"
    # a building name without a building word that starts in katakana or Latin letters
    # and has a room number after it: …5号 ルミエール405号室, …1-2-3 サンライズ東館 201
    # (not a label and its number on the next line: ⏎カード番号は3667, ⏎カード番号 5327)
    f"|\\s?[\u30a1-\u30fa\u30fcA-Za-z][{_KANJI_KATA}\u3041-\u3096A-Za-z・]{{1,15}}?(?<!番号)(?<![はがをにでとへも])"
    f"{_FLOOR}\\s?{_ROOM}"
    f"|\\s?{_NUM}号室)?"
)
# 大字・字 areas number their lots without 番地 (阿見町大字若栗1234, 字中原123の4)
_AZA_LOT = f"{_NUM}(?:番地?)?(?:の{_NUM})?(?![0-9])"
# 京都 names a place by the streets that cross there and the way from the crossing (上る north, 下る south, 東入 /
# 西入): 烏丸通三条上る場之町123番地, 四条通烏丸東入長刀鉾町12 (the lot may stand without 番地 after such a way)
_KYOTO_WAY = "(?:[上下](?:る|ル|がる|ガル)|[東西]入[るル]?)"
_KYOTO_LOT = f"{_NUM}(?:番地?)?(?:(?:の|{_HYPHEN}){_NUM})?(?![0-9])"
_KYOTO_STREET = re.compile(
    f"(?<![{_KANJI_KATA}])[\u3005\u4e00-\u9fff]{{1,6}}通り?[\u3005\u4e00-\u9fff]{{1,6}}?{_KYOTO_WAY}")
# before a street number the 町域 may hold hiragana (ひたち野東, みどりの): the number right after it
# keeps particles out (つくば市の人口は… never reaches a 丁目・番地 part). Forms put a space between the
# parts (東京都 千代田区 霞が関1-2-3), and a pasted form may wrap the address anywhere (…研究学園⏎一丁目2番3号).
_BREAK = f"(?:{_NL}|[ ])?"  # a space, or a line break where a pasted form wrapped the address
# …and a copied page wraps where its line ends, inside a name too (つくば⏎市吾妻, 竹⏎園2丁目)
_PLACE_WRAPPED = f"(?:{_PLACE}|{_NL}(?={_PLACE}))"
_MUNI_WRAPPED = f"(?:{_PLACE_WRAPPED}{{1,8}}?郡)?{_PLACE_WRAPPED}{{1,8}}?[市区町村]"
_FULL = re.compile(
    f"(?P<pref>{_PREFS})?{_BREAK}(?P<muni>{_MUNI_WRAPPED})?{_BREAK}"
    f"(?:(?P<town>{_PLACE_WRAPPED}{{0,14}}?)(?:(?<![\u3041-\u3096]){_NL})?(?P<street>{_STREET})"
    f"|(?P<aza>{_PLACE}{{0,10}}?字{_PLACE}{{1,10}}?)(?P<lot>{_AZA_LOT})"
    f"|(?P<kyoto>{_PLACE}{{0,14}}?{_KYOTO_WAY}{_PLACE}{{1,10}}?)(?P<kyoto_lot>{_KYOTO_LOT}))"
    f"{_BUILDING}"
)
_CONTEXT_ONLY = re.compile(f"(?:{_PREFS})?{_MUNI}{_TOWN}{{1,14}}")
_PREF_SEARCH = re.compile(_PREFS)
ADDRESS_HEAD = f"(?:{_PREFS}|{_MUNI})"  # a prefecture or a municipality: how an address begins
ADDRESS_START = re.compile(f"[ ]?{ADDRESS_HEAD}")  # where an address begins (a postal code before it)
_CONTEXT = re.compile(
    r"(?:現住所|住所|居所|住居地|居住地|転入先|転出先|転居先|送付先|郵送先|所在地|本籍地?|自宅)"
    r"(?:地|は|:|\s|の住所)*"
)
# where a resident's place may follow, never a municipality alone nor an organisation: a postal code in any form
# the normalizer joined (〒五九三の九三五五 → 〒593-9355), a resident's bracket after the honorific
# (宮崎 トメさん（金沢市柳町）), a house's label
_RESIDENT_CONTEXT = re.compile(
    r"(?:〒|郵便番号:?)[ \t]*[0-9]{3}-?[0-9]{4}[ \t]*(?:\r?\n[ \t]*)?|(?:さん|様|氏)[(（]"
    r"|(?:対象家屋|対象物件|使用場所|給水場所)[ \t]*:?[ \t]*"  # a house's or a water meter's place: 使用場所：…
)
# a municipality and 町域 without numbers where someone lives: 三島市城山にお住まい, 小山市西原在住
_LIVES = re.compile("在住|居住")
_LIVES_AFTER = re.compile("(?:に|で)?(?:お住まい|お住い|在住|住んで|住む|居住)")
_PARTICLE = re.compile("[でにをはがともへや]")  # 中国出身で市内に住む is no place name
_MUNICIPALITY = re.compile("[^市区町村郡]+(?:郡[^市区町村]+)?[市町村](?:[^市区町村]+区)?|[^市区町村]+区")
# not where someone lives: 市内, 市役所, an organisation (福山市教育委員会), a part of the city (つくば市北部)
_NOT_A_TOWN = re.compile(
    "(?:[市区町村](?:内|外|民|域)|役所|役場|委員会|会館|センター|庁舎|浄水場|[課局部館場所]|地区|全域|周辺|一帯)$"
)
# the whole cell of a table column that names a place where someone lives (住所, 給水場所)
_PLACE_COLUMN = re.compile("住所|居住|住居|給水場所|使用場所|address", re.IGNORECASE)  # not 設置場所, 会場
_CELL_TOWN = re.compile(f"(?:^|(?<=[\t|,]))[ \t]*(?P<town>{_MUNI}{_TOWN}{{1,14}})[ \t]*(?=$|[\t|,])", re.MULTILINE)
_PLACE_TAG = "名詞-固有名詞-地名"
# a 町域 written alone before its street number, inside a city everyone in the document knows (大和田1-24-22,
# 泉3丁目14番地, 松ケ丘4丁目21番地): the whole kanji run right before a 丁目, a 番地 or three groups of a house
# number (no group starts with 0: 03-1234-5678 is a phone number). Not a label, an era or a document's part before
# a number (電話, 昭和59-3-21, 別表1-2-3, 議案第2-1-1). In 札幌・旭川 a 条 block comes before the 丁目, with or
# without a 町域 (豊岡3条5丁目, 南8条西4丁目, 4条通8丁目).
_JO_ALONE = "(?:[1-9][0-9]?|[一二三四五六七八九十]{1,3})条通?[東西南北]?"
_TOWN_ALONE = re.compile(
    r"(?<![\u3005\u4e00-\u9fff\u30f6\u30b1])(?:(?P<town>[\u3005\u4e00-\u9fff][\u3005\u4e00-\u9fff\u30f6\u30b1]{0,5})"
    rf"(?=(?:{_JO_ALONE})?(?P<chome>[1-9][0-9]?丁目)|(?P<banchi>[1-9][0-9]{{0,3}}番地)"
    r"|[1-9][0-9]?-[1-9][0-9]{0,3}-[1-9][0-9]{0,3}(?![0-9-]))"
    rf"|(?<![0-9])(?P<jo>[東西南北]?{_JO_ALONE})(?=(?:[1-9][0-9]?|[一二三四五六七八九十]{{1,3}})丁目))"
)
# before a bare 1-2-3 the run must end as 町域 names end (栄町, 大和田, 宮前, 桜台, 松ケ丘), not 基本施策3-2-1,
# 議案1-2-3
_TOWN_END = tuple("町台丘野田原川山前下上谷沢崎島浜森林井橋坂里園宮岡寺央東西南北泉水葉通岸池村郷倉江瀬津戸尾根"
                  "窪塚木松")
_NOT_TOWN_END = tuple("話番号線帯先表図料紙式条項章節編版巻頁和成正治年月日者名第則附目録欄額円件"
                      "内外計比率数値点分秒時間期回度位級歳")

SCORE_WITH_PREFECTURE = 0.85
SCORE_STREET = 0.75
SCORE_CONTEXT_ONLY = 0.6
CONTEXT_BONUS = 0.1


class AddressRecognizer(EntityRecognizer):
    """ADDRESS from prefecture / place-name anchors and street-level patterns."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[Entity.ADDRESS.value], supported_language="ja", name="JaAddressRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Try each anchor in order; a match swallows the anchors inside it."""
        anchors: dict[int, bool] = {m.start(): False for m in _PREF_SEARCH.finditer(text)}
        if nlp_artifacts is not None and nlp_artifacts.tokens is not None:
            for tok in nlp_artifacts.tokens:
                if tok.tag_.startswith(_PLACE_TAG):
                    anchors.setdefault(tok.idx, False)
        for m in _CONTEXT.finditer(text):
            anchors[m.end()] = True
        residents = {m.end() for m in _RESIDENT_CONTEXT.finditer(text)}
        for pos in residents:
            anchors.setdefault(pos, False)
        for m in _CELL_TOWN.finditer(text):
            if _table.in_named_column(text, m.start("town"), m.end("town"), _PLACE_COLUMN):
                anchors[m.start("town")] = True
        towns = {m.start() for m in _TOWN_ALONE.finditer(text) if _town_alone(m)}
        towns |= {m.start() for m in _KYOTO_STREET.finditer(text)}
        for pos in towns:
            anchors.setdefault(pos, False)
        results: list[RecognizerResult] = []
        covered = 0
        for pos in sorted(anchors):
            if pos < covered:
                continue
            match = self._match(text, pos, anchors[pos], pos in towns, pos in residents)
            if match is not None:
                results.append(match)
                covered = match.end
        results += [RecognizerResult(Entity.ADDRESS.value, s, e, score) for s, e, score in english_addresses(text)]
        return results

    @staticmethod
    def _match(text: str, pos: int, after_context: bool, town_alone: bool, resident: bool
               ) -> RecognizerResult | None:
        bonus = CONTEXT_BONUS if after_context else 0.0
        full = _FULL.match(text, pos)
        if full is not None and (after_context or resident or town_alone or full.group("pref") or full.group("muni")):
            if resident and not after_context and not (full.group("muni") or full.group("town")):
                return None  # 〒305-0032⏎2024-10-01: a date or a phone number under a postal code
            if (not (after_context or resident) and not town_alone and not full.group("aza") and not full.group("kyoto")
                    and not full.group("town")
                    and not re.search("[丁番]", full.group("street"))):
                return None  # つくば市1-2 is more likely a list or a range than an address
            street = re.sub(r"\s", "", full.group("street") or "")
            if _heading_and_item(text, full) and not re.search("[丁番号]|[0-9]+-[0-9]+-[0-9]+", street):
                return None  # つくば市教育委員会⏎2-1 学校給食: a heading and an item number, not a wrapped address
            score = SCORE_WITH_PREFECTURE if full.group("pref") else SCORE_STREET
            return RecognizerResult(Entity.ADDRESS.value, pos, full.end(), min(1.0, score + bonus))
        town = _CONTEXT_ONLY.match(text, pos)
        if town is None:
            return None
        if after_context and not resident:
            return RecognizerResult(Entity.ADDRESS.value, pos, town.end(), SCORE_CONTEXT_ONLY)
        place = _LIVES.split(town.group())[0]
        where = _PARTICLE.search(place) is None and _NOT_A_TOWN.search(place) is None and not _municipality_only(place)
        if where and (resident or _LIVES_AFTER.match(text, town.start() + len(place)) is not None):
            return RecognizerResult(Entity.ADDRESS.value, pos, town.start() + len(place), SCORE_CONTEXT_ONLY)
        return None


_SECTION_END = ("課", "係", "室", "局", "部", "センター")  # つくば市⏎福祉課 3-1: a section and an item number


def _heading_and_item(text: str, full: re.Match[str]) -> bool:
    """A line break before the street number, with no 町域 or inside it (水戸市⏎2-1, つくば市教育委員会⏎2-1); a break
    between the municipality and the 町域 (八戸市⏎春日町811-17) or before the building is a wrapped address."""
    if full.group("street") is None or "\n" not in text[full.start() : full.start("street")]:
        return False
    town = full.group("town")
    return not town or town.endswith(_SECTION_END) or "\n" in text[full.start("town") : full.start("street")]


def _town_alone(m: re.Match[str]) -> bool:
    """The run before the street number can be a 町域: one kanji only before 丁目 or 番地, never a label's end."""
    town = m.group("town")
    if town is None:  # a 条 block before its 丁目
        return True
    numbered = m.group("chome") or m.group("banchi")
    if numbered is None and not town.endswith(_TOWN_END):
        return False
    return (len(town) >= 2 or numbered is not None) and not town.endswith(_NOT_TOWN_END) and "番号" not in town


def _municipality_only(place: str) -> bool:
    """Only a municipality (福山市, 堺市北区, 練馬区, 西新町): a place, not where in it someone lives."""
    return _MUNICIPALITY.fullmatch(_PREF_SEARCH.sub("", place, count=1)) is not None
