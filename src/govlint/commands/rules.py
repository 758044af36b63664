"""``govlint rules``: the registry as text, JSON or markdown (the handbook's rule reference)."""

from __future__ import annotations

import json


def render_rules(fmt: str) -> str:
    from govlint.rules import RULES

    if fmt == "json":
        return json.dumps(
            [
                {
                    "code": r.code,
                    "slug": r.slug,
                    "severity": r.severity.value,
                    "summary": r.summary,
                    "doc": r.body,
                }
                for r in RULES.values()
            ],
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "markdown":
        out = []
        for r in RULES.values():
            out += [
                f"## {r.code} {r.slug}",
                "",
                f"*{r.severity.value}*: {r.summary}",
                "",
                r.body,
                "",
            ]
        return "\n".join(out)
    width = max(len(r.slug) for r in RULES.values())
    return "\n".join(
        f"{r.code}  {r.slug:<{width}}  {r.severity.value:<7}  {r.summary}" for r in RULES.values()
    )
