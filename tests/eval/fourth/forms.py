"""form: filled application forms — key: value lines, Markdown tables, TSV, CSV pasted, OCR'd PDFs."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from . import names as N
from .common import id_line, when
from .gen import ALL_IDS, LABELS, Gen

KV_FAMILIES = {
    "児童手当 認定請求書": ("MY_NUMBER", "BANK_ACCOUNT", "HEALTH_INSURANCE", "PENSION_NUMBER", "RESIDENT_CODE"),
    "国民健康保険 資格取得届": ("MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "RESIDENCE_CARD", "PASSPORT",
                         "BANK_ACCOUNT"),
    "印鑑登録申請書": ("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "MY_NUMBER", "DISABILITY_CERTIFICATE"),
    "介護保険 要介護認定申請書": ("CARE_INSURANCE", "HEALTH_INSURANCE", "MY_NUMBER", "DISABILITY_CERTIFICATE",
                          "PENSION_NUMBER"),
    "住民票の写し等交付請求書": ("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "RESIDENT_CODE", "MY_NUMBER"),
    "高額療養費 支給申請書": ("HEALTH_INSURANCE", "BANK_ACCOUNT", "MY_NUMBER", "CARE_INSURANCE",
                       "DISABILITY_CERTIFICATE"),
    "ふるさと納税 ワンストップ特例申請書": ("MY_NUMBER", "CREDIT_CARD", "DRIVER_LICENSE", "PASSPORT"),
}


def _kv_form(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    title = r.choice(sorted(KV_FAMILIES))
    b.line("{t}（入力内容）", t=title)
    b.line("受付日: {d}", d=when(r))
    b.line("氏名: {n}", n=p.full("kanji", r))
    b.line("フリガナ: {k}", k=p.kana(r, True))
    b.line("生年月日: {bd}", bd=g.birth(lo=1938, hi=2004))
    b.line("郵便番号: {z}", z=g.num("POSTAL_CODE"))
    b.line("住所: {a}", a=g.address())
    b.line("電話番号: {p}", p=g.num("PHONE_NUMBER"))
    fams = KV_FAMILIES[title]
    used: list[str] = []
    for _ in range(4):
        fam = g.least(tuple(f for f in fams if f not in used))
        used.append(fam)
        id_line(b, g, fam, style="colon")
    b.line("備考: 代理人 {a}（{rel}）", a=g.person().full("kanji", r), rel=r.choice(("長男", "妻", "姉", "成年後見人")))
    return b


def _markdown(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    fam = g.least(ALL_IDS)
    label = {"HEALTH_INSURANCE": "被保険者番号", "BANK_ACCOUNT": "口座番号"}.get(fam) or r.choice(LABELS[fam])
    sub = {"HEALTH_INSURANCE": "kouki", "BANK_ACCOUNT": "account"}.get(fam)
    b.line("{o} 申請一覧（{d}時点）", o=g.city_org(), d=when(r))
    b.line("")
    b.line(f"| No. | 氏名 | 生年月日 | {label} | 状態 |")
    b.line("|---|---|---|---|---|")
    for i in range(1, r.randint(5, 7)):
        p = g.person()
        b.line("| {i} | {n} | {bd} | {v} | {p} |", i=str(i), n=p.full("kanji", r) if r.random() < 0.6 else p.zen(),
               bd=g.birth(), v=g.num(fam, sub=sub), p=r.choice(("受付", "審査中", "決定", "保留", "却下")))
    b.line("")
    b.line("※{n}さん分は書類不備のため保留", n=g.person().sur())
    return b


def _csv_paste(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("CSVをそのまま貼ります。文字化けしてたらすみません")
    b.line("```")
    b.line("氏名,ﾌﾘｶﾞﾅ,郵便番号,住所,電話番号,メール")
    for _ in range(r.randint(3, 5)):
        p = g.person()
        b.line('{n},{k},{z},"{a}",{p},{m}', n=p.full("kanji", r), k=p.kana(r, True), z=g.num("POSTAL_CODE"),
               a=g.address(r.choice(("plain", "hyphen", "building_room", "fullwidth", "kanji_numerals"))),
               p=g.num("PHONE_NUMBER"), m=g.email(p.mail_local()))
    b.line("```")
    b.line("この中から住所が{l}外の人だけ抜き出してください", l=g.loc(r.choice(N.CITIES)))
    return b


def _tsv_excel(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    fams = [g.least(ALL_IDS)]
    fams.append(g.least(tuple(f for f in ALL_IDS if f not in fams)))
    heads = ["番号種別A", "番号種別B"]
    for i, f in enumerate(fams):
        heads[i] = {"HEALTH_INSURANCE": "保険者番号", "BANK_ACCOUNT": "口座番号"}.get(f) or r.choice(LABELS[f])
    b.line("\t".join(["氏名", "ｶﾅ", *heads, "備考"]))
    for _ in range(r.randint(4, 6)):
        p = g.person()
        sub0 = {"HEALTH_INSURANCE": "hokensha", "BANK_ACCOUNT": "account"}.get(fams[0])
        sub1 = {"HEALTH_INSURANCE": "hokensha", "BANK_ACCOUNT": "account"}.get(fams[1])
        b.line("{n}\t{k}\t{a}\t{c}\t{x}", n=p.zen(), k=p.kana(r, True), a=g.num(fams[0], sub=sub0),
               c=g.num(fams[1], sub=sub1), x=r.choice(("", "再発行", "●至急", "○確認済", "住所変更あり")))
    return b


def _ocr_pdf(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("（PDFからコピー）")
    b.line("様式第3号（第5条関係）")
    b.line("                  申  請  書")
    b.line("{o}長　様", o=g.loc(r.choice(("旭川市", "長岡市", "福山市", "松本市"))))
    b.line("申請者　住所 {a}", a=g.address("line_broken"))
    b.line("　　　　氏名 {n}　㊞", n=p.zen())
    b.line("　　　　電話 {p}", p=g.num("PHONE_NUMBER", form=r.choice(("line_broken", "spaced", "fullwidth", "mixed"))))
    b.line("生年月日　　{bd}", bd=g.birth(r.choice(("spaced", "kanji_numerals", "wareki"))))
    for _ in range(2):
        label, v = g.idv(g.least(ALL_IDS))
        b.line("{l}", l=label)
        b.line("{v}", v=v)
    b.line("○ 新規　● 更新　○ 再交付")
    b.line("上記のとおり申請します。　{d}", d=when(r))
    return b


def _family_table(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    head = g.person(sex="f")
    b.line("■世帯員一覧（児童扶養手当 現況届）")
    b.line("続柄｜氏名｜生年月日｜個人番号")
    rows = [("本人", head), ("子", g.child_of(head)), ("子", g.child_of(head))]
    for rel, p in rows:
        name = p.full("kanji", r) if rel == "本人" else (
            p.given() if r.random() < 0.5 else p.full("kanji", r))
        b.line("{rel}｜{n}｜{bd}｜{m}", rel=rel, n=name, bd=g.birth(lo=1975 if rel == "本人" else 2010,
                                                                hi=1995 if rel == "本人" else 2022),
               m=g.num("MY_NUMBER"))
    b.line("別居の父：{f}（養育費 月額30,000円）", f=g.person(sex="m").full("kanji", r))
    b.line("振込先：{bk} 普通 {v}", bk=g.org(r.choice(("ゆうちょ銀行", "横浜銀行", "七十七銀行"))),
           v=g.num("BANK_ACCOUNT", sub=r.choice(("account", "branch"))))
    return b


def _card_form(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("ふるさと納税 申込フォーム（送信内容）")
    b.line("お名前：{n} 様", n=p.full("kanji", r))
    b.line("ローマ字：{ro}", ro=p.roman(r))
    b.line("メール：{m}", m=g.email(p.mail_local()))
    b.line("電話：{p}", p=g.num("PHONE_NUMBER"))
    b.line("お届け先：〒{z} {a}", z=g.num("POSTAL_CODE"), a=g.address())
    b.line("寄附金額：30,000円　返礼品コード：FR-2025-0{x}", x=str(r.randint(100, 999)))
    b.line("お支払い：クレジットカード")
    b.line("カード番号：{c}", c=g.num("CREDIT_CARD"))
    b.line("有効期限：{m:02}/{y}".replace("{m:02}", f"{r.randint(1, 12):02d}"), y=str(r.randint(26, 31)))
    return b


def _qualification_list(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("【施設入所者 資格情報一覧】（{o}提出用・取扱注意）", o=g.org("介護保険課"))
    b.line("●氏名／●介護保険被保険者番号／●後期高齢者医療被保険者番号／●障害者手帳番号／●基礎年金番号")
    for _ in range(r.randint(4, 5)):
        p = g.elder()
        dis = g.num("DISABILITY_CERTIFICATE") if r.random() < 0.75 else "なし"
        b.line("{n}／{c}／{h}／{d}／{pn}", n=p.full("kanji", r), c=g.num("CARE_INSURANCE"),
               h=g.num("HEALTH_INSURANCE", sub="kouki"), d=dis, pn=g.num("PENSION_NUMBER"))
    b.line("※{s}（生活相談員）作成。誤りは赤字で修正のこと", s=g.person().full("kanji", r))
    return b


def _ocr_meibo(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("［OCR結果・未校正］敬老祝金 対象者名簿　{o}", o=g.org(r.choice(("介護保険課", "福祉事務所", "総務課"))))
    b.line("No  氏 名            ﾌﾘｶﾞﾅ              生年月日        受取")
    for i in range(1, r.randint(4, 6)):
        p = g.elder()
        mark = r.choice(("●", "○", "○", "●"))
        bd = g.birth(r.choice(("wareki", "abbrev", "spaced", "kanji_numerals")), lo=1925, hi=1940)
        b.line(f"{i:>2}  " + "{n}    {k}    {bd}    " + mark, n=p.zen(), k=p.halfwidth(), bd=bd)
    b.line("●=口座振込　○=窓口受取　（口座は別紙）")
    return b


TEMPLATES = (_ocr_meibo, _qualification_list, _kv_form, _markdown, _csv_paste, _tsv_excel, _ocr_pdf, _family_table,
             _card_form)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
