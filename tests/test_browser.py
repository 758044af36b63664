"""The built handbook in a real browser: navigation, Finnish search, diagrams, accessibility.

Builds the repository's site (``mkdocs build --strict``) into a temporary directory, serves it
on 127.0.0.1 and drives headless Chromium through Playwright. axe-core
(``node_modules/axe-core``) checks every page against WCAG 2.1 A/AA; serious and critical
violations fail. Every request the browser makes is recorded: the handbook must work on an
intranet, so none may leave 127.0.0.1.

Skips (with the reason) when Playwright, the Chromium binary (``GOVLINT_CHROMIUM``, default
``/usr/bin/chromium``) or axe-core is missing. Never runs ``playwright install``.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("GOVLINT_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not CHROMIUM.is_file():
    pytest.skip(f"no Chromium at {CHROMIUM} (set GOVLINT_CHROMIUM)", allow_module_level=True)
if not AXE.is_file():
    pytest.skip(f"axe-core is not installed ({AXE}); run `npm ci`", allow_module_level=True)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(repo_site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(repo_site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=ARGS, headless=True
        )
        try:
            yield instance
        finally:
            instance.close()


class Recorder:
    """Every URL the page requests."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, request: Any) -> None:
        self.urls.append(request.url)

    def foreign(self) -> list[str]:
        return [
            u
            for u in self.urls
            if urlparse(u).scheme in ("http", "https", "ws", "wss")
            and urlparse(u).hostname != "127.0.0.1"
        ]


@pytest.fixture()
def page(browser: Any) -> Iterator[tuple[Any, Recorder]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI")
    recorder = Recorder()
    context.on("request", recorder)
    tab = context.new_page()
    try:
        yield tab, recorder
    finally:
        context.close()
    assert recorder.foreign() == [], "requests to other hosts"


def search(tab: Any, query: str, seconds: float = 60.0) -> list[str]:
    """Type ``query`` into Material's search box and return the result texts.

    Types key by key like a person (Material reads the query on key events, not on a
    programmatic value change). The index loads in a web worker after the page; a query typed
    before it is ready is not re-run, so type again until results appear (or time is up).
    """
    box = tab.locator("input.md-search__input")
    results = tab.locator(".md-search-result__item")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        box.click()
        box.press("Control+A")
        box.press("Backspace")  # an empty query clears the previous results
        try:
            results.first.wait_for(state="detached", timeout=2_000)
        except sync_api.TimeoutError:
            continue
        box.press_sequentially(query, delay=15)
        try:
            results.first.wait_for(state="attached", timeout=2_000)
        except sync_api.TimeoutError:
            continue
        return [results.nth(i).inner_text() for i in range(results.count())]
    return []


def _diagram(tab: Any) -> Any:
    """The page's first diagram, scrolled into view (it loads lazily) and loaded."""
    image = tab.locator(".gl-diagram img").first
    image.scroll_into_view_if_needed()
    assert image.is_visible()
    tab.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=image.element_handle())
    return image


def test_navigate_search_and_see_diagrams(page: tuple[Any, Recorder], base_url: str) -> None:
    tab, recorder = page
    tab.goto(base_url)
    assert "Porin ja Ulvilan yhteistyömalli" in tab.locator("h1").first.inner_text()
    diagram = _diagram(tab)
    box = diagram.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    assert "Tietohallinnon" in (diagram.get_attribute("alt") or "")

    tab.locator("nav.md-nav--primary").get_by_role(
        "link", name="Tietohallinnon ohjausryhmä"
    ).first.click()
    tab.wait_for_url("**/strateginen/ohjausryhma/")
    table = tab.locator("article table").first.inner_text()
    for position in ("Kaupunginjohtaja", "Talous- ja hallintojohtaja", "Tietohallintojohtaja"):
        assert position in table
    assert table.count("Kaupunginjohtaja") == 2
    assert "Noin 2 kokousta vuodessa" in tab.locator("article").inner_text()

    # "kehittämisryhmällä" (adessive) occurs nowhere in the site: only Finnish stemming finds
    # the pages about "kehittämisryhmä"
    for query in ("kokoukset", "kehittämisryhmällä"):
        hits = search(tab, query)
        assert hits, f"no search results for {query!r}"
    assert any("kehittämisryhmä" in hit.lower() for hit in search(tab, "kehittämisryhmällä"))

    tab.goto(base_url + "asiat/paivitykset/")
    route = _diagram(tab)
    assert "Operatiivisen tason" in (route.get_attribute("alt") or "")
    svg = tab.request.get(base_url + "kuvat/reitti-paivitykset.svg")
    assert svg.ok and "Operatiivisen tason" in svg.text()
    tab.goto(base_url + "vuosikello/")
    _diagram(tab)
    ics = tab.request.get(base_url + "vuosikello.ics")
    assert ics.ok and ics.text().startswith("BEGIN:VCALENDAR")
    assert len(recorder.urls) > 10
    assert recorder.foreign() == [], "requests to other hosts"


def _pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html")
    )


def test_every_page_passes_axe(page: tuple[Any, Recorder], base_url: str, repo_site: Path) -> None:
    tab, recorder = page
    pages = _pages(repo_site)
    assert len(pages) > 15
    problems = []
    for path in pages:
        tab.goto(base_url + path)
        tab.add_script_tag(path=str(AXE))
        result = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
        )
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                nodes = [n["target"] for n in violation["nodes"][:3]]
                problems.append(
                    f"{path or '/'}: {violation['id']} ({violation['impact']}): "
                    f"{violation['help']} {nodes}"
                )
    assert problems == [], "\n".join(problems)
    assert recorder.foreign() == [], "requests to other hosts"
