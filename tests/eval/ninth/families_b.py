"""Document families: 保育・学童, 市営住宅, 成年後見・消費生活相談, 市民の声, 図書館, 犬の登録."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.ninth import pools
from tests.eval.ninth.forms import other_date
from tests.eval.ninth.people import Ctx, loc, org


def nursery_application(ctx: Ctx, b: Builder) -> None:
    """保育所入所申込書の転記."""
    child = ctx.person(foreign=False, wordlike=ctx.rng.random() < 0.5)
    mother = ctx.person(foreign=ctx.rng.random() < 0.15)
    b.line(
        "{o}　入所申込（{y}年度）", o=org(ctx.choice(("保育課", "こども未来課"))), y=f"令和{ctx.rng.randrange(7, 9)}"
    )
    b.line("児童氏名：{n}（{k}）", n=ctx.name(child, ("kanji", "fullwidth_space")), k=ctx.kana(child))
    b.line(
        "生年月日：{bd}　第1希望 {f1}　第2希望 {f2}",
        bd=ctx.birth(young=True),
        f1=org(ctx.choice(pools.NURSERIES)),
        f2=org(ctx.choice(pools.NURSERIES)),
    )
    b.line("保護者：{n}", n=ctx.name(mother))
    b.line("住所：{pc}\n{a}", pc=("〒", ctx.num("POSTAL_CODE")), a=ctx.addr(ctx.address()))
    b.line("携帯 {t}　メール {e}", t=ctx.num("PHONE_NUMBER"), e=ctx.email(mother))
    b.line("勤務先：{c}（就労証明書は{d}提出）", c=org(ctx.choice(pools.COMPANIES)), d=other_date(ctx.rng))
    x = ctx.neediest(("MY_NUMBER", "HEALTH_INSURANCE"))
    b.line("{x}", x=ctx.labelled(x, style=ctx.choice(("full", "above", "after"))))


def contact_book(ctx: Ctx, b: Builder) -> None:
    """保護者との連絡帳: short notes, given names that are also words."""
    child = ctx.person(foreign=False, wordlike=True)
    assert child.mei
    assert child.sei
    b.line(
        "連絡帳（{c}・{k}組）{d}",
        c=org(ctx.choice(pools.NURSERIES)),
        k=ctx.choice(("ひよこ", "うさぎ", "きりん", "2年")),
        d=other_date(ctx.rng),
    )
    b.line(
        "【家庭から】{n}は昨夜から少し咳が出ています。お迎えは祖母の{g}が{hh}時ごろ行きます。",
        n=ctx.prose(child),
        g=ctx.name(ctx.person(foreign=False), ("kanji", "kana")),
        hh=str(ctx.rng.randrange(15, 19)),
    )
    b.line("急ぎの場合は父の携帯（{t}）へお願いします。", t=ctx.num("PHONE_NUMBER"))
    b.line(
        "【園から】{s}ちゃん、今日は{p}まで散歩に行き、光の当たる森のほうで元気に遊びました。",
        s=(ctx.sur(child) if ctx.rng.random() < 0.3 else _given(ctx, child)),
        p=loc(ctx.choice(pools.FACILITIES[-1:])),
    )
    b.line("担任 {t}", t=ctx.titled(ctx.person(foreign=False), title="先生"))


def _given(ctx: Ctx, p):
    from tests.eval.blind.model import Val

    ctx.note("PERSON", "prose")
    return Val("PERSON", p.mei[0], "prose")


def housing_tenant(ctx: Ctx, b: Builder) -> None:
    """市営住宅 入居者台帳."""
    p = ctx.person()
    a = ctx.address()
    b.line("{o} 入居者台帳（抜粋）", o=org(ctx.choice(("住宅課", "市営住宅管理センター"))))
    b.line("入居者　　{n}", n=ctx.name(p))
    b.line("住戸　　　{a}", a=ctx.addr(a, forms=("building_room", "building_room", "line_broken", "plain")))
    b.line("入居日　　{d}", d=other_date(ctx.rng))
    if p.foreign:
        b.line("{x}", x=ctx.labelled("RESIDENCE_CARD"))
    else:
        b.line("生年月日　{bd}", bd=ctx.birth())
    g = ctx.person(foreign=False)
    b.line("連帯保証人 {g}（{a}、{t}）", g=ctx.name(g), a=ctx.addr(ctx.address()), t=ctx.num("PHONE_NUMBER"))
    b.line(
        "家賃引落 {bk} {br} {x}",
        bk=org(ctx.choice(pools.BANKS)),
        br=ctx.choice(pools.BRANCHES),
        x=ctx.labelled("BANK_ACCOUNT", style=ctx.choice(("full", "none", "after"))),
    )
    b.line("世帯員：{h}（{bd}）", h=ctx.name(ctx.person(foreign=False)), bd=ctx.birth())


def rent_arrears(ctx: Ctx, b: Builder) -> None:
    """家賃滞納の督促メモ."""
    p = ctx.person()
    b.line("家賃滞納 督促記録 {d}", d=other_date(ctx.rng))
    b.line(
        "{n}さん（{a}）滞納{m}か月。",
        n=ctx.name(p),
        a=ctx.addr(ctx.address(), forms=("building_room", "partial")),
        m=str(ctx.rng.randrange(2, 9)),
    )
    b.line("本日{s}さんに電話（{t}）、月末までに2か月分を納付すると回答。", s=ctx.sur(p), t=ctx.num("PHONE_NUMBER"))
    b.line("前回の約束は{d}で不履行。{w}が訪問予定。", d=other_date(ctx.rng), w=ctx.titled(ctx.person(foreign=False)))
    if ctx.rng.random() < 0.6:
        b.line("年金受給日に合わせた分納を提案（{x}）。", x=ctx.labelled("PENSION_NUMBER"))


def guardianship(ctx: Ctx, b: Builder) -> None:
    """成年後見 市長申立ての調査票."""
    p = ctx.person(foreign=False)
    g = ctx.person(foreign=False)
    b.line("{o}　成年後見 市長申立て 調査票", o=org(ctx.choice(("福祉総務課", "長寿福祉課", "障がい福祉課"))))
    b.line("本人：{n}　{bd}生", n=ctx.name(p, ("kanji", "fullwidth_space")), bd=ctx.birth())
    b.line(
        "住所：{a}（{f}に入所中）",
        a=ctx.addr(ctx.address()),
        f=org(ctx.choice(("特別養護老人ホーム桜台荘", "グループホームみどり"))),
    )
    for e in ctx.rng.sample(
        (
            "PENSION_NUMBER",
            "CARE_INSURANCE",
            "DISABILITY_CERTIFICATE",
            "HEALTH_INSURANCE",
            "RESIDENT_CODE",
            "MY_NUMBER",
        ),
        3,
    ):
        b.line("{x}", x=ctx.labelled(e))
    b.line(
        "預金：{bk} {x}（通帳は{s}氏が保管）", bk=org(ctx.choice(pools.BANKS)), x=ctx.num("BANK_ACCOUNT"), s=ctx.sur(g)
    )
    b.line(
        "親族：甥の{n}（{a}、{t}）は関与を拒否。", n=ctx.name(g), a=ctx.addr(ctx.address()), t=ctx.num("PHONE_NUMBER")
    )
    b.line("後見人候補：{c}の{l}弁護士", c=org("まつもと法律事務所"), l=ctx.name(ctx.person(foreign=False)))


def consumer(ctx: Ctx, b: Builder) -> None:
    """消費生活相談カード."""
    p = ctx.person()
    comp = ctx.choice(("株式会社ハッピーライフ", "合同会社ミライ健康", "サンシャイン通販", "株式会社スマイル光"))
    b.line("{o} 相談受付カード　受付 {d}", o=org("消費生活センター"), d=other_date(ctx.rng))
    b.line("相談者 {n}（{bd}生）", n=ctx.name(p), bd=ctx.birth())
    b.line("連絡先 {t}", t=ctx.labelled("PHONE_NUMBER", style=ctx.choice(("none", "after"))))
    b.line("{c}からサプリメントの定期購入。初回無料のはずが毎月引き落とし。", c=org(comp))
    b.line("使ったカード：{x}", x=ctx.num("CREDIT_CARD"))
    if ctx.rng.random() < 0.6:
        b.line("もう1枚（家族カード）も登録されている：{x}", x=ctx.labelled("CREDIT_CARD", style="abbr"))
    b.line("事業者とのやり取りは{s}さん本人が{e}で行っていた。", s=ctx.sur(p), e=ctx.email(p))


VOICE_TOPICS = (
    ("道路", "前の道路の舗装がはがれて、自転車が転びそうになる。", "道路維持課"),
    ("騒音", "夜中に隣の工場の機械音がうるさくて眠れない。", "環境政策課"),
    ("ごみ", "集積所にカラスよけネットがなく、ごみが散乱している。", "清掃事務所"),
    ("街灯", "通学路の街灯が切れたままで暗い。", "道路維持課"),
    ("側溝", "側溝のふたが割れていて危ない。", "道路維持課"),
)


def citizen_voice(ctx: Ctx, b: Builder) -> None:
    """市民の声: the resident's address locates the problem."""
    topic, text, dept = ctx.choice(VOICE_TOPICS)
    p = ctx.person()
    b.line(
        "市民の声（{t}）受付番号 {no}", t=topic, no=f"{ctx.rng.randrange(2025, 2027)}-{ctx.rng.randrange(1, 999):03d}"
    )
    b.line("投稿者：{n}", n=ctx.name(p))
    b.line("住所：{a}", a=ctx.addr(ctx.address()))
    if ctx.rng.random() < 0.6:
        b.line("電話：{t}", t=ctx.num("PHONE_NUMBER"))
    else:
        b.line("メール：{e}", e=ctx.email(p))
    b.line(
        "内容：{x}自宅は{a}で、{s}の近く。",
        x=text,
        a=ctx.addr(ctx.address(), forms=("partial", "partial", "hyphen")),
        s=loc(ctx.choice(pools.STATIONS + pools.SCHOOLS)),
    )
    b.line("回答先：{d}（回答期限 {k}）", d=org(dept), k=other_date(ctx.rng))


