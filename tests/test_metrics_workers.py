"""/metrics adds up every worker process (prometheus-client multiprocess mode) and parses with its own parser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from tests.conftest import API_VERSION, METER_DEPARTMENT
from tests.replicas import start_replicas


@pytest.fixture(scope="module")
def workers(priced_rules: Path, database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Two gateway processes sharing one database and one metrics directory, as two workers would."""
    directory = tmp_path_factory.mktemp("workers")
    (directory / "prometheus").mkdir()
    env = {"PROMETHEUS_MULTIPROC_DIR": str(directory / "prometheus")}
    processes = start_replicas(2, priced_rules, database_url, args=["--workers", "1"], env=env)
    try:
        yield [process.url for process in processes]
    finally:
        for process in processes:
            process.__exit__(None, None, None)


def _samples(url: str) -> list[Sample]:
    text = httpx.get(f"{url}/metrics").text
    return [s for family in text_string_to_metric_families(text) for s in family.samples]


def _total(samples: list[Sample], name: str, **labels: str) -> float:
    return sum(s.value for s in samples if s.name == name and labels.items() <= s.labels.items())


def test_metrics_add_up_across_two_worker_processes(workers: list[str], meter_keys: dict[str, str]) -> None:
    first, second = (openai.AzureOpenAI(azure_endpoint=url, api_key=meter_keys["staff"], api_version=API_VERSION,
                                        max_retries=0) for url in workers)
    for client, count in ((first, 3), (second, 2)):
        for _ in range(count):
            client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "今日の予定"}])
    first.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "電話 090-4821-7733 に連絡"}])
    assert httpx.post(f"{workers[1]}/v1/chat/completions", json={}).status_code == 401

    samples = _samples(workers[0])
    chat = {"operation": "chat.completions", "app": "meter-app", "deployment": "gpt-4o", "status": "200"}
    assert _total(samples, "gateway_requests_total", **chat) == 6
    assert _total(_samples(workers[1]), "gateway_requests_total", **chat) == 6  # either worker answers for both
    assert _total(samples, "gateway_refusals_total", code="invalid_api_key") == 1
    assert _total(samples, "gateway_pii_findings_total", entity="PHONE_NUMBER", action="pseudonymize") == 1
    assert _total(samples, "gateway_upstream_seconds_count", deployment="gpt-4o") == 6
    assert _total(samples, "gateway_overhead_seconds_count", operation="chat.completions") == 6
    assert _total(samples, "gateway_detection_seconds_count") == 6
    assert _total(samples, "gateway_tokens_total", app="meter-app", kind="completion") > 0
    assert _total(samples, "gateway_cost_jpy_total", app="meter-app") > 0
    assert _total(samples, "gateway_department_budget_jpy", department=METER_DEPARTMENT) == 5000
    assert _total(samples, "gateway_department_budget_used_ratio", department=METER_DEPARTMENT) > 0
    labels = {value for s in samples for value in s.labels.values()}
    assert not labels & {"staff-0001", "090-4821-7733", "今日の予定"}  # no user ids, values or text
