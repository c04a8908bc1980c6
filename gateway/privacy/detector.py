"""Detection as a service for the request path: off the event loop, bounded in time, cached, fail-closed.

Analysis runs in a worker thread, one batch at a time (the NLP model is shared). A batch that
fails or overruns its time raises `GatewayError` 503: the request is refused, never forwarded
unmasked. Results are cached by a hash of the text, so the history a chat client resends every
turn is analysed once; the cache holds offsets and types only, never text.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence

import anyio
import anyio.to_thread

from gateway.errors import GatewayError
from gateway.privacy.analyzer import Analyzer
from gateway.privacy.entities import Finding

log = logging.getLogger("gateway.privacy")
# The NLP model is loaded once per process and is not safe to run from two threads at once. A batch
# abandoned on timeout keeps its thread until its next deadline check, so the lock (not only the
# limiter) guards the model.
_MODEL_LOCK = threading.Lock()


def detection_failed(timeout: bool) -> GatewayError:
    """503: refused because detection could not vouch for the request."""
    reason = "時間内に終わらなかった" if timeout else "できなかった"
    return GatewayError(
        503,
        "pii_detection_timeout" if timeout else "pii_detection_failed",
        f"個人情報の検査が{reason}ため、安全のため送信を止めました。時間をおいて再度お試しください。",
        type_="api_error",
    )


class Detector:
    """Finds personal data in the texts of one request."""

    def __init__(self, analyzer: Analyzer, *, timeout: float, cache_entries: int) -> None:
        self.analyzer = analyzer
        self.timeout = timeout
        self.cache_entries = cache_entries
        self._cache: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()
        self._limiter = anyio.CapacityLimiter(1)

    async def detect(self, texts: Sequence[str]) -> list[tuple[Finding, ...]]:
        """Findings for each text, in order; raises 503 when detection fails or overruns."""
        keys = [hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=20).digest() for t in texts]
        found: dict[bytes, tuple[Finding, ...]] = {}
        missing: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key in self._cache:
                self._cache.move_to_end(key)
                found[key] = self._cache[key]
            else:
                missing[key] = text
        if missing:
            results = await self._analyze(list(missing.values()))
            for key, findings in zip(missing, results, strict=True):
                found[key] = tuple(findings)
                self._remember(key, found[key])
        return [found[key] for key in keys]

    async def _analyze(self, batch: list[str]) -> list[list[Finding]]:
        deadline = time.monotonic() + self.timeout
        try:
            with anyio.fail_after(self.timeout):
                return await anyio.to_thread.run_sync(
                    self._locked_analysis, batch, deadline, limiter=self._limiter, abandon_on_cancel=True)
        except TimeoutError:
            log.error("detection overran %.1fs on %d texts; request refused", self.timeout, len(batch))
            raise detection_failed(timeout=True) from None
        except Exception as exc:  # DetectionError or anything else: fail closed
            log.error("detection failed (%s); request refused", type(exc).__name__)
            raise detection_failed(timeout=False) from None

    def _locked_analysis(self, batch: list[str], deadline: float) -> list[list[Finding]]:
        with _MODEL_LOCK:
            return self.analyzer.analyze_batch(batch, deadline)

    def _remember(self, key: bytes, findings: tuple[Finding, ...]) -> None:
        self._cache[key] = findings
        while len(self._cache) > self.cache_entries:
            self._cache.popitem(last=False)
