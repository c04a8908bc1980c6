"""Writes the package README's tables from the built corpus: `python -m tests.eval.sixteenth.readme > README.md`."""

from __future__ import annotations

from collections import Counter

from ..blind.model import PERSONAL
from .corpus import NEGATIVE, POSITIVE, PROSE_KINDS, SEED, build_with_counts

HEAD = """# The sixteenth blind evaluation corpus (seed {seed})

{docs} documents ({pos} with personal values in {pkinds} kinds, {neg} hard negatives in {nkinds} kinds),
{values:,} personal values and {notp:,} ORGANIZATION/LOCATION spans that must not be masked.
{prose:.1%} of the positive documents are free prose or talk. Build: `build_sixteenth()`; counts:
`python -m tests.eval.sixteenth.corpus`; this file: `python -m tests.eval.sixteenth.readme`.
"""

TEXT = """
## Span conventions
- Labels, `〒`, `@` of mentions, honorifics and titles (様 さん 氏 殿 くん ちゃん 先生 委員 課長 …), 夫妻, 故, ages,
  weekdays, `生（…歳）`, `mailto:` and `<>`, `内線…`, bank and branch names, 普通/当座, vCard keys and SQL quotes stay
  outside the spans. No span starts or ends with whitespace or punctuation; spans never overlap; a span may hold a
  newline (line_broken, label, vertical), spaces (pdf_spaced, spaced) or U+200B (zwsp).
- Reading in parentheses: name and reading are two spans (`reading_paren`, `cjk_kanji`); ruby inline
  `山田（やまだ）太郎` one span; couples `山田太郎・花子夫妻` two spans; 旧姓 `佐藤（旧姓：山田）花子` three spans.
- A city inside an address is part of the ADDRESS; municipalities, prefectures, countries and 町域 alone are
  LOCATION; departments, schools, hospitals, banks, companies, clubs, facilities and prizes are ORGANIZATION.
- vCard `N:` gives two spans (family; given); `ADR:` gives one ADDRESS (`町域番地;市;県`, semicolons inside) and a
  POSTAL_CODE. A 宛名ラベル address (`label`) runs over two lines with the building on the second.
- Spoken and half-read values: the whole reading is the span; fillers (えー、あの) stay outside.
- Not labelled: handles that are not people, office mailboxes, dates that are not birth dates, amounts, 受付番号,
  整理番号, 受験番号, 利用者番号, 法人番号, ISBN, JAN, lot numbers, organisations' 0120 and representative numbers.
- PHONE_NUMBER `paren` is `090(1234)5678` (brackets around the middle group); `paren_area` is a fixed line written
  `0466(12)3456` (the area code before the brackets), since a span may not begin with a bracket. For the other
  numbers `paren` is the value followed by its label in brackets, `123456789012（個人番号）`, the label outside.
- Forms added to the brief's lists: `grouped` (4-digit groups split by spaces: MY_NUMBER, CREDIT_CARD), `cell` and
  `sql` for every number and for ADDRESS and BIRTH_DATE (tables, SQL `INSERT`). Which number forms each entity takes
  is listed in `forms.py` (`FORMS`): kanji, choon, dotted, half_kana, line_broken and vcard only where the value is
  written that way (for example no kanji passport numbers, vcard only for phones and postcodes).

## Hard negatives
{negatives}
Every negative holds ORGANIZATION and LOCATION spans only; a name of a person in any of them would be a PERSON span,
so facilities and prizes after (invented) people (`松田記念館`, `前田賞`) are whole ORGANIZATION spans and place
names that are family names (`田中町`, `佐藤原`, `石川地区`) are LOCATION.

## Checks (`test_sixteenth_corpus.py`)
Sizes, ids, kinds against the plans, prose share; exact offsets; stripped spans without punctuation at either end and
without overlap; span conventions (honorifics, 故, ages, `<>`/`mailto:` and SQL quotes outside; couples in pairs,
旧姓 in threes); negatives hold no personal value; per-entity and per-form minimums (PERSON 45, ADDRESS 20, others
12, every form of the catalogue in `forms.py`); counts equal spans; マイナンバー check digits (`stdnum.jp.in_`) and
Luhn for cards and 保険者番号 after folding width, kanji digits and katakana digit readings; every phone number valid
for `phonenumbers` region JP after folding; digit lengths of postcodes (7), 住民票コード (11), 基礎年金番号 (10),
免許証 (12), 介護保険 (10) and マイナンバー (12); passport and residence-card lengths; determinism; a build
under 5 s.
Run: `python -m pytest --noconftest -p no:cacheprovider tests/eval/sixteenth -q`.

## How it was written
Blind, from the brief `sixteenth.md` only: the author read `tests/eval/blind/model.py` (data model and `Builder`)
and `/work/shared/JAPANESE_PII.md`, and nothing of the detector, its rules, its documentation or the earlier
corpora; the detector was never run. All names, 町域, streets, buildings, companies, numbers and mail addresses are
invented (pools in `pools.py`; prefectures, municipalities and wards are real). Numbers are random with valid check
digits where the format has one (マイナンバー, card and 保険者番号 Luhn); phones are drawn until `phonenumbers` calls
them valid. Every value takes the least-written form its place allows (`Ctx.pick`), and form-like documents end
with the fields whose forms are furthest below their minimum (`extras`), which keeps forms balanced.

## Limits
- Templates, not real documents: each kind repeats its layout with different values; documents end with extra
  labelled fields that a real form would place elsewhere, and some pairings (a tax notice with a passport number)
  are unlikely.
- Balance by counting makes the rare forms as frequent as the common ones: rates per form are comparable, the
  overall rate does not reflect real frequencies.
- 住民票コード, 免許証 and 介護保険 numbers have the right lengths but no check digit (none is published); the
  residence-card and passport letters are random. Readings of rare family names are the common ones.
- Machine genres (vCard, iCalendar, XML, SQL, WebVTT) are simplified; English text is short.
- A few people appear in several forms in one document (speaker and list, caption in romaji and katakana), which
  a detector may or may not link.
"""


