"""Documents: each file is a known kind and matches that kind's schema.

Both rules are applied while loading (:mod:`govlint.engine`), before a model exists; their
documentation is kept here.
"""

from __future__ import annotations

UNKNOWN_KIND_DOC = """Every file in the model directory is a document of a known kind.

Each YAML document starts with ``apiVersion: govlint/v1`` and a ``kind`` (Agreement,
AgreementText, Party, Tier, Body, Role, MatterType, Goal, Commitment), so that its schema is
known. A file that is
not YAML, or a document without a known kind, does not belong in the model directory. A model
has exactly one Agreement.

Bad::

    kind: Elin

Good::

    apiVersion: govlint/v1
    kind: Body
"""

SCHEMA_DOC = """Every document matches its kind's JSON Schema.

The schemas in ``schemas/`` are the contract of the format: required keys, allowed keys,
closed vocabularies and id patterns. Editors validate while you type through the
``# yaml-language-server: $schema=...`` line at the top of each file.

Bad::

    members:
      - position: north.city-manager
        rool: member             # unknown key

Good::

    members:
      - position: north.city-manager
        role: member
        source: {section: steering-group}
"""

AGREEMENT_TEXT_DOC = """The agreement's sections are defined once: by its text, or by the Agreement.

When the model holds the agreement's own words (an AgreementText document), the Agreement
document names it (``text: <id>``) and its sections are the text's sections, with the ids that
sources cite; the Agreement then lists no ``sections`` of its own. A model without the text
lists the sections in the Agreement document. An AgreementText that the Agreement does not
name, or an Agreement with neither, is reported.

Bad::

    # agreement.yaml
    text: agreement-text
    sections:
      - {id: structure, heading: Structure}

Good::

    # agreement.yaml
    text: agreement-text      # sections come from agreement-text.yaml
"""
