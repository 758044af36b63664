"""The print edition as PDF, laid out by WeasyPrint.

WeasyPrint is a Python library (with Pango for text) that lays out HTML and CSS for paper:
page numbers and running heads from CSS (``@page`` margin boxes), a table of contents with the
page of each chapter (``target-counter``), PDF bookmarks from the headings, real text that can
be selected and searched, tagged PDF for screen readers, and no browser or network. It reads
the edition from memory: :class:`_SiteFetcher` serves the stylesheet and the diagrams from the
build's own files and refuses everything else, so nothing is fetched from anywhere.

The PDF's dates come from the edition's metadata (the build's moment, never the clock), so the
same commit gives the same file.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from collections.abc import Callable
from typing import Any

log = logging.getLogger("mkdocs.plugins.govlint")

BASE = "file:///edition/"  # where the edition's relative URLs resolve; served from memory


class PdfUnavailable(Exception):
    """WeasyPrint cannot run here (not installed, or its system libraries are missing)."""


def render_pdf(document: str, read: Callable[[str], bytes | None]) -> bytes:
    """``document`` (the edition's HTML, for print) as PDF; ``read(path)`` gives the bytes of
    a file of the site by its path from the root, or None."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango or its kin not found
        raise PdfUnavailable(str(exc).splitlines()[0]) from exc

    class _SiteFetcher(weasyprint.URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not url.startswith(BASE):
                raise ValueError(f"not part of the edition: {url}")
            body = read(url.removeprefix(BASE).split("#")[0].split("?")[0])
            if body is None:
                raise ValueError(f"not in the site: {url}")
            kind = mimetypes.guess_type(url)[0] or "application/octet-stream"
            return weasyprint.urls.URLFetcherResponse(url, body, {"Content-Type": kind})

    html = weasyprint.HTML(
        string=document, base_url=BASE + "index.html", url_fetcher=_SiteFetcher()
    )
    # the file's identifier from its content: unique to the document, the same every build
    identifier = hashlib.sha256(document.encode("utf-8")).hexdigest()[:32].encode("ascii")
    problems = _Problems()
    weasy_log = logging.getLogger("weasyprint")
    weasy_log.addHandler(problems)
    try:
        data: bytes = html.write_pdf(pdf_tags=True, pdf_identifier=identifier)
    finally:
        weasy_log.removeHandler(problems)
    for message in problems.messages:  # MkDocs counts these (--strict); WeasyPrint's own not
        log.warning("govlint: PDF edition: %s", message)
    return data


class _Problems(logging.Handler):
    """What WeasyPrint warns about while it lays the edition out (a stylesheet or an image it
    could not use): the edition would silently lack it."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
