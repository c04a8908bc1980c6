"""Serving with several worker processes: the model is loaded once, then the workers are forked.

The parent loads the analyzer, binds one listening socket per worker on the same port (SO_REUSEPORT,
so the kernel spreads connections evenly across the workers; on one shared socket, the worker that
wakes first accepts a whole burst of keep-alive connections and the others idle), freezes its heap
(`gc.freeze`, so the model's pages stay shared copy-on-write) and forks one uvicorn server per socket.
The parent keeps every socket open, so connections that arrive while a worker is being replaced wait
in its queue for the replacement. Each worker opens its own event loop, database engine
and upstream clients after the fork, so nothing with a thread or a connection crosses it. A worker
that dies is replaced (from the parent, so without loading the model again); SIGTERM or SIGINT
stops every worker gracefully, and a supervisor that dies (even by SIGKILL) takes its workers with it
(Linux parent-death signal: SIGTERM, so they finish what is in flight). Every worker writes its metrics
to `PROMETHEUS_MULTIPROC_DIR` (a temporary directory when unset), so `/metrics` on any worker adds all
of them up.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType
from typing import Any

from gateway.settings import Settings

log = logging.getLogger("gateway")
SERVER_OPTIONS: dict[str, Any] = {"access_log": False, "log_config": None, "timeout_graceful_shutdown": 10}
_PR_SET_PDEATHSIG = 1  # prctl(2)
_QUICK_DEATH = 5.0  # seconds: a worker dying this soon after start, twice in a row, stops the gateway


def serve(settings: Settings, *, host: str, port: int, workers: int, shutdown_timeout: float = 10.0) -> int:
    """Serve until stopped; returns the exit code. On SIGTERM, requests and streams in flight get
    `shutdown_timeout` seconds to finish."""
    from gateway.http_protocol import CoalescingHttpProtocol

    options = {**SERVER_OPTIONS, "timeout_graceful_shutdown": shutdown_timeout, "http": CoalescingHttpProtocol}
    if workers == 1:
        import uvicorn

        from gateway.app import create_app

        uvicorn.run(create_app(settings), host=host, port=port, **options)
        return 0
    try:
        sockets = listening_sockets(host, port, workers)  # first: a port in use fails before the model loads
    except OSError as exc:
        print(f"エラー / error: {host}:{port} で待ち受けできません（別のプロセスが使用中か、権限がありません）。"
              f"--port を変えるか、そのプロセスを止めてください。 / cannot listen on {host}:{port}: {exc.strerror}",
              file=sys.stderr)
        return 1
    with _metrics_directory():
        from gateway.app import build_analyzer, prepare_to_serve

        prepare_to_serve(settings)  # once, before the fork: no two workers migrate the embedded database

        log.info("loading the Japanese NLP model (ja_ginza) once for %d workers ...", workers)
        analyzer = build_analyzer(settings)
        gc.collect()
        gc.freeze()  # the loaded model is never collected: keep its pages shared with the workers
        log.info("serving on http://%s:%d with %d workers", host, port, workers)
        return _Supervisor(settings, analyzer, sockets, options).run()


def listening_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """One listening socket per worker on the same address (SO_REUSEPORT where the system balances it:
    Linux), else one socket that every worker shares."""
    probe = socket.create_server((host, port), backlog=2048)  # "address in use" as ever, never a shared port
    if not hasattr(socket, "SO_REUSEPORT") or os.uname().sysname != "Linux":
        return [probe] * count
    port = probe.getsockname()[1]  # port 0: every worker's socket joins the port the probe got
    probe.close()
    return [socket.create_server((host, port), backlog=2048, reuse_port=True) for _ in range(count)]


@contextmanager
def _metrics_directory() -> Iterator[None]:
    """PROMETHEUS_MULTIPROC_DIR for the workers: the operator's, or a temporary one removed at exit."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        yield
        return
    directory = tempfile.mkdtemp(prefix="gateway-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
    try:
        yield
    finally:
        shutil.rmtree(directory, ignore_errors=True)


class _Supervisor:
    """Forks the workers, replaces one that dies, and stops them all on SIGTERM/SIGINT."""

    def __init__(self, settings: Settings, analyzer: object, sockets: list[socket.socket],
                 options: dict[str, Any]) -> None:
        self.settings, self.analyzer, self.sockets, self.options = settings, analyzer, sockets, options
        self.children: dict[int, tuple[float, int]] = {}  # pid -> (start time, index of its socket)
        self.stopping = False

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        signal.signal(signal.SIGHUP, self._reload)
        for index in range(len(self.sockets)):
            self._spawn(index)
        quick_deaths, failed = 0, False
        while self.children:
            pid, status = os.wait()
            child = self.children.pop(pid, None)
            if child is None:
                continue
            started, index = child
            _mark_dead(pid)
            if self.stopping:
                continue
            quick_deaths = quick_deaths + 1 if time.monotonic() - started < _QUICK_DEATH else 0
            log.error("worker pid=%d exited (status %d)", pid, os.waitstatus_to_exitcode(status))
            if quick_deaths >= 2:
                log.error("workers die at start; stopping the gateway")
                failed = True
                self._stop(signal.SIGTERM, None)
                continue
            self._spawn(index)
        for sock in set(self.sockets):
            sock.close()
        return 1 if failed else 0

    def _spawn(self, index: int) -> None:
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                signal.signal(signal.SIGHUP, signal.SIG_DFL)  # the worker's own reloader takes it over
                _stop_with_parent(parent)
                own = self.sockets[index]
                for other in set(self.sockets) - {own}:
                    other.close()
                _run_worker(self.settings, self.analyzer, own, self.options)
                code = 0
            except BaseException:
                log.exception("worker failed")
            finally:
                os._exit(code)
        self.children[pid] = (time.monotonic(), index)

    def _reload(self, _signum: int, _frame: FrameType | None) -> None:
        """SIGHUP: every worker reloads the rules."""
        for pid in list(self.children):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGHUP)

    def _stop(self, signum: int, _frame: FrameType | None) -> None:
        self.stopping = True
        for pid in list(self.children):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)


def _stop_with_parent(parent: int) -> None:
    """A worker gets SIGTERM when its supervisor dies, so no worker goes on serving unsupervised (Linux)."""
    with suppress(AttributeError, OSError):  # not Linux: the supervisor's own SIGTERM handling still applies
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it died before the line above
        os.kill(os.getpid(), signal.SIGTERM)


def _run_worker(settings: Settings, analyzer: Any, sock: socket.socket, options: dict[str, Any]) -> None:
    import uvicorn

    from gateway.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(settings, analyzer), **options))
    server.run(sockets=[sock])


def _mark_dead(pid: int) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]
