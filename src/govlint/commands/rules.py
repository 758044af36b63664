"""``govlint rules``: the registry as text, JSON or markdown (the handbook's rule reference).

The rules' texts are govlint's own, not a model's; they still go out through
:mod:`govlint.textsafe` like every other output, so no output path is left to remember it.
"""

from __future__ import annotations

from govlint.textsafe import dumps, terminal


def render_rules(fmt: str) -> str:
    from govlint.rules import RULES

    if fmt == "json":
        return dumps(
            [
                {
                    "code": r.code,
                    "slug": r.slug,
                    "severity": r.severity.value,
                    "summary": r.summary,
                    "doc": r.body,
                }
                for r in RULES.values()
            ]
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
        f"{r.code}  {r.slug:<{width}}  {r.severity.value:<7}  {terminal(r.summary)}"
        for r in RULES.values()
    )
