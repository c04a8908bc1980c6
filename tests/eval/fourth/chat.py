"""chat: LoGoチャット between staff, LINE consultations, and records pasted to an AI with a request."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Val

from .common import clock, id_line, when
from .gen import ALL_IDS, Gen
from .people import romaji

EMOJI = ("🙏", "💦", "😅", "👍", "🙇\u200d♀️", "😭", "✨", "(^_^;)", "ｗ", "！！")


def _logo(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    a, c = g.person(), g.person()
    res = g.person()
    b.line("{a} {t}", a=a.sur(), t=clock(r))
    b.line("おつかれさまです{e}", e=r.choice(EMOJI))
    b.line("さっきの{n}さんの件、番号わかりました", n=res.sur())
    fam = g.least(ALL_IDS)
    label, v = g.idv(fam)
    b.line("{v}", v=v)
    b.line("（{l}です）", l=label)
    b.line("{c} {t}", c=c.sur(), t=clock(r))
    b.line("ありがとうございます！！システムで見てみます")
    b.line("{c} {t}", c=c.sur(), t=clock(r))
    b.add("あれ、出てこない…{n}さんって", n=res.full("kanji", r))
    b.line("{k}で合ってます？{e}", k=res.kana(r), e=r.choice(EMOJI))
    b.line("{a} {t}", a=a.sur(), t=clock(r))
    b.line("あ、旧姓かもです。電話して聞いてみます→{p}", p=g.num("PHONE_NUMBER"))
    lab2, v2 = g.idv(g.least(ALL_IDS))
    b.line("ついでに{l}も聞いといてもらえると助かります！前のメモだと {v} になってて", l=lab2, v=v2)
    return b


def _kansai(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    boss, t = g.person().sur("title"), r.choice(("課長", "係長", "主査"))
    res = g.person()
    b.line("[{o}グループ]", o=g.city_org())
    b.line("{b}{t}、{n}さんの還付の件どないなってます？".replace("{b}{t}", "{b}{t}"), b=boss, t=t, n=res.sur())
    b.line("本人からまた電話あって「はよしてや」言うてはりました💦")
    b.add("口座は前と一緒で{v}らしいです、", v=g.num("BANK_ACCOUNT"))
    b.line("ゆうちょちゃうくて{bk}の方", bk=g.org(r.choice(("三井住友銀行", "みずほ銀行"))))
    b.line("→ 了解、明日までに起案回しとくわ。住所{ad}で合うとる？", ad=g.address())
    b.line("合うてます！ほな本人に連絡しときます📞 {p}", p=g.num("PHONE_NUMBER"))
    return b


def _tohoku(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.elder()
    b.line("LINE相談（{o}公式アカウント）", o=g.loc(r.choice(("盛岡市", "横手市", "仙台市"))))
    b.line("利用者: ばあちゃんの介護保険のことで聞きでぇんだけど")
    b.add("利用者: {n}っていいます、", n=p.full("kanji", r))
    b.line("{bd}生まれだっけな", bd=g.birth(lo=1930, hi=1945))
    b.line("利用者: 保険証の番号は{v}って書いであるっす", v=g.num("CARE_INSURANCE"))
    b.line("職員: ありがとうございます。ご本人様とのご関係を教えていただけますか")
    b.line("利用者: 孫だす。{q}といいます", q=g.person().given())
    b.line("利用者: 電話は{p}さ、夕方だばでれっから", p=g.num("PHONE_NUMBER", sub="mobile"))
    b.line("職員: 承知しました。{o}から折り返しご連絡します。", o=g.org("介護保険課"))
    return b


def _ai_summary(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    req = r.choice(("以下の相談記録を200字で要約して", "これ丁寧な文面に直してください！",
                    "下の内容を上司報告用に箇条書きにして", "次の記録から課題を3つ抽出して"))
    b.line(req)
    b.line("----")
    b.line("相談者：{n}（{k}）", n=p.full("kanji", r), k=p.kana(r))
    b.line("生年月日：{bd}", bd=g.birth())
    b.line("住所：〒{z} {ad}", z=g.num("POSTAL_CODE"), ad=g.address())
    used: list[str] = []
    for _ in range(4):
        fam = g.least(tuple(f for f in ALL_IDS if f not in used))
        used.append(fam)
        id_line(b, g, fam)
    b.line("相談内容：離婚後、元夫（{x}）からの養育費が止まっている。児童扶養手当の申請を希望。",
           x=g.person(sex="m").full("kanji", r))
    b.line("----")
    b.line("よろしくお願いします{e}", e=r.choice(EMOJI))
    return b


def _excel_paste(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    b.line("このエクセルの内容、重複がないかチェックしてもらえますか")
    b.line("No\t氏名\tカナ\t電話\t備考")
    for i in range(1, r.randint(4, 6)):
        p = g.person()
        fam = g.least(ALL_IDS)
        b.line("{i}\t{n}\t{k}\t{p}\t{v}", i=str(i), n=p.zen() if r.random() < 0.5 else p.full("kanji", r),
               k=p.kana(r, True), p=g.num("PHONE_NUMBER"), v=g.num(fam))
    b.line("備考欄はいろんな番号が混ざってます😅")
    return b


def _typo_chat(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line("{a}：すみませんいま窓口混んでて", a=g.person().sur())
    b.line("{a}：{n}さｎの件あとで", a=g.person().sur(), n=p.sur())
    b.line("{a}：了解でs", a=g.person().sur())
    fam = g.least(ALL_IDS)
    v = g.num(fam, form=r.choice(("line_broken", "zero_width", "mixed", "spaced", None)))
    b.line("{a}：さっきの番号ですが、", a=g.person().sur())
    b.line("{v}", v=v)
    b.line("でした。控えのメモ捨ててください🙇")
    if r.random() < 0.6:
        b.line("あと{n}さんのメアド {m} に変わったそうです", n=p.sur(), m=g.email(romaji(p.sei_kana)))
    return b


def _line_consult(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, c = g.person(), g.child("m")
    b.line("【LINE】{d}", d=when(r))
    b.line("こんにちは。子ども医療費の申請のことで質問です")
    b.line("息子の{c}（{k}）の分です", c=c.given(), k=Val("PERSON", c.mei_kana, "kana"))
    b.line("保険証が変わって、新しい保険者番号が{v}です", v=g.num("HEALTH_INSURANCE", sub="hokensha"))
    b.line("記号 {k} 番号 {n}", k=g.num("HEALTH_INSURANCE", sub="kigo", form="plain"),
           n=g.num("HEALTH_INSURANCE", sub="bango", form="plain"))
    b.line("申請者は私、{n}です。", n=p.full("kanji", r))
    b.line("メールでも大丈夫ですか？ {m}", m=g.email(romaji(p.sei_kana) + "." + romaji(p.mei_kana)))
    b.line("ありがとうございました🙏✨")
    return b


def _check_digits(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p = g.person()
    b.line(r.choice(("以下の番号、桁数があってるかだけ見てもらえますか？", "この番号たち形式チェックお願い🙏",
                     "OCRで読み取った番号です。読み取りミスっぽいところを指摘して")))
    b.line("（{n}さんの申請書から）", n=p.full("kanji", r))
    fams = (ALL_IDS[3:] + ALL_IDS[:3])
    used: list[str] = []
    for _ in range(r.randint(5, 7)):
        fam = g.least(tuple(f for f in fams if used.count(f) < 2))
        used.append(fam)
        lab, v = g.idv(fam)
        b.line("・{l} → {v}", l=lab, v=v)
    b.line("よろしくです")
    return b


def _filipino_line(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    f = g.foreigner("フィリピン", sex="f")
    b.line("Hello po! こんにちは😊")
    b.line("わたし {n} です。{ad} に すんでます", n=f.rom(r, True), ad=g.address(r.choice(("hyphen", "building_room"))))
    b.line("hoken no card nakushita 😭 保険証 なくしました")
    b.line("number は {v} です、たぶん", v=g.num("HEALTH_INSURANCE", sub="kokuho"))
    b.line("my anak（こども）{c} の も いっしょ", c=g.foreigner("フィリピン").kata(r))
    b.line("zairyu card {v}", v=g.num("RESIDENCE_CARD"))
    b.line("cellphone {p} Salamat po🙏", p=g.num("PHONE_NUMBER", sub="mobile"))
    return b


def _ai_rewrite(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    p, s = g.person(), g.person()
    b.line(r.choice(("次のメールを、もっとやわらかい表現に直して。", "このメール、敬語おかしくないか見て📝",
                     "以下を英語に翻訳してください（外国人の方あて）")))
    b.line("")
    b.line("{n}様", n=p.full("kanji", r))
    fam = g.least(("BANK_ACCOUNT", "CREDIT_CARD", "CARE_INSURANCE", "HEALTH_INSURANCE"))
    label = {"BANK_ACCOUNT": "口座番号", "CREDIT_CARD": "カード番号", "CARE_INSURANCE": "介護保険の被保険者番号",
             "HEALTH_INSURANCE": "後期高齢者医療の被保険者番号"}[fam]
    b.add("先日の申請ですが、{l}（{v}）が", l=label, v=g.num(fam, sub="kouki" if fam == "HEALTH_INSURANCE" else None))
    b.line("確認できませんでした。")
    b.line("{bd}生まれの方で合っていますか。", bd=g.birth())
    b.line("至急 {ph} までご連絡ください。", ph=g.num("PHONE_NUMBER"))
    b.line("{o} {s}", o=g.city_org(), s=s.sur())
    return b


def _hakata(g: Gen) -> Builder:
    r, b = g.rng, Builder()
    a, c = g.person(), g.person()
    res = g.elder()
    b.line("{a}：{n}さんのとこ行ってきたばい", a=a.sur(), n=res.sur())
    b.line("{a}：保険証、前の住所のまんまやったけん、直しといてくれん？", a=a.sur())
    b.line("{a}：新しい住所は{ad}", a=a.sur(), ad=g.address())
    b.line("{c}：了解っす！番号なんやったっけ", c=c.sur())
    b.line("{a}：{v}", a=a.sur(), v=g.num(g.least(("HEALTH_INSURANCE", "CARE_INSURANCE", "PENSION_NUMBER"))))
    b.line("{a}：本人の電話は{p}、耳遠いけん大きい声で話してね😅", a=a.sur(), p=g.num("PHONE_NUMBER", sub="fixed"))
    b.line("{c}：はーい👍 {n}（{k}）さんね", c=c.sur(), n=res.full("kanji", r), k=res.kana(r))
    return b


TEMPLATES = (_hakata, _filipino_line, _ai_rewrite, _check_digits, _logo, _kansai, _tohoku, _ai_summary, _excel_paste,
             _typo_chat,
             _line_consult)


def make(g: Gen, i: int) -> Builder:
    return TEMPLATES[i % len(TEMPLATES)](g)
