"""Council and committee minutes: speakers as ○○委員, △△部長, with names and roles."""

from __future__ import annotations

from collections.abc import Callable

from .context import Ctx
from .model import Builder, Val
from .people import JName

TOPICS = (
    "高齢者の見守り体制",
    "介護保険料の改定",
    "外国人住民への情報提供",
    "マイナ保険証への移行",
    "障害者手帳の交付事務",
    "避難行動要支援者名簿",
    "国民健康保険税の収納率",
    "地域包括支援センターの運営",
)
DEPT_TITLES = (
    "福祉部長",
    "高齢福祉課長",
    "障害福祉課長",
    "市民部長",
    "国保年金課長",
    "介護保険課長",
    "健康増進課長",
    "総務部長",
)
QUESTIONS = (
    "ただいまの件について伺います。",
    "昨年度と比べて件数はどのように推移しているのでしょうか。",
    "現場の職員の負担が大きいのではないかと懸念しております。",
    "周知の方法について、もう少し工夫ができないでしょうか。",
    "対象となる方への個別の連絡はどうなっていますか。",
)
REMARKS = (
    "他市の事例も参考にしながら検討してまいります。",
    "ご指摘の点につきましては、関係課と協議の上、対応してまいりたいと考えております。",
    "令和6年度の実績で申し上げますと、前年度比で約1割の増加となっております。",
    "予算の範囲内で、できる限り対応してまいります。",
)


def _speaker(ctx: Ctx, name: JName, role: str, style: int, first: bool) -> tuple[str | Val, ...]:
    """A speaker tag: ○佐藤委員 / ○福祉部長（伊藤拓也君） / ◆伊藤拓也福祉部長."""
    mark = ctx.pick(["○", "◯", "◆", "●"])
    if style == 0:
        return (mark, ctx.surname(name, "title") if not first else ctx.person(name, "title"), role, "　")
    if style == 1:
        return (
            mark,
            role,
            "（",
            ctx.person(name, ctx.pick(["kanji", "fullwidth_space"])),
            ctx.pick(["君", "", "さん"]),
            "）　",
        )
    return (mark, ctx.person(name, "title"), role, "　")


def committee(ctx: Ctx) -> Builder:
    b = Builder()
    b.line(
        "令和{y}年第{n}回{c}議会　{k}委員会会議録（抄）",
        y=str(ctx.num(5, 7)),
        n=str(ctx.num(1, 4)),
        c=ctx.org(ctx.city.short + "市"),
        k=ctx.pick(["文教福祉", "厚生", "総務", "市民福祉"]),
    )
    chair = ctx.jname()
    members = [ctx.jname() for _ in range(ctx.num(2, 3))]
    officials = [(ctx.jname(), ctx.pick(DEPT_TITLES)) for _ in range(2)]
    b.add("出席委員　")
    for i, m in enumerate([chair, *members]):
        b.add("{sep}{n}", sep="　" if i else "", n=ctx.person(m, ctx.pick(["fullwidth_space", "kanji"])))
    b.put("\n")
    b.line("議題　{t}", t=ctx.pick(TOPICS))
    b.line()
    style = ctx.rng.randrange(3)
    b.put(_speaker(ctx, chair, "委員長", 0, False)).line("ただいまから委員会を開会いたします。")
    spoken: set[str] = set()
    for _ in range(ctx.num(3, 6)):
        if ctx.chance(0.5):
            m = ctx.pick(members)
            b.put(_speaker(ctx, m, "委員", 0, m.sei not in spoken))
            spoken.add(m.sei)
            b.line(ctx.pick(QUESTIONS))
            continue
        else:
            o, role = ctx.pick(officials)
            b.put(_speaker(ctx, o, role, style, True))
        b.line(ctx.pick(REMARKS))
    if ctx.chance(0.5):
        b.line(
            "（{o}から資料提出あり）", o=ctx.org(ctx.pick(["高齢福祉課", "障害福祉課", "国保年金課", "社会福祉協議会"]))
        )
    return b


def council_question(ctx: Ctx) -> Builder:
    b = Builder()
    q, a = ctx.jname(), ctx.jname()
    b.line("一般質問　{n}議員", n=ctx.person(q, "title"))
    b.add("{s}議員の質問にお答えします。", s=ctx.surname(q, "title"))
    b.add(
        "{l}周辺の{x}については、",
        l=ctx.loc(ctx.pick(ctx.city.stations + ctx.city.facilities)),
        x=ctx.pick(["バリアフリー化", "交通安全対策", "空き店舗対策"]),
    )
    b.add(
        "{o}と協議を進めているところでございます。\n",
        o=ctx.org(ctx.pick(["東日本旅客鉄道", ctx.city.pref + "警察", "商工会議所"])),
    )
    b.line("（{r}　{n}）", r=ctx.pick(DEPT_TITLES), n=ctx.person(a, ctx.pick(["kanji", "fullwidth_space"])))
    if ctx.chance(0.5):
        b.add("再質問。{s}部長の答弁では具体的な時期が示されていない。", s=ctx.surname(a, "title"))
        b.add(
            "市民の{n}さんからも要望書が届いているはずだ。\n", n=ctx.person(ctx.jname(), ctx.pick(["kanji", "prose"]))
        )
    return b


def study_group(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("{t}検討会（第{n}回）議事要旨", t=ctx.pick(TOPICS), n=str(ctx.num(1, 5)))
    b.line("日時：{d} {h}時～", d=ctx.date_text(), h=str(ctx.num(9, 15)))
    b.line("場所：{l}", l=ctx.loc(ctx.pick(ctx.city.facilities)))
    prof = ctx.jname()
    b.line(
        "座長：{n}（{u}教授）",
        n=ctx.person(prof, ctx.pick(["kanji", "fullwidth_space"])),
        u=ctx.org(ctx.pick(["茨城大学", "信州大学", "富山大学", "熊本大学", "静岡大学", "群馬大学", "三重大学"])),
    )
    f = ctx.fname()
    b.line(
        "委員：{a}、{c}（{o}）", a=ctx.person(ctx.jname(), "kanji"), c=ctx.fperson(f), o=ctx.city_org("国際交流協会")
    )
    b.line("【主な意見】")
    b.line("・{s}座長：{r}", s=ctx.surname(prof, "title"), r=ctx.pick(REMARKS))
    b.line(
        "・{s}委員：{r}",
        s=ctx.fsurname(f),
        r=ctx.pick(
            ["母語での相談窓口を増やしてほしい", "やさしい日本語の通知を標準にすべき", "SNSでの発信が有効だと思う"]
        ),
    )
    b.line("・事務局（{o}）：{r}", o=ctx.org(ctx.pick(["高齢福祉課", "国際交流課", "地域福祉課"])), r=ctx.pick(REMARKS))
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (committee, committee, council_question, study_group)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
