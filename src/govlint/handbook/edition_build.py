"""The print edition in a MkDocs build: the rendered pages in, the edition's files out.

Called by the plugin's ``on_env``, when every page has been rendered and before MkDocs copies
the files: the edition's files were added empty in ``on_files`` (so links to them are checked
like any other) and get their content here.
"""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from govlint.handbook.edition import Chapter, Edition
from govlint.handbook.generate import Handbook
from govlint.handbook.pdf import PdfUnavailable, render_pdf
from govlint.handbook.theme import EDITION_NARROW_CSS, NARROW

log = logging.getLogger("mkdocs.plugins.govlint")


def _chapters(handbook: Handbook, files: Files) -> list[Chapter]:
    """The handbook's pages in reading order, then the project's own pages in the
    navigation (not the generated ones the edition leaves out)."""
    chapters = []
    wanted = [*handbook.book]
    generated = set(handbook.files)
    for doc in files.documentation_pages():
        if doc.src_uri not in generated and doc.inclusion.is_in_nav():
            wanted.append((doc.src_uri, 1))
    for path, level in wanted:
        found = files.get_file_from_path(path)
        page = found.page if found is not None else None
        if page is None or page.content is None:
            continue
        chapters.append(Chapter(page.url, str(page.title or ""), page.content, level))
    return chapters


def make_edition(
    handbook: Handbook, config: MkDocsConfig, files: Files, stylesheet: str, serving: bool
) -> None:
    """Fill in the edition's files: the HTML, and the PDF (not while serving: it takes
    seconds, and a preview does not need it)."""
    assert handbook.cover is not None
    site_url = config.site_url or None
    narrow = (EDITION_NARROW_CSS, NARROW)
    edition = Edition(_chapters(handbook, files), handbook.cover, stylesheet, site_url, narrow)
    html_file = files.get_file_from_path(handbook.edition["html"])
    assert html_file is not None
    html_file.content_string = edition.document(pdf=False)
    pdf_path = handbook.edition.get("pdf")
    if pdf_path is None:
        return
    pdf_file = files.get_file_from_path(pdf_path)
    assert pdf_file is not None
    if serving:
        log.info("govlint: the PDF edition is not made while serving (mkdocs build makes it)")
        files.remove(pdf_file)
        return

    def read(path: str) -> bytes | None:
        found = files.get_file_from_path(path)
        return found.content_bytes if found is not None else None

    try:
        pdf_file.content_bytes = render_pdf(edition.document(pdf=True), read)
    except PdfUnavailable as exc:
        log.warning(
            "govlint: the PDF edition was not made: WeasyPrint cannot run here (%s). Install "
            "govlint[handbook] and Pango (Debian: libpango-1.0-0 libpangoft2-1.0-0 "
            "libharfbuzz-subset0 fonts-dejavu-core), or set "
            "edition_pdf: false",
            exc,
        )
        files.remove(pdf_file)
