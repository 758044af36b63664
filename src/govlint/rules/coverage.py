"""Coverage: every sentence of the agreement is modelled or left out on purpose."""

from __future__ import annotations

from collections.abc import Iterator

from govlint.citations import walk
from govlint.coverage import UNTRACED, coverage
from govlint.findings import Finding
from govlint.model import Model

SHOWN = 80  # characters of the sentence in a message


def _excerpt(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"


def _undetermined(model: Model) -> bool:
    """A quote that is not found (GOV072), or whose section id does not resolve (GOV070),
    may have been meant for any sentence: until it is fixed, which sentences are cited is
    not known, and reporting them as untraced would only echo that one mistake."""
    sources = [c.source for c in walk(model) if c.source is not None]
    if model.agreement is not None:
        sources += [nm.source for nm in model.agreement.not_modelled]
    return any(
        s.quote and (s.occurrences == 0 or (s.section_id is not None and s.section is None))
        for s in sources
    )


def check_untraced(model: Model) -> Iterator[Finding]:
    """Every sentence of the agreement is cited by an element or left out with a reason.

    A sentence is cited when some element's source quotes words in it; naming the section
    without a quote cites no sentence. A sentence the model does not model is listed in the
    Agreement document's ``notModelled`` with the reason, so that a reader can tell a
    deliberate omission from an oversight. ``govlint coverage`` prints the whole table.
    While a quote is not found (GOV072) or cites a section that does not exist (GOV070), the
    rule waits: the quote may have been meant for any sentence.

    Bad::

        # agreement-text.yaml: "The parties commit to long-term cooperation."
        # no source quotes it, and notModelled does not list it

    Good::

        # commitments/long-term.yaml
        source:
          section: aims
          quote: The parties commit to long-term cooperation.
    """
    if _undetermined(model):
        return
    for row in coverage(model).rows:
        if row.status != UNTRACED:
            continue
        s = row.sentence
        yield Finding(
            "GOV073",
            f"sentence {s.address} is cited by no element and not listed as left out: "
            f'"{_excerpt(s.text)}"',
            s.loc,
            hint="Quote its words in the source of the element that models it, or add it to "
            "notModelled in the Agreement document with the reason.",
            element=s.section.id,
            extra=(("sentence", s.address),),
        )


def check_left_out_but_cited(model: Model) -> Iterator[Finding]:
    """Words listed as not modelled are not cited by an element.

    A sentence is either modelled or left out on purpose; listing a sentence as left out
    while an element quotes it says both. Usually the element was added later: remove the
    ``notModelled`` entry.

    Bad::

        notModelled:
          - {section: aims, quote: The parties commit to long-term cooperation., ...}
        # and commitments/long-term.yaml quotes the same sentence

    Good::

        # only the commitment cites the sentence
    """
    agreement = model.agreement
    if agreement is None:
        return
    for entry in agreement.not_modelled:
        cited = [s for s in entry.source.sentences if s.cited_by]
        if cited:
            where = ", ".join(s.address for s in cited)
            yield Finding(
                "GOV076",
                f"notModelled lists sentence {where}, which an element cites",
                entry.source.at("quote"),
                hint="Remove the entry (the sentence is modelled), or remove the quote from "
                "the element if the sentence is indeed not modelled.",
            )
