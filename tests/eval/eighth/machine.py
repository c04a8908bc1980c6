"""Machine-shaped pastes: Excel ranges as tab-separated text, core-system screens, CSV and JSON."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.eighth.asks import ask
from tests.eval.eighth.values import Factory

_COPY = ("plain", "nohyphen", "fullwidth", "zero_width", "spaced", "ideographic_space", "mixed", "kanji_mixed")
_DATES = ("compact", "iso", "slash", "abbrev", "wareki")


def excel_range(f: Factory) -> Builder:
    """An Excel range copied as tab-separated text (a 訪問予定表 or 対象者一覧)."""
    b = Builder()
    cols = f.pick(
        (
            ("CARE_INSURANCE", "介護保険番号"),
            ("HEALTH_INSURANCE", "被保険者番号"),
            ("DISABILITY_CERTIFICATE", "手帳番号"),
            ("PENSION_NUMBER", "年金番号"),
            ("MY_NUMBER", "個人番号"),
        )
    )
    b.line(ask(f, "この一覧を地区別に並べ替えて表にして", "重複している人がいないか見て"))
    b.line("No\t氏名\tカナ\t生年月日\t{h}\t電話\t地区", h=cols[1])
    for i in range(1, f.rng.randint(4, 6) + 1):
        p = f.person()
        b.line(
            "{i}\t{n}\t{k}\t{bd}\t{v}\t{ph}\t{loc}",
            i=str(i),
            n=f.name(p, f.pick(("kanji", "fullwidth_space"))),
            k=f.name(p, "kana"),
            bd=f.birth(1930, 1960, f.pick(_DATES)),
            v=f.ident(cols[0], allowed=_COPY),
            ph=f.ident("PHONE_NUMBER", allowed=_COPY),
            loc=f.loc(f.pick(f.city.towns)),
        )
    return b


def system_screen(f: Factory) -> Builder:
    """A screen of the 住民記録 / 税 core system copied as text, labels padded with spaces."""
    b = Builder()
    p = f.person()
    b.line(ask(f, "この画面の内容を説明文にして", "この画面の内容から、転出手続きで必要なものを洗い出して"))
    b.line("＊＊＊ 住民情報照会（個人） ＊＊＊　　{o}　　照会日 {d}", o=f.loc(f.city.name), d=f.recent())
    b.line("氏名　　　　：{n}", n=f.name(p, "fullwidth_space"))
    b.line("氏名カナ　　：{k}", k=f.name(p, "kana"))
    b.line(
        "生年月日　　：{bd}", bd=f.birth(1935, 2010, f.pick(("wareki", "abbrev", "compact", "iso", "kanji_numerals")))
    )
    b.line("住民票コード：{r}", r=f.ident("RESIDENT_CODE", allowed=_COPY))
    b.line("個人番号　　：{m}", m=f.ident("MY_NUMBER", allowed=_COPY))
    b.line("住所　　　　：{a}", a=f.address(f.pick(("plain", "fullwidth", "kanji_numerals", "hyphen"))))
    b.line("郵便番号　　：{z}", z=f.ident("POSTAL_CODE", allowed=_COPY))
    b.line("電話番号　　：{ph}", ph=f.ident("PHONE_NUMBER", allowed=_COPY))
    extra = f.least(("PASSPORT", "RESIDENCE_CARD", "DRIVER_LICENSE", "CREDIT_CARD", "PENSION_NUMBER", "CARE_INSURANCE"))
    lab = {
        "PASSPORT": "旅券番号",
        "RESIDENCE_CARD": "在留カード番号",
        "DRIVER_LICENSE": "免許証番号",
        "CREDIT_CARD": "納付カード",
        "PENSION_NUMBER": "基礎年金番号",
        "CARE_INSURANCE": "介護被保番号",
    }[extra]
    b.line("{lab}：{v}", lab=lab.ljust(6, "　"), v=f.ident(extra, allowed=_COPY))
    b.line("異動事由　　：{x}（{d}）", x=f.pick(("転入", "転居", "出生", "職権記載")), d=f.recent(2024))
    b.line("F1:戻る F5:世帯 F9:印刷　　　オペレータ {op}", op=f.name(f.person(), "surname_only"))
    return b


def csv_export(f: Factory) -> Builder:
    """A CSV export from a 予約 / 受付 system, quoted cells and a line break inside one of them."""
    b = Builder()
    b.line(ask(f, "このCSVの中身をまとめて。何件あるかも", "このCSVを集計して"))
    b.line("受付番号,受付日,氏名,メール,電話,郵便番号,住所,備考")
    for _i in range(f.rng.randint(3, 5)):
        p = f.person()
        b.line(
            'R{no},{d},"{n}",{m},{ph},{z},"{a}",{x}',
            no=str(f.rng.randint(10000, 99999)),
            d=f.recent(),
            n=f.name(p, f.pick(("kanji", "fullwidth_space", "romanized"))),
            m=f.email(p),
            ph=f.ident("PHONE_NUMBER", allowed=_COPY),
            z=f.ident("POSTAL_CODE", allowed=(*_COPY, "line_broken")),
            a=f.address(),
            x=f.pick(("", "再申請", "代理")),
        )
    return b


def json_record(f: Factory) -> Builder:
    """A JSON record from an application system a developer pastes to ask about a field."""
    b = Builder()
    p = f.person()
    b.line(ask(f, "このJSONのどの項目が個人情報に当たるか教えて", "この申請データのエラー原因わかる？"))
    b.put("{\n")
    b.line(
        '  "applicant": {{"name": "{n}", "kana": "{k}", "birth": "{bd}"}},',
        n=f.name(p, f.pick(("kanji", "fullwidth_space"))),
        k=f.name(p, "kana"),
        bd=f.birth(1950, 2004, f.pick(("iso", "compact", "slash"))),
    )
    b.line(
        '  "contact": {{"tel": "{ph}", "mail": "{m}", "zip": "{z}"}},',
        ph=f.ident("PHONE_NUMBER", allowed=_COPY),
        m=f.email(p, f.pick(("plain", "fullwidth", "spaced"))),
        z=f.ident("POSTAL_CODE", allowed=_COPY),
    )
    entity = f.least(("BANK_ACCOUNT", "CREDIT_CARD", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD"))
    b.line('  "{k}": "{v}",', k=entity.lower(), v=f.ident(entity, allowed=_COPY))
    b.line('  "office": "{o}",', o=f.org(f.city.name + "役所"))
    b.line('  "status": "{s}"', s=f.pick(("ERROR_E1042", "PENDING", "REJECTED")))
    b.put("}\n")
    return b
