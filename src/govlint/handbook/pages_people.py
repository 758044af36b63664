"""Who: the parties with their organs and positions, and the roles."""

from __future__ import annotations

from govlint.handbook import flows
from govlint.handbook.pages_core import start
from govlint.handbook.site import Site
from govlint.handbook.text import anchor, heading, md
from govlint.model import Member, Organ, Party, Role


def _organ_uses(site: Site, frm: str, organ: Organ) -> list[str]:
    """What bodies use the organ for (appointing, representing, being reported to).

    From the index: O(uses), not a scan of every body per organ."""
    return [
        site.fmt(f"party.organ.{use}", body=site.link(frm, body))
        for use, body in site.index.organ_uses.get(organ, ())
    ]


def _party_section(site: Site, frm: str, party: Party) -> list[str]:
    ui = site.ui
    out = [heading(2, md(site.name(party)), anchor(party.id)), ""]
    kind = md(ui.t("ptype." + party.type)) if party.type else ""
    en = site.en_md(party.name, brackets=False).strip()
    out += [" · ".join(x for x in (en, kind) if x) + f" {site.src(party.source)}", ""]
    if party.organs:
        out += [heading(3, md(ui.t("party.organs"))), ""]
        for organ in party.organs:
            uses = "; ".join(_organ_uses(site, frm, organ))
            out.append(
                f'- <span id="{anchor(organ.id)}"></span>**{site.label(organ)}**'
                + (f": {uses}" if uses else "")
                + f" {site.src(organ.source)}"
            )
        out.append("")
    out += [heading(3, md(ui.t("party.positions"))), ""]
    rows = []
    for pos in party.positions:
        held = [  # the index, not model.holdings(): that scans every body and role
            f"{site.link(frm, el)}: {md(ui.t('mrole.' + role))}"
            for el, role in site.index.holdings.get(pos, ())
        ]
        rows.append(
            [
                f'<span id="{anchor(pos.id)}"></span>{site.label(pos)}',
                "<br>".join(held) or md(ui.t("party.holds.none")),
                site.src(pos.source),
            ]
        )
    if rows:
        out += site.table(
            ("party.col.position", "party.col.holds", "party.col.source"),
            rows,
        )
    else:
        out.append(md(ui.t("tier.none")))
    other = _other_parts(site, frm, party)
    if other:
        out += ["", heading(3, md(ui.t("party.other"))), "", *other]
    return [*out, ""]


def _other_parts(site: Site, frm: str, party: Party) -> list[str]:
    """Seats without a position (invited experts), representation, and roles."""
    ui, model = site.ui, site.model
    out = []
    for body, seat in site.index.party_seats.get(party, ()):  # O(the party's seats)
        kind = seat.role if isinstance(seat, Member) else "representation"
        desc = f" – {md(model.text(seat.description))}" if seat.description else ""
        out.append(
            f"- {site.link(frm, body)}: {md(ui.t('mrole.' + kind))}{desc} {site.src(seat.source)}"
        )
    for role, key, ref in site.index.party_roles.get(party, ()):
        marker = f" {site.src(ref.source)}" if ref is not None else ""
        out.append(f"- {site.link(frm, role)}: {md(ui.t(key).lower())}{marker}")
    return out


def parties_page(site: Site) -> str:
    frm = site.path("parties")
    out = start(site, site.ui.t("page.parties"))
    for party in site.model.parties:
        out += _party_section(site, frm, party)
    return "\n".join(out)


def _role_section(site: Site, frm: str, role: Role) -> list[str]:
    ui, model = site.ui, site.model
    out = [heading(2, md(site.name(role)), anchor(role.id)), ""]
    en = site.en_md(role.name, brackets=False).strip()
    out += [(f"{en} " if en else "") + site.src(role.source), ""]
    facts = [
        (
            ui.t("role.tier"),
            site.ref(frm, role.tier_ref) if role.tier_ref else md(ui.t("role.no_tier")),
            "",
        )
    ]
    if role.party_ref is not None:
        facts.append((ui.t("role.party"), site.ref(frm, role.party_ref), ""))
    if role.held_by:
        facts.append(
            (
                ui.t("role.held_by"),
                ", ".join(
                    site.link(frm, r.target, plural=True) if r.target else md(r.id)
                    for r in role.held_by
                ),
                "",
            )
        )
    for key, ref in (("role.named_by", role.named_by), ("role.provided_by", role.provided_by)):
        if ref is not None:
            facts.append((ui.t(key), site.ref(frm, ref), site.src(ref.source)))
    if role.serves:
        facts.append((ui.t("role.serves"), ", ".join(site.ref(frm, r) for r in role.serves), ""))
    if role.areas:
        areas = md(", ".join(model.text(a) for a in role.areas))
        if role.areas_are_examples:
            areas += f" ({md(ui.t('role.areas.examples'))})"
        facts.append((ui.t("role.areas"), areas, ""))
    if role.purpose:
        facts.append((ui.t("role.purpose"), md(model.text(role.purpose)), ""))
    out += [
        f"- **{md(label)}:** {value}" + (f" {marker}" if marker else "")
        for label, value, marker in facts
    ]
    if role.duties:
        out += ["", heading(3, md(ui.t("role.duties"))), ""]
        out += [f"- {md(model.text(d.text))} {site.src(d.source)}" for d in role.duties]
    if role in site.index.stops:  # on some matter type's route
        out += ["", heading(3, md(ui.t("body.incoming"))), ""]
        out += flows.incoming(site, frm, role)
        out += ["", heading(3, md(ui.t("body.outgoing"))), ""]
        out += flows.outgoing(site, frm, role)
    return [*out, ""]


def roles_page(site: Site) -> str:
    frm = site.path("roles")
    model = site.model
    out = start(site, site.ui.t("page.roles"))
    rank = {tier.id: i for i, tier in enumerate(model.tiers)}
    roles = sorted(
        model.roles, key=lambda r: rank.get(r.tier.id, len(rank)) if r.tier else len(rank)
    )
    for role in roles:
        out += _role_section(site, frm, role)
    if not roles:
        out.append(md(site.ui.t("tier.none")))
    return "\n".join(out)
