"""Editing, deleting, inserting, reordering or truncating audit records is detected, and the record is named."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from gateway.audit import chain
from gateway.audit.config import AuditSettings
from gateway.audit.events import AuditEvent, record_event
from gateway.audit.record import Entry, chain_hash, event_body
from gateway.audit.retention import purge
from gateway.audit.signing import Signer, generate, load_public_key, load_signer
from gateway.audit.verify import verify
from gateway.storage.database import Database
from gateway.storage.schema import audit_checkpoints, audit_records
from tests.harness import write_rules

EVERY = 5  # a checkpoint every five records
# Tests marked `storage` run on SQLite and on PostgreSQL (its SQL, its advisory lock); the commands' tests, slow
# to start, on SQLite only (tests/test_replicas.py runs `gateway audit verify` on PostgreSQL).


@pytest.fixture
def signer() -> Signer:
    return load_signer(AuditSettings())  # the suite's key, from GATEWAY_AUDIT_SIGNING_KEY


@pytest.fixture
def db(fresh_db: Database, signer: Signer) -> Database:
    """A log of 12 events: checkpoints signed at 5 and 10, records 11 and 12 not yet signed."""
    settings = AuditSettings(checkpoint_every=EVERY, checkpoint_seconds=3600)
    for i in range(12):
        with fresh_db.engine.begin() as conn:
            chain.append(conn, [Entry(event_body("key.created", "cli", {"n": i}))], signer, settings)
    return fresh_db


def _run(db: Database, signer: Signer) -> tuple[int | None, str]:
    result = verify(db, signer.public)
    return result.seq, result.problem or "OK"


@pytest.mark.storage
def test_an_untouched_log_verifies(db: Database, signer: Signer) -> None:
    result = verify(db, signer.public)
    assert result.ok, result.problem
    assert (result.records, result.checkpoints, result.unsigned_tail) == (12, 2, 2)


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


@pytest.mark.storage
def test_an_edited_record_is_named(db: Database, signer: Signer) -> None:
    _sql(db, "UPDATE audit_records SET body = replace(body, :old, :new) WHERE seq = 7", old='"n":6', new='"n":60')
    seq, problem = _run(db, signer)
    assert seq == 7
    assert "書き換え" in problem


@pytest.mark.storage
def test_an_edited_search_column_is_named(db: Database, signer: Signer) -> None:
    _sql(db, "UPDATE audit_records SET department = '総務課' WHERE seq = 3")
    seq, problem = _run(db, signer)
    assert seq == 3
    assert "検索用の列" in problem


@pytest.mark.storage
def test_an_edit_with_the_hashes_recomputed_is_caught_by_the_checkpoint(db: Database, signer: Signer) -> None:
    with db.engine.begin() as conn:  # a careful forger: edit 4 and re-chain every later record
        rows = conn.execute(select(audit_records).order_by(audit_records.c.seq)).all()
        prev = rows[2].hash
        for row in rows[3:]:
            body = row.body.replace('"n":3', '"n":33') if row.seq == 4 else row.body
            digest = chain_hash(prev, row.seq, body)
            conn.execute(update(audit_records).where(audit_records.c.seq == row.seq)
                         .values(body=body, prev_hash=prev, hash=digest))
            prev = digest
    seq, problem = _run(db, signer)
    assert seq == 5
    assert "チェックポイント" in problem


@pytest.mark.storage
def test_a_deleted_record_is_named(db: Database, signer: Signer) -> None:
    _sql(db, "DELETE FROM audit_records WHERE seq = 6")
    seq, problem = _run(db, signer)
    assert seq == 6
    assert "削除" in problem


@pytest.mark.storage
def test_a_deleted_first_record_is_named(db: Database, signer: Signer) -> None:
    _sql(db, "DELETE FROM audit_records WHERE seq = 1")
    seq, problem = _run(db, signer)
    assert seq == 1
    assert "先頭" in problem


@pytest.mark.storage
def test_an_inserted_record_is_named(db: Database, signer: Signer) -> None:
    with db.engine.begin() as conn:  # make room after 8 and slip in a record chained to 8
        for seq in range(12, 8, -1):
            conn.execute(update(audit_records).where(audit_records.c.seq == seq).values(seq=seq + 1))
        eight = conn.execute(select(audit_records).where(audit_records.c.seq == 8)).one()
        body = eight.body.replace('"n":7', '"n":99')
        conn.execute(audit_records.insert().values(
            {**eight._mapping, "seq": 9, "body": body, "prev_hash": eight.hash,
             "hash": chain_hash(eight.hash, 9, body)}))
    seq, problem = _run(db, signer)
    assert seq == 10
    assert "挿入" in problem


@pytest.mark.storage
def test_reordered_records_are_named(db: Database, signer: Signer) -> None:
    with db.engine.begin() as conn:
        rows = {r.seq: r for r in conn.execute(select(audit_records).where(audit_records.c.seq.in_((2, 3))))}
        for a, b in ((2, 3), (3, 2)):
            conn.execute(update(audit_records).where(audit_records.c.seq == a).values(
                body=rows[b].body, prev_hash=rows[b].prev_hash, hash=rows[b].hash))
    seq, problem = _run(db, signer)
    assert seq == 2
    assert "挿入・削除・並べ替え" in problem


@pytest.mark.storage
def test_a_truncated_tail_past_a_checkpoint_is_named(db: Database, signer: Signer) -> None:
    _sql(db, "DELETE FROM audit_records WHERE seq >= 9")
    seq, problem = _run(db, signer)
    assert seq == 9
    assert "切り詰め" in problem


@pytest.mark.storage
def test_a_forged_checkpoint_is_named(db: Database, signer: Signer) -> None:
    _sql(db, "UPDATE audit_checkpoints SET hash = :h WHERE seq = 5", h="0" * 64)
    seq, problem = _run(db, signer)
    assert seq == 5
    assert "署名が正しくありません" in problem


@pytest.mark.storage
def test_purged_records_leave_a_log_that_still_verifies(db: Database, signer: Signer) -> None:
    with db.engine.connect() as conn:
        cutoff = conn.execute(select(audit_records.c.at).where(audit_records.c.seq == 8)).scalar_one()
    assert purge(db, signer, cutoff) == 7
    result = verify(db, signer.public)
    assert result.ok, result.problem
    assert (result.first, result.last) == (8, 12)
    _sql(db, "DELETE FROM audit_records WHERE seq = 8")  # removing more than the purge did still shows
    seq, problem = _run(db, signer)
    assert seq == 8
    assert "先頭" in problem


@pytest.mark.storage
def test_events_join_the_chain(db: Database, signer: Signer) -> None:
    record_event(db, AuditEvent("key.revoked", "cli", {"key_id": "abc"}))
    with db.engine.connect() as conn:
        last = conn.execute(select(audit_records).order_by(audit_records.c.seq.desc()).limit(1)).one()
    assert (last.seq, last.kind) == (13, "key.revoked")
    assert verify(db, signer.public).ok


@pytest.mark.storage
def test_verify_with_the_wrong_public_key_fails_loudly(db: Database) -> None:
    result = verify(db, load_public_key(generate()[1]))
    assert not result.ok
    assert result.wrong_key
    assert "公開鍵が違います" in (result.problem or "")


def _gateway(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway", *args], capture_output=True, text=True, timeout=120,
                          env=env, check=False)


@pytest.fixture
def cli(tmp_path: Path, db: Database) -> Callable[..., subprocess.CompletedProcess[str]]:
    import os

    rules = write_rules(tmp_path / "rules", {})
    env = {**os.environ, "GATEWAY_DATABASE_URL": str(db.url)}
    return lambda *args: _gateway(*args, "--rules", str(rules), env=env)


def test_the_verify_command_names_the_record_and_fails(cli: Callable[..., subprocess.CompletedProcess[str]],
                                                      db: Database, tmp_path: Path) -> None:
    ok = cli("audit", "verify")
    assert ok.returncode == 0, ok.stderr
    assert "OK: 記録 12 件" in ok.stdout
    wrong = tmp_path / "wrong.pub"
    wrong.write_bytes(generate()[1])
    refused = cli("audit", "verify", "--public-key", str(wrong))
    assert refused.returncode == 2
    assert "公開鍵が違います" in refused.stderr
    with db.engine.begin() as conn:
        conn.execute(delete(audit_records).where(audit_records.c.seq == 4))
    tampered = cli("audit", "verify")
    assert tampered.returncode == 1
    assert "記録 4" in tampered.stderr
    assert "削除" in tampered.stderr


def test_a_tail_cut_with_its_checkpoint_is_caught_by_a_checkpoint_kept_outside(
        cli: Callable[..., subprocess.CompletedProcess[str]], db: Database) -> None:
    """Deleting the last checkpoint with the records it covered leaves a chain that verifies on its own; the
    checkpoint the log line kept outside the database (`audit checkpoint`, seq and hash) still catches it."""
    with db.engine.connect() as conn:
        kept = conn.execute(select(audit_checkpoints.c.seq, audit_checkpoints.c.hash)
                            .order_by(audit_checkpoints.c.seq.desc()).limit(1)).one()
    assert cli("audit", "verify", "--expect", f"{kept.seq}:{kept.hash}").returncode == 0
    with db.engine.begin() as conn:
        conn.execute(delete(audit_records).where(audit_records.c.seq >= 8))
        conn.execute(delete(audit_checkpoints).where(audit_checkpoints.c.seq == kept.seq))
    assert cli("audit", "verify").returncode == 0  # alone, the cut is invisible
    caught = cli("audit", "verify", "--expect", f"{kept.seq}:{kept.hash}")
    assert caught.returncode == 1
    assert f"記録 {kept.seq}" in caught.stderr
    assert "切り詰め" in caught.stderr


def test_verify_from_a_date_starts_at_a_checkpoint(cli: Callable[..., subprocess.CompletedProcess[str]],
                                                   db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(select(audit_checkpoints.c.seq)).scalars().all() == [5, 10]
    result = cli("audit", "verify", "--from", "2999-01-01")
    assert result.returncode == 0, result.stderr
    assert "(11〜12)" in result.stdout
    assert cli("audit", "verify", "--from", "yesterday").returncode == 2


@pytest.mark.storage
def test_many_writers_keep_one_chain(db: Database, signer: Signer) -> None:
    """Writers with engines of their own (as separate workers or replicas have) append without a fork or a gap
    (SQLite: its single writer; PostgreSQL: the chain's advisory lock)."""
    import threading

    settings = AuditSettings(checkpoint_every=7, checkpoint_seconds=3600)

    def write(n: int) -> None:
        own = Database(str(db.url))
        for i in range(25):
            with own.engine.begin() as conn:
                chain.append(conn, [Entry(event_body("key.created", f"w{n}", {"i": i}))] * 2, signer, settings)
        own.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result = verify(db, signer.public)
    assert result.ok, result.problem
    assert result.records == 12 + 4 * 25 * 2


@pytest.mark.storage
def test_writers_that_remember_the_last_checkpoint_sign_exactly_when_one_is_due(db: Database, signer: Signer) -> None:
    """Each writer skips reading the chain's checkpoint while the last one it saw says none is due; another
    writer's checkpoints only make one less due, so the checkpoints fall where a writer reading every time
    would put them, by count and by time."""
    import time

    seen = [chain.SeenCheckpoint(), chain.SeenCheckpoint()]
    by_count = AuditSettings(checkpoint_every=EVERY, checkpoint_seconds=3600)
    for i in range(12, 31):  # two writers in turn, one record each
        with db.engine.begin() as conn:
            chain.append(conn, [Entry(event_body("key.created", "cli", {"n": i}))], signer, by_count, seen[i % 2])
    with db.engine.connect() as conn:
        signed = list(conn.execute(select(audit_checkpoints.c.seq).order_by(audit_checkpoints.c.seq)).scalars())
    assert signed == [5, 10, 15, 20, 25, 30]
    by_time = AuditSettings(checkpoint_every=1000, checkpoint_seconds=1)
    with db.engine.begin() as conn:
        chain.append(conn, [Entry(event_body("key.created", "cli", {"n": 31}))], signer, by_time, seen[0])
    time.sleep(1.1)
    with db.engine.begin() as conn:
        chain.append(conn, [Entry(event_body("key.created", "cli", {"n": 32}))], signer, by_time, seen[0])
    with db.engine.connect() as conn:
        assert conn.execute(select(audit_checkpoints.c.seq).order_by(audit_checkpoints.c.seq.desc())).first() == (33,)
    assert verify(db, signer.public).ok


def test_keygen_and_search_commands(cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    key = tmp_path / "keys" / "audit.key"
    made = cli("audit", "keygen", "--out", str(key))
    assert made.returncode == 0, made.stderr
    assert key.stat().st_mode & 0o777 == 0o600
    assert load_public_key(key.with_name("audit.key.pub").read_bytes())
    assert cli("audit", "keygen", "--out", str(key)).returncode == 2  # never overwrites a key
    found = cli("audit", "search", "--from", "2000-01-01", "--to", "2000-12-31", "--format", "csv")
    assert found.returncode == 0, found.stderr
    assert found.stdout.lstrip("\ufeff").startswith("seq,at,kind")
    refused = cli("audit", "search", "--from", "2026-02-30")
    assert refused.returncode == 2
    assert "--from" in refused.stderr
