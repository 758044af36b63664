"""References: ids are unique, every reference resolves, and belongs to the right party.

GOV020 and GOV021 are reported while the model is built (:mod:`govlint.build`); their
documentation lives here with the rest of the family.
"""

from __future__ import annotations

from collections.abc import Iterator

from govlint.findings import Finding
from govlint.model import Model, Party, Position

DUPLICATE_ID_DOC = """Every id is unique across the whole model.

Ids are how documents refer to each other and how versions of the model are compared; two
elements with one id would make every reference to it ambiguous.

Bad::

    # parties/north.yaml and parties/south.yaml
    positions:
      - id: city-manager

Good::

    positions:
      - id: north.city-manager      # and south.city-manager in south.yaml
"""

UNRESOLVED_REFERENCE_DOC = """Every reference names an existing element of the right kind.

A member's position, a body's tier, an escalation step's target: each must be the id of an
element that exists, and of the kind expected there (a position, a tier, a body or role).

One missing id is one finding, at its first reference, with the others listed under it; an id
renamed without its references is reported at the renamed id. References into a file that has
errors are not reported: that file's error comes first, and a note counts them.

Bad::

    members:
      - position: north.cheif-information-officer   # typo
        role: member

Good::

    members:
      - position: north.chief-information-officer
        role: member
"""


def check_party_consistency(model: Model) -> Iterator[Finding]:
    """A position, organ or role belongs to the party it is given for.

    Dotted ids start with their party's id, a role's holders are positions of the role's party,
    and a party's representation goes through an organ of that same party.

    Bad::

        # roles/south.coordinator.yaml
        party: south
        heldBy: [north.it-manager]

    Good::

        party: south
        heldBy: [south.it-manager]
    """
    party_ids = {p.id for p in model.parties}
    for party in model.parties:
        for element in (*party.organs, *party.positions):
            prefix = element.id.split(".", 1)[0] if "." in element.id else None
            if prefix is not None and prefix in party_ids and prefix != party.id:
                yield Finding(
                    "GOV022",
                    f"{element.KIND} '{element.id}' is defined under party "
                    f"'{party.id}' but its id names party '{prefix}'",
                    element.at("id"),
                    hint=f"Move it to {prefix}'s document or rename it '{party.id}."
                    f"{element.id.split('.', 1)[1]}'.",
                    element=element.id,
                )
    for role in model.roles:
        owner = role.party_ref.target if role.party_ref else None
        prefix = role.id.split(".", 1)[0] if "." in role.id else None
        if prefix in party_ids and isinstance(owner, Party) and prefix != owner.id:
            yield Finding(
                "GOV022",
                f"role '{role.id}' belongs to party '{owner.id}' but its id names party '{prefix}'",
                role.at("id"),
                hint="Make the id's prefix and 'party' agree.",
                element=role.id,
            )
        if not isinstance(owner, Party):
            continue
        for ref in role.held_by:
            pos = ref.target
            if isinstance(pos, Position) and pos.party is not owner:
                yield Finding(
                    "GOV022",
                    f"role '{role.id}' is a role of '{owner.id}' but is held by "
                    f"'{pos.id}', a position of '{pos.party.id if pos.party else '?'}'",
                    ref.loc,
                    hint="Name a position of the role's own party, or change 'party'.",
                    element=role.id,
                )
    for body in model.bodies:
        for rep in body.representation:
            organ = rep.via.target if rep.via else None
            represented = rep.party.target
            organ_party = getattr(organ, "party", None)
            if (
                organ_party is not None
                and represented is not None
                and organ_party is not represented
            ):
                yield Finding(
                    "GOV022",
                    f"in body '{body.id}', party '{rep.party.id}' is represented "
                    f"through '{rep.via.id if rep.via else '?'}', an organ of "
                    f"'{organ_party.id}'",
                    rep.at("via"),
                    hint="A party is represented through one of its own organs.",
                    element=body.id,
                )


def check_agreement_parties(model: Model) -> Iterator[Finding]:
    """Every Party document is a party of the agreement or says it is not one, and vice versa.

    The agreement lists its parties; a Party document that the agreement does not list is
    either a stray file, a party the agreement forgot, or an organisation that takes part
    without having signed (the parties' in-house company, a provider): that one says
    ``signatory: false``. A listed party needs its document (reported as an unresolved
    reference), and a document that says ``signatory: false`` is not listed.

    Bad::

        # agreement.yaml
        parties: [north]          # but parties/south.yaml exists

    Good::

        parties: [north, south]
        # parties/shared-services.yaml, a company the parties own, which holds positions:
        signatory: false
    """
    agreement = model.agreement
    if agreement is None:
        return
    listed = {ref.id for ref in agreement.party_refs}
    for party in model.parties:
        if party.id not in listed and party.signatory:
            yield Finding(
                "GOV023",
                f"party '{party.id}' is not listed in the agreement's parties",
                party.at("id"),
                hint=f"Add '{party.id}' to 'parties' in {agreement.doc.path}; if it takes part "
                "without having signed the agreement, say 'signatory: false' here instead; "
                "or remove this document.",
                element=party.id,
            )
    seen: set[str] = set()
    for ref in agreement.party_refs:
        if ref.id in seen:
            yield Finding("GOV023", f"party '{ref.id}' is listed twice", ref.loc, element=ref.id)
        seen.add(ref.id)
        target = ref.target
        if isinstance(target, Party) and not target.signatory:
            yield Finding(
                "GOV023",
                f"'{ref.id}' is listed among the agreement's parties, but its document says "
                "'signatory: false'",
                ref.loc,
                hint=f"Remove '{ref.id}' from 'parties', or remove 'signatory: false' from "
                f"{target.doc.path}.",
                element=ref.id,
                related=(target.at("signatory"),),
            )
