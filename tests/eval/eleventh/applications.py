"""Applications: 補助金, 就学援助, 障害福祉サービス, 介護認定, 後期高齢者医療, 口座振替, 住所変更, 転入届."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from .addresses import ADDRESS_FORMS, address, full_address, postal
from .gen import Gen
from .ids import bank, id_lines, ident, phone
from .people import LABEL, Person, again, birth, email, foreigner, japanese, person, relative
from .pools import SCHOOLS


def _head(g: Gen, b: Builder, title: str, dept: str) -> None:
    b.line("{t}", t=title)
    b.line("{dept}長 様　　申請日：{d}", dept=g.org(dept), d=g.other_date())


def _applicant(g: Gen, b: Builder, lo: int, hi: int) -> Person:
    who, p = person(g, LABEL)
    b.line("申請者氏名：{w}", w=who)
    bd, _age = birth(g, lo, hi)
    b.line("生年月日：{bd}", bd=bd)
    b.line("住所：{a}", a=full_address(g, ADDRESS_FORMS, sep=g.choice((" ", "\n"))))
    b.line("電話番号：{p}", p=phone(g))
    return p


def _extra_id(g: Gen, b: Builder, k: int = 2) -> None:
    b.line("（本人確認書類の記載事項）")
    for line in id_lines(g, k + g.rng.randint(1, 2)):
        b.line("{x}", x=line)


def subsidy(g: Gen) -> Builder:
    b = Builder()
    _head(
        g,
        b,
        g.choice(("住宅リフォーム補助金交付申請書", "生ごみ処理機購入補助金申請書", "防犯カメラ設置補助金申請書")),
        "環境保全課",
    )
    _applicant(g, b, 1945, 2000)
    b.line(
        "施工業者：{c}　見積額：{a}",
        c=g.org(g.choice(("山田工務店", "有限会社千波電機", "株式会社みどり造園"))),
        a=g.amount(),
    )
    head, acc = bank(g)
    b.line("振込先：{h} {acc}　名義 {n}", h=head, acc=acc, n=person(g, ("katakana", "halfwidth_kana"))[0])
    _extra_id(g, b, g.rng.randint(2, 3))
    return b


def school_aid(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "就学援助費受給申請書", "学校教育課")
    guardian, gp = person(g, LABEL)
    b.line("保護者：{w}", w=guardian)
    b.line("住所：{a}", a=full_address(g, ADDRESS_FORMS))
    b.line("電話：{p}　メール：{m}", p=phone(g), m=email(g, gp))
    for _ in range(g.rng.randint(1, 3)):
        bd, age = birth(g, 2011, 2020)
        slot = ("kanji", "hiragana", "reading_parens", "fullwidth_space", "name_with_age", "dono")
        child, _c = person(g, slot, age=age, who=relative(g, gp), young=True)
        b.line("児童生徒：{c}　生年月日 {bd}　{s}", c=child, bd=bd, s=g.org(g.choice(SCHOOLS)))
    b.line("世帯の状況：{r}", r=g.choice(("児童扶養手当受給", "市民税非課税", "失業")))
    b.line("申請者 {g} は上記のとおり申請します。", g=again(g, gp, honorific=False))
    _extra_id(g, b, g.rng.randint(2, 3))
    return b


def disability_service(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "障害福祉サービス支給申請書", "障害福祉課")
    _applicant(g, b, 1950, 2010)
    num = ident(g, "DISABILITY_CERTIFICATE")
    b.line(
        "{k} {label}：{n}",
        k=g.choice(("身体障害者手帳", "療育手帳", "精神障害者保健福祉手帳")),
        label=num.label,
        n=num.piece,
    )
    b.line("希望するサービス：{s}", s=g.choice(("居宅介護", "就労継続支援B型", "短期入所", "移動支援")))
    helper, _ = person(g, ("kanji", "fullwidth_space", "title", "surname_only"), title="相談員")
    b.line("相談支援専門員：{h}（{o}）", h=helper, o=g.org("相談支援事業所あゆみ"))
    _extra_id(g, b, g.rng.randint(2, 3))
    return b


def care_cert(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "要介護認定・要支援認定申請書", "介護保険課")
    num = ident(g, "CARE_INSURANCE")
    b.line("被保険者番号：{n}", n=num.piece)
    ap = _applicant(g, b, 1930, 1960)
    doc, _ = person(g, ("title", "kanji"), title=g.choice(("医師", "先生", "院長")))
    b.line("主治医：{h} {d}", h=g.org(g.choice(("たかはし内科医院", "市立総合病院", "みかわ診療所"))), d=doc)
    fam, fp = person(g, LABEL, who=relative(g, ap))
    b.line("申請代行者：{f}（{rel}）　連絡先 {p}", f=fam, rel=g.choice(("長男", "長女", "妻", "夫")), p=phone(g))
    b.line("※調査日の調整は{f}へ連絡。", f=again(g, fp))
    _extra_id(g, b, g.rng.randint(2, 3))
    return b


def late_elderly(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "後期高齢者医療　被保険者証再交付申請書", "保険年金課")
    num = ident(g, "HEALTH_INSURANCE")
    b.line("{label}：{n}", label=num.label, n=num.piece)
    _applicant(g, b, 1932, 1951)
    b.line("再交付の理由：{r}", r=g.choice(("紛失", "破損", "汚損")))
    _extra_id(g, b, g.rng.randint(1, 3))
    num2 = ident(g, g.choice(("MY_NUMBER", "PENSION_NUMBER")))
    b.line("{label}：{n}", label=num2.label, n=num2.piece)
    return b


def debit(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "口座振替依頼書（市税・国民健康保険税）", "納税課")
    payer, pp = person(g, LABEL)
    b.line("納税義務者：{p}", p=payer)
    b.line("住所：{a}", a=address(g, ADDRESS_FORMS))
    head, acc = bank(g)
    b.line("金融機関：{h}", h=head)
    b.line("店番-口座番号：{acc}", acc=acc)
    b.line("口座名義（カナ）：{n}", n=person(g, ("katakana", "halfwidth_kana"), who=pp)[0])
    if g.chance(0.5):
        num = ident(g, "CREDIT_CARD")
        b.line(
            "（クレジット納付を併用する場合）{label}：{n}　有効期限 {m}/{y}",
            label=num.label,
            n=num.piece,
            m=f"{g.rng.randint(1, 12):02d}",
            y=str(g.rng.randint(27, 31)),
        )
    b.line("電話：{p}", p=phone(g))
    _extra_id(g, b, g.rng.randint(1, 3))
    return b


def moving(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "住所変更届", "市民課")
    who, wp = person(g, LABEL)
    b.line("届出人：{w}", w=who)
    b.line("旧住所：{a}", a=address(g, ADDRESS_FORMS))
    b.line("新住所：{pc} {a}", pc=postal(g), a=address(g, ADDRESS_FORMS))
    b.line("異動日：{d}", d=g.other_date())
    num = ident(g, "RESIDENT_CODE")
    b.line("住民票コード：{n}", n=num.piece)
    if g.chance(0.6):
        lic = ident(g, "DRIVER_LICENSE")
        b.line("運転免許証（裏書用）：{n}", n=lic.piece)
    b.line("連絡先：{p}　{m}", p=phone(g), m=email(g, wp))
    _extra_id(g, b, g.rng.randint(1, 3))
    return b


def moving_in(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "転入届", "市民課")
    p = foreigner(g) if g.chance(0.5) else japanese(g)
    who, _ = person(g, LABEL, who=p)
    b.line("届出人：{w}", w=who)
    bd, _age = birth(g, 1950, 2006)
    b.line("生年月日：{bd}", bd=bd)
    b.line("前住所：{a}", a=address(g, ADDRESS_FORMS))
    b.line("新住所：{a}", a=full_address(g, ADDRESS_FORMS))
    b.line("転入日：{d}　届出日：{d2}", d=g.other_date(), d2=g.other_date())
    if p.foreign:
        rc = ident(g, "RESIDENCE_CARD")
        pa = ident(g, "PASSPORT")
        b.line("在留カード番号：{r}　旅券番号：{p}", r=rc.piece, p=pa.piece)
    else:
        num = ident(g, "MY_NUMBER")
        b.line("{label}：{n}", label=num.label, n=num.piece)
    b.line(
        "世帯員：{m}", m=person(g, ("name_with_age", "kanji", "foreign_katakana", "katakana"), who=relative(g, p))[0]
    )
    _extra_id(g, b, g.rng.randint(1, 2))
    b.line("電話：{p}", p=phone(g))
    return b


def pension_form(g: Gen) -> Builder:
    b = Builder()
    _head(g, b, "国民年金保険料免除申請書", "保険年金課")
    num = ident(g, "PENSION_NUMBER")
    b.line("基礎年金番号：{n}", n=num.piece)
    _applicant(g, b, 1966, 2006)
    if g.chance(0.5):
        b.line("配偶者：{s}", s=person(g, LABEL)[0])
    _extra_id(g, b, g.rng.randint(2, 3))
    return b


APPLICATION_KINDS = (
    ("補助金申請", subsidy, 10),
    ("就学援助申請", school_aid, 10),
    ("障害福祉サービス申請", disability_service, 10),
    ("介護認定申請", care_cert, 10),
    ("後期高齢者医療申請", late_elderly, 10),
    ("口座振替依頼", debit, 10),
    ("住所変更届", moving, 10),
    ("転入届", moving_in, 12),
    ("年金免除申請", pension_form, 8),
)
