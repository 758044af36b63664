"""The whole handbook as one document: the print edition (HTML, and the PDF made from it).

For council papers and signing: every page of the handbook in the navigation's order, as
chapters of one HTML document with a cover (the model's version and the build's date) and a
table of contents; :mod:`govlint.handbook.pdf` lays it out on A4 pages. The chapters are the
pages' own HTML as MkDocs rendered it, so the edition says exactly what the site says. Joining
pages into one document needs two rewrites, done with the standard library's HTML parser
(never with patterns over markup):

- ids get their page's prefix (two pages may both have ``#kokoukset``), and links between
  pages become links within the document (to the chapter, or to the prefixed id);
- links to anything else on the site (the calendar file, the rule reference) are made
  relative to the edition's place at the site's root; in the PDF, which has no site around
  it, they become plain text unless the site's address is known.

Sources need nothing of their own: a page gives them as numbered markers and a list at its
end (:mod:`govlint.handbook.notes`), so each chapter ends with its sources as endnotes, and on
paper an entry says on which page the agreement's sentence is.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Chapter:
    """A page of the handbook in the edition."""

    url: str  # the page's URL on the site, relative to its root ("strategic/steering-group/")
    title: str  # HTML-safe
    html: str  # the page's content as MkDocs rendered it
    level: int  # 1: a top-level page (starts a new sheet); 2: a page under it

    @property
    def anchor(self) -> str:
        return "p-" + (self.url.strip("/").replace("/", "-").replace(".", "-") or "index")


@dataclass(frozen=True)
class EditionText:
    """What the edition says around the pages, in the handbook's language (HTML-safe)."""

    lang: str
    title: str
    subtitle: str  # what this document is
    version: str  # "Mallin versio 1.0.0"
    date: str  # "Koottu 30.11.2026"
    iso_date: str  # 2026-11-30, for the document's metadata
    contents: str  # "Sisällys"
    page_ref: str  # "s.": before the page a cross-reference points to, on paper
    pdf_link: str = ""  # on the HTML edition: a link to the PDF


def _resolve(base: str, target: str) -> str:
    """``target`` (a relative URL on page ``base``) as a path from the site's root."""
    folder = base if base.endswith("/") or not base else posixpath.dirname(base) + "/"
    joined = posixpath.normpath(posixpath.join(folder, target)) if target else folder
    if joined == ".":
        return ""
    if target.endswith("/") and not joined.endswith("/"):
        joined += "/"
    return joined


