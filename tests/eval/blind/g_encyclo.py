"""Encyclopedic paragraphs: biographies with names in running prose, organisations and places."""

from __future__ import annotations

from collections.abc import Callable

from .context import Ctx
from .model import Builder
from .places import CITIES, COMPANIES, UNIVERSITIES

OCCUPATIONS = (
    "陶芸家",
    "政治家",
    "実業家",
    "社会福祉事業家",
    "小説家",
    "日本画家",
    "歌人",
    "医師",
    "郷土史家",
    "声楽家",
    "建築家",
    "教育者",
    "俳人",
    "写真家",
    "彫刻家",
    "看護師",
    "農学者",
)
FOREIGN_JOBS = ("サッカー選手", "料理研究家", "僧侶", "宣教師", "技術者", "詩人", "社会運動家", "経済学者", "柔道家")
HOME_UNIVERSITY = {
    "ベトナム": "ハノイ国家大学",
    "ブラジル": "サンパウロ大学",
    "フィリピン": "フィリピン大学",
    "ネパール": "トリブバン大学",
    "韓国": "ソウル大学校",
}
WORKS = ("『川のほとりで』", "『北の灯』", "『土と炎』", "『ふるさと歳時記』", "『夜明けの歌』", "『白い道』")


def jp_bio(ctx: Ctx) -> Builder:
    b = Builder()
    p, teacher, spouse = ctx.jname(), ctx.jname(), ctx.jname()
    home = ctx.pick(CITIES)
    y1 = ctx.num(1880, 1965)
    b.add(
        "{n}（{k}、{y1}年 - {y2}）は、日本の{o}。",
        n=ctx.person(p, ctx.pick(["prose", "prose", "kanji"])),
        k=ctx.person(p, "kana"),
        y1=str(y1),
        y2=f"{y1 + ctx.num(50, 95)}年" if y1 < 1940 else "",
        o=ctx.pick(OCCUPATIONS),
    )
    b.add("{pr}{c}出身。", pr=ctx.loc(home.pref), c=ctx.loc(home.short + "市"))
    b.add("{u}を卒業後、{co}に入る。", u=ctx.org(ctx.pick(UNIVERSITIES[:8])), co=ctx.org(ctx.pick(COMPANIES)))
    b.add("{y}年ごろから{t}に師事し、", y=str(y1 + ctx.num(20, 30)), t=ctx.person(teacher, "prose"))
    b.add("代表作に{w}などがある。", w=ctx.pick(WORKS))
    if ctx.chance(0.6):
        b.add("妻は同じく{o}の{s}。", o=ctx.pick(OCCUPATIONS), s=ctx.person(spouse, "prose"))
    if ctx.chance(0.6):
        b.add("晩年は{l}のほとりに居を構え、", l=ctx.loc(ctx.pick(home.nature)))
        b.add(
            "{s}の旧宅は現在{f}として公開されている。", s=ctx.surname(p), f=ctx.pick(["記念館", "資料館", "市の文化財"])
        )
    return b


