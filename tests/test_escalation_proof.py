"""The tier-rank proof in the escalation rules never changes what networkx would report.

``RankProof`` lets GOV031 (cycles) and GOV033 (connectivity) skip networkx when the tier ranks
alone show that there is nothing to report. Over generated escalation graphs (random tiers,
bodies, roles, routes, ``escalatesTo`` and ``reportsTo``, shared ranks and untiered elements
included, and references that do not resolve or lead to a tier, and two elements sharing an
id) the findings with the proof must equal the findings with networkx alone, and a proof must
never claim "acyclic" or "connected" where networkx finds otherwise.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govlint.engine import load_directory
from govlint.model import Body, EscalationStep, MatterType, Model, Ref, Role, Text, Tier
from govlint.rules import escalation
from govlint.yamlload import Document

HERE = Path(__file__).parent
DOC = Document(path="generated.yaml", data={})


@dataclass
class Shape:
    ranks: list[int]  # one per tier
    bodies: list[int | None]  # tier index per body (None: no tier)
    roles: list[int | None]
    escalates: list[int | None]  # per body: index into bodies + roles
    reports: list[int | None]  # -1: a reference that does not resolve, -2: a tier (not a body)
    routes: list[list[int]]  # per matter type: node indexes (handler first); -1 unresolved
    shared_id: bool = False  # the last role takes the first body's id (an error of its own)


@st.composite
def shapes(draw: Any) -> Shape:
    tiers = draw(st.integers(1, 4))
    ranks = draw(st.lists(st.integers(1, 4), min_size=tiers, max_size=tiers))
    tier_of = st.one_of(st.none(), st.integers(0, tiers - 1)) | st.integers(0, tiers - 1)
    n_bodies = draw(st.integers(1, 9))
    n_roles = draw(st.integers(0, 4))
    nodes = n_bodies + n_roles
    link = st.one_of(st.none(), st.integers(0, nodes - 1))
    report = st.one_of(link, st.sampled_from([-1, -2]))
    step = st.integers(0, nodes - 1) | st.just(-1)
    return Shape(
        ranks=ranks,
        bodies=draw(st.lists(tier_of, min_size=n_bodies, max_size=n_bodies)),
        roles=draw(st.lists(tier_of, min_size=n_roles, max_size=n_roles)),
        escalates=draw(st.lists(link, min_size=n_bodies, max_size=n_bodies)),
        reports=draw(st.lists(report, min_size=n_bodies, max_size=n_bodies)),
        routes=draw(st.lists(st.lists(step, max_size=5), max_size=6)),
        shared_id=n_roles > 0 and draw(st.booleans()),
    )


def ref(target: Any) -> Ref:
    return Ref(doc=DOC, path=(), id=target.id, target=target)


def build(shape: Shape) -> Model:
    tiers = sorted(
        (
            Tier(doc=DOC, path=(), id=f"t{i}", rank=r, name=Text({}))
            for i, r in enumerate(shape.ranks)
        ),
        key=lambda t: t.rank,
    )
    by_index = {t.id: t for t in tiers}

    def tier_ref(index: int | None) -> Ref:
        if index is None:
            return Ref(doc=DOC, path=(), id="missing")
        return ref(by_index[f"t{index}"])

    bodies = [
        Body(doc=DOC, path=(), id=f"b{i}", name=Text({}), tier_ref=tier_ref(t))
        for i, t in enumerate(shape.bodies)
    ]
    roles = [
        Role(
            doc=DOC,
            path=(),
            id=f"r{i}",
            name=Text({}),
            tier_ref=tier_ref(t) if t is not None else None,
        )
        for i, t in enumerate(shape.roles)
    ]
    if shape.shared_id:
        roles[-1].id = bodies[0].id
    nodes: list[Body | Role] = [*bodies, *roles]

    def link(index: int) -> Ref:
        if index == -1:
            return Ref(doc=DOC, path=(), id="missing")
        return ref(tiers[0] if index == -2 else nodes[index])

    for body, up, report in zip(bodies, shape.escalates, shape.reports, strict=True):
        body.escalates_to = ref(nodes[up]) if up is not None else None
        body.reports_to = link(report) if report is not None else None
    matters = []
    for i, route in enumerate(shape.routes):
        matter = MatterType(doc=DOC, path=(), id=f"m{i}", name=Text({}), tier_ref=ref(tiers[-1]))
        if route:
            matter.handled_by = link(route[0])
            matter.steps = [
                EscalationStep(doc=DOC, path=(), to=link(n), trigger=Text({})) for n in route[1:]
            ]
        matters.append(matter)
    return Model(root=".", tiers=tiers, bodies=bodies, roles=roles, matter_types=matters)


def findings(model: Model) -> list[tuple[str, str]]:
    found = [*escalation.check_cycles(model), *escalation.check_connected(model)]
    return [(f.code, f.message) for f in found]


class NoProof:
    """Stands in for ``RankProof``: proves nothing, so networkx decides everything."""

    acyclic = connected = False

    def __init__(self, *_: object) -> None:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shapes())
def test_proof_never_changes_the_findings(shape: Shape) -> None:
    model = build(shape)
    with_proof = findings(model)
    proof = escalation.RankProof(model, escalation._edges(model))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(escalation, "RankProof", NoProof)
        reference = findings(model)
    assert with_proof == reference
    if proof.acyclic:
        assert not any(code == "GOV031" for code, _ in reference)
    if proof.connected:
        assert not any(code == "GOV033" for code, _ in reference)


def test_proof_settles_a_model_that_climbs() -> None:
    """Three tiers, every step one tier up: both proven, no networkx needed."""
    shape = Shape(
        ranks=[1, 2, 3],
        bodies=[0, 1, 2],
        roles=[2],
        escalates=[None, 0, 1],
        reports=[None, None, None],
        routes=[[3, 1, 0]],
    )
    model = build(shape)
    proof = escalation.RankProof(model, escalation._edges(model))
    assert proof.acyclic and proof.connected


@pytest.mark.parametrize(
    "shape",
    [
        # a step within a tier: no proof of acyclicity (networkx decides)
        Shape(
            ranks=[1, 2],
            bodies=[0, 1, 1],
            roles=[],
            escalates=[None, 2, 0],
            reports=[None] * 3,
            routes=[],
        ),
        # a body linked to the top only from below (a route passes into it and stops)
        Shape(
            ranks=[1, 2, 3],
            bodies=[0, 1],
            roles=[2],
            escalates=[None, None],
            reports=[None] * 2,
            routes=[[2, 1], [2, 0]],
        ),
    ],
)
def test_proof_gives_up_rather_than_guess(shape: Shape) -> None:
    model = build(shape)
    proof = escalation.RankProof(model, escalation._edges(model))
    assert not (proof.acyclic and proof.connected)
    assert findings(model) == []  # and networkx finds these models fine


def test_clean_check_does_not_import_networkx() -> None:
    """The repository's model is proven by the ranks: a check loads no networkx."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from govlint.engine import load_directory, run_rules\n"
        f"loaded = load_directory(Path({str(HERE.parent / 'governance')!r}))\n"
        "run_rules(loaded.model)\n"
        "print('networkx' in sys.modules)\n"
    )
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_repository_model_is_proven() -> None:
    loaded = load_directory(HERE.parent / "governance")
    proof = escalation.RankProof(loaded.model, escalation._edges(loaded.model))
    assert proof.acyclic and proof.connected
