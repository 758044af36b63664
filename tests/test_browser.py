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
import yaml

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
        # Material renders the results in batches: read them once they stop changing, in one
        # call (reading them one by one races with a re-render)
        texts: list[str] = []
        for _ in range(20):
            tab.wait_for_timeout(150)
            now = results.evaluate_all("items => items.map(i => i.innerText)")
            if now and now == texts:
                return texts
            texts = now
        return texts
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
    # typed without the umlaut, as on a keyboard without one: the index has folded words
    titles = [hit.split("\n")[0] for hit in search(tab, "ohjausryhma")]
    assert titles[:1] == ["Tietohallinnon ohjausryhmä"], titles
    assert "Tietohallinnon kehittämisryhmä" in [
        h.split("\n")[0] for h in search(tab, "kehittamisryhma")
    ]

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


def _known_gaps() -> list[dict[str, Any]]:
    """The accessibility statement's known gaps (mkdocs.yml, the govlint plugin's
    ``accessibility``), as the page states them."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (options,) = [p["govlint"] for p in config["plugins"] if isinstance(p, dict) and "govlint" in p]
    return list((options.get("accessibility") or {}).get("gaps") or [])


def _axe(tab: Any, path: str) -> list[tuple[str, str, str, str]]:
    """Every WCAG 2.1 A/AA violation on the page: (page, rule, impact, where)."""
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
    return [
        (path, v["id"], v["impact"], str([n["target"] for n in v["nodes"][:3]]))
        for v in result["violations"]
    ]


def _judge_axe(found: list[tuple[str, str, str, str]]) -> list[str]:
    """What the statement cannot account for: any serious or critical violation, a
    violation no known gap lists, and a listed gap that no longer occurs."""
    gaps = [g for g in _known_gaps() if g.get("axe")]
    problems, seen = [], set()
    for path, rule, impact, where in found:
        listed = [
            i
            for i, g in enumerate(gaps)
            if g["axe"] == rule and (not g.get("pages") or path in g["pages"])
        ]
        seen.update(listed)
        if impact in ("serious", "critical"):
            problems.append(f"{path or '/'}: {rule} ({impact}) is never accepted: {where}")
        elif not listed:
            problems.append(
                f"{path or '/'}: {rule} ({impact}) is not a known gap of the accessibility "
                f"statement (mkdocs.yml): fix it or list it: {where}"
            )
    for i, gap in enumerate(gaps):
        if i not in seen:
            problems.append(
                f"the known gap {gap['axe']} no longer occurs: remove it from mkdocs.yml"
            )
    return problems


def test_every_page_passes_axe_and_fits_its_column(
    page: tuple[Any, Recorder], base_url: str, repo_site: Path
) -> None:
    """axe-core on every page, the accessibility statement and the print edition included;
    and at 1280 px no table is wider than the 720 px content column (nothing scrolls)."""
    tab, recorder = page
    pages = _pages(repo_site)
    assert len(pages) > 15 and "saavutettavuusseloste/" in pages and "kasikirja.html" in pages
    assert {"en/", "en/accessibility/", "en/handbook.html"} <= set(pages)  # both languages
    found, wide = [], []
    for path in pages:
        tab.goto(base_url + path)
        found += _axe(tab, path)
        wide += [
            f"{path or '/'}: a table {w} px wide in a column of {c} px"
            for w, c in tab.evaluate(
                """() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
                       .map(e => [e.scrollWidth, e.clientWidth])
                       .filter(([w, c]) => w > c + 1)"""
            )
        ]
    problems = _judge_axe(found) + wide
    assert problems == [], "\n".join(problems)
    assert recorder.foreign() == [], "requests to other hosts"


# What a page at 390 px must show: nothing wider than the screen, no table cell past its
# edge, every diagram's text at 11 px or more as the diagram stands in the page.
PHONE_AUDIT = """async () => {
  const width = document.documentElement.clientWidth;
  const out = {page: document.scrollingElement.scrollWidth, width, cells: [], diagrams: []};
  for (const cell of document.querySelectorAll('td, th')) {
    const box = cell.getBoundingClientRect();
    if (box.width && (box.right > width + 0.5 || box.left < -0.5))
      out.cells.push(cell.textContent.trim().slice(0, 40));
  }
  for (const img of document.querySelectorAll('.gl-diagram img')) {
    if (!img.offsetParent) continue;  // the drawing for the other width
    img.loading = 'eager';
    await img.decode().catch(() => null);
    const svg = new DOMParser().parseFromString(
      await (await fetch(img.currentSrc)).text(), 'image/svg+xml').documentElement;
    const drawn = parseFloat(svg.getAttribute('viewBox').split(' ')[2]);
    const sizes = [...svg.querySelectorAll('text')]
      .map(t => parseFloat(t.getAttribute('font-size')));
    const shown = img.getBoundingClientRect().width;
    out.diagrams.push([img.currentSrc.split('/').pop(), Math.min(...sizes) * shown / drawn]);
  }
  return out;
}"""


def test_every_page_reads_on_a_phone(browser: Any, base_url: str, repo_site: Path) -> None:
    """At 390x844: no page wider than the screen, no table cell past its edge, diagram text
    at 11 px or more; axe-core as on a desktop (the statement says both are checked)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="fi-FI")
    recorder = Recorder()
    context.on("request", recorder)
    tab = context.new_page()
    problems, found, smallest = [], [], {}
    pages = _pages(repo_site)
    assert {"saavutettavuusseloste/", "en/accessibility/", "en/strateginen/ohjausryhma/"} <= set(
        pages
    )
    try:
        for path in pages:
            tab.goto(base_url + path)
            seen = tab.evaluate(PHONE_AUDIT)
            if seen["page"] > seen["width"]:
                problems.append(
                    f"{path or '/'}: {seen['page']} px wide on a {seen['width']} px screen"
                )
            problems += [
                f"{path or '/'}: a table cell past the screen's edge: {c!r}" for c in seen["cells"]
            ]
            for name, size in seen["diagrams"]:
                smallest[name] = size
                if size < 11:
                    problems.append(f"{path or '/'}: {name}: text {size:.1f} px on screen")
            found += _axe(tab, path)
    finally:
        context.close()
    problems += _judge_axe(found)
    assert problems == [], "\n".join(problems)
    # the diagrams a phone shows are their narrow drawings, at their drawn size
    assert {"rakenne-kapea.svg", "vuosikello-kapea.svg", "reitti-paivitykset-kapea.svg"} <= set(
        smallest
    )
    assert min(smallest.values()) >= 11
    assert recorder.foreign() == [], "requests to other hosts"


