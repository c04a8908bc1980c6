"""Invented name pools, cities, towns, organisations and places the corpus draws from."""

from __future__ import annotations

from dataclasses import dataclass


def _table(text: str, sep: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of comma-separated fields, rows separated by whitespace (or by `sep`)."""
    return tuple(tuple(row.strip().split(",")) for row in text.split(sep) if row.strip())


# (kanji, hiragana, romaji) — common family names, combined at random with given names: nobody real.
SURNAMES = _table(
    """
佐藤,さとう,Sato 鈴木,すずき,Suzuki 高橋,たかはし,Takahashi 田中,たなか,Tanaka 伊藤,いとう,Ito
渡辺,わたなべ,Watanabe 山本,やまもと,Yamamoto 中村,なかむら,Nakamura 小林,こばやし,Kobayashi 加藤,かとう,Kato
吉田,よしだ,Yoshida 山田,やまだ,Yamada 佐々木,ささき,Sasaki 山口,やまぐち,Yamaguchi 松本,まつもと,Matsumoto
井上,いのうえ,Inoue 木村,きむら,Kimura 清水,しみず,Shimizu 斎藤,さいとう,Saito 菅原,すがわら,Sugawara
谷,たに,Tani 森,もり,Mori 阿部,あべ,Abe 池田,いけだ,Ikeda 橋本,はしもと,Hashimoto 石川,いしかわ,Ishikawa
前田,まえだ,Maeda 藤田,ふじた,Fujita 小川,おがわ,Ogawa 岡田,おかだ,Okada 後藤,ごとう,Goto
長谷川,はせがわ,Hasegawa 村上,むらかみ,Murakami 近藤,こんどう,Kondo 坂本,さかもと,Sakamoto 遠藤,えんどう,Endo
青木,あおき,Aoki 藤井,ふじい,Fujii 西村,にしむら,Nishimura 福田,ふくだ,Fukuda 太田,おおた,Ota 三浦,みうら,Miura
藤原,ふじわら,Fujiwara 岡本,おかもと,Okamoto 松田,まつだ,Matsuda 中川,なかがわ,Nakagawa 原田,はらだ,Harada
小野,おの,Ono 竹内,たけうち,Takeuchi 金子,かねこ,Kaneko 和田,わだ,Wada 中野,なかの,Nakano 今井,いまい,Imai
工藤,くどう,Kudo 齋藤,さいとう,Saito 髙橋,たかはし,Takahashi 渡邊,わたなべ,Watanabe 千葉,ちば,Chiba
大和田,おおわだ,Owada 五十嵐,いがらし,Igarashi 東海林,しょうじ,Shoji 及川,おいかわ,Oikawa 佐久間,さくま,Sakuma
宇佐美,うさみ,Usami 能登谷,のとや,Notoya 栗林,くりばやし,Kuribayashi
"""
)
GIVEN_F = _table(
    """
花子,はなこ,Hanako 美咲,みさき,Misaki 陽菜,ひな,Hina 結衣,ゆい,Yui 恵子,けいこ,Keiko 幸子,さちこ,Sachiko
由美,ゆみ,Yumi 久美子,くみこ,Kumiko 真由美,まゆみ,Mayumi 千尋,ちひろ,Chihiro 愛子,あいこ,Aiko 和子,かずこ,Kazuko
節子,せつこ,Setsuko 明美,あけみ,Akemi 美穂,みほ,Miho 彩花,あやか,Ayaka 莉子,りこ,Riko 芽依,めい,Mei
トメ,とめ,Tome キヨ,きよ,Kiyo 静香,しずか,Shizuka 友美,ともみ,Tomomi 紗希,さき,Saki 順子,じゅんこ,Junko
美和,みわ,Miwa 菜々子,ななこ,Nanako 若菜,わかな,Wakana 澄江,すみえ,Sumie 光代,みつよ,Mitsuyo
"""
)
GIVEN_M = _table(
    """
拓也,たくや,Takuya 健一,けんいち,Kenichi 翔太,しょうた,Shota 大輔,だいすけ,Daisuke 誠,まこと,Makoto
浩二,こうじ,Koji 隆,たかし,Takashi 勇,いさむ,Isamu 茂,しげる,Shigeru 蓮,れん,Ren 悠真,ゆうま,Yuma
湊,みなと,Minato 陽翔,はると,Haruto 和夫,かずお,Kazuo 正之,まさゆき,Masayuki 達也,たつや,Tatsuya
剛,つよし,Tsuyoshi 修,おさむ,Osamu 清,きよし,Kiyoshi 博之,ひろゆき,Hiroyuki 俊介,しゅんすけ,Shunsuke
颯太,そうた,Sota 一郎,いちろう,Ichiro 恒夫,つねお,Tsuneo 英樹,ひでき,Hideki 大翔,ひろと,Hiroto
與三郎,よさぶろう,Yosaburo 源蔵,げんぞう,Genzo 義男,よしお,Yoshio 昭,あきら,Akira
"""
)
OLD_GIVEN = frozenset(
    ("キヨ", "トメ", "光代", "勇", "和夫", "和子", "幸子", "恒夫", "清", "源蔵", "澄江", "節子", "義男", "與三郎", "茂")
)
# (katakana full name, katakana family name, passport-order romanization, country)
FOREIGN = _table(
    """
グエン・ヴァン・アン,グエン,NGUYEN VAN AN,ベトナム|チャン・ティ・ラン,チャン,TRAN THI LAN,ベトナム|
ファム・ミン・トゥアン,ファム,PHAM MINH TUAN,ベトナム|レ・ティ・ホア,レ,LE THI HOA,ベトナム|
マリア・サントス・クルス,サントス,SANTOS CRUZ MARIA,フィリピン|
ホセ・レイエス,レイエス,REYES JOSE MIGUEL,フィリピン|ラム・グルン,グルン,GURUNG RAM BAHADUR,ネパール|
スニタ・タパ,タパ,THAPA SUNITA,ネパール|アナ＝パウラ・シルバ,シルバ,SILVA ANA PAULA,ブラジル|
ルーカス・オリベイラ,オリベイラ,OLIVEIRA LUCAS,ブラジル|
ワヤン・スダルサナ,スダルサナ,SUDARSANA I WAYAN,インドネシア|デウィ・ラハユ,ラハユ,RAHAYU DEWI,インドネシア|
アウン・ミン・トゥ,アウン,AUNG MIN THU,ミャンマー|ソック・チャン,ソック,SOK CHAN,カンボジア|
バトバヤル・ガンゾリグ,ガンゾリグ,GANZORIG BATBAYAR,モンゴル|ジョン・ミラー,ミラー,MILLER JOHN DAVID,アメリカ|
エミリー・ハート,ハート,HART EMILY ROSE,アメリカ|ファルハド・カリモフ,カリモフ,KARIMOV FARKHOD,ウズベキスタン|
シャミラ・ペレラ,ペレラ,PERERA SHAMILA,スリランカ|ダニエラ・ロペス,ロペス,LOPEZ DANIELA,ペルー
""",
    "|",
)
# mayors and guests of sister cities: (katakana, family name, romanization, country)
MAYORS = _table(
    """
マーク・ジョンソン,ジョンソン,MARK JOHNSON,アメリカ|ソフィー・ルノー,ルノー,SOPHIE RENAUD,フランス|
イングリッド・ハンセン,ハンセン,INGRID HANSEN,ノルウェー|
オリヴィア・ブラウン,ブラウン,OLIVIA BROWN,オーストラリア|
デイヴィッド・オコナー,オコナー,DAVID O'CONNOR,アメリカ|
カタリーナ・ヴェーバー,ヴェーバー,KATHARINA WEBER,ドイツ
""",
    "|",
)
# kanji-written foreign residents: (family, given, katakana reading, passport romanization)
KANJI_FOREIGN = (
    ("王", "麗華", "ワン・リーホア", "WANG LIHUA"),
    ("李", "明", "リ・ミン", "LI MING"),
    ("張", "偉", "チャン・ウェイ", "ZHANG WEI"),
    ("陳", "静", "チェン・ジン", "CHEN JING"),
    ("金", "民俊", "キム・ミンジュン", "KIM MINJUN"),
    ("朴", "智恩", "パク・チウン", "PARK JIEUN"),
)


@dataclass(frozen=True)
class City:
    """A municipality the corpus is set in: names are public, every street number is invented."""

    pref: str
    name: str
    roman: str
    area: str
    postal: str
    towns: tuple[str, ...]
    river: str


CITIES = (
    City("北海道", "北見市", "kitami", "0157", "090", ("美山町", "高栄西町", "清月町", "公園町", "南仲町"), "常呂川"),
    City("岩手県", "盛岡市", "morioka", "019", "020", ("青山", "上田", "月が丘", "本宮", "北天昌寺町"), "北上川"),
    City("山形県", "鶴岡市", "tsuruoka", "0235", "997", ("山王町", "日吉町", "美原町", "宝田", "若葉町"), "赤川"),
    City("群馬県", "高崎市", "takasaki", "027", "370", ("八千代町", "上並榎町", "緑町", "飯塚町", "江木町"), "烏川"),
    City(
        "東京都", "八王子市", "hachioji", "042", "192", ("元本郷町", "大和田町", "長房町", "散田町", "明神町"), "浅川"
    ),
    City("神奈川県", "藤沢市", "fujisawa", "0466", "251", ("鵠沼海岸", "辻堂元町", "善行", "大庭", "湘南台"), "引地川"),
    City("長野県", "松本市", "matsumoto", "0263", "390", ("蟻ケ崎", "県", "征矢野", "寿北", "里山辺"), "女鳥羽川"),
    City("愛知県", "豊橋市", "toyohashi", "0532", "440", ("花田町", "牛川町", "向山町", "飯村町", "大村町"), "豊川"),
    City("三重県", "四日市市", "yokkaichi", "059", "510", ("浜田町", "富田", "日永", "笹川", "大矢知町"), "海蔵川"),
    City("兵庫県", "姫路市", "himeji", "079", "670", ("飾磨区清水", "白浜町", "北今宿", "砥堀", "野里"), "市川"),
    City("岡山県", "倉敷市", "kurashiki", "086", "710", ("老松町", "中島", "連島町", "児島味野", "玉島"), "高梁川"),
    City(
        "愛媛県", "松山市", "matsuyama", "089", "790", ("道後町", "久米窪田町", "余戸南", "南江戸", "北条辻"), "石手川"
    ),
    City("福岡県", "久留米市", "kurume", "0942", "830", ("合川町", "東合川", "野中町", "津福本町", "荒木町"), "筑後川"),
    City("長崎県", "佐世保市", "sasebo", "0956", "857", ("大塔町", "日宇町", "早岐", "相浦町", "島瀬町"), "相浦川"),
    City("鹿児島県", "鹿児島市", "kagoshima", "099", "890", ("宇宿", "紫原", "吉野町", "谷山中央", "伊敷"), "甲突川"),
)

BANKS = ("東雲銀行", "みなと信用金庫", "ゆうちょ銀行", "北斗中央銀行", "あさひ台信用組合", "なぎさ銀行", "JAさくら")
BRANCHES = ("本店営業部", "駅前支店", "中央支店", "市役所出張所", "東支店", "北口支店")
BUILDINGS = ("コーポ", "メゾン", "ハイツ", "グランシャリオ", "市営住宅", "サンハイム", "レジデンス", "県営")
DEPARTMENTS = (
    "生活福祉課",
    "障害福祉課",
    "介護保険課",
    "子ども家庭課",
    "市民課",
    "納税課",
    "市民税課",
    "国保年金課",
    "選挙管理委員会事務局",
    "学務課",
    "地域包括ケア推進課",
    "多文化共生課",
    "危機管理課",
)
TITLES = (
    "主事",
    "主任",
    "係長",
    "課長",
    "課長補佐",
    "主査",
    "福祉部長",
    "ケースワーカー",
    "保健師",
    "相談員",
    "副主幹",
)
COUNTRIES = ("ベトナム", "フィリピン", "ネパール", "ブラジル", "インドネシア", "ミャンマー", "中国", "韓国", "ペルー")
SISTER_CITIES = (
    "ポートランド市",
    "ブザンソン市",
    "アデレード市",
    "ベルゲン市",
    "ケアンズ市",
    "ツーソン市",
    "ジャクソンビル市",
)
