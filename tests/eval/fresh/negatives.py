"""Hard negatives: numbers, dates and names of organisations and places, but nothing about any person."""

from __future__ import annotations

import random
from collections.abc import Callable

from stdnum import ean
from stdnum.jp import cn

from tests.eval.blind.model import Builder
from tests.eval.fresh import places as P
from tests.eval.fresh.digits import rand_digits, to_full
from tests.eval.fresh.values import Factory

_CORPS = ("株式会社みどり交通", "株式会社ケアパートナー", "中部電力パワーグリッド", "NPO法人多文化ひろば", "商工会議所")
_BOOKS = ("地域防災の手引き", "多文化共生のまちづくり", "介護保険制度の解説 2025年版", "自治体DX入門", "川と暮らす")
_ITEMS = ("コピー用紙A4", "トナーカートリッジ", "防災用保存水", "折りたたみ椅子", "ノートPC", "ブルーシート")


def _yen(r: random.Random) -> str:
    return f"{r.randint(1, 980):,}億{r.randint(1, 99) * 100:,}万円"


def _corp_no(r: random.Random) -> str:
    body = rand_digits(r, 12)
    return cn.calc_check_digit(body) + body


def _isbn(r: random.Random) -> str:
    body = "9784" + rand_digits(r, 8)
    full = body + ean.calc_check_digit(body)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def budget(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("令和{y}年度 一般会計予算（案）の概要", y=str(r.randint(6, 8)))
    b.line("歳入総額 {a}（前年度比 {p}％増）", a=_yen(r), p=f"{r.randint(1, 59) / 10:.1f}")
    for item in r.sample(("市税", "地方交付税", "国庫支出金", "市債", "民生費", "土木費", "教育費", "衛生費"), 4):
        b.line("・{i}　{a}", i=item, a=_yen(r))
    b.line("重点事業: {place}の再整備（{a}）、{o}への補助", place=f.loc(P.FACILITIES), a=_yen(r), o=f.org(P.PARTNERS))
    b.line("文書番号: 相財第{n}号　担当: {o}", n=str(r.randint(100, 9999)), o=f.org("税務課"))
    return b


def statistics(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("人口と世帯（令和7年{m}月1日現在）", m=str(r.randint(1, 12)))
    b.line("総人口 {p}人　世帯数 {h}世帯", p=f"{r.randint(100_000, 800_000):,}", h=f"{r.randint(50_000, 400_000):,}")
    for _ in range(r.randint(3, 5)):
        b.line(
            "{place}　{p}人（{c}人）",
            place=f.loc(P.DISTRICTS),
            p=f"{r.randint(1000, 90000):,}",
            c=f"{r.randint(-300, 300):+}",
        )
    b.line(
        "外国人住民 {n}人（{country}、{country2}の順に多い）",
        n=f"{r.randint(1000, 20000):,}",
        country=f.loc(r.choice(("ベトナム", "中国", "フィリピン"))),
        country2=f.loc(r.choice(("ネパール", "ブラジル"))),
    )
    b.line("出典: {o}　表{t}-{u}", o=f.org("総務省"), t=str(r.randint(1, 9)), u=str(r.randint(1, 30)))
    return b


def ordinance(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    year, no = r.randint(1, 7), r.randint(1, 60)
    b.line(
        "{place}多文化共生推進条例（令和{y}年条例第{n}号）",
        place=f.loc(r.choice(("浜松市", "川口市", "高崎市"))),
        y=str(year),
        n=str(no),
    )
    b.line("第1条　この条例は、{o}と市民が協働し、地域社会の発展に寄与することを目的とする。", o=f.org("国際交流協会"))
    b.line(
        "第{a}条　市は、{place}における相談体制の整備に努めるものとする。",
        a=str(r.randint(2, 9)),
        place=f.loc(P.DISTRICTS),
    )
    b.line(
        "附則　この条例は、令和{y}年4月1日から施行する。（改正 令和{y2}年条例第{n2}号）",
        y=str(year + 1),
        y2=str(min(year + 2, 8)),
        n2=str(r.randint(1, 60)),
    )
    return b


def notice(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("相福第{y}-{n}号", y=str(r.choice((2024, 2025))), n=f"{r.randint(1, 9999):04d}")
    b.line("令和7年{m}月{d}日", m=str(r.randint(1, 12)), d=str(r.randint(1, 28)))
    b.line("各{o}長　様", o=f.org(r.choice(("地域包括支援センターみなみ", "社会福祉協議会", "市立中央図書館"))))
    b.line("{o}長", o=f.org("介護保険課"))
    b.line("第10期介護保険事業計画の策定に係る調査について（依頼）")
    b.line(
        "標記について、別添の調査票（様式第{k}号）により{m}月{d}日までに回答願います。",
        k=str(r.randint(1, 12)),
        m=str(r.randint(1, 12)),
        d=str(r.randint(1, 28)),
    )
    b.line(
        "参考: {o}通知（老発{n}第{x}号）",
        o=f.org("厚生労働省"),
        n=f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
        x=str(r.randint(1, 9)),
    )
    return b


def corporations(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("令和7・8年度 入札参加資格者名簿（抜粋）")
    for name in r.sample(_CORPS, 3):
        no = _corp_no(r)
        shown = no if r.random() < 0.6 else f"{no[0]}-{no[1:5]}-{no[5:9]}-{no[9:]}"
        b.line(
            "法人番号 {no}　{o}　所在地 {place}　等級 {g}",
            no=shown if r.random() < 0.8 else to_full(shown),
            o=f.org(name),
            place=f.loc(P.HOMETOWNS),
            g=r.choice("ABCD"),
        )
    b.line("資本金 {c}万円以上の事業者に限る。", c=f"{r.randint(1, 50) * 100:,}")
    return b


def library(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("{o} 新着図書案内（{m}月号）", o=f.org("市立中央図書館"), m=str(r.randint(1, 12)))
    for title in r.sample(_BOOKS, 3):
        b.line(
            "『{t}』 ISBN{i}　請求記号 {c}/{k}　{p}ページ　{y}年刊",
            t=title,
            i=_isbn(r),
            c=f"{r.randint(100, 999)}.{r.randint(1, 9)}",
            k=r.choice("アカサタナハマ"),
            p=str(r.randint(80, 420)),
            y=str(r.randint(2019, 2025)),
        )
    b.line("貸出期間は2週間、1人10冊まで。予約は{place}の分館でも受け付けます。", place=f.loc(P.DISTRICTS))
    return b


def orders(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("物品購入伺（{o}）", o=f.org(P.DEPTS))
    for item in r.sample(_ITEMS, 3):
        jan = "49" + rand_digits(r, 10)
        b.line(
            "品名 {i}　型番 {m}　JAN {j}　数量 {q}　単価 {u}円",
            i=item,
            m=f"{r.choice(('XJ', 'KP', 'A'))}-{r.randint(1000, 9999)}-{r.choice(('BK', 'WH', '01'))}",
            j=jan + ean.calc_check_digit(jan),
            q=str(r.randint(1, 200)),
            u=f"{r.randint(100, 250000):,}",
        )
    b.line(
        "注文番号 PO-2025-{n}　受注番号 {o}　見積番号 {e}",
        n=f"{r.randint(1, 999999):06d}",
        o=rand_digits(r, 12),
        e=f"Q{rand_digits(r, 11)}",
    )
    b.line(
        "納入場所: {place}　納期 令和7年{m}月{d}日",
        place=f.loc(P.FACILITIES),
        m=str(r.randint(1, 12)),
        d=str(r.randint(1, 28)),
    )
    return b


def schedule(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("{o} 会議日程（第{n}回）", o=f.org(P.DEPTS + P.PARTNERS), n=str(r.randint(1, 12)))
    h = r.randint(9, 14)
    b.line(
        "{h}:00〜{h}:30　開会・資料確認（資料1 p.{p}〜{q}）",
        h=str(h),
        p=str(r.randint(1, 20)),
        q=str(r.randint(21, 60)),
    )
    b.line(
        "{h}:30〜{h2}:15　議題1 {place}の整備方針について",
        h=str(h),
        h2=str(h + 1),
        place=f.loc(P.FACILITIES + P.DISTRICTS),
    )
    b.line("{h2}:15〜{h2}:45　議題2 {o}との協定締結", h2=str(h + 1), o=f.org(P.PARTNERS + P.EMPLOYERS))
    b.line(
        "会場: {place} 第{k}会議室（定員{c}名）",
        place=f.loc("東地区コミュニティセンター"),
        k=str(r.randint(1, 5)),
        c=str(r.randint(20, 120)),
    )
    return b


def release(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    old = f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    b.line("庁内システム更新のお知らせ（{o}）", o=f.org(r.choice(("総務課", "市民課", "税務課"))))
    b.line(
        "住民記録システムを v{a} から v{a2} に更新します。ビルド番号 {bd}",
        a=old,
        a2=old + ".1",
        bd=f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 9)}",
    )
    b.line(
        "停止時間: {h}:00〜{h2}:30（約{n}分）",
        h=str(r.randint(18, 20)),
        h2=str(r.randint(21, 23)),
        n=str(r.randint(60, 240)),
    )
    b.line(
        "対象端末: {n}台　パッチ KB{k}　証明書シリアル {s}",
        n=str(r.randint(10, 900)),
        k=rand_digits(r, 7),
        s=rand_digits(r, 16),
    )
    return b


def place_article(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line(
        "{o}は{y}年に設立され、{place}に本部を置く。",
        o=f.org(P.PARTNERS),
        y=str(r.randint(1950, 2015)),
        place=f.loc(P.HOMETOWNS),
    )
    b.line(
        "{place}流域の{place2}と連携し、{o}とともに防災教育に取り組んでいる。",
        place=f.loc(r.choice(("相模川", "多摩川"))),
        place2=f.loc(P.FACILITIES),
        o=f.org(P.PARTNERS),
    )
    b.line(
        "年間の利用者は約{n}万人で、{region}でも有数の規模である。", n=str(r.randint(1, 90)), region=f.loc(P.REGIONS)
    )
    if r.random() < 0.5:
        b.line(
            "最寄りは{place}から徒歩{m}分。開館は9:00〜17:00、第{k}月曜休館。",
            place=f.loc("北口ロータリー"),
            m=str(r.randint(3, 20)),
            k=str(r.randint(1, 4)),
        )
    return b


NEGATIVES: tuple[tuple[str, Callable[[Factory], Builder]], ...] = (
    ("neg_budget", budget),
    ("neg_statistics", statistics),
    ("neg_ordinance", ordinance),
    ("neg_notice", notice),
    ("neg_corporations", corporations),
    ("neg_library", library),
    ("neg_orders", orders),
    ("neg_schedule", schedule),
    ("neg_release", release),
    ("neg_place_article", place_article),
)
