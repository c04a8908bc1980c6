"""The exchange: one object that carries a request through every phase of the gateway.

Each phase fills in its part (identity, deployment, findings, usage, outcome); the finishing
phase turns it into exactly one stored record. It holds no request or response text, and never
the vault of masked values (a local of the request path, living only as long as the request).
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

ApiStyle = Literal["azure", "openai"]


class Operation(StrEnum):
    """What the client asked for; the value names it in records, logs and metrics."""

    CHAT = "chat.completions"
    EMBEDDINGS = "embeddings"
    RESPONSES = "responses"
    MODELS = "models"
    PII_ANALYZE = "admin.pii.analyze"
    USAGE_REPORT = "admin.usage"
    ADMIN_KEYS = "admin.keys"
    AUDIT_SEARCH = "admin.audit"
    OTHER = "other"  # unknown routes and methods, recorded all the same


@dataclass(frozen=True)
class Identity:
    """Who is calling: from the client's key."""

    key_id: str
    app: str
    department: str
    role: str
    user: str | None = None


@dataclass
class Usage:
    """Tokens reported by the upstream, or estimated from the text when it reported none.

    `cached_tokens` are part of `prompt_tokens`, `reasoning_tokens` part of `completion_tokens`,
    as in the upstream's own `usage`.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    reasoning_tokens: int = 0
    estimated: bool = False
    reported: bool = False  # the upstream's own figures (set only from an upstream `usage`)


@dataclass
class Timings:
    """Seconds spent in the parts that metrics report; 0 where a part did not run."""

    detection: float = 0.0  # finding personal data in the request
    upstream: float = 0.0  # waiting for the upstream: until its answer began (a whole answer: until it ended)
    overhead: float = 0.0  # the gateway's own time around the upstream (for streams: before forwarding)


@dataclass
class Exchange:
    """One request through the gateway."""

    operation: Operation
    api_style: ApiStyle
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    started: float = field(default_factory=time.monotonic)
    identity: Identity | None = None
    client: str | None = None  # the client's address
    route: str = ""  # the path called
    deployment: str | None = None
    api_version: str | None = None
    stream: bool = False
    pii: Counter[str] = field(default_factory=Counter)
    backend: str | None = None
    attempts: int = 0
    usage: Usage = field(default_factory=Usage)
    timings: Timings = field(default_factory=Timings)
    status: int = 0
    error_code: str | None = None
    error_label: str | None = None  # the metric label: the gateway's own code, or `upstream_error`
    finished: bool = False
    recorded: bool = False  # its audit record is committed

    @property
    def duration_ms(self) -> int:
        return int((time.monotonic() - self.started) * 1000)

    def who(self) -> dict[str, str | None]:
        """The caller as records store it: key id, application, department, staff member (None until authenticated)."""
        ident = self.identity
        return {"key_id": ident.key_id if ident else None, "app": ident.app if ident else None,
                "department": ident.department if ident else None, "user": ident.user if ident else None}

    def fail(self, status: int, code: str, *, from_upstream: bool = False) -> None:
        """Record the outcome of a refused or failed request (`from_upstream`: the code is the upstream's)."""
        self.status, self.error_code = status, code
        self.error_label = "upstream_error" if from_upstream else code
