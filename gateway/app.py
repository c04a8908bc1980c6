"""create_app(settings) -> Litestar: routes, error handling, and the parts that live as long as the app."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import anyio.to_thread
from litestar import Litestar, Router
from litestar.openapi import OpenAPIConfig
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig
from spacy.language import Language

from gateway.api.admin_routes import audit_search, pii_analyze, usage_report
from gateway.api.fallback import handle_exception
from gateway.api.health import healthz, metrics, readyz
from gateway.api.key_routes import KEY_ROUTES
from gateway.api.openai_routes import openai_routers
from gateway.api.roles import PUBLIC
from gateway.audit.journal import Journal
from gateway.audit.signing import Signer, load_signer
from gateway.audit.startup import audit_public_key, check_signer
from gateway.audit.writer import AuditWriter
from gateway.auth import Authenticator, KeyStore
from gateway.metering.ledger import Meter
from gateway.metering.metrics import Metrics
from gateway.pipeline import Gateway
from gateway.policy.admission import Admission
from gateway.policy.budgets import Budgets
from gateway.policy.counters import CountersCheck, MemoryCounters, open_counters
from gateway.policy.reload import Reloader
from gateway.privacy.analyzer import Analyzer
from gateway.privacy.detector import Detector
from gateway.privacy.masking import Masker
from gateway.readiness import Readiness, StorageCheck
from gateway.settings import Settings
from gateway.storage import migrate
from gateway.storage.database import UNAVAILABLE, Database
from gateway.ui import security as ui_security
from gateway.ui.routes import TEMPLATES, ui_router
from gateway.upstream.client import Upstream

log = logging.getLogger("gateway")
DRAIN_SECONDS = 5.0  # at shutdown, after the server's own deadline: time left to write the last records


def build_analyzer(settings: Settings, nlp: Language | None = None) -> Analyzer:
    """The analyzer for these rules; types allowed in pii.yaml but overridden by an application are kept."""
    overridden = {e for app in settings.policy.applications.values() for e, a in app.pii.items() if a != "allow"}
    return Analyzer(settings.pii, nlp, keep=frozenset(overridden))


async def open_storage(settings: Settings) -> tuple[Database, Readiness]:
    """The database, migrated (embedded SQLite) or checked (PostgreSQL), and the readiness that watches it.

    An unreachable database does not stop the start: the gateway serves 503s until it returns.
    A schema that is behind does: the operator must run `gateway db upgrade`.
    """
    db = Database(settings.database_url)
    readiness = Readiness([StorageCheck(db)])
    db.on_unavailable.append(lambda: readiness.mark_down("storage"))
    try:
        await anyio.to_thread.run_sync(migrate.prepare, db)
    except UNAVAILABLE:
        log.error("the database %s is unreachable at start-up: refusing requests until it answers", db.label)
        readiness.mark_down("storage")
    except migrate.SchemaBehind as err:
        log.critical("%s", err)
        db.close()
        raise
    return db, readiness


def prepare_to_serve(settings: Settings) -> Signer:
    """Before serving (and before forking workers): the audit signing key loaded, the embedded database
    migrated, and the key checked against the chain. Raises AuditKeyError or SchemaBehind."""
    startup_db = Database(settings.database_url)
    try:
        try:
            migrate.prepare(startup_db)  # a schema that is behind first: the operator's next step
        except UNAVAILABLE:
            log.error("the database %s is unreachable at start-up: the signing key is checked when it returns",
                      startup_db.label)
            return load_signer(settings.gateway.audit)
        signer = load_signer(settings.gateway.audit)
        check_signer(settings, signer, startup_db)
    finally:
        startup_db.close()
    return signer


def create_app(settings: Settings, analyzer: Analyzer | None = None) -> Litestar:
    """The gateway as an ASGI application; `analyzer` lets several apps in one process share the model.

    Raises AuditKeyError when the audit signing key is missing, not Ed25519, or not the chain's key, and
    SchemaBehind when a database that is not embedded needs `gateway db upgrade`.
    """
    signer = prepare_to_serve(settings)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        db, readiness = await open_storage(settings)  # first: a schema that is behind stops the start at once
        if analyzer is None:
            log.info("loading the Japanese NLP model (ja_ginza) ...")
            loaded = await anyio.to_thread.run_sync(build_analyzer, settings)
        else:
            loaded = analyzer
        detector = Detector(loaded, timeout=settings.gateway.detection.timeout,
                            cache_entries=settings.gateway.detection.cache_entries)
        upstream = Upstream(settings.gateway)
        if settings.gateway.simulated:
            log.warning("=" * 72)
            log.warning("NO UPSTREAM CONFIGURED: answering with the built-in SIMULATOR.")
            log.warning("Set AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY (or OPENAI_BASE_URL and")
            log.warning("OPENAI_API_KEY), or configure backends in rules/gateway.yaml.")
            log.warning("=" * 72)
        masker = Masker(detector)
        meter = Meter(settings.pricing, settings.gateway)
        writer = AuditWriter(db, settings.gateway.audit, signer)
        writer.start()
        app.state.audit_public_key = audit_public_key(settings, signer)
        journal = Journal(db, settings, writer)
        counters = open_counters(os.environ)
        if not isinstance(counters, MemoryCounters):
            readiness.dependencies.append(CountersCheck(counters))
        metrics_ = Metrics(settings, db)
        admission = Admission(counters, Budgets(db, counters, metrics_.registry))
        gateway = Gateway(settings, Authenticator(KeyStore(db), counters), admission, masker, upstream,
                          journal, meter, metrics_, readiness=readiness)
        app.state.gateway = gateway
        reloader = Reloader(settings, gateway.swap, db, os.environ)
        reloader.install_sighup()
        try:
            async with anyio.create_task_group() as tasks:
                tasks.start_soon(reloader.run)
                tasks.start_soon(readiness.monitor)
                yield
                tasks.cancel_scope.cancel()
        finally:
            with anyio.move_on_after(DRAIN_SECONDS):
                await app.state.gateway.drain()
            if app.state.gateway.finishing:
                log.error("shutting down with %d exchange record(s) not written", app.state.gateway.finishing)
            await writer.close()
            await upstream.aclose()
            await counters.aclose()
            db.close()

    return Litestar(
        route_handlers=[*openai_routers(), pii_analyze, usage_report, audit_search, *KEY_ROUTES, healthz, readyz,
                        metrics, ui_router()],
        middleware=ui_security.middleware(signer.derive("gateway-ui-session")),
        template_config=TemplateConfig(directory=TEMPLATES, engine=JinjaTemplateEngine),
        lifespan=[lifespan],
        exception_handlers={Exception: handle_exception},
        request_max_body_size=settings.gateway.max_body_bytes,
        openapi_config=OpenAPIConfig(
            title="Privacy gateway for Azure OpenAI",
            version="0.1.0",
            description="Azure OpenAI / OpenAI compatible API that masks Japanese personal information.",
            path="/schema",
            openapi_router=Router("/schema", route_handlers=[], guards=[PUBLIC]),
        ),
        logging_config=None,
    )
