"""The dashboard in a real browser (Debian's chromium driven by Selenium) on the seed corpus.

Skipped with a message when chromium/chromedriver are not installed (`make e2e` installs them) or when
../shared/seeds is absent. Screenshots go to test-artifacts/e2e/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import SHARED

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "e2e"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        pytest.skip("chromium and chromedriver are not installed (make e2e installs Debian's packages)")
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared/seeds is absent")
    import uvicorn

    from newsgraph.ingest.run import ingest
    from newsgraph.nlp.run import analyse
    from newsgraph.store import open_store
    from newsgraph.web.app import create_app

    db = str(tmp_path_factory.mktemp("e2e") / "seeds.db")
    with open_store(db) as store:
        ingest(store, [str(SHARED / "seeds")])
        analyse(store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=opts)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def shot(driver, name: str) -> None:
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def click_and_wait(driver, element, url_part: str) -> None:
    """Click a link or submit button and wait until the next page has replaced this one.

    Reading the page straight after a click races the navigation (the old element goes stale midway).
    """
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait = WebDriverWait(driver, 20)
    wait.until(ec.staleness_of(old))
    wait.until(ec.url_contains(url_part))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_web_e2e_overview_loads(server, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Overview"
    assert "articles" in browser.find_element(By.CSS_SELECTOR, ".cards").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.events tr.event")) > 0
    shot(browser, "overview")


def test_web_e2e_filter_narrows_events_and_click_opens_highlighted_sentence(server, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/events")
    before = int(browser.find_element(By.ID, "total").text)
    field = browser.find_element(By.NAME, "actor")
    field.send_keys("RUS")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button"), "actor=RUS")
    after = int(browser.find_element(By.ID, "total").text)
    assert 0 < after < before
    assert "actor=RUS" in browser.current_url
    shot(browser, "events-filtered")
    row = browser.find_element(By.CSS_SELECTOR, "table.events tr.event")
    sentence = row.find_element(By.CSS_SELECTOR, "a.open").text
    click_and_wait(browser, row.find_element(By.CSS_SELECTOR, "a.open"), "/articles/")
    focus = browser.find_elements(By.CSS_SELECTOR, "article#text .focus")
    assert focus and focus[0].is_displayed()
    # The focused sentence is split into runs (one per overlapping span); Selenium trims each run's text, so
    # compare without whitespace.
    text = "".join("".join(f.text.split()) for f in focus)
    assert "".join(sentence.split()[:3]).rstrip("…") in text
    shot(browser, "article-highlighted")


def test_web_e2e_dyad_chart_draws_points(server, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/dyad?a=USA&b=RUS&freq=week")
    points = browser.find_elements(By.CSS_SELECTOR, "#dyad-chart svg circle")
    assert len(points) >= 2
    shot(browser, "dyad")


def test_web_e2e_map_shows_markers(server, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/map")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map svg .land")) > 100
    markers = browser.find_elements(By.CSS_SELECTOR, "#map svg .marker circle")
    assert markers
    shot(browser, "map")


def test_web_e2e_network_and_quotes(server, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/network")
    assert browser.find_elements(By.CSS_SELECTOR, "#network svg .edge")
    shot(browser, "network")
    browser.get(server + "/quotes?q=peacekeepers")
    assert browser.find_elements(By.CSS_SELECTOR, "ul.quotes li")
    shot(browser, "quotes")
