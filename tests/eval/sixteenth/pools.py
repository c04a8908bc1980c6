"""Invented pools: family and given names with readings, foreign names, places, buildings, organisations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a name: kanji (or katakana), hiragana reading, romanization."""

    kanji: str
    kana: str
    roma: str


def _parts(table: str) -> tuple[Part, ...]:
    out = []
    for item in table.split():
        kanji, kana, roma = item.split(":")
        out.append(Part(kanji, kana, roma))
    return tuple(out)


FAMILY = _parts(
    """佐藤:さとう:Sato 鈴木:すずき:Suzuki 高橋:たかはし:Takahashi 田中:たなか:Tanaka 伊藤:いとう:Ito
    渡辺:わたなべ:Watanabe 山本:やまもと:Yamamoto 中村:なかむら:Nakamura 小林:こばやし:Kobayashi 加藤:かとう:Kato
    吉田:よしだ:Yoshida 山田:やまだ:Yamada 佐々木:ささき:Sasaki 山口:やまぐち:Yamaguchi 松本:まつもと:Matsumoto
    井上:いのうえ:Inoue 木村:きむら:Kimura 清水:しみず:Shimizu 森:もり:Mori 池田:いけだ:Ikeda 橋本:はしもと:Hashimoto
    阿部:あべ:Abe 石川:いしかわ:Ishikawa 前田:まえだ:Maeda 藤田:ふじた:Fujita 後藤:ごとう:Goto 岡田:おかだ:Okada
    長谷川:はせがわ:Hasegawa 村上:むらかみ:Murakami 近藤:こんどう:Kondo 石井:いしい:Ishii 坂本:さかもと:Sakamoto
    遠藤:えんどう:Endo 青木:あおき:Aoki 藤井:ふじい:Fujii 西村:にしむら:Nishimura 福田:ふくだ:Fukuda 太田:おおた:Ota
    三浦:みうら:Miura 岡本:おかもと:Okamoto 松田:まつだ:Matsuda 中川:なかがわ:Nakagawa 原田:はらだ:Harada 小野:おの:Ono
    竹内:たけうち:Takeuchi 金子:かねこ:Kaneko 和田:わだ:Wada 中山:なかやま:Nakayama 石田:いしだ:Ishida 上田:うえだ:Ueda
    森田:もりた:Morita 柴田:しばた:Shibata 酒井:さかい:Sakai
    工藤:くどう:Kudo 横山:よこやま:Yokoyama 宮本:みやもと:Miyamoto
    内田:うちだ:Uchida 高木:たかぎ:Takagi 安藤:あんどう:Ando
    谷口:たにぐち:Taniguchi 丸山:まるやま:Maruyama 今井:いまい:Imai
    河野:こうの:Kono 杉山:すぎやま:Sugiyama 野口:のぐち:Noguchi 菅原:すがわら:Sugawara 千葉:ちば:Chiba 新井:あらい:Arai
    桑原:くわばら:Kuwabara 大塚:おおつか:Otsuka 平野:ひらの:Hirano
    菊地:きくち:Kikuchi 久保:くぼ:Kubo 市川:いちかわ:Ichikawa
    四月一日:わたぬき:Watanuki 小鳥遊:たかなし:Takanashi
    東海林:しょうじ:Shoji 御手洗:みたらい:Mitarai 五十嵐:いがらし:Igarashi
    九十九:つくも:Tsukumo 栗花落:つゆり:Tsuyuri 百目鬼:どうめき:Domeki 薬袋:みない:Minai 帷子:かたびら:Katabira
    勘解由小路:かでのこうじ:Kadenokoji 莇:あざみ:Azami 左右田:そうだ:Soda 鬼頭:きとう:Kito 一口:いもあらい:Imoarai"""
)

