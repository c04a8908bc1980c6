"""Invented name, place and organisation pools (every combination is made up)."""

from __future__ import annotations

# surname:hiragana:romaji
_SEI = """
佐久間:さくま:sakuma 小野寺:おのでら:onodera 大槻:おおつき:otsuki 石渡:いしわた:ishiwata 桑原:くわばら:kuwabara
柏木:かしわぎ:kashiwagi 宮内:みやうち:miyauchi 野々村:ののむら:nonomura 仁科:にしな:nishina 塩見:しおみ:shiomi
笹川:ささがわ:sasagawa 奥平:おくだいら:okudaira 志賀:しが:shiga 梶原:かじわら:kajiwara 南雲:なぐも:nagumo
東海林:しょうじ:shoji 芦田:あしだ:ashida 湯浅:ゆあさ:yuasa 千葉:ちば:chiba 三上:みかみ:mikami 長谷部:はせべ:hasebe
樋口:ひぐち:higuchi 我妻:わがつま:wagatsuma 瀬尾:せお:seo 若林:わかばやし:wakabayashi 鶴田:つるた:tsuruta
久保田:くぼた:kubota 江藤:えとう:eto 門脇:かどわき:kadowaki 相馬:そうま:soma 丹羽:にわ:niwa 熊谷:くまがい:kumagai
白石:しらいし:shiraishi 真壁:まかべ:makabe 岩瀬:いわせ:iwase 福永:ふくなが:fukunaga 高畑:たかはた:takahata
村越:むらこし:murakoshi 野上:のがみ:nogami 蓮見:はすみ:hasumi 吉岡:よしおか:yoshioka 堀内:ほりうち:horiuchi
沢口:さわぐち:sawaguchi 三輪:みわ:miwa 安斎:あんざい:anzai 片桐:かたぎり:katagiri 浜野:はまの:hamano
杉浦:すぎうら:sugiura 戸田:とだ:toda 赤坂:あかさか:akasaka 小松崎:こまつざき:komatsuzaki 内海:うつみ:utsumi
伏見:ふしみ:fushimi 菅谷:すがや:sugaya 瀧本:たきもと:takimoto 秋葉:あきば:akiba 立花:たちばな:tachibana
鈴木:すずき:suzuki 髙橋:たかはし:takahashi 渡邊:わたなべ:watanabe 齋藤:さいとう:saito 中島:なかじま:nakajima
根本:ねもと:nemoto 小田切:おだぎり:odagiri 北条:ほうじょう:hojo 神保:じんぼ:jimbo 平賀:ひらが:hiraga
大和田:おおわだ:owada 森脇:もりわき:moriwaki 宇野:うの:uno 成瀬:なるせ:naruse 葛西:かさい:kasai
"""
# given:hiragana:romaji (adults)
_MEI = """
拓也:たくや:takuya 健一:けんいち:kenichi 聡:さとし:satoshi 直樹:なおき:naoki 和彦:かずひこ:kazuhiko
浩二:こうじ:koji 雅人:まさと:masato 隆:たかし:takashi 誠司:せいじ:seiji 昌平:しょうへい:shohei
義明:よしあき:yoshiaki 修:おさむ:osamu 剛:つよし:tsuyoshi 啓介:けいすけ:keisuke 達郎:たつろう:tatsuro
一樹:かずき:kazuki 俊彦:としひこ:toshihiko 勝:まさる:masaru 大輔:だいすけ:daisuke 光男:みつお:mitsuo
美穂:みほ:miho 由美子:ゆみこ:yumiko 恵:めぐみ:megumi 千尋:ちひろ:chihiro 佳代:かよ:kayo 真理:まり:mari
陽子:ようこ:yoko 和代:かずよ:kazuyo 久美:くみ:kumi 沙織:さおり:saori 典子:のりこ:noriko 理恵:りえ:rie
幸子:さちこ:sachiko 智美:ともみ:tomomi 綾乃:あやの:ayano 静香:しずか:shizuka 文子:ふみこ:fumiko
奈緒:なお:nao 早苗:さなえ:sanae 君江:きみえ:kimie
"""
# children and young people
_KIDS = """
莉子:りこ:riko 悠真:ゆうま:yuma 陽菜:ひな:hina 蒼:あお:ao 結衣:ゆい:yui 湊:みなと:minato 芽依:めい:mei
颯太:そうた:sota 凛:りん:rin 大和:やまと:yamato 紬:つむぎ:tsumugi 樹:いつき:itsuki 心春:こはる:koharu
陽翔:はると:haruto 咲良:さくら:sakura 律:りつ:ritsu 葵:あおい:aoi 蓮:れん:ren 杏:あん:an 朔:さく:saku
"""
# old-fashioned given names for historical figures
_OLD = """
孝蔵:こうぞう:kozo 伝兵衛:でんべえ:denbe 喜三郎:きさぶろう:kisaburo 源之助:げんのすけ:gennosuke
ハル:はる:haru トメ:とめ:tome 為吉:ためきち:tamekichi 清左衛門:せいざえもん:seizaemon キク:きく:kiku
栄作:えいさく:eisaku 重信:しげのぶ:shigenobu 千代:ちよ:chiyo
"""


