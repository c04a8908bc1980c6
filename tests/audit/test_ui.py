"""The auditor page in a real headless browser (Debian's chromium through chromedriver), and its protections."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from gateway.auth import KeyStore, hash_key
from gateway.storage.schema import api_keys
from tests import canaries
from tests.conftest import API_VERSION

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def auditor(keys: KeyStore) -> str:
    return keys.create("audit-desk", "監査委員事務局", "auditor", "auditor-0100")


@pytest.fixture(scope="module")
def traffic(gateway_url: str, client_key: str) -> None:
    """A served request with a name and a blocked one with a マイナンバー, from 情報政策課."""
    url = f"{gateway_url}/openai/deployments/gpt-4o/chat/completions?api-version={API_VERSION}"
    for text in (f"{canaries.NAME}さんへの返信", f"個人番号 {canaries.MY_NUMBER} の確認"):
        httpx.post(url, headers={"api-key": client_key}, json={"messages": [{"role": "user", "content": text}]},
                   timeout=30)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if not (CHROMIUM and DRIVER):
        pytest.fail("chromium and chromium-driver are needed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1800"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(tmp_path),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def test_an_auditor_signs_in_filters_sees_charts_verifies_and_exports(
        browser: Any, gateway_url: str, auditor: str, traffic: None, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.expected_conditions import staleness_of
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(f"{gateway_url}/ui/")
    assert browser.current_url.endswith("/ui/login")
    browser.find_element(By.ID, "key").send_keys(auditor)
    signin = browser.find_element(By.ID, "signin")
    signin.click()
    WebDriverWait(browser, 10).until(staleness_of(signin))  # the sign-in posts and the overview replaces the page
    assert browser.current_url.endswith("/ui/")
    assert browser.find_elements(By.CSS_SELECTOR, "#chart-timeline canvas")  # uPlot drew the chart
    assert browser.find_elements(By.CSS_SELECTOR, "#chart-departments canvas")
    department = browser.find_element(By.ID, "department")
    department.clear()
    department.send_keys("情報政策課")
    Select(browser.find_element(By.ID, "decision")).select_by_value("blocked")
    unfiltered = browser.find_element(By.ID, "records")
    browser.find_element(By.ID, "apply").click()
    WebDriverWait(browser, 10).until(staleness_of(unfiltered))  # the form reloads the page with its filters
    rows = browser.find_elements(By.CSS_SELECTOR, "#records tbody tr")
    assert rows
    assert all("遮断" in row.text and "情報政策課" in row.text for row in rows)
    with_my_number = [row for row in rows if "MY_NUMBER×" in row.text]
    assert with_my_number
    page = browser.page_source
    assert not [value for value in canaries.ALL if value in page]
    with_my_number[0].find_element(By.CSS_SELECTOR, "a").click()
    assert "pii_blocked" in browser.page_source
    browser.back()
    browser.find_element(By.ID, "export").click()
    exported = _wait_for_file(tmp_path, ".csv")
    text = exported.read_text(encoding="utf-8-sig")
    assert text.startswith("seq,at,kind,request_id")
    assert "情報政策課" in text
    assert "blocked" in text
    assert "served" not in text  # what was shown: the blocked ones only
    assert not [value for value in canaries.ALL if value in text]
    browser.find_element(By.ID, "verify").click()
    assert browser.find_element(By.ID, "verify-result").text.startswith("OK")


def _wait_for_file(directory: Path, suffix: str) -> Path:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done = [p for p in directory.iterdir() if p.suffix == suffix]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} file was downloaded")


def _signed_in(gateway_url: str, key: str) -> tuple[httpx.Client, httpx.Response]:
    client = httpx.Client(base_url=gateway_url, follow_redirects=False)
    page = client.get("/ui/login")
    token = re.search(r'name="_csrf_token" value="([^"]+)"', page.text)
    assert token
    return client, client.post("/ui/login", data={"key": key, "_csrf_token": token[1]})


def test_the_page_sets_strict_headers_and_a_protected_cookie(gateway_url: str, auditor: str) -> None:
    client, response = _signed_in(gateway_url, auditor)
    assert response.status_code == 303
    cookie = next(v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith("gw_ui="))
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie.replace("Strict", "strict")
    page = client.get("/ui/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["x-frame-options"] == "DENY"


def test_a_form_without_its_csrf_token_is_refused(gateway_url: str, auditor: str) -> None:
    client, _ = _signed_in(gateway_url, auditor)
    refused = client.post("/ui/verify", data={})
    assert refused.status_code in (400, 403)
    assert "verify-result" not in refused.text


def test_client_keys_do_not_open_the_page(gateway_url: str, client_key: str) -> None:
    """The page is for auditors (and admins, who read everything); a client key is refused at sign-in."""
    client, response = _signed_in(gateway_url, client_key)
    assert response.status_code == 403
    assert "監査担当のキーではありません" in response.text
    assert client.get("/ui/").status_code == 303 or client.get("/ui/").headers.get("location") == "/ui/login"


def test_a_revoked_key_loses_its_session(gateway_url: str, keys: KeyStore) -> None:
    key = keys.create("audit-desk", "監査委員事務局", "auditor", "auditor-0101")
    client, _ = _signed_in(gateway_url, key)
    assert client.get("/ui/").status_code == 200
    with keys.db.engine.begin() as conn:  # revoked (as `gateway keys revoke` does)
        conn.execute(update(api_keys).where(api_keys.c.key_hash == hash_key(key)).values(revoked_at=datetime.now(UTC)))
    assert client.get("/ui/").status_code in (302, 303)