VARIANT = _parts(
    """齋藤:さいとう:Saito 髙橋:たかはし:Takahashi 渡邊:わたなべ:Watanabe 邉見:へんみ:Henmi 山﨑:やまざき:Yamazaki
    濵田:はまだ:Hamada 櫻井:さくらい:Sakurai 澤田:さわだ:Sawada 廣瀬:ひろせ:Hirose 國分:こくぶん:Kokubun
    栁田:やなぎだ:Yanagida 德永:とくなが:Tokunaga 黑田:くろだ:Kuroda 冨田:とみた:Tomita 嶋田:しまだ:Shimada
    曻平:しょうへい:Shohei 淺野:あさの:Asano 眞鍋:まなべ:Manabe 圓山:まるやま:Maruyama 籠谷:こもりや:Komoriya"""
)

GIVEN = _parts(
    """トメ:とめ:Tome キヨ:きよ:Kiyo ウメ:うめ:Ume タケ:たけ:Take 與吉:よきち:Yokichi 清吉:せいきち:Seikichi
    松之助:まつのすけ:Matsunosuke 勘太郎:かんたろう:Kantaro 千代:ちよ:Chiyo 茂:しげる:Shigeru 勇:いさむ:Isamu
    正雄:まさお:Masao 久子:ひさこ:Hisako 和子:かずこ:Kazuko 節子:せつこ:Setsuko 幸子:さちこ:Sachiko 文子:ふみこ:Fumiko
    博:ひろし:Hiroshi 隆:たかし:Takashi 誠:まこと:Makoto 浩二:こうじ:Koji 健一:けんいち:Kenichi 美智子:みちこ:Michiko
    正子:まさこ:Masako 一郎:いちろう:Ichiro 光太郎:こうたろう:Kotaro 直樹:なおき:Naoki 恵美:えみ:Emi 裕子:ゆうこ:Yuko
    美穂:みほ:Miho 智子:ともこ:Tomoko 達也:たつや:Tatsuya 香織:かおり:Kaori 真由美:まゆみ:Mayumi 聡:さとし:Satoshi
    大輔:だいすけ:Daisuke 翔太:しょうた:Shota 拓也:たくや:Takuya 彩:あや:Aya 愛:あい:Ai 美咲:みさき:Misaki
    亮:りょう:Ryo 瑛太:えいた:Eita 蓮:れん:Ren 陽翔:はると:Haruto 湊:みなと:Minato 結菜:ゆいな:Yuina 陽葵:ひまり:Himari
    紬:つむぎ:Tsumugi 碧:あおい:Aoi 凛:りん:Rin 悠真:ゆうま:Yuma 芽依:めい:Mei 心春:こはる:Koharu 朔:さく:Saku
    喜代治:きよじ:Kiyoji ハル:はる:Haru 貞雄:さだお:Sadao 静江:しずえ:Shizue 昭:あきら:Akira 純一:じゅんいち:Junichi"""
)

