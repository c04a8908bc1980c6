"""Prompts wrapping records, and developers' code with test records (SQL, YAML, INI, JS, Python)."""

# Japanese template text counts double width for the line-length rule; the data reads better unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.sixth import pools
from tests.eval.sixth.core import Gen
from tests.eval.sixth.jsonout import Raw, dump, yaml

MACH = ("nohyphen", "plain")
ASK = ["以下の申請データをJSONに変換して。キーは英語で。", "次の内容を表形式に整理してください。",
       "下記の記録から不備を指摘してください。", "このデータを住民向けのお知らせ文に書き直して。"]


def prompt(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    mode = rng.randrange(5)
    p = g.person(foreign=0.15)
    pl = g.place()
    if mode == 0:
        b.line(rng.choice(ASK))
        b.line("```")
        b.line("申請者氏名 {n}", n=g.name(p))
        b.line("生年月日 {bd}", bd=g.birth())
        b.line("住所 〒{z} {ad}", z=g.num("POSTAL_CODE", pl=pl), ad=g.address(pl))
        b.line("連絡先 {tel}", tel=g.phone(pl=pl))
        e = g.ent(["MY_NUMBER", "PENSION_NUMBER", "HEALTH_INSURANCE", "DISABILITY_CERTIFICATE", "CARE_INSURANCE",
                   "PASSPORT", "CREDIT_CARD"])[0]
        lab = {"PASSPORT": "旅券番号", "CREDIT_CARD": "カード番号", "MY_NUMBER": "個人番号", "PENSION_NUMBER": "基礎年金番号", "HEALTH_INSURANCE": "保険者番号",
               "DISABILITY_CERTIFICATE": "身体障害者手帳番号", "CARE_INSURANCE": "介護保険被保険者番号"}[e]
        b.line("{l} {v}", l=lab, v=g.num(e, sub="hokensha" if e == "HEALTH_INSURANCE" else ""))
        b.line("```")
    elif mode == 1:
        b.line("次の表を要約して、対応が必要な人だけ教えて")
        e = g.ent(["CARE_INSURANCE", "HEALTH_INSURANCE", "DISABILITY_CERTIFICATE", "PENSION_NUMBER", "MY_NUMBER"])[0]
        b.line("| 氏名 | 年齢 | {l} | 状況 |", l={"CARE_INSURANCE": "介護保険番号", "HEALTH_INSURANCE": "被保険者番号",
                                              "DISABILITY_CERTIFICATE": "手帳番号", "PENSION_NUMBER": "年金番号",
                                              "MY_NUMBER": "個人番号"}[e])
        b.line("|------|-----|------|------|")
        for _ in range(3):
            q = g.person(foreign=0.15)
            b.line("| {n} | {a} | {v} | {s} |", n=g.name(q), a=str(rng.randint(65, 95)), v=g.num(e),
                   s=rng.choice(["安否確認済", "不在", "要訪問", "入院中"]))
    elif mode == 2:
        b.line("スキャンした申請書のOCR結果です。項目ごとに整形してください。")
        b.line("-----")
        if rng.random() < 0.5:
            b.line("氏名{n}フリガナ{k}生年月日{bd}", n=g.name(p), k=g.name(p, "kana") if not p.foreign else
                   g.name(p, "romanized"), bd=g.birth(natural=("abbrev", "wareki")))
            b.line("現住所{ad}電話{tel}", ad=g.address(natural=("plain", "fullwidth")), tel=g.phone())
        else:
            b.line("| 氏 名 | {n} | 生年月日 | {bd} |", n=g.name(p), bd=g.birth(natural=("wareki",)))
            b.line("| 住 所 | {ad} |", ad=g.address())
            b.line("| 電 話 |")
            b.line("{tel}", tel=g.phone())
        lab, v = g.some_id()
        b.line("{l}", l=lab)
        b.line("{h}", h=v)
        b.line("-----")
    elif mode == 3:
        b.line("差込印刷の結果がおかしいので確認して。1件目の出力：")
        b.line()
        b.line("〒{z}", z=g.num("POSTAL_CODE", pl=pl))
        b.line("{ad}", ad=g.address(pl))
        b.line("{n} 様", n=g.name(p, "fullwidth_space") if not p.foreign else g.name(p))
        lab, v = g.some_id()
        b.line("{l}：{c}", l=lab, c=v)
        b.line("{{氏名}}様の保険料は、{{口座番号}}から引き落とされます。")
        b.line("お問い合わせ：{d}　{tel}", d=g.org(rng.choice(pools.DEPTS)), tel=g.phone("fixed", pl))
    else:
        b.line("このメモを丁寧な文章に書き直して")
        b.line("{s}さん（{bd}生）から電話。息子の{c}の件。{tel}に折り返し。免許の番号は{dl}って言ってた",
               s=g.name(p, "surname_only"), bd=g.birth(), c=g.given(g.person()),
               tel=g.phone("mobile"), dl=g.num("DRIVER_LICENSE"))
    return b


def code(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    mode = rng.choice([0, 1, 2, 3, 4, 5, 6, 6])
    p = g.person(foreign=0.15)
    if mode == 6:
        e = g.ent(["MY_NUMBER", "RESIDENT_CODE", "CREDIT_CARD", "HEALTH_INSURANCE", "PENSION_NUMBER", "DRIVER_LICENSE",
                   "PASSPORT", "RESIDENCE_CARD", "CARE_INSURANCE"])[0]
        fn = {"MY_NUMBER": "is_valid_my_number", "RESIDENT_CODE": "is_valid_juminhyo_code", "CREDIT_CARD": "luhn_ok",
              "HEALTH_INSURANCE": "is_valid_hokensha_no", "PENSION_NUMBER": "normalize_nenkin_no",
              "DRIVER_LICENSE": "is_valid_menkyo_no", "PASSPORT": "is_passport_no", "RESIDENCE_CARD": "is_zairyu_card_no",
              "CARE_INSURANCE": "is_kaigo_hihoken_no"}[e]
        b.line("全角や空白が混じると {fn} が False を返します。本番データから拾ったケースです。", fn=fn)
        b.line("```python")
        b.line("@pytest.mark.parametrize(\"raw\", [")
        for _ in range(rng.randint(2, 3)):
            b.line('    "{v}",', v=g.num(e, sub="hokensha" if e == "HEALTH_INSURANCE" else "", json=True))
        b.line("])")
        b.line("def test_accepts_messy_input(raw):")
        b.line("    assert {fn}(raw)", fn=fn)
        b.line("```")
    elif mode == 5:
        b.line("NullPointerException が出ます。テストデータの組み立てを見てください。")
        b.line("```java")
        b.line("Applicant a = new Applicant();")
        b.line('a.setShimei("{n}");', n=g.name(p))
        b.line('a.setTel("{tel}");', tel=g.phone(natural=MACH, json=True))
        lab, v = g.some_id(natural=MACH, json=True)
        b.line('a.setIdNo("{v}"); // {l}', v=v, l=lab)
        b.line("a.setAddress(null);")
        b.line("service.register(a);")
        b.line("```")
    elif mode == 0:
        b.line("このテストが KeyError で落ちます。どこが悪いですか？")
        b.line("```python")
        b.line("def test_build_notice():")
        b.put("    rec = ")
        dump(b, {"shimei": g.name(p), "kana": g.name(p, "kana") if not p.foreign else g.name(p, "romanized"),
                 "birth": g.birth(natural=("slash", "abbrev")), "hihoken_no": g.num("HEALTH_INSURANCE", natural=MACH,
                                                                                   json=True),
                 "zip": g.num("POSTAL_CODE", natural=MACH, json=True)}, indent=4, level=1, quote="'")
        b.line()
        b.line("    notice = build_notice(rec)")
        b.line("    assert notice['name_kana'] == rec['kana']")
        b.line("```")
    elif mode == 1:
        b.line("このINSERTがエラーになります（ORA-01861）")
        b.line("```sql")
        b.line("INSERT INTO t_jumin (shimei, shimei_kana, birth_ymd, tel_no, kojin_no, jusho)")
        b.line("VALUES ('{n}', '{k}', TO_DATE('{bd}', 'YYYY/MM/DD'), '{tel}', '{mn}', '{ad}');", n=g.name(p),
               k=g.name(p, "kana") if not p.foreign else g.name(p, "romanized"), bd=g.birth(natural=("slash",)),
               tel=g.phone(natural=MACH), mn=g.num("MY_NUMBER", natural=MACH), ad=g.address(natural=("hyphen",)))
        b.line("```")
    elif mode == 2:
        b.line("config.yaml の書き方が合っているか見てください")
        b.line("```yaml")
        c = g.person()
        yaml(b, {"app": {"name": "kosodate-portal", "version": "2.4.1", "port": 8443},
                 "notify": {"contact": g.name(c), "dept": g.org(rng.choice(pools.DEPTS)),
                            "tel": g.phone("fixed", natural=MACH), "mail": g.email(c, staff=True)},
                 "test_user": {"name": g.name(p), "birth": g.birth(natural=("slash",)),
                               "kojin_no": Raw(g.num("MY_NUMBER", natural=("nohyphen",)))}})
        b.line("```")
    elif mode == 3:
        b.line("INIの読み込みで文字化けします。設定ファイルはこれです。")
        c = g.person()
        b.line("[contact]")
        b.line("tanto={n}", n=g.name(c))
        b.line("tel={tel}", tel=g.phone(natural=MACH))
        b.line("fax=")
        b.line("mail={m}", m=g.email(c, staff=True))
        b.line("[sample]")
        b.line("kouza={a}", a=g.num("BANK_ACCOUNT", natural=MACH, sub="branch"))
        b.line("card={cc}", cc=g.num("CREDIT_CARD", natural=MACH))
        lab, v = g.some_id(natural=MACH)
        b.line("; {l}", l=lab)
        b.line("id2={v}", v=v)
        b.line("timeout=30")
    else:
        b.line("フォームの初期値がnullになる。なぜ？")
        b.line("```js")
        b.put("const testUser = ")
        dump(b, {"sei": g.name(p, "surname_only"), "mei": g.given(p),
                 "zairyuCard": g.num("RESIDENCE_CARD", natural=MACH, json=True),
                 "passport": g.num("PASSPORT", natural=MACH, json=True),
                 "tel": g.phone("mobile", natural=MACH, json=True), "retry": 3}, indent=2, quote="'")
        b.line(";")
        b.line("form.reset(testUser);")
        b.line("```")
    return b
