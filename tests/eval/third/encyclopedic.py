"""Wikipedia-style biography and history paragraphs."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

JOBS = ["政治家", "実業家", "陶芸家", "作家", "郷土史家", "医師", "建築家", "俳優", "元陸上競技選手", "社会運動家"]


def _bio_jp(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    full = ctx.name(p, ctx.pick(["kanji", "fullwidth_space", "prose"]))
    b.add("{n}（{k}、", n=full, k=ctx.name(p, "kana"))
    if ctx.chance(0.6):
        b.add("{d} - ）は、", d=ctx.birth(ctx.pick(["seireki", "wareki", "kanji_numerals", "spaced"]), 1930, 1990))
    else:
        b.add("{y}年 - ）は、", y=str(ctx.rng.randint(1930, 1990)))
    b.add("日本の{j}。{pl}出身。", j=ctx.pick(JOBS), pl=ctx.loc(kind=ctx.pick(["city", "pref"])))
    b.add(
        "{u}を卒業後、{o}に勤務した。",
        u=ctx.org(ctx.pick(["県立高崎高等学校", "市立第二中学校", "国立大学法人北辰大学"])),
        o=ctx.org(ctx.pick(["株式会社みどり建設", "市役所", "北辰信用金庫", "市民病院"])),
    )
    b.add(
        "{y}年に{pl}議会議員に初当選し、以後{n}期務めた。",
        y=str(ctx.rng.randint(1975, 2015)),
        pl=ctx.loc(),
        n=str(ctx.rng.randint(2, 6)),
    )
    if ctx.chance(0.5):
        b.add("妻は女優の{w}。", w=ctx.name(ctx.jp("f"), "prose"))
    if ctx.chance(0.5):
        b.add("英語表記は{r}。", r=ctx.name(p, "romanized"))
    b.add(
        "{s}の政治姿勢については、同僚議員の{q}が回顧録で詳しく触れている。",
        s=ctx.name(p, "surname_only"),
        q=ctx.name(ctx.jp(), "prose"),
    )
    return b


def _bio_foreign(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo()
    b.add("{k}（{r}、", k=ctx.name(f, "foreign_katakana"), r=ctx.name(f, "romanized"))
    if ctx.chance(0.5):
        b.add("{d} - ）は、", d=ctx.birth(ctx.pick(["seireki", "slash", "spaced"]), 1950, 1995))
    else:
        b.add("{y}年 - ）は、", y=str(ctx.rng.randint(1950, 1995)))
    b.add(
        "{nat}出身で日本在住の{j}。",
        nat=ctx.loc(f.nationality),
        j=ctx.pick(["料理研究家", "実業家", "通訳者", "サッカー指導者"]),
    )
    b.add("{y}年に来日し、{pl}で飲食店を開業した。", y=str(ctx.rng.randint(1990, 2015)), pl=ctx.loc())
    b.add("{s}は地域の{o}でボランティアとしても活動し、", s=ctx.name(f, "surname_only"), o=ctx.org("国際交流協会"))
    b.add("{y}年には{pl}の多文化共生推進委員に選ばれた。", y=str(ctx.rng.randint(2010, 2023)), pl=ctx.loc())
    if ctx.chance(0.5):
        sp = ctx.jp()
        b.add("配偶者は日本人の{w}で、", w=ctx.name(sp, "prose"))
        b.add("二人の共著に『{t}』がある。", t=ctx.pick(["台所から見た世界", "ふたつの故郷", "港町の食卓"]))
    return b


def _history(ctx: Ctx) -> Builder:
    b = Builder()
    p, q = ctx.jp(), ctx.jp()
    b.add(
        "{pl}の開拓は、明治初期に{p}が{r}の治水工事を行ったことに始まる。",
        pl=ctx.loc(),
        p=ctx.name(p, "prose"),
        r=ctx.loc(ctx.pick(["信濃川", "大川", "矢作川", "多摩川"])),
    )
    b.add("{s}は私財を投じて用水路を整え、", s=ctx.name(p, "surname_only"))
    b.add("その事業は弟子の{q}に引き継がれた。", q=ctx.name(q, "prose"))
    b.add(
        "現在の{o}の前身である村立学校も、{qs}の尽力で開校した。",
        o=ctx.org("市立第二中学校"),
        qs=ctx.name(q, "surname_only"),
    )
    if ctx.chance(0.6):
        f = ctx.fo(ctx.pick(["アメリカ", "イギリス"]))
        b.add(
            "また、お雇い外国人の{f}が{pl}で測量を指導した記録が残る。", f=ctx.name(f, "foreign_katakana"), pl=ctx.loc()
        )
    b.add("{p}の生家は現在、{m}として公開されている。", p=ctx.name(p, "prose"), m=ctx.loc("郷土資料館"))
    return b


def _athlete(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.add("{n}（{k}、", n=ctx.name(p, ctx.pick(["kanji", "prose"])), k=ctx.name(p, "kana"))
    b.add(
        "{d} - ）は、{pl}出身の元陸上競技選手。",
        d=ctx.birth(ctx.pick(["seireki", "wareki", "seireki", "spaced"]), 1960, 2000),
        pl=ctx.loc(),
    )
    b.add("{o}在学中に頭角を現し、", o=ctx.org(ctx.pick(["県立高崎高等学校", "市立第二中学校"])))
    b.add("{y}年の全日本選手権で優勝した。", y=str(ctx.rng.randint(1985, 2020)))
    b.add("指導者は{c}で、", c=ctx.name(ctx.jp(), "prose"))
    b.add("同期には{r}（{rr}）がいる。", r=ctx.name(ctx.jp(), "prose"), rr=ctx.pick(["マラソン", "競歩", "短距離"]))
    b.add(
        "引退後は{o}の陸上部監督を務める。{s}監督の下で育った選手は多い。",
        o=ctx.org("株式会社みどり建設"),
        s=ctx.name(p, "title"),
    )
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_bio_jp, _bio_foreign, _history, _athlete]
    return [gens[i % len(gens)](ctx) for i in range(n)]