def test_steering_group_page_prints_without_clipping(
    page: tuple[Any, Recorder], base_url: str, tmp_path: Path
) -> None:
    """Printed from the browser (A4, 15 mm margins): no element wider than the paper, every
    table whole, and no page ending in a heading."""
    from pypdf import PdfReader

    tab, _ = page
    tab.goto(base_url + "strateginen/ohjausryhma/")
    tab.emulate_media(media="print")
    tab.set_viewport_size({"width": 680, "height": 1000})  # A4 less the margins, at 96 dpi
    clipped = tab.evaluate(
        """() => {
          const width = document.documentElement.clientWidth, out = [];
          for (const el of document.querySelectorAll('article *')) {
            const box = el.getBoundingClientRect();
            if (box.width && box.right > width + 0.5)
              out.push(el.tagName + ' ' + el.textContent.slice(0, 30));
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
              out.push('scrolls: ' + el.tagName + ' ' + el.className);
          }
          return out;
        }"""
    )
    assert clipped == []
    headings = tab.evaluate(
        "() => [...document.querySelectorAll('article h2, article h3')]"
        ".map(h => h.innerText.trim())"
    )
    pdf = tmp_path / "ohjausryhma.pdf"
    margin = {"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"}
    tab.pdf(path=str(pdf), format="A4", margin=margin)
    reader = PdfReader(pdf)
    assert 1 <= len(reader.pages) <= 4  # 5 before the print stylesheet
    text = "\n".join(p.extract_text() for p in reader.pages)
    for column in ("Lähteet", "Milloin asia siirtyy tänne", "Peruste"):
        assert column in text
    for number, sheet in enumerate(reader.pages, start=1):
        lines = [line.strip() for line in sheet.extract_text().splitlines() if line.strip()]
        assert lines and lines[-1] not in headings, f"page {number} ends in a heading"
