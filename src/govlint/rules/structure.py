"""Structure of the tiers."""

from __future__ import annotations

from collections.abc import Iterator

from govlint.findings import Finding, Loc
from govlint.model import Model


def check_tiers(model: Model) -> Iterator[Finding]:
    """Tiers have distinct ranks, and the model has at least one tier.

    Ranks order the tiers (1 = the top, strategic tier); escalation and the handbook's
    navigation follow them, so two tiers with one rank make "up" ambiguous.

    Bad::

        # tiers/tactical.yaml
        rank: 1                # same as strategic

    Good::

        rank: 2
    """
    if not model.tiers and model.agreement is not None:
        yield Finding(
            "GOV080",
            "the model defines no tiers",
            Loc(model.root),
            hint="Add Tier documents (rank 1 = the top tier).",
        )
        return
    by_rank: dict[int, list[str]] = {}
    for tier in model.tiers:
        by_rank.setdefault(tier.rank, []).append(tier.id)
    for tier in model.tiers:
        others = [t for t in by_rank[tier.rank] if t != tier.id]
        if others:
            yield Finding(
                "GOV080",
                f"tier '{tier.id}' has rank {tier.rank}, like tier(s) "
                f"{', '.join(repr(o) for o in others)}",
                tier.at("rank"),
                hint="Give every tier its own rank; 1 is the top.",
                element=tier.id,
            )
