"""Hard negatives: numbers, places and organisations, but no personal value at all."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from stdnum import ean, isbn
from stdnum.jp import cn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import BlindDoc
from tests.eval.twelfth import pools
from tests.eval.twelfth.address import town
from tests.eval.twelfth.ctx import Ctx
from tests.eval.twelfth.doc import Doc, loc, o
from tests.eval.twelfth.g_forms import city

_ADDRESSY = re.compile(r"\d+丁目|\d+番地|\d+番\d+号|(?<![\d-])\d{1,3}-\d{1,3}-\d{1,3}(?![\d-])|〒")


def negative_ok(doc: BlindDoc) -> bool:
    """No personal span, no @ or 〒, no phone number, no street address, no 12-digit マイナンバー."""
    text = unicodedata.normalize("NFKC", doc.text)
    if not doc.negative or "@" in text or "〒" in text or _ADDRESSY.search(text):
        return False
    if any(True for _ in phonenumbers.PhoneNumberMatcher(doc.text, "JP")):
        return False
    return not any(mynumber.is_valid(m) for m in re.findall(r"(?<!\d)\d{12}(?!\d)", text))


def _n(c: Ctx, lo: int, hi: int) -> str:
    return f"{c.rng.randint(lo, hi):,}"


def stats_table(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{l} 町丁別人口・世帯数（" + c.other_date("wareki", 60) + "現在）", l=loc(city(c)))
    d.ln("町丁名\t世帯数\t男\t女\t計")
    for _ in range(r.randint(5, 9)):
        m, f = r.randint(200, 4000), r.randint(200, 4000)
        d.ln("{t}\t" + _n(c, 100, 3000) + f"\t{m:,}\t{f:,}\t{m + f:,}", t=loc(town(r)))
    d.ln("※住民基本台帳による。外国人住民を含む。")


def corp_numbers(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("指定管理者 候補法人一覧（法人番号）")
    for co in r.sample(pools.COMPANIES, r.randint(3, 5)):
        base = "".join(str(r.randrange(10)) for _ in range(12))
        d.ln(
            "{co}\t" + cn.calc_check_digit(base) + base + "\t" + r.choice(("建物管理", "清掃", "警備", "給食")),
            co=o(co),
        )
    d.ln("法人番号は国税庁の公表サイトで確認済み。")


def ordinance(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln(
        "{l}" + r.choice(("空き家等の適正管理に関する条例", "手話言語条例", "路上喫煙の防止に関する条例")),
        l=loc(city(c)),
    )
    d.ln("（目的）")
    d.ln("第1条　この条例は、市民の安全で快適な生活環境を確保することを目的とする。")
    d.ln("（市の責務）")
    d.ln("第" + str(r.randint(2, 5)) + "条　市は、前条の目的を達成するため、必要な施策を講ずるものとする。")
    d.ln(
        "2　市長は、必要があると認めるときは、{b}に意見を求めることができる。",
        b=o(r.choice(("空家等対策協議会", "環境審議会"))),
    )
    d.ln("附　則")
    d.ln("この条例は、" + c.other_date("wareki", 10) + "から施行する。")


def timetable(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("コミュニティバス " + r.choice(("北ルート", "南循環", "市街地線")) + " 時刻表（平日）")
    stops = [town(r) for _ in range(r.randint(4, 6))]
    d.t("便")
    for s in stops:
        d.t("\t{s}", s=loc(s))
    d.ln()
    h = r.randint(6, 8)
    for i in range(r.randint(4, 7)):
        m = r.randint(0, 20)
        d.ln(str(i + 1) + "\t" + "\t".join(f"{h + i * 2}:{(m + k * 7) % 60:02d}" for k in range(len(stops))))
    d.ln("運行：{co}", co=o(r.choice(("つばさ交通株式会社", "みどり野観光バス"))))


def budget(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("令和8年度 当初予算（案）の概要　{dep}", dep=o(r.choice(pools.DEPTS)))
    for item in r.sample(
        [
            "介護予防事業",
            "地域包括支援センター運営",
            "障害者就労支援",
            "子ども医療費助成",
            "防災備蓄品購入",
            "道路維持補修",
        ],
        4,
    ):
        d.ln(
            "・"
            + item
            + "　"
            + _n(c, 1000, 90000)
            + "千円（前年度比 "
            + r.choice(("+", "▲"))
            + str(r.randint(1, 30))
            + "."
            + str(r.randint(0, 9))
            + "%）"
        )
    d.ln("一般会計総額 " + _n(c, 30000, 90000) + "百万円")


def bid_results(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln(
        "入札結果公表　案件番号 "
        + str(r.randint(2025001, 2025300))
        + "　"
        + r.choice(("庁舎空調設備改修工事", "学校給食配送業務委託", "公園遊具更新工事"))
    )
    d.ln("開札日 " + c.other_date("wareki", 30) + "　予定価格 " + _n(c, 5000000, 90000000) + "円")
    for co in r.sample(pools.COMPANIES, 3):
        d.ln("{co}　" + _n(c, 4000000, 88000000) + "円" + r.choice(("　落札", "", "")), co=o(co))


def isbn_list(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{lib} 新着図書（郷土資料）", lib=o("市立中央図書館"))
    for _ in range(r.randint(3, 6)):
        base = "9784" + "".join(str(r.randrange(10)) for _ in range(8))
        d.ln(
            "『{l}の"
            + r.choice(("石造物", "祭りと芸能", "近代産業遺産", "野鳥"))
            + "』 ISBN"
            + isbn.format(base + ean.calc_check_digit(base))
            + "　{pub}",
            l=loc(city(c)),
            pub=o(r.choice(("清流出版", "常総郷土史研究会"))),
        )


def serial_numbers(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("備品台帳（抜粋）{dep}", dep=o(r.choice(pools.DEPTS)))
    d.ln("品名\t型番\t製造番号\t取得日")
    for item in r.sample(["ノートPC", "複合機", "プロジェクター", "AED", "発電機", "車いす"], 4):
        serial = r.choice(("SN", "K", "JP")) + "".join(str(r.randrange(10)) for _ in range(r.choice((7, 9, 13))))
        d.ln(
            item
            + "\t"
            + r.choice(("XR", "MX", "PJ"))
            + "-"
            + str(r.randint(100, 999))
            + r.choice(("A", "B", ""))
            + "\t"
            + serial
            + "\t"
            + c.other_date("slash", 2000)
        )


def weather(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{pr}の天気（" + c.other_date("md", 3) + "）", pr=loc(r.choice(pools.PREFS)))
    for _ in range(3):
        d.ln(
            "{l}　"
            + r.choice(("晴れ時々くもり", "くもり一時雨", "晴れ"))
            + f"　最高{r.randint(8, 30)}℃ 最低{r.randint(-3, 18)}℃ 降水確率{r.randint(0, 9)}0%",
            l=loc(city(c)),
        )
    d.ln("{o}発表の注意報：乾燥", o=o("気象台"))


def group_codes(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("団体コード一覧（照合用）")
    for pref, ci in r.sample(list(pools.CITIES), 5):
        d.ln(f"{r.randint(8, 47):02d}{r.randint(200, 599)}{r.randrange(10)}\t" + "{p}\t{ci}", p=loc(pref), ci=loc(ci))


def election(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{l}議会議員一般選挙 党派別得票数（確定）", l=loc(city(c)))
    for party in r.sample(["みらい党", "市民クラブ", "緑の会", "無所属", "改革ネット"], 4):
        d.ln(
            "{p}　" + _n(c, 800, 30000) + "票　当選 " + str(r.randint(0, 9)) + "人",
            p=o(party) if party != "無所属" else "",
        )
    d.ln(
        "投票率 "
        + str(r.randint(30, 55))
        + "."
        + str(r.randint(0, 9))
        + "%（前回比 ▲"
        + str(r.randint(0, 5))
        + "."
        + str(r.randint(0, 9))
        + "ポイント）"
    )


def agenda_roles(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{b} 次第", b=o(r.choice(("地域福祉計画策定委員会", "防災会議", "子ども・子育て会議"))))
    d.ln("日時 " + c.other_date("md", 30) + " 10:00　会場 {h}", h=o("市役所本庁舎 大会議室"))
    d.ln("1　開会")
    d.ln("2　委員長あいさつ")
    d.ln("3　議題（1）計画の進捗（説明：事務局）（2）意見交換")
    d.ln("4　副委員長より閉会のあいさつ")
    d.ln("出席予定：委員 " + str(r.randint(10, 18)) + "名、オブザーバー（{o}）", o=o(r.choice(pools.ASSOCS)))


def road_works(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("道路工事のお知らせ（{l}）", l=loc(city(c)))
    for _ in range(r.randint(2, 4)):
        d.ln(
            "・市道{t}"
            + str(r.randint(1, 60))
            + "号線　"
            + r.choice(("舗装補修", "側溝改良", "水道管更新"))
            + "　"
            + c.other_date("md", 1)
            + "〜　片側交互通行",
            t=town(r)[:2],
        )
    d.ln("施工：{co}　発注：{dep}", co=o(r.choice(pools.COMPANIES)), dep=o("道路維持課"))


def recall(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("【製品回収のお知らせ】{co}", co=o(r.choice(pools.COMPANIES)))
    d.ln(
        "対象製品："
        + r.choice(("電気ストーブ", "折りたたみ椅子", "加湿器"))
        + "　型番 "
        + r.choice(("HT", "FC", "KS"))
        + "-"
        + str(r.randint(10, 99))
        + r.choice(("A", "S"))
        + "　ロット "
        + str(r.randint(2301, 2512))
    )
    d.ln("製造期間：" + c.other_date("seireki", 900) + "〜" + c.other_date("seireki", 200))
    d.ln("お問い合わせは製品に同梱の案内をご覧ください。{dep}でも相談を受け付けています。", dep=o("消費生活センター"))


def foreign_stats(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("国籍別外国人住民数（{l}）", l=loc(city(c)))
    for co in r.sample(list(pools.COUNTRIES), 6):
        d.ln("{c}\t" + _n(c, 20, 2500) + "人", c=loc(co))
    d.ln("資料：{o}", o=o("国際交流課"))


NAMESAKE = (
    "大槻玄庵記念館",
    "沢村錦吾郎記念公園",
    "片倉きぬ記念図書室",
    "藤堂清右衛門生家跡",
    "源内通り",
    "徳兵衛新田",
)


def namesake(c: Ctx, d: Doc) -> None:
    r = c.rng
    a, b = r.sample(NAMESAKE, 2)
    d.ln("秋の文化財めぐり")
    d.ln("集合：{a}前　" + c.other_date("md", 30) + " 9:30", a=o(a) if "館" in a or "室" in a else loc(a))
    d.ln(
        "コース：{b} → {t} → {l}",
        b=loc(b) if "館" not in b and "室" not in b else o(b),
        t=loc(town(r)),
        l=loc(r.choice(("八幡神社", "旧宿場町"))),
    )
    d.ln("定員" + str(r.randint(20, 40)) + "名、参加費無料。主催：{o}", o=o(r.choice(("文化振興課", "市立郷土資料館"))))


def event_program(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("{l}市民まつり ステージプログラム", l=loc(city(c)))
    for i, g in enumerate(
        r.sample(
            [
                "桜台太鼓保存会",
                "清流中学校吹奏楽部",
                "若葉フラダンスサークル",
                "ひまわり保育園年長組",
                "市民合唱団コール・ステラ",
                "よさこいチーム鳴神",
            ],
            4,
        )
    ):
        d.ln(f"{10 + i}:{r.choice(('00', '30'))}　" + "{g}", g=o(g))
    d.ln("雨天時は{h}で実施", h=o("総合体育館"))


KINDS = {
    "stats_table": stats_table, "corp_numbers": corp_numbers, "ordinance": ordinance, "timetable": timetable,
    "budget": budget, "bid_results": bid_results, "isbn_list": isbn_list, "serial_numbers": serial_numbers,
    "weather": weather, "group_codes": group_codes, "election": election, "agenda_roles": agenda_roles,
    "road_works": road_works, "recall": recall, "foreign_stats": foreign_stats, "namesake": namesake,
    "event_program": event_program,
}  # fmt: skip
