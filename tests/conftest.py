"""Shared fixtures: a fake Azure OpenAI upstream, a real gateway over loopback, keys and SDK clients.

The upstream key and every client key are canaries: tests/test_zz_leaks.py proves that none of
them ever reached the wrong side, a log line or a stored record.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from gateway.audit.signing import generate
from gateway.auth import KeyStore
from gateway.logs import JsonFormatter
from gateway.storage import migrate
from gateway.storage.database import Database
from tests.fake_upstream import FakeUpstream, Recorded
from tests.harness import GatewayServer, write_rules
from tests.postgres import PostgresServer, postgres_bin

UPSTREAM_KEY = "upstream-secret-0f9d8c7b6a5e4d3c"
os.environ["TEST_UPSTREAM_KEY"] = UPSTREAM_KEY
AUDIT_PRIVATE_KEY, AUDIT_PUBLIC_KEY = generate()  # the suite's checkpoint key (rules without `audit:` read it)
os.environ["GATEWAY_AUDIT_SIGNING_KEY"] = AUDIT_PRIVATE_KEY.decode()
API_VERSION = "2024-10-21"


BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--backends", default=os.environ.get("GATEWAY_TEST_BACKENDS", ",".join(BACKENDS)),
                     help="database backends the tests marked `storage` run on (default: sqlite,postgresql; "
                          "or set GATEWAY_TEST_BACKENDS)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked `storage` runs once per backend: it and every fixture it uses see that database."""
    if metafunc.definition.get_closest_marker("storage") and "backend" in metafunc.fixturenames:
        chosen = [b.strip() for b in metafunc.config.getoption("backends").split(",") if b.strip()]
        metafunc.parametrize("backend", chosen, indirect=True, scope="session")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `last` (the leak checks) run after everything else. Before them: the tests on the default
    database, then those marked `storage` on SQLite, then on PostgreSQL (a session fixture given another backend
    is set up again, with everything on it: this way the session's database and gateways are set up once per
    backend, not at every switch between a marked and an unmarked module)."""
    def order(item: pytest.Item) -> tuple[bool, int]:
        callspec = getattr(item, "callspec", None)
        chosen = callspec.params.get("backend") if callspec is not None else None
        return item.get_closest_marker("last") is not None, (chosen is not None) + (chosen == "postgresql")

    items.sort(key=order)


class LogRecorder(logging.Handler):
    """Keeps every formatted log line the gateway side writes (not the client SDK's own debug log)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(JsonFormatter())

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(("openai", "httpx2", "httpcore2")):
            self.lines.append(self.format(record))


@pytest.fixture(scope="session")
def session_log() -> Iterator[LogRecorder]:
    recorder = LogRecorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    root.setLevel(logging.DEBUG)
    yield recorder
    root.removeHandler(recorder)


@pytest.fixture(scope="session")
def session_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gateway")


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend: "sqlite" unless the test is marked `storage` (then each of --backends)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the session, started on first use."""
    if postgres_bin() is None:
        pytest.skip("PostgreSQL is not installed (.ci/run installs it; or run with --backends=sqlite)")
    with PostgresServer() as server:
        yield server


@pytest.fixture
def empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A new, empty database of the test's backend: a SQLite file, or a new database on the session's PostgreSQL."""
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        return server.url(f"t{uuid.uuid4().hex[:16]}")
    return f"sqlite:///{tmp_path / 'empty.db'}"


@pytest.fixture
def fresh_db(empty_url: str) -> Iterator[Database]:
    """A new database of the test's backend, migrated to head (what `gateway db upgrade` does)."""
    db = Database(empty_url)
    migrate.upgrade(db)
    yield db
    db.close()


@pytest.fixture(scope="session")
def database_url(backend: str, session_dir: Path, request: pytest.FixtureRequest) -> str:
    """The session's database: a SQLite file, or a database on the session's PostgreSQL, migrated to head."""
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        url = server.url("gateway")
    else:
        url = f"sqlite:///{session_dir / 'gateway.db'}"
    db = Database(url)
    migrate.upgrade(db)  # what `gateway db upgrade` does; the gateway refuses PostgreSQL behind head
    db.close()
    return url


@pytest.fixture(scope="session")
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def keys(database: Database) -> KeyStore:
    return KeyStore(database)


@pytest.fixture(scope="session")
def client_key(keys: KeyStore) -> str:
    return keys.create("test-app", "情報政策課")


@pytest.fixture(scope="session")
def session_upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as up:
        yield up


@pytest.fixture(scope="session")
def upstream_received() -> list[Recorded]:
    """Everything the session's fake upstream received, over the whole session."""
    return []


@pytest.fixture
def upstream(session_upstream: FakeUpstream, upstream_received: list[Recorded]) -> Iterator[FakeUpstream]:
    """The session's fake upstream, emptied of scripts and recordings for this test."""
    upstream_received.extend(session_upstream.requests)
    session_upstream.reset()
    yield session_upstream
    upstream_received.extend(session_upstream.requests)
    session_upstream.reset()


def azure_backend(up: FakeUpstream, **extra: Any) -> dict[str, Any]:
    return {"kind": "azure", "endpoint": up.url, "api_key_env": "TEST_UPSTREAM_KEY", **extra}


@pytest.fixture(scope="session")
def gateway_url(session_log: LogRecorder, session_upstream: FakeUpstream, session_dir: Path,
                database_url: str) -> Iterator[str]:
    """The session's gateway: every deployment goes to the fake upstream, Azure style."""
    rules = write_rules(session_dir / "rules", {
        "upstream": {"retries": 1, "max_retry_wait": 2, "read_timeout": 5},
        "backends": {"primary": azure_backend(session_upstream)},
        "deployments": {"gpt-4o": {"backends": ["primary"]}, "*": {"backends": ["primary"]}},
    })
    with GatewayServer.from_rules(rules, database_url) as gw:
        yield gw.url


@pytest.fixture
def start_gateway(session_log: LogRecorder, tmp_path: Path, database_url: str
                  ) -> Iterator[Callable[..., GatewayServer]]:
    """Start a gateway with rules of the test's own; stopped at the end of the test."""
    servers: list[GatewayServer] = []

    def start(gateway: dict[str, Any], policy: dict[str, Any] | None = None,
              entities: dict[str, Any] | None = None) -> GatewayServer:
        rules = write_rules(tmp_path / f"rules{len(servers)}", gateway, policy, entities)
        server = GatewayServer.from_rules(rules, database_url).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture
def azure(gateway_url: str, client_key: str) -> openai.AzureOpenAI:
    """The official SDK, Azure style, pointed at the gateway."""
    return openai.AzureOpenAI(azure_endpoint=gateway_url, api_key=client_key, api_version=API_VERSION,
                              max_retries=0, timeout=20)


@pytest.fixture
def oai(gateway_url: str, client_key: str) -> openai.OpenAI:
    """The official SDK, OpenAI style, pointed at the gateway's /v1."""
    return openai.OpenAI(base_url=f"{gateway_url}/v1", api_key=client_key, max_retries=0, timeout=20)


METER_DEPARTMENT = "会計課"
# Prices for the metering tests: gpt-4o's price changed on 2020-01-01 and will change again in 2999.
TEST_PRICING: dict[str, Any] = {
    "prices": {
        "gpt-4o": [
            {"from": "2000-01-01", "input": 100, "cached_input": 50, "output": 400},
            {"from": "2020-01-01", "input": 1000, "cached_input": 500, "output": 4000},
            {"from": "2999-01-01", "input": 99999, "output": 99999},
        ],
        "text-embedding-3-small": [{"from": "2000-01-01", "currency": "USD", "usd_jpy": 150, "input": 0.02}],
    },
    "deployments": {"chat-prod": "gpt-4o"},
    "fixed_costs": [{"name": "サポート契約", "monthly_jpy": 1000, "allocate": "even"}],
}


@pytest.fixture(scope="session")
def priced_rules(session_upstream: FakeUpstream, session_dir: Path) -> Path:
    """Rules with TEST_PRICING and a budget for METER_DEPARTMENT."""
    route = {"backends": ["primary"]}
    names = ("gpt-4o", "chat-prod", "text-embedding-3-small", "unpriced-dep", "*")
    return write_rules(session_dir / "priced-rules", {
        "upstream": {"retries": 0, "read_timeout": 5},
        "backends": {"primary": azure_backend(session_upstream)},
        "deployments": dict.fromkeys(names, route),
    }, policy={"applications": {"*": {}}, "departments": {METER_DEPARTMENT: {"monthly_budget_jpy": 5000}}},
        pricing=TEST_PRICING)


@pytest.fixture(scope="session")
def priced_url(session_log: LogRecorder, priced_rules: Path, database_url: str) -> Iterator[str]:
    """A gateway that prices usage with TEST_PRICING."""
    with GatewayServer.from_rules(priced_rules, database_url) as gw:
        yield gw.url


@pytest.fixture(scope="session")
def meter_keys(keys: KeyStore) -> dict[str, str]:
    """Two staff of METER_DEPARTMENT (only the first uses the AI) and an auditor."""
    return {
        "staff": keys.create("meter-app", METER_DEPARTMENT, "client", "staff-0001"),
        "idle": keys.create("meter-app", METER_DEPARTMENT, "client", "staff-0002"),
        "auditor": keys.create("audit-desk", "監査委員事務局", "auditor", "auditor-0001"),
    }


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server for the session, on a free port in a temporary directory."""
    from tests.redis_server import redis_server

    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url
