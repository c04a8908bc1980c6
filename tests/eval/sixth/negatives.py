"""Hard negatives: no personal data at all, but many look-alike numbers, in prose and machine shapes."""

# Japanese template text counts double width for the line-length rule; the data reads better unwrapped.
# ruff: noqa: E501

from __future__ import annotations

import uuid

from tests.eval.blind.model import Builder
from tests.eval.sixth import pools
from tests.eval.sixth.core import Gen
from tests.eval.sixth.numbers import corporate_digit, fw


def corp_no(g: Gen) -> str:
    body = g.digits(12, "123456789")
    return corporate_digit(body) + body


def jan(g: Gen) -> str:
    body = "49" + g.digits(10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def doc_no(g: Gen) -> str:
    r = g.rng
    return r.choice([f"{r.choice(['福', '保', '税', '子'])}第{r.randint(100, 9999)}号", f"R{r.randint(5, 8)}-{r.randint(1, 999):04d}",
                     f"令和{r.randint(5, 8)}年{r.randint(1, 12)}月{r.randint(1, 28)}日付け第{r.randint(10, 999)}号"])


def n12(g: Gen) -> str:
    s = g.digits(12, "123456789")
    return g.rng.choice([s, f"{s[:4]}-{s[4:8]}-{s[8:]}", f"{s[:4]} {s[4:8]} {s[8:]}"])


def statistics(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    pl = g.place()
    b.line("{city} 人口と世帯（{y}年{m}月1日現在）", city=g.loc(pl.city), y=str(rng.randint(2024, 2026)),
           m=str(rng.randint(1, 12)))
    b.line("地区\t世帯数\t男\t女\t計")
    for t in rng.sample(pools.TOWNS, rng.randint(4, 7)):
        m, f = rng.randint(800, 9000), rng.randint(800, 9000)
        b.line("{t}\t{h}\t{m}\t{f}\t{s}", t=g.loc(t), h=f"{rng.randint(500, 8000):,}", m=f"{m:,}", f=f"{f:,}",
               s=f"{m + f:,}")
    b.line("外国人住民 {n}人（前月比 +{d}）、うち{nat}籍 {k}人", n=f"{rng.randint(1000, 20000):,}", d=str(rng.randint(1, 90)),
           nat=rng.choice(["ベトナム", "中国", "ネパール", "ブラジル"]), k=f"{rng.randint(100, 4000):,}")
    return b


def notice(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    b.line("{d}からのお知らせ　{no}", d=g.org(rng.choice(pools.DEPTS)), no=doc_no(g))
    b.line("マイナンバー（個人番号）の記載が必要な申請書には、番号確認書類と本人確認書類を添付してください。")
    b.line("{fac}は{m}月{d}日から{days}日間、設備点検のため休館します。", fac=g.loc(rng.choice(pools.FACILITIES)),
           m=str(rng.randint(1, 12)), d=str(rng.randint(1, 20)), days=str(rng.randint(2, 9)))
    b.line("会場は第二庁舎{r}会議室（定員{n}名）です。", r=f"{rng.randint(2, 8)}0{rng.randint(1, 9)}", n=str(rng.randint(20, 120)))
    b.line("受付番号は{n}から始まる{k}桁の番号です。番号札をお取りのうえお待ちください。", n=str(rng.randint(100, 900)),
           k=rng.choice(["3", "4", "12"]))
    b.line("根拠法令：{law}", law=rng.choice(["行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号）",
                                            "住民基本台帳法（昭和42年法律第81号）第12条", "介護保険法施行規則第61条"]))
    return b


def procedure(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    b.line("【{x}の手続き】", x=rng.choice(["転入届", "児童手当の請求", "国民健康保険の加入", "介護保険の認定申請"]))
    steps = ["申請書の「個人番号」欄に12桁の番号を記入してください。", "被保険者番号は保険証の表面右上に記載されています。",
             "生年月日は和暦で記入してください（例：昭和○年○月○日）。", "氏名欄にはフリガナも記入してください。",
             "口座番号は右詰めで7桁になるよう記入し、余白には0を記入してください。", "記入例の番号（1234 5678 9012）は架空のものです。",
             "窓口は{fac}1階{n}番です。"]
    for i, s in enumerate(rng.sample(steps, rng.randint(4, 6))):
        if "{fac}" in s:
            b.line(f"{i + 1}. " + s, fac=g.loc(rng.choice(pools.FACILITIES)), n=str(rng.randint(1, 12)))
        else:
            b.line(f"{i + 1}. {s}")
    b.line("所要時間は約{n}分です。担当は{d}の窓口職員がご案内します。", n=str(rng.randint(10, 60)), d=g.org(rng.choice(pools.DEPTS)))
    return b


def budget(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    b.line("{y}年度 {d} 予算概要（単位：千円）", y=str(rng.randint(2025, 2027)), d=g.org(rng.choice(pools.DEPTS)))
    b.line("| 事業名 | 予算額 | 前年度 | 増減 |")
    b.line("|---|---:|---:|---:|")
    for name in rng.sample(["マイナンバーカード交付事業", "介護予防推進事業", "児童手当給付費", "避難所運営訓練",
                            "外国人相談窓口運営", "住民情報システム改修", "保育所運営費"], 4):
        a, p = rng.randint(1000, 900000), rng.randint(1000, 900000)
        b.line("| {n} | {a} | {p} | {d} |", n=name, a=f"{a:,}", p=f"{p:,}", d=f"{a - p:+,}")
    b.line("委託先：{c}（法人番号 {no}）", c=g.org(rng.choice(pools.COMPANIES[:8])), no=corp_no(g))
    b.line("契約番号 {n}、債務負担行為の限度額 {a}円。", n=n12(g), a=f"{rng.randint(1, 99) * 1000000:,}")
    return b


def faq(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    qa = [("Q. 個人番号カードの暗証番号を忘れました。", "A. 本人確認書類をお持ちのうえ、{fac}の窓口で再設定してください。"),
          ("Q. 介護保険の事業所番号はどこで確認できますか。", "A. 事業所番号（10桁）は指定通知書に記載されています。例：{no}"),
          ("Q. 追跡番号が12桁なのですが、問い合わせ先はどこですか。", "A. 郵便物の追跡番号（例：{trk}）は日本郵便のサイトで確認できます。"),
          ("Q. 電話番号やメールアドレスを変更したい。", "A. 変更届に新しい連絡先を記入して提出してください。"),
          ("Q. 住民票コードとは何ですか。", "A. 住民票に記載される11桁の番号です。申請書には記入しないでください。"),
          ("Q. 申請書の受付番号を教えてください。", "A. 受付番号（例：{rcpt}）は控えの右上に印字されています。")]
    for q, a in rng.sample(qa, rng.randint(3, 5)):
        b.line(q)
        b.line(a, fac=g.loc(rng.choice(pools.FACILITIES)), no="13" + g.digits(8), trk=n12(g),
               rcpt=f"{rng.randint(2024, 2026)}{rng.randint(10000000, 99999999)}")
        b.line()
    return b


def neg_minutes(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    b.line("○委員長　ただいまから{c}を開会いたします。", c=g.org(rng.choice(["厚生委員会", "総務常任委員会", "予算特別委員会"])))
    b.line("○{t}　議案第{n}号について御説明申し上げます。補正額は{a}千円でございます。",
           t=rng.choice(["福祉部長", "総務課長", "財政課長"]), n=str(rng.randint(10, 99)), a=f"{rng.randint(100, 99999):,}")
    b.line("○委員　{fac}の利用者数は前年度比で{p}％増と伺いましたが、内訳を伺います。", fac=g.loc(rng.choice(pools.FACILITIES)),
           p=str(rng.randint(1, 40)))
    b.line("○{t}　延べ{n}人でございます。", t=rng.choice(["担当課長", "施設長"]), n=f"{rng.randint(1000, 90000):,}")
    b.line("○委員長　以上で質疑を終結いたします。")
    return b


def neg_json(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    from tests.eval.sixth.jsonout import dump
    dump(b, {"request_id": str(uuid.UUID(int=rng.getrandbits(128))), "user_id": rng.randint(1, 500),
             "count": rng.randint(100, 5000), "order_no": g.digits(12, "123456789"),
             "corp_no": corp_no(g), "jigyosho_no": "13" + g.digits(8), "tracking": n12(g),
             "client_ip": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
             "port": rng.choice([8080, 8443, 5432]), "version": f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
             "items": [{"jan": jan(g), "qty": rng.randint(1, 50), "price": rng.randint(100, 9000)} for _ in range(2)],
             "dept": g.org(rng.choice(pools.DEPTS)), "updated_at": f"2026-03-0{rng.randint(1, 9)}T10:11:12+09:00"},
         rng.choice([2, None]))
    return b


def neg_csv(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    b.line(rng.choice(["文書番号,件名,受付日,件数,担当課", "doc_no,title,received,count,dept"]))
    for _ in range(rng.randint(3, 8)):
        b.line("{no},{t},2026-0{m}-{d},{n},{dept}", no=rng.choice([doc_no(g), g.digits(12, "123456789")]),
               t=rng.choice(["補助金交付申請", "工事請負契約", "備品購入", "指定管理者報告"]), m=str(rng.randint(1, 3)),
               d=str(rng.randint(10, 28)), n=str(rng.randint(1, 400)), dept=g.org(rng.choice(pools.DEPTS)))
    return b


def neg_log(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    for _ in range(rng.randint(4, 8)):
        lvl = rng.choice(["INFO ", "WARN ", "ERROR", "DEBUG"])
        msg = rng.choice([f"batch job kyufu_transfer finished rows={rng.randint(100, 90000)} skipped={rng.randint(0, 20)}",
                          f"retry {rng.randint(1, 3)}/3 upstream timeout after {rng.randint(1000, 30000)}ms",
                          f"sha256={rng.getrandbits(256):064x}",
                          f"order_id={g.digits(12, '123456789')} status=SHIPPED",
                          f"connected to db 10.0.{rng.randint(0, 9)}.{rng.randint(2, 200)}:5432 pool={rng.randint(5, 50)}",
                          f"user_id={rng.randint(1, 999)} role=clerk action=export rows={rng.randint(1, 500)}",
                          f"corp_no={corp_no(g)} validated"])
        b.line(f"2026-03-0{rng.randint(1, 9)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} "
               f"{lvl} [{rng.choice(['worker-1', 'scheduler', 'api'])}] {msg}")
    return b


def neg_code(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    b.line("この関数のチェックデジット計算が合いません。見てもらえますか。")
    b.line("```python")
    b.line("WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)")
    b.line("def check_digit(body: str) -> int:")
    b.line("    r = sum(int(c) * w for c, w in zip(body, WEIGHTS)) % 11")
    b.line("    return 0 if r <= 1 else 11 - r")
    b.line("")
    b.line("assert len(SAMPLE) == {n}  # line {ln}", n=str(rng.choice([11, 12, 13])), ln=str(rng.randint(10, 300)))
    b.line("TIMEOUT = {t}; MAX_ROWS = {m}; API_VERSION = '{v}'", t=str(rng.randint(5, 60)), m=str(rng.randint(100, 10000)),
           v=f"v{rng.randint(1, 3)}.{rng.randint(0, 9)}")
    b.line("```")
    b.line("全角で {x} と入力された場合も考慮したいです。", x=fw(str(rng.randint(10, 999))))
    return b


PROSE = {"negative_statistics": statistics, "negative_notice": notice, "negative_procedure": procedure,
         "negative_budget": budget, "negative_faq": faq, "negative_minutes": neg_minutes}
MACHINE = {"negative_json": neg_json, "negative_csv": neg_csv, "negative_log": neg_log, "negative_code": neg_code}
