"""Quotes: every quoted word is the agreement's, in the section it is cited from."""

from __future__ import annotations

from collections.abc import Iterator

from govlint.build_text import section_index
from govlint.citations import walk
from govlint.findings import Finding
from govlint.model import Model, Section, Source
from govlint.quotes import closest, display, normalise_quote


def _quoted(model: Model) -> Iterator[tuple[Source, str, str | None]]:
    """Every looked-up quote: the source, a label, the element id (not-modelled entries too)."""
    for cited in walk(model):
        src = cited.source
        if src is not None and src.occurrences is not None:
            yield src, cited.label, cited.owner.id if cited.owner is not None else None
    if model.agreement is not None:
        for entry in model.agreement.not_modelled:
            if entry.source.occurrences is not None:
                yield entry.source, "notModelled entry", None


def check_quotes(model: Model) -> Iterator[Finding]:
    """Every quote stands verbatim in the section it cites.

    A quote says "these are the agreement's words". When the model holds the agreement's text
    (an AgreementText document), each quote is looked up in its cited section after
    normalising whitespace (YAML line breaks are not words) and hyphens broken by the page
    layout (see ``govlint/quotes.py``); it must match whole words, inside one paragraph or
    list item. A quote found in another section names that section; a quote found nowhere
    shows the closest words of its section. Words left out on purpose (``notModelled``) are
    checked the same way.

    Bad::

        source:
          section: steering-group
          quote: a committee named by the municipal board     # the text says "appointed by"

    Good::

        source:
          section: steering-group
          quote: a committee appointed by the municipal board
    """
    agreement = model.agreement
    if agreement is None or agreement.text is None:
        return
    indexes = {s.id: section_index(s) for s in agreement.text.sections}
    for src, label, element in _quoted(model):
        if src.occurrences or src.section is None or not src.quote:
            continue
        quote = normalise_quote(src.quote)
        elsewhere = [
            s for s in agreement.text.sections if s is not src.section and indexes[s.id].find(quote)
        ]
        if elsewhere:
            ids = ", ".join(f"'{s.id}'" for s in elsewhere)
            yield Finding(
                "GOV072",
                f"{label}: the quote is not in section '{src.section.id}' but in {ids}",
                src.at("quote"),
                hint=f"Cite section '{elsewhere[0].id}', or quote the words of "
                f"'{src.section.id}' that state this.",
                element=element,
            )
            continue
        near = closest(quote, (display(s.text) for s in src.section.sentences))
        hint = (
            f"The closest words of section '{src.section.id}' read: \"{near}\". Copy the "
            "agreement's words exactly."
            if near
            else f"Quote words that stand in section '{src.section.id}', or cite the "
            "section without a quote."
        )
        yield Finding(
            "GOV072",
            f"{label}: the quote is not in the agreement's text (section "
            f"'{src.section.id}' and every other section were searched)",
            src.at("quote"),
            hint=hint,
            element=element,
        )


def check_ambiguous_quotes(model: Model) -> Iterator[Finding]:
    """A quote names one place in its section.

    A quote that occurs more than once in its section could stand for any of those places:
    the coverage then counts every one of them as cited, and the handbook cannot tell the
    reader which words are meant. Quote enough words to name one place.

    Bad::

        quote: city manager          # "the city manager of North, the city manager of South"

    Good::

        quote: the city manager of South
    """
    for src, label, element in _quoted(model):
        if src.occurrences is not None and src.occurrences > 1:
            section: Section | None = src.section
            yield Finding(
                "GOV075",
                f"{label}: the quote occurs {src.occurrences} times in section "
                f"'{section.id if section else src.section_id}'",
                src.at("quote"),
                hint="Quote more of the words, so that the quote names one place.",
                element=element,
            )


def check_text_present(model: Model) -> Iterator[Finding]:
    """The model holds the agreement's text, so that quotes can be checked.

    Without an AgreementText document, a source's section id is checked but its quote cannot
    be: nothing tells a quote that has drifted from the agreement's words. This is said once
    for the model, not for every quote. Add the text to check the quotes and to see which
    sentence each element rests on (``govlint coverage``).

    Bad::

        # agreement.yaml lists sections; no AgreementText document

    Good::

        # agreement.yaml
        text: agreement-text      # the id of the AgreementText document
    """
    agreement = model.agreement
    if agreement is None or agreement.text is not None or agreement.text_id is not None:
        return
    quotes = sum(1 for c in walk(model) if c.source is not None and c.source.quote)
    yield Finding(
        "GOV074",
        "the model holds no agreement text: source sections are checked, but "
        f"{quotes} quote(s) cannot be compared with the agreement's words",
        agreement.at("id"),
        hint="Add an AgreementText document with the agreement's text and name it in 'text' here.",
        element=agreement.id,
    )
