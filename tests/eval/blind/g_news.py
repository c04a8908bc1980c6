"""News-like paragraphs about the city: residents, officials and organisations."""

from __future__ import annotations

from collections.abc import Callable

from .context import Ctx
from .model import Builder
from .places import COMPANIES, NATIONAL_ORGS

EVENTS = (
    "市民マラソン大会",
    "菊まつり",
    "防災フェア",
    "子ども食堂の交流会",
    "花火大会",
    "朝市",
    "写真コンテスト",
    "囲碁大会",
)
PRIZES = ("最優秀賞", "市長賞", "金賞", "奨励賞", "特別賞")
JOBS = ("会社員", "無職", "農業", "自営業", "パート従業員", "高校2年", "大学生", "会社役員")


def award(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    form = ctx.pick(["kanji", "fullwidth_space", "prose"])
    b.add(
        "{c}の{n}さん（{a}）が、",
        c=ctx.loc(ctx.city.name + ctx.pick(ctx.city.towns)),
        n=ctx.person(p, form),
        a=str(ctx.num(9, 88)),
    )
    b.add(
        "{o}主催の{e}で{pr}を受賞した。",
        o=ctx.org(ctx.pick(["茨城新聞社", "地元商工会議所", f"{ctx.city.short}市教育委員会", "日本写真協会"])),
        e=ctx.pick(EVENTS),
        pr=ctx.pick(PRIZES),
    )
    b.add(
        "{s}さんは「{q}」と喜びを語った。",
        s=ctx.surname(p),
        q=ctx.pick(
            [
                "家族の支えのおかげです",
                "まさか選ばれるとは思わなかった",
                "来年も挑戦したい",
                "地元の魅力を伝えられてうれしい",
            ]
        ),
    )
    if ctx.chance(0.5):
        b.add("作品は{d}まで{l}で展示される。", d=ctx.date_text(), l=ctx.loc(ctx.pick(ctx.city.facilities)))
    return b


def accident(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.add(
        "{d}午後{h}時ごろ、{c}の{r}で、",
        d=ctx.date_text(),
        h=str(ctx.num(1, 9)),
        c=ctx.loc(ctx.city.name + ctx.pick(ctx.city.towns)),
        r=ctx.pick(["市道", "県道交差点", "国道沿いの歩道", "スーパー駐車場"]),
    )
    b.add(
        "近くに住む{j}、{n}さん（{a}）が{x}。",
        j=ctx.pick(JOBS),
        n=ctx.person(p, ctx.pick(["kanji", "prose", "fullwidth_space"])),
        a=str(ctx.num(7, 92)),
        x=ctx.pick(
            [
                "軽乗用車にはねられ、足の骨を折る重傷",
                "自転車ごと転倒して頭を打ち、病院に運ばれた",
                "倒れているのを通行人が見つけた",
            ]
        ),
    )
    b.add("{o}が事故の原因を調べている。", o=ctx.org(f"{ctx.city.short}警察署"))
    if ctx.chance(0.5):
        b.add(
            "{s}さんは{h}に搬送されたが、命に別条はないという。",
            s=ctx.surname(p),
            h=ctx.org(ctx.pick(ctx.city.hospitals)),
        )
    return b


def agreement(ctx: Ctx) -> Builder:
    b = Builder()
    mayor, boss = ctx.jname(), ctx.jname()
    org = ctx.pick(COMPANIES)
    b.add("{c}は{d}、{o}と", c=ctx.org(ctx.city.name), d=ctx.date_text(), o=ctx.org(org))
    b.add("「{x}」を締結した。", x=ctx.pick(["災害時における物資供給に関する協定", "高齢者見守り協定", "包括連携協定"]))
    b.add(
        "市役所で行われた締結式で、{m}市長は「{q}」とあいさつ。",
        m=ctx.person(mayor, "title"),
        q=ctx.pick(["市民の安心につながる", "官民連携の一歩としたい", "地域の力を結集したい"]),
    )
    b.add(
        "同社の{n}{t}は「{q}」と応じた。",
        n=ctx.person(boss, "title"),
        t=ctx.pick(["社長", "代表取締役", "理事長", "支店長"]),
        q=ctx.pick(["地域に恩返ししたい", "できることから取り組む", "迅速に対応できる体制を整える"]),
    )
    return b


def personnel(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("{c}人事異動（{d}付）", c=ctx.org(ctx.city.name), d=ctx.date_text())
    for _ in range(ctx.num(3, 6)):
        p = ctx.jname()
        new = ctx.pick(
            ["福祉部長", "市民部次長", "高齢福祉課長", "税務課長", "会計管理者", "障害福祉課長補佐", "危機管理監"]
        )
        old = ctx.pick(["総務課長", "市民課長", "保健センター所長", "財政課長", "議会事務局次長"])
        b.line("▽{new}　{n}（{old}）", new=new, n=ctx.person(p, ctx.pick(["fullwidth_space", "kanji"])), old=old)
    return b


def event_report(ctx: Ctx) -> Builder:
    b = Builder()
    chair = ctx.jname()
    b.add(
        "{l}で{d}、{e}が開かれ、約{n}人が来場した。",
        l=ctx.loc(ctx.pick(ctx.city.facilities + ctx.city.nature)),
        d=ctx.date_text(),
        e=ctx.pick(EVENTS),
        n=f"{ctx.num(2, 80) * 100:,}",
    )
    b.add(
        "実行委員長の{c}さん（{a}）は「{q}」と話した。",
        c=ctx.person(chair, ctx.pick(["kanji", "prose"])),
        a=str(ctx.num(40, 80)),
        q=ctx.pick(["天気に恵まれて何より", "若い人の参加が増えた", "来年は規模を広げたい"]),
    )
    if ctx.chance(0.6):
        f = ctx.fname()
        b.add(
            "{c}出身で{o}に勤める{n}さんも家族で訪れ、",
            c=ctx.loc(f.country),
            o=ctx.org(ctx.pick(COMPANIES)),
            n=ctx.fperson(f),
        )
        b.add("「日本のお祭りは初めて。とても楽しい」と笑顔を見せた。")
    return b


def officials_only(ctx: Ctx) -> Builder:
    b = Builder()
    head = ctx.jname()
    b.add(
        "{o}は{d}、{c}内の{x}を公表した。",
        o=ctx.org(ctx.pick(NATIONAL_ORGS)),
        d=ctx.date_text(),
        c=ctx.loc(ctx.city.pref),
        x=ctx.pick(["高齢化率の推計", "福祉サービスの利用状況", "外国人住民数の統計", "相談窓口の利用件数"]),
    )
    office, title = ctx.pick(
        [
            (f"{ctx.city.short}年金事務所", "所長"),
            (ctx.city.pref + "福祉部", "部長"),
            ("全国健康保険協会", "支部長"),
            (ctx.city.pref + "国際課", "課長"),
        ]
    )
    b.add(
        "{o}の{n}{t}は「{q}」と述べた。",
        o=ctx.org(office),
        n=ctx.person(head, "title"),
        t=title,
        q=ctx.pick(["丁寧な周知に努める", "関係機関と連携したい", "相談体制を強化する"]),
    )
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (award, accident, agreement, personnel, event_report, officials_only)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
