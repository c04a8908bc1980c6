"""ADDRESS: prefecture or municipality + 町域 + street number (or strong context), one span with building."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from tests.privacy.conftest import Find

ADDRESS = "ADDRESS"


@pytest.mark.parametrize(
    "address",
    [
        "茨城県つくば市研究学園一丁目1番地1",
        "茨城県つくば市研究学園1-2-3",
        "東京都千代田区霞が関2丁目1番2号 中央合同庁舎101号室",
        "横浜市中区山下町1-2-3",
        "茨城県稲敷郡阿見町中央3128番地の24 中央メゾンB棟1001号室",
        "神奈川県横浜市港北区新横浜四丁目３７番２７号",
        "東大和市羽折町874番地8-905",
        "茨城県牛久市ひたち野東六丁目25番地14 グランドハイツひたち野東2号棟409号室",
        "つくば市みどりの3844番地",
        "千葉県柏市柏の葉２丁目８番２８号",
        "大阪市北区梅田7丁目40番28号 梅田ハイム2号棟513号",
        "茨城県水戸市城南3－9－18 パレス315号室",
        # building and room after a space, without a building word, or with a dashed room number
        "東京都新宿区西新宿2丁目8番5号 ルミエール405号室",
        "埼玉県川越市新富町1-2-3 グランハイツ 2-301",
        "東京都港区芝公園4-2-8 サンライズ東館 201",
        "東京都港区芝公園4-2-8 山田ビル 3階 301号室",
        # 札幌・旭川 style 条・丁目 blocks
        "北海道札幌市北区北36条西8丁目27番13号",
        "北海道札幌市中央区南1条東2丁目3-4",
        "北海道旭川市4条通8丁目右10号",  # 旭川: the side of the street after 丁目
        "北海道札幌市白石区本郷通3丁目南2-5",  # a quarter after 丁目
        # 京都: the crossing streets and the way from the crossing, the lot with or without 番地
        "京都市中京区烏丸通三条上る場之町123番地",
        "京都市下京区四条通烏丸東入長刀鉾町12",
        "京都市東山区大和大路通四条下る小松町560-3",
        # 大字・字 lots without 番地
        "茨城県稲敷郡阿見町大字若栗1234",
        "沖縄県宜野湾市字宇地泊123番地",
        # spaces between the parts, as forms write them
        "東京都 千代田区 霞が関1-2-3",
    ],
)
def test_whole_address_is_one_span(find: Find, address: str) -> None:
    assert find(f"住所は{address}です。", ADDRESS) == [address]
    assert find(f"{address}に住んでいます。", ADDRESS) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("茨城県つくば市研究学園1-2-3 TEL 029-1234-5678", "茨城県つくば市研究学園1-2-3"),
        ("茨城県つくば市研究学園1-2-3 FAX 0298681234", "茨城県つくば市研究学園1-2-3"),
        ("茨城県つくば市研究学園1-2-3 メール taro@example.jp", "茨城県つくば市研究学園1-2-3"),
    ],
)
def test_what_follows_after_a_space_is_not_a_room(find: Find, text: str, address: str) -> None:
    assert find(text, ADDRESS) == [address]


def test_strong_context_without_street_number(find: Find) -> None:
    assert find("転入先：茨城県つくば市研究学園\n", ADDRESS) == ["茨城県つくば市研究学園"]
    assert find("住所：堺市北区\n", ADDRESS) == ["堺市北区"]


@pytest.mark.parametrize(
    "text",
    [
        "つくば市の人口は?",
        "茨城県の予算額は12億3,456万円です。",
        "つくば市1-2月の来庁者数",
        "地方自治法第252条の17の2に基づく事務の委託",
        "文書番号 つ総第1234-5号",
        "令和6年度の事業計画について",
        "つくば市役所の2番窓口へお越しください。",
        "つくば市教育委員会\n2-1 学校給食",
        "担当：つくば市\n福祉課 3-1",
    ],
)
def test_city_names_and_numbers_alone_are_not_addresses(find: Find, text: str) -> None:
    assert find(text, ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("住所：〒511 7909 さいたま市浦和区常盤5-4-\n8 メゾン・ド・ソレイユ501\n家庭の様子：",
         "さいたま市浦和区常盤5-4-\n8 メゾン・ド・ソレイユ501"),
        ("私は旭川市豊岡2-14-\n23 メゾン・ド・ソレイユ402に住んでいます。",
         "旭川市豊岡2-14-\n23 メゾン・ド・ソレイユ402"),
        # a copied page wraps anywhere: after 丁目, inside the municipality or the town's name
        ("転居先は横浜市港北区日吉本町四丁目\n5番6号です。", "横浜市港北区日吉本町四丁目\n5番6号"),
        ("〒305-0032 茨城県つくば市竹\n園2丁目3番4号", "茨城県つくば市竹\n園2丁目3番4号"),
        ("茨城県つくば\n市吾妻1-2-3", "茨城県つくば\n市吾妻1-2-3"),
        ("茨城県つくば市 \n  吾妻1-2\n-3", "茨城県つくば市 \n  吾妻1-2\n-3"),
    ],
)
def test_an_address_a_paste_broke_after_a_hyphen_is_one_span(find: Find, text: str, address: str) -> None:
    assert find(text, ADDRESS) == [address]


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a copied page wraps the address after the city or inside the street number
        ("住所 松山市\n余戸南4丁目2-23\n電話番号 080-1234-5678", "松山市\n余戸南4丁目2-23"),
        ("住所 北海道北見市清月町6丁目4-\n11\n生年月日 1982 年 1 月 7 日", "北海道北見市清月町6丁目4-\n11"),
        ("9月21日\t小野　幸子\t岡山県倉敷市\n児島味野6丁目20-24\t086-668-6951", "岡山県倉敷市\n児島味野6丁目20-24"),
        # the number of a 第 belongs to the building's name; 県営 and 市営 start one
        ("住所　鹿児島県鹿児島市吉野町3-4-10 県営吉野第2 309\n本籍", "鹿児島県鹿児島市吉野町3-4-10 県営吉野第2 309"),
        ("新住所：四日市市浜田町4-12-3 レジデンス浜田第2404号室\n勤務先",
         "四日市市浜田町4-12-3 レジデンス浜田第2404号室"),
        # wrapped after the municipality, or before the building; a lettered wing before the room
        ("住所：〒953-6930 八戸市\n春日町811-17\n電話：080-8827-9357", "八戸市\n春日町811-17"),
        ("住所：愛媛県松山市吾妻974-17\nエスポワール302号室\n電話", "愛媛県松山市吾妻974-17\nエスポワール302号室"),
        ("住所は 大垣市日の出4-1-8ルミエールII C棟106号室\n", "大垣市日の出4-1-8ルミエールII C棟106号室"),
        ("住所：日立市ひばりが丘2890-6　ルミエールひばりが丘 A棟108号室\n",
         "日立市ひばりが丘2890-6\u3000ルミエールひばりが丘 A棟108号室"),
        # set apart by OCR
        ("住所\n千葉県 柏市 向陽原2丁目 29番 27号\n氏名", "千葉県 柏市 向陽原2丁目 29番 27号"),
        ("居所: 土浦市 錦台 3 - 31 - 15\n送付先", "土浦市 錦台 3 - 31 - 15"),
    ],
)
def test_wrapped_addresses_and_numbered_buildings_are_masked_whole(find: Find, text: str, value: str) -> None:
    assert find(text, ADDRESS) == [value]


def test_long_runs_of_spaces_around_a_line_break_are_no_address(find: Find) -> None:
    text = ("東京都" + " " * 1990 + "\n" + " " * 1990 + "\n") * 5 + "住所 つくば市吾妻1-2-3"
    assert find(text, ADDRESS) == ["つくば市吾妻1-2-3"]


def test_an_address_stops_at_its_line_end_before_the_next_field(analyzer: Analyzer) -> None:
    text = "住所 547-6481 茨城県つくば市花園2丁目26-13\nマイナンバー 6113 9919 8355\n口座番号 2536428"
    found = {(f.entity, text[f.start : f.end]) for f in analyzer.analyze(text)}
    assert {("ADDRESS", "茨城県つくば市花園2丁目26-13"), ("MY_NUMBER", "6113 9919 8355")} <= found


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a 町域 alone before a strong street number: documents of one city leave the city out
        ("19:00 池田 美咲（栄町7-25-19）宅を訪問、応答なし。", "栄町7-25-19"),
        ("連帯保証人 池田 陽菜（泉3丁目14番地、070 9140 7878）", "泉3丁目14番地"),
        ("自宅は旭町2-13-18で、中川小学校の近く。", "旭町2-13-18"),
        # 札幌・旭川: a 条 block before 丁目, with or without a 町域
        ("お住まいは南8条西4丁目だそうです", "南8条西4丁目"),
        ("自宅は豊岡3条5丁目4番12号です", "豊岡3条5丁目4番12号"),
        # 京都's streets without the city; a 町域 and two groups after an address label or a postal code
        ("お住まいは烏丸通御池下る虎屋町566-1です", "烏丸通御池下る虎屋町566-1"),
        ("彼の家は烏丸通り三条上る場之町123番地です。", "烏丸通り三条上る場之町123番地"),
        ("河原町通四条上ガル米屋町123", "河原町通四条上ガル米屋町123"),
        ("相談者は北十条西四丁目に住む。", "北十条西四丁目"),
        ("連帯保証人：渡辺 蓮\u3000住所 泉町6-3\u3000電話 050-8625-1156", "泉町6-3"),
        ("住居地 東雲台7-21", "東雲台7-21"),
        ("書類送付先：〒806-4262\n宮前町8-17", "宮前町8-17"),
        # a municipality and 町域 without numbers where someone lives
        ("宮崎 トメさん（金沢市柳町）滞納7か月。", "金沢市柳町"),
        ("請願者の青木さんは三島市城山にお住まいで、", "三島市城山"),
        ("使用場所：〒593-9355 さいたま市大宮区大和田\n申込者：中川勝 様", "さいたま市大宮区大和田"),
        ("氏名｜給水場所｜滞納額\n西村由美｜小野市緑町｜10,833円", "小野市緑町"),
        # a spaced postal code leaves the kanji numeral of the city after it to the address
        ("使用場所：〒3　9　7　3　1　7　8 八代市元町三丁目二十三番六号", "八代市元町三丁目二十三番六号"),
    ],
)
def test_a_town_where_someone_lives_is_an_address(find: Find, text: str, value: str) -> None:
    assert find(text, ADDRESS) == [value]


def test_a_label_and_its_number_under_an_address_are_no_building(find: Find) -> None:
    text = "現住所 松が丘2609番地\nカード番号 5327.5233.2667.9665 を確認"
    assert find(text, ADDRESS) == ["松が丘2609番地"]


@pytest.mark.parametrize(
    "text",
    [
        "別表1-2-3のとおり。議案第2-1-1号。電話03-1234-5678。",
        "市内3-4-5の集計",
        "参加した福山市在住の会社員山田さん",
        "参加した堺市北区在住の大学生",
        "中国出身で市内に住む王さんも参加した。",
        "管理番号\t型式\t設置場所\n95732561-544\tWM-13A\t旭町分館",
        # review of 2026-12-02: a plan's items, organisations in a resident's bracket, a part of the city
        "基本施策3-2-1、議案1-2-3、区画2-1-5、報告書1-2-3、別添2-1-1、条例3-1-2、事業3-1-4",
        "佐藤様（福山市教育委員会）、山田さん（つくば市役所）",
        "使用場所：つくば市役所本庁舎",
        "つくば市北部にお住まいの方はこちら",
        # a date or a phone number on the line under a postal code
        "〒305-0032\n2024-10-01",
        "〒100-8914\n03-5253-2111",
    ],
)
def test_numbers_and_municipalities_alone_stay_visible(find: Find, text: str) -> None:
    assert find(text, ADDRESS) == []
