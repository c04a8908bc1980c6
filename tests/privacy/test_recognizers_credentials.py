"""Credentials: access keys, tokens, PEM blocks (whole), password values (value only)."""

from __future__ import annotations

import pytest

from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_STRONG
from gateway.privacy.recognizers.credentials import AzureKeyRecognizer, CredentialRecognizer, recognizers
from tests.privacy.recognizer_support import found, normalize_like

REC = CredentialRecognizer()
AZURE = AzureKeyRecognizer()

AWS_SAMPLE = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
GITHUB = "ghp_" + "a1B2c3D4e5" * 3 + "F6g7h8"
GITHUB_PAT = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7d1X\nq9Zk+/w==\n-----END RSA PRIVATE KEY-----"
HEX32 = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("AWSのキーはAKIAIOSFODNN7EXAMPLEです", "AKIAIOSFODNN7EXAMPLE"),
        ("ASIAY34FZKBOKMUTVV7A", "ASIAY34FZKBOKMUTVV7A"),
        (f"aws_secret_access_key = {AWS_SAMPLE}", AWS_SAMPLE),
        (f'"AWS_SECRET_ACCESS_KEY": "{AWS_SAMPLE}"', AWS_SAMPLE),
        (f"トークン{GITHUB}を使う", GITHUB),
        (f"PAT {GITHUB_PAT}", GITHUB_PAT),
        ("キー: sk-proj-abcdefghijklmnopqrstuvwx1234", "sk-proj-abcdefghijklmnopqrstuvwx1234"),
        ("xoxb-1234567890-abcdefghij", "xoxb-1234567890-abcdefghij"),
        ("AIzaSyA1234567890abcdefghijklmnopqrstuv", "AIzaSyA1234567890abcdefghijklmnopqrstuv"),
        (f"Authorization: Bearer {JWT}", JWT),
        (f"鍵です\n{PEM}\nよろしく", PEM),
        ("password=hunter22", "hunter22"),
        ("DB_PASSWORD='p@ss w0rd'", "p@ss w0rd"),
        ("パスワード：ａｂｃ１２３４５です", "abc12345"),
        ("pwd: s3cr3t!", "s3cr3t!"),
        ("PW:Abcd1234 ID:taro", "Abcd1234"),
        ("x-api-key: my-secret-value", "my-secret-value"),
        # a password in a sentence, no '=' or ':'
        ("一時パスワード Xk7#pQ2m で入ってください", "Xk7#pQ2m"),
        ("初期パスワードは Abc12345! です", "Abc12345!"),
        ("仮パスワード：Tmp-2024xで", "Tmp-2024x"),
        ("仮パスワード「Tmp2024」を送ります", "Tmp2024"),
        ("PW Abcd1234 でログイン", "Abcd1234"),
        ("pass: Zq8!mW2r", "Zq8!mW2r"),
    ],
)
def test_credentials(text: str, span: str) -> None:
    assert found(REC, normalize_like(text)) == [(span, SCORE_STRONG)]


def test_truncated_pem_is_reported_up_to_where_it_ends() -> None:
    text = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nabcd\n途中までです"
    assert found(REC, text) == [("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nabcd\n", SCORE_STRONG)]


@pytest.mark.parametrize(
    "text",
    [
        "パスワードを変更してください",
        "パスワード: 8文字以上",
        "パスワードは8文字以上",
        "パスワードは英数字8文字以上にしてください",
        "パスワード password を使わない",  # no digit: a word, not a password
        "パスワードが12345678",  # no letter
        "パスワード https://example.jp/reset1 から再設定",
        "pass the test2024 now",
        "password:\n  user: taro",
        "max_tokens=1000",
        "sk-short",
        "AKIA1234",
        "eyJhbGciOiJIUzI1NiJ9 だけ",
        "-----BEGIN PUBLIC KEY-----",
        "会議 14:00-15:30",
    ],
)
def test_not_reported(text: str) -> None:
    assert found(REC, text) == []


@pytest.mark.parametrize("text", [f"api-key: {HEX32}", f"APIキーは{HEX32.upper()}", f"{HEX32}（APIキー）"])
def test_azure_key_with_context(text: str) -> None:
    assert [score for _, score in found(AZURE, text)] == [SCORE_CONTEXT]


@pytest.mark.parametrize("text", [f"md5 {HEX32}", f"キー {HEX32}0", f"キー{'x' * 25} {HEX32}"])
def test_azure_key_without_context_or_shape(text: str) -> None:
    assert found(AZURE, text) == []


def test_recognizers_function() -> None:
    recs = recognizers()
    assert [type(r) for r in recs] == [CredentialRecognizer, AzureKeyRecognizer]
    assert all((r.supported_language, r.supported_entities) == ("ja", ["CREDENTIAL"]) for r in recs)