# nationality: (given katakana:latin, family katakana:latin, family first?)
FOREIGN: dict[str, tuple[str, str, bool]] = {
    "ベトナム": ("ナム:Nam ラン:Lan フオン:Huong トゥアン:Tuan", "グエン:Nguyen チャン:Tran レ:Le ファム:Pham", True),
    "フィリピン": (
        "マリア:Maria ホセ:Jose ジェニファー:Jennifer マーク:Mark",
        "サントス:Santos レイエス:Reyes クルス:Cruz",
        False,
    ),
    "ブラジル": (
        "カルロス:Carlos アナ:Ana ルーカス:Lucas ジュリア:Julia",
        "オリヴェイラ:Oliveira ソウザ:Souza シルバ:Silva",
        False,
    ),
    "ネパール": (
        "ラム:Ram スニタ:Sunita ビカス:Bikash アシャ:Asha",
        "シュレスタ:Shrestha グルン:Gurung タパ:Thapa",
        False,
    ),
    "インドネシア": (
        "デウィ:Dewi アグス:Agus リナ:Rina ブディ:Budi",
        "プラティウィ:Pratiwi サントソ:Santoso ハリヤント:Haryanto",
        False,
    ),
    "アメリカ": (
        "エミリー:Emily マイケル:Michael サラ:Sarah ダニエル:Daniel",
        "ジョンソン:Johnson ブラウン:Brown ミラー:Miller",
        False,
    ),
    "ペルー": (
        "ルイス:Luis ロサ:Rosa ホルヘ:Jorge カルメン:Carmen",
        "キスペ:Quispe ママニ:Mamani フローレス:Flores",
        False,
    ),
    "タイ": ("ソムチャイ:Somchai ニラン:Niran プラニー:Pranee", "スリウォン:Sriwong チャイヤプーム:Chaiyaphum", False),
    "インド": ("プリヤ:Priya ラフル:Rahul アニタ:Anita", "シャルマ:Sharma パテル:Patel クマール:Kumar", False),
    "ミャンマー": ("アウン:Aung ティダ:Thida ゾー:Zaw", "チョー:Kyaw ミン:Min ウィン:Win", False),
    "スリランカ": (
        "ニマル:Nimal チャミラ:Chamila ルワン:Ruwan",
        "ペレラ:Perera フェルナンド:Fernando シルバ:Silva",
        False,
    ),
    "モンゴル": ("バトバヤル:Batbayar オユン:Oyun ボルド:Bold", "ガンゾリグ:Ganzorig ドルジ:Dorj バト:Bat", False),
}

CJK_FAMILY = _parts(
    """王:ワン:Wang 李:リー:Li 張:チャン:Zhang 劉:リウ:Liu 陳:チェン:Chen 楊:ヤン:Yang 趙:ジャオ:Zhao 黄:ホアン:Huang
    金:キム:Kim 朴:パク:Park 崔:チェ:Choi 鄭:チョン:Jeong 姜:カン:Kang 尹:ユン:Yun"""
)
CJK_GIVEN_ZH = _parts(
    """偉:ウェイ:Wei 静:ジン:Jing 娜:ナー:Na 洋:ヤン:Yang
    敏:ミン:Min 芳:ファン:Fang 浩然:ハオラン:Haoran 子涵:ズーハン:Zihan"""
)
CJK_GIVEN_KO = _parts(
    """民俊:ミンジュン:Minjun 智恩:ジウン:Jieun 秀賢:スヒョン:Suhyeon
    美英:ミヨン:Miyeong 俊浩:ジュノ:Junho 瑞妍:ソヨン:Seoyeon"""
)
KOREAN_FAMILIES = frozenset({"金", "朴", "崔", "鄭", "姜", "尹"})

