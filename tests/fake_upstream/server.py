"""``FakeUpstream``: the fake app served by uvicorn on loopback in a background thread."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

import uvicorn

from .app import Abort, FakeApp
from .model import Behaviour, Recorded


class _HideAborts(logging.Filter):
    """Drop uvicorn's "Exception in ASGI application" records for deliberate aborts."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], Abort))


def _install_log_filter() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideAborts) for f in logger.filters):
        logger.addFilter(_HideAborts())


class FakeUpstream:
    """A fake Azure OpenAI / OpenAI server recording what it receives.

    ``with FakeUpstream() as up:`` serves on ``up.url`` (``http://127.0.0.1:<port>``) until the block ends.

    - ``chunk_size``: characters per streamed delta (default 3, so placeholders get split).
    - ``azure``: add Azure's content-filter annotations (``prompt_filter_results`` etc.) on every route.
    - ``api_key``: if set, require it as ``api-key`` or ``Authorization: Bearer`` (else 401).
    - ``require_api_version``: Azure-style routes without ``?api-version=`` get 404, like Azure.
    """

    def __init__(
        self,
        *,
        chunk_size: int = 3,
        azure: bool = True,
        api_key: str | None = None,
        require_api_version: bool = True,
        start_timeout: float = 5.0,
    ) -> None:
        self.app = FakeApp(chunk_size=chunk_size, azure=azure, api_key=api_key, require_api_version=require_api_version)
        self._start_timeout = start_timeout
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    # lifecycle

    def start(self) -> FakeUpstream:
        """Bind a free loopback port and serve; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("FakeUpstream already started")
        _install_log_filter()
        self.app.closing.clear()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            loop="asyncio",
            http="h11",
            interface="asgi3",
            lifespan="off",
            log_config=None,
            timeout_graceful_shutdown=1,
        )
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"fake-upstream-{self._port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self._start_timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError("fake upstream failed to start")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stop serving: in-flight answers and streams are aborted; idempotent."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self.app.closing.set()
        server.should_exit = True
        thread.join(timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout)
        self._server = self._thread = None

    def __enter__(self) -> FakeUpstream:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeUpstream not started")
        return self._port

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:43123`` (append ``/v1`` for the OpenAI style)."""
        return f"http://127.0.0.1:{self.port}"

    # recording

    @property
    def requests(self) -> list[Recorded]:
        """Snapshot of the requests received so far, oldest first."""
        with self.app.cond:
            return list(self.app.requests)

    @property
    def disconnects(self) -> int:
        """How many answers were cut short because the client went away."""
        with self.app.cond:
            return self.app.disconnects

    def wait_until(self, predicate: Callable[[FakeUpstream], bool], timeout: float = 2.0) -> bool:
        """Wait until ``predicate(self)`` holds (re-checked on every request/disconnect); False on timeout."""
        deadline = time.monotonic() + timeout
        with self.app.cond:
            while not predicate(self):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self.app.cond.wait(min(remaining, 0.05))
        return True

    # scripting

    def enqueue(self, *behaviours: Behaviour) -> None:
        """Queue behaviours, consumed one per request (FIFO) before the default applies."""
        with self.app.cond:
            self.app.queue.extend(behaviours)

    def set_default(self, behaviour: Behaviour | None) -> None:
        """Behaviour for requests when the queue is empty (``None``: the normal answer)."""
        with self.app.cond:
            self.app.default = behaviour or Behaviour()

    def reset(self) -> None:
        """Forget recorded requests and disconnects, empty the queue, restore the default behaviour."""
        with self.app.cond:
            self.app.requests.clear()
            self.app.queue.clear()
            self.app.default = Behaviour()
            self.app.disconnects = 0
