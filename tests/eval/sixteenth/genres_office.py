"""Kinds of council, staff, fire and ambulance, victim support and subsidy work."""

from __future__ import annotations

from .ctx import Ctx, needy, request
from .forms import EXTRA, LABEL, PERSON_INLINE, PERSON_PLAIN
from .places import ALL_CITIES


def petition(c: Ctx) -> None:
    """陳情・請願の署名簿 (table)."""
    request(c, "署名簿の重複を確認して")
    b = c.b
    b.line(
        "{x}署名簿（{t}）",
        x=c.choice(("陳情", "請願")),
        t=c.choice(("通学路の信号設置", "図書館の開館延長", "バス路線の存続")),
    )
    b.line("{o}議長 様", o=c.org(f"{c.rng.choice(ALL_CITIES).name}議会"))
    b.line("No,氏名,住所")
    for i in range(c.rng.randint(3, 5)):
        b.line("{i},{p},{a}", i=str(i + 1), p=c.pname(c.new(), "cell"), a=c.ctxval("ADDRESS", "csv_field"))
    b.line("代表者：{p}　{t}", p=c.person("", PERSON_PLAIN)[0], t=c.field("PHONE_NUMBER"))


def general_question(c: Ctx) -> None:
    """一般質問の通告書."""
    request(c)
    b = c.b
    b.line("一般質問通告書　{o}", o=c.org("議会事務局"))
    b.line("質問者：{p}", p=c.pname(c.new("ja"), "title"))
    b.line("答弁を求める者：市長、{d}長", d=c.dept())
    b.line("1 {q}", q=c.choice(("空き家対策の進捗", "避難所の環境改善", "学童保育の待機解消")))
    b.line(
        "  相談者{p}から寄せられた事例（{a}）について",
        p=c.person("さん", PERSON_INLINE)[0],
        a=c.addr(("partial", "abbrev", "ward")),
    )
    b.line("連絡先：{t}", t=c.num("PHONE_NUMBER"))


def minutes(c: Ctx) -> None:
    """議会・委員会の議事録 (talk with speakers and attendee lists)."""
    request(c)
    b = c.b
    b.line("{o} 会議録", o=c.org(f"{c.choice(('総務', '厚生', '建設', '文教'))}常任委員会"))
    people = [c.new("ja") for _ in range(4)]
    b.add("出席委員：")
    for i, p in enumerate(people):
        b.add("{sep}{p}", sep="" if i == 0 else "、", p=c.pname(p, "list"))
    b.line()
    b.line("説明員：{d}長、{e}長", d=c.dept(), e=c.dept())
    b.line()
    for _ in range(c.rng.randint(4, 6)):
        p = c.rng.choice(people)
        b.add("○{p}", p=c.pname(p, "speaker"))
        b.add(c.choice(("委員　", "委員長　", "　")))
        line = c.rng.randint(0, 2)
        if line == 0:
            b.line("{h}の件で、{r}から相談を受けております。", h=c.org(), r=c.person("さん", PERSON_INLINE)[0])
        elif line == 1:
            b.line("先ほどの{q}の答弁について再質問します。", q=c.pname(c.rng.choice(people), "surname_later"))
        else:
            b.line(
                "{l}の地区では高齢化率が{n}％を超えています。",
                l=c.loc(c.rng.choice(ALL_CITIES).name),
                n=str(c.rng.randint(25, 48)),
            )


def transfer(c: Ctx) -> None:
    """人事異動の内示."""
    request(c)
    b = c.b
    b.line("人事異動内示（{m}月1日付）", m=c.choice(("4", "7", "10")))
    col = c.least(EXTRA, "cell", 1)[0]
    b.line("所属\t職\t氏名\t" + LABEL[col][0])
    for _ in range(c.rng.randint(3, 5)):
        b.line(
            "{d}\t{t}\t{p}\t{x}",
            d=c.dept(),
            t=c.choice(("主事", "主任", "係長", "課長補佐")),
            p=c.pname(c.new("ja"), "cell"),
            x=c.ctxval(col, "cell"),
        )
    b.line("添付：{f}_内示書.docx", f=c.pname(c.new("ja"), "filename"))


def training(c: Ctx) -> None:
    """研修受講者名簿."""
    request(c, "受講者を所属順に並べて")
    b = c.b
    b.line("{x}研修 受講者名簿", x=c.choice(("個人情報保護", "接遇", "新任係長", "防災")))
    for i in range(c.rng.randint(4, 6)):
        b.line("{i}. {d}　{p}", i=str(i + 1), d=c.dept(), p=c.pname(c.new(), c.choice(("list", "cell"))))
    b.line("欠席連絡：{p}（{m}）", p=c.pname(c.new("ja"), "full_space"), m=c.field("EMAIL_ADDRESS"))


