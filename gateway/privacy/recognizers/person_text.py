"""Person names found on the characters rather than the tokens: romanized names, fused readings, table cells.

* Romanized names in capitals are the whole name, not its last word: in brackets after a name
  (``グエン・ヴァン・ナム（NGUYEN VAN NAM）``), after a katakana name and a space, before an honorific, or
  any romanized name after a name label (``氏名（ローマ字）：…``, ``Name: JOHN MILLER``).
* Sudachi fuses a reading in brackets and an honorific into one token (``南(ミナミ)様``): the name and the
  reading are two spans.
* A tab- or comma-separated table with a name column (口座名義, 氏名, カナ): every cell under it is a name,
  half-width kana account holders included (``ﾏﾙ ﾏｲ``).
* Romanized names in title case before an honorific (``Lee Seojun さん``) or after a person label
  (``保護者：Juliana Souza``).
* A katakana name of two words alone on its line (a signature: ``クボタ マユミ``) or in brackets before a
  comma (``母（クボタ アヤカ、昭和5年…）``).
* The names listed after 出席委員 / 出席者 / 欠席委員 in minutes, each word of the list; a chat speaker before
  the time (``関 9:35``) or a quotation (``圷「…」``) at the start of a line.
* Katakana words joined by ``＝``, the way foreign names are written (``アグス＝セティアワン``).
* The names in a row of a foreign residents' list, before its card and passport fields
  (``Jose Reyes / ホセ・レイエス / 在留カード …``).
* The subject of a biography's first line, and its reading or spelling (``イ ソジュン（Lee Seojun、1991年 - ）は``).
* A name in hiragana, family and given name, before と申します (``あの、ごとう　はると申します``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.privacy.recognizers.person_tables import table_cells
from gateway.privacy.recognizers.person_words import KATAKANA, SECTION_END, common_word, place_name, words

_CAPS_WORD = r"[A-Z][A-Z'\-]+"
_CAPS_NAME = re.compile(rf"(?<![A-Za-z0-9])({_CAPS_WORD}(?:[ ,]\s?{_CAPS_WORD}){{1,3}})(?![A-Za-z0-9])")
_LATIN_AFTER_LABEL = re.compile(
    r"(?:氏[ \t]*名|名前|お名前|英字氏名|英字表記|英語表記|英文氏名|カード表記|表記|ローマ字|アルファベット|申請者|"
    r"名義|保護者|相談者|世帯主|本人|"
    r"担当者?|通訳|"
    r"[Nn]ame|NAME|[Ff]ull [Nn]ame)"
    r"(?:[(（][^()（）\n]{1,8}[)）])?[】\]」』]?[ \t]*(?:[:：│｜|]|は|で)?[ \t]*"
    r"(?!(?i:(?:full )?name)\b)(?P<name>[A-Z][A-Za-z'\-]+(?:[ ,][ ]?[A-Z][A-Za-z'\-]+){0,3})(?![A-Za-z0-9])"
)  # (氏名 Name: … is one bilingual label)
# mail and letters in English: a sender before an address (Tanaka Hiroshi <h-tanaka@…>), a From: / To: header, the
# name under a closing (Best regards,⏎Maria Santos), a name before its job title (Rajesh Kumar, Chief Engineer)
_READING_IN_BRACKETS = re.compile(r"[ \t]?[(（][\u30a1-\u30fa\u30fc・ 　]{2,20}[)）]")  # KIM MINJI（キム・ミンジ）
LATIN_NAME = r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}"
_LATIN_IN_MAIL = re.compile(
    rf"(?<![A-Za-z'\-])(?P<sender>{LATIN_NAME})[ \t]*<[^<>\s@]+@"
    rf"|^(?:From|To|Cc|差出人|宛先|送信者)[ \t]*[:：][ \t]*(?P<header>{LATIN_NAME})(?![A-Za-z0-9])"
    rf"|(?i:regards|sincerely|best wishes|thanks|thank you|cheers|yours truly),?[ \t]*\n[ \t]*"
    rf"(?P<signed>{LATIN_NAME})[ \t]*$"
    rf"|(?<![A-Za-z'\-])(?P<titled>{LATIN_NAME}),[ \t]*(?:Chief|Director|Manager|Head|Officer|Engineer|Coordinator|"
    rf"Interpreter|Staff|Assistant|Teacher|Professor|Mayor|President|Secretary|Consultant|Caseworker|Nurse|Doctor)\b",
    re.MULTILINE,
)
# a person speaking of themselves or of family, in romanized letters: 私はSilva Joao Pedroです, 妻のHIGA FERNANDA
_LATIN_PERSON = re.compile(
    r"(?:私|わたし|僕|妻|夫|母|父|息子|娘|長男|長女|次男|次女|子ども|子供)(?:は|の|が)[ \t]*(?<![A-Za-z])"
    rf"(?P<name>{LATIN_NAME})(?![A-Za-z0-9])"
)
_LATIN_ALONE = re.compile(
    r"^[ \t\u3000]*(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,2})[ \t\u3000]*$", re.MULTILINE
)
_NOT_CAPS_NAME = words(
    "ID NO TEL FAX URL PDF OK NG PC USB CEO NPO JR LINE MAIL "
    "EMAIL FROM TO CC BCC AM PM JAPAN TOKYO IBAN SWIFT BIC ATM "
    "DM SNS QR IC LAN WIFI HP API CSV TSV SMS "
    "MICROSOFT WINDOWS OFFICE TEAMS AZURE EXCEL WORD OUTLOOK SERVER GOOGLE ZOOM SLACK AMAZON APPLE "
    "CHROME EDGE ORACLE CISCO ADOBE CHATGPT OPENAI COPILOT GITHUB DROPBOX BOX IPHONE ANDROID "
    "ALL STAFF TEAM TEAMS CITY HALL DEPARTMENT DIVISION SECTION CENTER CENTRE GROUP MEMBERS EVERYONE SUPPORT DESK "
    "INFO ADMIN SERVICE SERVICES BOARD COMMITTEE GOVERNMENT PREFECTURE WARD UNIVERSITY SCHOOL HOSPITAL COMPANY "
    "INC LTD CORP BANK EMBASSY ASSOCIATION CUSTOMER CUSTOMERS USER USERS CLIENT GUEST MEMBER DEAR OWNER "
    "KENSETSU KOGYO SANGYO DENKI SHOTEN GINKO KAISHA HOLDINGS CORPORATION INDUSTRIES SYSTEMS POWER"
)
_FUSED_READING = re.compile(
    r"(?<![\u3005\u4e00-\u9fff])(?P<name>[\u3005\u4e00-\u9fff]{1,4})\((?P<reading>[\u30a1-\u30fa\u30fc]{2,8}"
    r"(?:[ \u3000][\u30a1-\u30fa\u30fc]{1,8})?)\)(?P<hon>様|さん|氏|殿)?"
)
# a reading in hiragana in brackets right after an honorific: 平　ハル様（たいらはる）, 砂金さん（いさご ちひろ）
_HIRAGANA_READING = re.compile(
    r"(?:(?<=[様氏殿])|(?<=さん))[(（](?P<reading>[\u3041-\u3096]{2,8}(?:[ \u3000][\u3041-\u3096]{1,8})?)[)）]"
)
_TITLE_CASE_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,2}(?= ?(?:さん|様|氏|殿))")
_KANA_WORD = r"[\u30a1-\u30fa\u30fc]{2,6}"
_KANA_NAME_ALONE = re.compile(
    rf"^[ \t\u3000]*(?P<name>{_KANA_WORD}[ \u3000]{_KANA_WORD})[ \t\u3000]*$"
    rf"|[(（](?P<bracketed>{_KANA_WORD}[ \u3000]{_KANA_WORD})(?=[、,])",
    re.MULTILINE,
)
_LIST_WORD = re.compile(r"[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc]{1,8}")
# a whole line of names after an attendance label, separated by spaces, ・ or 、 (梶原・橋爪健吾・大津,
# 永瀬 敏子、真壁); a list of posts (市長、副市長) or sections ends as they do, and the caller keeps proper nouns only
_LISTED = re.compile(
    r"^[◯○●◆・]?(?P<label>出席委員|出席者|欠席委員|欠席者|出席議員|出席|欠席|参加者|同席者?|立会人|賛同者|署名者|連名者?)"
    rf"[ \t\u3000]*[:：]?[ \t\u3000]*(?P<names>{_LIST_WORD.pattern}"
    rf"(?:(?:[ \u3000]+|[ \u3000]*[・、，,][ \u3000]*){_LIST_WORD.pattern})*)[ \t\u3000]*$",
    re.MULTILINE,
)
# a chat speaker: the name, then the time or a quotation, at the start of a line
_SPEAKER = re.compile(
    r"^(?P<name>[\u3005\u4e00-\u9fff]{1,4}(?:[ \u3000][\u3005\u4e00-\u9fff\u3041-\u3096]{1,4})?)"
    r"(?:[ \t]+\d{1,2}:\d{2}[ \t]*$|「)",
    re.MULTILINE,
)
# a chat log exported as "name time" lines, each followed by the message
_SPEAKER_TIME = re.compile(
    r"^(?P<name>[\u3005\u4e00-\u9fff]{1,4}(?:[ \u3000][\u3005\u4e00-\u9fff\u3041-\u3096]{1,4})?)"
    r"[ \t]+\d{1,2}:\d{2}[ \t]*\n(?P<message>[^\n]*)",
    re.MULTILINE,
)
# a chat log written "name：message" (伊藤：菅原さんの件あとで)
_SPEAKER_COLON = re.compile(r"^(?P<name>[\u3005\u4e00-\u9fff]{1,4})[：:](?=[ \t]*\S)", re.MULTILINE)
_FORM_LABEL = re.compile(
    r"住所|氏名|名前|電話|内容|用件|対応|担当|日時|日付|件名|宛|備考|結果|場所|目的|参加|議題|連絡|報告|相談|要件|概要|理由|状況|経過|"
    r"方針|所見|記録|質問|回答|答弁|本人|相手|受付|受|番号|生年|性別|年齢|職業|続柄|世帯|区分|種別|金額|期間|期限|時間|問|答|例|注|"
    r"[長員者課部係]$"
)
_EQUALS_NAME = re.compile(r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{2,}(?:[＝=][\u30a1-\u30fa\u30fc]{2,})+")
_ROW_FIELD = re.compile(
    r"[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}"
    r"|[\u30a1-\u30fa\u30fc]{2,}(?:[ \u3000・＝=][\u30a1-\u30fa\u30fc]{1,}){0,3}"
)
_ROW_ID = ("在留カード", "旅券", "パスポート", "特別永住者証明書", "国籍")
_BIOGRAPHY = re.compile(
    r"^(?P<name>[^\s（(、。「」]{1,12}(?:[ \u3000][^\s（(、。「」]{1,12}){0,3})[（(](?P<reading>[^、（）()\n]{2,30})、"
    r"\d{3,4}年(?:\d{1,2}月\d{1,2}日)?[ \u3000]*[-‐–－〜~][ \u3000]*(?:\d{3,4}年[^）)\n]{0,8})?[）)]",
    re.MULTILINE,
)
_PLACE_END = ("県", "都", "府", "道", "市", "区", "町", "村", "所", "会")
_SECTION_PREFIX = re.compile(r".+(?:課|係|室|局|センター|事務所)")
_POST_END = ("長", "監", "者", "官", "員", "役", "課", "部", "局")
_KANA = r"[\u3041-\u3096\u30a1-\u30fa\u30fc]"
_KANA_NAME = rf"{_KANA}{{2,8}}(?:[ \u3000]{_KANA}{{1,8}})?"
_FOREIGN_KANA_NAME = rf"{_KANA}{{2,8}}(?:[ \u3000・＝=]{_KANA}{{1,8}}){{0,3}}"
_KANA_SIGNATURE = re.compile(rf"^[ \t\u3000]*(?P<name>{_KANA_NAME})[ \t\u3000]*$", re.MULTILINE)
_SIGNATURE_SECTION_END = (*SECTION_END, "部", "会社")
_CLOSING = ("お願いいたします。", "お願いします。", "お願い致します。", "よろしくお願いいたします", "以上")
_KATAKANA_ONLY = re.compile(r"[\u30a1-\u30fa\u30fc]+")
CONTACT_START = ("TEL", "Tel", "tel", "電話", "メール", "E-mail", "e-mail", "Mail", "mail", "✉", "FAX", "携帯", "内線")
# an account holder's name in katakana: 名義はニシムラタクヤです
_HOLDER = re.compile(
    rf"名義人?(?:は|[:：])[ \t\u3000]*(?P<name>{_FOREIGN_KANA_NAME})(?=[ \t\u3000]*(?:です|でした|。|$))", re.MULTILINE
)
_DATED_NAME = re.compile(
    rf"^[ \t\u3000]*(?P<name>{_KANA_NAME})[ \t\u3000]+"
    r"(?=[0-9SHRTMshr明大昭平令][^\n]{4,14}?生(?:まれ)?(?:[ \t\u3000(（]|$))",
    re.MULTILINE,
)
# a caller introducing themselves in hiragana, family and given name: あの、ごとう　はると申します
_KANA_SELF_INTRODUCTION = re.compile(
    r"(?:^|(?<=[:：\s])|(?<=あの、)|(?<=えっと、)|(?<=私、)|(?<=わたし、)|(?<=私は)|(?<=わたしは))"
    r"(?P<name>[\u3041-\u3096]{2,6}[ \u3000][\u3041-\u3096]{1,6}?)[ \u3000]?と(?:申します|もうします)",
    re.MULTILINE,
)
_KANA_AFTER_LABEL = re.compile(
    rf"(?:申請者|納税義務者|届出人|届出者|申出人|来庁者|来所者|保護者|相談者|名義人?|口座名義(?:人)?|カタカナ|フリガナ|"
    rf"ふりがな|よみがな|氏名|対象者|利用者|患者|Pt|"
    rf"通訳|つうやく|指導員|支援員|相談員|担当者?|連絡先)"
    rf"(?:[(（][^()（）\n]{{1,8}}[)）])?(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|は)"
    rf"(?P<name>{_FOREIGN_KANA_NAME})"
    r"(?=[ \t\u3000]*(?:$|[(（)）、。,]|さん|様|です)|[ \t\u3000]+(?:電話|TEL|携帯|℡|[0-9]))",
    re.MULTILINE,
)


def latin_spans(text: str) -> Iterator[tuple[int, int, float]]:
    """Romanized names: capitals in brackets after a name, or any romanized name after a name label."""
    for m in _LATIN_IN_MAIL.finditer(text):
        group = m.lastgroup or "sender"
        if not a_thing(m.group(group).split()):
            yield m.start(group), m.end(group), 0.75
    for m in _LATIN_PERSON.finditer(text):
        if not a_thing(m.group("name").split()):
            yield m.start("name"), m.end("name"), 0.75
    for m in _LATIN_AFTER_LABEL.finditer(text):
        words = m.group("name").replace(",", " ").split()
        if (len(words) >= 2 or m.group("name") != m.group("name").upper()) and not a_thing(words):
            yield m.start("name"), m.end("name"), 0.75
    for m in _CAPS_NAME.finditer(text):
        if a_thing(m.group(1).replace(",", " ").split()):
            continue
        before = text[max(0, m.start() - 2) : m.start()].rstrip(" ")
        after = text[m.end() : m.end() + 3].lstrip(" ")
        katakana_before = KATAKANA.search(text[max(0, m.start() - 3) : m.start()].rstrip(" "))
        if (
            (before.endswith(("(", "（", "/", "／")) and after.startswith((")", "）", "/", "／", "、", ",")))
            or after.startswith(("様", "さん", "氏", "殿"))
            or _READING_IN_BRACKETS.match(text, m.end()) is not None
            or (katakana_before is not None and text[m.start() - 1] == " ")
        ):
            yield m.start(), m.end(), 0.75
    for m in _TITLE_CASE_NAME.finditer(text):
        if not a_thing(m.group().split()):
            yield m.start(), m.end(), 0.75


def a_thing(words: list[str]) -> bool:
    """The romanized run is an abbreviation or a product (TEL, Microsoft Teams), not a name: its first word is one,
    or half its words are (NGUYEN THI LAN is a name although LAN is a network)."""
    things = [w.upper() in _NOT_CAPS_NAME for w in words]
    return bool(things) and (things[0] or 2 * sum(things) >= len(things))


def latin_person(name: str) -> bool:
    """A run of Latin words that may be a person's name: no abbreviation or product first, and neither its last
    word nor all its words ones the lexicon knows only as common nouns (Software Engineer, Nintendo Switch; a family
    name may be one: PARK, Soyeon)."""
    parts = name.replace(",", " ").split()
    nouns = [len(part) > 2 and common_word(part) for part in parts]  # not KO of AUNG KO KO
    return not a_thing(parts) and not nouns[-1] and not all(nouns)


def char_spans(text: str) -> Iterator[tuple[int, int, float]]:
    """Character spans the tokens hide: a reading in brackets fused into one token (南(ミナミ)様), table cells."""
    for m in _HIRAGANA_READING.finditer(text):
        yield m.start("reading"), m.end("reading"), 0.75
    for m in _FUSED_READING.finditer(text):
        score = 0.8 if m.group("hon") else 0.6
        if m.group("hon") or len(m.group("name")) == 1:
            yield m.start("name"), m.end("name"), score
            yield m.start("reading"), m.end("reading"), score
    yield from table_cells(text)


def signature_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A name written in kana alone on its line in a signature: under a line that ends in a section
    (…課, …係, …センター) or a closing (…お願いいたします。), or over a line that starts with TEL / 電話 /
    メール when it is two words or katakana; a romanized name alone under a section or company line; or a kana
    name after a label (申請者, 納税義務者, 名義, カタカナ …)."""
    for m in _LATIN_ALONE.finditer(text):
        if line_before(text, m.start()).endswith(_SIGNATURE_SECTION_END) and not a_thing(m.group("name").split()):
            yield m.start("name"), m.end("name"), 0.6
    for m in _KANA_SIGNATURE.finditer(text):
        name = m.group("name")
        before, after = line_before(text, m.start()), line_after(text, m.end())
        two_words_or_katakana = " " in name or "\u3000" in name or _KATAKANA_ONLY.fullmatch(name) is not None
        if (
            before.endswith(SECTION_END)
            or (before.endswith(_CLOSING) and (not after or after.startswith(CONTACT_START) or "@" in after))
            or (after.startswith(CONTACT_START) and two_words_or_katakana)
        ):
            yield m.start("name"), m.end("name"), 0.6
    for m in _KANA_AFTER_LABEL.finditer(text):
        yield m.start("name"), m.end("name"), 0.75


