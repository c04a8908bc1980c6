"""The staff member behind a request: attributed in usage and audit, never sent upstream in clear.

The application vouches for the person, in the OpenAI `user` field or an `X-User-Id` header (the
field wins); a personal key's own user is never overridden. A plain staff code (letters, digits, `.`,
`_`, `-`, up to 64, without a run of seven or more digits) is recorded as given; anything else (an
e-mail address, a name, a phone or マイナンバー-shaped number) is recorded only as its pseudonym, so no
personal data reaches the records. Upstream, `user` is replaced by the pseudonym or dropped, as the application's
rule says (`user: {upstream: pseudonymize | drop}`); the header is never forwarded.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from typing import Any

from gateway.policy.rules import UserUpstream

_STAFF_CODE = re.compile(r"[A-Za-z0-9._-]{1,64}")
_DIGIT_RUN = re.compile(r"[0-9][0-9._-]{5,}[0-9]")  # a phone, マイナンバー or other number: never in clear


def pseudonym(secret: bytes, app: str, user: str) -> str:
    """A stable stand-in for `user` of `app`: HMAC-SHA-256 under the gateway's pseudonym key."""
    digest = hmac.new(secret, f"{app}\x00{user}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return "u-" + digest[:24]


def staff_member(body: dict[str, Any], headers: Mapping[str, str], app: str, secret: bytes,
                 upstream: UserUpstream) -> str | None:
    """The staff member to record (None: not given), after rewriting `user` in `body` for the upstream."""
    given = body.get("user")
    if not isinstance(given, str) or not given.strip():
        given = headers.get("x-user-id") or None
    if "user" in body:
        if upstream == "drop" or not isinstance(body["user"], str) or given is None:
            del body["user"]
        else:
            body["user"] = pseudonym(secret, app, given.strip())
    if given is None:
        return None
    given = given.strip()
    plain = _STAFF_CODE.fullmatch(given) and not _DIGIT_RUN.search(given)
    return given if plain else pseudonym(secret, app, given)
