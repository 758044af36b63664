"""Pages rendered by worker processes (handbook/mkdocs_render.py): the same site as MkDocs
alone, and MkDocs' own rendering whenever a worker's result cannot be trusted."""

from __future__ import annotations

import copy
import logging
import os
import re
import shutil
import signal
import struct
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mkdocs")

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from govlint.handbook import mkdocs_render
from govlint.handbook.mkdocs_render import GeneratedPage, ParallelRenderer, parallel_obstacle
from govlint.handbook.searchfold import PageEntries
from helpers import ROOT, build_model_site, file_tree

CAN_FORK = hasattr(os, "fork") and sys.platform != "darwin"
needs_fork = pytest.mark.skipif(not CAN_FORK, reason="worker processes need fork")


def _config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(parents=True, exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    config = load_config(
        config_file=str(tmp_path / "mkdocs.yml"),
        docs_dir=str(tmp_path / "docs"),
        site_dir=str(tmp_path / "site"),
        markdown_extensions=["toc", "tables", "attr_list"],
    )
    config.plugins.on_pre_build(config=config)  # as a build starts (File.generated asks)
    return config


def _pages(tmp_path: Path, n: int = 12) -> tuple[MkDocsConfig, Files, list[Page]]:
    """``n`` linked pages (tables, headings, links to each other's anchors); page 5 also links
    to a page that does not exist."""
    config = _config(tmp_path)
    files = Files([])
    pages = []
    for i in range(n):
        missing = " [gone](missing.md)" if i == 5 else ""
        text = (
            f"---\ntitle: Sivu {i}\n---\n\n# Sivu {i}\n\n## Osa {i} {{#osa-{i}}}\n\n"
            f"| a | b |\n|---|---|\n| [seuraava](p{(i + 1) % n}.md#osa-{(i + 1) % n}) | *x* |\n"
            f"\nTekstiä{missing}.\n"
        )
        file = File.generated(config, f"p{i}.md", content=text)
        files.append(file)
        pages.append(Page(None, file, config))
    return config, files, pages


def _rendered(page: Page) -> tuple[Any, ...]:
    links = {file.src_uri: (file, dict(a)) for file, a in (page.links_to_anchors or {}).items()}
    return (page.content, str(page.toc), page.title, page.present_anchor_ids, links)


def _render_all(config: MkDocsConfig, files: Files, pages: list[Page]) -> list[tuple[Any, ...]]:
    out = []
    for page in pages:
        page.read_source(config)
        page.render(config, files)
        out.append(_rendered(page))
    return out


def _expected(tmp_path: Path, n: int = 12) -> list[tuple[Any, ...]]:
    """MkDocs' own rendering of the same pages."""
    config, files, plain = _pages(tmp_path / "plain", n)
    return _render_all(config, files, plain)


def _owners(renderer: ParallelRenderer) -> list[int]:
    return [renderer.board.owner(i) for i in range(len(renderer.pages))]


def _slow_render(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Every Page.render (in workers forked after this) takes ``seconds`` longer."""
    render = Page.render

    def slow(self: Page, config: MkDocsConfig, files: Files) -> None:
        time.sleep(seconds)
        render(self, config, files)

    monkeypatch.setattr(Page, "render", slow)


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for any amount of Markdown (as many as asked, whatever the CPU count)."""
    monkeypatch.setattr(mkdocs_render, "MIN_PARALLEL_CHARS", 0)


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_worker_results_equal_mkdocs_own_rendering(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        expected = _expected(tmp_path)
    expected_log = [r.getMessage() for r in caplog.records]
    assert any("missing.md" in message for message in expected_log)  # the case is real
    caplog.clear()

    config, files, pages = _pages(tmp_path / "parallel")
    renderer = ParallelRenderer.start(pages, config, files, workers=3)
    assert renderer is not None and len(renderer.workers) == 2
    assert all(type(page) is GeneratedPage for page in pages)
    for worker in renderer.workers:  # the workers claim every page before the build starts
        renderer._collect(worker)
    assert set(_owners(renderer)) == {1, 2}
    with caplog.at_level(logging.WARNING):
        got = _render_all(config, files, pages)
    renderer.close()

    assert [g[:4] for g in got] == [e[:4] for e in expected]
    assert [set(g[4]) for g in got] == [set(e[4]) for e in expected]
    for *_, links in got:
        for uri, (file, _anchors) in links.items():
            assert file is files.get_file_from_path(uri)  # the build's own File, not a copy
    assert any(links for *_, links in got)
    # the page with a broken link was rendered here, so its warning is logged once, here
    assert [r.getMessage() for r in caplog.records] == expected_log
    assert renderer.used == len(pages) - 1
    # afterwards the pages are MkDocs' own again, with nothing of the workers left on them
    assert all(type(page) is Page and "renderer" not in vars(page) for page in pages)
    copy.deepcopy(pages[0])


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_changed_markdown_is_rendered_by_the_build(tmp_path: Path) -> None:
    """A plugin's on_page_markdown may change a page after the worker rendered it: the
    worker's result is then not used."""
    config, files, pages = _pages(tmp_path, n=4)
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    renderer._collect(renderer.workers[0])
    last = pages[-1]
    assert renderer.board.owner(3) == 1  # the worker rendered it
    last.read_source(config)
    last.markdown += "\nLisätty rivi.\n"
    last.render(config, files)
    assert "Lisätty rivi." in last.content
    assert renderer.used == 0
    pages[2].read_source(config)
    pages[2].render(config, files)  # unchanged: the worker's result
    assert renderer.used == 1
    renderer.close()


def _search_index() -> Any:
    """Material's own search index, as its search plugin makes it."""
    from material.plugins.search.plugin import SearchIndex

    return SearchIndex(fields={"title": {"boost": 1000.0}, "text": {"boost": 1.0}})


def _rendered_with_search(
    directory: Path, n: int
) -> tuple[list[Page], Any, PageEntries, ParallelRenderer]:
    """``n`` pages rendered by a worker and the build, each page's search entries made where
    it was rendered: the pages, Material's search index, the entries and the renderer."""
    config, files, pages = _pages(directory, n)
    index = _search_index()
    search = PageEntries(index)
    search.install()
    renderer = ParallelRenderer.start(pages, config, files, workers=2, search=search)
    assert renderer is not None
    renderer._collect(renderer.workers[0])
    _render_all(config, files, pages)
    return pages, index, search, renderer


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_search_entries_are_made_where_the_pages_are_rendered(tmp_path: Path) -> None:
    """Every page's search entries are made right after it is rendered, by a worker or the
    build; when the search plugin reaches the page it gets exactly the entries Material makes
    of it, folded, in page order. A page whose content a plugin replaced after rendering
    (on_page_content) is indexed again from what it is then."""
    from govlint.handbook.searchfold import fold_entries

    config, files, plain = _pages(tmp_path / "plain", n=8)
    _render_all(config, files, plain)
    plain[2].content = plain[2].content.replace("Tekstiä", "Korvattua tekstiä")
    own = _search_index()
    for page in plain:
        own.add_entry_from_context(page)
    fold_entries(own.entries)
    assert any("Korvattua" in entry["text"] for entry in own.entries)
    sections = [entry for entry in own.entries if "#osa-" in entry["location"]]
    assert len(sections) == 8 and all(
        "tekstia" in entry["text_folded"].lower() for entry in sections
    )

    pages, index, search, renderer = _rendered_with_search(tmp_path / "parallel", 8)
    assert 0 < renderer.used < len(pages)  # both the worker and the build rendered pages
    assert set(search.ready) == {page.file.src_uri for page in pages}
    assert index.entries == []  # made, not yet added
    pages[2].content = pages[2].content.replace("Tekstiä", "Korvattua tekstiä")
    for page in pages:  # as the search plugin indexes each page when the build reaches it
        index.add_entry_from_context(page)
    assert index.entries == own.entries
    assert index.config["fields"]["text_folded"] == {"boost": 1.0}
    assert search.ready == {}
    renderer.close()
    search.remove()
    assert "add_entry_from_context" not in vars(index)


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_search_entries_that_fail_in_a_worker_are_made_by_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker whose search entries fail still hands over the page it rendered; the build
    makes the entries when it reaches the page."""
    build = os.getpid()
    make = PageEntries.make

    def make_in_build_only(self: PageEntries, page: Page) -> list[dict[str, Any]]:
        if os.getpid() != build:
            raise RuntimeError("the worker cannot index")
        return make(self, page)

    monkeypatch.setattr(PageEntries, "make", make_in_build_only)
    pages, index, search, renderer = _rendered_with_search(tmp_path, 6)
    assert set(_owners(renderer)) == {1}  # the worker claimed every page
    # its renders were used (all but p5, whose warning the build logs), without entries; the
    # build made those of the page it rendered
    assert renderer.used == 5
    assert set(search.ready) == {"p5.md"}
    for page in pages:
        index.add_entry_from_context(page)
    assert {entry["location"].split("#")[0] for entry in index.entries} == {
        page.url for page in pages
    }
    renderer.close()
    search.remove()


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_a_failed_worker_leaves_its_pages_to_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _expected(tmp_path, n=6)
    config, files, pages = _pages(tmp_path / "parallel", n=6)

    def die(*_: Any) -> None:  # the worker dies when it is about to deliver its first page
        os._exit(3)

    monkeypatch.setattr(mkdocs_render._Pickler, "dump", die)
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.govlint"):
        assert renderer._collect(renderer.workers[0]) == {}
        # page 5 logs a warning (left to the build); the worker died on page 4
        assert _owners(renderer)[4:] == [1, 1]
        got = _render_all(config, files, pages)
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    assert any("rendering worker ended with status" in r.getMessage() for r in caplog.records)
    assert renderer.used == 0
    renderer.close()


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_close_stops_workers_that_are_still_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, files, pages = _pages(tmp_path, n=40)
    _slow_render(monkeypatch, 0.2)  # 8 s of work for the worker
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    pid = renderer.workers[0].pid
    deadline = time.monotonic() + 5
    while 1 not in _owners(renderer) and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    renderer.close()  # the build failed before it needed the results
    assert time.monotonic() - started < 2
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left behind
    monkeypatch.undo()
    for page in pages:  # and the pages still render, here, as MkDocs' own
        assert type(page) is Page
        page.read_source(config)
        page.render(config, files)
        assert page.content


@needs_fork
@pytest.mark.usefixtures("parallel")
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_stop_when_the_build_process_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed builds (docker stop, a cancelled CI job) leave no worker rendering on."""
    config, files, pages = _pages(tmp_path, n=40)
    _slow_render(monkeypatch, 0.2)
    read, write = os.pipe()
    build = os.fork()
    if build == 0:  # a build process that starts a worker and dies without closing it
        code = 1
        try:
            renderer = ParallelRenderer.start(pages, config, files, workers=2)
            assert renderer is not None
            os.write(write, struct.pack("<q", renderer.workers[0].pid))
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    (worker,) = struct.unpack("<q", os.read(read, 8))
    os.close(read)
    os.waitpid(build, 0)

    def running() -> bool:
        try:
            state = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state != "Z"

    deadline = time.monotonic() + 5  # the worker had 8 s of pages left
    while running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running()


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_a_fork_that_fails_leaves_the_pages_to_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    expected = _expected(tmp_path)
    fork = os.fork
    calls = []

    def fork_once() -> int:
        calls.append(1)
        if len(calls) > 1:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        return fork()

    config, files, pages = _pages(tmp_path / "one", 12)
    monkeypatch.setattr(os, "fork", fork_once)
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.govlint"):
        renderer = ParallelRenderer.start(pages, config, files, workers=3)
    monkeypatch.setattr(os, "fork", fork)
    assert renderer is not None and len(renderer.workers) == 1  # one started, one could not
    assert "could not start a rendering worker" in caplog.text
    got = _render_all(config, files, pages)
    renderer.close()
    assert [g[:4] for g in got] == [e[:4] for e in expected]

    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    config, files, pages = _pages(tmp_path / "none", 12)
    monkeypatch.setattr(os, "fork", no_fork)
    assert ParallelRenderer.start(pages, config, files, workers=3) is None
    assert all(type(page) is Page for page in pages)


def test_workers_only_where_they_are_safe_and_pay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    config, files, pages = _pages(tmp_path, n=3)
    assert ParallelRenderer.start(pages, config, files, workers=4) is None  # too little Markdown
    monkeypatch.setattr(mkdocs_render, "MIN_PARALLEL_CHARS", 0)
    assert ParallelRenderer.start(pages, config, files, workers=1) is None  # asked for none

    if CAN_FORK:
        assert parallel_obstacle(config) is None
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert parallel_obstacle(config)  # mkdocs serve: a server thread is running
        with caplog.at_level(logging.INFO, logger="mkdocs.plugins.govlint"):
            assert ParallelRenderer.start(pages, config, files, workers=4, asked=True) is None
        assert "in this process only" in caplog.text  # asked for, so said
    finally:
        stop.set()
        thread.join()
    assert all(type(page) is Page for page in pages)

    with monkeypatch.context() as m:
        m.setattr(mkdocs_render.mkdocs, "__version__", "1.7.0")
        assert "not the version" in (parallel_obstacle(config) or "")

    known = ["markdown.extensions.toc", "admonition", "pymdownx.superfences"]
    config.markdown_extensions.extend(known)
    assert CAN_FORK is (parallel_obstacle(config) is None)
    config.markdown_extensions.append("countingext")  # a stranger: may count across pages
    assert "countingext" in (parallel_obstacle(config) or "")
    config.markdown_extensions.remove("countingext")

    from markdown.extensions.abbr import AbbrExtension

    config.markdown_extensions.append(AbbrExtension())  # e.g. added by another plugin
    reason = parallel_obstacle(config)
    assert reason and "AbbrExtension" in reason


def test_usable_cpus_is_at_least_one() -> None:
    assert 1 <= mkdocs_render.usable_cpus() <= (os.cpu_count() or 1)


def test_the_board_gives_each_page_to_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The build claims pages in its order, workers from the end; they meet once."""
    board = mkdocs_render._Board(6)
    assert board.claim(0) == 0 and board.claim(1) == 0  # the build's now
    assert board.claim_last(1) == 5
    assert board.claim_last(2) == 4
    assert board.claim(4) == 2  # the build reaches a page worker 2 claimed: its result
    assert board.claim_last(1) == 3
    assert board.claim(2) == 0
    assert board.claim_last(1) is None  # page 2 is the build's: worker 1 stops
    assert board.claim_last(2) is None
    assert board.claim(3) == 1 and board.claim(5) == 1
    assert mkdocs_render._Board(0).claim_last(1) is None

    # a process killed while holding the lock: the board is given up, nobody waits forever
    monkeypatch.setattr(mkdocs_render._Board, "TIMEOUT", 0.05)
    stuck = mkdocs_render._Board(3)
    stuck.lock.acquire()
    assert stuck.claim_last(1) is None  # a worker stops
    assert stuck.claim(0) == 0 and stuck.broken  # the build renders the page itself
    assert stuck.claim(1) == 0  # and every page after it, without waiting again


def test_a_worker_file_cut_short_keeps_its_complete_records() -> None:
    records = []
    for uri in ("a.md", "b.md", "c.md"):
        digest, blob = b"d" * 16, uri.encode() * 10
        records.append(
            mkdocs_render._HEADER.pack(len(uri), len(digest), len(blob))
            + uri.encode()
            + digest
            + blob
        )
    with tempfile.TemporaryFile() as file:
        file.write(b"".join(records)[:-5])  # the worker died while writing c.md
        results = mkdocs_render._read_results(file)
    assert sorted(results) == ["a.md", "b.md"]
    assert bytes(results["b.md"][1]) == b"b.md" * 10


@needs_fork
@pytest.mark.usefixtures("parallel")
@pytest.mark.parametrize("head_start", [0, 3, 40])
def test_build_and_workers_meet_wherever_they_do(tmp_path: Path, head_start: int) -> None:
    """Whoever gets to a page first renders it; the pages are MkDocs' own either way, and
    every page a worker claimed and could render is taken from it."""
    expected = _expected(tmp_path, n=40)
    config, files, pages = _pages(tmp_path / "parallel", n=40)
    renderer = ParallelRenderer(pages)
    for index in range(head_start):  # the build got to these before the workers started
        renderer.board.claim(index)
    renderer._fork(1, config, files)
    renderer._fork(2, config, files)
    got = _render_all(config, files, pages)
    owners = _owners(renderer)
    renderer.close()
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    assert 0 not in owners  # every page claimed, by exactly one process
    by_workers = [i for i, owner in enumerate(owners) if owner in (1, 2)]
    assert owners[:head_start] == [mkdocs_render._Board.BUILD] * head_start
    assert renderer.used == len(by_workers) - (5 in by_workers)  # page 5 warns


def test_workers_must_be_positive(consortium: Path, tmp_path: Path) -> None:
    proc, _ = build_model_site(consortium, tmp_path, workers=0)
    assert proc.returncode != 0
    assert "workers must be at least 1" in proc.stderr


@needs_fork
def test_site_is_the_same_with_and_without_workers(consortium: Path, tmp_path: Path) -> None:
    """The 10-city consortium (1.2 MB of generated Markdown) with a hand-written page linking
    into the generated ones: built by MkDocs alone and with a worker, byte for byte the same
    site."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / "ohje.md").write_text(
        "# Ohje\n\nKatso [asiat](asiat/index.md) ja [taso](taktinen/index.md#toimielimet).\n",
        encoding="utf-8",
    )
    alone, site_alone = build_model_site(consortium, tmp_path / "alone", docs, workers=1)
    assert alone.returncode == 0, alone.stderr
    both, site_both = build_model_site(consortium, tmp_path / "both", docs, True, workers=2)
    assert both.returncode == 0, both.stderr
    used = re.search(r"govlint: (\d+) pages were rendered by workers", both.stderr)
    assert used and int(used.group(1)) > 50, both.stderr[-2000:]

    alone_files, both_files = file_tree(site_alone), file_tree(site_both)
    assert sum(name.endswith(".html") for name in alone_files) > 150
    assert "ohje/index.html" in alone_files
    assert alone_files.keys() == both_files.keys()
    assert [name for name in alone_files if alone_files[name] != both_files[name]] == []
    # the search entries the workers made are the ones the build makes alone, folded
    assert b'"text_folded"' in both_files["search/search_index.json"]


class _Hung(Exception):
    pass


@pytest.fixture
def watchdog() -> Any:
    """Fail (instead of hanging the test run) if the test body takes over 60 s."""

    def hung(*_: Any) -> None:
        raise _Hung("the build waited for a worker for over 60 s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _stop_worker_after_claims(monkeypatch: pytest.MonkeyPatch, claims: int) -> None:
    """Workers forked after this stop themselves (SIGSTOP) once they have claimed ``claims``
    pages, before rendering the last of them."""
    claim_last = mkdocs_render._Board.claim_last
    count = [0]

    def claim_and_stop(self: Any, worker: int) -> int | None:
        index = claim_last(self, worker) if claims else None
        count[0] += 1
        if count[0] >= claims:
            os.kill(os.getpid(), signal.SIGSTOP)
        return index

    monkeypatch.setattr(mkdocs_render._Board, "claim_last", claim_and_stop)


@needs_fork
@pytest.mark.usefixtures("parallel", "watchdog")
@pytest.mark.parametrize("claims", [0, 1, 3])
def test_a_stopped_worker_does_not_hang_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, claims: int
) -> None:
    """SIGSTOP on a worker left the build waiting in os.waitpid for ever (and close() too:
    SIGTERM stays pending while a process is stopped). The build ends the worker and renders
    its pages; the pages are MkDocs' own rendering."""
    expected = _expected(tmp_path, n=8)
    config, files, pages = _pages(tmp_path / "parallel", n=8)
    _stop_worker_after_claims(monkeypatch, claims)
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    pid = renderer.workers[0].pid
    deadline = time.monotonic() + 10
    while _owners(renderer).count(1) < claims and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _owners(renderer).count(1) == claims
    started = time.monotonic()
    got = _render_all(config, files, pages)
    renderer.close()
    assert time.monotonic() - started < 30
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    assert renderer.used == 0
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # ended and reaped


@needs_fork
@pytest.mark.usefixtures("parallel", "watchdog")
def test_a_worker_that_delivers_nothing_is_given_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker stuck on a page (not stopped: sleeping, looping) is ended after WAIT."""
    config, files, pages = _pages(tmp_path, n=4)
    _slow_render(monkeypatch, 3600)
    monkeypatch.setattr(ParallelRenderer, "WAIT", 1.0)
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    deadline = time.monotonic() + 10
    while 1 not in _owners(renderer) and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    assert renderer._collect(renderer.workers[0]) == {}
    assert 0.9 < time.monotonic() - started < 10
    renderer.close()
