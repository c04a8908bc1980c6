"""bank: 口座振替, 還付, 給付金 payment records, ゆうちょ and bank forms, card payments."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Val

from .common import when
from .gen import Gen

BANKS = ("みずほ銀行", "三井住友銀行", "北洋銀行", "七十七銀行", "横浜銀行", "JAバンク")
BRANCHES = ("本店営業部", "駅前支店", "中央支店", "北支店", "東口支店", "市役所出張所")


def _furikae(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("口座振替依頼書（{t}）", t=r.choice(("市県民税", "国民健康保険税", "介護保険料", "保育料", "上下水道料金")))
    b.line("金融機関　{bk}　{br}", bk=g.org(r.choice(BANKS)), br=r.choice(BRANCHES))
    b.line("預金種目　普通")
    b.line("口座番号　{v}", v=g.num("BANK_ACCOUNT", sub="account"))
    b.line("口座名義（カナ）　{k}", k=p.kana(r, True))
    b.line("納付義務者　{n}", n=p.full("kanji", r))
    b.line("住所　〒{z}　{a}", z=g.num("POSTAL_CODE"), a=g.address())
    b.line("電話　{p}", p=g.num("PHONE_NUMBER"))
    b.line("振替開始月：{m}月分から", m=str(r.randint(1, 12)))
    if r.random() < 0.5:
        b.line("※これまでのクレジット納付（{c}）は今月で停止", c=g.num("CREDIT_CARD"))
    else:
        b.line("※旧口座（{v}）は解約済のため変更", v=g.num("BANK_ACCOUNT"))
    return b


def _yucho(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    grp = g.num_pair("BANK_ACCOUNT", "yucho")
    b.line("【還付金の振込先変更】{d}", d=when(r))
    b.add("{n}様より、振込先を", n=p.full("kanji", r))
    b.line("{o}に変更したいとの申出。", o=g.org("ゆうちょ銀行"))
    b.line("記号番号　{v}", v=g.again("BANK_ACCOUNT", grp))
    b.add("※通帳見開きで確認。")
    b.line("他行からの振込用の店名・口座番号は後日連絡。")
    b.line("（復唱：{v}）", v=g.again("BANK_ACCOUNT", grp))
    b.line("年金も同じ口座で受け取りたいとのこと（基礎年金番号 {v}）", v=g.num("PENSION_NUMBER"))
    b.line("還付額 12,300円（令和6年度 {t}）", t=r.choice(("国保税", "住民税", "介護保険料")))
    b.line("連絡先：{p}", p=g.num("PHONE_NUMBER"))
    return b


def _kyufukin(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("{t}　支給データ（抜粋）".replace("{t}", r.choice(("物価高騰対応 給付金", "住民税非課税世帯 給付金",
                                                           "子育て世帯 臨時給付金"))))
    b.line("世帯番号\t世帯主\t個人番号\t金融機関\t支店\t口座番号\t金額")
    for _ in range(r.randint(3, 5)):
        p = g.person()
        b.line("{h}\t{n}\t{m}\t{bk}\t{br}\t{v}\t{amt}", h=str(r.randint(100000, 999999)) + "-0" + str(r.randint(1, 9)),
               n=p.zen(), m=g.num("MY_NUMBER"), bk=g.org(r.choice(BANKS)), br=r.choice(BRANCHES),
               v=g.num("BANK_ACCOUNT", sub="account"), amt=f"{r.choice((30000, 70000, 100000)):,}")
    b.line("※世帯番号は宛名システムの内部番号。エラー行は{o}で再確認。", o=g.city_org())
    return b


def _refund_letter(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.elder()
    b.line("還付金のお知らせ 送付前チェック")
    b.line("宛先：〒{z}", z=g.num("POSTAL_CODE"))
    b.line("　　　{a}", a=g.address(r.choice(("kanji_numerals", "plain", "building_room"))))
    b.line("　　　{n} 様", n=p.zen())
    b.line("基礎年金番号：{v}（年金からの特別徴収分の過誤納）", v=g.num("PENSION_NUMBER"))
    b.line("振込予定口座：{bk} {v}", bk=g.org(r.choice(BANKS)), v=g.num("BANK_ACCOUNT", sub="branch"))
    b.line("口座名義：{k}", k=p.kana(r, True))
    b.line("介護保険被保険者番号：{c}", c=g.num("CARE_INSURANCE"))
    b.line("担当：{s}（{o}）", s=g.person().sur(), o=g.org("納税課"))
    return b


def _card_trouble(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("コンビニ交付・キャッシュレス納付 問合せ票")
    b.line("問合せ者：{n}", n=p.full("kanji", r))
    b.add("内容：固定資産税をクレジットで払ったら二重引落しになっている。")
    c = g.num_pair("CREDIT_CARD")
    b.line("カードは {v} とのこと。", v=g.again("CREDIT_CARD", c))
    b.line("決済代行の明細では同日・同額の取引が2件。")
    b.line("本人は「{v}で合ってるはず」と再度読み上げ。", v=g.again("CREDIT_CARD", c))
    b.line("カード会社（{o}）に確認するよう案内。", o=g.org(r.choice(("株式会社ミナトサービス", "三井住友銀行"))))
    b.line("折返し先：{p}", p=g.num("PHONE_NUMBER"))
    return b


def _kouza_chat_form(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("児童手当　口座変更届　（手書きを入力）")
    b.line("受給者：{n}（{k}）", n=p.full("kanji", r), k=p.kana(r, False))
    b.line("新口座：{bk}　店番 {v}", bk=g.org(r.choice(BANKS)), v=g.num("BANK_ACCOUNT", sub="branch"))
    b.line("旧口座：ゆうちょ {v}", v=g.num("BANK_ACCOUNT", sub="yucho"))
    b.line("変更理由：{x}", x=r.choice(("旧口座解約のため", "給与口座に一本化", "離婚による名義変更")))
    if r.random() < 0.5:
        b.line("旧姓：{o}", o=Val("PERSON", g.person().sei, "surname_only"))
    b.line("個人番号：{m}", m=g.num("MY_NUMBER"))
    b.line("クレジットカード番号（ふるさと納税用に別途登録）：{c}", c=g.num("CREDIT_CARD"))
    return b


def _card_chat(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("【問い合わせフォーム】")
    b.line("件名：返礼品が届きません")
    b.line("{n}です。{d}に寄附しました。".replace("{d}", when(r)), n=p.full("kanji", r))
    b.line("決済したカードは {c} です。", c=g.num("CREDIT_CARD"))
    b.line("念のため、もう1枚の {c} でも二重に申し込んだかもしれません。", c=g.num("CREDIT_CARD"))
    b.line("届け先 {a}", a=g.address())
    b.line("{m}", m=g.email(p.mail_local()))
    return b


def _ocr_transfer(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("（スキャンした振込依頼書のOCR結果）")
    b.line("振 込 依 頼 書　　　　　　　　{d}".replace("{d}", when(r)))
    b.line("お受取人　ﾌﾘｶﾞﾅ {k}", k=p.halfwidth())
    b.line("　　　　　 {n}　様", n=p.zen())
    b.line("{bk}　{br}", bk=g.org(r.choice(BANKS)), br=r.choice(BRANCHES))
    b.line("普通 ・ 当座　　口座番号")
    b.line("{v}", v=g.num("BANK_ACCOUNT", form=r.choice(("spaced", "ideographic_space", "mixed", None)), sub="account"))
    b.line("金 額　￥ 1 2 3 , 0 0 0 ※")
    b.line("ご依頼人　{o}（還付金）", o=g.org("納税課"))
    b.line("摘要：過誤納還付　通知番号 {x}".replace("{x}", f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"))
    return b


def _pension_account(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.elder()
    b.line("年金受取口座 変更届（写し）→ {o}へ回付".replace("{o}", "{o}"), o=g.org("日本年金機構"))
    b.line("基礎年金番号\t{v}", v=g.num("PENSION_NUMBER"))
    b.line("氏名\t{n}（{k}）", n=p.full("kanji", r), k=p.kana(r, True))
    b.line("生年月日\t{bd}", bd=g.birth(r.choice(("wareki", "abbrev", "kanji_numerals")), lo=1935, hi=1958))
    b.line("新しい受取口座\t{bk} {br} 普通 {v}", bk=g.org(r.choice(BANKS)), br=r.choice(BRANCHES),
           v=g.num("BANK_ACCOUNT", sub="account"))
    b.line("旧口座\tゆうちょ {v}", v=g.num("BANK_ACCOUNT", sub="yucho"))
    b.line("介護保険料の特別徴収\tあり（被保険者番号 {v}）", v=g.num("CARE_INSURANCE"))
    b.line("届出者\t本人（窓口）　確認書類：運転免許証 {v}", v=g.num("DRIVER_LICENSE"))
    return b


TEMPLATES = (_pension_account, _ocr_transfer, _furikae, _yucho, _kyufukin, _refund_letter, _card_trouble,
             _kouza_chat_form, _card_chat)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
