"""News-like paragraphs about local events."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

EVENTS = ["防災訓練", "夏祭り", "清掃活動", "子ども食堂", "敬老会", "マラソン大会", "多文化共生フェスタ", "花火大会"]


def _n1(ctx: Ctx) -> Builder:
    b = Builder()
    p, q = ctx.jp(), ctx.jp()
    age = ctx.rng.randint(20, 88)
    b.add(
        "{city}の{place}で{d}日、地域住民による{ev}が行われ、約{n}人が参加した。",
        city=ctx.loc(),
        place=ctx.loc(ctx.pick(["中央公民館", "総合体育館", "駅前広場", "市民会館"])),
        d=str(ctx.rng.randint(1, 28)),
        ev=ctx.pick(EVENTS),
        n=str(ctx.rng.randint(3, 40) * 10),
    )
    b.add(
        "実行委員長の{p}さん（{a}）は「{s}」と話した。",
        p=ctx.name(p, ctx.pick(["kanji", "prose"])),
        a=str(age),
        s=ctx.pick(["来年も続けたい", "若い人が増えてうれしい", "けが人がなくて何より"]),
    )
    b.add("会場では{o}の職員が案内にあたり、同課の{q}係長は「", o=ctx.dept(), q=ctx.name(q, "title"))
    b.add("参加者の声を次に生かしたい」と述べた。")
    if ctx.chance(0.6):
        b.add("問い合わせは同実行委員会（{t}）へ。", t=ctx.num("PHONE_NUMBER"))
    if ctx.chance(0.4):
        r = ctx.jp()
        b.add("{r}市長も会場を訪れ、参加者に声をかけた。", r=ctx.name(r, "prose"))
    return b


def _n2(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.add(
        "{city}{town}の{p}さん（{a}）が、{river}で溺れかけた小学生を助けたとして、",
        city=ctx.loc(),
        town="",
        p=ctx.name(p, ctx.pick(["kanji", "prose", "fullwidth_space"])),
        a=str(ctx.rng.randint(18, 75)),
        river=ctx.loc(ctx.pick(["多摩川", "信濃川", "大川", "矢作川"])),
    )
    b.add("{o}から感謝状を贈られた。", o=ctx.org(ctx.pick(["消防本部", "警察署", "市消防局"])))
    b.add("{s}さんは「体が自然に動いた」と振り返った。", s=ctx.name(p, "surname_only"))
    c = ctx.jp()
    b.add("贈呈式では{c}署長が「勇気ある行動に敬意を表したい」とたたえた。", c=ctx.name(c, "title"))
    if ctx.chance(0.5):
        b.add("助けられた児童の母親、{m}さんも式に出席した。", m=ctx.name(ctx.jp("f"), "kanji"))
    return b


def _n3(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo()
    b.add(
        "{place}で暮らす{nat}出身の{f}さん（{a}）が、{o}の日本語スピーチコンテストで最優秀賞に選ばれた。",
        place=ctx.loc(),
        nat=ctx.loc(f.nationality),
        f=ctx.name(f, ctx.pick(["foreign_katakana", "romanized"]) if not f.family else "kanji"),
        a=str(ctx.rng.randint(19, 45)),
        o=ctx.org(ctx.pick(["国際交流協会", "国際交流課", "NPO法人ともいき"])),
    )
    b.add("来日して{y}年目。工場で働きながら夜間の日本語教室に通ってきた。", y=str(ctx.rng.randint(2, 9)))
    t = ctx.jp()
    b.add("指導した日本語教師の{t}さんは「努力の結果です」と喜んだ。", t=ctx.name(t, ctx.pick(["kanji", "prose"])))
    b.add("表彰式は{pl}で開かれ、{k}教育長が賞状を手渡した。", pl=ctx.loc("市民会館"), k=ctx.name(ctx.jp(), "title"))
    return b


def _n4(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.add(
        "{o}は{d}日、同課の職員が住民の個人情報を含む書類を紛失したと発表した。",
        o=ctx.dept(),
        d=str(ctx.rng.randint(1, 28)),
    )
    b.add("書類には約{n}人分の氏名や住所が記載されていた。", n=str(ctx.rng.randint(10, 300)))
    b.add("{p}課長は記者会見で「深くおわび申し上げる」と陳謝した。", p=ctx.name(p, "title"))
    b.add("市は対象者に個別に連絡しており、専用窓口（{t}）を設けた。", t=ctx.num("PHONE_NUMBER", "free"))
    if ctx.chance(0.5):
        b.add("問い合わせはメール（{e}）でも受け付ける。", e=ctx.email(company=True))
    return b


def _n5(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.add(
        "{city}の{o}で{d}日、{y}歳の誕生日を迎えた{p}さんを祝う会が開かれた。",
        city=ctx.loc(),
        o=ctx.org(ctx.pick(["特別養護老人ホーム陽だまり", "グループホームひだまり"])),
        d=str(ctx.rng.randint(1, 28)),
        y=str(ctx.rng.choice([100, 101, 102, 105])),
        p=ctx.name(p, "prose"),
    )
    b.add(
        "{p}さんは{born}、{pl}生まれ。",
        p=ctx.name(p, "surname_only"),
        born=ctx.birth(ctx.pick(["wareki", "kanji_numerals"]), 1918, 1926),
        pl=ctx.loc(kind="pref"),
    )
    b.add(
        "家族や職員ら約{n}人が集まり、長女の{c}さんが花束を贈った。",
        n=str(ctx.rng.randint(10, 40)),
        c=ctx.name(ctx.jp("f"), ctx.pick(["kanji", "fullwidth_space"])),
    )
    b.add("長寿の秘訣を尋ねられると「よく食べ、よく笑うこと」と笑顔で答えた。")
    return b


def _n6(ctx: Ctx) -> Builder:
    b = Builder()
    b.add("{o}は、{pl}に新しい子育て支援拠点を開設した。", o=ctx.loc(), pl=ctx.loc(kind="district"))
    p = ctx.jp()
    b.add(
        "運営を担う{n}の代表、{p}さんは「親同士がつながる場所にしたい」と語る。",
        n=ctx.org("NPO法人ともいき"),
        p=ctx.name(p, "prose"),
    )
    b.add(
        "利用は無料で、予約は電話（{t}）またはメール（{e}）で受け付ける。",
        t=ctx.num("PHONE_NUMBER"),
        e=ctx.email(company=True),
    )
    b.add("所在地は{a}。", a=ctx.addr())
    b.add("開設式には{m}副市長らが出席した。", m=ctx.name(ctx.jp(), "title"))
    return b


def _n7(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.add(
        "{pl}の{park}で、ボランティア団体「{g}」が植樹を行った。",
        pl=ctx.loc(),
        park=ctx.loc(kind="facility"),
        g=ctx.org("森と泉の会"),
    )
    b.add(
        "代表の{p}さんは「林の再生には10年かかる。光が差す森にしたい」と話す。",
        p=ctx.name(p, ctx.pick(["kanji", "prose"])),
    )
    b.add(
        "会員の{q}さん、{r}さん親子も参加し、",
        q=ctx.name(ctx.jp(), "surname_only"),
        r=ctx.name(ctx.jp(), "surname_only"),
    )
    b.add("{s}さんは「望んでいた活動にようやく参加できた」と笑顔を見せた。", s=ctx.name(ctx.jp(), "surname_only"))
    b.add(
        "次回の活動は{m}月。参加申し込みは事務局の{t}まで。", m=str(ctx.rng.randint(1, 12)), t=ctx.num("PHONE_NUMBER")
    )
    return b


def _n8(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.add(
        "{o}は、特殊詐欺の被害を未然に防いだとして、{pl}の{bk}窓口係、{p}さんに感謝状を贈った。",
        o=ctx.org("警察署"),
        pl=ctx.loc(),
        bk=ctx.org(ctx.pick(["みなと銀行", "北辰信用金庫"])),
        p=ctx.name(p, ctx.pick(["kanji", "prose"])),
    )
    b.add(
        "{s}さんは、80代の男性客が「息子に頼まれた」と高額の振り込みを急ぐ様子を不審に思い、",
        s=ctx.name(p, "surname_only"),
    )
    b.add("上司の{c}支店長と相談して通報した。", c=ctx.name(ctx.jp(), "title"))
    b.add("犯人側は「{f}」と名乗り、カード番号を聞き出そうとしていたという。", f=ctx.name(ctx.jp(), "kanji"))
    b.add("署は「不審な電話はすぐ家族や警察に相談を」と呼びかけている。")
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_n1, _n2, _n3, _n4, _n5, _n6, _n7, _n8]
    return [gens[i % len(gens)](ctx) for i in range(n)]