def _rows(block: str) -> list[tuple[str, str, str]]:
    out = []
    for item in block.split():
        k, h, r = item.split(":")
        out.append((k, h, r))
    return out


SEI = _rows(_SEI)
MEI = _rows(_MEI)
KIDS = _rows(_KIDS)
OLD = _rows(_OLD)

# nationality: (family names, given names) as (roman, katakana); order "fg" = family first, "gf" = given first
FOREIGN: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "vn": (
        "fg",
        [("Nguyen", "グエン"), ("Tran", "チャン"), ("Pham", "ファム"), ("Hoang", "ホアン"), ("Vu", "ヴー")],
        [
            ("Thi Lan", "ティ・ラン"),
            ("Van Minh", "ヴァン・ミン"),
            ("Duc Anh", "ドゥック・アイン"),
            ("Thu Trang", "トゥー・チャン"),
            ("Quoc Bao", "クオック・バオ"),
        ],
    ),
    "ph": (
        "gf",
        [("Santos", "サントス"), ("Reyes", "レイエス"), ("Bautista", "バウティスタ"), ("Villanueva", "ビリャヌエバ")],
        [
            ("Maria", "マリア"),
            ("Jose", "ホセ"),
            ("Angelica", "アンジェリカ"),
            ("Mark", "マーク"),
            ("Rowena", "ロウェナ"),
        ],
    ),
    "br": (
        "gf",
        [("Oliveira", "オリヴェイラ"), ("Souza", "ソウザ"), ("Pereira", "ペレイラ"), ("Carvalho", "カルヴァーリョ")],
        [
            ("Lucas", "ルーカス"),
            ("Ana", "アナ"),
            ("Rafael", "ハファエル"),
            ("Juliana", "ジュリアナ"),
            ("Thiago", "チアゴ"),
        ],
    ),
    "np": (
        "gf",
        [("Gurung", "グルン"), ("Shrestha", "シュレスタ"), ("Tamang", "タマン"), ("Rai", "ライ")],
        [("Sita", "シタ"), ("Bikash", "ビカス"), ("Anil", "アニル"), ("Prabin", "プラビン"), ("Sunita", "スニタ")],
    ),
    "id": (
        "gf",
        [("Pratama", "プラタマ"), ("Setiawan", "セティアワン"), ("Wulandari", "ウランダリ"), ("Saputra", "サプトラ")],
        [("Rizky", "リズキ"), ("Siti", "シティ"), ("Agus", "アグス"), ("Putri", "プトリ"), ("Fajar", "ファジャル")],
    ),
    "us": (
        "gf",
        [("Carter", "カーター"), ("Brooks", "ブルックス"), ("Mitchell", "ミッチェル"), ("Holloway", "ホロウェイ")],
        [
            ("Emily", "エミリー"),
            ("Jacob", "ジェイコブ"),
            ("Hannah", "ハンナ"),
            ("Ryan", "ライアン"),
            ("Megan", "メーガン"),
        ],
    ),
}
# kanji family, kanji given, katakana family, katakana given, roman family, roman given
CJK: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    "cn": (
        [
            ("王", "ワン", "Wang"),
            ("劉", "リウ", "Liu"),
            ("陳", "チェン", "Chen"),
            ("張", "チャン", "Zhang"),
            ("趙", "ジャオ", "Zhao"),
        ],
        [
            ("浩然", "ハオラン", "Haoran"),
            ("静", "ジン", "Jing"),
            ("建国", "ジェングオ", "Jianguo"),
            ("芳", "ファン", "Fang"),
            ("子涵", "ズーハン", "Zihan"),
        ],
    ),
    "kr": (
        [
            ("朴", "パク", "Park"),
            ("金", "キム", "Kim"),
            ("崔", "チェ", "Choi"),
            ("鄭", "チョン", "Jung"),
            ("尹", "ユン", "Yoon"),
        ],
        [
            ("志勲", "チフン", "Jihun"),
            ("秀妍", "スヨン", "Suyeon"),
            ("敏浩", "ミンホ", "Minho"),
            ("恩恵", "ウネ", "Eunhye"),
            ("在元", "ジェウォン", "Jaewon"),
        ],
    ),
}

