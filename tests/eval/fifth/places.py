
"""Addresses, birth dates, public places and organisations for the fifth corpus."""

from __future__ import annotations

from tests.eval.blind.model import Val

from .values import ADDRESS_FORMS, BIRTH_FORMS, FW, Ctx, kanji_num

# (prefecture, city, town) — town accepts 丁目
TOWNS = [
    ("東京都", "世田谷区", "桜丘"), ("神奈川県", "横浜市港北区", "大倉山"), ("大阪府", "堺市北区", "百舌鳥梅町"),
    ("北海道", "旭川市", "豊岡"), ("福岡県", "北九州市小倉北区", "足原"), ("愛知県", "名古屋市千種区", "春岡"),
    ("宮城県", "仙台市青葉区", "国見"), ("埼玉県", "さいたま市浦和区", "常盤"), ("千葉県", "船橋市", "夏見"),
    ("兵庫県", "姫路市", "野里"), ("静岡県", "浜松市中央区", "高丘東"), ("広島県", "広島市安佐南区", "祇園"),
    ("新潟県", "長岡市", "東神田"), ("熊本県", "熊本市東区", "健軍"), ("群馬県", "太田市", "飯田町"),
    ("岐阜県", "大垣市", "林町"), ("沖縄県", "那覇市", "首里石嶺町"), ("長野県", "松本市", "渚"),
    ("茨城県", "つくば市", "竹園"), ("三重県", "四日市市", "泉町"), ("京都府", "京都市伏見区", "深草"),
]
BUILDINGS = ["コーポ桜", "メゾン・ド・ソレイユ", "グランヴィア", "ハイツ森", "市営住宅", "県営団地",
             "サンライズマンション", "レオパレス栄", "アーバンコート", "第二光荘"]
LOCATIONS = ["横浜市", "港北区", "札幌市", "中央区", "北区", "世田谷区", "千葉県", "船橋市", "松本市", "那覇市",
             "長岡市", "つくば市", "伏見区", "青葉区", "旭川市", "熊本県", "大垣市", "姫路市", "北九州市", "新潟県",
             "岩手県", "高知市", "函館市", "中部地方", "沖縄本島", "三多摩地域"]
FACILITIES = ["大倉山駅", "鶴見川", "多摩川", "仙台駅", "姫路城", "浜名湖", "首里城", "市民文化会館", "中央図書館",
              "総合体育館", "こども科学館", "東部市民センター", "駅前広場", "信濃川", "県立自然公園", "四日市港",
              "市役所本庁舎", "旧市庁舎跡地", "桜川河川敷"]
ORGS = ["市民課", "保険年金課", "介護保険課", "障害福祉課", "生活福祉課", "子育て支援課", "税務課",
        "国際交流協会", "社会福祉協議会", "地域包括支援センター", "市立第二中学校", "さくら保育園",
        "中央病院", "ひまわり訪問看護ステーション", "株式会社グリーンライフ", "NPO法人ともに",
        "ゆうちょ銀行", "みらい信用金庫", "東海銀行", "ハローワーク", "出入国在留管理局", "年金事務所",
        "教育委員会", "議会事務局", "危機管理課", "株式会社北斗システム", "協同組合はまなす",
        "日本語教室にじ", "市立病院", "こども家庭センター", "福祉事務所", "県立高等学校", "商工会議所",
        "消防本部", "企画政策課", "健康づくり課", "財政課", "総務委員会", "厚生常任委員会", "シルバー人材センター"]

ERAS = [(2019, 5, 1, "令和", "R"), (1989, 1, 8, "平成", "H"), (1926, 12, 25, "昭和", "S"), (1912, 7, 30, "大正", "T"),
        (1868, 10, 23, "明治", "M")]


def loc(ctx: Ctx, name: str | None = None) -> Val:
    return Val("LOCATION", name or ctx.rng.choice(LOCATIONS), "plain")


