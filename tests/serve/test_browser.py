"""The web UI in a real headless Chromium: the transfers table, a deal's record, a
quote's highlighted sentence, Armenia's chart, and a hostile article kept inert.
Screenshots of each page go to out/."""

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
OUT = Path(__file__).resolve().parents[2] / "out"

if not (CHROMIUM and DRIVER):
    pytest.skip("needs Debian's chromium and chromium-driver (installed by .ci/run)", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


@pytest.fixture(scope="module")
def base_url(seeds_db):
    import uvicorn

    from armsledger.serve import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(seeds_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
              "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--user-data-dir={tmp_path_factory.mktemp('chrome')}", "--window-size=1280,1000"]:
        opts.add_argument(a)
    drv = webdriver.Chrome(service=Service(DRIVER), options=opts)
    drv.set_page_load_timeout(30)
    OUT.mkdir(exist_ok=True)
    yield drv
    drv.quit()


def shot(browser, name):
    browser.save_screenshot(str(OUT / f"screenshot-{name}.png"))


def test_transfers_table_sorts_and_leads_to_a_record_and_its_sentence(browser, base_url):
    browser.get(base_url + "/transfers")
    rows = browser.find_elements(By.CSS_SELECTOR, "#transfers tbody tr")
    assert len(rows) > 5
    header = browser.find_element(By.CSS_SELECTOR, "#transfers th[data-col=supplier]")
    header.click()
    suppliers = [r.find_elements(By.TAG_NAME, "td")[0].text for r in
                 browser.find_elements(By.CSS_SELECTOR, "#transfers tbody tr")]
    assert suppliers == sorted(suppliers)
    shot(browser, "transfers")
    deal = next(a for a in browser.find_elements(By.CSS_SELECTOR, "a.deal") if a.text == "CAESAR")
    deal.click()
    assert "/records/" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, "ol.timeline li.reached")
    quote = browser.find_element(By.CSS_SELECTOR, "ul.quotes blockquote").text
    shot(browser, "record")
    browser.find_element(By.CSS_SELECTOR, "a.quote").click()
    assert "/documents/" in browser.current_url
    highlighted = browser.execute_script(
        "return Array.from(document.querySelectorAll('.hl')).map(e => e.textContent).join('')")
    assert " ".join(quote.split())[:60] in " ".join(highlighted.split())
    shot(browser, "document")


def test_country_page_has_the_supplier_chart(browser, base_url):
    browser.get(base_url + "/countries/ARM")
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    assert bars, "the stacked chart has bars"
    assert browser.find_elements(By.CSS_SELECTOR, "table.partners tbody tr")
    shot(browser, "country")


def test_network_disagreements_and_home(browser, base_url):
    browser.get(base_url + "/network")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.network line.edge")
    shot(browser, "network")
    browser.get(base_url + "/disagreements")
    assert browser.find_elements(By.CSS_SELECTOR, "section.conflict .side")
    shot(browser, "disagreements")
    browser.get(base_url + "/")
    assert browser.find_elements(By.CSS_SELECTOR, "ul.counts li")
    shot(browser, "home")


def test_hostile_article_renders_inert(browser, base_url):
    browser.get(base_url + "/search?q=alert")
    browser.find_element(By.CSS_SELECTOR, "ol.hits a").click()
    # no script from the article ran, and no element it carried exists
    assert browser.execute_script("return document.querySelectorAll('article script, article img').length") == 0
    assert "<script>alert(4)</script>" in browser.find_element(By.CSS_SELECTOR, "article.doctext").text
    logs = browser.get_log("browser") if hasattr(browser, "get_log") else []
    assert not any("alert" in str(e.get("message", "")) and "SEVERE" in str(e.get("level")) for e in logs)
    shot(browser, "hostile")
