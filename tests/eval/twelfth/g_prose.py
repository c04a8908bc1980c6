"""Free prose: local history, news items, obituaries, 表彰 lists, school newsletters."""

from __future__ import annotations

from tests.eval.twelfth import pools
from tests.eval.twelfth.address import town
from tests.eval.twelfth.ctx import Ctx
from tests.eval.twelfth.doc import Doc, loc, o
from tests.eval.twelfth.g_forms import city


def local_history(c: Ctx, d: Doc) -> None:
    r = c.rng
    a, b = c.person("m"), c.person()
    place = town(r)
    d.ln("【郷土のあゆみ】" + r.choice(("用水路を拓いた人々", "村の学校のはじまり", "養蚕と製糸の時代")))
    d.ln(
        "{pl}一帯は、江戸時代の終わりまで水の便が悪く、" + r.choice(("干ばつのたびに", "毎年のように")) + "田が荒れた。"
        "明治" + str(r.randint(5, 40)) + "年、名主の家に生まれた{a}は、私財を投じて堰の改修に取り組んだ。",
        pl=loc(place),
        a=c.name_as(a, "prose"),
    )
    d.ln(
        "工事を支えたのは、隣村の大工{b}であったと伝えられる。{bs}の残した日記は現在{lib}に保管されている。",
        b=c.name_as(b, "prose"),
        bs=c.name_as(b, "surname_only"),
        lib=o(c.rng.choice(("市立郷土資料館", "県立図書館", "中央公民館"))),
    )
    d.ln(
        "昭和"
        + str(r.randint(20, 50))
        + "年には{as}が記念碑を建立し、毎年"
        + str(r.randint(4, 10))
        + "月に慰霊祭が行われている。",
        **{"as": o(r.choice(pools.ASSOCS))},
    )
    if r.random() < 0.5:
        d.ln(
            "（参考：『{l}の歴史』第" + str(r.randint(2, 9)) + "巻、" + str(r.randint(1975, 2015)) + "年）",
            l=loc(city(c)),
        )


def news_item(c: Ctx, d: Doc) -> None:
    r = c.rng
    p = c.person()
    age = r.randint(19, 85)
    d.ln("【地域のニュース】" + c.other_date("md", 30))
    style = r.randrange(3)
    if style == 0:
        d.ln(
            "{l}{tw}の{n}さん（"
            + str(age)
            + "）が、"
            + r.choice(
                (
                    "全国俳句大会で大賞に選ばれた。",
                    "地元の小学校に図書を寄贈した。",
                    "40年間続けた通学路の見守りで感謝状を受けた。",
                )
            ),
            l=loc(city(c)),
            tw=loc(town(r)),
            n=c.name_as(p, "name_with_age"),
        )
    elif style == 1:
        d.ln(
            "{n}さん（"
            + str(age)
            + "）＝{l}在住＝は「"
            + r.choice(("続けてこられたのは家族のおかげ", "みんなで取った賞です", "まだまだ頑張りたい"))
            + "」と話した。",
            n=c.name_as(p, "name_with_age"),
            l=loc(city(c)),
        )
    else:
        d.ln(
            "{o}の会長を務める{n}さんは、" + r.choice(("会員の高齢化が課題だ", "若い世代に引き継ぎたい")) + "と語る。",
            o=o(r.choice(pools.ASSOCS)),
            n=c.name(p, ("prose", "kanji")),
        )
    d.ln(
        "授賞式は" + c.other_date("md", 20) + "、{h}で行われた。",
        h=o(r.choice(("市民会館", "県民文化センター", "総合体育館"))),
    )
    if r.random() < 0.5:
        d.ln(
            "{s}さんの妻{g}さん（" + str(r.randint(50, 85)) + "）も会場で見守った。",
            s=c.name_as(p, "surname_only"),
            g=c.name_as(c.relative(p, "f"), "relation"),
        )


def obituary(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("おくやみ（" + c.other_date("md", 5) + "受付分・{l}）", l=loc(city(c)))
    for _ in range(r.randint(3, 6)):
        p = c.person()
        heir = c.relative(p, "m")
        d.ln(
            "{n}さん（" + str(r.randint(70, 101)) + "）{tw}　喪主・" + r.choice(("長男", "次男", "夫")) + " {h}さん",
            n=c.name_as(p, "name_with_age"),
            tw=loc(town(r)),
            h=c.name_as(heir, "relation"),
        )
    d.ln("告別式の日程は各家にお問い合わせください。（掲載は遺族の了承済み）")


def commendation(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln("令和7年度 " + r.choice(("市政功労者表彰", "社会福祉功労者表彰", "善行表彰", "消防功労者表彰")) + " 受賞者")
    d.ln("表彰式：" + c.other_date("md", 40) + " {h}", h=o("市役所本庁舎 市民ホール"))
    for _ in range(r.randint(4, 7)):
        p = c.person()
        d.ln(
            r.choice(("・", "○", "")) + "{n}" + r.choice(("（{o}）", "　{o} 元会長", "　{o}")),
            n=c.name(p, ("kanji", "fullwidth_space", "prose", "attendance")),
            o=o(r.choice(pools.ASSOCS + pools.COMPANIES)),
        )
    d.ln("（順不同・敬称略）")


def school_newsletter(c: Ctx, d: Doc) -> None:
    r = c.rng
    sch = r.choice(pools.SCHOOLS)
    d.ln("{s}だより　第" + str(r.randint(3, 12)) + "号　" + c.other_date("wareki", 20), s=o(sch))
    kids = [c.person(r.choice(("m", "f")), foreign=r.random() < 0.1) for _ in range(r.randint(3, 5))]
    teacher = c.person()
    d.ln("校長 {n}", n=c.name(c.person(), ("kanji", "signature", "title")))
    d.ln(
        "秋の読書週間では、"
        + str(r.randint(2, 6))
        + "年生の{a}"
        + ("くん" if kids[0].gender == "m" else "さん")
        + "が、一人で"
        + str(r.randint(20, 60))
        + "冊を読みました。",
        a=c.name(kids[0], ("kanji", "given_only", "hiragana")),
    )
    d.ln(
        "なわとび大会では{b}"
        + ("くん" if kids[1].gender == "m" else "ちゃん")
        + "と{cc}"
        + ("くん" if kids[2].gender == "m" else "ちゃん")
        + "が二重とびで学年一位になりました。",
        b=c.name_as(kids[1], "given_only"),
        cc=c.name_as(kids[2], "given_only"),
    )
    d.ln(
        "{t}先生のクラスでは、{l}の農家さんの協力でさつまいも掘りをしました。",
        t=c.name_as(teacher, "title"),
        l=loc(city(c)),
    )
    for k in kids[3:]:
        d.ln(
            "「" + r.choice(("おおきいおいもがとれた", "みんなでたべたい", "また行きたい")) + "」（{g}）",
            g=c.name_as(k, "given_only"),
        )
    d.ln("保護者の皆様へ：" + c.other_date("md", 30) + "は{o}主催の防犯教室があります。", o=o(r.choice(pools.ASSOCS)))