def fac(ctx: Ctx) -> Val:
    return Val("LOCATION", ctx.rng.choice(FACILITIES), "plain")


def org(ctx: Ctx, name: str | None = None) -> Val:
    return Val("ORGANIZATION", name or ctx.rng.choice(ORGS), "plain")


def address(ctx: Ctx, form: str | None = None, with_pref: bool | None = None) -> Val:
    r = ctx.rng
    form = form or ctx.next_form("ADDRESS", ADDRESS_FORMS)
    ctx.counts["ADDRESS"] += 1
    pref, city, town = r.choice(TOWNS)
    head = (pref if (with_pref if with_pref is not None else r.random() < 0.5) else "") + city + town
    c, b, g = r.randint(1, 7), r.randint(1, 30), r.randint(1, 25)
    if form == "plain":
        text = r.choice([f"{head}{c}丁目{b}番{g}号", f"{head}{c}丁目{b}番地{g}", f"{head}{b}番地の{g}"])
    elif form == "kanji_numerals":
        text = r.choice([f"{head}{kanji_num(c)}丁目{kanji_num(b)}番{kanji_num(g)}号",
                         f"{head}{kanji_num(c)}丁目{kanji_num(b)}番地{kanji_num(g)}"])
    elif form == "hyphen":
        text = f"{head}{c}-{b}-{g}"
    elif form == "fullwidth":
        text = r.choice([f"{head}{c}-{b}-{g}".translate(FW), f"{head}{str(c).translate(FW)}丁目"
                         f"{str(b).translate(FW)}番{str(g).translate(FW)}号"])
    elif form == "building_room":
        room = f"{r.randint(1, 9)}0{r.randint(1, 9)}"
        text = r.choice([f"{head}{c}-{b}-{g} {r.choice(BUILDINGS)}{room}号室",
                         f"{head}{c}丁目{b}番{g}号　{r.choice(BUILDINGS)}{r.randint(1, 12)}号棟{room}",
                         f"{head}{c}-{b}-{g}{r.choice(BUILDINGS)}{room}"])
    else:  # line_broken
        text = r.choice([f"{pref}{city}\n{town}{c}丁目{b}番{g}号", f"{pref}{city}{town}\n{c}-{b}-{g}",
                         f"{city}{town}{c}-{b}-\n{g} {r.choice(BUILDINGS)}{r.randint(1, 9)}0{r.randint(1, 9)}"])
    return Val("ADDRESS", text, form)


def birth(ctx: Ctx, form: str | None = None, year_range: tuple[int, int] = (1932, 2020)) -> Val:
    r = ctx.rng
    form = form or ctx.next_form("BIRTH_DATE", BIRTH_FORMS)
    ctx.counts["BIRTH_DATE"] += 1
    y, m, d = r.randint(*year_range), r.randint(1, 12), r.randint(1, 28)
    era, short, ey = "", "", 0
    for sy, sm, sd, name, abbr in ERAS:
        if (y, m, d) >= (sy, sm, sd):
            era, short, ey = name, abbr, y - sy + 1
            break
    if form == "seireki":
        text = r.choice([f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"])
    elif form == "wareki":
        text = f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    elif form == "slash":
        text = r.choice([f"{y}/{m}/{d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"])
    elif form == "kanji_numerals":
        text = r.choice([f"{era}{kanji_num(ey)}年{kanji_num(m)}月{kanji_num(d)}日",
                         f"{kanji_num(y)}年{kanji_num(m)}月{kanji_num(d)}日"])
    elif form == "abbrev":
        text = r.choice([f"{short}{ey}.{m}.{d}", f"{short}{ey:02d}.{m:02d}.{d:02d}", f"{short}{ey}/{m}/{d}"])
    else:  # spaced
        text = r.choice([f"{y} 年 {m} 月 {d} 日", f"{era} {ey} 年 {m} 月 {d} 日", f"{y} / {m:02d} / {d:02d}"])
    return Val("BIRTH_DATE", text, form)
