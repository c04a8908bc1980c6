"""Gateway replicas as real processes (`python -m gateway serve`), for shutdown and scale-out tests.

Each process loads the NLP model itself (15–60 s); start several at once and wait for them together.
A replica is its own process group (the supervisor and, with a Redis URL, its forked workers), as a container is:
`kill()` SIGKILLs all of it at once, as a container runtime or the OOM killer of a pod does.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import httpx

from tests.postgres import free_port

ROOT = Path(__file__).resolve().parent.parent


class GatewayProcess:
    """One `gateway serve` process on a free loopback port; `with` starts it and waits until it is ready."""

    def __init__(self, rules: Path, database_url: str, *, shutdown_timeout: float = 10, args: Sequence[str] = (),
                 env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile(mode="a+")  # noqa: SIM115 - appended by the child, read back here
        # the upstream comes from the rules only, never from an SDK variable of the shell running the tests
        inherited = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_OPENAI_", "OPENAI_"))}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gateway", "serve", "--rules", str(rules), "--port", str(self.port),
             "--shutdown-timeout", str(shutdown_timeout), *args],
            cwd=ROOT, env={**inherited, "GATEWAY_DATABASE_URL": database_url, **(env or {})},
            stdout=subprocess.DEVNULL, stderr=self.log, text=True, start_new_session=True)

    def log_text(self) -> str:
        """Everything the process wrote to stderr so far (its JSON log lines)."""
        self.log.seek(0)
        return self.log.read()

    def exited(self, timeout: float = 120) -> tuple[int, str]:
        """Wait for a process that is expected to stop by itself; its exit status and its log."""
        return self.process.wait(timeout=timeout), self.log_text()

    def wait_ready(self, timeout: float = 240) -> GatewayProcess:
        """Block until /readyz answers 200; fails with the process's log if it exits or takes too long."""
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the gateway did not become ready:\n{self.log_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)

    def terminate(self) -> None:
        self.process.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL the whole replica (the supervisor and its workers), with no chance to finish anything."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def __enter__(self) -> GatewayProcess:
        return self.wait_ready()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.kill()
        self.log.close()


def start_replicas(count: int, rules: Path, database_url: str, **options: object) -> list[GatewayProcess]:
    """`count` processes on one database, started together, each ready when this returns."""
    replicas = [GatewayProcess(rules, database_url, **options) for _ in range(count)]  # type: ignore[arg-type]
    try:
        for replica in replicas:
            replica.wait_ready()
    except BaseException:
        for replica in replicas:
            replica.__exit__(None, None, None)
        raise
    return replicas
