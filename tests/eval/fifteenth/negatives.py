"""Hard negatives (part 1): text that looks personal and is not — numbers, codes, tables, ordinances."""

from __future__ import annotations

from stdnum.jp import cn as corporate

from tests.eval.blind.model import Builder

from . import pools
from .layout import REQUESTS
from .values import Ctx

TOWN_STATS = ("緑が丘", "桜台", "若葉町", "東雲", "旭町", "梅園", "栄町", "竹園")


def neg_start(ctx: Ctx) -> Builder:
    b = Builder()
    if ctx.p(0.7):
        b.line(ctx.c(REQUESTS))
    return b


def corporate_numbers(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("入札参加資格者名簿（物品）抜粋", "指定管理者 候補法人一覧", "協定締結事業者")))
    for _ in range(ctx.n(3, 6)):
        body = f"{ctx.n(1000, 9999)}{ctx.n(10000000, 99999999)}"
        num = corporate.calc_check_digit(body) + body
        b.put("・").put(ctx.org(ctx.c(pools.COMPANIES))).line(f"　法人番号 {num}　{ctx.c(('物品', '役務', '建設'))}")
    return b


def statistics(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(f"町丁字別人口・世帯数（令和7年{ctx.n(1, 12)}月末現在）")
    b.line("| 町名 | 世帯数 | 男 | 女 | 計 |")
    b.line("|---|---|---|---|---|")
    for t in ctx.rng.sample(TOWN_STATS, ctx.n(4, 7)):
        m, f = ctx.n(300, 4800), ctx.n(300, 4800)
        b.put("| ").put(ctx.loc(t)).line(f" | {ctx.n(200, 4000):,} | {m:,} | {f:,} | {m + f:,} |")
    b.line(f"前月比 {ctx.c(('+', '-'))}{ctx.n(1, 90)}人。外国人住民 {ctx.n(1000, 6000):,}人（{ctx.n(30, 60)}か国）。")
    return b


def ordinance(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    name = ctx.c(
        ("空家等対策の推進に関する条例", "個人情報保護法施行条例", "手数料条例", "自治基本条例", "犬の飼養管理条例")
    )
    b.line(f"{ctx.c(pools.CITY_OFFICES).replace('役所', '')}{name}")
    b.line(f"（令和{ctx.n(1, 6)}年条例第{ctx.n(1, 45)}号）")
    for art in range(1, ctx.n(3, 5)):
        b.line(
            f"第{art}条　{ctx.c(('この条例は、', '市長は、', '前条の規定にかかわらず、'))}"
            + ctx.c(("市民の安全で安心な生活環境を確保することを目的とする。", "必要な措置を講ずるものとする。"))
        )
        if ctx.p(0.5):
            b.line(f"２　前項の手数料は、一件につき{ctx.n(2, 15) * 100}円とする。")
    b.line("附　則")
    b.line(f"この条例は、令和{ctx.n(7, 8)}年4月1日から施行する。")
    return b


def timetable(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    line = ctx.c(("市内循環バス 東ルート", "コミュニティバス みずほ台線", "デマンド交通 北部エリア"))
    b.line(f"{line} 時刻表（平日）")
    stops = ctx.rng.sample(
        ("市役所前", "駅東口", "総合病院", "桜台団地", "中央公民館", "旭町三丁目", "東雲小学校前"), 4
    )
    b.line("停留所\t" + "\t".join(f"{i}便" for i in range(1, 5)))
    base = ctx.n(6, 8) * 60 + ctx.n(0, 30)
    for i, s in enumerate(stops):
        times = [base + 90 * k + 7 * i for k in range(4)]
        b.line(s + "\t" + "\t".join(f"{t // 60}:{t % 60:02d}" for t in times))
    b.line(f"運賃 大人{ctx.n(1, 3) * 100}円・小学生以下無料。年末年始（12/29〜1/3）は運休。")
    return b


def budget(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(f"令和8年度 当初予算（{ctx.c(('一般会計', '国民健康保険特別会計', '介護保険特別会計'))}）歳出の概要")
    for item in ctx.rng.sample(("総務費", "民生費", "衛生費", "土木費", "教育費", "消防費", "公債費", "商工費"), 5):
        now, prev = ctx.n(100000, 9000000), ctx.n(100000, 9000000)
        b.line(f"{item}\t{now:,}千円\t前年度 {prev:,}千円\t増減 {now - prev:+,}千円")
    b.line("（単位：千円、端数調整のため合計が一致しない場合がある）")
    return b


def bids(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    work = ctx.c(("市道桜台線舗装補修工事", "中央公民館空調設備更新工事", "庁舎清掃業務委託", "学校給食配送業務"))
    b.line(f"入札結果　案件名：{work}")
    b.line(f"開札日：令和7年{ctx.n(4, 11)}月{ctx.n(1, 28)}日　予定価格：{ctx.n(1000, 90000) * 1000:,}円（税抜）")
    for _ in range(ctx.n(3, 5)):
        b.put(ctx.org(ctx.c(pools.COMPANIES))).line(f"　{ctx.n(900, 80000) * 1000:,}円")
    b.line(f"落札率 {ctx.n(80, 99)}.{ctx.n(0, 9)}%　契約番号 R7-{ctx.c(('土', '建', '委'))}-{ctx.n(1, 300)}")
    return b


def isbn_list(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("新着図書リスト（郷土資料）", "除籍候補図書", "選書リスト 児童書")))
    for _ in range(ctx.n(4, 6)):
        body = f"9784{ctx.n(10, 99)}{ctx.n(100000, 999999)}"
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
        isbn = body + str((10 - total % 10) % 10)
        title = ctx.c(("郷土の祭りと芸能", "ため池の四季", "はじめての俳句", "地域で支える子育て", "川と暮らし"))
        b.line(f"{title}　ISBN{isbn[:3]}-{isbn[3]}-{isbn[4:6]}-{isbn[6:12]}-{isbn[12]}　{ctx.n(1200, 3800)}円")
    return b


def lots(ctx: Ctx) -> Builder:
    b = neg_start(ctx)
    b.line(ctx.c(("備蓄品の在庫表です。期限の近いものを抽出して", "防災倉庫 棚卸し結果", "給食物資 ロット管理")))
    for _ in range(ctx.n(4, 6)):
        item = ctx.c(("アルファ米", "保存水2L", "簡易トイレ", "乾パン", "粉ミルク", "毛布"))
        jan = f"49{ctx.n(10000000000, 99999999999)}"
        b.line(
            f"{item}\tJAN {jan}\tLOT {ctx.c('ABCDK')}{ctx.n(2023, 2025)}{ctx.n(1, 12):02d}-{ctx.n(1, 99):02d}\t"
            f"期限 {ctx.n(2026, 2030)}.{ctx.n(1, 12):02d}\t{ctx.n(10, 900)}箱"
        )
    b.line(
        f"配送バーコード：{ctx.n(1, 9)}{ctx.n(100, 999)}{ctx.n(10, 99)}-{ctx.n(100, 999)}-{ctx.n(1, 9)}{ctx.c('ABCDE')}"
    )
    return b