def overtime(c: Ctx) -> None:
    """超過勤務命令簿."""
    request(c)
    b = c.b
    b.line("超過勤務命令簿　{d}", d=c.dept())
    b.line("日付,職員,時間,業務,命令者")
    for _ in range(c.rng.randint(3, 5)):
        b.line(
            "{m}/{d},{p},{h}h,{w},{q}",
            m=str(c.rng.randint(1, 12)),
            d=str(c.rng.randint(1, 28)),
            p=c.pname(c.new("ja"), "cell"),
            h=str(c.rng.randint(1, 5)),
            w=c.choice(("選挙準備", "窓口延長", "災害対応")),
            q=c.pname(c.new("ja"), "cell"),
        )


def retiree(c: Ctx) -> None:
    """退職者の連絡先."""
    request(c)
    b = c.b
    p, _pp = c.person("", PERSON_PLAIN)
    b.line("退職者連絡先届（{d}）", d=c.org("職員課"))
    b.line("氏名：{p}", p=p)
    b.line("{d}", d=c.field("BIRTH_DATE"))
    b.line("{a}", a=c.addr(("label_above", "plain", "building_room", "line_broken"), label="退職後の住所"))
    for e in needy(c, 3, ("PHONE_NUMBER", "EMAIL_ADDRESS", "PENSION_NUMBER", "POSTAL_CODE", "BANK_ACCOUNT")):
        b.line("{f}", f=c.field(e))
    b.line("{s}", s=c.pname(c.new("ja"), "signature"))


def ambulance(c: Ctx) -> None:
    """消防・救急搬送記録."""
    request(c)
    b = c.b
    b.line("救急活動記録　{o}", o=c.org(f"{c.choice(('中央', '北', '南'))}消防署"))
    b.line("覚知 {h}:{m}　現場：{a}", h=f"{c.rng.randint(0, 23):02d}", m=f"{c.rng.randint(0, 59):02d}", a=c.addr())
    b.line("傷病者：{p}", p=c.person("", ("with_age", "full_space", "katakana", "foreign_katakana", "hiragana"))[0])
    b.line("{d}", d=c.field("BIRTH_DATE"))
    b.line("通報者：{p}　{t}", p=c.person("", ("relation", "full_nospace"))[0], t=c.num("PHONE_NUMBER"))
    b.line("{k}", k=c.field(needy(c, 1, ("HEALTH_INSURANCE", "CARE_INSURANCE", "MY_NUMBER"))[0]))
    b.line("搬送先：{h}　隊長 {s}", h=c.org(), s=c.staff())


def accident_aid(c: Ctx) -> None:
    """交通事故見舞金の申請."""
    request(c)
    b = c.b
    b.line("交通事故見舞金支給申請　{d}", d=c.org("交通安全課"))
    b.line("被害者：{p}", p=c.person("", (*PERSON_PLAIN, "reading_paren"))[0])
    b.line("{a}", a=c.addr_line("住所"))
    b.line(
        "事故発生：{m}月{d}日　{l}の交差点",
        m=str(c.rng.randint(1, 12)),
        d=str(c.rng.randint(1, 28)),
        l=c.loc(c.rng.choice(ALL_CITIES).name),
    )
    b.line("{f}", f=c.field("DRIVER_LICENSE"))
    bk, br = c.bank()
    b.line("振込先：{bk} {br} {k} {n}", bk=bk, br=br, k=c.choice(("普通", "当座")), n=c.num("BANK_ACCOUNT"))


def victim_support(c: Ctx) -> None:
    """犯罪被害者支援 (prose)."""
    request(c)
    b = c.b
    p, pp = c.person("さん", PERSON_INLINE)
    b.add("{p}は先月、{a}の自宅付近で被害に遭い、", p=p, a=c.addr(("partial", "abbrev", "ward", "hyphen")))
    b.add("{o}の紹介で来所された。", o=c.org(f"{c.choice(('中央', '東', '西'))}警察署"))
    b.add(
        "{p}によれば、加害者とされる{x}とは面識がない。",
        p=c.later(pp),
        x=c.person("", ("full_space", "katakana", "romanized"))[0],
    )
    b.add(
        "転居費用の助成と見舞金を案内し、",
    )
    b.line("連絡は{t}に限るよう希望（住所は非開示）。担当{s}。", t=c.num("PHONE_NUMBER"), s=c.staff())


def subsidy(c: Ctx) -> None:
    """補助金交付申請."""
    request(c)
    b = c.b
    b.line("{x}補助金交付申請書", x=c.choice(("住宅リフォーム", "生垣設置", "省エネ家電", "合併浄化槽")))
    b.line("申請者：{p}", p=c.person("", PERSON_PLAIN)[0])
    b.line("{a}", a=c.addr(("label_above", "plain", "hyphen", "zen_digits"), label="住所"))
    b.line("施工業者：{o}", o=c.org())
    for e in needy(c, 2, ("PHONE_NUMBER", "BANK_ACCOUNT", "EMAIL_ADDRESS", "POSTAL_CODE", "MY_NUMBER")):
        b.line("{f}", f=c.field(e))
    b.line("添付：{f}_見積書.pdf、{g}_写真.zip", f=c.pname(c.new("ja"), "filename"), g=c.pname(c.new(), "filename"))
    b.line("{s}", s=c.pname(c.new(), "signature"))
