"""``govlint coverage``: which element cites each sentence of the agreement."""

from __future__ import annotations

import sys
from typing import TextIO

from govlint.commands import load_clean
from govlint.config import Config
from govlint.coverage import UNTRACED, Coverage, coverage, to_data
from govlint.quotes import display
from govlint.textsafe import dumps, terminal


def run_coverage(config: Config, fmt: str, out: TextIO, only: str | None = None) -> int:
    """Print the coverage table. Exit 1 when the model does not load or holds no text."""
    loaded = load_clean(config)
    if isinstance(loaded, int):
        return loaded
    cov = coverage(loaded.model)
    if cov.text_id is None:
        print(
            "govlint: the model holds no agreement text (an AgreementText document named by "
            "the Agreement's 'text'), so there are no sentences to cover",
            file=sys.stderr,
        )
        return 1
    if fmt == "json":
        out.write(dumps(to_data(cov, only)) + "\n")
    else:
        out.write(render_text(cov, loaded.model.lang, only))
    return 0


def _line(text: str) -> str:
    return " ".join(text.split())


def render_text(cov: Coverage, lang: str, only: str | None = None) -> str:
    """The table for a terminal: each sentence, then what cites it or why it is left out;
    the counts (of the whole table) last."""
    lines: list[str] = []
    for row in cov.rows:
        if only is not None and row.status != only:
            continue
        s = row.sentence
        lines += [f"{s.address}  {s.loc}", f'  "{_line(display(s.text))}"']
        if row.citations:
            for i, c in enumerate(row.citations):
                head = "cited by:" if i == 0 else "         "
                lines.append(f"  {head} {c.label} ({c.source.at('quote')})")
        for nm in row.left_out:
            lines.append(f"  not modelled: {_line(nm.reason.get(lang))} ({nm.source.at('quote')})")
        if row.status == UNTRACED:
            lines.append(
                "  UNTRACED: quote it in the element that models it, or list it in "
                "notModelled with the reason"
            )
        lines.append("")
    counts = cov.summary()
    lines.append(
        f"{counts['sentences']} sentence(s) of '{cov.text_id}': {counts['cited']} cited, "
        f"{counts['notModelled']} not modelled on purpose, {counts['untraced']} untraced"
    )
    # each line is fields of the model and our words around them: shown, never acted on
    return "\n".join(terminal(line) for line in lines) + "\n"
