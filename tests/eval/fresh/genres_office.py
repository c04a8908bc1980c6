"""Office genres: welfare and care notes, e-mail with signatures, refunds and direct debit, schools, shelters."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fresh import places as P
from tests.eval.fresh.values import Factory

_DEPTS = ("地域連携課", "高齢福祉課", "生活支援課", "総務課", "事業部")
_GRADES = ("1級", "2級", "3級", "4級")


def case_note(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    client, family, worker = f.person(), f.person(), f.person()
    variant = r.randrange(3)
    if variant == 0:
        b.line("支援経過記録（{o}）", o=f.org("地域包括支援センターみなみ"))
        b.line("利用者: {n}（{k}）　{d}生", n=client.kanji(rng=r), k=client.kana(r, kata=True), d=f.birth(1928, 1950))
        b.line("介護保険被保険者番号: {c}", c=f.care())
        b.line("基礎年金番号: {pn}　身障手帳: {d}", pn=f.pension(), d=f.disability())
        b.line("後期高齢者医療 被保険者番号: {k}", k=f.kouki_no())
        b.line("住所: 〒{z} {addr}", z=f.postal(), addr=f.address())
        b.line("キーパーソン: 長女 {n2}（{p}）", n2=family.kanji(rng=r), p=f.phone())
        b.line(
            "11/{d} {o}の{cm}ケアマネと訪問。{s}さんは膝の痛みが強く、通所を休みがち。",
            d=str(r.randint(1, 28)),
            o=f.org(P.PARTNERS),
            cm=worker.titled(full=True),
            s=client.surname(),
        )
    elif variant == 1:
        b.line("ケース記録（障害福祉）")
        b.line("対象者: {n}", n=client.fullwidth_space())
        b.line("身体障害者手帳 第{d}号（{g}）", d=f.disability(), g=r.choice(_GRADES))
        if r.random() < 0.5:
            b.line("療育手帳（{a}） 番号 {d}", a=r.choice(("A", "B1", "B2")), d=f.disability())
        else:
            b.line("精神障害者保健福祉手帳 {d}（{g}）", d=f.disability(), g=r.choice(_GRADES[:3]))
        b.line("介護保険 {c} ／ 後期高齢 {k}", c=f.care(), k=f.kouki_no())
        b.line("連絡先: {p}（母 {m}）", p=f.phone(), m=family.kanji(rng=r))
        b.line("担当: {w}", w=worker.kanji(rng=r))
    else:
        b.line(
            "{d}、{w}が{n}宅（{addr}）を訪問した。",
            d=f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
            w=worker.prose(),
            n=client.prose(),
            addr=f.address(),
        )
        b.line(
            "{s}は{place}の病院を退院したばかりで、{o}の訪問看護を週2回利用している。",
            s=client.surname(),
            place=f.loc(P.HOMETOWNS),
            o=f.org("ふれあい訪問看護ステーション"),
        )
        b.line(
            "手帳番号は{d}、介護保険の被保険者番号は{c}。長男の{fam}とは疎遠。",
            d=f.disability(),
            c=f.care(),
            fam=family.prose(),
        )
    return b


def email_signature(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    sender, to = f.person(), f.person()
    dept = r.choice(_DEPTS)
    home = f.org(P.PARTNERS)
    b.line("件名: Re: {what}の件", what=r.choice(("研修会日程", "委託契約", "見守り協定", "講師依頼")))
    b.line("{o}\n{n}様", o=f.org(P.EMPLOYERS), n=to.kanji(rng=r))
    b.line()
    b.line("いつもお世話になっております。{o}の{s}です。", o=home, s=sender.surname())
    b.line(
        "{place}での開催について、{t}{title}から了承を得ました。",
        place=f.loc(P.FACILITIES),
        t=f.person().titled(full=False) if r.random() < 0.5 else f.person().titled(full=True),
        title=r.choice(("課長", "所長", "理事長", "部長")),
    )
    if r.random() < 0.4:
        b.line("当日の緊急連絡は私の携帯 {p} までお願いします。", p=f.phone(mobile=True))
    b.line()
    b.line("--")
    b.line("{o} {d}", o=f.org(home.text), d=dept)
    b.line(
        "{n}（{roman}）",
        n=sender.fullwidth_space() if r.random() < 0.5 else sender.kanji(spaced=True),
        roman=sender.romanized(r),
    )
    b.line("携帯: {p}", p=f.phone(mobile=True))
    local = f"{sender.given_romaji[0].lower()}-{sender.family_romaji.lower()}"
    b.line("Mail: {m}", m=f.email(local, r.choice(("city.sagamihara.lg.jp", "example-care.co.jp", "npo-hiroba.jp"))))
    return b


def bank_transfer(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    payer = f.person()
    variant = r.randrange(5)
    b.line(
        ("口座振替依頼書", "還付金振込先届", "過誤納金還付のお知らせ", "口座登録変更届", "市税のお支払い方法変更")[
            variant
        ]
    )
    b.line("氏名: {n}（{k}）", n=payer.kanji(rng=r), k=payer.kana(r, kata=True))
    b.line("住所: 〒{z} {addr}", z=f.postal(), addr=f.address())
    if variant == 0:
        b.line("金融機関: {bk} {br}", bk=f.bank_name(), br=r.choice(("駅前支店", "中央支店", "本店営業部")))
        b.line("預金種目・口座番号: 普通預金 {a}", a=f.bank())
    elif variant == 1:
        b.line("振込先: {bk}　店番 {br} 普通 {a}", bk=f.bank_name(), br=f.branch(), a=f.account())
    elif variant == 2:
        b.line("振込先: {o}　記号 {k} 番号 {n}", o=f.org("ゆうちょ銀行"), k=f.yucho_kigo(), n=f.yucho_bango())
        b.line("（ゆうちょ銀行以外からの振込用: 店名 {br} 普通 {a}）", br=f.branch(form="kanji"), a=f.account())
    elif variant == 3:
        b.line("事業用口座: {bk} 当座 {a}", bk=f.bank_name(), a=f.bank())
        b.line("個人番号: {mn}", mn=f.my_number())
    else:
        b.line("クレジットカード番号: {cc}（有効期限 08/29）", cc=f.credit_card())
        b.line("本人確認書類: 運転免許証 {dl}", dl=f.driver())
        b.line("旧口座: {bk} 普通預金 {a} は解約済み", bk=f.bank_name(), a=f.bank())
    b.line("電話: {p}", p=f.phone())
    return b


def school_notice(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    child, parent = f.person(), f.person()
    school = f.org(r.choice(("市立第二中学校", "さくら保育園", "市立東小学校", "ひまわり学童クラブ")))
    variant = r.randrange(3)
    if variant == 0:
        b.line("{s}　緊急連絡先カード", s=school)
        b.line("児童氏名: {c}（{d}生）", c=child.kana(r, kata=False), d=f.birth(2013, 2020))
        b.line("保護者: {p}　続柄: 母", p=parent.kanji(rng=r))
        b.line("緊急連絡先①: {t1}　②: {t2}", t1=f.phone(), t2=f.phone())
        b.line("メール: {m}", m=f.email("sakura_mama"))
        b.line("かかりつけ: {o}", o=f.org("県立総合医療センター"))
    elif variant == 1:
        b.line("保護者の皆様へ　校外学習（{place}）のお知らせ", place=f.loc(P.FACILITIES + P.RIVERS))
        b.line("健康保険証の写しを提出してください。例）記号 {k}・番号 {n}", k=f.hi_kigo(), n=f.hi_bango())
        b.line("提出済み: {c}　保険者番号 {i}", c=child.kanji(rng=r), i=f.insurer_no())
        b.line("ご不明点は担任の{t}教諭まで。", t=f.person().titled(full=False))
    else:
        fo = f.foreigner()
        b.line("{s} 入園申込書（受付控）", s=school)
        b.line("園児: {c}　{d}生", c=f.foreigner().katakana(r), d=f.birth(2019, 2023))
        b.line(
            "保護者: {roman}（在留カード {rc}／旅券 {pp}）",
            roman=fo.romanized(),
            rc=f.residence_card(),
            pp=f.passport(),
        )
        b.line("勤務先: {o}　連絡先: {p}", o=f.org("株式会社みどり交通"), p=f.phone())
        b.line("住所: 〒{z} {addr}", z=f.postal(), addr=f.address())
    return b


def shelter_list(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    b.line("避難者名簿（{place}）　{d}日 21時現在", place=f.loc(P.FACILITIES), d=str(r.randint(1, 28)))
    b.line("No.｜氏名｜年齢｜住所｜連絡先｜備考")
    for i in range(1, r.randint(4, 6)):
        kind = r.randrange(6)
        if kind == 4:
            name = f.foreigner().romanized() if r.random() < 0.5 else f.foreigner().katakana(r)
        else:
            name = f.person().kanji(rng=r) if kind % 2 else f.person().fullwidth_space()
        b.add("{i}｜{n}｜{a}｜{addr}｜{p}｜", i=str(i), n=name, a=str(r.randint(3, 95)), addr=f.address(), p=f.phone())
        note = (
            ("要介護3　介護保険 {v}", f.care),
            ("身体障害者手帳 {v}　車いす", f.disability),
            ("後期高齢 {v}　服薬あり", f.kouki_no),
            ("保険証 記号{v}", f.hi_kigo),
            ("在留カード {v}（通訳要）", f.residence_card),
            ("免許証 {v}", f.driver),
        )[kind]
        b.line(note[0], v=note[1]())
    b.line("受付: {o}　{s}", o=f.org("市民活動センター"), s=f.person().kanji(rng=r))
    return b
