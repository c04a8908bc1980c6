# ruff: noqa: E501 - Japanese text is measured in display width
"""Hard negatives: municipal text with no personal data but many look-alike numbers and names of places."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .places import loc, org
from .values import Ctx, kanji_num

JOBS = ["福祉部長", "市民課長", "担当係長", "保健師", "ケースワーカー", "窓口担当者", "会計年度任用職員", "委員長"]
FACILITIES = ["市民文化会館", "中央図書館", "総合体育館", "東部市民センター", "こども科学館", "市役所本庁舎"]


def corp_number(ctx: Ctx) -> str:
    body = ctx.digits(12)
    s = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - s % 9) + body


def _statistics(ctx: Ctx, b: Builder) -> None:
    r = ctx.rng
    b.line("{pl}の人口動態（令和{y}年{m}月末現在）", pl=loc(ctx), y=str(r.randint(5, 8)), m=str(r.randint(1, 12)))
    b.line("区分\t男\t女\t計")
    for k in ["日本人", "外国人", "世帯数"]:
        a, c = r.randint(1000, 99999), r.randint(1000, 99999)
        b.line(f"{k}\t{a:,}\t{c:,}\t{a + c:,}")
    b.line("外国人住民のうち{c}国籍が{p}%、在留資格「技能実習」が{q}人。", c=loc(ctx, "ベトナム"),
           p=f"{r.randint(10, 40)}.{r.randint(0, 9)}", q=str(r.randint(100, 3000)))
    b.line("出生{a}件、死亡{d}件、転入{i}件（前年同月比 {x}%）", a=str(r.randint(50, 900)), d=str(r.randint(50, 900)),
           i=str(r.randint(100, 2000)), x=f"{r.choice('+-')}{r.randint(0, 9)}.{r.randint(0, 9)}")
    b.line("集計ID {i}　抽出日 2026/{m}/{d}", i=ctx.digits(12), m=str(r.randint(1, 11)), d=str(r.randint(1, 28)))


def _notice(ctx: Ctx, b: Builder) -> None:
    r = ctx.rng
    b.line("【お知らせ】{f}の臨時休館について", f=loc(ctx, r.choice(FACILITIES)))
    b.line("設備改修のため、令和{y}年{m}月{d}日から{k}日間休館します。", y=str(r.randint(7, 9)), m=str(r.randint(1, 12)),
           d=str(r.randint(1, 28)), k=kanji_num(r.randint(3, 30)))
    b.line("期間中の申請は{o}（本庁舎{f}階 {room}番窓口）で受け付けます。", o=org(ctx, r.choice(["市民課", "保険年金課", "税務課"])), f=str(r.randint(1, 8)),
           room=str(r.randint(1, 30)))
    b.line("工事請負者：{o}（法人番号 {n}）", o=org(ctx, r.choice(["株式会社北斗システム", "株式会社グリーンライフ"])),
           n=corp_number(ctx))
    b.line("契約番号 第{c}号／入札公告 {y}-{k}", c=ctx.digits(12), y=str(r.randint(2025, 2026)), k=ctx.digits(4))


def _procedure(ctx: Ctx, b: Builder) -> None:
    r = ctx.rng
    b.line("手続きの流れ（{o}）", o=org(ctx))
    b.line("1. 申請書の「個人番号」欄にマイナンバー（12桁）を記入してください。")
    b.line("2. 本人確認書類（運転免許証、パスポート、在留カード等）を提示してください。")
    b.line("3. 口座番号は通帳の見開きに記載の7桁を記入します。ゆうちょ銀行は記号（5桁）と番号（8桁）です。")
    b.line("4. 様式第{k}号は{pl}の{f}でも配布しています。", k=str(r.randint(1, 20)), pl=loc(ctx), f=loc(ctx, r.choice(FACILITIES)))
    b.line("根拠：{law}第{a}条第{p}項、同施行規則第{q}条", law=r.choice(["介護保険法", "国民健康保険法", "生活保護法", "番号法"]),
           a=str(r.randint(2, 120)), p=str(r.randint(1, 5)), q=str(r.randint(1, 40)))
    b.line("※電話番号・メールアドレス欄は任意です。記入例：000-0000-0000 は使わないでください。")


def _budget(ctx: Ctx, b: Builder) -> None:
    r = ctx.rng
    b.line("令和{y}年度 一般会計補正予算（第{k}号）概要", y=str(r.randint(7, 9)), k=str(r.randint(1, 6)))
    b.line("| 款 | 項 | 補正前 | 補正額 | 計 |")
    b.line("|---|---|---:|---:|---:|")
    for k in ["民生費", "衛生費", "教育費", "土木費"]:
        a, c = r.randint(10**8, 10**10), r.randint(10**6, 10**8)
        b.line(f"| {k} | {r.randint(1, 9)} | {a:,} | {c:,} | {a + c:,} |")
    b.line("所管：{o}　事業所番号 {n}", o=org(ctx, r.choice(["障害福祉課", "介護保険課", "財政課", "危機管理課"])), n=ctx.digits(10))
    b.line("システム改修（{o}、Ver.{v}、製品コード {p}）", o=org(ctx, "株式会社北斗システム"),
           v=f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}", p=f"HK-{ctx.digits(4)}-{ctx.digits(3)}")


def _faq(ctx: Ctx, b: Builder) -> None:
    r = ctx.rng
    b.line("Q. マイナンバーカードを失くしました。どうすればよいですか。")
    b.line("A. まず{o}に届け出て、受理番号（例：{n}）を控えてください。その後、{o2}で再発行を申請します。",
           o=org(ctx, "消防本部") if r.random() < 0.1 else org(ctx, r.choice(["市民課", "総務委員会"])),
           n=ctx.digits(12), o2=org(ctx, "市民課"))
    b.line("Q. 在留カードの更新はどこでできますか。")
    b.line("A. {o}で手続きします。{pl}から{st}までは約{k}分です。", o=org(ctx, "出入国在留管理局"), pl=loc(ctx),
           st=loc(ctx, r.choice(["仙台駅", "大倉山駅"])), k=str(r.randint(5, 60)))
    b.line("Q. 被保険者番号は何桁ですか。")
    b.line("A. 介護保険は10桁、後期高齢者医療は8桁です。担当の{j}にお尋ねください。", j=r.choice(JOBS))


def _minutes(ctx: Ctx, b: Builder) -> None:
    r = ctx.rng
    b.line("{c}　会議要旨（令和{y}年{m}月{d}日　第{room}会議室）", c=org(ctx, r.choice(["総務委員会", "厚生常任委員会"])),
           y=str(r.randint(7, 8)), m=str(r.randint(1, 12)), d=str(r.randint(1, 28)), room=str(r.randint(101, 805)))
    j1, j2 = r.sample(JOBS, 2)
    b.line("○委員　{pl}での見守り事業の実績を伺う。", pl=loc(ctx))
    b.line("○{j}　延べ{k}件、前年度比{p}%増です。", j=j1, k=f"{r.randint(100, 9999):,}", p=str(r.randint(1, 30)))
    b.line("○委員　議案第{a}号の予算額{y}千円の内訳は。", a=str(r.randint(1, 80)), y=f"{r.randint(1000, 999999):,}")
    b.line("○{j}　資料{k}ページのとおりです。", j=j2, k=str(r.randint(2, 40)))
    b.line("（午後{h}時{mm}分　閉会）", h=kanji_num(r.randint(1, 5)), mm=kanji_num(r.randint(1, 5) * 10))


KINDS = {"negative_statistics": _statistics, "negative_notice": _notice, "negative_procedure": _procedure,
         "negative_budget": _budget, "negative_faq": _faq, "negative_minutes": _minutes}


def negative(ctx: Ctx, kind: str) -> Builder:
    b = Builder()
    KINDS[kind](ctx, b)
    return b
