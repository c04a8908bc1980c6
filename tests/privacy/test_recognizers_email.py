"""メールアドレス: a pattern recognizer that never touches the network."""

from __future__ import annotations

import socket
from typing import NoReturn

import pytest

from gateway.privacy.recognizers import STRUCTURED
from gateway.privacy.recognizers._context import SCORE_STRONG
from gateway.privacy.recognizers.email import JaEmailRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like

REC = JaEmailRecognizer()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("taro@example.jp", "taro@example.jp"),
        ("メールはtaro.yamada@city.example.lg.jpまでお願いします", "taro.yamada@city.example.lg.jp"),
        ("宛先: first+tag@mail-server.example.com。", "first+tag@mail-server.example.com"),
        ("<hanako_s@example.co.jp>", "hanako_s@example.co.jp"),
        ("連絡先 a@b.example.", "a@b.example"),
        ("user@xn--eckwd4c7c.xn--zckzah", "user@xn--eckwd4c7c.xn--zckzah"),
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐへ", "taro@example.jp"),
        ("taro@example.jp、hanako@example.jp", "taro@example.jp"),
        ("メール：t a n a k a @ e x a m p l e . j p", "t a n a k a @ e x a m p l e . j p"),
        # "atmark" or "_at_" for the @
        ("メール：watanabe-s_at_example.ne.jp", "watanabe-s_at_example.ne.jp"),
        ("fujii_hina atmark example.ne.jp\t2655", "fujii_hina atmark example.ne.jp"),
    ],
)
def test_addresses(text: str, span: str) -> None:
    assert found(REC, normalize_like(text))[0] == (span, SCORE_STRONG)


@pytest.mark.parametrize(
    "text",
    ["@example.jp", "taro@", "taro@localhost", "taro@example", "バージョン2.2.366", "a@b.c1", "メール 12345678",
     "A B C @ D E F", "1 2 3 @ 4 5 6 . 7", "import look_at_me.py と format_at_time.js",
     'log_at_start.info("boot") self.model_at_best.net'],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


def _refuse(*args: object, **kwargs: object) -> NoReturn:
    raise AssertionError("network access attempted")


def test_no_network_is_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every recognizer module is built and run with sockets and name resolution refused."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    text = "メール taro@example.jp、IP 192.168.0.1、電話 03-1234-5678、IBAN DE89370400440532013000"
    spans = {text[r.start : r.end] for m in STRUCTURED for rec in m.recognizers() for r in rec.analyze(text, [], None)}
    assert {"taro@example.jp", "192.168.0.1", "03-1234-5678", "DE89370400440532013000"} <= spans


def test_recognizers_function() -> None:
    [rec] = recognizers()
    assert isinstance(rec, JaEmailRecognizer)
    assert (rec.supported_language, rec.supported_entities) == ("ja", ["EMAIL_ADDRESS"])
