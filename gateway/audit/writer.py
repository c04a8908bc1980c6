"""Group commit: records from concurrent requests are appended to the chain together, one transaction each batch.

`AuditWriter.append` returns only once its record is committed (or raises `AuditUnavailable`), so a
response is released only after its record is durable. While one batch is being written, the next
gathers; the transaction takes the chain's writer lock once per batch, not once per request.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

import anyio.to_thread

from gateway.audit import chain
from gateway.audit.config import AuditSettings
from gateway.audit.record import Entry
from gateway.audit.signing import Signer
from gateway.storage.database import Database

log = logging.getLogger("gateway.audit")


class AuditUnavailable(Exception):
    """The record could not be committed: the request must not be served unrecorded."""


class AuditWriter:
    """One per process: a task that commits queued records in batches and signs checkpoints when due."""

    def __init__(self, db: Database, settings: AuditSettings, signer: Signer) -> None:
        self.db, self.settings, self.signer = db, settings, signer
        self._pending: list[tuple[Entry, asyncio.Future[None]]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._key_checked = False  # the chain's last checkpoint was signed by this key (checked on first write)
        self._seen = chain.SeenCheckpoint()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="audit-writer")

    async def append(self, entry: Entry) -> None:
        """Queue one record and wait until it is committed; raises AuditUnavailable."""
        if self._task is None or self._task.done():
            raise AuditUnavailable("the audit writer is not running")
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((entry, future))
        self._wake.set()
        await asyncio.shield(future)  # a client that leaves does not take its record with it

    async def close(self) -> None:
        """Commit what is queued, sign a last checkpoint, stop."""
        self._closing = True
        self._wake.set()
        if self._task is not None:
            with suppress(Exception):
                await self._task
        with suppress(Exception):
            await anyio.to_thread.run_sync(self._last_checkpoint)

    def _last_checkpoint(self) -> None:
        if not self._key_checked:
            self._check_key()
        chain.checkpoint_now(self.db, self.signer)

    async def _run(self) -> None:
        while True:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.settings.checkpoint_seconds)
            self._wake.clear()
            batch, self._pending = self._pending[:self.settings.batch_max], self._pending[self.settings.batch_max:]
            if self._pending:
                self._wake.set()
            await self._commit(batch)
            if self._closing and not self._pending:
                return

    async def _commit(self, batch: list[tuple[Entry, asyncio.Future[None]]]) -> None:
        try:
            await self.db.run(self._write, [entry for entry, _ in batch])  # an unreachable database tells readiness
        except Exception as exc:
            log.error("audit records could not be committed count=%d error=%s", len(batch), type(exc).__name__)
            for _, future in batch:
                if not future.done():
                    future.set_exception(AuditUnavailable(type(exc).__name__))
            return
        for _, future in batch:
            if not future.done():
                future.set_result(None)

    def _write(self, entries: list[Entry]) -> None:
        if not self._key_checked:  # the database may have been unreachable at start-up: check the key now
            self._check_key()
        try:
            with self.db.engine.begin() as conn:
                chain.append(conn, entries, self.signer, self.settings, self._seen)
        except BaseException:
            self._seen.last = None  # a checkpoint it saw signed may have been rolled back
            raise

    def _check_key(self) -> None:
        """Refuse to extend a chain that another key signed (fail closed: the requests get 503)."""
        with self.db.engine.connect() as conn:
            last = chain.last_checkpoint(conn)
        if last is not None and last.key_id != self.signer.key_id:
            log.critical("audit signing key is not the chain's key (chain key_id %s, configured %s): "
                         "records refused until the gateway restarts with the right key", last.key_id,
                         self.signer.key_id)
            raise AuditUnavailable("wrong signing key")
        self._key_checked = True
