"""Where every element's page is, how to name it, link to it and show where a fact comes from.

Every page module works through one :class:`Site`: it knows the model, the reader's language,
the path of every page, and turns elements into escaped names and relative links. Paths are
decided here only, so a link can never point at a page that is not generated.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from govlint.handbook.i18n import Ui
from govlint.handbook.index import ModelIndex
from govlint.handbook.text import anchor, md, table
from govlint.model import (
    Body,
    Element,
    MatterType,
    Meeting,
    Model,
    Organ,
    Party,
    Position,
    Ref,
    Role,
    Section,
    Source,
    Text,
    Tier,
    Topic,
)

FRONT = "index.md"


@dataclass
class Site:
    """The handbook being written: model, language, page paths."""

    model: Model
    ui: Ui
    year: int
    index: ModelIndex  # reverse references, built once: pages never scan the whole model
    pages: dict[str, str] = field(default_factory=dict)  # element key -> "path#anchor"

    @classmethod
    def of(cls, model: Model, year: int) -> Site:
        site = cls(model=model, ui=Ui(model.lang), year=year, index=ModelIndex.of(model))
        site._place()
        return site

    # -- paths -----------------------------------------------------------------------------
    def path(self, page: str, ext: str = "md") -> str:
        """The path of a fixed page: ``path("parties")`` -> ``osapuolet.md``."""
        return f"{self.ui.t('path.' + page)}.{ext}"

    @property
    def loose_index(self) -> str:
        """The page listing the bodies whose tier does not resolve."""
        return f"{self.ui.t('path.bodies')}/index.md"

    @property
    def matters_index(self) -> str:
        return f"{self.ui.t('path.matters')}/index.md"

    def image(self, name: str) -> str:
        return f"{self.ui.t('path.images')}/{name}.svg"

    def tier_path(self, tier: Tier) -> str:
        return f"{tier.id}/index.md"

    def body_path(self, body: Body) -> str:
        folder = body.tier.id if body.tier is not None else self.ui.t("path.bodies")
        return f"{folder}/{body.id}.md"

    def matter_path(self, mt: MatterType) -> str:
        return f"{self.ui.t('path.matters')}/{mt.id}.md"

    def _place(self) -> None:
        model = self.model
        for tier in model.tiers:
            self.pages[tier.key] = self.tier_path(tier)
        for body in model.bodies:
            self.pages[body.key] = self.body_path(body)
            if body.cadence is not None:
                for meeting in body.cadence.meetings:
                    where = f"{self.body_path(body)}#{self.meeting_anchor(meeting)}"
                    self.pages[meeting.key] = where
        for mt in model.matter_types:
            self.pages[mt.key] = self.matter_path(mt)
        roles = self.path("roles")
        for role in model.roles:
            self.pages[role.key] = f"{roles}#{anchor(role.id)}"
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

    # -- names -----------------------------------------------------------------------------
    def text_of(self, element: object) -> Text | None:
        if isinstance(element, Body | Role | MatterType | Tier | Party | Organ | Meeting | Topic):
            return element.name
        if isinstance(element, Position):
            return element.title
        return None

    def name(self, element: object, plural: bool = False) -> str:
        """The element's name in the model's language (plain text, not escaped)."""
        if isinstance(element, Position) and plural and element.plural:
            return self.model.text(element.plural)
        if isinstance(element, Section):
            return element.heading
        text = self.text_of(element)
        if text:
            return self.model.text(text)
        return getattr(element, "id", "?")

    def alongside(self, text: Text | None) -> str | None:
        """The English text shown alongside, when the model is not in English."""
        if text is None or self.model.lang == "en":
            return None
        en = text.values.get("en")
        return en if en and en != text.get(self.model.lang) else None

    def en_md(self, text: Text | None, brackets: bool = True) -> str:
        """`` (English)`` as Markdown, marked as English for screen readers; '' if none."""
        en = self.alongside(text)
        if not en:
            return ""
        inner = f"({md(en)})" if brackets else md(en)
        return f' <span lang="en" class="gl-en">{inner}</span>'

    def label(self, element: object, plural: bool = False) -> str:
        """Escaped name with the English name alongside."""
        text = self.text_of(element)
        if isinstance(element, Position) and plural and element.plural:
            text = element.plural
        return md(self.name(element, plural)) + self.en_md(text)

    def link(
        self, frm: str, element: Element | None, plural: bool = False, english: bool = False
    ) -> str:
        """A Markdown link to the element's page, or its escaped name when it has none."""
        if element is None:
            return "?"
        text = md(self.name(element, plural))
        english_md = ""
        if english:
            pos_text = (
                element.plural
                if (isinstance(element, Position) and plural and element.plural)
                else self.text_of(element)
            )
            english_md = self.en_md(pos_text)  # outside the link: the link is the name
        target = self.pages.get(element.key)
        if target is None:
            return text + english_md
        return f"[{text}]({self.href(frm, target)}){english_md}"

    def ref(self, frm: str, ref: Ref | None) -> str:
        if ref is None:
            return md(self.ui.t("body.not_stated"))
        if ref.target is None:
            return md(ref.id)
        return self.link(frm, ref.target)

    def table(self, keys: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
        """A Markdown table whose header cells are the UI texts of ``keys``.

        A last column of sources (a key ending in ``.col.source``) that says the same for
        every row is said once, below the table ("All rows: Source: ..."): the reader sees
        where the rows differ, and a large model's pages do not repeat one marker per row.
        """
        rows = [list(row) for row in rows]
        sources = {row[-1] for row in rows if row}
        if keys and keys[-1].endswith(".col.source") and len(rows) > 1 and len(sources) == 1:
            (shared,) = sources
            if shared:
                lines = table([md(self.ui.t(k)) for k in keys[:-1]], [r[:-1] for r in rows])
                return [*lines, "", f"{md(self.ui.t('table.all_rows'))} {shared}"]
        return table([md(self.ui.t(k)) for k in keys], rows)

    def fmt(self, key: str, **values: str) -> str:
        """A UI sentence as Markdown: its own words escaped, ``values`` (Markdown) inserted."""
        marks = {name: f"\ue000{i}\ue001" for i, name in enumerate(values)}
        text = md(self.ui.t(key, **marks))
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
        parent = (
            self.model.agreement.sections.get(section.parent_id or "")
            if self.model.agreement
            else None
        )
        return f"{parent.heading} › {section.heading}" if parent else section.heading

    def source_text(self, source: Source | None, quote: bool = True) -> tuple[str, str]:
        """(label, text) of a provenance marker, plain text."""
        ui = self.ui
        if source is None:
            return ui.t("src.none"), ""
        if source.is_derived:
            return ui.t("src.derived"), source.derived or ""
        heading = (
            self.section_title(source.section) if source.section else (source.section_id or "?")
        )
        if quote and source.quote:
            return ui.t("src.section"), f"{heading}: ”{source.quote}”"
        return ui.t("src.section"), heading

    def src(self, source: Source | None, quote: bool = True) -> str:
        """A small provenance marker (Markdown with inline HTML)."""
        label, text = self.source_text(source, quote)
        kind = (
            "gl-derived"
            if source is not None and source.is_derived
            else ("gl-missing" if source is None else "gl-cited")
        )
        body = f"{md(label)}: {md(text)}" if text else md(label)
        return f'<small class="gl-src {kind}">{body}</small>'


@lru_cache(maxsize=1024)
def _relative_dir(folder: str, start: str) -> str:
    """The prefix that leads from directory ``start`` to directory ``folder`` ("" or ending
    in "/"); both relative to the docs directory, "" being the docs directory itself."""
    if folder == start:
        return ""
    rel = posixpath.relpath(folder or ".", start or ".")
    return "" if rel == "." else rel + "/"
