"""Provenance and language: every fact is traceable and readable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from govlint.citations import walk
from govlint.findings import Finding
from govlint.model import TERM_DATA, Model, Node, Source

if TYPE_CHECKING:
    from govlint.document import Document, Path

# Keys of the format that look like language tags but are not (tests/test_l10n.py checks
# the schemas have no other two- or three-letter keys).
NOT_LANGUAGES = frozenset({"act", "by", "id", "max", "min", "ref", "to", "url", "via"})
# Keys YAML 1.1 reads as booleans ('no' is Norwegian): the loader reports them (GOV003, quote
# the key), and that is the mistake to fix first; a second finding here would only echo it.
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false"})
_LANGUAGE_KEY = re.compile(r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?")


def check_provenance(model: Model) -> Iterator[Finding]:
    """Every element cites an agreement section that exists, or says why it is derived.

    A reader must be able to tell what the parties agreed from what the model adds. A
    ``source.section`` must be the id of one of the Agreement's ``sections``; a
    ``source.derived`` gives the reason in a sentence. Sub-sections name an existing parent.

    Bad::

        source: {section: steering}          # no such section id

    Good::

        source: {section: steering-group}
        # or
        source: {derived: "The agreement implies it but does not spell it out."}
    """
    agreement = model.agreement
    if agreement is None or (agreement.text_id is not None and agreement.text is None):
        return  # the sections are the text's, which does not resolve (GOV021 says so once)
    import difflib

    ids = sorted(agreement.sections)
    missing: dict[str, list[tuple[Node, Source, str]]] = {}
    cited: set[str] = set()
    for node, source, label in ((c.node, c.source, c.label) for c in walk(model)):
        if source is None or source.section_id is None:
            continue
        if source.section is not None:
            cited.add(source.section_id)
        else:
            missing.setdefault(source.section_id, []).append((node, source, label))
    # One missing section id is one finding, at its first citation. A section id renamed
    # without its citations is reported at the section (one mistake, one message): the
    # closest section that nothing cites and that is no other section's parent.
    parents = {s.parent_id for s in agreement.sections.values()}
    uncited = [i for i in ids if i not in cited and i not in parents]
    for section_id, uses in missing.items():
        uses.sort(key=lambda use: use[1].at("section"))
        node, source, label = uses[0]
        places = tuple(use[1].at("section") for use in uses)
        close = difflib.get_close_matches(section_id, ids, n=1)
        was = difflib.get_close_matches(section_id, uncited, n=1, cutoff=0.5)
        renamed = agreement.sections.get(was[0]) if was and len(uses) > 1 else None
        if renamed is not None:
            yield Finding(
                "GOV070",
                f"section id '{renamed.id}' looks renamed from '{section_id}', which "
                "sources still cite",
                renamed.at("id"),
                hint=f"Change the citations to '{renamed.id}' as well, or keep the id "
                f"'{section_id}'.",
                element=renamed.id,
                related=places,
            )
            continue
        hint = f"Did you mean '{close[0]}'?" if close else f"Sections: {', '.join(ids)}."
        yield Finding(
            "GOV070",
            f"{label} cites section '{section_id}', which is not a section of the agreement",
            source.at("section"),
            hint=hint,
            element=getattr(node, "id", None),
            related=places[1:],
        )
    for section in agreement.sections.values():
        if section.parent_id is not None and section.parent_id not in agreement.sections:
            yield Finding(
                "GOV070",
                f"section '{section.id}' names parent "
                f"'{section.parent_id}', which is not a section",
                section.at("parent"),
                element=section.id,
            )


def check_text_language(model: Model) -> Iterator[Finding]:
    """Every text is given in the agreement's main language, and only in declared languages.

    The agreement's ``language`` is the language the parties signed; every text has it, and
    translations stand alongside it, never instead of it. ``languages`` lists every language
    the model's texts are given in (BCP 47 tags): a text in a language the agreement does not
    declare would never be shown, and is usually a typo. Checked only when the agreement
    loaded, and only in documents that loaded: without the agreement there is nothing to
    check the texts against.

    Bad::

        name: {sv: Styrgruppen}               # no text in the main language, 'en'
        name: {en: Steering group, se: Styrgruppen}   # 'se' is not declared (Swedish is 'sv')

    Good::

        # agreement.yaml: language: en, languages: [en, sv]
        name: {en: Steering group, sv: Styrgruppen}
    """
    if model.agreement is None or not model.lang:
        return
    declared = frozenset(model.languages or (model.lang,))
    for doc in model.documents:
        yield from _texts(doc, doc.data, (), model.lang, declared)


def _texts(
    doc: Document, value: Any, path: Path, lang: str, declared: frozenset[str]
) -> Iterator[Finding]:
    # Only collections are pushed (a path per scalar cost most of the rule's time), and the
    # cheap "has the language" test comes before the text-shape test.
    stack: list[tuple[Any, Path]] = [(value, path)]
    containers = (dict, list)
    while stack:
        node, p = stack.pop()
        if isinstance(node, dict):
            if node and (lang not in node or not declared.issuperset(node)) and _is_text(node):
                where = ".".join(str(x) for x in p)
                languages = sorted(set(node) - TERM_DATA)
                if lang not in node:
                    yield Finding(
                        "GOV071",
                        f"'{where}' has no '{lang}' text (only {', '.join(languages)})",
                        doc.loc(p),
                        hint=f"Add the text in '{lang}', the agreement's main language.",
                    )
                for other in languages:
                    if other not in declared and other.lower() not in _YAML11_WORDS:
                        yield Finding(
                            "GOV071",
                            f"'{where}' has a text in '{other}', which the agreement does not "
                            f"declare (languages: {', '.join(sorted(declared))})",
                            doc.loc((*p, other)),
                            hint=f"Add '{other}' to the agreement's languages, or correct the "
                            "language tag.",
                        )
            stack.extend((v, (*p, k)) for k, v in node.items() if isinstance(v, containers))
        else:
            stack.extend((v, (*p, i)) for i, v in enumerate(node) if isinstance(v, containers))


def _is_text(node: dict[str, Any]) -> bool:
    """A mapping of language codes to strings (a sourced text may also carry 'source', and a
    term of the agreement its data: cost shares, dates, notice period)."""
    keys = set(node) - TERM_DATA
    return (
        bool(keys)
        and not keys & NOT_LANGUAGES
        and all(
            isinstance(k, str) and _LANGUAGE_KEY.fullmatch(k) and isinstance(node[k], str)
            for k in keys
        )
    )
