"""Kinds of tax, family register, election, municipal housing and water/waste work."""

from __future__ import annotations

from .ctx import Ctx, needy, request
from .forms import EXTRA, LABEL, PERSON_PLAIN
from .places import ALL_CITIES


def _city(c: Ctx) -> str:
    return c.rng.choice(ALL_CITIES).name


def tax_reduction(c: Ctx) -> None:
    """住民税・固定資産税の減免/分納相談 (prose)."""
    request(c)
    b = c.b
    p, who = c.person(c.choice(("様", "さん", "氏")))
    b.add("{d}窓口に{p}が来庁。", d=c.dept(), p=p)
    b.add(
        "{w}の勤務先{o}が{m}月に倒産し収入が途絶えたため、今年度の{t}について{k}を希望された。",
        w=c.pname(who, "surname_later", "さん"),
        o=c.org(),
        m=str(c.rng.randint(1, 12)),
        t=c.choice(("住民税", "固定資産税", "市県民税")),
        k=c.choice(("減免", "分納", "徴収猶予")),
    )
    b.add("自宅は{a}で、", a=c.addr())
    b.line("連絡は{ph}にとのこと。", ph=c.field("PHONE_NUMBER"))
    rel, _ = c.person("", ("relation", "with_age", "given_only"))
    b.add("同居の{r}も無職で、", r=rel)
    b.add(
        "{f}の提示を受けて本人確認済み。", f=c.field(needy(c, 1, ("MY_NUMBER", "DRIVER_LICENSE", "RESIDENCE_CARD"))[0])
    )
    b.line("分納計画は{n}回、初回は来月末。担当{s}。", n=str(c.rng.randint(3, 12)), s=c.staff())


def tax_address_fix(c: Ctx) -> None:
    """納税通知書の宛名訂正."""
    request(c)
    b = c.b
    b.line("【納税通知書 宛名訂正依頼】{d}", d=c.dept())
    old, _ = c.person("", PERSON_PLAIN)
    new, _ = c.person("", ("maiden", "ruby", "reading_paren", "variant", "cjk_kanji"))
    b.line("誤：{o}", o=old)
    b.line("正：{n}", n=new)
    b.line("{a}", a=c.addr_line("送付先"))
    for e in needy(c, 2, ("POSTAL_CODE", "PHONE_NUMBER", "MY_NUMBER", "BIRTH_DATE")):
        b.line("{f}", f=c.field(e))
    b.line("理由：{x}。受付 {s}", x=c.choice(("婚姻による氏の変更", "旧字体の誤り", "転居の反映漏れ")), s=c.staff())


def special_collection(c: Ctx) -> None:
    """特別徴収の事業所担当者とのメール (signature)."""
    request(c, "この返信の下書きを直して")
    b = c.b
    co = c.org()
    ct, _p = c.person("様", ("full_space", "full_nospace", "title", "dono", "katakana", "romanized"))
    b.line("件名：特別徴収税額の変更について（{co}）", co=co)
    b.line("{co}", co=c.org(co.text))
    b.line("ご担当 {p}", p=ct)
    b.line()
    emp, _ = c.person("さん", PERSON_PLAIN)
    b.line("従業員{e}の退職に伴い、{m}月分から普通徴収へ切り替えます。", e=emp, m=str(c.rng.randint(1, 12)))
    b.line("異動届の{e}欄に記入漏れがありました。ご確認ください。", e=c.choice(("給与支払者", "転居先", "個人番号")))
    b.line("{a}", a=c.addr_line("本人の転居先"))
    b.line("添付：{f}_給与所得者異動届出書.pdf", f=c.pname(c.new("ja"), "filename"))
    b.line()
    b.line("{d}", d=c.dept())
    b.line("{s}", s=c.pname(c.new("ja"), "signature"))
    b.line("{t}", t=c.field("PHONE_NUMBER", "TEL", ("hyphen", "extension", "paren_area", "dotted")))
    b.line("{m}", m=c.field("EMAIL_ADDRESS", "Mail", ("plain", "label_after", "fullwidth")))