# prefecture, municipality, romaji of municipality, romaji of prefecture, postal prefix
CITIES = [
    ("茨城県", "つくば市", "Tsukuba-shi", "Ibaraki", "305"),
    ("茨城県", "水戸市", "Mito-shi", "Ibaraki", "310"),
    ("栃木県", "小山市", "Oyama-shi", "Tochigi", "323"),
    ("群馬県", "高崎市", "Takasaki-shi", "Gunma", "370"),
    ("埼玉県", "川越市", "Kawagoe-shi", "Saitama", "350"),
    ("千葉県", "柏市", "Kashiwa-shi", "Chiba", "277"),
    ("東京都", "町田市", "Machida-shi", "Tokyo", "194"),
    ("東京都", "府中市", "Fuchu-shi", "Tokyo", "183"),
    ("新潟県", "長岡市", "Nagaoka-shi", "Niigata", "940"),
    ("長野県", "松本市", "Matsumoto-shi", "Nagano", "390"),
    ("静岡県", "沼津市", "Numazu-shi", "Shizuoka", "410"),
    ("愛知県", "豊橋市", "Toyohashi-shi", "Aichi", "440"),
    ("三重県", "津市", "Tsu-shi", "Mie", "514"),
    ("滋賀県", "彦根市", "Hikone-shi", "Shiga", "522"),
    ("兵庫県", "姫路市", "Himeji-shi", "Hyogo", "670"),
    ("岡山県", "倉敷市", "Kurashiki-shi", "Okayama", "710"),
    ("広島県", "福山市", "Fukuyama-shi", "Hiroshima", "720"),
    ("愛媛県", "松山市", "Matsuyama-shi", "Ehime", "790"),
    ("福岡県", "久留米市", "Kurume-shi", "Fukuoka", "830"),
    ("熊本県", "八代市", "Yatsushiro-shi", "Kumamoto", "866"),
    ("宮城県", "石巻市", "Ishinomaki-shi", "Miyagi", "986"),
    ("山形県", "鶴岡市", "Tsuruoka-shi", "Yamagata", "997"),
]
# designated cities with wards: prefecture, city, ward, romaji city, romaji ward, romaji pref, postal prefix
WARDS = [
    ("神奈川県", "横浜市", "港北区", "Yokohama-shi", "Kohoku-ku", "Kanagawa", "223"),
    ("愛知県", "名古屋市", "千種区", "Nagoya-shi", "Chikusa-ku", "Aichi", "464"),
    ("大阪府", "大阪市", "東淀川区", "Osaka-shi", "Higashiyodogawa-ku", "Osaka", "533"),
    ("福岡県", "福岡市", "早良区", "Fukuoka-shi", "Sawara-ku", "Fukuoka", "814"),
    ("宮城県", "仙台市", "泉区", "Sendai-shi", "Izumi-ku", "Miyagi", "981"),
    ("広島県", "広島市", "安佐南区", "Hiroshima-shi", "Asaminami-ku", "Hiroshima", "731"),
    ("埼玉県", "さいたま市", "緑区", "Saitama-shi", "Midori-ku", "Saitama", "336"),
]
RURAL = [
    ("長野県", "上伊那郡", "飯島町"),
    ("岩手県", "岩手郡", "雫石町"),
    ("熊本県", "阿蘇郡", "小国町"),
    ("福島県", "耶麻郡", "猪苗代町"),
    ("島根県", "仁多郡", "奥出雲町"),
    ("茨城県", "久慈郡", "大子町"),
]
KYOTO_WARDS = ["中京区", "下京区", "上京区"]
TOWN_A = [
    ("桜", "sakura"),
    ("緑", "midori"),
    ("若葉", "wakaba"),
    ("柏葉", "kashiwaba"),
    ("青葉", "aoba"),
    ("白鳥", "shiratori"),
    ("朝日", "asahi"),
    ("富士見", "fujimi"),
    ("泉", "izumi"),
    ("栄", "sakae"),
    ("東原", "higashihara"),
    ("西野", "nishino"),
    ("南風", "minamikaze"),
    ("鷹ノ", "takano"),
    ("杉", "sugi"),
]
TOWN_B = [
    ("台", "dai"),
    ("ケ丘", "gaoka"),
    ("町", "machi"),
    ("野", "no"),
    ("坂", "zaka"),
    ("沢", "sawa"),
    ("原", "hara"),
]
AZA = ["田切", "上ノ原", "北沢", "宮ノ下", "長峰", "大久保", "中平", "柳原", "荒田"]
KYOTO_ST = ["柳葉通", "竹若通", "松風通", "鶴丸通", "梅小路通"]
KYOTO_TOWN = ["鶴屋町", "亀井町", "扇屋町", "橘町", "菊水町"]
BUILD_KANJI = ["桜台荘", "第二松風荘", "市営若葉住宅", "県営泉団地", "柏木コーポ", "朝日ハイツ", "緑町住宅"]
BUILD_KATA = ["グランメゾン", "サンハイツ", "レジデンス", "パークサイド", "メゾン・ド", "コーポラス", "ヴィラ"]