# prefecture | romaji | municipality:romaji | wards (name:romaji, …) of a designated city
CITIES = """北海道|Hokkaido|函館市:Hakodate|
青森県|Aomori|弘前市:Hirosaki|
岩手県|Iwate|盛岡市:Morioka|
宮城県|Miyagi|仙台市:Sendai|青葉区:Aoba-ku,宮城野区:Miyagino-ku,泉区:Izumi-ku
秋田県|Akita|横手市:Yokote|
山形県|Yamagata|鶴岡市:Tsuruoka|
福島県|Fukushima|会津若松市:Aizuwakamatsu|
茨城県|Ibaraki|つくば市:Tsukuba|
栃木県|Tochigi|宇都宮市:Utsunomiya|
群馬県|Gunma|高崎市:Takasaki|
埼玉県|Saitama|川越市:Kawagoe|
埼玉県|Saitama|さいたま市:Saitama|浦和区:Urawa-ku,大宮区:Omiya-ku,見沼区:Minuma-ku
千葉県|Chiba|柏市:Kashiwa|
千葉県|Chiba|船橋市:Funabashi|
千葉県|Chiba|千葉市:Chiba|花見川区:Hanamigawa-ku,稲毛区:Inage-ku
東京都|Tokyo|八王子市:Hachioji|
東京都|Tokyo|町田市:Machida|
東京都|Tokyo|府中市:Fuchu|
東京都|Tokyo|世田谷区:Setagaya-ku|
東京都|Tokyo|練馬区:Nerima-ku|
東京都|Tokyo|足立区:Adachi-ku|
神奈川県|Kanagawa|横浜市:Yokohama|港北区:Kohoku-ku,青葉区:Aoba-ku,戸塚区:Totsuka-ku
神奈川県|Kanagawa|相模原市:Sagamihara|緑区:Midori-ku,南区:Minami-ku
神奈川県|Kanagawa|藤沢市:Fujisawa|
新潟県|Niigata|長岡市:Nagaoka|
富山県|Toyama|高岡市:Takaoka|
石川県|Ishikawa|金沢市:Kanazawa|
長野県|Nagano|松本市:Matsumoto|
岐阜県|Gifu|大垣市:Ogaki|
静岡県|Shizuoka|沼津市:Numazu|
静岡県|Shizuoka|浜松市:Hamamatsu|中央区:Chuo-ku,浜名区:Hamana-ku
愛知県|Aichi|名古屋市:Nagoya|千種区:Chikusa-ku,昭和区:Showa-ku,天白区:Tempaku-ku
愛知県|Aichi|岡崎市:Okazaki|
三重県|Mie|津市:Tsu|
滋賀県|Shiga|草津市:Kusatsu|
京都府|Kyoto|宇治市:Uji|
大阪府|Osaka|大阪市:Osaka|北区:Kita-ku,阿倍野区:Abeno-ku,住吉区:Sumiyoshi-ku
大阪府|Osaka|吹田市:Suita|
大阪府|Osaka|枚方市:Hirakata|
兵庫県|Hyogo|神戸市:Kobe|灘区:Nada-ku,須磨区:Suma-ku
兵庫県|Hyogo|姫路市:Himeji|
奈良県|Nara|奈良市:Nara|
岡山県|Okayama|倉敷市:Kurashiki|
広島県|Hiroshima|広島市:Hiroshima|中区:Naka-ku,安佐南区:Asaminami-ku
山口県|Yamaguchi|下関市:Shimonoseki|
香川県|Kagawa|高松市:Takamatsu|
愛媛県|Ehime|松山市:Matsuyama|
高知県|Kochi|高知市:Kochi|
福岡県|Fukuoka|北九州市:Kitakyushu|小倉北区:Kokurakita-ku,八幡西区:Yahatanishi-ku
福岡県|Fukuoka|福岡市:Fukuoka|博多区:Hakata-ku,早良区:Sawara-ku
福岡県|Fukuoka|久留米市:Kurume|
熊本県|Kumamoto|熊本市:Kumamoto|中央区:Chuo-ku,東区:Higashi-ku
鹿児島県|Kagoshima|霧島市:Kirishima|
沖縄県|Okinawa|那覇市:Naha|"""

RURAL = [
    "北海道:虻田郡:倶知安町",
    "長野県:北佐久郡:軽井沢町",
    "岩手県:岩手郡:雫石町",
    "群馬県:吾妻郡:草津町",
    "奈良県:吉野郡:十津川村",
    "熊本県:阿蘇郡:小国町",
    "宮城県:宮城郡:松島町",
    "福島県:耶麻郡:猪苗代町",
    "静岡県:賀茂郡:西伊豆町",
    "長野県:下伊那郡:阿智村",
    "山梨県:南都留郡:富士河口湖町",
    "鹿児島県:熊毛郡:屋久島町",
]

HOKKAIDO_JO = (
    "札幌市中央区北{a}条西{b}丁目",
    "札幌市東区北{a}条東{b}丁目",
    "旭川市{a}条通{b}丁目",
    "帯広市西{a}条南{b}丁目",
)
KYOTO_WARDS = ("中京区", "下京区", "上京区", "左京区")
KYOTO_STREETS = ("烏丸通", "室町通", "新町通", "堀川通", "御池通", "三条通", "四条通", "丸太町通", "河原町通", "寺町通")
KYOTO_DIRS = ("上ル", "下ル", "東入", "西入")

