"""Where every element's page is, how to name it, link to it and show where a fact comes from.

Every page module works through one :class:`Site`: it knows the model, the page language (its
interface texts, :class:`~govlint.l10n.Ui`), the path of every page, and turns elements into
escaped names and relative links. Paths are decided here only, so a link can never point at a
page that is not generated.

A page is in one language. A model text is shown in the page's language; where the model does
not give it in that language, in the model's main language (else any it has), marked with its
``lang`` so that a screen reader pronounces it right (WCAG 3.1.2): :meth:`Site.md`.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from govlint.findings import Finding
from govlint.handbook.index import ModelIndex
from govlint.handbook.notes import CITED, DERIVED, MISSING, Note, Notes
from govlint.handbook.text import anchor, md, table, xml
from govlint.l10n import Ui
from govlint.model import (
    Agreement,
    Body,
    Commitment,
    Element,
    Goal,
    MatterType,
    Meeting,
    Model,
    Organ,
    Party,
    Position,
    Ref,
    Role,
    Section,
    Sentence,
    Source,
    Text,
    Tier,
    Topic,
)

T = TypeVar("T")

FRONT = "index.md"


def address(path: str) -> str:
    """Where a generated file is served: a page at its directory URL (``osapuolet.md`` and
    ``osapuolet/index.md`` are both ``osapuolet/``), any other file at its own path."""
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if stem == "index":
        return ""
    return stem[: -len("/index")] if stem.endswith("/index") else stem


class PageNames:
    """The names the handbook's files take, none of them twice.

    A page is refused a name whose address another page or file has (a body with id
    ``index`` would be its tier's page; a tier with id ``osapuolet`` the parties page), and
    a file is refused a path that is another file's directory or lies in one (a tier with
    id ``vuosikello.ics``). :meth:`claim` then gives the element the same name with ``--2``,
    ``--3`` ... appended: ids cannot contain ``--`` and the fixed names do not, so no id can
    take the place of a generated page, whatever the model, and every page keeps a stable
    name of its own.
    """

    def __init__(self) -> None:
        self.addresses: set[str] = set()
        self.files: set[str] = set()
        self.dirs: set[str] = set()

    def free(self, path: str) -> bool:
        parents = _parents(path)
        return (
            address(path) not in self.addresses
            and path not in self.files
            and path not in self.dirs
            and not any(parent in self.files for parent in parents)
        )

    def take(self, path: str) -> str:
        if not self.free(path):
            raise ValueError(f"the handbook generates {path} twice")
        self.addresses.add(address(path))
        self.files.add(path)
        self.dirs.update(_parents(path))
        return path

    def claim(self, patterns: Sequence[str], name: str) -> str:
        """The first of ``name``, ``name--2``, ``name--3`` ... for which every path of
        ``patterns`` (``{}`` standing for the name) is free; those paths are taken."""
        n = 1
        while not all(self.free(p.format(_numbered(name, n))) for p in patterns):
            n += 1
        for pattern in patterns:
            self.take(pattern.format(_numbered(name, n)))
        return _numbered(name, n)


def _numbered(name: str, n: int) -> str:
    return name if n == 1 else f"{name}--{n}"


def _parents(path: str) -> list[str]:
    parts = path.split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


@dataclass
class Site:
    """The handbook being written: model, page language, page paths."""

    model: Model
    ui: Ui
    year: int
    index: ModelIndex  # reverse references, built once: pages never scan the whole model
    pages: dict[str, str] = field(default_factory=dict)  # element key -> "path#anchor"
    fixed: dict[str, str] = field(default_factory=dict)  # fixed page -> its file name
    files: dict[str, str] = field(default_factory=dict)  # element key -> its page's file
    routes: dict[str, str] = field(default_factory=dict)  # matter type key -> diagram name
    names: PageNames = field(default_factory=PageNames)
    # paths something else publishes beside the handbook (another language's pages below
    # its prefix, the schemas): no element's page may take them
    reserved: tuple[str, ...] = ()
    notes: Notes = field(default_factory=Notes)  # the sources that pages mark
    open_points: dict[str, list[Finding]] = field(default_factory=dict)  # element key -> open

    @classmethod
    def of(
        cls, model: Model, year: int, lang: str | None = None, reserved: Iterable[str] = ()
    ) -> Site:
        """The site of ``model`` in ``lang`` (default: the model's main language); no page
        takes a path of ``reserved``."""
        ui = Ui(lang or model.lang)
        site = cls(
            model=model, ui=ui, year=year, index=ModelIndex.of(model), reserved=tuple(reserved)
        )
        site._place()
        return site

    @property
    def lang(self) -> str:
        """The page language."""
        return self.ui.lang

    # -- paths -----------------------------------------------------------------------------
    def _names(self) -> dict[str, str]:
        """File names of the fixed pages, in the page language (they are part of the URLs)."""
        return {
            "parties": self.ui.pgettext("file name", "parties"),
            "roles": self.ui.pgettext("file name", "roles"),
            "matters": self.ui.pgettext("file name", "matters"),
            "bodies": self.ui.pgettext("file name", "bodies"),
            "cycle": self.ui.pgettext("file name", "annual-cycle"),
            "matrix": self.ui.pgettext("file name", "responsibilities"),
            "questions": self.ui.pgettext("file name", "open-questions"),
            "rules": "govlint",  # the maintainers' rule reference: one name in every language
            "glossary": self.ui.pgettext("file name", "glossary"),
            "history": self.ui.pgettext("file name", "version-history"),
            "images": self.ui.pgettext("file name", "images"),
            "structure": self.ui.pgettext("file name", "structure"),
            "route": self.ui.pgettext("file name", "route"),
            "agreement": self.ui.pgettext("file name", "agreement"),
            "narrow": self.ui.pgettext("file name", "narrow"),
            "edition": self.ui.pgettext("file name", "handbook"),
            "accessibility": self.ui.pgettext("file name", "accessibility"),
        }

    def path(self, page: str, ext: str = "md") -> str:
        """The path of a fixed page: ``path("parties")`` -> ``osapuolet.md``."""
        return f"{self.fixed[page]}.{ext}"

    @property
    def loose_index(self) -> str:
        """The page listing the bodies whose tier does not resolve."""
        return f"{self.fixed['bodies']}/index.md"

    @property
    def matters_index(self) -> str:
        return f"{self.fixed['matters']}/index.md"

    def image(self, name: str, narrow: bool = False) -> str:
        """A diagram's file; ``narrow``: its drawing for phones."""
        suffix = f"-{self.fixed['narrow']}" if narrow else ""
        return f"{self.fixed['images']}/{name}{suffix}.svg"

    def route_image(self, mt: MatterType) -> str:
        return self.image(self.route_name(mt))

    def route_name(self, mt: MatterType) -> str:
        """The name of a matter type's route diagram (see :meth:`image`)."""
        return self.routes[mt.key]

    def tier_path(self, tier: Tier) -> str:
        return self.files[tier.key]

    def body_path(self, body: Body) -> str:
        return self.files[body.key]

    def matter_path(self, mt: MatterType) -> str:
        return self.files[mt.key]

    @property
    def agreement_page(self) -> str | None:
        """The page with the agreement's text, when the model holds it."""
        agreement = self.model.agreement
        if agreement is None or agreement.text is None:
            return None
        return self.path("agreement")

    @staticmethod
    def sentence_anchor(sentence: Sentence) -> str:
        """``section-id--n``: "--" is in no section id (nor in a heading's generated id), so
        a sentence's anchor never meets a section's."""
        return f"{anchor(sentence.section.id)}--{sentence.number}"

    def _place(self) -> None:
        """Decide every file's name: what is reserved and every fixed name first (a page, its
        diagrams in both widths, the calendar, the print edition), then the elements' in
        model order (:class:`PageNames`: no page can take another's place)."""
        self.fixed = fixed = self._names()
        model, names = self.model, self.names
        for path in (*self.reserved, FRONT, self.matters_index, self.loose_index):
            names.take(path)
        # every fixed name as a page too (a new fixed page is covered without a word), unless
        # it names a folder whose index page holds its address already
        taken = {self.path(name) for name in fixed}
        taken |= {self.path("cycle", "ics"), *(self.path("edition", e) for e in ("html", "pdf"))}
        for image in (fixed["structure"], fixed["cycle"]):
            taken |= {self.image(image), self.image(image, narrow=True)}
        for path in sorted(taken):
            if names.free(path):
                names.take(path)
        for tier in model.tiers:
            folder = names.claim(["{}/index.md"], tier.id)
            self.files[tier.key] = f"{folder}/index.md"
        for body in model.bodies:
            tier_page = self.files[body.tier.key] if body.tier is not None else self.loose_index
            folder = tier_page.rpartition("/")[0]
            self.files[body.key] = f"{folder}/{names.claim([f'{folder}/{{}}.md'], body.id)}.md"
        images, narrow = fixed["images"], fixed["narrow"]
        for mt in model.matter_types:
            name = names.claim([f"{fixed['matters']}/{{}}.md"], mt.id)
            self.files[mt.key] = f"{fixed['matters']}/{name}.md"
            diagrams = [f"{images}/{{}}.svg", f"{images}/{{}}-{narrow}.svg"]
            self.routes[mt.key] = names.claim(diagrams, f"{fixed['route']}-{mt.id}")
        self.pages.update(self.files)
        for body in model.bodies:
            if body.cadence is not None:
                for meeting in body.cadence.meetings:
                    where = f"{self.body_path(body)}#{self.meeting_anchor(meeting)}"
                    self.pages[meeting.key] = where
        roles = self.path("roles")
        for role in model.roles:
            self.pages[role.key] = f"{roles}#{anchor(role.id)}"
        agreement = model.agreement
        if agreement is not None:
            self.pages[agreement.key] = FRONT  # its title, purpose, goals and commitments
            for element in (*model.goals, *model.commitments):
                self.pages[element.key] = FRONT
            questions = self.path("questions")
            for q in agreement.open_questions:
                self.pages[q.key] = questions
            text_page = self.agreement_page
            if text_page is not None:
                for section in agreement.sections.values():
                    self.pages[section.key] = f"{text_page}#{anchor(section.id)}"
        parties = self.path("parties")
        for party in model.parties:
            self.pages[party.key] = f"{parties}#{anchor(party.id)}"
            for organ in party.organs:
                self.pages[organ.key] = f"{parties}#{anchor(organ.id)}"
            for pos in party.positions:
                self.pages[pos.key] = f"{parties}#{anchor(pos.id)}"

    @staticmethod
    def meeting_anchor(meeting: Meeting) -> str:
        return anchor(f"{meeting.body_id}-{meeting.id}")

    def href(self, frm: str, target: str) -> str:
        """``target`` ("dir/page.md#a") relative to the page ``frm``.

        Called for every link (hundreds of thousands at scale), so it is string work only:
        the directory part is looked up in a small cache (there are a handful of
        directories), not computed by ``posixpath.relpath`` (which asks the OS for the
        working directory twice per call).
        """
        path, _, frag = target.partition("#")
        if path == frm:
            rel = ""
        else:
            folder, _, name = path.rpartition("/")
            rel = _relative_dir(folder, frm.rpartition("/")[0]) + name
        return f"{rel}#{frag}" if frag else rel

    # -- names and model texts -------------------------------------------------------------
    def text_of(self, element: object, plural: bool = False) -> Text | None:
        if isinstance(element, Position):
            return element.plural if plural and element.plural else element.title
        if isinstance(element, Body | Role | MatterType | Tier | Party | Organ | Meeting | Topic):
            return element.name
        if isinstance(element, Section):
            return element.heading
        if isinstance(element, Agreement):
            return element.title
        if isinstance(element, Goal | Commitment):
            return element.text
        return None

    def pick(self, text: Text | None) -> tuple[str, str]:
        """(text, its language): in the page language, else the model's main language."""
        if not text:
            return "", self.lang
        return text.pick(self.lang, self.model.lang)

    def text(self, text: Text | None) -> str:
        """A model text as plain text, in the page language if the model gives it."""
        return self.pick(text)[0]

    def md(self, text: Text | None) -> str:
        """A model text as Markdown; marked with its language when that is not the page's."""
        value, lang = self.pick(text)
        return self.mark(md(value), lang)

    def mark(self, markdown: str, lang: str) -> str:
        """``markdown`` (already escaped) in ``lang``: wrapped in a span with its ``lang``
        when that is not the page language."""
        if lang == self.lang or not markdown:
            return markdown
        return f'<span lang="{xml(lang)}">{markdown}</span>'

    def main_md(self, text: str | None) -> str:
        """A plain model string written in the main language (a quote from the agreement, a
        reason why a fact is derived) as Markdown, marked on pages in other languages."""
        return self.mark(md(text), self.model.lang)

    def name(self, element: object, plural: bool = False) -> str:
        """The element's name as plain text (titles, diagrams); its id when it has none."""
        text = self.text_of(element, plural)
        if text:
            return self.text(text)
        return getattr(element, "id", "?")

    def name_md(self, element: object, plural: bool = False) -> str:
        """The element's name as Markdown, marked with its language when not the page's."""
        text = self.text_of(element, plural)
        if text:
            return self.md(text)
        return md(getattr(element, "id", "?"))

    def link(self, frm: str, element: Element | None, plural: bool = False) -> str:
        """A Markdown link to the element's page, or its escaped name when it has none."""
        if element is None:
            return "?"
        text = self.name_md(element, plural)
        target = self.pages.get(element.key)
        if target is None:
            return text
        return f"[{text}]({self.href(frm, target)})"

    def page_link(self, frm: str, path: str, name: str) -> str:
        """A Markdown link named ``name`` (plain text) to the page ``path`` ("a.md#x")."""
        return f"[{md(name)}]({self.href(frm, path)})"

    def capped(
        self, frm: str, items: Sequence[T], show: Callable[[T], str], limit: int, more: str
    ) -> list[str]:
        """The first ``limit`` of ``items`` as ``show`` writes them, then an item "ja 12 muuta"
        linking to the page ``more``, where all of them are (a page of a large model names a
        few of them, not thousands; only those are written). For a list of lines."""
        shown = [show(item) for item in items[:limit]]
        rest = len(items) - limit
        if rest > 0:
            label = self.ui.ngettext("and {n} more", "and {n} more", rest)
            shown.append(self.page_link(frm, more, label))
        return shown

    def listed(
        self,
        frm: str,
        items: Sequence[T],
        show: Callable[[T], str],
        limit: int,
        more: str | None,
    ) -> str:
        """:meth:`capped` as one phrase, "A, B ja 12 muuta" (the language's list puts in the
        "ja"); the count is plain text when ``more`` is None: no one page lists them all."""
        shown = [show(item) for item in items[:limit]]
        rest = len(items) - limit
        if rest > 0:
            label = self.ui.ngettext("{n} more", "{n} more", rest)
            shown.append(md(label) if more is None else self.page_link(frm, more, label))
        return self.ui.join(shown)

    def tier_members(self, tier: Tier) -> list[Element]:
        """The bodies and roles that work at ``tier``, bodies first."""
        return [*self.index.bodies_of_tier.get(tier, ()), *self.model.roles_of_tier(tier)]

    def links(self, frm: str, elements: Iterable[Element | None], plural: bool = False) -> str:
        """Links joined as the language lists things: "A, B ja C"."""
        return self.ui.join(self.link(frm, el, plural) for el in elements)

    def ref(self, frm: str, ref: Ref | None) -> str:
        if ref is None:
            return md(self.ui._("not agreed"))
        if ref.target is None:
            return md(ref.id)
        return self.link(frm, ref.target)

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
        """A Markdown table with the (plain text) ``headers``."""
        return table([md(h) for h in headers], rows)

    def fmt(self, template: str, **values: str) -> str:
        """A translated sentence as Markdown: its own words escaped, the ``{name}`` fields
        filled with ``values`` (Markdown)."""
        marks = {name: f"\ue000{i}\ue001" for i, name in enumerate(values)}
        text = md(template.format(**marks))
        for name, mark in marks.items():
            text = text.replace(mark, values[name])
        return text

    def text_from(self, value: object) -> Text | None:
        """A raw YAML text mapping (``{fi: ..., en: ...}``) as a Text."""
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            return Text({str(k): v for k, v in value.items()})
        return None

    # -- provenance ------------------------------------------------------------------------
    def section_title(self, section: Section) -> str:
        """A section's heading as Markdown, after its parent's: "Rakenne › Tuki"."""
        parent = (
            self.model.agreement.sections.get(section.parent_id or "")
            if self.model.agreement
            else None
        )
        own = self.md(section.heading)
        return f"{self.md(parent.heading)} › {own}" if parent else own

    def source_target(self, source: Source | None) -> str | None:
        """Where a cited source lands on the agreement page: the first sentence its quote lies
        in (highlighted there when followed), else its section; None without that page."""
        page = self.agreement_page
        if page is None or source is None or source.section is None:
            return None
        if source.sentences:
            return f"{page}#{self.sentence_anchor(source.sentences[0])}"
        return f"{page}#{anchor(source.section.id)}"

    def src(self, source: Source | None, quote: bool = True) -> str:
        """A small numbered marker for where a fact comes from (Markdown with inline HTML),
        numbered and listed under "Lähteet" when its page is finished (:meth:`finish`).

        The list says what the agreement says: its section, linked to the sentence on the
        agreement page, and the quoted words (``quote``: unless the fact shows them already);
        or, for what the model infers, the reason."""
        return self.notes.marker(self._note(source, quote))

    def _note(self, source: Source | None, quote: bool) -> Note:
        if source is None:
            return Note(MISSING, md(self.ui._("No source")))
        if source.is_derived:
            label = md(self.ui._("Derived"))
            return Note(DERIVED, f"{label}: {self.main_md(source.derived)}")
        where = (
            self.section_title(source.section) if source.section else md(source.section_id or "?")
        )
        said = ""
        if quote and source.quote:
            said = ": " + self.main_md(self.ui._("“{quote}”", quote=source.quote))
        elif source.sentences:  # the fact shows the words: say which sentence they are
            number = str(source.sentences[0].number)
            where = self.fmt(
                self.ui._("{section}, sentence {number}"), section=where, number=number
            )
        target = self.source_target(source)
        return Note(CITED, where, target, said)

    def finish(self, frm: str, page: str) -> str:
        """The page ``frm`` with its source markers numbered and its "Lähteet" list at the
        end (unchanged if it has none)."""
        heading = md(self.ui._("Sources"))
        name = self.ui.pgettext("anchor", "sources")
        return self.notes.finish(page, name, heading, lambda target: self.href(frm, target))


@lru_cache(maxsize=1024)
def _relative_dir(folder: str, start: str) -> str:
    """The prefix that leads from directory ``start`` to directory ``folder`` ("" or ending
    in "/"); both relative to the docs directory, "" being the docs directory itself."""
    if folder == start:
        return ""
    rel = posixpath.relpath(folder or ".", start or ".")
    return "" if rel == "." else rel + "/"
