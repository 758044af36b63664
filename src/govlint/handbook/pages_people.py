"""Who: the parties with their organs and positions, and the roles."""

from __future__ import annotations

from govlint.handbook import flows, openpoints
from govlint.handbook.pages_core import in_agreement, questions_section, start
from govlint.handbook.site import Site
from govlint.handbook.text import anchor, capitalised, heading, md
from govlint.model import Body, Member, Organ, Party, Ref, Role
from govlint.vocabulary import member_roles, party_types, word


def _organ_uses(site: Site, frm: str, organ: Organ) -> list[str]:
    """What bodies use the organ for (appointing, representing, being reported to), one
    phrase per use: "asettama toimielin: X".

    From the index: O(uses), not a scan of every body per organ."""
    ui = site.ui
    by_use: dict[str, list[Body]] = {}
    for kind, body in site.index.organ_uses.get(organ, ()):
        by_use.setdefault(kind, []).append(body)
    out = []
    for use, bodies in by_use.items():
        n = len(bodies)
        label: str
        if use == "appoints":
            label = ui.ngettext("appoints the body", "appoints the bodies", n)
        elif use == "represents":
            label = ui.ngettext(
                "represents the party in the body", "represents the party in the bodies", n
            )
        else:
            label = ui.ngettext(
                "receives the reports of the body", "receives the reports of the bodies", n
            )
        out.append(f"{md(label)}: {site.links(frm, bodies)}")
    return out


def _party_section(site: Site, frm: str, party: Party) -> list[str]:
    ui = site.ui
    out = [heading(2, site.name_md(party), anchor(party.id)), ""]
    kind = md(capitalised(word(ui, party_types, party.type))) if party.type else ""
    out += [f"{kind}{site.src(party.source)}", ""]
    if not party.signatory:
        out += [md(ui._("Takes part in the cooperation, but is not a party to the agreement.")), ""]
    if party.organs:
        out += [heading(3, md(ui._("Bodies and management teams"))), ""]
        for organ in party.organs:
            uses = "; ".join(_organ_uses(site, frm, organ))
            out.append(
                f'- <span id="{anchor(organ.id)}"></span>**{site.name_md(organ)}**'
                + (f" – {uses}" if uses else "")
                + site.src(organ.source)
            )
        out.append("")
    out += [heading(3, md(ui._("Positions"))), ""]
    rows = []
    for pos in party.positions:
        held = [  # the index, not model.holdings(): that scans every body and role
            f"{site.link(frm, el)}: {md(word(ui, member_roles, role))}"
            for el, role in site.index.holdings.get(pos, ())
        ]
        rows.append(
            [
                f'<span id="{anchor(pos.id)}"></span>{site.name_md(pos)}{site.src(pos.source)}',
                "<br>".join(held) or md(ui._("no part in the cooperation")),
            ]
        )
    if rows:
        out += site.table((ui._("Position"), ui._("Part in the cooperation")), rows)
    else:
        out.append(md(ui._("The agreement names no positions of this party.")))
    other = _other_parts(site, frm, party)
    if other:
        out += ["", heading(3, md(ui._("Other participation"))), "", *other]
    return [*out, ""]


def _other_parts(site: Site, frm: str, party: Party) -> list[str]:
    """Seats without a position (invited experts), representation, and the roles the party
    names, provides or is served by."""
    ui = site.ui
    out = []
    for body, seat in site.index.party_seats.get(party, ()):  # O(the party's seats)
        kind = seat.role if isinstance(seat, Member) else "representation"
        desc = f" – {site.md(seat.description)}" if seat.description else ""
        out.append(
            f"- {site.link(frm, body)}: {md(word(ui, member_roles, kind))}{desc}"
            f"{site.src(seat.source)}"
        )
    by_how: dict[str, list[tuple[Role, Ref | None]]] = {}
    for role, how, ref in site.index.party_roles.get(party, ()):
        by_how.setdefault(how, []).append((role, ref))
    for how, roles in by_how.items():
        n = len(roles)
        if how == "named":
            label = ui.ngettext("Role the party names", "Roles the party names", n)
        elif how == "provided":
            label = ui.ngettext("Role the party provides", "Roles the party provides", n)
        else:
            label = ui.ngettext("Role serving the party", "Roles serving the party", n)
        items = [
            site.link(frm, role) + (site.src(ref.source) if ref is not None else "")
            for role, ref in roles
        ]
        out.append(f"- {md(label)}: {ui.join(items)}")
    return out


