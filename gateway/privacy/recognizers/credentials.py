"""Credentials pasted into a prompt: cloud access keys, API tokens, private keys and password values.

Not personal data, but a leak all the same: access keys and tokens have distinctive prefixes (AWS
``AKIA``/``ASIA``, GitHub ``ghp_``/``github_pat_``, OpenAI ``sk-``, Slack ``xox?-``, Google ``AIza``,
JWTs ``eyJ….eyJ….…``); a PEM private key is reported as the whole block (or up to where a truncated
paste ends); ``password=…``, ``パスワード: …``, ``pwd: …`` and similar report the value only. An Azure
key is 32 hex digits, which a hash also is, so it needs a key word nearby.

A password is also given in a sentence without '=' or ':' (``一時パスワード Xk7#pQ2m で入って``,
``初期パスワードは Abc12345! です``, ``仮パスワード「Tmp-2024x」``): after パスワード / PW / pass the value
must then look like a password, 8 to 64 printable ASCII characters with a letter and a digit, so that
``パスワードは8文字以上`` or a Japanese word after it is never reported.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_STRONG
from gateway.privacy.recognizers._pattern import JaPatternRecognizer

CONTEXT = ["key", "キー", "token", "トークン", "password", "パスワード", "secret"]
AZURE_CONTEXT = ["key", "キー"]  # api-key, x-api-key, APIキー, アクセスキー, …

_PEM_BEGIN = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
# A key name, with any prefix such as DB_ or AZURE_OPENAI_, then '=' or ':' on the same line.
_KEY_NAME = (
    r"(?:(?<![A-Za-z0-9_-])(?:[A-Za-z0-9]+[_-])*"
    r"(?i:password|passwd|passphrase|pwd|pw|secret|(?:api|secret|private)[_-]?key|access[_-]?token|token)"
    r"|パスワード|暗証番号|パスコード)"
)
# The value on the same line: quoted (anything up to the closing quote), or 4 to 128 printable ASCII
# characters other than quotes and spaces.
_ASSIGNED_VALUE = (
    r"""["']?[ \t]*[:=][ \t]*"""
    r"""(?:"(?P<value>[^"\r\n]{1,128})"|'(?P<value>[^'\r\n]{1,128})'|(?P<value>[!#-&(-~]{4,128}))"""
)

# パスワード / PW / pass in a sentence: は, を, a space or a bracket before the value, no '=' needed
_LOGIN_WORD = r"(?:パスワード|パスコード|(?<![A-Za-z0-9_])(?i:passwords?|passwd|pass|pwd|pw)(?![A-Za-z0-9_]))"
_LOGIN_VALUE = (
    r"(?P<value>(?!https?:|[:=])(?=[!-~]*[A-Za-z])(?=[!-~]*[0-9])[!#-&(-~]{8,64})(?![!-~])"
    r"|「(?P<value>[!-~]{4,64})」|『(?P<value>[!-~]{4,64})』"
)
_SENTENCE_VALUE = rf"{_LOGIN_WORD}[ \t]*(?:は|を|が|も|[:=])?[ \t]*(?:{_LOGIN_VALUE})"

PATTERNS = [
    ("aws_access_key_id", r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
    (
        "aws_secret_access_key",
        r"(?i:aws_secret_access_key)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])",
    ),
    (
        "github_token",
        r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])",
    ),
    ("openai_key", r"(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,400}(?![A-Za-z0-9_-])"),
    ("slack_token", r"(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])"),
    ("google_api_key", r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"),
    (
        "jwt",
        r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,4000}\.eyJ[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{0,2000}"
        r"(?![A-Za-z0-9_-])",
    ),
    ("pem_private_key", rf"{_PEM_BEGIN}[\s\S]{{0,20000}}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----"),
    # A paste cut before its END line: the BEGIN line and the header and base64 lines after it.
    ("pem_private_key_truncated", rf"{_PEM_BEGIN}(?:\r?\n(?:[A-Za-z0-9+/=]*|[A-Za-z-]+: [^\r\n]*))*"),
    ("secret_value", _KEY_NAME + _ASSIGNED_VALUE),
    ("password_in_sentence", _SENTENCE_VALUE),
]


class CredentialRecognizer(JaPatternRecognizer):
    """Access keys, tokens, private-key blocks and password values, by their distinctive shapes."""

    def __init__(self) -> None:
        super().__init__(
            Entity.CREDENTIAL,
            "CredentialRecognizer",
            [Pattern(name, pattern, SCORE_STRONG) for name, pattern in PATTERNS],
            CONTEXT,
        )


class AzureKeyRecognizer(JaPatternRecognizer):
    """Azure-style keys: 32 hex digits, reported only with a key word (api-key, キー) nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.CREDENTIAL,
            "AzureKeyRecognizer",
            [Pattern("azure_key", r"(?<![0-9A-Za-z_-])[0-9a-fA-F]{32}(?![0-9A-Za-z_-])", 0.0)],
            AZURE_CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The credential recognizers."""
    return [CredentialRecognizer(), AzureKeyRecognizer()]
