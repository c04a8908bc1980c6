"""The monthly report, from the command line and from /admin/usage, reconciles with the ledger to the yen."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from sqlalchemy import case, func, or_, select

from gateway.metering.month import Month
from gateway.storage.database import Database
from gateway.storage.schema import exchanges, usage
from tests.conftest import API_VERSION, METER_DEPARTMENT

pytestmark = pytest.mark.storage  # on SQLite and on PostgreSQL (conftest: --backends)

ROOT = Path(__file__).resolve().parent.parent


def _report(priced_rules: Path, database_url: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "gateway", "report", "--rules", str(priced_rules), *args],
                          capture_output=True, cwd=ROOT, env={**os.environ, "GATEWAY_DATABASE_URL": database_url},
                          timeout=60, check=False)


def _ledger_by(database: Database, month: Month, column: Any) -> dict[Any, tuple[int, Decimal]]:
    """Answered AI requests and yen per key in the month, summed from the ledger directly."""
    answered = or_(exchanges.c.status < 400, exchanges.c.status == 499)
    query = (select(column, func.sum(case((answered, 1), else_=0)), func.sum(usage.c.cost_jpy))
             .select_from(usage.join(exchanges, usage.c.exchange_id == exchanges.c.id))
             .where(usage.c.day >= month.first, usage.c.day <= month.last, exchanges.c.key_id.is_not(None),
                    exchanges.c.operation.in_(("chat.completions", "embeddings", "responses")))
             .group_by(column))
    with database.engine.connect() as conn:
        return {key: (n, cost) for key, n, cost in conn.execute(query)}


@pytest.fixture(scope="module")
def month(priced_url: str, meter_keys: dict[str, str]) -> Month:
    """Some usage by the first member of staff of the metered department; the month it was in (Tokyo)."""
    client = openai.AzureOpenAI(azure_endpoint=priced_url, api_key=meter_keys["staff"], api_version=API_VERSION,
                                max_retries=0)
    for text in ("予算書の説明を短く", "広報誌の見出し案を五つ"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    client.embeddings.create(model="text-embedding-3-small", input="検索用の文")
    return Month.parse(None)


def test_json_and_csv_reports_equal_the_ledger_to_the_yen(
    month: Month, priced_rules: Path, database_url: str, database: Database
) -> None:
    expected = _ledger_by(database, month, exchanges.c.department)
    result = _report(priced_rules, database_url, "--month", str(month), "--by", "department", "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    rows = {row["department"]: row for row in report["rows"]}
    for department, (requests, cost) in expected.items():
        assert (rows[department]["requests"], Decimal(rows[department]["cost_jpy"])) == (requests, cost)
    for column in ("requests", "prompt_tokens", "completion_tokens", "cost_jpy", "fixed_jpy", "used_jpy"):
        assert Decimal(report["totals"][column]) == sum(Decimal(r[column]) for r in report["rows"])
    assert Decimal(report["totals"]["fixed_jpy"]) == 1000  # the fixed cost is shared out exactly

    mine = rows[METER_DEPARTMENT]
    assert Decimal(mine["used_jpy"]) == Decimal(mine["cost_jpy"]) + Decimal(mine["fixed_jpy"])
    assert Decimal(mine["budget_jpy"]) == 5000
    assert Decimal(mine["remaining_jpy"]) == 5000 - Decimal(mine["used_jpy"])
    assert Decimal(mine["forecast_jpy"]) >= Decimal(mine["cost_jpy"]).to_integral_value() - 1
    assert (mine["active_users"], mine["key_holders"], mine["adoption_rate"]) == (1, 2, 0.5)

    result = _report(priced_rules, database_url, "--month", str(month), "--format", "csv")
    text = result.stdout.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with a BOM
    table = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    by_name = {row["department"]: row for row in table}
    assert Decimal(by_name[METER_DEPARTMENT]["cost_jpy"]) == expected[METER_DEPARTMENT][1]
    total = by_name["合計 total"]  # the totals line is labelled, unlike a row whose key is empty
    assert Decimal(total["cost_jpy"]) == sum(cost for _, cost in expected.values())
    assert list(by_name)[-1] == "合計 total"


def test_table_report_reads_in_a_terminal(month: Month, priced_rules: Path, database_url: str) -> None:
    result = _report(priced_rules, database_url, "--month", str(month), "--by", "model")
    assert result.returncode == 0
    text = result.stdout.decode("utf-8")
    assert "gpt-4o" in text
    assert "合計 total" in text


def test_admin_usage_for_auditors_by_app_and_user(
    month: Month, priced_url: str, meter_keys: dict[str, str], database: Database
) -> None:
    auditor = {"api-key": meter_keys["auditor"]}
    for by, column in (("app", exchanges.c.app), ("user", exchanges.c.user), ("model", usage.c.model)):
        expected = _ledger_by(database, month, column)  # each request is recorded before its answer is sent
        response = httpx.get(f"{priced_url}/admin/usage", params={"month": str(month), "by": by}, headers=auditor)
        assert response.status_code == 200
        report = response.json()
        got = {row[by]: (row["requests"], Decimal(row["cost_jpy"])) for row in report["rows"]}
        assert got == expected
        assert Decimal(report["totals"]["cost_jpy"]) == sum(cost for _, cost in got.values())
    csv_file = httpx.get(f"{priced_url}/admin/usage", params={"month": str(month), "format": "csv"}, headers=auditor)
    assert csv_file.headers["content-type"] == "text/csv; charset=utf-8"
    assert csv_file.content.startswith("\ufeff".encode())


def test_admin_usage_refuses_client_keys(priced_url: str, meter_keys: dict[str, str]) -> None:
    response = httpx.get(f"{priced_url}/admin/usage", headers={"api-key": meter_keys["staff"]})
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["type"] == "permission_error"
    assert "役割" in error["message"]


@pytest.mark.parametrize(("params", "param", "code"), [
    ({"month": "2026-13"}, "month", "invalid_month"),
    ({"month": "2026-11' OR 1=1 --"}, "month", "invalid_month"),
    ({"month": "11/2026"}, "month", "invalid_month"),
    ({"month": "2026-11\n"}, "month", "invalid_month"),
    ({"month": "２０２６-１１"}, "month", "invalid_month"),  # full-width digits
    ({"by": "salary"}, "by", "invalid_parameter"),
    ({"by": "department", "format": "xlsx"}, "format", "invalid_parameter"),
])
def test_bad_report_parameters_get_a_clear_error(
    priced_url: str, meter_keys: dict[str, str], params: dict[str, str], param: str, code: str
) -> None:
    response = httpx.get(f"{priced_url}/admin/usage", params=params, headers={"api-key": meter_keys["auditor"]})
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["param"], error["code"], error["type"]) == (param, code, "invalid_request_error")
    assert any("\u3040" <= ch <= "\u30ff" for ch in error["message"])  # Japanese, for staff
    assert "OR 1=1" not in error["message"]


def test_a_month_without_data_is_empty_not_an_error(
    priced_url: str, meter_keys: dict[str, str], priced_rules: Path, database_url: str
) -> None:
    response = httpx.get(f"{priced_url}/admin/usage", params={"month": "2001-01"},
                         headers={"api-key": meter_keys["auditor"]})
    assert response.status_code == 200
    assert response.json()["rows"] == []
    assert response.json()["totals"]["cost_jpy"] == "0"
    result = _report(priced_rules, database_url, "--month", "2001-01")
    assert result.returncode == 0
    assert "no usage" in result.stdout.decode()


def test_an_invalid_month_on_the_command_line_is_explained(priced_rules: Path, database_url: str) -> None:
    result = _report(priced_rules, database_url, "--month", "2026/11")
    assert result.returncode == 2
    assert "--month" in result.stderr.decode()
    assert "YYYY-MM" in result.stderr.decode()


@pytest.mark.parametrize(("pricing", "key"), [
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: -1}\n", "prices.gpt-4o[0].input"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: cheap}\n", "prices.gpt-4o[0].input"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 1, output: 1}\n"
     "    - {from: 2026-01-01, input: 2, output: 2}\n", "prices.gpt-4o"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, currency: USD, input: 1}\n", "prices.gpt-4o[0].usd_jpy"),
    ("prices:\n  gpt-4o:\n    - {from: someday, input: 1}\n", "prices.gpt-4o[0].from"),
    ("prices: {}\ndeployments:\n  chat-prod: gpt-9\n", "deployments.chat-prod"),
    ("fixed_costs:\n  - {name: PTU, monthly_jpy: 1, allocate: randomly}\n", "fixed_costs[0].allocate"),
    # absurd amounts: YAML 1.1 reads 1e309 as a string; 9.2e12 yen would overflow the micro-yen column
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 1e309, output: 1}\n", "prices.gpt-4o[0].input"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 1, output: .inf}\n", "prices.gpt-4o[0].output"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 9200000000000, output: 1}\n", "prices.gpt-4o[0].input"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 1, output: '1E+3'}\n", "prices.gpt-4o[0].output"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, currency: USD, usd_jpy: 150, input: 20000, output: 1}\n",
     "prices.gpt-4o[0].input"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, currency: USD, usd_jpy: 1.5e5, input: 1, output: 1}\n",
     "prices.gpt-4o[0].usd_jpy"),
    ("fixed_costs:\n  - {name: PTU, monthly_jpy: 5000000000000}\n", "fixed_costs[0].monthly_jpy"),
    # a chat model without an output price would be charged nothing for its answers
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 1}\n", "prices.gpt-4o[0].output"),
    # not a calendar date, unquoted: PyYAML's own date reader would raise
    ("prices:\n  gpt-4o:\n    - {from: 2026-02-30, input: 1, output: 1}\n", "prices.gpt-4o[0].from"),
    ("fixed_costs:\n  - {name: PTU, monthly_jpy: 1, until: 2026-13-01}\n", "fixed_costs[0].until"),
    # the same key twice: YAML would silently keep the last
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 1, output: 1}\n"
     "  gpt-4o:\n    - {from: 2026-01-01, input: 9, output: 9}\n", "prices.gpt-4o"),
    ("prices:\n  gpt-4o:\n    - {from: 2026-01-01, input: 1, input: 2, output: 1}\n", "prices.gpt-4o[0].input"),
])
def test_check_config_refuses_bad_prices(tmp_path: Path, pricing: str, key: str) -> None:
    (tmp_path / "pricing.yaml").write_text(pricing, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gateway", "check-config", "--rules", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 2
    assert f"pricing.yaml: {key}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_embedding_prices_need_no_output_and_plain_numbers_are_exact(tmp_path: Path) -> None:
    (tmp_path / "pricing.yaml").write_text(
        "prices:\n  text-embedding-3-large:\n    - {from: 2026-01-01, input: '19.5'}\n"
        "  gpt-4o:\n    - {from: 2026-01-01, input: 1000000, output: 0.000001}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gateway", "check-config", "--rules", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "price text-embedding-3-large: from 2026-01-01 JPY/1M input 19.5" in result.stdout


@pytest.mark.parametrize(("file", "text", "key"), [
    ("gateway.yaml", "deployments:\n  gpt-4o: {}\n  gpt-4o: {}\n", "deployments.gpt-4o"),
    ("policy.yaml", "departments:\n  総務課: {monthly_budget_jpy: 1}\n  総務課: {monthly_budget_jpy: 2}\n",
     "departments.総務課"),
    ("policy.yaml", "departments:\n  総務課: {monthly_budget_jpy: 1e12}\n", "departments.総務課.monthly_budget_jpy"),
])
def test_check_config_refuses_duplicate_keys_and_absurd_budgets_in_every_rules_file(
        tmp_path: Path, file: str, text: str, key: str) -> None:
    (tmp_path / file).write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gateway", "check-config", "--rules", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 2
    assert f"{file}: {key}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_config_refuses_a_bad_budget(tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text("departments:\n  総務課: {monthly_budget_jpy: 三万円}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gateway", "check-config", "--rules", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 2
    assert "policy.yaml: departments.総務課.monthly_budget_jpy:" in result.stderr


def test_reading_the_report_is_not_usage_and_refusals_are_shown_apart(
    month: Month, priced_url: str, meter_keys: dict[str, str]
) -> None:

    auditor = {"api-key": meter_keys["auditor"]}
    staff = openai.OpenAI(base_url=f"{priced_url}/v1", api_key=meter_keys["staff"], max_retries=0, timeout=20)

    def departments() -> dict[str, dict[str, Any]]:
        response = httpx.get(f"{priced_url}/admin/usage", params={"month": str(month)}, headers=auditor)
        return {row["department"]: row for row in response.json()["rows"]}

    before = departments()
    staff.models.list()
    with pytest.raises(openai.BadRequestError):  # refused: personal number in the text
        staff.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "個人番号 1234 5678 9018"}])
    after = departments()
    assert after.get("監査委員事務局", {}).get("requests", 0) == 0  # reading the report is not usage
    assert "監査委員事務局" not in after or after["監査委員事務局"] == before.get("監査委員事務局")
    mine, was = after[METER_DEPARTMENT], before[METER_DEPARTMENT]
    assert mine["requests"] == was["requests"]  # neither listing models nor a refusal is a billed request
    assert mine["refused_requests"] == was["refused_requests"] + 1