def foreign_bio(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fname()
    y1 = ctx.num(1940, 1998)
    b.add(
        "{k}（{r}、{y}年 - ）は、{c}出身の{j}。",
        k=ctx.fperson(f),
        r=ctx.fperson(f, "romanized"),
        y=str(y1),
        c=ctx.loc(f.country),
        j=ctx.pick(FOREIGN_JOBS),
    )
    uni = HOME_UNIVERSITY.get(f.country)
    b.add("{u}で学んだのち{y}年に来日し、", u=ctx.org(uni) if uni else "母国の大学", y=str(y1 + ctx.num(18, 35)))
    c = ctx.pick(CITIES)
    b.add("{c}を拠点に活動した。", c=ctx.loc(c.short + "市"))
    if ctx.chance(0.7):
        g = ctx.fname(f.country)
        if g == f:
            g = ctx.fname()
        b.add(
            "同郷の{g}とともに{o}を設立。",
            g=ctx.fperson(g),
            o=ctx.org(ctx.pick(["特定非営利活動法人にじいろネット", "多文化共生の会", f"{c.short}国際交流協会"])),
        )
    b.add("{s}は日本語教室の講師としても知られ、", s=ctx.fsurname(f))
    j = ctx.jname()
    b.add("その活動は{n}の著書{w}にも描かれている。", n=ctx.person(j, "prose"), w=ctx.pick(WORKS))
    return b


def river_article(ctx: Ctx) -> Builder:
    b = Builder()
    c = ctx.pick(CITIES)
    nat = ctx.pick(c.nature)
    if nat.endswith("川"):
        b.add(
            "{r}は、{p}を流れる{t}。流域には", r=ctx.loc(nat), p=ctx.loc(c.pref), t=ctx.pick(["一級河川", "二級河川"])
        )
    elif nat.endswith("湖"):
        b.add("{r}は、{p}にある湖。湖畔には", r=ctx.loc(nat), p=ctx.loc(c.pref))
    else:
        b.add("{r}は、{p}にある山。麓には", r=ctx.loc(nat), p=ctx.loc(c.pref))
    b.add("{s}や{f}があり、", s=ctx.loc(ctx.pick(c.stations)), f=ctx.loc(ctx.pick(c.facilities)))
    p = ctx.jname(False)
    b.add("江戸時代には代官の{n}が治水工事を行ったことで知られる。", n=ctx.person(p, "prose"))
    b.add("{s}の功績をたたえる碑が{f}に残る。", s=ctx.surname(p), f=ctx.loc(ctx.pick(c.facilities)))
    b.add("現在は{o}が管理している。", o=ctx.org(ctx.pick(["国土交通省", c.pref + "土木部", f"{c.short}市建設部"])))
    return b


def org_article(ctx: Ctx) -> Builder:
    b = Builder()
    c = ctx.pick(CITIES)
    founder, head = ctx.jname(), ctx.jname()
    b.add(
        "{o}は、{c}に本部を置く",
        o=ctx.org(
            ctx.pick(
                ["社会福祉法人みどりの会", "医療法人社団和光会", "学校法人青葉学園", "特定非営利活動法人にじいろネット"]
            )
        ),
        c=ctx.loc(c.short + "市"),
    )
    b.add(
        "{t}。{y}年、{f}らによって設立された。",
        t=ctx.pick(["社会福祉法人", "医療法人", "学校法人", "NPO法人"]),
        y=str(ctx.num(1950, 2010)),
        f=ctx.person(founder, "prose"),
    )
    b.add("{h}が理事長を務める。", h=ctx.person(head, ctx.pick(["prose", "kanji"])))
    if ctx.chance(0.6):
        f = ctx.fname()
        b.add(
            "{y}年からは{c}出身の{n}を職員に迎え、", y=str(ctx.num(2010, 2023)), c=ctx.loc(f.country), n=ctx.fperson(f)
        )
        b.add("外国人住民の生活相談にも取り組んでいる。")
    b.add("主な施設として{f}がある。", f=ctx.loc(ctx.pick(c.facilities)))
    return b


def sports_article(ctx: Ctx) -> Builder:
    b = Builder()
    c = ctx.pick(CITIES)
    b.add(
        "{t}は、{c}をホームタウンとする社会人サッカークラブ。",
        t=ctx.org(f"FC{c.short}ユナイテッド"),
        c=ctx.loc(c.short + "市"),
    )
    b.add("{y}年の地域リーグでは、", y=str(ctx.num(2005, 2023)))
    fs = [ctx.fname() for _ in range(ctx.num(1, 3))]
    for i, f in enumerate(fs):
        b.add("{sep}{n}", sep="、" if i else "", n=ctx.fperson(f))
    b.add("らの活躍で初優勝した。監督は{m}。", m=ctx.person(ctx.jname(False), "prose"))
    b.add("ホームスタジアムは{s}。", s=ctx.loc(f"{c.short}市陸上競技場"))
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (
    jp_bio,
    jp_bio,
    foreign_bio,
    foreign_bio,
    river_article,
    org_article,
    sports_article,
)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