def _example(text: str, start: int, end: int) -> str:
    span = text[start:end].replace("\n", "⏎").replace("\u200b", "<ZWSP>").replace("|", "\\|")
    left = text[max(0, start - 10) : start].replace("\n", "⏎").replace("|", "\\|")
    right = text[end : end + 8].replace("\n", "⏎").replace("|", "\\|")
    return f"{left}**`{span}`**{right}"


def render() -> str:
    docs, counts = build_with_counts()
    pos = [d for d in docs if not d.negative]
    per_entity: Counter[str] = Counter()
    for (entity, _form), n in counts.items():
        per_entity[entity] += n
    out = [
        HEAD.format(
            seed=SEED,
            docs=len(docs),
            pos=len(pos),
            pkinds=len(POSITIVE),
            neg=len(docs) - len(pos),
            nkinds=len(NEGATIVE),
            values=sum(n for e, n in per_entity.items() if e in PERSONAL),
            notp=per_entity["ORGANIZATION"] + per_entity["LOCATION"],
            prose=sum(d.kind in PROSE_KINDS for d in pos) / len(pos),
        )
    ]
    out.append("## Kinds\n")
    out.append("| kind | documents | prose/talk | what |\n|---|---|---|---|")
    for name, kind, n in (*POSITIVE, *NEGATIVE):
        doc = (kind.__doc__ or "").strip().splitlines()[0]
        out.append(f"| {name} | {n} | {'yes' if name in PROSE_KINDS else ''} | {doc} |")
    out.append("\n## Entities\n")
    out.append("| entity | values | forms | smallest form |\n|---|---|---|---|")
    for entity, n in sorted(per_entity.items(), key=lambda kv: -kv[1]):
        forms = {f: c for (e, f), c in counts.items() if e == entity}
        small = min(forms.items(), key=lambda kv: (kv[1], kv[0]))
        out.append(f"| {entity} | {n} | {len(forms)} | {small[0]} ({small[1]}) |")
    out.append("\n## One example of every form\n")
    seen: dict[tuple[str, str], str] = {}
    for d in docs:
        for s in d.spans:
            seen.setdefault((s.entity, s.form), _example(d.text, s.start, s.end))
    out.append("| entity | form | values | example |\n|---|---|---|---|")
    for (entity, form), n in sorted(counts.items()):
        out.append(f"| {entity} | {form} | {n} | {seen[(entity, form)]} |")
    negatives = "\n".join(f"- `{name}`: {(kind.__doc__ or '').strip()}" for name, kind, _n in NEGATIVE)
    out.append(TEXT.format(negatives=negatives))
    return "\n".join(out)


if __name__ == "__main__":
    print(render())
