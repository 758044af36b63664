"""Rendering the generated pages' Markdown in worker processes, for the MkDocs plugin.

MkDocs converts pages one at a time, in one process; at 300 cities Python-Markdown is most of
the build (``benchmarks/README.md``). When the generated Markdown is large and more than one
CPU is usable, the plugin forks worker processes once the navigation is built (``on_nav``,
last). MkDocs then builds as always, taking the generated pages from the first; the workers
take them from the last, each page claimed on a shared board (:class:`_Board`) by whichever
process gets to it first, so the work divides itself however fast each process runs. A worker
renders a page with MkDocs' own ``Page.render`` and writes what rendering set on it (content,
table of contents, anchors, links to check) to its file, with the page's search entries
(``searchfold.PageEntries``: Material parses each page's HTML for them, which would otherwise
be done by the build alone after all pages are rendered); it stops where the pages the build
has claimed begin. The build makes the search entries of the pages it renders itself as it
renders them, so that this work, too, is shared. When the build reaches a page a worker
claimed, :class:`GeneratedPage` takes the worker's result instead of rendering it again, if
and only if

- the page's Markdown is the Markdown the worker rendered (a plugin's ``on_page_markdown``
  may have changed it),
- rendering it in the worker logged nothing (a warning must be logged, and counted for
  ``--strict``, in the build itself), and
- the result could be carried over: references to MkDocs' files, pages and configuration go
  by path and become the build's own objects again.

Any other page, and every page of a worker that failed, is rendered by MkDocs in the build
process, as if there were no workers: the site is the same either way
(``tests/test_handbook_parallel.py`` compares them byte for byte). The build waits for a worker
with a bound: a worker that is stopped (SIGSTOP) is ended at once, one that delivers nothing
for a minute when that is up, and its pages are rendered by the build.

Workers are used only where that is safe: with ``fork`` (Linux and other POSIX systems, not
macOS), in a process with no other thread (not ``mkdocs serve``'s rebuilds, whose server is a
thread), with the MkDocs version this was verified against, and with Markdown extensions known
to keep nothing between pages (Python-Markdown's own, ``pymdownx`` and Material's, given by
name: an extension object, such as one a plugin adds to collect anchors across pages, or an
unknown extension may keep state that a worker's copy would lose). A worker exits when the
build's process does; what it prints is not shown (what it logs makes the build render the page
itself).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import logging
import math
import mmap
import multiprocessing
import os
import pickle
import signal
import struct
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from typing import IO, Any

import mkdocs
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from govlint.handbook.searchfold import PageEntries

log = logging.getLogger("mkdocs.plugins.govlint")

# Below this much generated Markdown (about a second of Python-Markdown) starting a worker is
# not worth it: the repository's own handbook (~0.2 MB) is rendered serially.
MIN_PARALLEL_CHARS = 1_000_000

_HEADER = struct.Struct("<III")  # lengths of: page path, digest of its Markdown, state


# Markdown extensions that keep their state in the page's own Markdown instance (MkDocs makes
# one per page), so a worker's copy renders a page as the build would: Python-Markdown's own,
# by short or full name, and the families of pymdown-extensions and Material.
KNOWN_EXTENSIONS = frozenset(
    {
        "abbr",
        "admonition",
        "attr_list",
        "codehilite",
        "def_list",
        "extra",
        "fenced_code",
        "footnotes",
        "legacy_attrs",
        "legacy_em",
        "md_in_html",
        "meta",
        "nl2br",
        "sane_lists",
        "smarty",
        "tables",
        "toc",
        "wikilinks",
    }
)
KNOWN_EXTENSION_PACKAGES = (
    "markdown.extensions.",
    "pymdownx.",
    "material.extensions.",
    "govlint.handbook.",  # the plugin's own (mdtables): stateless by design
)

# Page.render's effects are taken from the page's attributes; verified against MkDocs 1.6.
VERIFIED_MKDOCS = "1.6."


def usable_cpus() -> int:
    """The CPUs this process may use: its affinity, and a cgroup v2 CPU quota (a container
    limited to 2 CPUs on a 64-CPU host) where there is one."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    try:
        with open("/sys/fs/cgroup/cpu.max", encoding="ascii") as limits:
            quota, period = limits.read().split()[:2]
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return cpus


def parallel_obstacle(config: MkDocsConfig) -> str | None:
    """Why pages cannot be rendered in worker processes in this build, or None."""
    if not hasattr(os, "fork") or sys.platform == "darwin":
        return "the platform has no safe fork"
    if threading.active_count() > 1:
        return "other threads are running (mkdocs serve)"
    if not mkdocs.__version__.startswith(VERIFIED_MKDOCS):
        return f"MkDocs {mkdocs.__version__} is not the version this was verified with"
    for extension in config.markdown_extensions:
        if not isinstance(extension, str):
            return f"the Markdown extension object {type(extension).__name__} may keep state"
        known = extension in KNOWN_EXTENSIONS or extension.startswith(KNOWN_EXTENSION_PACKAGES)
        if not known:
            return f"the Markdown extension {extension} is not known to keep no state"
    return None


