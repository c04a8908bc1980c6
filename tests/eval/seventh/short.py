"""Short everyday messages: one or two values in a few plain lines (most real traffic looks like this)."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.seventh.common import COMPANIES, DEPTS, FACILITIES, SCHOOLS, STATIONS, B, event_date
from tests.eval.seventh.ctx import Ctx


def short_chat(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    p = ctx.jp()
    k = r.randrange(8)
    if k == 0:
        b.line("{n}さんから電話ありました。折り返しお願いします🙏", n=ctx.name(p, ("surname_only", "kanji")))
    elif k == 1:
        b.line(
            "明日の打合せ、{n}{t}も出席です。{f}の2階会議室で。",
            n=ctx.name(p, "title"),
            t=ctx.title(),
            f=ctx.loc(ctx.choice(FACILITIES)),
        )
    elif k == 2:
        b.line("すみません、さっきの方の電話番号 {ph} です", ph=ctx.phone(("plain", "nohyphen")))
        b.line("メモ渡しそびれました💦")
    elif k == 3:
        b.line("{d}の{n}です。", d=ctx.org(ctx.choice(DEPTS)), n=ctx.name(p, ("kanji", "surname_only")))
        b.line("例の申請、本日受付しました。決裁まわします。")
    elif k == 4:
        b.line(
            "{n}様の件、住所が {ad} に変わってました。システム修正お願いします",
            n=ctx.name(p, "surname_only"),
            ad=ctx.address(("plain", "hyphen")),
        )
    elif k == 5:
        b.line(
            "今日は{n}さんお休みです。窓口は{m}さんと私で回します",
            n=ctx.name(p, "surname_only"),
            m=ctx.name(ctx.jp(), "surname_only"),
        )
    elif k == 6:
        b.line(
            "これ丁寧な文に直して→「{n}様 書類が足りません。もう一回来てください」",
            n=ctx.name(p, ("kanji", "surname_only")),
        )
    else:
        b.line(
            "AIさん、{s}の{n}先生に出すお礼メールの文面を考えて。行事は{e}。",
            s=ctx.org(ctx.choice(SCHOOLS)),
            n=ctx.name(p, "surname_only"),
            e=event_date(ctx),
        )
    return b


def short_news(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    p = ctx.jp()
    ci = ctx.city()[1]
    b.add("{c}は{d}、", c=ctx.loc(ci), d=event_date(ctx))
    k = r.randrange(3)
    if k == 0:
        b.add(
            "{st}前の花壇を手入れしてきた市民団体代表の{n}さんに感謝状を贈った。",
            st=ctx.loc(ctx.choice(STATIONS)),
            n=ctx.name(p, ("kanji", "fullwidth_space")),
        )
        b.add("活動は{y}年目になる。贈呈式には市長も出席した。", y=r.randint(5, 30))
    elif k == 1:
        b.add("{co}と災害時の物資供給に関する協定を結んだ。", co=ctx.org(ctx.choice(COMPANIES)))
        b.add("締結式で同社の{n}社長は「地域の役に立ちたい」と述べた。", n=ctx.name(p, ("kanji", "prose")))
        b.add("協定の締結は{n}件目。", n=r.randint(10, 60))
    else:
        b.add(
            "{f}の愛称を募集し、{n}さんの案を採用したと発表した。",
            f=ctx.loc(ctx.choice(FACILITIES)),
            n=ctx.name(p, ("kanji", "kana")),
        )
        b.add("応募は{n}件あった。愛称は来春から使う。", n=r.randint(100, 900))
    return b


def short_email(ctx: Ctx) -> Builder:
    b = B()
    p = ctx.jp()
    b.line("{d} 御中", d=ctx.org(ctx.choice(DEPTS)))
    b.line("")
    b.line("先日の説明会の資料を送ってください。よろしくお願いします。")
    b.line("")
    b.line("{n}", n=ctx.name(p, ("kanji", "fullwidth_space")))
    if ctx.chance(0.5):
        b.line("{em}", em=ctx.email(p, ("plain",)))
    return b