def library(ctx: Ctx, b: Builder) -> None:
    """図書館: 延滞の連絡と利用者情報."""
    p = ctx.person()
    b.line("{o} 延滞資料の督促", o=org(ctx.choice(("中央図書館", "旭町分館"))))
    b.line("利用者：{n}", n=ctx.name(p))
    b.line(
        "返却期限 {d}　資料「{t}」ほか{k}点",
        d=other_date(ctx.rng),
        t=ctx.choice(("森の暮らし", "翼をください", "光と影の画集")),
        k=str(ctx.rng.randrange(1, 5)),
    )
    b.line("登録の連絡先 {t} / {e}", t=ctx.num("PHONE_NUMBER"), e=ctx.email(p))
    b.line(
        "登録時の本人確認：{x}", x=ctx.labelled(ctx.neediest(("DRIVER_LICENSE", "HEALTH_INSURANCE", "RESIDENCE_CARD")))
    )
    b.line("住所変更あり → {a}（生年月日 {bd} で同一人物と確認）", a=ctx.addr(ctx.address()), bd=ctx.birth())


def dog_registration(ctx: Ctx, b: Builder) -> None:
    """犬の登録・狂犬病予防注射."""
    p = ctx.person()
    dog = ctx.choice(("ポチ", "モモ", "ハナ", "コタロウ", "光（ヒカリ）", "ソラ", "マロン"))
    b.line("{o} 犬の登録事項変更届", o=org(ctx.choice(("生活衛生課", "動物愛護センター"))))
    b.line("所有者：{n}（{k}）", n=ctx.name(p), k=(ctx.kana(p) if p.sei else ctx.name(p)))
    b.line("所在地：{a}", a=ctx.addr(ctx.address()))
    b.line("電話：{t}　所有者の生年月日：{bd}", t=ctx.num("PHONE_NUMBER"), bd=ctx.birth())
    b.line(
        "犬の名前 {d}　犬種 柴　鑑札番号 R{y}-{n}　注射済票 {z}",
        d=dog,
        y=str(ctx.rng.randrange(1, 8)),
        n=str(ctx.rng.randrange(100, 2999)),
        z=f"第{ctx.rng.randrange(1000, 9999)}号",
    )
    b.line("旧所有者の{s}さんから譲渡（{d}）", s=ctx.sur(ctx.person(foreign=False)), d=other_date(ctx.rng))


FAMILIES_B = {
    "nursery_application": nursery_application,
    "nursery_contact_book": contact_book,
    "housing_tenant": housing_tenant,
    "housing_rent_arrears": rent_arrears,
    "welfare_guardianship": guardianship,
    "consumer_consultation": consumer,
    "citizen_voice": citizen_voice,
    "library_overdue": library,
    "dog_registration": dog_registration,
}
