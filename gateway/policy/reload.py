"""Rules hot reload: on a change of any rules/*.yaml file, and on SIGHUP.

The new rules are read and validated in a worker thread; only a valid set replaces the old one, by
one assignment (`Gateway.swap`), so a request in flight finishes under the rules it started with
and none is dropped. An invalid set is refused with one log line naming file, key and mistake, and
the rules in force stay as they were.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable, Mapping
from pathlib import Path

import anyio
import anyio.to_thread

from gateway.audit.events import AuditEvent, record_event
from gateway.config_error import ConfigError
from gateway.settings import Settings, load_settings
from gateway.storage.database import Database

log = logging.getLogger("gateway.policy")
POLL_SECONDS = 1.0


def _stamp(rules_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """What identifies the rules files' contents cheaply: name, size, modification time."""
    files = sorted(rules_dir.glob("*.yaml"))
    return tuple((f.name, s.st_size, s.st_mtime_ns) for f in files if (s := f.stat()))


class Reloader:
    """Watches the rules directory and reloads on change or SIGHUP."""

    def __init__(self, settings: Settings, swap: Callable[[Settings], None], db: Database,
                 env: Mapping[str, str]) -> None:
        self.rules_dir = settings.rules_dir
        self.env = env
        self.swap = swap
        self.db = db
        self.requested = anyio.Event()
        self._stamp = _stamp(self.rules_dir)

    def install_sighup(self) -> None:
        """Reload on SIGHUP (only possible in the main thread of the process)."""
        import asyncio

        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: self.requested.set())
        except (ValueError, RuntimeError, NotImplementedError):
            log.info("rules reload on SIGHUP is not available here (not the main thread); file changes still reload")

    async def run(self) -> None:
        """Poll for changes (and wait for SIGHUP) until cancelled."""
        while True:
            with anyio.move_on_after(POLL_SECONDS):
                await self.requested.wait()
            signalled = self.requested.is_set()
            self.requested = anyio.Event()
            stamp = await anyio.to_thread.run_sync(_stamp, self.rules_dir)
            if signalled or stamp != self._stamp:
                self._stamp = stamp
                await self.reload("SIGHUP" if signalled else "file change")

    async def reload(self, cause: str) -> bool:
        """Read and validate the rules; put them in force if valid. Returns True when they were."""
        try:
            settings = await anyio.to_thread.run_sync(load_settings, self.rules_dir, self.env)
        except ConfigError as err:
            log.error("rules reload refused (%s): %s: %s: %s; the previous rules stay in force",
                      cause, err.file, err.key, err.message)
            await self._event("rules.rejected", {"cause": cause, "file": err.file, "key": err.key})
            return False
        except Exception as exc:  # an unreadable directory, say: keep serving with the old rules
            log.error("rules reload failed (%s): %s; the previous rules stay in force", cause, type(exc).__name__)
            return False
        self.swap(settings)
        log.info("rules reloaded (%s) from %s", cause, self.rules_dir)
        await self._event("rules.reloaded", {"cause": cause})
        return True

    async def _event(self, kind: str, details: dict[str, str]) -> None:
        try:
            await self.db.run(record_event, self.db, AuditEvent(kind, "gateway", details))
        except Exception as exc:
            log.error("could not record the audit event kind=%s error=%s", kind, type(exc).__name__)