class _Rewriter(HTMLParser):
    """One page's HTML with ids prefixed and links re-pointed."""

    def __init__(self, chapter: Chapter, anchors: Mapping[str, str], site_url: str | None):
        super().__init__(convert_charrefs=False)
        self.chapter = chapter
        self.anchors = anchors  # page URL -> chapter anchor
        self.site_url = site_url  # None: links off the edition become text (the PDF)
        self.out: list[str] = []
        self._unlinked = 0  # depth of <a> elements written as <span>

    # -- links and ids ----------------------------------------------------------------------
    def _href(self, value: str) -> str | None:
        """The link's new target; None: not a link any more (the PDF, off the edition)."""
        parts = urlsplit(value)
        if parts.scheme or value.startswith("//"):
            return value
        prefix = self.chapter.anchor
        if not parts.path:
            return f"#{prefix}-{parts.fragment}" if parts.fragment else f"#{prefix}"
        path = _resolve(self.chapter.url, parts.path)
        page = path.removesuffix("index.html")
        if page in self.anchors:
            anchor = self.anchors[page]
            return f"#{anchor}-{parts.fragment}" if parts.fragment else f"#{anchor}"
        if self.site_url is None:
            return None
        suffix = f"#{parts.fragment}" if parts.fragment else ""
        return f"{self.site_url}{path}{suffix}"

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        """The tag rewritten, or None to drop it (a link that is no longer one)."""
        out = []
        for name, value in attrs:
            if value is not None and name == "id":
                value = f"{self.chapter.anchor}-{value}"
            elif value is not None and tag == "a" and name == "href":
                value = self._href(value)
                if value is None:
                    return None
            elif value is not None and name == "src" and not urlsplit(value).scheme:
                value = _resolve(self.chapter.url, value)  # from the site's root
            out.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
        return f"<{tag}{''.join(' ' + a for a in out)}>"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        written = self._attrs(tag, attrs)
        if written is None:  # an <a> off the edition: keep its text
            self._unlinked += 1
            written = '<span class="gl-offsite">'
        elif tag == "a" and self._unlinked:
            self._unlinked += 1  # nested links do not occur; count them all the same
        self._emit(written)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        written = self._attrs(tag, attrs) or ""
        self._emit(written[:-1] + " />" if written else "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._unlinked:
            self._unlinked -= 1
            self._emit("</span>")
            return
        self._emit(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self._emit(data)

    def handle_entityref(self, name: str) -> None:
        self._emit(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._emit(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self._emit(f"<!--{data}-->")

    def _emit(self, text: str) -> None:
        self.out.append(text)


def chapter_html(chapter: Chapter, anchors: Mapping[str, str], site_url: str | None) -> str:
    parser = _Rewriter(chapter, anchors, site_url)
    parser.feed(chapter.html)
    parser.close()
    body = "".join(parser.out)
    level = f"gl-chapter gl-level-{chapter.level}"
    return f'<section class="{level}" id="{chapter.anchor}">{body}</section>'


@dataclass
class Edition:
    chapters: Sequence[Chapter]
    text: EditionText
    stylesheet: str  # its URL, relative to the edition
    site_url: str | None = None  # the site's address, for links off the edition in the PDF
    narrow: tuple[str, str] | None = None  # (URL, media query) of the phone's stylesheet
    extra_head: list[str] = field(default_factory=list)

    def document(self, pdf: bool) -> str:
        """The edition as one HTML document; ``pdf``: for the PDF (links off the edition
        become text unless the site's address is known)."""
        text = self.text
        anchors = {c.url: c.anchor for c in self.chapters}
        site_url = self.site_url if pdf else ""
        toc = "".join(
            f'<li class="gl-toc-{c.level}"><a href="#{c.anchor}">{c.title}</a></li>'
            for c in self.chapters
        )
        chapters = "".join(chapter_html(c, anchors, site_url) for c in self.chapters)
        link = "" if pdf or not text.pdf_link else f'<p class="gl-pdf">{text.pdf_link}</p>'
        # on paper, a link in the text says on which page its target is (WeasyPrint; a
        # browser has no target-counter and ignores the rule)
        page = html.unescape(text.page_ref).replace("\\", "\\\\").replace('"', '\\"')
        links = ", ".join(
            f".gl-chapter {where} > a[href^='#']::after" for where in ("p", "li", "li > span")
        )
        cross = (
            f"<style>@media print {{ {links} {{ "
            f'content: " ({page}\\a0" target-counter(attr(href), page) ")"; }} }}</style>'
        )
        meta = [
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{text.title}</title>",
            f'<meta name="dcterms.created" content="{text.iso_date}">',
            f'<meta name="dcterms.modified" content="{text.iso_date}">',
            '<meta name="generator" content="govlint">',
            f'<link rel="stylesheet" href="{html.escape(self.stylesheet)}">',
            *(
                [
                    f'<link rel="stylesheet" href="{html.escape(self.narrow[0])}" '
                    f'media="{html.escape(self.narrow[1])}">'
                ]
                if self.narrow and not pdf
                else []
            ),
            cross,
            *self.extra_head,
        ]
        return (
            f'<!doctype html>\n<html lang="{text.lang}">\n<head>\n'
            + "\n".join(meta)
            + "\n</head>\n<body>\n<main>\n"
            + f'<header class="gl-cover"><p class="gl-cover-title">{text.title}</p>'
            f'<p class="gl-cover-subtitle">{text.subtitle}</p>'
            f'<p class="gl-cover-version">{text.version}</p>'
            f'<p class="gl-cover-date">{text.date}</p>{link}</header>\n'
            f'<nav class="gl-toc" aria-labelledby="gl-toc-title">'
            f'<h2 id="gl-toc-title">{text.contents}</h2><ol>{toc}</ol></nav>\n'
            f"{chapters}\n</main>\n</body>\n</html>\n"
        )