def _digest(markdown: str | None) -> bytes:
    data = (markdown or "").encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


class GeneratedPage(Page):
    """MkDocs' page, except that its rendering may already have been done by a worker of
    :class:`ParallelRenderer`. The renderer gives MkDocs' own pages this class while it runs
    (adding nothing to them but ``renderer``) and gives them back their class when it closes,
    so MkDocs creates every page itself, as always."""

    renderer: ParallelRenderer | None = None

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.renderer is None or not self.renderer.apply(self, files, config):
            super().render(config, files)
            if self.renderer is not None:
                self.renderer.make_entries(self)


class _Pickler(pickle.Pickler):
    """Pickles a page's rendered state; MkDocs' files, pages and configuration by reference."""

    def __init__(self, out: io.BytesIO, config: MkDocsConfig) -> None:
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self.config = config

    def persistent_id(self, obj: Any) -> tuple[str, str] | None:
        if isinstance(obj, File):
            return ("file", obj.src_uri)
        if isinstance(obj, Page):
            return ("page", obj.file.src_uri)
        if obj is self.config:
            return ("config", "")
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: memoryview, files: Files, config: MkDocsConfig) -> None:
        super().__init__(io.BytesIO(data))
        self.files = files
        self.config = config

    def persistent_load(self, pid: Any) -> Any:
        kind, uri = pid
        if kind == "config":
            return self.config
        file = self.files.get_file_from_path(uri)
        target = file if kind == "file" else getattr(file, "page", None)
        if target is None:
            raise pickle.UnpicklingError(f"{kind} {uri} is not in this build")
        return target