TOWN_A = _parts(
    """若葉:わかば:Wakaba 光:ひかり:Hikari 青葉:あおば:Aoba
    桜:さくら:Sakura 松風:まつかぜ:Matsukaze 白鷺:しらさぎ:Shirasagi
    朝日:あさひ:Asahi 東雲:しののめ:Shinonome 柳:やなぎ:Yanagi 泉:いずみ:Izumi 梅園:うめぞの:Umezono 千草:ちぐさ:Chigusa
    楓:かえで:Kaede 雲雀:ひばり:Hibari 小松:こまつ:Komatsu 椿:つばき:Tsubaki 蛍:ほたる:Hotaru 菖蒲:しょうぶ:Shobu"""
)
TOWN_B = _parts(
    "台:だい:dai 町:ちょう:cho ケ丘:がおか:gaoka 野:の:no 原:はら:hara 坂:ざか:zaka 平:だいら:daira 浜:はま:hama"
)
KANA_BUILDING = ("メゾン", "コーポ", "ハイツ", "グランドール", "パークサイド", "ヴィラ", "エクセル")
KANA_WORD = (
    "サクラ",
    "ミドリ",
    "アオバ",
    "ヒカリ",
    "カエデ",
    "フローラ",
    "ソレイユ",
    "エトワール",
    "リヴェール",
    "ルミエール",
)
KANJI_BUILDING = ("{t}荘", "市営{t}住宅{n}号棟", "{t}団地{n}号棟", "第二{t}マンション", "{t}ビル")

DEPARTMENTS = [
    "市民課",
    "税務課",
    "資産税課",
    "収納課",
    "選挙管理委員会事務局",
    "住宅政策課",
    "上下水道局",
    "環境事業課",
    "農業委員会事務局",
    "高齢福祉課",
    "子育て支援課",
    "保育課",
    "学務課",
    "中央図書館",
    "議会事務局",
    "人事課",
    "職員課",
    "消防本部",
    "危機管理課",
    "市民相談室",
    "健康推進課",
    "地域包括支援センター",
    "社会福祉協議会",
    "障害福祉課",
    "国保年金課",
    "介護保険課",
    "生活支援課",
    "空き家対策室",
    "墓地公園課",
    "教育委員会",
    "子ども家庭センター",
    "交通安全課",
]
COMPANY_FMT = (
    "株式会社{t}建設",
    "有限会社{t}商店",
    "{t}運輸株式会社",
    "{t}電機株式会社",
    "合同会社{t}フーズ",
    "{t}介護サービス株式会社",
)
BANKS = ("みどり信用金庫", "青葉銀行", "ひかり農業協同組合", "東雲信用組合", "さくら台銀行")
BRANCHES = ("本店", "駅前支店", "中央支店", "東口支店", "若葉出張所")
HOSPITAL_FMT = ("{t}中央病院", "{t}クリニック", "{t}記念病院", "{t}内科医院")
SCHOOL_FMT = ("市立{t}小学校", "市立{t}中学校", "{t}保育園", "{t}こども園", "{t}高等学校")
FACILITY_FMT = ("{t}公民館", "{t}斎場", "{t}霊園", "{t}コミュニティセンター", "{t}体育館", "{t}地区センター")
TITLES = ("課長", "係長", "主任", "部長", "主査", "先生", "委員", "議員", "所長", "室長")
RELATIONS = ("長男", "長女", "次男", "次女", "妻", "夫", "母", "父", "孫", "義母", "兄", "姉")
MAIL_DOMAINS = (
    "aozora-mail.jp",
    "hikari-net.ne.jp",
    "sakura-web.com",
    "minato-isp.jp",
    "kaede.example.jp",
    "tsubame-mobile.jp",
)
COUNTRIES = (*tuple(FOREIGN), "中国", "韓国")