def line_before(text: str, start: int) -> str:
    """The last line with text before ``start`` (blank lines skipped), stripped; the text is not copied."""
    end = start
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return text[text.rfind("\n", 0, end) + 1 : end].strip()


def line_after(text: str, end: int) -> str:
    """The first line with text after ``end`` (blank lines skipped), stripped."""
    while end < len(text) and text[end] == "\n":
        end += 1
    stop = text.find("\n", end)
    return text[end : len(text) if stop < 0 else stop].strip()


def placed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names by where they stand, for the caller to keep only where a word is a proper noun: a katakana name
    alone on its line or in brackets before a comma, the people listed after 出席委員 or 出席者：."""
    for m in _KANA_NAME_ALONE.finditer(text):
        group = "name" if m.group("name") else "bracketed"
        yield m.start(group), m.end(group), 0.6
    for m in _LISTED.finditer(text):
        for word in _LIST_WORD.finditer(m.group("names")):
            section = _SECTION_PREFIX.match(word.group())  # 子ども家庭課吉田: the member of staff only
            start = m.start("names") + word.start() + (section.end() if section else 0)
            if m.group("label") in ("出席", "欠席") and (place_name(word.group()) or word.group().endswith(_PLACE_END)):
                continue  # 出席　水戸市、日立市 / 石川県　富山県: bodies attending, not people
            if not word.group().endswith(_POST_END) and start < m.start("names") + word.end():
                yield start, m.start("names") + word.end(), 0.75
    for m in _SPEAKER.finditer(text):
        yield m.start("name"), m.end("name"), 0.75


def written_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names by how they are written or where they stand, with no word test: katakana joined by ＝, the
    names of a foreign residents' list row, a biography's subject and its reading, a name in hiragana
    before と申します, a line that opens with a kana name and then its birth date (``やくしじ　まさる　S30.7.17生``)."""
    for m in _EQUALS_NAME.finditer(text):
        yield m.start(), m.end(), 0.75
    for m in (*_KANA_SELF_INTRODUCTION.finditer(text), *_HOLDER.finditer(text), *_DATED_NAME.finditer(text)):
        yield m.start("name"), m.end("name"), 0.75
    offset = 0
    for line in text.split("\n"):
        fields = line.split(" / ")
        if len(fields) >= 3 and any(f.strip().startswith(_ROW_ID) for f in fields):
            pos = offset
            for field in fields:
                value = field.strip()
                if value.startswith(_ROW_ID):
                    break
                if _ROW_FIELD.fullmatch(value) and not a_thing(value.split()):
                    yield pos + field.index(value), pos + field.index(value) + len(value), 0.75
                pos += len(field) + 3
        offset += len(line) + 1
    for m in _BIOGRAPHY.finditer(text):
        yield m.start("name"), m.end("name"), 0.75
        yield m.start("reading"), m.end("reading"), 0.75


def chat_speakers(text: str) -> list[tuple[int, int, float]]:
    """The speakers of a chat log exported as "name time" lines with the messages between (three or more), or
    written "name：message" (four lines or more, a speaker twice, no form label among them), for the caller to
    keep when one of them is a name (an agenda has lines of that shape too)."""
    speakers = list(_SPEAKER_TIME.finditer(text))
    found = []
    if len(speakers) >= 3 and sum(bool(m.group("message").strip()) for m in speakers) >= 2:
        found = [(m.start("name"), m.end("name"), 0.75) for m in speakers]
    colons = list(_SPEAKER_COLON.finditer(text))
    names = [m.group("name") for m in colons]
    if len(colons) >= 4 and len(set(names)) < len(names) and not any(_FORM_LABEL.search(n) for n in names):
        found += [(m.start("name"), m.end("name"), 0.75) for m in colons]
    return found