def birth_marriage_call(c: Ctx) -> None:
    """婚姻届・出生届の記載相談（電話の書き起こし, talk)."""
    request(c)
    b = c.b
    b.line("職員：はい、{d}です。", d=c.dept())
    caller, pc = c.person("と申します", (*PERSON_PLAIN, "hiragana", "katakana"))
    b.line("相談者：あの、{p}。婚姻届の書き方を聞きたくて。", p=caller)
    b.line("職員：ご本人様確認のため、生年月日をお願いします。")
    b.line("相談者：{d}です。", d=c.bdate(("spoken", "wareki", "plain", "era_short")))
    partner, _ = c.person("", ("foreign_katakana", "cjk_kanji", "romanized", "full_space"))
    b.line(
        "相談者：相手は{p}で、{n}国籍です。",
        p=partner,
        n=c.loc(c.choice(("ベトナム", "フィリピン", "中国", "韓国", "ブラジル"))),
    )
    b.line(
        "職員：証人欄は成人お二人です。{w}のように署名と生年月日を。",
        w=c.person("さん", ("full_space", "full_nospace"))[0],
    )
    b.line("相談者：電話番号は、{t}。", t=c.num("PHONE_NUMBER", ("spoken", "half_kana", "dictated", "hyphen")))
    b.line("職員：{p}、では{s}が承りました。", p=c.later(pc), s=c.staff())
    if c.rng.random() < 0.6:
        baby, _ = c.person("ちゃん", ("given_only", "ruby", "hiragana"))
        b.line("相談者：それと、子どもの出生届もです。名前は{b}で。", b=baby)


def koseki_mail(c: Ctx) -> None:
    """戸籍謄本の郵送請求 (letter with signature)."""
    request(c)
    b = c.b
    b.line("{city}長 様", city=c.loc(_city(c)))
    b.line("戸籍謄本の郵送をお願いします。")
    hp, _ = c.person("", ("full_space", "full_zen", "variant", "ruby", "reading_paren"))
    b.line("本籍：{a}", a=c.addr(("plain", "kanji_num", "banchi_no", "rural")))
    b.line("筆頭者：{p}", p=hp)
    b.line("必要な方：{p}（請求者の{r}）", p=c.person("", PERSON_PLAIN)[0], r=c.choice(("父", "祖母", "本人")))
    b.line("返送先：{z}", z=c.field("POSTAL_CODE"))
    b.line("{a}", a=c.addr(("building_room", "kana_building", "hyphen", "zen_digits", "abbrev")))
    b.line("{t}", t=c.field("PHONE_NUMBER"))
    b.line("定額小為替 {n}円分同封。", n=str(c.choice(("450", "900", "1350"))))
    b.line("{s}", s=c.pname(c.new(), "signature"))


def name_change(c: Ctx) -> None:
    """氏の変更・外国人との婚姻の相談 (prose)."""
    request(c)
    b = c.b
    jp, pj = c.person("さん", ("full_space", "full_nospace", "maiden", "full_zen"))
    fp, pf = c.person("さん", ("foreign_katakana", "cjk_kanji", "romanized"))
    b.add(
        "{j}は昨年{f}と{n}で婚姻し、", j=jp, f=fp, n=c.loc(c.choice(("ベトナム", "韓国", "ペルー", "アメリカ", "タイ")))
    )
    b.add("外国人との婚姻による氏の変更届を提出したいとのこと。{j}の住所は{a}。", j=c.later(pj), a=c.addr())
    b.add("{f}の在留カードは{r}、", f=c.later(pf), r=c.field("RESIDENCE_CARD", "番号"))
    b.line("旅券は{p}を確認した。", p=c.num("PASSPORT"))
    b.line(
        "婚姻後の氏は配偶者の称する氏へ。子の{k}の氏についても相談あり。{d}へ引継ぎ（担当 {s}）。",
        k=c.person("", ("given_only", "hiragana", "katakana"))[0],
        d=c.dept(),
        s=c.staff(),
    )


