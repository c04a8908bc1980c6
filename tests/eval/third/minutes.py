"""Council and committee minutes."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

TOPICS = [
    "地域公共交通の見直し",
    "介護人材の確保",
    "外国人住民への情報提供",
    "生成AIの業務利用",
    "学校給食費の無償化",
    "空き家対策",
    "子どもの居場所づくり",
    "マイナンバーカードの交付体制",
]


def _speaker(ctx: Ctx, style: int, b: Builder, role: str, p, form: str = "") -> None:
    """One speaker line head; ``style`` is fixed per document, as a real record uses one convention."""
    v = ctx.name(p, "title" if style == 2 else form or ctx.pick(["kanji", "fullwidth_space", "surname_only"]))
    if style == 0:
        b.add("○{r}（{n}君）　", r=role, n=v)
    elif style == 1:
        b.add("◆{r}（{n}）　", r=role, n=v)
    else:
        b.add("【{n}{r}】", n=v, r=role)


def _plenary(ctx: Ctx) -> Builder:
    b = Builder()
    st = ctx.rng.randint(0, 2)
    chair, mem, head = ctx.jp(), ctx.jp(), ctx.jp()
    topic = ctx.pick(TOPICS)
    _speaker(ctx, st, b, "議長", chair)
    b.line("次に、{m}議員の一般質問を許します。", m=ctx.name(mem, "title"))
    _speaker(ctx, st, b, "議員", mem)
    b.line(
        "{t}について伺います。{pl}では昨年度、相談件数が{n}件に増えたと聞いております。市の認識をお示しください。",
        t=topic,
        pl=ctx.loc(),
        n=str(ctx.rng.randint(30, 900)),
    )
    _speaker(ctx, st, b, ctx.pick(["福祉部長", "市民部長", "企画部長", "教育部長"]), head)
    b.line(
        "お答えいたします。{o}において体制を強化しており、{y}年度は職員を{k}名増員いたしました。",
        o=ctx.dept(),
        y=ctx.pick(["令和6", "令和7"]),
        k=str(ctx.rng.randint(1, 6)),
    )
    if ctx.chance(0.6):
        b.line(
            "なお、先ほど{m}議員からご指摘のあった点については、{h}課長から補足いたします。",
            m=ctx.name(mem, "title"),
            h=ctx.name(ctx.jp(), "title"),
        )
    _speaker(ctx, st, b, "議長", chair, "surname_only")
    b.add("以上で{m}議員の質問を終わります。", m=ctx.name(mem, ctx.pick(["kanji", "prose"])))
    return b


def _committee(ctx: Ctx) -> Builder:
    b = Builder()
    st = ctx.rng.randint(0, 2)
    chair, m1, m2, staff = ctx.jp(), ctx.jp(), ctx.jp(), ctx.jp()
    b.line("{c}常任委員会　会議録", c=ctx.pick(["厚生", "総務", "文教", "建設"]))
    b.line(
        "出席委員　委員長 {a}　副委員長 {b2}　委員 {c}",
        a=ctx.name(chair, "fullwidth_space"),
        b2=ctx.name(m1, "kanji"),
        c=ctx.name(m2, "kanji"),
    )
    b.line("説明員　{o}長 {s}", o=ctx.dept(), s=ctx.name(staff, "kanji"))
    b.line("")
    _speaker(ctx, st, b, "委員長", chair, "surname_only")
    b.line("議案第{n}号を議題とします。説明を求めます。", n=str(ctx.rng.randint(10, 80)))
    _speaker(ctx, st, b, "課長", staff)
    b.line(
        "本案は{pl}の{f}の指定管理者を{o}とするものでございます。",
        pl=ctx.loc(kind="district"),
        f=ctx.loc(kind="facility"),
        o=ctx.org(ctx.pick(["株式会社みどり建設", "NPO法人ともいき", "社会福祉協議会"])),
    )
    _speaker(ctx, st, b, "委員", m2)
    b.line(
        "選定委員会の委員には{x}氏が入っていると聞くが、利害関係の確認は。",
        x=ctx.name(ctx.jp(), ctx.pick(["kanji", "surname_only"])),
    )
    _speaker(ctx, st, b, "課長", staff, "surname_only")
    b.line("{x}委員からは事前に申告書の提出を受けております。", x=ctx.name(ctx.jp(), "title"))
    b.add("〔{c}委員長、採決を宣告〕", c=ctx.name(chair, "title"))
    return b


def _petition(ctx: Ctx) -> Builder:
    b = Builder()
    st = ctx.rng.randint(0, 2)
    p, intro = ctx.jp(), ctx.jp()
    b.line("請願第{n}号　{t}を求める請願", n=str(ctx.rng.randint(1, 20)), t=ctx.pick(TOPICS))
    b.line("請願者　住所　{a}", a=ctx.addr())
    b.line(
        "　　　　氏名　{p}　ほか{k}名",
        p=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])),
        k=str(ctx.rng.randint(20, 900)),
    )
    b.line("紹介議員　{i}", i=ctx.name(intro, "fullwidth_space"))
    b.line("")
    _speaker(ctx, st, b, "委員", ctx.jp())
    b.line(
        "請願者の{s}さんから直接お話を伺ったが、{pl}の実情は深刻だ。",
        s=ctx.name(p, "surname_only"),
        pl=ctx.loc(kind="district"),
    )
    _speaker(ctx, st, b, "紹介議員", intro, "surname_only")
    b.add("地元の{o}とも連携し、早期の対応を求めたい。", o=ctx.ext())
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_plenary, _committee, _petition]
    return [gens[i % len(gens)](ctx) for i in range(n)]
