"""Free prose: 市報の人物紹介・表彰記事, encyclopedic paragraphs, 広報取材メモ, SNS 対応."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece

from . import addresses, dates, numbers, pools
from .layout import finish, staff, start
from .values import PROSE, Ctx, again, person, render, surname

SKILLS = (
    "竹細工",
    "和紙すき",
    "郷土料理",
    "ため池の保全",
    "民謡",
    "そば打ち",
    "こけし作り",
    "里山の植樹",
    "点字図書の製作",
)


def profile(ctx: Ctx) -> Builder:
    b = start(ctx)
    skill = ctx.c(SKILLS)
    p, nm = person(ctx, PROSE, honor=ctx.c(("さん", "さん", "")), age_group="elder")
    town = addresses.address(ctx, ("partial", "rural", "partial", "hokkaido_jo", "kyoto"))
    b.line(ctx.c(("【まちの人】", "＜ひと＞", "市報 人物紹介コーナー「この人に聞く」")))
    b.line("{t}で{s}を続けて{y}年になる{n}。", t=town, s=skill, y=str(ctx.n(20, 60)), n=nm)
    teacher = person(ctx, PROSE, honor="", age_group="elder")[1]
    b.line("若いころ、{t}に弟子入りし、{o}の倉庫を借りて修業した。", t=teacher, o=ctx.org(ctx.c(pools.COMPANIES)))
    b.line("今は{c}で工房を開き、小学生にも教えている。", c=render(ctx, p, "couple", ""))
    pupil = person(ctx, ("quoted", "prose", "with_age"), honor="", age_group="young")[1]
    b.line(
        "教え子の{p}は「先生の手は魔法みたい」と笑う。{s}さんは「続けてくれる人がいればそれでいい」と話した。",
        p=pupil,
        s=surname(ctx, p),
    )
    if ctx.p(0.5):
        b.line(
            "問い合わせは{o}（{t}）へ。",
            o=ctx.org(ctx.c(pools.FACILITIES)),
            t=f"0120-{ctx.n(100, 999)}-{ctx.n(100, 999)}",
        )
    return finish(ctx, b)


def award(ctx: Ctx) -> Builder:
    b = start(ctx)
    prize = ctx.c(("市民栄誉賞", "社会貢献賞", "文化功労賞", "スポーツ特別賞", "善行表彰"))
    b.line(f"{prize}の受賞者が決まりました")
    for _ in range(ctx.n(2, 3)):
        _p, nm = person(ctx, PROSE, honor=ctx.c(("さん", "")), age_group=ctx.c(("adult", "elder", "young")))
        where = addresses.address(ctx, ("partial", "partial", "plain", "kanji_num", "ward", "hokkaido_jo", "kyoto"))
        b.line(
            "{w}在住の{n}は、{y}年から{x}。",
            w=where,
            n=nm,
            y=str(ctx.n(1975, 2018)),
            x=ctx.c(
                (
                    "通学路の見守りを続けてきました",
                    "地元の消防団で活躍しています",
                    "全国大会で優勝しました",
                    "独居高齢者の配食ボランティアを続けています",
                )
            ),
        )
    b.line(
        "表彰式は{d}、{o}で行われ、市長から賞状が手渡されました。",
        d=f"{ctx.n(1, 12)}月{ctx.n(1, 28)}日",
        o=ctx.org(ctx.c(pools.FACILITIES)),
    )
    c = person(ctx, ("title", "quoted"), honor="")[1]
    b.line("選考委員長の{c}は「地域の誇り」と講評しました。", c=c)
    return finish(ctx, b)


def encyclopedia(ctx: Ctx) -> Builder:
    b = start(ctx)
    p, nm = person(ctx, ("prose", "variant", "reading_paren", "ruby", "cjk_kanji"), honor="", age_group="elder")
    born = ctx.n(1850, 1935)
    place = ctx.loc(ctx.c(pools.PREF_CITIES)[1])
    b.line(
        "{n}（{y}年 - {z}年）は、{p}出身の{j}。",
        n=nm,
        y=str(born),
        z=str(born + ctx.n(50, 90)),
        p=place,
        j=ctx.c(("教育者", "篤農家", "医師", "版画家", "実業家", "郷土史家")),
    )
    teacher = person(ctx, ("prose", "variant", "ruby"), honor="", age_group="elder")[1]
    b.line(
        "{a}年、{s}に入学し、{t}に師事した。",
        a=str(born + 18),
        s=ctx.org(ctx.c(("東京府師範学校", "私塾・明倫舎", "県立農学校"))),
        t=teacher,
    )
    pupils = [person(ctx, ("prose", "variant", "list"), honor="", age_group="elder")[1] for _ in range(ctx.n(1, 3))]
    joined: list[Piece] = []
    for i, pp in enumerate(pupils):
        if i:
            joined.append("、")
        joined.append(pp)
    b.add("門下からは").put(tuple(joined)).line("らが出た。")
    b.line(
        "晩年は{c}に住み、{s}の記録をまとめた。{n}の旧宅は現在{o}として公開されている。",
        c=addresses.address(ctx, ("rural", "banchi_no", "kanji_num", "partial", "kyoto")),
        s=ctx.c(SKILLS),
        n=surname(ctx, p),
        o=ctx.org(ctx.c(("郷土資料館", "記念文庫", "市民ギャラリー分館"))),
    )
    b.line(
        "没後、{w}の{z}が遺稿集を編んだ。",
        w=ctx.c(("妻", "長男", "孫", "門人")),
        z=person(ctx, ("prose", "relation", "given_only"), honor="", family=p)[1],
    )
    return finish(ctx, b)


def press(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("広報取材メモ（市報12月号）", "取材メモ：地域の話題", "【取材】子ども食堂の件")))
    p, nm = person(ctx, ("full_space", "title", "with_age", "hiragana", "katakana", "variant", "dono"), honor="")
    b.line(
        "取材先：{n}（{o}代表）",
        n=nm,
        o=ctx.org(ctx.c(("NPO法人ひだまり", "東雲子ども食堂", "若葉地区社会福祉協議会"))),
    )
    b.put(numbers.field(ctx, "PHONE_NUMBER", label="携帯", forms=numbers.MEMO["PHONE_NUMBER"])).put("\n")
    b.put(numbers.field(ctx, "EMAIL_ADDRESS", p=p)).put("\n")
    b.line("撮影：{s}。写真掲載は本人了承済み。ただし参加児童の顔はNG。", s=staff(ctx)[1])
    kid = person(ctx, ("given_only",), honor=ctx.c(("ちゃん", "くん")), age_group="child")[1]
    b.line("コメント：「{k}が最初は一人で来ていたのが、今は友だちを連れてくる」", k=kid)
    b.line("会場：{a}", a=addresses.address(ctx, addresses.PROSE))
    return finish(ctx, b)


def sns(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("SNS投稿への対応記録", "【X（旧Twitter）投稿 対応協議】", "市公式アカウントへのリプライ対応")))
    handle = ctx.c(("@mito_mama_2020", "@tsuchiura_daily", "@kitakanto_news", "@hanako_garden"))
    b.line(f"投稿者：匿名アカウント（{handle.lstrip('@')}）")
    p, nm = person(ctx, ("quoted", "full_space", "full_nospace", "katakana", "hiragana"), honor="")
    b.line("投稿内容：「市民課の窓口で{n}って職員に怒鳴られた。名札見たから間違いない」", n=nm)
    b.line(
        "→ 同日、本人から電話。実名は{x}と名乗る。",
        x=person(ctx, ("full_space", "full_zen", "reading_paren"), honor="")[1],
    )
    b.put(numbers.field(ctx, "PHONE_NUMBER", label="電話", forms=numbers.MEMO["PHONE_NUMBER"])).put("\n")
    b.line(
        "対応方針：職員{s}への聞き取り後、{d}が回答。投稿には返信しない。",
        s=surname(ctx, p),
        d=ctx.org(ctx.c(pools.DEPTS)),
    )
    return finish(ctx, b)


def birth_in_prose(ctx: Ctx) -> Builder:
    """A 市報 birth announcement paragraph (赤ちゃん紹介) with birth dates in running text."""
    b = start(ctx)
    b.line(ctx.c(("市報「すくすくベビー」掲載原稿", "おたんじょうおめでとう（掲載承諾分）")))
    for _ in range(ctx.n(2, 4)):
        mom, mn = person(ctx, ("list", "full_space", "full_nospace"), honor="", sex="F")
        baby = person(ctx, ("given_only", "relation"), honor="", age_group="baby", family=mom)
        bp = baby[0]
        b.line(
            "・{b}（{d}生まれ）　パパ・ママ：{m}",
            b=baby[1],
            d=dates.birth(ctx, bp, ("plain", "wareki", "gannen", "kanji_num")),
            m=mn,
        )
        b.line("　「{c}」", c=ctx.c(("元気にすくすく育ってね", "生まれてきてくれてありがとう", "笑顔いっぱいの毎日を")))
    b.line("（{o}）", o=ctx.org("広報広聴課"))
    return finish(ctx, b)


__all__ = ["again", "award", "birth_in_prose", "encyclopedia", "press", "profile", "sns"]
