"""PDF copy-paste and prose: 市報 profiles, obituaries, biographies, やさしい日本語, speeches, English letters."""

from __future__ import annotations

from .ctx import Ctx, request
from .forms import PERSON_INLINE
from .places import ALL_CITIES, new_addr
from .pools import COUNTRIES

_PDF_LABELS = {
    "PHONE_NUMBER": "電 話",
    "POSTAL_CODE": "郵 便 番 号",
    "MY_NUMBER": "個 人 番 号",
    "RESIDENT_CODE": "住 民 票 コ ー ド",
    "HEALTH_INSURANCE": "保 険 者 番 号",
    "PENSION_NUMBER": "基 礎 年 金 番 号",
    "DRIVER_LICENSE": "免 許 証 番 号",
    "PASSPORT": "旅 券 番 号",
    "RESIDENCE_CARD": "在 留 カ ー ド",
    "BANK_ACCOUNT": "口 座 番 号",
    "CREDIT_CARD": "カ ー ド 番 号",
    "CARE_INSURANCE": "介 護 保 険 番 号",
    "BIRTH_DATE": "生 年 月 日",
}


def pdf_paste(c: Ctx) -> None:
    """An application PDF copied and pasted: characters and digit groups split by spaces."""
    request(c, "PDFから貼り付けたので整形して")
    b = c.b
    b.line("{t}　申 請 書", t=c.choice(("児 童 手 当", "国 民 健 康 保 険", "介 護 保 険", "住 民 票 写 し 交 付")))
    for _ in range(2):
        b.line("氏 名　{p}", p=c.pname(c.new("ja"), "pdf_spaced"))
    b.line("住 所　{a}", a=c.ctxval("ADDRESS", "pdf_spaced"))
    b.line("送 付 先　{a}", a=c.ctxval("ADDRESS", "pdf_spaced"))
    for e in c.least(tuple(_PDF_LABELS), "pdf_spaced", 10):
        b.line("{l}　{v}", l=_PDF_LABELS[e], v=c.ctxval(e, "pdf_spaced"))
    b.line("{p}　様", p=c.pname(c.new("ja"), "pdf_spaced"))
    b.line("（{o}）", o=c.dept())


def pdf_vertical(c: Ctx) -> None:
    """A vertically typeset PDF (挨拶状・表彰・通知) copied one character per line."""
    request(c, "縦書きPDFから貼ったので横書きに直して")
    b = c.b
    b.line("{o}", o=c.org(f"{c.rng.choice(ALL_CITIES).name}長"))
    b.line("感\n謝\n状")
    for _ in range(2):
        b.line("{p}", p=c.pname(c.new("ja"), "vertical"))
        b.line("殿")
    b.line("あなたは永年にわたり{x}に尽力されました", x=c.choice(("地域の見守り活動", "消防団活動", "交通安全指導")))
    b.line("{p}", p=c.pname(c.new("ja"), "vertical"))
    b.line("連絡先 {t}", t=c.num("PHONE_NUMBER", ("kanji", "hyphen", "fullwidth")))


def profile(c: Ctx) -> None:
    """市報の人物紹介 (prose)."""
    request(c)
    b = c.b
    p = c.new()
    b.add("【まちの人】{p}", p=c.pname(p, "prose"))
    b.add("（{a}歳・{l}在住）", a=str(c.rng.randint(20, 90)), l=c.loc(new_addr(c.rng).town))
    b.line()
    b.add(
        "{o}で{y}年にわたり子どもたちに{x}を教えてきた。",
        o=c.org(),
        y=str(c.rng.randint(5, 40)),
        x=c.choice(("将棋", "書道", "和太鼓", "ポルトガル語")),
    )
    b.add("「{q}に背中を押されて始めた」と笑う。", q=c.person("さん", ("given_only", "full_space", "surname_later"))[0])
    b.line(
        "妻の{w}と二人三脚で続けてきた教室は{n}人が巣立った。",
        w=c.pname(c.new("ja"), "prose"),
        n=str(c.rng.randint(50, 400)),
    )
    b.line("問合せ：{o}　{t}", o=c.dept(), t=c.num("PHONE_NUMBER"))


def obituary(c: Ctx) -> None:
    """訃報・お悔やみ欄 (prose)."""
    request(c, "お悔やみ欄の原稿を確認して")
    b = c.b
    b.line("おくやみ（{m}月受付分・{o}）", m=str(c.rng.randint(1, 12)), o=c.dept())
    for _ in range(3):
        b.line(
            "故 {p}（{a}歳）　{l}　喪主 {q}（{r}）",
            p=c.pname(c.new(), "obituary"),
            a=str(c.rng.randint(60, 104)),
            l=c.loc(new_addr(c.rng).town),
            q=c.pname(c.new(), "obituary"),
            r=c.choice(("長男", "妻", "長女", "夫")),
        )
    b.line("葬儀は{o}にて近親者のみで執り行われました。", o=c.org())


