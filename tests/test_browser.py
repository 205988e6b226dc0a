"""The web view in a real browser: Debian's headless Chromium driven by Playwright.

A worker runs on the test broker; the pages are opened first, then articles are fed, and
what changes must show in the open pages without a reload (server-sent events and polling).
Article text is hostile in one test: it must be shown as text and run nothing.

Screenshots of the pages go to artifacts/ (gitignored) for people to look at.
"""

from __future__ import annotations

import contextlib
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, Kafka, Worker
from test_e2e_kafka import contradicting_article, seed_article, wait_drained, write_jsonl

pytestmark = [pytest.mark.kafka, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "artifacts"
ALERT_TIMEOUT = 90_000  # ms: feed -> clean -> extract (spaCy) -> detect -> alerts -> page
VIEWPORT = {"width": 1440, "height": 1000}
PWN = "window.__pwned=1"
HOSTILE_SOURCE = f"Evil Wire <script>{PWN}</script>"
HOSTILE_TAIL = f'<script>{PWN}</script> <img src=x onerror="{PWN}">'

Cli = Callable[..., subprocess.CompletedProcess[str]]


def hostile_article(article_id: str) -> dict[str, Any]:
    """The contradicting article with script and an onerror handler in its title, source and
    evidence sentence. The cleaner strips real tags from HTML, but un-escapes entities after
    that, so `&lt;script&gt;` in an HTML body reaches the claim's text as a literal `<script>`,
    as it would from a scraped page that shows code."""
    escaped = HOSTILE_TAIL.replace("<", "&lt;").replace(">", "&gt;")
    return {
        **contradicting_article(article_id),
        "source": HOSTILE_SOURCE,
        "title": f"<script>{PWN}</script> Russia gives a toll <img src=x onerror=\"{PWN}\">",
        "body": (
            "<p>Russia's defence ministry said on Wednesday that 498 Russian soldiers had been "
            f"killed since the start of the operation in Ukraine {escaped}.</p>"
            "<p>The ministry said 1,597 soldiers had been wounded.</p>"
        ),
    }


@pytest.fixture
def browser_available() -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium, or scripts/system-deps)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("playwright is not installed (make install installs the dev extras)")


class Pages:
    """Chromium on one worker's pages; every console error and page error is recorded."""

    def __init__(self, browser: Any, worker: Worker) -> None:
        self.worker = worker
        self.context = browser.new_context(viewport=VIEWPORT)
        self.errors: list[str] = []

    def open(self, path: str) -> Any:
        page = self.context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(f"{path}: {exc}"))
        page.on(
            "console",
            lambda msg: self.errors.append(f"{path}: {msg.text}") if msg.type == "error" else None,
        )
        page.goto(self.worker.url + path)
        page.evaluate("window.__opened = true")  # gone if the page reloads
        return page