ORGS = [
    "水道局料金課",
    "環境衛生課",
    "住宅管理課",
    "こども保育課",
    "消防本部警防課",
    "中央図書館",
    "市民病院地域連携室",
    "農業委員会事務局",
    "空き家対策室",
    "公園緑地課",
    "生活福祉課",
    "人事課",
    "契約検査課",
    "国際交流協会",
    "議会事務局",
    "秘書広報課",
    "社会福祉協議会",
    "地域包括支援センター",
    "北部消防署",
    "市民課",
]
BANKS = ["みなと信用金庫", "東西銀行", "ひかり農業協同組合", "青葉銀行", "中央労働金庫"]
BRANCHES = ["駅前支店", "本店営業部", "桜台出張所", "北支店", "市役所前支店"]
COMPANIES = [
    "株式会社みどり設備",
    "有限会社ひまわり環境サービス",
    "北辰建設株式会社",
    "あおぞら交通株式会社",
    "合同会社ミナトデザイン",
    "社会福祉法人つばさ会",
]
TITLES = ["課長", "係長", "主査", "主任", "部長", "副主幹", "課長補佐", "室長", "所長", "主事"]
DEPTS = ["福祉部", "総務部", "上下水道部", "市民生活部", "こども未来部", "建設部", "環境部", "消防本部"]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.co.jp",
    "icloud.com",
    "kagayaki-net.jp",
    "mail.hoshizora.ne.jp",
    "nifty.com",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "outlook.jp",
]
STAFF_DOMAIN = "city.example.lg.jp"
