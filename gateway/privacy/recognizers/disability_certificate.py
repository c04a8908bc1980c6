"""障害者手帳の番号: 身体障害者手帳, 療育手帳 (愛の手帳, みどりの手帳), 精神障害者保健福祉手帳.

Each prefecture (or 政令市) numbers its own certificates, so there is no single shape: ``第123456号``,
``茨第12345号`` (a prefecture kanji first), ``A-123456`` (療育手帳 with its grade letter), ``1234567``.
The number is reported only with a certificate word in the window; holding one of these certificates is
要配慮個人情報 (a disability), so the whole written form, prefix and 号 included, is masked.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._pattern import LEFT_EDGE, RIGHT_EDGE, JaPatternRecognizer

CONTEXT = [
    "障害者手帳", "身体障害者手帳", "身障手帳", "障害手帳", "療育手帳", "愛の手帳", "みどりの手帳",
    "精神障害者保健福祉手帳", "精神保健福祉手帳", "手帳番号", "交付番号", "手帳の番号", "精神手帳", "身体手帳",
    "旧手帳", "新手帳",
    # many municipalities write 障がい (or 障碍); foreign residents write English
    "障がい者手帳", "障がい手帳", "身体障がい者手帳", "精神障がい者保健福祉手帳", "障碍者手帳",
    "disability certificate", "disability handbook", "disability card",
]
# an optional prefecture kanji (after a space, a bracket or a label) and 第, an optional grade letter, 4 to 10
# digits in any grouping (78-17750) and an optional 号
_NUMBER = (
    r"(?:(?<=[\s:(、|,]|^)\p{Han}{1,2}(?=第|[0-9]))?(?:第\s?)?"
    rf"(?:(?<![A-Za-z])[A-Z][0-9]?[ ]?-?[ ]?(?=[0-9])|{LEFT_EDGE})(?!(?:19|20)[0-9]{{2}}\.[01]?[0-9]\.[0-3]?[0-9])"
    rf"[0-9](?:(?:-?\r?\n *|[- .])?[0-9]){{3,9}}(?:号(?!室)|{RIGHT_EDGE})"
)


class DisabilityCertificateRecognizer(JaPatternRecognizer):
    """障害者手帳の番号: a number next to a certificate word."""

    def __init__(self) -> None:
        super().__init__(
            Entity.DISABILITY_CERTIFICATE,
            "DisabilityCertificateRecognizer",
            [Pattern("disability_certificate", _NUMBER, 0.0)],
            CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The 障害者手帳 recognizers."""
    return [DisabilityCertificateRecognizer()]
