"""The agreement's text in the model: build it, attach it to the Agreement, resolve quotes.

:mod:`govlint.build` calls these three steps: :func:`build_text` for each AgreementText
document (sections, paragraphs, list items, sentences, each located), :func:`attach_text` once
every document is built (the Agreement's sections become the text's), and
:func:`resolve_quotes` once sources know their sections (every quote is looked up in its
section; the sentences it lies in record it).
"""

from __future__ import annotations

from typing import Any

from govlint import model as m
from govlint.document import Document, Path
from govlint.findings import Finding
from govlint.quotes import SectionIndex, normalise_quote, normalise_text


def build_text(doc: Document, d: dict[str, Any]) -> m.AgreementText:
    text = m.AgreementText(doc=doc, path=(), id=d["id"], title=d["title"])
    for i, s in enumerate(d["sections"]):
        p: Path = ("sections", i)
        section = m.Section(
            doc=doc,
            path=p,
            id=s["id"],
            heading=m.Text(dict(s["heading"])),
            parent_id=s.get("parent"),
            order=i + 1,
        )
        lists = 0
        for j, block in enumerate(s.get("body", [])):
            bp: Path = (*p, "body", j)
            if "paragraph" in block:
                section.blocks.append(
                    _block(doc, (*bp, "paragraph"), "paragraph", block["paragraph"], section)
                )
                continue
            lists += 1
            for k, item in enumerate(block["list"]):
                ip: Path = (*bp, "list", k)
                sentences = item if isinstance(item, list) else [item]
                blk = _block(
                    doc, ip, "item", sentences, section, item_is_list=isinstance(item, list)
                )
                blk.list_number = lists
                blk.marker = block.get("marker", "-")
                section.blocks.append(blk)
        text.sections.append(section)
    return text


def _block(
    doc: Document,
    path: Path,
    kind: str,
    sentences: list[str],
    section: m.Section,
    item_is_list: bool = True,
) -> m.Block:
    block = m.Block(doc=doc, path=path, kind=kind)
    for n, raw in enumerate(sentences):
        sp = (*path, n) if item_is_list else path
        number = len(section.sentences) + len(block.sentences) + 1
        block.sentences.append(
            m.Sentence(
                doc=doc,
                path=sp,
                section=section,
                number=number,
                text=normalise_text(raw),
                block=block,
            )
        )
    return block


def attach_text(
    model: m.Model, texts: list[m.AgreementText], agreement_broken: bool = False
) -> list[Finding]:
    """Give the Agreement the text it names; its sections are then the text's sections.

    While the Agreement document itself failed to load (``agreement_broken``), a text cannot
    be told unnamed: that would only echo the Agreement's own error.
    """
    findings: list[Finding] = []
    agreement = model.agreement
    named = agreement.text_id if agreement is not None else None
    if agreement is None and agreement_broken:
        return findings
    misnamed = named is not None and all(t.id != named for t in texts)
    for text in texts:
        if agreement is not None and text.id == named and agreement.text is None:
            agreement.text = text
            _sections(agreement, text, findings)
            continue
        if misnamed:
            continue  # the Agreement's name for it is wrong: reported once, below
        why = (
            f"the Agreement names the text '{named}'"
            if named
            else "the Agreement does not name a text"
        )
        findings.append(
            Finding(
                "GOV079",
                f"agreement text '{text.id}' is not the agreement's text ({why})",
                text.at("id"),
                hint="Name it in the Agreement document (text: "
                f"{text.id}), or remove the file: a model holds one agreement text.",
                element=text.id,
            )
        )
    if agreement is None:
        return findings
    if named is None and not agreement.sections:
        findings.append(
            Finding(
                "GOV079",
                "the Agreement has neither a text nor sections: sources have nothing to cite",
                agreement.at("id"),
                hint="Name the AgreementText document (text: <id>), or list the sections.",
                element=agreement.id,
            )
        )
    if named is not None and agreement.text is None and not _maybe_unbuilt(model, named):
        findings.append(
            Finding(
                "GOV021",
                f"'{named}' does not resolve: no AgreementText document has this id "
                "(expected the agreement's text)",
                agreement.at("text"),
                hint=(
                    f"Did you mean '{texts[0].id}'?"
                    if len(texts) == 1
                    else "Add the AgreementText document or correct the id."
                ),
                element=named,
            )
        )
    return findings


def _maybe_unbuilt(model: m.Model, text_id: str) -> bool:
    """Is the named text a file with errors? Its own error is then the message."""
    for record in model.unbuilt:
        if not record.built and record.may_define(text_id, (m.AgreementText.KIND,)):
            record.unchecked += 1
            return True
    return False


def _sections(agreement: m.Agreement, text: m.AgreementText, findings: list[Finding]) -> None:
    if agreement.sections:
        findings.append(
            Finding(
                "GOV079",
                "the Agreement lists sections and also names a text; the text's sections are "
                "the agreement's",
                agreement.at("sections"),
                hint=f"Remove 'sections' here: the sections are those of '{text.id}'.",
                element=agreement.id,
            )
        )
    agreement.sections = {}
    for section in text.sections:
        if section.id in agreement.sections:
            findings.append(
                Finding(
                    "GOV020",
                    f"section id '{section.id}' is used twice in the agreement's text",
                    section.at("id"),
                    hint="Give every section its own id.",
                    element=section.id,
                )
            )
            continue
        agreement.sections[section.id] = section


def resolve_quotes(model: m.Model, sources: list[m.Source]) -> None:
    """Look up every quote in its cited section; record the sentences it lies in.

    Runs once the sources know their sections. Without a text nothing is looked up
    (``occurrences`` stays None), and the quote rule says once that it cannot check quotes.
    """
    agreement = model.agreement
    if agreement is None or agreement.text is None:
        return
    indexes: dict[str, SectionIndex] = {}
    entries = [(src, None) for src in sources] + [(nm.source, nm) for nm in agreement.not_modelled]
    for src, entry in entries:
        section = src.section
        if section is None or not src.quote or section.doc is not agreement.text.doc:
            continue
        index = indexes.get(section.id)
        if index is None:
            index = indexes[section.id] = section_index(section)
        matches = index.find(normalise_quote(src.quote))
        src.occurrences = len(matches)
        sentences = section.sentences
        for match in matches:
            for i in index.sentences_of(match):
                sentence = sentences[i]
                if sentence in src.sentences:
                    continue
                src.sentences.append(sentence)
                if entry is None:
                    sentence.cited_by.append(src)
                else:
                    sentence.not_modelled.append(entry)


def section_index(section: m.Section) -> SectionIndex:
    """A section's sentences, searchable for quotes."""
    return SectionIndex([[s.text for s in block.sentences] for block in section.blocks])
