"""Escalation graph: every matter reaches the top tier, upwards only, without cycles.

The graph is built with networkx: nodes are bodies and roles, edges are the consecutive steps of
every matter type's route and every body's standing ``escalatesTo``. Costs: building is
O(V + E); cycles are found through strongly connected components (Tarjan, O(V + E)) and one cycle
is printed per component with ``find_cycle`` on that component only, so a model with thousands
of bodies and routes stays linear. ``simple_cycles`` is avoided: it is exponential in the worst
case.

Before the graph is built, the tier ranks are tried as a proof (``RankProof``, one O(V + E) pass
over the same edges): when every edge climbs to a strictly higher tier the ranks are a
topological order, so there is no cycle; when every body is linked, through edges that climb,
to a top-tier body, every body is connected. A model that follows the agreement's shape (the
usual case, and every pre-commit run on a clean model) is proven so and networkx, whose import
alone costs more than the rest of a check, is not loaded. Whatever the proof cannot settle
(same-tier steps, a body linked only from below, a genuine cycle or island) goes to networkx,
which also finds what to print. ``tests/test_escalation_proof.py`` checks that the proof never
says "fine" where networkx finds a cycle or an unconnected body.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from govlint.findings import Finding, Loc
from govlint.model import Body, Element, MatterType, Model, Ref, Role

if TYPE_CHECKING:
    import networkx as nx


def _name(model: Model, element: Element | None) -> str:
    return f"'{element.id}'" if element is not None else "?"


def full_route(model: Model, matter: MatterType) -> list[tuple[Element, Loc]]:
    """The matter's route (first handler and steps), continued along bodies' ``escalatesTo``.

    Stops at a repeated element, so a cycle cannot loop forever (the cycle rule reports it).
    """
    route: list[tuple[Element, Loc]] = []
    seen: set[str] = set()
    for ref in matter.route():
        if ref.target is None or ref.target.id in seen:
            return route
        route.append((ref.target, ref.loc))
        seen.add(ref.target.id)
    while route:
        last = route[-1][0]
        nxt: Ref | None = last.escalates_to if isinstance(last, Body) else None
        if nxt is None or nxt.target is None or nxt.target.id in seen:
            break
        route.append((nxt.target, nxt.loc))
        seen.add(nxt.target.id)
    return route


def check_route_to_top(model: Model) -> Iterator[Finding]:
    """Every matter type below the top tier has an escalation route to a top-tier body.

    A matter that cannot be solved where it arises must be able to reach the body that steers
    the cooperation (the tier with rank 1). The route is the matter's first handler and its
    steps, continued along each body's standing ``escalatesTo``. A matter whose first handler
    is a top-tier body (procurements go straight to the board) needs no escalation. A route
    that steps down a tier is reported as that step (escalation-direction) instead.

    Bad::

        escalation:
          steps:
            - to: service-group          # tactical; service-group has no escalatesTo

    Good::

        escalation:
          steps:
            - to: service-group
              trigger: {en: Not resolved at the tactical tier.}
            - to: board                  # top tier
              trigger: {en: Affects the strategy or the budget.}
        # or, for a matter the board decides itself: no escalation at all
        handledBy: {ref: board, source: {section: procurement}}
    """
    top = model.top_tier
    if top is None:
        return
    for matter in model.matter_types:
        if matter.tier is top or matter.tier is None:
            continue
        if any(ref.target is None for ref in matter.route()):
            continue  # an unresolved reference is reported by GOV021
        if _steps_down(model, matter):
            continue  # the step down is the mistake (GOV032); fixing it may well fix this
        route = full_route(model, matter)
        if route and model.tier_of(route[-1][0]) is top:
            continue
        last = route[-1][0] if route else None
        stops = f" (stops at {_name(model, last)})" if last is not None else ""
        where = matter.at(*matter.escalation_path, "steps")
        add = "Add an escalation step"
        if not matter.steps:  # no escalation: the first handler alone would decide
            where = matter.at("handledBy")
            add = "Add an escalation with a step"
        yield Finding(
            "GOV030",
            f"matter type '{matter.id}' has no route to the {model.text(top.name)} "
            f"('{top.id}'){stops}",
            where,
            hint=f"{add} to a body of tier '{top.id}', or give "
            f"{_name(model, last)} an escalatesTo that leads there.",
            element=matter.id,
        )


Edge = tuple[Element, Element, Loc, str]


def _goes_down(model: Model, a: Element | None, b: Element | None) -> bool:
    ta, tb = model.tier_of(a), model.tier_of(b)
    return ta is not None and tb is not None and tb.rank > ta.rank


def _steps_down(model: Model, matter: MatterType) -> bool:
    route: list[Element | None] = [matter, *(ref.target for ref in matter.route())]
    return any(_goes_down(model, a, b) for a, b in pairwise(route))


def _edges(model: Model) -> list[Edge]:
    """Escalation edges in model order: (from, to, where the step is written, what made it).

    A step to the element that already has the matter (a first step to the top-tier body that
    handles it) moves nothing: it is no edge, so not a cycle."""
    edges: list[Edge] = []
    for matter in model.matter_types:
        targets = [(r.target, r.loc) for r in matter.route() if r.target is not None]
        edges.extend(
            (a, b, loc, f"matter type '{matter.id}'")
            for (a, _), (b, loc) in pairwise(targets)
            if a is not b
        )
    for body in model.bodies:
        ref = body.escalates_to
        if ref is not None and ref.target is not None:
            edges.append((body, ref.target, ref.loc, f"escalatesTo of '{body.id}'"))
    return edges


def _reporting(model: Model) -> list[tuple[Body, Element]]:
    """``reportsTo`` links from a body to a body or role (connectivity only, not escalation)."""
    return [
        (body, body.reports_to.target)
        for body in model.bodies
        if body.reports_to is not None and isinstance(body.reports_to.target, Body | Role)
    ]


def _graph(model: Model, edges: list[Edge]) -> nx.DiGraph:
    import networkx as nx

    graph = nx.DiGraph()
    for node in (*model.bodies, *model.roles):
        graph.add_node(node.id)
    for a, b, loc, via in edges:
        graph.add_edge(a.id, b.id, loc=loc, via=via)
    return graph


class RankProof:
    """What the tier ranks alone prove about the escalation graph, in one O(V + E) pass.

    ``acyclic``: every edge goes to a strictly higher tier (a smaller rank), so following edges
    strictly lowers the rank and can never come back: the ranks are a topological order.

    ``connected``: every body with a tier is a top-tier body or has an edge (escalation or
    ``reportsTo``) to a node of a strictly higher tier that is itself so linked. Nodes are
    settled in rank order, top first, so each is decided from nodes already decided. Such a body
    has a path to a top-tier body, which is what GOV033 asks; a body linked only through a
    same-tier or lower node is not proven, and networkx decides it.

    Both are sufficient, not necessary: ``False`` means "ask networkx", never "broken".
    """

    def __init__(self, model: Model, edges: list[Edge]) -> None:
        # Keyed by id, as the networkx graph is: two elements sharing an id (an error of its
        # own) are one node there, so the proof gives up rather than tell them apart.
        nodes: list[Body | Role] = [*model.bodies, *model.roles]
        rank: dict[str, int] = {}
        for node in nodes:
            if node.tier is not None:
                rank[node.id] = node.tier.rank
        if len({node.id for node in nodes}) != len(nodes):
            self.acyclic = self.connected = False
            return
        up: dict[str, list[str]] = {}
        self.acyclic = True
        for a, b, _, _ in edges:
            ra, rb = rank.get(a.id), rank.get(b.id)
            if ra is None or rb is None or rb >= ra:
                self.acyclic = False
                continue
            up.setdefault(a.id, []).append(b.id)
        for a, b in _reporting(model):
            ra, rb = rank.get(a.id), rank.get(b.id)
            if ra is not None and rb is not None and rb < ra:
                up.setdefault(a.id, []).append(b.id)
        top = model.top_tier
        linked: set[str] = set()
        if top is not None:
            for node in sorted((n for n in nodes if n.id in rank), key=lambda n: rank[n.id]):
                seed = isinstance(node, Body) and node.tier is top
                if seed or any(t in linked for t in up.get(node.id, ())):
                    linked.add(node.id)
        self.connected = all(body.id in linked for body in model.bodies if body.tier is not None)


def check_cycles(model: Model) -> Iterator[Finding]:
    """Escalation has no cycles.

    A matter escalated in a circle is never decided. Cycles are looked for in the union of all
    routes and every body's ``escalatesTo``; the message prints the cycle. A step down a tier
    is reported as such (escalation-direction), so a cycle it would close is not reported again.

    A step to the body that already has the matter (a first step to the top-tier body that
    handles it) is not a cycle: it moves nothing.

    Bad::

        # bodies/a.yaml
        escalatesTo: {ref: b, source: {derived: ...}}
        # bodies/b.yaml
        escalatesTo: {ref: a, source: {derived: ...}}

    Good::

        # bodies/a.yaml
        escalatesTo: {ref: b, source: {derived: ...}}
        # bodies/b.yaml: no escalatesTo (b is at the top tier)
    """
    edges = [e for e in _edges(model) if not _goes_down(model, e[0], e[1])]
    if RankProof(model, edges).acyclic:
        return
    import networkx as nx

    graph = _graph(model, edges)
    for component in nx.strongly_connected_components(graph):
        if len(component) == 1:
            (node,) = component
            if not graph.has_edge(node, node):
                continue
        # find_cycle on a subgraph *view* follows the component set's order, which changes
        # with Python's string hash seed; a graph built in model order prints the same cycle,
        # at the same place, in every run.
        sub = nx.DiGraph()
        sub.add_nodes_from(n for n in graph if n in component)
        sub.add_edges_from(
            (a, b, data) for a in sub for b, data in graph.adj[a].items() if b in component
        )
        cycle = nx.find_cycle(sub)
        path = " → ".join([cycle[0][0], *(v for _, v in cycle)])
        u, v = cycle[-1][0], cycle[-1][1]
        data = graph.edges[u, v]
        yield Finding(
            "GOV031",
            f"escalation cycle: {path} (closed by {data['via']})",
            data["loc"],
            hint="Escalate upwards only: remove the step that leads back.",
            element=u,
        )


def check_direction(model: Model) -> Iterator[Finding]:
    """An escalation step never goes down a tier.

    Tiers are ranked (1 = top). Each step of a route, and each body's ``escalatesTo``, goes to
    the same tier or a higher one (a smaller rank).

    Bad::

        # matter at the operational tier
        steps:
          - to: board                # strategic (rank 1)
          - to: service-group        # tactical (rank 2): down

    Good::

        steps:
          - to: service-group
          - to: board
    """
    for matter in model.matter_types:
        prev: Element | None = matter
        for ref in matter.route():
            target = ref.target
            if target is None:
                break
            finding = _down(model, prev, target, ref.loc, f"matter type '{matter.id}'")
            if finding is not None:
                yield finding
            prev = target
    for body in model.bodies:
        up = body.escalates_to
        if up is not None and up.target is not None:
            finding = _down(model, body, up.target, up.loc, f"body '{body.id}'")
            if finding is not None:
                yield finding


def _down(model: Model, src: Element | None, dst: Element, loc: Loc, what: str) -> Finding | None:
    a, b = model.tier_of(src), model.tier_of(dst)
    if a is None or b is None or b.rank <= a.rank:
        return None
    return Finding(
        "GOV032",
        f"{what} escalates down from {_name(model, src)} "
        f"({model.text(a.name)}) to '{dst.id}' ({model.text(b.name)})",
        loc,
        hint="Escalate to the same tier or a higher one.",
        element=src.id if src is not None else None,
    )


def check_connected(model: Model) -> Iterator[Finding]:
    """Every body is connected to the structure that reaches the top tier.

    A body that no route, ``escalatesTo`` or ``reportsTo`` links to a top-tier body stands
    outside the cooperation's governance: nothing it decides can be steered, and nothing can
    reach it. Connectivity is computed once on an undirected graph (O(V + E)).

    Bad::

        # bodies/working-group.yaml: tactical body, no escalatesTo, no matter routes through it

    Good::

        escalatesTo: {ref: board, source: {derived: ...}}
    """
    top = model.top_tier
    if top is None or not model.bodies:
        return
    edges = _edges(model)
    if RankProof(model, edges).connected:
        return
    import networkx as nx

    graph = nx.Graph(_graph(model, edges))
    graph.add_edges_from((body.id, target.id) for body, target in _reporting(model))
    tops = {b.id for b in model.bodies if b.tier is top}
    connected: set[str] = set()
    for component in nx.connected_components(graph):
        if component & tops:
            connected |= component
    for body in model.bodies:
        if body.id not in connected and body.tier is not None:
            yield Finding(
                "GOV033",
                f"body '{body.id}' is not connected to any {model.text(top.name)} "
                "body by escalation or reporting",
                body.at("id"),
                hint="Give it an escalatesTo or reportsTo, or route matters through it.",
                element=body.id,
            )