def early_vote(c: Ctx) -> None:
    """期日前投票の宣誓書."""
    request(c)
    b = c.b
    b.line("宣誓書（期日前投票）　{d}", d=c.org(f"{_city(c)}選挙管理委員会"))
    b.line("私は、選挙の当日、下記の事由に該当する見込みです。")
    b.line("事由：{x}", x=c.choice(("仕事", "冠婚葬祭", "旅行", "入院")))
    b.line(
        "氏名　{p}", p=c.person("", ("full_zen", "full_space", "hankaku", "katakana", "variant", "reading_paren"))[0]
    )
    b.line("{d}", d=c.field("BIRTH_DATE", "生年月日", ("wareki", "era_short", "kanji_num", "label_above", "gannen")))
    b.line("{a}", a=c.addr(("label_above", "plain", "hyphen", "partial"), label="現住所"))
    b.line("投票所：{o}", o=c.org())


def absentee(c: Ctx) -> None:
    """不在者投票の請求 (letter)."""
    request(c)
    b = c.b
    b.line("{o}委員長 様", o=c.org(f"{_city(c)}選挙管理委員会"))
    b.line("不在者投票用紙の請求書")
    b.line("滞在先：{a}", a=c.addr(("building_room", "kana_building", "ward", "hokkaido_jo", "kyoto")))
    b.line("選挙人名簿登録地：{a}", a=c.addr(("plain", "kanji_num", "abbrev")))
    b.line("{b}", b=c.field("BIRTH_DATE"))
    b.line("{t}", t=c.field("PHONE_NUMBER"))
    b.line("入院中の{h}で投票します。", h=c.org())
    b.line("{s}", s=c.pname(c.new(), "signature"))


def poll_workers(c: Ctx) -> None:
    """投票所事務従事者名簿 (table cells)."""
    request(c, "名簿の重複を確認して")
    b = c.b
    b.line("投票所事務従事者名簿（第{n}投票区　{o}）", n=str(c.rng.randint(1, 30)), o=c.org())
    cols = c.least(EXTRA, "cell", 3)
    b.line("氏名\t所属\t" + "\t".join(LABEL[e][0] for e in cols))
    for _ in range(c.rng.randint(3, 5)):
        b.add("{p}\t{d}", p=c.pname(c.new(), "cell"), d=c.dept())
        for e in cols:
            b.put("\t")
            c.b.put(c.ctxval(e, "cell"))
        b.put("\n")


def witness(c: Ctx) -> None:
    """投票立会人の依頼 (dono)."""
    request(c)
    b = c.b
    p, _pp = c.person("", ("dono",))
    b.line("{p}", p=p)
    b.line("{o}", o=c.org(f"{_city(c)}選挙管理委員会"))
    b.line("投票立会人の選任について（依頼）")
    b.line(
        "貴殿を第{n}投票区（{f}）の投票立会人にお願いしたく、ご承諾ください。", n=str(c.rng.randint(1, 40)), f=c.org()
    )
    b.line("{a}", a=c.addr_line("ご住所"))
    b.line("{t}", t=c.field("PHONE_NUMBER"))
    b.line("振込先：{bk} {br} 普通 {n}", bk=c.bank()[0], br=c.choice(("本店", "駅前支店")), n=c.num("BANK_ACCOUNT"))
    b.line("不明点は{s}まで。", s=c.staff())


def housing_apply(c: Ctx) -> None:
    """市営住宅の入居申込と連帯保証人."""
    request(c)
    b = c.b
    b.line("市営住宅入居申込書（{o}）", o=c.org(f"市営{c.choice(('若葉', '光', '泉', '楓'))}住宅"))
    b.line("申込者：{p}", p=c.person("", (*PERSON_PLAIN, "reading_paren", "with_age"))[0])
    b.line("{d}", d=c.field("BIRTH_DATE"))
    b.line("{a}", a=c.addr_line("現住所"))
    b.line("{t}", t=c.field("PHONE_NUMBER"))
    b.line("{m}", m=c.field(needy(c, 1, ("MY_NUMBER", "DISABILITY_CERTIFICATE", "PENSION_NUMBER"))[0]))
    b.line("同居予定：{r}", r=c.person("", ("relation", "given_only", "with_age"))[0])
    b.line("連帯保証人：{g}（{w}）", g=c.person("", PERSON_PLAIN)[0], w=c.org())
    b.line("{a}", a=c.addr_line("保証人住所"))


