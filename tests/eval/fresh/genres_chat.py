"""Conversational genres: staff chat, residents' LINE messages, foreign residents' consultations, memos."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fresh import places as P
from tests.eval.fresh.values import Factory

_EMOJI = ("🙏", "👍", "💦", "😅", "☀", "🙆\u200d♀️", "📞", "✨", "😢", "🏠")
_LANGS = ("ベトナム語", "ネパール語", "タガログ語", "ポルトガル語", "中国語", "インドネシア語", "英語")


def _clock(f: Factory) -> list[str]:
    """Increasing chat timestamps."""
    minute = f.rng.randint(8 * 60, 17 * 60)
    stamps = []
    for _ in range(6):
        minute += f.rng.randint(0, 7)
        stamps.append(f"[{minute // 60:02d}:{minute % 60:02d}]")
    return stamps


def staff_chat(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    clock = iter(_clock(f))
    a, c, boss, client = f.person(), f.person(), f.person(), f.person()
    e = r.choice(_EMOJI)
    variant = r.randrange(4)
    b.line("{t} {a}: おはようございます{e}", t=next(clock), a=a.kanji(spaced=True), e=e)
    if variant == 0:
        b.line(
            "{t} {c}: おはよです〜 昨日の{n}さんの件、住所 {addr} であってます？",
            t=next(clock),
            c=c.kanji(spaced=True),
            n=client.kanji(rng=r),
            addr=f.address(),
        )
        b.line("{t} {a}: あってる！TELは {p} ね📞 生年月日 {d}", t=next(clock), a=a.surname(), p=f.phone(), d=f.birth())
        b.line(
            "{t} {c}: りょ。マイナンバー控え {mn} も確認済みです{e}",
            t=next(clock),
            c=c.surname(),
            mn=f.my_number(),
            e=e,
        )
    elif variant == 1:
        b.line(
            "{t} {c}: {boss}課長から、{n}さんの還付口座 {bank} でOKって🙆",
            t=next(clock),
            c=c.kanji(spaced=True),
            boss=boss.titled(full=False),
            n=client.kanji(rng=r),
            bank=f.bank(),
        )
        b.line(
            "{t} {a}: 了解〜 カード払いの分 {cc} は返金手続き別だよね？",
            t=next(clock),
            a=a.surname(),
            cc=f.credit_card(),
        )
        b.line(
            "{t} {c}: ですです。{s}さんには {p} に折り返します💦",
            t=next(clock),
            c=c.surname(),
            s=client.surname(),
            p=f.phone(),
        )
    elif variant == 2:
        fo = f.foreigner()
        b.line(
            "{t} {c}: 窓口に{n}さん来てます。在留カード {rc} とパスポート {pp} 控えとりました{e}",
            t=next(clock),
            c=c.kanji(spaced=True),
            n=fo.katakana(r),
            rc=f.residence_card(),
            pp=f.passport(),
            e=e,
        )
        b.line(
            "{t} {a}: ありがと！ 通訳は{o}さんに頼んだ。{lang}OK",
            t=next(clock),
            a=a.surname(),
            o=f.org(P.PARTNERS),
            lang=r.choice(_LANGS),
        )
        b.line(
            "{t} {c}: 連絡先 {p}、メール {m} だそうです",
            t=next(clock),
            c=c.surname(),
            p=f.phone(),
            m=f.email("nam.nguyen"),
        )
    else:
        b.line("{t} {c}: 本人確認、免許証 {dl} でOKでした", t=next(clock), c=c.kanji(spaced=True), dl=f.driver())
        b.line(
            "{t} {a}: 住民票コード {rc} も一応メモ。{n}さんは{place}に転出予定とのこと",
            t=next(clock),
            a=a.surname(),
            rc=f.resident_code(),
            n=client.kanji(rng=r),
            place=f.loc(P.REGIONS),
        )
        b.line("{t} {boss}: 個人情報チャットに貼らないで〜😅 消しといてね", t=next(clock), boss=boss.kanji(spaced=True))
    return b


def line_message(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    me = f.person()
    variant = r.randrange(6)
    if variant == 0:
        b.line("すみません😢 児童手当の振込先を変えたいです")
        b.line("{bk} {br} 普通 {acc}", bk=f.bank_name(), br=r.choice(("駅前支店", "中央支店", "本店")), acc=f.bank())
        b.line("名義は{k}です。日中は{p}に出られます", k=me.kana(r, kata=True), p=f.phone(mobile=True))
    elif variant == 1:
        b.line("{n}です！引っ越しました🏠", n=me.kanji(rng=r))
        b.line("新住所 〒{z} {addr}", z=f.postal(), addr=f.address())
        b.line("書類はメール {m} に送ってもらえると助かります🙏", m=f.email())
    elif variant == 2:
        mother = f.person()
        b.line("母（{n}、{d}生まれ）の介護保険証をなくしてしまいました", n=mother.kanji(rng=r), d=f.birth(1930, 1950))
        b.line("被保険者番号は {c} だったと思います…", c=f.care())
        b.line("再発行は{o}でいいですか？ 私は娘の{me}です", o=f.org("介護保険課"), me=me.kanji(rng=r))
    elif variant == 3:
        b.line("マイナンバーカードの暗証番号ロックかかった💦")
        b.line("番号 {mn} で予約とれますか？", mn=f.my_number())
        b.line("連絡先 {p} / {m}", p=f.phone(), m=f.email())
        b.line("手数料はカード {cc} で払えますか？", cc=f.credit_card())
    elif variant == 4:
        b.line(
            "保険証（記号 {k} 番号 {n}）を{place}で落としたかもしれません😢",
            k=f.hi_kigo(),
            n=f.hi_bango(),
            place=f.loc(P.DISTRICTS),
        )
        b.line("保険者番号は {i} です。{me}", i=f.insurer_no(), me=me.kana(r))
        b.line("カードも一緒で {cc} …止めたほうがいいですよね", cc=f.credit_card())
    else:
        b.line("こんにちは。父の年金の件です")
        b.line("基礎年金番号 {pn}、{n}（{d}生）", pn=f.pension(), n=f.person().fullwidth_space(), d=f.birth(1935, 1955))
        b.line("後期高齢の被保険者番号は {k} です。返信は {m} まで", k=f.kouki_no(), m=f.email())
    return b


def foreign_consult(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    fo, interp = f.foreigner(), f.person()
    variant = r.randrange(3)
    if variant == 0:
        b.line("外国人相談記録（{lang}）", lang=r.choice(_LANGS))
        b.line("通訳: {o} {i}", o=f.org("国際交流協会"), i=interp.fullwidth_space())
        b.line("相談者: {roman} / {kata}", roman=fo.romanized(), kata=fo.katakana(r))
        b.line("国籍: {c}", c=f.loc(fo.country))
        b.line("在留カード番号: {rc}　住民票コード: {code}", rc=f.residence_card(), code=f.resident_code())
        b.line("旅券番号: {pp}", pp=f.passport())
        b.line("生年月日: {d}", d=f.birth(1975, 2004))
        b.line("住所: 〒{z} {addr}", z=f.postal(), addr=f.address())
        b.line("連絡先: {p}", p=f.phone(mobile=True))
        b.line("内容: 在留期間更新の書類について。{o}への同行を希望。", o=f.org("出入国在留管理庁"))
    elif variant == 1:
        b.line(
            "{kata}さん（{c}）来庁。{o}の通訳{i}が同席。",
            kata=fo.katakana(r),
            c=f.loc(fo.country),
            o=f.org(P.PARTNERS),
            i=interp.kanji(rng=r),
        )
        b.line(
            "パスポート（{pp}）の期限切れについて相談。在留カード {rc} は有効。", pp=f.passport(), rc=f.residence_card()
        )
        b.line(
            "{s}は{place}の工場勤務、携帯 {p}。健康保険は被保険者番号 {n} を確認。",
            s=fo.surname(),
            place=f.loc(P.DISTRICTS),
            p=f.phone(),
            n=f.hi_bango(),
        )
        b.line("配偶者 {sp} も同伴（在留カード {rc2}）。", sp=f.foreigner().katakana(r), rc2=f.residence_card())
    else:
        b.line("件名: Consultation about tax refund")
        b.line("Dear staff, my name is {roman}. I live at {addr}.", roman=fo.romanized(), addr=f.address())
        b.line("Residence card: {rc}", rc=f.residence_card())
        b.line("Passport: {pp}", pp=f.passport())
        b.line(
            "Please send money to {bk}, branch {br}, account {acc}.", bk=f.bank_name(), br=f.branch(), acc=f.account()
        )
        b.line("Phone {p} / mail {m}", p=f.phone(), m=f.email())
        b.line("（受付メモ: 英語対応。{s}さんには{i}が電話予定）", s=fo.surname(), i=interp.kanji(rng=r))
    return b


def counter_memo(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    staff, who = f.person(), f.person()
    variant = r.randrange(4)
    if variant == 0:
        b.line("電話受付メモ 10/{d} 14:20　受: {s}", d=str(r.randint(1, 30)), s=staff.kanji(rng=r))
        b.line("相手: {n} 様（{k}）", n=who.kanji(rng=r), k=who.kana(r, kata=True))
        b.line("TEL: {p}", p=f.phone())
        b.line("〒{z} {addr}", z=f.postal(), addr=f.address())
        b.line("内容: 年金の免除申請。基礎年金番号 {pn}", pn=f.pension())
        b.line("→ {o}に確認して15時以降に折り返し", o=f.org("日本年金機構"))
    elif variant == 1:
        b.line("窓口対応記録（{o}）", o=f.org("市民課"))
        b.line("来庁者: {n}", n=who.fullwidth_space())
        b.line("本人確認: 運転免許証 {dl}", dl=f.driver())
        b.line("住民票コード: {rc}", rc=f.resident_code())
        b.line("個人番号: {mn}", mn=f.my_number())
        b.line("生年月日: {d}", d=f.birth())
        b.line("対応: {s}（{s2}主査に引継ぎ）", s=staff.kanji(rng=r), s2=f.person().titled(full=False))
    elif variant == 2:
        b.line("{n}さんから電話。資格確認書の再交付について。", n=who.kanji(rng=r))
        b.line("保険者番号 {i}、記号 {k}、番号 {no}", i=f.insurer_no(), k=f.hi_kigo(), no=f.hi_bango())
        b.line("住所は{addr}、〒{z}。", addr=f.address(), z=f.postal())
        b.line("{s}さん宛に郵送。不在なら {p} へ。", s=who.surname(), p=f.phone())
    else:
        b.line("【パスポート申請 受付票】")
        b.line("申請者: {n}（{roman}）", n=who.kanji(rng=r), roman=who.romanized(r))
        b.line("旧旅券番号: {pp}", pp=f.passport())
        b.line("受付窓口: {o}　現住所: {addr}", o=f.org("市民課"), addr=f.address())
        b.line("連絡先: {p}　生年月日: {d}", p=f.phone(), d=f.birth())
        b.line("住民票コード記載: {rc}", rc=f.resident_code())
    return b


def call_transcript(f: Factory) -> Builder:
    r, b = f.rng, Builder()
    who = f.person()
    variant = r.randrange(4)
    b.line("（通話記録・文字起こし）")
    b.line("職員：お電話ありがとうございます。{o}です。", o=f.org(r.choice(("保険年金課", "税務課", "市民課"))))
    b.line("市民：あの、{n}と申します。", n=who.kanji(rng=r) if r.random() < 0.5 else who.kana(r))
    if variant == 0:
        b.line("職員：基礎年金番号をお願いいたします。")
        b.line("市民：えっと、{pn}です。あ、夫の分は{pn2}です。", pn=f.pension(), pn2=f.pension())
        b.line("職員：念のためマイナンバーでも確認します。")
        b.line("市民：{mn}。", mn=f.my_number())
    elif variant == 1:
        b.line("市民：固定資産税をカードで払いたくて。番号は{cc}です。", cc=f.credit_card())
        b.line("職員：恐れ入ります、お電話ではカード番号をお伺いできません。")
        b.line("市民：じゃあ前に登録した{cc2}のほうで…", cc2=f.credit_card())
        b.line("職員：{s}様、基礎年金番号{pn}の還付の件は別途ご案内します。", s=who.surname(), pn=f.pension())
    elif variant == 2:
        b.line("職員：ご本人確認のため、運転免許証の番号をお願いします。")
        b.line("市民：{dl}です。", dl=f.driver())
        b.line("職員：住民票コードがお手元にあれば。")
        b.line("市民：{rc}ですね。生年月日は{d}です。", rc=f.resident_code(), d=f.birth())
    else:
        b.line("市民：障害者手帳の更新で。番号は{d}、母の介護保険は{c}です。", d=f.disability(), c=f.care())
        b.line("職員：個人番号も必要になります。")
        b.line("市民：{mn}…あと年金が{pn}。", mn=f.my_number(), pn=f.pension())
        b.line("職員：免許証をお持ちなら番号を。")
        b.line("市民：{dl}です。", dl=f.driver())
    b.line("職員：折り返しは{p}でよろしいですか。", p=f.phone())
    return b