@contextlib.contextmanager
def chromium(worker: Worker) -> Iterator[Pages]:
    """Headless Chromium on `worker`'s pages. Started after the worker: Playwright's sync
    API runs an event loop in this thread, and the worker fixture uses asyncio.run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield Pages(browser, worker)
        finally:
            browser.close()


def feed(cli: Cli, kafka: Kafka, path: Path, *articles: dict[str, Any]) -> None:
    fed = cli("feed", str(write_jsonl(path, *articles)), env=kafka.env())
    assert fed.returncode == 0, fed.stderr


def not_reloaded(page: Any) -> bool:
    return page.evaluate("window.__opened === true")


def test_alert_appears_live_and_the_dashboard_moves(
    browser_available: None,  # first: skip before a broker is started for nothing
    kafka: Kafka,
    worker: Callable[..., Worker],
    cli: Cli,
    tmp_path: Path,
) -> None:
    w = worker()
    with chromium(w) as ui:
        check_live_alert_and_dashboard(ui, w, kafka, cli, tmp_path)


def check_live_alert_and_dashboard(
    ui: Pages, w: Worker, kafka: Kafka, cli: Cli, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    dashboard = ui.open("/")
    alerts = ui.open("/alerts")
    expect(alerts.locator("#feed-pill")).to_have_text("Live")
    expect(dashboard.locator("#kpi-articles")).to_have_text("0")
    expect(dashboard.locator("#worker-pill")).to_have_text("Worker ready")

    run = uuid.uuid4().hex[:8]
    seed_id, other_id = f"bseed-{run}", f"bru-{run}"
    before = w.health()["counts"]
    feed(cli, kafka, tmp_path / "seed.jsonl", seed_article(seed_id))
    wait_drained(w, 1, before)
    expect(dashboard.locator("#kpi-articles")).to_have_text("1")
    feed(cli, kafka, tmp_path / "other.jsonl", contradicting_article(other_id))

    card = alerts.locator(".alert-card", has_text="498 Russian soldiers")
    expect(card).to_be_visible(timeout=ALERT_TIMEOUT)
    expect(card).to_contain_text("4,300")  # the earlier claim, side by side with the new one
    expect(card.locator(".claim").first).to_contain_text("Seed Wire")
    expect(card.locator(".claim").last).to_contain_text("World Desk")
    expect(card).to_contain_text("Figure mismatch")
    expect(alerts.locator("#count")).to_contain_text("alert")

    expect(dashboard.locator("#kpi-articles")).to_have_text("2")
    expect(dashboard.locator("#kpi-alerts")).not_to_have_text("0")
    agent_in = dashboard.locator('#agents-table tr[data-agent="detect"] td[data-field="events_in"]')
    expect(agent_in).not_to_have_text("0")
    expect(dashboard.locator("#latest-alerts")).to_contain_text("World Desk")
    expect(dashboard.locator("#lag-table tbody tr").first).to_be_visible()
    assert not_reloaded(alerts) and not_reloaded(dashboard), "a page reloaded"

    # The kind filter works in the open page; the claims browser shows both sides' figures.
    alerts.select_option("#kind", "denial")
    expect(card).to_be_hidden()
    alerts.select_option("#kind", "figure_mismatch")
    expect(card).to_be_visible()
    claims = ui.open("/claims?key=deaths")
    expect(claims.locator("#detail-body table")).to_contain_text("498")
    expect(claims.locator("#detail-body .legend")).to_contain_text("russia")
    expect(claims.locator("#detail-body .legend")).to_contain_text("ukraine")
    assert claims.locator("#detail-body svg circle").count() >= 2  # a point per figure

    ARTIFACTS.mkdir(exist_ok=True)
    dashboard.wait_for_timeout(1500)  # one more poll: the chart shows the burst
    dashboard.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    alerts.screenshot(path=str(ARTIFACTS / "alerts.png"))
    claims.screenshot(path=str(ARTIFACTS / "claims.png"))
    assert ui.errors == [], ui.errors


def test_hostile_article_is_shown_as_text_and_runs_nothing(
    browser_available: None,  # first: skip before a broker is started for nothing
    kafka: Kafka,
    worker: Callable[..., Worker],
    cli: Cli,
    tmp_path: Path,
) -> None:
    w = worker()
    with chromium(w) as ui:
        check_hostile_article(ui, w, kafka, cli, tmp_path)


def check_hostile_article(ui: Pages, w: Worker, kafka: Kafka, cli: Cli, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    alerts = ui.open("/alerts")
    dashboard = ui.open("/")
    expect(alerts.locator("#feed-pill")).to_have_text("Live")

    run = uuid.uuid4().hex[:8]
    seed_id, hostile_id = f"hseed-{run}", f"hostile-{run}"
    before = w.health()["counts"]
    feed(cli, kafka, tmp_path / "seed.jsonl", seed_article(seed_id))
    wait_drained(w, 1, before)
    feed(cli, kafka, tmp_path / "hostile.jsonl", hostile_article(hostile_id))

    card = alerts.locator(".alert-card", has_text=PWN)
    expect(card).to_be_visible(timeout=ALERT_TIMEOUT)
    evidence = card.locator(".claim").last.locator("blockquote")
    expect(evidence).to_contain_text(HOSTILE_TAIL)  # the literal tags, as text
    expect(card.locator(".claim").last.locator(".where")).to_contain_text(HOSTILE_SOURCE)
    assert card.locator("script, img").count() == 0
    expect(dashboard.locator("#latest-alerts")).to_contain_text(HOSTILE_SOURCE)
    claims = ui.open("/claims?key=deaths")
    expect(claims.locator("#detail-body table")).to_contain_text(HOSTILE_TAIL)
    expect(claims.locator("#results")).to_contain_text("deaths")

    for page in (alerts, dashboard, claims):
        assert page.evaluate("typeof window.__pwned") == "undefined", page.url
        assert page.locator("main img, main script").count() == 0, page.url
        # The CSP is in force: even a script the page itself inserted inline does not run.
        ran = page.evaluate(
            """() => { const s = document.createElement("script");
                       s.textContent = "window.__inline = 1";
                       document.body.append(s); return window.__inline; }"""
        )
        assert ran is None, f"{page.url}: an inline script ran"
    assert not_reloaded(alerts) and not_reloaded(dashboard)
    ARTIFACTS.mkdir(exist_ok=True)
    alerts.screenshot(path=str(ARTIFACTS / "alerts-hostile.png"))
    # Only the CSP reports of the inline script inserted above; nothing else went wrong.
    assert all("Content Security Policy" in e for e in ui.errors), ui.errors