def rent_arrears(c: Ctx) -> None:
    """家賃滞納の督促記録 (dated log)."""
    request(c)
    b = c.b
    p, pp = c.person("様", PERSON_PLAIN)
    b.line(
        "督促記録　入居者 {p}（{h} {n}号室）",
        p=p,
        h=c.org(f"市営{c.choice(('青葉', '朝日', '椿'))}住宅"),
        n=str(c.rng.randint(101, 520)),
    )
    for m in range(c.rng.randint(3, 4)):
        day = f"{c.rng.randint(1, 12)}/{c.rng.randint(1, 28)}"
        act = c.rng.randint(0, 3)
        if act == 0:
            b.line("{d} 電話 {t} 不在。留守電に伝言。", d=day, t=c.num("PHONE_NUMBER"))
        elif act == 1:
            b.line("{d} {p}と面談、{k}か月分の分納を約束。担当{s}", d=day, p=c.later(pp), k=str(m + 2), s=c.staff())
        elif act == 2:
            b.line("{d} 連帯保証人{g}へ通知（{a}）", d=day, g=c.person("様", PERSON_PLAIN)[0], a=c.addr())
        else:
            b.line("{d} 口座振替不能。{bk} {n}", d=day, bk=c.bank()[0], n=c.field("BANK_ACCOUNT"))


def water_open(c: Ctx) -> None:
    """水道の開栓/閉栓受付 (web form 項目: 値)."""
    request(c, "受付内容を確認して")
    b = c.b
    b.line("■ 水道使用開始・中止 受付フォーム（{o}）", o=c.org(f"{_city(c)}上下水道局"))
    b.line("手続き: {x}", x=c.choice(("開栓", "閉栓")))
    b.line("お名前: {p}", p=c.person("", (*PERSON_PLAIN, "hiragana", "katakana", "hankaku"))[0])
    b.line("使用場所: {a}", a=c.addr())
    for e in needy(c, 2, ("PHONE_NUMBER", "EMAIL_ADDRESS", "POSTAL_CODE", "BANK_ACCOUNT")):
        b.line("{f}", f=c.field(e))
    b.line("希望日: {m}月{d}日", m=str(c.rng.randint(1, 12)), d=str(c.rng.randint(1, 28)))


def waste_call(c: Ctx) -> None:
    """粗大ごみ受付・漏水減免・不法投棄通報 (talk)."""
    request(c)
    b = c.b
    topic = c.choice(("粗大ごみ", "漏水", "不法投棄"))
    p, pp = c.person("です", (*PERSON_PLAIN, "hiragana", "katakana"))
    b.line("【{t} 電話受付】{d}", t=topic, d=c.dept())
    b.line(
        "住民「もしもし、{p}。{x}」",
        p=p,
        x={
            "粗大ごみ": "タンスとソファを出したいんですが。",
            "漏水": "メーターの先で水漏れしてて、料金が高くて。",
            "不法投棄": "うちの前の空き地にテレビが捨ててあって。",
        }[topic],
    )
    b.line("職員「ご住所をお願いします」")
    b.line("住民「{a}です」", a=c.addr())
    b.line("職員「お電話番号は」")
    b.line("住民「{t}」", t=c.num("PHONE_NUMBER", ("spoken", "half_kana", "dictated", "hyphen", "nohyphen")))
    b.line(
        "職員「{p}、受付番号はR{n}です。収集は{w}曜日、{s}が対応します」",
        p=c.later(pp),
        n=str(c.rng.randint(10000, 99999)),
        w=c.choice("月火水木金"),
        s=c.staff(),
    )
