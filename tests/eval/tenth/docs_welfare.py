"""Documents of 教育委員会, 保健センター, 市民病院, 消防, 介護保険 and 障害福祉."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.tenth import kit, pools
from tests.eval.tenth.addresses import address
from tests.eval.tenth.values import Gen


def school_aid(g: Gen, b: Builder) -> str:
    """就学援助の申請 as CSV (full-width and half-width mixed)."""
    kit.ask(g, b, 0.5)
    b.line(g.pick(["保護者氏名,児童氏名,学校,生年月日,住所,電話", "保護者氏名，児童氏名，学校，生年月日，住所，電話"]))
    for _ in range(g.r.randint(2, 4)):
        parent, child = g.person(), g.person(False)
        b.line(
            "{p},{c},{s},{d},{a},{t}",
            p=g.name(parent),
            c=g.name(child),
            s=kit.org(g, g.pick(pools.SCHOOLS)),
            d=g.birth(2010, 2019),
            a=address(g),
            t=g.phone(),
        )
    b.line(f"申請受付 {g.day()}／審査会 {g.day()}")
    return "school_aid"


def school_absence(g: Gen, b: Builder) -> str:
    """欠席・転校の連絡 chat lines, no punctuation, half-width kana."""
    t, c = g.person(False), g.person()
    school = kit.org(g, g.pick(pools.SCHOOLS))
    b.line(
        "{s}：{sc}の{n}さん 今日から欠席 ｲﾝﾌﾙらしい 母から連絡あり", s=kit.speaker(g, t, True), sc=school, n=g.name(c)
    )
    b.line("{s}：了解です 転校の件はどうなった", s=kit.speaker(g, g.person(False), True))
    b.line("{s}：{d}付で転出 新住所 {a} 電話 {p}", s=kit.speaker(g, t, True), d=g.day(), a=address(g), p=g.phone())
    if g.r.random() < 0.5:
        b.line("{s}：生年月日 {d} で在籍確認しときます", s=kit.speaker(g, t, True), d=g.birth(2010, 2019))
    return "school_absence"


def school_accident(g: Gen, b: Builder) -> str:
    """学校事故報告 narrative."""
    c, tch = g.person(), g.person(False)
    school = g.pick(pools.SCHOOLS)
    b.line("学校事故報告書（第一報）")
    b.add(f"{g.day()}午後、").add("{o}", o=kit.org(g, school)).add("の体育の授業中、")
    b.add(f"{g.r.randint(1, 6)}年生の").add("{n}", n=kit.prose(g, c))
    b.line("が跳び箱から落下し右手首を負傷した。")
    b.add("担任の").add("{t}", t=kit.prose(g, tch))
    b.line("が保護者に連絡し、{h}を受診した。", h=kit.org(g, g.pick(pools.HOSPITALS)))
    b.line("児童生年月日 {d}　保護者連絡先 {p}", d=g.birth(2010, 2019), p=g.phone())
    b.line("災害共済給付 {x}", x=kit.id_piece(g, ("HEALTH_INSURANCE", "BANK_ACCOUNT")))
    return "school_accident"


def scholarship(g: Gen, b: Builder) -> str:
    """奨学金 application pasted for an English translation."""
    b.line("英訳して（留学先に提出）")
    p = g.person()
    b.line(f"奨学生番号 S{g.r.randint(10000, 99999)}")
    b.line("氏名：{n}　ふりがな：{k}", n=g.name(p), k=g.name(p, "kana") if not p.foreign else g.name(p, "romanized"))
    b.line("生年月日：{d}", d=kit.born(g, 2002, 2009))
    b.line("在学校：{o}", o=kit.org(g, g.pick(pools.SCHOOLS)))
    b.line("振込口座：{x}", x=kit.bank(g))
    b.line("連帯保証人：{n}（{a}）", n=g.name(g.person(False)), a=address(g))
    b.line(f"貸与期間 {g.day()}〜　返還開始 {g.day()}")
    return "scholarship"


def infant_checkup(g: Gen, b: Builder) -> str:
    """乳幼児健診 bullet list."""
    b.line(f"■{g.pick(['4か月児', '1歳6か月児', '3歳児'])}健診 {g.day()} 受付13:00〜 来所予定者")
    for _ in range(g.r.randint(2, 4)):
        c, m = g.person(False), g.person()
        b.line("・{c}（{d}）母：{m} {t}", c=g.name(c), d=g.birth(2022, 2025), m=g.name(m), t=g.phone())
    b.line("・要フォロー：{n}ちゃん（前回未受診 {a}）", n=kit.sur(g, g.person(False)), a=address(g))
    return "infant_checkup"


def vaccine_form(g: Gen, b: Builder) -> str:
    """予防接種の予診票."""
    c, pa = g.person(False), g.person()
    b.line("予防接種予診票（{v}）".format(v=g.pick(["MR", "四種混合", "日本脳炎", "BCG"])))
    b.line(f"接種日　{g.day()}")
    b.line("受ける人の氏名　{n}", n=g.name(c))
    b.line("ふりがな　{k}", k=g.name(c, "kana"))
    b.line("生年月日　{d}", d=kit.born(g, 2012, 2025))
    b.line("住所　{a}", a=address(g))
    b.line("保護者自署　{n}　電話 {t}", n=g.name(pa), t=g.phone())
    return "vaccine_form"


def pregnancy(g: Gen, b: Builder) -> str:
    """妊娠届 with 個人番号 and, for a foreign resident, 在留カード."""
    p = g.person()
    b.line("妊娠届出書")
    b.line(f"届出日：{g.day()}　出産予定日：{g.day()}")
    b.line("氏名：{n}", n=g.name(p))
    b.line("生年月日：{d}", d=kit.born(g, 1985, 2006))
    b.line("住所：〒{z} {a}", z=g.postal(), a=address(g))
    kit.ids(g, b, 1, ("MY_NUMBER", "RESIDENCE_CARD") if p.foreign else ("MY_NUMBER", "HEALTH_INSURANCE"))
    b.line("携帯：{t}", t=g.phone("mobile"))
    b.line("医療機関：{h}", h=kit.org(g, g.pick(pools.HOSPITALS)))
    return "pregnancy"


def checkup_result(g: Gen, b: Builder) -> str:
    """特定健診の結果通知 with 保険者番号 and 記号・番号."""
    p = g.person()
    b.line("特定健康診査　結果のお知らせ")
    b.line("{n} 様", n=g.name(p))
    b.line("保険者番号：{x}", x=g.ident("HEALTH_INSURANCE", "insurer"))
    b.line("被保険者証 記号・番号：{x}", x=g.ident("HEALTH_INSURANCE", "insured"))
    b.line("生年月日：{d}", d=g.birth(1950, 1986))
    b.line(
        f"受診日：{g.day()}　判定：{g.pick(['要指導', '異常なし', '要精密検査'])}　HbA1c {g.r.randint(50, 80) / 10}%"
    )
    b.line(f"特定保健指導の初回面談は{g.day()}までにご予約ください。")
    return "checkup_result"


def ems_record(g: Gen, b: Builder) -> str:
    """救急搬送の記録."""
    p, fam = g.person(), g.person(False)
    b.line(f"救急活動記録　覚知 {g.day()} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}")
    b.line("傷病者：{n}（{d}）", n=g.name(p), d=kit.born(g, 1930, 2010))
    b.line("発生場所：{a}", a=address(g))
    b.line("通報者：{n}（{r}）{t}", n=g.name(fam), r=g.pick(["妻", "長女", "隣人", "次男"]), t=g.phone())
    b.line("搬送先：{h}　隊長 {s}", h=kit.org(g, g.pick(pools.HOSPITALS)), s=kit.staff(g, False))
    b.line("所持品：{x}", x=kit.id_piece(g, ("HEALTH_INSURANCE", "CARE_INSURANCE", "DRIVER_LICENSE"), " "))
    return "ems_record"


def fire_certificate(g: Gen, b: Builder) -> str:
    """火災の罹災証明 request."""
    p = g.person()
    kit.ask(g, b, 0.5)
    b.line("罹災証明書交付申請")
    b.line(f"申請日 {g.day()}　火災発生日 {g.day()}")
    b.line("申請者 {n}　電話 {t}", n=g.name(p), t=g.phone())
    b.line("罹災場所 {a}", a=address(g))
    b.line("申請者住所 {a}", a=address(g))
    b.line(
        "提出先：{o}（火災保険）", o=kit.org(g, g.pick(["東雲損害保険株式会社", "若葉共済", "北原火災海上株式会社"]))
    )
    return "fire_certificate"


def hospital_referral(g: Gen, b: Builder) -> str:
    """紹介状 forwarded by mail."""
    doc = g.person(False)
    kit.forward_header(g, b, doc, "診療情報提供書（紹介状）")
    p = g.person()
    b.line("患者氏名：{n}　生年月日：{d}", n=g.name(p), d=kit.born(g, 1935, 2000))
    b.line("住所：{a}　電話：{t}", a=address(g), t=g.phone())
    b.line("{x}", x=kit.id_piece(g, ("HEALTH_INSURANCE", "CARE_INSURANCE")))
    b.line(f"傷病名：{g.pick(['2型糖尿病', '慢性心不全', '大腿骨頸部骨折'])}　初診 {g.day()}")
    b.line(
        "紹介元：{o}　{n}",
        o=kit.org(g, g.pick(pools.HOSPITALS)),
        n=g.val("PERSON", g.name_text(doc, "kanji"), "signature"),
    )
    return "hospital_referral"


def hospital_admission(g: Gen, b: Builder) -> str:
    """入院申込 with guarantor and card payment."""
    p, gu = g.person(), g.person()
    b.line("入院申込書")
    b.line(f"入院予定日 {g.day()}")
    b.line("患者：{n}（{k}）", n=g.name(p), k=g.name(p, "kana") if not p.foreign else g.name(p, "romanized"))
    b.line("生年月日：{d}", d=kit.born(g, 1935, 2005))
    b.line("連帯保証人：{n}　住所 {a}　電話 {t}", n=g.name(gu), a=address(g), t=g.phone())
    b.line("{x}", x=kit.id_piece(g, ("CREDIT_CARD", "HEALTH_INSURANCE", "MY_NUMBER")))
    return "hospital_admission"


def hospital_unpaid(g: Gen, b: Builder) -> str:
    """未収金 list to be tabulated."""
    b.line("表にして")
    for _ in range(g.r.randint(2, 4)):
        p = g.person()
        b.line(
            "{n} {a} 未収 {m}円 最終入金 {d} 電話 {t}",
            n=g.name(p),
            a=address(g),
            m=f"{g.r.randint(3, 400) * 100:,}",
            d=g.day(),
            t=g.phone(),
        )
    b.line("督促担当 {s}", s=kit.staff(g))
    return "hospital_unpaid"


def care_disability(g: Gen, b: Builder) -> str:
    """介護保険・障害福祉の相談記録."""
    p, f = g.person(), g.person(False)
    b.line(f"相談記録 {g.day()}（{g.pick(['来所', '電話', '訪問'])}）")
    b.line("相談者：{n}（{r}）", n=g.name(f), r=g.pick(["長女", "長男の妻", "本人の弟"]))
    b.line("対象者：{n}　{d}", n=g.name(p), d=kit.born(g, 1930, 1975))
    b.line("住所：{a}", a=address(g))
    kit.ids(g, b, 2, ("CARE_INSURANCE", "DISABILITY_CERTIFICATE", "PENSION_NUMBER", "MY_NUMBER"))
    b.add("ケアマネの").add("{n}", n=kit.sur(g, g.person(False))).line(
        f"さんから要介護認定の区分変更の相談。次回訪問 {g.day()}"
    )
    return "care_disability"


DOCS = [
    school_aid,
    school_absence,
    school_accident,
    scholarship,
    infant_checkup,
    vaccine_form,
    pregnancy,
    checkup_result,
    ems_record,
    fire_certificate,
    hospital_referral,
    hospital_admission,
    hospital_unpaid,
    care_disability,
]