def parties_page(site: Site) -> str:
    frm = site.path("parties")
    out = start(site, site.ui._("Parties and positions"))
    for party in site.model.parties:
        out += _party_section(site, frm, party)
    return "\n".join(out)


def _role_section(site: Site, frm: str, role: Role) -> list[str]:
    ui = site.ui
    out = [heading(2, site.name_md(role), anchor(role.id)), ""]
    facts: list[tuple[str, str, str]] = []
    if role.tier_ref:
        facts.append((ui._("Tier"), site.ref(frm, role.tier_ref), ""))
    if role.party_ref is not None:
        facts.append((ui._("Party"), site.ref(frm, role.party_ref), ""))
    if role.held_by:
        holders = [r.target if r.target is not None else None for r in role.held_by]
        label = ui.ngettext("Position holding the role", "Positions holding the role", len(holders))
        value = ui.join(
            site.link(frm, r.target) if r.target is not None else md(r.id) for r in role.held_by
        )
        facts.append((label, value, ""))
    for label, ref in ((ui._("Named by"), role.named_by), (ui._("Provided by"), role.provided_by)):
        if ref is not None:
            facts.append((label, site.ref(frm, ref), site.src(ref.source)))
    if role.serves:
        label = ui.ngettext("Party served", "Parties served", len(role.serves))
        facts.append((label, ui.join(site.ref(frm, r) for r in role.serves), ""))
    if role.areas:
        areas = md(ui.join(site.text(a) for a in role.areas))
        if role.areas_are_examples:
            areas += " (" + md(ui._("examples; the list is not exhaustive")) + ")"
        facts.append((ui._("Areas of expertise"), areas, ""))
    if role.purpose:
        facts.append((ui._("Purpose"), site.md(role.purpose), ""))
    out += [f"- **{md(label)}:** {value}{marker}" for label, value, marker in facts]
    out.append(in_agreement(site, frm, role.source))
    if not role.tier_ref:
        out += ["", md(ui._("The role is not placed at any tier."))]
    if openpoints.of(site, role, openpoints.APPOINTER):
        text = md(ui._("Who names or provides the role is not agreed."))
        out += ["", *openpoints.paragraph(site, frm, text, openpoints.APPOINTER)]
    if role.duties:
        out += ["", heading(3, md(ui._("Duties"))), ""]
        out += [f"- {site.md(d.text)}{site.src(d.source)}" for d in role.duties]
    if role in site.index.stops:  # on some matter type's route
        out += ["", heading(3, md(ui._("Where matters come from"))), ""]
        out += flows.incoming(site, frm, role)
        out += ["", heading(3, md(ui._("Where matters go"))), ""]
        out += flows.outgoing(site, frm, role)
    out += questions_section(site, frm, role, level=3)
    return [*out, ""]


def roles_page(site: Site) -> str:
    frm = site.path("roles")
    model = site.model
    out = start(site, site.ui._("Roles"))
    rank = {tier.id: i for i, tier in enumerate(model.tiers)}
    roles = sorted(
        model.roles, key=lambda r: rank.get(r.tier.id, len(rank)) if r.tier else len(rank)
    )
    for role in roles:
        out += _role_section(site, frm, role)
    if not roles:
        out.append(md(site.ui._("The model has no roles.")))
    return "\n".join(out)
