"""Every fact of the agreement (governance/agreement-text.yaml) is in the model, and only those.

The table below is read off the agreement by hand, section by section; each row is asserted
against the loaded, resolved model of governance/. Where the agreement is silent (no chair, no
secretary, no cost distribution, no term or termination, no service-level figures), the model
must be silent too. The ``test_correction_*`` tests pin the corrections a reading of the text
against the model found (issue #12): each fails on the model as it was before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govlint.citations import walk
from govlint.engine import load_directory, run_rules
from govlint.l10n import Ui
from govlint.model import Body, MatterType, Model, Role

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def model() -> Model:
    loaded = load_directory(ROOT / "governance", base=ROOT)
    assert not [f for f in loaded.findings if f.severity.value == "error"], loaded.findings
    return loaded.model


def body(model: Model, body_id: str) -> Body:
    found = model.get(body_id)
    assert isinstance(found, Body), body_id
    return found


def fi_texts(items: list) -> list[str]:  # type: ignore[type-arg]
    return [i.text.get("fi") for i in items]


SHORT_GOALS = [
    "Yhteistyöllä varmistetaan ja parannetaan Ulvilan it-palvelutuotannon ja "
    "tietohallinnon palveluja."
]
LONG_GOALS = [
    "Sopijapuolina olevien kaupunkien työntekijöille järjestettävät, toimivat ja sujuvat "
    "ICT-palvelut.",
    "Resurssien ja osaamisen varmistaminen (omat osaajat ja ostopalvelut).",
    "Tietohallinnon yhtenäinen kehittäminen ja yhteinen ohjeistus.",
    "Prosessien ja toimintatapojen tarkastelu ja tehostaminen sekä digitalisaation edistäminen.",
    "Uusien teknologioiden hyödyntäminen (mm. tekoäly).",
    "Laadukkaat kilpailutukset ja volyymihyödyt kilpailutuksissa.",
    "Riskienhallinnan parantaminen.",
    "Yhteistyön mahdollistamat laadukkaat ja kustannustehokkaat palvelut.",
]


def test_goals(model: Model) -> None:
    short = sorted((g for g in model.goals if g.horizon == "short"), key=lambda g: g.order)
    long = sorted((g for g in model.goals if g.horizon == "long"), key=lambda g: g.order)
    assert [g.text.get("fi") for g in short] == SHORT_GOALS
    assert [g.text.get("fi") for g in long] == LONG_GOALS
    assert all(g.text.values.get("en") for g in model.goals), (
        "every goal has an English translation"
    )
    assert {g.source.section_id for g in model.goals if g.source} == {"tavoite-ja-tahtotila"}


def test_goals_quote_their_own_line(model: Model) -> None:
    """A goal quotes its own words; its horizon quotes the lead-in of its list."""
    for goal in model.goals:
        assert goal.source is not None and goal.source.quote is not None
        assert goal.source.quote == goal.text.get("fi").rstrip("."), goal.id
        lead = "Lyhyellä tähtäimellä:" if goal.horizon == "short" else "Pitkällä tähtäimellä:"
        assert goal.horizon_source is not None and goal.horizon_source.quote == lead, goal.id


def test_commitments(model: Model) -> None:
    texts = [c.text.get("fi") for c in sorted(model.commitments, key=lambda c: c.order)]
    assert texts == [
        "Osapuolet sitoutuvat pitkäaikaiseen yhteistyöhön.",
        "Osapuolet sitoutuvat informoimaan hyvissä ajoin toista osapuolta kaikista "
        "yhteistyöhön vaikuttavista muutoksista ja uusista seikoista.",
        "Kumpikin osapuoli vastaa siitä, että osapuoli nimeää sovituille yhteistyön tasoille "
        "riittävän määrän toimivaltaisia edustajiaan päättämään ja neuvottelemaan yhteistyön "
        "sisällöstä ja sen kehittämisestä.",
        "Osapuoli vastaa myös siitä, että sovituilla yhteistyön tasoilla tehtävät päätökset "
        "toteutetaan toiminnassa sovitulla tavalla.",
    ]
    assert [c.aspect for c in sorted(model.commitments, key=lambda c: c.order)] == [
        "continuity",
        "information",
        "representation",
        "implementation",
    ]


def test_parties_and_purpose(model: Model) -> None:
    assert model.agreement is not None
    assert [r.id for r in model.agreement.party_refs] == ["pori", "ulvila"]
    assert model.agreement.purpose is not None
    assert (
        "jatkuvaa, pitkäaikaista, luottamuksellista ja avointa"
        in model.agreement.purpose.text.get("fi")
    )


def test_three_tiers_in_order(model: Model) -> None:
    assert [(t.id, t.rank) for t in model.tiers] == [
        ("strateginen", 1),
        ("taktinen", 2),
        ("operatiivinen", 3),
    ]
    strategic, tactical, operational = model.tiers
    assert any("riskienhallinta" in r.text.get("fi") for r in strategic.responsibilities)
    assert any(
        "pidemmän tähtäimen suunnitelma" in r.text.get("fi") for r in strategic.responsibilities
    )
    assert len(tactical.responsibilities) == 4
    assert any("portfoliot" in r.text.get("fi") for r in tactical.responsibilities)
    assert len(operational.responsibilities) == 5
    assert strategic.parties_required and tactical.parties_required


def test_steering_group(model: Model) -> None:
    sg = body(model, "ohjausryhma")
    assert sg.name.get("fi") == "Tietohallinnon ohjausryhmä"
    assert sg.tier is not None and sg.tier.id == "strateginen"
    assert sg.legal_form is not None and sg.legal_form.type == "joint-body"
    assert sg.legal_form.legal_basis is not None
    assert sg.appointed_by is not None and sg.appointed_by.id == "pori.kaupunginhallitus"
    assert [(m.position.id if m.position else None, m.role, m.ex_officio) for m in sg.members] == [
        ("pori.kaupunginjohtaja", "member", True),
        ("ulvila.kaupunginjohtaja", "member", True),
        ("ulvila.talous-ja-hallintojohtaja", "member", True),
        ("pori.tietohallintojohtaja", "member", True),
    ]
    # each member quotes the position's name in the composition sentence
    assert [m.source.quote for m in sg.members if m.source] == [
        "Porin kaupunginjohtaja",
        "Ulvilan kaupunginjohtaja",
        "Ulvilan talous- ja hallintojohtaja",
        "Porin kaupungin tietohallintojohtaja",
    ]
    assert sg.cadence is not None
    assert (sg.cadence.min, sg.cadence.max, sg.cadence.approximate) == (2, 2, True)
    meetings = {m.id: m for m in sg.cadence.meetings}
    assert meetings["tilinpaatos"].when and meetings["tilinpaatos"].when.get("fi") == "alkuvuonna"
    assert meetings["tilinpaatos"].window_source is not None
    assert meetings["tilinpaatos"].window_source.is_derived, "'alkuvuonna' is interpreted"
    assert meetings["talousarvio"].months == (6,)
    assert [t.name.get("fi") for t in meetings["talousarvio"].topics] == ["Talousarvio"]
    assert fi_texts(sg.duties) == [
        "Kumppanuuden ja yhteistyön hallintamallin omistajuus",
        "Palvelutuotannon ylätason seuranta",
        "Palveluiden strateginen kehittäminen ja pidemmän tähtäimen suunnittelu",
    ]


def test_development_group(model: Model) -> None:
    dg = body(model, "kehittamisryhma")
    assert dg.tier is not None and dg.tier.id == "taktinen"
    positions = [m.position.id for m in dg.members if m.position]
    assert positions == [
        "pori.it-paallikko",
        "pori.kehittamispaallikko",
        "pori.asiakkuuspaallikko",
        "pori.kayttopaallikko",
    ]
    managers = next(m for m in dg.members if m.position and m.position.id == "pori.kayttopaallikko")
    assert managers.all_holders, "käyttöpäälliköt: every operations manager"
    experts = dg.members_in_role("invited-expert")
    assert len(experts) == 1 and experts[0].party is not None and experts[0].party.id == "pori"
    assert [(r.party.id, r.via.id if r.via else None) for r in dg.representation] == [
        ("ulvila", "ulvila.johtoryhma")
    ]
    assert dg.cadence is not None and (dg.cadence.min, dg.cadence.max) == (2, 4)
    assert not dg.cadence.approximate and not dg.cadence.meetings
    duties = fi_texts(dg.duties)
    assert duties[0].startswith("ICT-kehittämiskohteiden ja operatiivisen toiminnan")
    assert duties[1:] == [
        "Prosessien kehittäminen",
        "Kokonaisuuden koordinointi",
        "Operatiivisen toiminnan raportit ja seuranta",
        "Palveluiden laadun, kustannusten ja tehokkuuden seuranta",
        "Palveluiden kehittäminen ja tulevaisuuden suunnittelu",
        "Vuosisuunnittelun ohjaus (ohjelma- ja projektisalkku)",
        "Talousarvion laadinta ja talouden toteuman seuranta",
    ]
    prep = dg.duties[-1].prepares
    assert prep is not None and prep.meeting is not None and prep.meeting.id == "talousarvio"
    assert prep.source is not None and prep.source.is_derived
    assert dg.escalates_to is not None and dg.escalates_to.id == "ohjausryhma"
    assert dg.escalates_to.source is not None and dg.escalates_to.source.is_derived


def test_operational_matters(model: Model) -> None:
    listed = {
        "palveluiden-tila",
        "muutostenhallinta",
        "ongelmienhallinta",
        "tukimalli",
        "paivitykset",
        "projektit",
    }
    matters = {m.id: m for m in model.matter_types}
    assert listed <= set(matters)
    for mid in listed:
        m = matters[mid]
        assert m.source is not None and m.source.section_id == "yhteistyo-operatiivisissa-asioissa"
    for m in matters.values():
        assert isinstance(m, MatterType)
        assert m.escalation_source is not None and m.escalation_source.is_derived
        assert [r.id for r in m.route()] == [
            "ulvila.operatiivinen-koordinaattori",
            "kehittamisryhma",
            "ohjausryhma",
        ]
        assert all(step.trigger.get("fi") and step.trigger.values.get("en") for step in m.steps)


def test_roles(model: Model) -> None:
    roles = {r.id: r for r in model.roles}
    coordinator = roles["ulvila.operatiivinen-koordinaattori"]
    assert coordinator.tier is not None and coordinator.tier.id == "operatiivinen"
    assert coordinator.named_by is not None and coordinator.named_by.id == "ulvila"
    sector = roles["pori.toimialojen-asiakkuuspaallikot"]
    assert [s.id for s in sector.serves] == ["ulvila"]
    assert sector.provided_by is not None and sector.provided_by.id == "pori"
    own = roles["ulvila-ict-asiakkuuspaallikko"]
    assert [s.id for s in own.serves] == ["ulvila"]
    assert own.named_by is None and own.provided_by is None, "the agreement says 'nimetään'"
    experts = roles["asiantuntijat"]
    assert [a.get("fi") for a in experts.areas] == ["tietoturva", "tekoäly"]
    assert experts.areas_are_examples
    assert all(isinstance(r, Role) for r in roles.values())


def test_positions_by_party(model: Model) -> None:
    pori = model.party("pori")
    ulvila = model.party("ulvila")
    assert pori is not None and ulvila is not None
    assert {p.title.get("fi") for p in pori.positions} >= {
        "Kaupunginjohtaja",
        "Tietohallintojohtaja",
        "IT-päällikkö",
        "Kehittämispäällikkö",
        "Asiakkuuspäällikkö",
        "Käyttöpäällikkö",
    }
    assert {p.title.get("fi") for p in ulvila.positions} == {
        "Kaupunginjohtaja",
        "Talous- ja hallintojohtaja",
    }
    assert [o.id for o in pori.organs] == ["pori.kaupunginhallitus"]
    assert [o.id for o in ulvila.organs] == ["ulvila.johtoryhma"]


def test_no_invented_facts(model: Model) -> None:
    """Where the agreement is silent, so is the model: no chair, secretary or terms."""
    assert model.agreement is not None and model.agreement.terms == {}
    for b in model.bodies:
        assert not b.members_in_role("chair") and not b.members_in_role("secretary")
    dg = body(model, "kehittamisryhma")
    assert dg.appointed_by is None and dg.legal_form is None


def test_every_element_is_traceable(model: Model) -> None:
    for source, label in ((c.source, c.label) for c in walk(model)):
        assert source is not None, f"{label} has no source"
        assert source.section is not None or (source.derived and len(source.derived) > 20), (
            f"{label}: cite a section or give the reason it is derived"
        )


def test_warnings_are_the_agreements_gaps(model: Model) -> None:
    """Each warning on the real model names a genuine gap of the agreement."""
    found = sorted((f.code, f.element) for f in run_rules(model))
    assert found == sorted(
        [
            ("GOV052", "kehittamisryhma"),  # budget preparation not scheduled
            ("GOV060", "kehittamisryhma"),
            ("GOV060", "ohjausryhma"),  # no chair
            ("GOV061", "kehittamisryhma"),
            ("GOV061", "ohjausryhma"),  # no secretary
            ("GOV062", "ohjausryhma"),  # terms to check in the cooperation contract
            ("GOV063", "asiantuntijat"),
            ("GOV063", "kehittamisryhma"),
            ("GOV063", "ulvila-ict-asiakkuuspaallikko"),
            ("GOV077", "kehittamisryhman-asiakkuuspaallikko"),
            ("GOV077", "kehittamisryhman-ulvilan-osallistujat"),
            ("GOV077", "paatoksenteko"),
            ("GOV077", "toimikausi"),
            ("GOV077", "palvelutasot"),
            ("GOV078", "operatiivinen"),  # no representative of Pori named
        ]
    )


# -- the corrections of issue #12, one test each ------------------------------------------


def test_correction_1_contract_is_a_referenced_document(model: Model) -> None:
    """The steering group is the joint body of a separate cooperation contract: the terms
    kuntalaki § 51 requires are to be checked there, not reported as a breach."""
    assert model.agreement is not None
    contract = model.agreement.related["yhteistoimintasopimus"]
    assert (
        contract.title.get("fi") == "Palveluiden järjestämisvastuuta koskeva yhteistoimintasopimus"
    )
    assert contract.says is not None and contract.unknown is not None
    assert contract.source is not None and contract.source.occurrences == 1
    sg = body(model, "ohjausryhma")
    assert sg.legal_form is not None and sg.legal_form.contract is contract
    basis = sg.legal_form.legal_basis
    assert basis is not None and basis.sections == ("51",), "§ 52 could not be confirmed"
    terms = [f for f in run_rules(model) if f.code == "GOV062"]
    assert len(terms) == 1
    assert "check these terms in it" in terms[0].message
    assert terms[0].param("contract") == "yhteistoimintasopimus"
    assert terms[0].param("topics") == "cost-basis cost-distribution validity termination"


def test_correction_2_operational_tier_requires_each_partys_representatives(
    model: Model,
) -> None:
    """The commitment covers every agreed tier; Pori's missing operational counterpart is an
    open question (a warning), not an invented role and not an error."""
    operational = next(t for t in model.tiers if t.id == "operatiivinen")
    assert operational.parties_required
    src = operational.parties_required_source
    assert src is not None and [s.address for s in src.sentences] == ["tausta-ja-tavoitteet.4"]
    pori = [r for r in model.roles_of_tier(operational) if r.party_ref and r.party_ref.id == "pori"]
    assert not pori, "no role invented for Pori"
    found = [f for f in run_rules(model) if f.code in ("GOV040", "GOV078")]
    assert [(f.code, f.param("party")) for f in found] == [("GOV078", "pori")]


def test_correction_3_one_sided_first_handler_is_shown_as_a_gap(model: Model) -> None:
    for mt in model.matter_types:
        assert mt.handled_by is not None and mt.handled_by.source is not None
        reason = mt.handled_by.source.derived or ""
        assert "vain Ulvilan puolelta" in reason and "avoin" in reason, mt.id
    gap = next(f for f in run_rules(model) if f.code == "GOV078")
    assert "6 matter type(s)" in gap.message
    assert "'ulvila.operatiivinen-koordinaattori' only" in gap.message


def test_correction_4_no_matter_type_the_agreement_does_not_name(model: Model) -> None:
    """The added incident type is gone: proposals live on proposal branches (govlint diff)."""
    assert "tietoturvapoikkeama" not in {m.id for m in model.matter_types}
    assert all(m.source is not None and not m.source.is_derived for m in model.matter_types)


def test_correction_5_english_translations(model: Model) -> None:
    assert model.agreement is not None and model.agreement.purpose is not None
    purpose = model.agreement.purpose.text.get("en")
    assert "trust-based" in purpose and "confidential" not in purpose
    sg = body(model, "ohjausryhma")
    assert sg.duties[0].text.get("en") == (
        "Ownership of the governance model of the partnership and the cooperation"
    )


def test_correction_6_statements_beyond_the_text_are_derived_or_gone(model: Model) -> None:
    roles = {r.id: r for r in model.roles}
    coordinator = roles["ulvila.operatiivinen-koordinaattori"]
    assert coordinator.purpose_source is not None and coordinator.purpose_source.is_derived
    assert "yhteyshenkilö" not in (coordinator.purpose.get("fi") if coordinator.purpose else "")
    assert model.agreement is not None and model.agreement.scope is not None
    assert "(" not in model.agreement.scope.text.get("fi"), (
        "the parenthetical is not the agreement's"
    )
    dg = body(model, "kehittamisryhma")
    assert not any(m.ex_officio for m in dg.members), "only the steering group is by position"


def test_correction_7_financial_statements_note_states_the_act(model: Model) -> None:
    meeting = model.meeting("ohjausryhma", "tilinpaatos")
    assert meeting is not None and meeting.window_source is not None
    note = " ".join((meeting.window_source.derived or "").split())
    assert "kunnanhallitus laatii tilinpäätöksen maaliskuun loppuun mennessä" in note
    assert "valtuusto hyväksyy" in note and "113 §" in note
    assert "hyväksytään hallituksissa" not in note


def test_correction_8_informing_is_each_partys_obligation(model: Model) -> None:
    informing = next(c for c in model.commitments if c.id == "informointi")
    assert informing.obligation == "each-party"


def test_correction_9_open_questions_are_recorded(model: Model) -> None:
    assert model.agreement is not None
    questions = {q.id: q for q in model.agreement.open_questions}
    assert set(questions) == {
        "kehittamisryhman-asiakkuuspaallikko",  # Ulvila's own account manager?
        "kehittamisryhman-ulvilan-osallistujat",  # who from Ulvila takes part
        "paatoksenteko",  # decision-making, quorum, deputies
        "toimikausi",  # term of office
        "palvelutasot",  # where service levels are defined
    }
    for q in questions.values():
        assert q.question.get("fi") and q.question.get("en") and q.about
        assert q.source is not None and q.source.occurrences == 1, q.id
    assert "varajäseniä" in questions["paatoksenteko"].question.get("fi")


def test_correction_10_gap_texts_say_only_what_the_agreement_leaves_open(model: Model) -> None:
    secretaries = [f for f in run_rules(model) if f.code == "GOV061"]
    assert secretaries and all("nobody is responsible" not in f.message for f in secretaries)
    steering = next(f for f in secretaries if f.element == "ohjausryhma")
    assert "pori.kaupunginhallitus" in steering.message, "its appointer may settle it"
    from govlint.handbook.generate import generate_handbook

    pages = generate_handbook(model, year=2025).files
    questions = str(pages[f"{Ui('fi').pgettext('file name', 'open-questions')}.md"])
    assert "kukaan ei vastaa" not in questions
    assert "sopimus ei nimeä sihteeriä." in questions
