"""メールアドレス: a pattern recognizer that never touches the network.

JAPANESE_PII.md, presidio facts: presidio's EmailRecognizer validates domains with tldextract, which
fetches the public suffix list from the internet at first use. This recognizer checks the shape only
(local part, '@', dot-separated labels, an alphabetic or ``xn--`` top-level label); an address with an
unknown suffix is still somebody's address. Full-width ``＠`` and ``．`` arrive folded by NFKC.

Addresses written to dodge harvesters are addresses too: ``tanaka (at) example.jp``, ``yamada［at］city.lg.jp``,
``sato【@】example.jp``,
``sato アットマーク example.co.jp``, ``suzuki＠マーク example.com``, ``ito at example dot jp``, ``kato @ example.jp``,
``abe(a)example.jp``, ``yamada . taro @ city . lg . jp``, with ``(dot)`` / ``ドット`` or a spaced ``.`` for the
dots (in the local part too), also around a written ``@`` (``k-ito@yamabiko (dot) ne (dot) jp``), and
``アット`` / ``ドット`` written bare (``taro アット example ドット jp``) or read aloud
(``chibaアンダーバーn、アットマーク、exampleドットjp``), ``atmark`` or ``_at_`` for the ``@``
(``sato atmark example.jp``, ``watanabe-s_at_example.ne.jp``: a mail domain's last label, not a file's extension as in
``look_at_me.py``), or set letter by letter
(``t a n a k a @ e x a m p l e . j p``). The whole written form is the
finding, so the placeholder replaces it all.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_STRONG
from gateway.privacy.recognizers._pattern import JaPatternRecognizer

CONTEXT = ["メール", "mail", "アドレス"]

_LOCAL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]{0,63})"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_TOP = r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})(?![A-Za-z0-9-])"
EMAIL_REGEX = rf"{_LOCAL}@(?:{_LABEL}\.)+{_TOP}"
# an '@' or a '.' spelled out, with or without brackets of any kind around it
_OPEN, _CLOSE = r"[(\[<{【〔（]", r"[)\]>}】〕）]"
_AT = (
    rf"(?:\s*(?:{_OPEN}\s*(?:at|a|@|アット(?:マーク)?|あっと)\s*{_CLOSE}|@\s*マーク|アットマーク|あっとまーく|★|☆)\s*"
    r"|\s+at\s+|\s*@\s*|[\s、,]*(?:アットマーク|アット|あっと)[\s、,]*)"
)
_DOT = rf"(?:\.|\s*{_OPEN}\s*(?:dot|ドット|どっと)\s*{_CLOSE}\s*|\s+dot\s+|[\s、,]*(?:ドット|どっと)[\s、,]*)"
# a local part read aloud over the phone spells its other marks too: chiba アンダーバー n, sato ハイフン k
_MARK = r"(?:[\s、,]*(?:アンダーバー|アンダースコア|ハイフン)[\s、,]*)"
# a spelled-out address ends in a country code or a common top-level domain, not in a method's name
# (``NullPointerException at com.example.CityService.update(…)`` is a stack frame)
_SPELLED_TOP = r"(?:[A-Za-z]{2}|com|net|org|info|biz|edu|gov|int|io|app|dev)(?![A-Za-z0-9-])"
# the local part's own dots may be spelled out too: yamada (dot) taro (at) example (dot) jp
OBFUSCATED_REGEX = (
    rf"(?i){_LOCAL}(?:(?:{_DOT}|{_MARK})[A-Za-z0-9_%+-]{{1,64}}){{0,4}}{_AT}(?:{_LABEL}{_DOT})+{_SPELLED_TOP}"
)
# every dot spaced too, around a written @: yamada . taro @ city . lg . jp (not "Dr . Smith at Univ . Tokyo")
_SPACED_LOCAL = rf"{_LOCAL}(?: ?\. ?[A-Za-z0-9_%+-]{{1,64}}){{0,4}}"
SPACED_REGEX = rf"{_SPACED_LOCAL} ?@ ?(?:{_LABEL} ?\. ?)+{_TOP}"
# "atmark" or "_at_" for the @ (sato atmark example.jp, watanabe-s_at_example.ne.jp; not look_at_me.py): a mail
# domain's last label
_MAIL_TOP = r"(?:jp|com|org)(?![A-Za-z0-9-])"  # not a method or a module: log_at_start.info(, model_at_best.net
AT_WORD_REGEX = (
    rf"(?i)(?<!\.){_LOCAL}(?:_at_|_atmark_|\s*{_OPEN}?\s*\batmark\b\s*{_CLOSE}?\s*)(?:{_LABEL}\.)+{_MAIL_TOP}(?![(=])"
)
# set letter by letter, one space between characters: t a n a k a @ e x a m p l e . j p
_LETTER_LOCAL = r"[A-Za-z0-9_%+\-](?: [A-Za-z0-9_%+\-.]){1,63}"
_LETTER_LABEL = r"[A-Za-z0-9\-](?: [A-Za-z0-9\-]){0,62}"
LETTERS_REGEX = (
    rf"(?<![A-Za-z0-9.] )(?<![A-Za-z0-9]){_LETTER_LOCAL} @ (?:{_LETTER_LABEL} \. )+[A-Za-z](?: [A-Za-z]){{1,10}}"
    r"(?! [A-Za-z0-9])"
)


class JaEmailRecognizer(JaPatternRecognizer):
    """E-mail addresses by shape, with no domain look-up."""

    def __init__(self) -> None:
        super().__init__(
            Entity.EMAIL_ADDRESS,
            "JaEmailRecognizer",
            [
                Pattern("email", EMAIL_REGEX, SCORE_STRONG),
                Pattern("email_spelled_out", OBFUSCATED_REGEX, SCORE_STRONG),
                Pattern("email_spaced", SPACED_REGEX, SCORE_STRONG),
                Pattern("email_letters", LETTERS_REGEX, SCORE_STRONG),
                Pattern("email_at_word", AT_WORD_REGEX, SCORE_STRONG),
            ],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The e-mail recognizers."""
    return [JaEmailRecognizer()]