class _Capture(logging.Handler):
    """Counts what is logged in a worker (which prints nothing)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _silence_and_capture() -> _Capture:
    """In a worker: no logger prints; every record that would have been handled is counted."""
    capture = _Capture()
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        if isinstance(logger, logging.Logger):
            logger.handlers = []
            logger.propagate = True
    logging.getLogger().addHandler(capture)
    logging.captureWarnings(True)
    return capture


_MISSING = object()


def _render_claimed(
    number: int,
    board: _Board,
    pages: list[GeneratedPage],
    config: MkDocsConfig,
    files: Files,
    out: IO[bytes],
    build_pid: int,
    search: PageEntries | None,
) -> None:
    """In worker ``number``: render the pages it claims from the end, each page's rendered
    state (and its search entries) written to ``out``, until it meets the pages the build has
    claimed (or the build's process is gone)."""
    capture = _silence_and_capture()
    while os.getppid() == build_pid and (index := board.claim_last(number)) is not None:
        page = pages[index]
        config._current_page = page  # as MkDocs sets it (extension options tagged !relative)
        try:
            page.read_source(config)
            markdown = page.markdown
            before = dict(vars(page))
            capture.count = 0
            Page.render(page, config, files)
            if capture.count:
                continue  # rendered again in the build, where its messages count
            entries = None  # none: the build makes them when it reaches the page
            if search is not None:
                with contextlib.suppress(Exception):
                    entries = search.make(page)
                if capture.count:
                    entries = None
            state = {
                key: value
                for key, value in vars(page).items()
                if before.get(key, _MISSING) is not value
            }
            buffer = io.BytesIO()
            _Pickler(buffer, config).dump((state, entries))
        except Exception:  # the build renders the page again, and reports what fails
            continue
        finally:
            config._current_page = None
        uri = page.file.src_uri.encode("utf-8", "surrogatepass")
        digest = _digest(markdown)
        blob = buffer.getbuffer()
        out.write(_HEADER.pack(len(uri), len(digest), len(blob)))
        out.write(uri)
        out.write(digest)
        out.write(blob)


def _read_results(file: IO[bytes]) -> dict[str, tuple[bytes, memoryview]]:
    """The complete records of a worker's file: page path -> (digest, pickled state), the
    states as views into the file's bytes (read once, not copied again)."""
    try:
        file.seek(0)
        data = file.read()
    except (OSError, ValueError):
        return {}
    results: dict[str, tuple[bytes, memoryview]] = {}
    view = memoryview(data)
    at = 0
    while at + _HEADER.size <= len(data):
        n_uri, n_digest, n_blob = _HEADER.unpack_from(data, at)
        start = at + _HEADER.size
        end = start + n_uri + n_digest + n_blob
        if end > len(data):
            break  # a worker that died while writing: its last record is incomplete
        uri = bytes(view[start : start + n_uri]).decode("utf-8", "surrogatepass")
        digest = bytes(view[start + n_uri : start + n_uri + n_digest])
        results[uri] = (digest, view[start + n_uri + n_digest : end])
        at = end
    return results


@dataclass
class _Worker:
    pid: int
    file: IO[bytes]  # unlinked: nothing is left behind, however the build ends
    results: dict[str, tuple[bytes, memoryview]] | None = None


class _Board:
    """Who renders which page: memory shared by the build and its workers (inherited through
    fork), one byte per page (0: nobody yet, 255: the build, n: worker n) and the lowest page
    a worker has claimed, changed under one lock. The build claims pages in its order, the
    workers from the end; a page is claimed once.

    The lock is held for microseconds. A process killed while holding it (SIGKILL, the OOM
    killer) would leave it held: after ``TIMEOUT`` seconds the board is given up, the build
    renders every page it reaches itself and the workers stop."""

    BUILD = 255
    TIMEOUT = 10.0

    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.lock = multiprocessing.get_context("fork").Lock()
        self.memory = mmap.mmap(-1, 8 + max(pages, 1))
        self.broken = False
        struct.pack_into("<q", self.memory, 0, pages)

    def owner(self, index: int) -> int:
        return self.memory[8 + index]

    def claim(self, index: int) -> int:
        """For the build: claim page ``index``; 0 if it is now the build's, else the number
        of the worker that claimed it first."""
        if self.broken or not self.lock.acquire(timeout=self.TIMEOUT):
            self.broken = True
            return 0
        try:
            owner = self.memory[8 + index]
            if owner == 0:
                self.memory[8 + index] = self.BUILD
            return owner
        finally:
            self.lock.release()

    def claim_last(self, worker: int) -> int | None:
        """For a worker: the last page nobody has claimed, now the worker's; None when the
        next one down is claimed (the build has reached it: everything below is the
        build's)."""
        if not self.lock.acquire(timeout=self.TIMEOUT):
            return None
        try:
            (lowest,) = struct.unpack_from("<q", self.memory, 0)
            index = lowest - 1
            if index < 0 or self.memory[8 + index] != 0:
                return None
            self.memory[8 + index] = worker
            struct.pack_into("<q", self.memory, 0, index)
            return index
        finally:
            self.lock.release()

    def close(self) -> None:
        self.memory.close()


def _kill(pid: int) -> int:
    """End a worker (it holds nothing that needs cleaning up: its file is unlinked) and reap
    it; its exit status."""
    try:
        os.kill(pid, signal.SIGKILL)
        return os.waitpid(pid, 0)[1]
    except (ProcessLookupError, ChildProcessError):
        return 0


def _why_stopped(status: int) -> str:
    if status and os.WIFSTOPPED(status):
        return f"was stopped (signal {os.WSTOPSIG(status)})"
    return f"delivered nothing for {ParallelRenderer.WAIT:.0f} s"


class ParallelRenderer:
    """Worker processes rendering generated pages during one build."""

    def __init__(self, pages: list[Page], search: PageEntries | None = None) -> None:
        # MkDocs' own pages take the class that can use a worker's result, for this build
        self.pages: list[GeneratedPage] = []
        for page in pages:
            page.__class__ = GeneratedPage
            assert isinstance(page, GeneratedPage)
            page.renderer = self
            self.pages.append(page)
        self.index = {page.file.src_uri: i for i, page in enumerate(self.pages)}
        self.board = _Board(len(self.pages))
        self.workers: list[_Worker] = []
        self.used = 0
        self.search = search  # the pages' search entries are made where they are rendered

    @classmethod
    def start(
        cls,
        pages: list[Page],
        config: MkDocsConfig,
        files: Files,
        workers: int,
        asked: bool = False,
        search: PageEntries | None = None,
    ) -> ParallelRenderer | None:
        """Fork ``workers - 1`` workers (the build itself is one) for ``pages`` (MkDocs'
        ``Page`` objects, in the order MkDocs will render them); None when that would not pay
        or is not safe (said at INFO level when the project ``asked`` for workers). With
        ``search``, each page's search entries are made right after it is rendered, in the
        worker or the build that renders it."""
        pages = [page for page in pages if type(page) is Page]  # not another plugin's kind
        parts = min(workers, _Board.BUILD)
        size = sum(len(page.file.content_string) for page in pages)
        if parts < 2 or size < MIN_PARALLEL_CHARS:
            return None
        obstacle = parallel_obstacle(config)
        if obstacle is not None:
            log.log(
                logging.INFO if asked else logging.DEBUG,
                "govlint: rendering pages in this process only: %s",
                obstacle,
            )
            return None
        renderer = cls(pages, search)
        sys.stdout.flush()
        sys.stderr.flush()
        for number in range(1, parts):
            try:
                renderer._fork(number, config, files)
            except OSError as exc:  # no memory or processes left: go on with fewer
                log.info("govlint: could not start a rendering worker: %s", exc)
                break
        if not renderer.workers:
            renderer.close()
            return None
        log.debug("govlint: %d worker processes render pages besides this one", parts - 1)
        return renderer

    def _fork(self, number: int, config: MkDocsConfig, files: Files) -> None:
        file = tempfile.TemporaryFile(prefix="govlint-render-")  # noqa: SIM115 (closed in _collect)
        build_pid = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            file.close()
            raise
        if pid == 0:  # the worker: never returns into MkDocs
            code = 1
            try:
                gc.freeze()  # the inherited heap is not the worker's to collect (or copy)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
                with os.fdopen(os.dup(file.fileno()), "wb") as out:
                    _render_claimed(
                        number, self.board, self.pages, config, files, out, build_pid, self.search
                    )
                code = 0
            finally:
                os._exit(code)
        self.workers.append(_Worker(pid, file))

    def _collect(self, worker: _Worker) -> dict[str, tuple[bytes, memoryview]]:
        """The worker's results, once it has ended (it stops at the first page the build
        claimed, so the build waits at most for the page it is rendering, and never longer
        than :meth:`_wait` allows)."""
        if worker.results is None:
            status = self._wait(worker)
            worker.results = _read_results(worker.file)
            worker.file.close()
            if status:
                log.info(
                    "govlint: a rendering worker ended with status %d; the build renders "
                    "the pages it did not finish",
                    status,
                )
        return worker.results

    # A worker that delivers nothing for this long while the build waits for it is given up.
    # It only ever has one page left to finish by then (a page takes well under a second).
    WAIT = 60.0

    def _wait(self, worker: _Worker) -> int:
        """Wait for ``worker`` to end, with a bound: a worker that is stopped (SIGSTOP,
        a debugger) is killed at once, one that writes no result for :attr:`WAIT` seconds
        when that time is up. What it delivered until then is used; the build renders the
        rest itself. ``os.waitpid`` alone waited for a stopped worker for ever."""
        pause, size = 0.001, -1
        deadline = time.monotonic() + self.WAIT
        while True:
            pid, status = os.waitpid(worker.pid, os.WNOHANG | os.WUNTRACED)
            if pid and not os.WIFSTOPPED(status):
                return status
            written = os.fstat(worker.file.fileno()).st_size
            if written != size:  # progress: wait on
                size, deadline = written, time.monotonic() + self.WAIT
            if pid or time.monotonic() > deadline:
                log.info("govlint: a rendering worker %s: it is ended", _why_stopped(status))
                return _kill(worker.pid)
            time.sleep(pause)
            pause = min(pause * 2, 0.05)

    def apply(self, page: Page, files: Files, config: MkDocsConfig) -> bool:
        """Give ``page`` what a worker rendered for it; False if the build must render it
        (it is the build's page, or the worker's result cannot be used)."""
        index = self.index.pop(page.file.src_uri, None)
        if index is None:
            return False
        owner = self.board.claim(index)
        if owner == 0 or owner > len(self.workers):
            return False
        entry = self._collect(self.workers[owner - 1]).pop(page.file.src_uri, None)
        if entry is None or entry[0] != _digest(page.markdown):
            return False
        try:
            state, entries = _Unpickler(entry[1], files, config).load()
        except Exception:  # rendered again in the build instead
            return False
        vars(page).update(state)
        if self.search is not None and entries is not None:
            self.search.keep(page, entries)
        self.used += 1
        return True

    def make_entries(self, page: Page) -> None:
        """Make the search entries of ``page``, just rendered by the build, now: while the
        workers render, not after them. If that fails, the search plugin makes them itself
        when the build reaches the page, and reports what fails."""
        if self.search is not None:
            with contextlib.suppress(Exception):
                self.search.keep(page, self.search.make(page))

    def close(self) -> None:
        """Stop any worker still running and give the pages back their class (the build is
        over, or failed: what a worker has not delivered is no longer needed)."""
        for worker in self.workers:
            if worker.results is None:
                _kill(worker.pid)  # SIGKILL: a stopped worker would keep a SIGTERM pending
                worker.results = {}
                worker.file.close()
        for page in self.pages:
            vars(page).pop("renderer", None)
            page.__class__ = Page  # type: ignore[assignment]  # back to MkDocs' own class
        self.index.clear()
        self.board.close()
