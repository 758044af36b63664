"""Pages rendered by worker processes (handbook/mkdocs_render.py): the same site as MkDocs
alone, and MkDocs' own rendering whenever a worker's result cannot be trusted."""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mkdocs")

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from govlint.handbook import mkdocs_render
from govlint.handbook.mkdocs_render import (
    GeneratedPage,
    ParallelRenderer,
    parallel_obstacle,
)
from helpers import build_model_site

CAN_FORK = hasattr(os, "fork") and sys.platform != "darwin"
needs_fork = pytest.mark.skipif(not CAN_FORK, reason="worker processes need fork")


def _config(tmp_path: Path, **extra: Any) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(parents=True, exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    config = load_config(
        config_file=str(tmp_path / "mkdocs.yml"),
        docs_dir=str(tmp_path / "docs"),
        site_dir=str(tmp_path / "site"),
        markdown_extensions=["toc", "tables", "attr_list"],
        **extra,
    )
    config.plugins.on_pre_build(config=config)  # as a build starts (File.generated asks)
    return config


def _pages(tmp_path: Path, cls: type[Page], n: int = 12) -> tuple[MkDocsConfig, Files, list[Any]]:
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
            f"\nTeksti{missing}.\n"
        )
        file = File.generated(config, f"p{i}.md", content=text)
        files.append(file)
        pages.append(cls(None, file, config))
    return config, files, pages


def _rendered(page: Page) -> tuple[Any, ...]:
    links = {file.src_uri: (file, dict(a)) for file, a in (page.links_to_anchors or {}).items()}
    return (page.content, str(page.toc), page.title, page.present_anchor_ids, links)


def _render_all(config: MkDocsConfig, files: Files, pages: list[Any]) -> list[tuple[Any, ...]]:
    out = []
    for page in pages:
        page.read_source(config)
        page.render(config, files)
        out.append(_rendered(page))
    return out


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for any amount of Markdown (as many as asked, whatever the CPU count)."""
    monkeypatch.setattr(mkdocs_render, "MIN_PARALLEL_CHARS", 0)


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_worker_results_equal_mkdocs_own_rendering(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config, files, plain = _pages(tmp_path / "plain", Page)
    with caplog.at_level(logging.WARNING):
        expected = _render_all(config, files, plain)
    expected_log = [r.getMessage() for r in caplog.records]
    assert any("missing.md" in message for message in expected_log)  # the case is real
    caplog.clear()

    config, files, pages = _pages(tmp_path / "parallel", GeneratedPage)
    renderer = ParallelRenderer.start(pages, config, files, workers=3)
    assert renderer is not None and len(renderer.workers) == 2
    for worker in renderer.workers:  # the workers claim every page before the build starts
        renderer._collect(worker)
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
    assert {bytes([renderer.board.memory[8 + i]]) for i in range(len(pages))} <= {b"\x01", b"\x02"}
    assert not renderer.directory.exists()


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_changed_markdown_is_rendered_by_the_build(tmp_path: Path) -> None:
    """A plugin's on_page_markdown may change a page after the worker rendered it: the
    worker's result is then not used."""
    config, files, pages = _pages(tmp_path, GeneratedPage, n=4)
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    last = pages[-1]
    assert last.renderer is renderer
    last.read_source(config)
    last.markdown += "\nLisätty rivi.\n"
    last.render(config, files)
    assert "Lisätty rivi." in last.content
    assert renderer.used == 0
    renderer.close()


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_a_failed_worker_leaves_its_pages_to_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, files, plain = _pages(tmp_path / "plain", Page, n=6)
    expected = _render_all(config, files, plain)
    config, files, pages = _pages(tmp_path / "parallel", GeneratedPage, n=6)

    def die(*_: Any) -> None:  # the worker dies at its first page, after claiming it
        os._exit(3)

    monkeypatch.setattr(mkdocs_render._Pickler, "dump", die)
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.govlint"):
        assert renderer._collect(renderer.workers[0]) == {}
        got = _render_all(config, files, pages)
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    assert renderer.board.memory[8 + 5] == 1  # the worker's claim, rendered by the build
    assert any("rendering worker ended" in r.getMessage() for r in caplog.records)
    assert renderer.used == 0
    renderer.close()


@needs_fork
@pytest.mark.usefixtures("parallel")
def test_close_stops_workers_that_are_still_running(tmp_path: Path) -> None:
    config, files, pages = _pages(tmp_path, GeneratedPage, n=40)
    renderer = ParallelRenderer.start(pages, config, files, workers=2)
    assert renderer is not None
    pid = renderer.workers[0].pid
    renderer.close()  # the build failed before it needed the results
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left behind
    assert not renderer.directory.exists()
    for page in pages:  # and the pages still render, here
        page.read_source(config)
        page.render(config, files)
        assert page.content


def test_workers_only_where_they_are_safe_and_pay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, files, pages = _pages(tmp_path, GeneratedPage, n=3)
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
        assert ParallelRenderer.start(pages, config, files, workers=4) is None
    finally:
        stop.set()
        thread.join()

    from markdown.extensions.abbr import AbbrExtension

    config.markdown_extensions.append(AbbrExtension())  # e.g. added by another plugin
    reason = parallel_obstacle(config)
    assert reason and "AbbrExtension" in reason


def test_the_board_gives_each_page_to_one_process() -> None:
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


@needs_fork
@pytest.mark.usefixtures("parallel")
@pytest.mark.parametrize("head_start", [0, 3, 40])
def test_build_and_workers_meet_wherever_they_do(tmp_path: Path, head_start: int) -> None:
    """Whoever gets to a page first renders it; the pages are MkDocs' own either way."""
    config, files, plain = _pages(tmp_path / "plain", Page, n=40)
    expected = _render_all(config, files, plain)
    config, files, pages = _pages(tmp_path / "parallel", GeneratedPage, n=40)
    renderer = ParallelRenderer(pages)
    for page in pages:
        page.renderer = renderer
    for index in range(head_start):  # the build got to these before the workers started
        renderer.board.claim(index)
    renderer._fork(1, config, files)
    renderer._fork(2, config, files)
    got = _render_all(config, files, pages)
    renderer.close()
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    workers_could = len(pages) - head_start - (1 if head_start <= 5 else 0)  # page 5 warns
    assert renderer.used <= workers_could


def test_workers_must_be_positive(consortium: Path, tmp_path: Path) -> None:
    proc, _ = build_model_site(consortium, tmp_path, workers=0)
    assert proc.returncode != 0
    assert "workers must be at least 1" in proc.stderr


@needs_fork
def test_site_is_the_same_with_and_without_workers(consortium: Path, tmp_path: Path) -> None:
    """The 10-city consortium (1.2 MB of generated Markdown): built by MkDocs alone and with
    a worker, byte for byte the same site."""
    alone, site_alone = build_model_site(consortium, tmp_path / "alone", workers=1)
    assert alone.returncode == 0, alone.stderr
    both, site_both = build_model_site(consortium, tmp_path / "both", verbose=True, workers=2)
    assert both.returncode == 0, both.stderr
    used = re.search(r"govlint: (\d+) pages were rendered by workers", both.stderr)
    assert used and int(used.group(1)) > 100, both.stderr[-2000:]

    def tree(site: Path) -> dict[str, bytes]:
        return {str(f.relative_to(site)): f.read_bytes() for f in site.rglob("*") if f.is_file()}

    alone_files, both_files = tree(site_alone), tree(site_both)
    assert sum(name.endswith(".html") for name in alone_files) > 150
    assert alone_files.keys() == both_files.keys()
    assert [name for name in alone_files if alone_files[name] != both_files[name]] == []