def biography(c: Ctx) -> None:
    """郷土史の人物伝 (encyclopedic prose, names without honorifics)."""
    request(c)
    b = c.b
    p = c.new(c.choice(("ja", "ja", "variant", "foreign")))
    born = str(c.rng.randint(1840, 1900))
    b.add("{p}（", p=c.pname(p, "prose"))
    b.add(
        "{y}年 - {z}年）は、{l}出身の",
        y=born,
        z=str(int(born) + c.rng.randint(45, 90)),
        l=c.loc(c.choice((*COUNTRIES, c.rng.choice(ALL_CITIES).name))),
    )
    b.line("{x}。", x=c.choice(("教育者", "医師", "技師", "実業家", "宣教師")))
    b.add("{l}に{o}を開き、", l=c.loc(c.rng.choice(ALL_CITIES).name), o=c.org())
    b.add("のちに{q}とともに製糸場を再建した。", q=c.pname(c.new("ja"), "prose"))
    b.line("晩年は{p}の名を冠した{o}の設立に関わった。", p=c.pname(p, "prose"), o=c.org(f"{p.family.kanji}記念文庫"))
    b.line("弟子に{q}がいる。", q=c.pname(c.new(), "prose"))


def easy_notice(c: Ctx) -> None:
    """やさしい日本語のお知らせ (to foreign residents, prose)."""
    request(c, "もっとやさしい日本語にして")
    b = c.b
    p, pp = c.person("さん", ("foreign_katakana", "romanized", "cjk_kanji"))
    b.line("{p}へ", p=p)
    b.line("{o}から　おしらせです。", o=c.dept())
    b.line("あなたの　在留カード（{r}）の　きげんが　ちかいです。", r=c.num("RESIDENCE_CARD"))
    b.line("{o}で　てつづきを　してください。", o=c.org("出入国在留管理局"))
    b.line("わからないときは　{t}に　でんわして　ください。", t=c.num("PHONE_NUMBER", ("hyphen", "spoken", "nohyphen")))
    b.line("たんとう：{s}", s=c.staff())
    b.line("{p}の　じゅうしょ：{a}", p=c.later(pp), a=c.addr(("hyphen", "building_room", "kana_building", "english")))


def speech(c: Ctx) -> None:
    """式辞・挨拶 (speech)."""
    request(c, "挨拶文を読み上げ用に整えて")
    b = c.b
    b.add("本日は{o}の記念式典にお集まりいただき、ありがとうございます。", o=c.org())
    b.add("ご来賓の{p}、", p=c.person("", ("title", "dono", "full_space"))[0])
    b.add("ならびに{q}には、日頃より格別のご支援を賜っております。", q=c.person("様", PERSON_INLINE)[0])
    b.add(
        "とりわけ、{r}は{y}年にわたり地域の防犯活動を支えてこられました。",
        r=c.person("さん", PERSON_INLINE)[0],
        y=str(c.rng.randint(10, 40)),
    )
    b.line("{l}のさらなる発展を祈念して、挨拶といたします。", l=c.loc(c.rng.choice(ALL_CITIES).name))
    b.line("{x}", x=c.pname(c.new("ja"), "signature"))


def english_letter(c: Ctx) -> None:
    """English text to check or translate (foreign residents, sister cities)."""
    request(c, "Check the English, please.", "和訳して")
    b = c.b
    p = c.new(c.choice(("foreign", "ja", "cjk")))
    b.line("Dear {p},", p=c.pname(p, "english_sentence"))
    q = c.new("ja")
    b.add("Thank you for visiting the {o}. ", o=c.dept())
    b.add(
        "As {q} explained, your address is now registered as {a}. ",
        q=c.pname(q, "english_sentence"),
        a=c.addr(("english",)),
    )
    b.line("Please call {t} if anything is unclear.", t=c.num("PHONE_NUMBER", ("plus81", "hyphen")))
    b.add(
        "Your child {k} can start at {s} next month. ",
        k=c.pname(c.new(p.kind if p.kind != "cjk" else "ja"), "english_sentence"),
        s=c.org(),
    )
    b.line("Your date of birth is recorded as {d}.", d=c.bdate(("english", "iso", "slash")))
    b.line("Sincerely,")
    b.line("{s}", s=c.pname(c.new("ja"), "english_sentence"))


def consult_prose(c: Ctx) -> None:
    """市民相談の経過メモ (prose; the catch-all for inline names and labelled numbers)."""
    request(c)
    b = c.b
    p, pp = c.person("さん", PERSON_INLINE)
    b.add("{p}から{o}に相談。", p=p, o=c.dept())
    b.add(
        "{p}によると、{r}が{a}の実家に戻り、", p=c.later(pp), r=c.person("", ("relation", "given_only"))[0], a=c.addr()
    )
    b.add(
        "年金の手続きが止まっている。{f}を確認し、",
        f=c.field(c.choice(("PENSION_NUMBER", "MY_NUMBER", "HEALTH_INSURANCE"))),
    )
    b.line("{q}に引き継いだ（{s}）。", q=c.person("", ("title",))[0], s=c.staff())
    b.line("{p}の連絡先：{t}", p=c.later(pp), t=c.num("PHONE_NUMBER"))
