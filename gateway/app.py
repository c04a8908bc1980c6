"""create_app(settings) -> Litestar: routes, error handling, and the parts that live as long as the app."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from litestar import Litestar
from litestar.openapi import OpenAPIConfig
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig
from spacy.language import Language

from gateway.api.admin_routes import audit_search, pii_analyze, usage_report
from gateway.api.fallback import handle_exception
from gateway.api.health import healthz, metrics, readyz
from gateway.api.openai_routes import openai_routers
from gateway.audit.journal import Journal
from gateway.audit.startup import audit_public_key, open_signer
from gateway.audit.writer import AuditWriter
from gateway.auth import KeyStore
from gateway.metering.ledger import Meter
from gateway.metering.metrics import Metrics
from gateway.pipeline import Gateway
from gateway.privacy.analyzer import Analyzer
from gateway.privacy.detector import Detector
from gateway.privacy.masking import Masker
from gateway.settings import Settings
from gateway.storage.database import Database
from gateway.ui import security as ui_security
from gateway.ui.routes import TEMPLATES, ui_router
from gateway.upstream.client import Upstream

log = logging.getLogger("gateway")


def build_analyzer(settings: Settings, nlp: Language | None = None) -> Analyzer:
    """The analyzer for these rules; types allowed in pii.yaml but overridden by an application are kept."""
    overridden = {e for app in settings.policy.applications.values() for e, a in app.pii.items() if a != "allow"}
    return Analyzer(settings.pii, nlp, keep=frozenset(overridden))


def create_app(settings: Settings, analyzer: Analyzer | None = None) -> Litestar:
    """The gateway as an ASGI application; `analyzer` lets several apps in one process share the model.

    Raises AuditKeyError when the audit signing key is missing, not Ed25519, or not the chain's key.
    """
    startup_db = Database(settings.database_url)
    try:
        signer = open_signer(settings, startup_db)
    finally:
        startup_db.close()

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        if analyzer is None:
            log.info("loading the Japanese NLP model (ja_ginza) ...")
            loaded = await anyio.to_thread.run_sync(build_analyzer, settings)
        else:
            loaded = analyzer
        detector = Detector(loaded, timeout=settings.gateway.detection.timeout,
                            cache_entries=settings.gateway.detection.cache_entries)
        db = Database(settings.database_url)
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
        app.state.gateway = Gateway(settings, KeyStore(db), masker, upstream, journal, meter, Metrics(settings, db))
        try:
            yield
        finally:
            await writer.close()
            await upstream.aclose()
            db.close()

    return Litestar(
        route_handlers=[*openai_routers(), pii_analyze, usage_report, audit_search, healthz, readyz, metrics,
                        ui_router()],
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
        ),
        logging_config=None,
    )
