"""Runs a real gateway on a loopback port, in a thread of the test process."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
import yaml

from gateway.app import build_analyzer, create_app
from gateway.http_protocol import CoalescingHttpProtocol
from gateway.privacy.nlp import load_nlp
from gateway.settings import Settings, load_settings


def write_rules(directory: Path, gateway: dict[str, Any], policy: dict[str, Any] | None = None,
                entities: dict[str, Any] | None = None, pricing: dict[str, Any] | None = None) -> Path:
    """A rules directory holding the given gateway.yaml (and policy.yaml, pricing.yaml), plus the shipped
    pii.yaml with `entities` changed as given."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "gateway.yaml").write_text(yaml.safe_dump(gateway, allow_unicode=True), encoding="utf-8")
    for name, rules in (("policy.yaml", policy), ("pricing.yaml", pricing)):
        if rules is not None:
            (directory / name).write_text(yaml.safe_dump(rules, allow_unicode=True), encoding="utf-8")
    pii = yaml.safe_load((Path(__file__).resolve().parent.parent / "rules" / "pii.yaml").read_text(encoding="utf-8"))
    pii["entities"].update(entities or {})
    (directory / "pii.yaml").write_text(yaml.safe_dump(pii, allow_unicode=True), encoding="utf-8")
    return directory


class GatewayServer:
    """`with GatewayServer(settings) as gw:` serves the gateway at `gw.url` until the block ends."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        analyzer = build_analyzer(settings, load_nlp())  # the model itself is loaded once per process
        config = uvicorn.Config(create_app(settings, analyzer), host="127.0.0.1", port=0,
                                log_config=None, access_log=False, timeout_graceful_shutdown=2,
                                http=CoalescingHttpProtocol)  # as `gateway serve` runs it
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @classmethod
    def from_rules(cls, rules_dir: Path, database_url: str) -> GatewayServer:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_OPENAI_", "OPENAI_"))}
        settings = load_settings(rules_dir, {**env, "GATEWAY_DATABASE_URL": database_url})
        return cls(settings)

    def __enter__(self) -> GatewayServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the gateway did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    @property
    def url(self) -> str:
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"
