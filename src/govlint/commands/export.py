"""``govlint export``: the resolved model as JSON for other tools."""

from __future__ import annotations

import sys
from typing import TextIO

from govlint.config import Config


def run_export(config: Config, out: TextIO) -> int:
    from govlint.engine import load_directory
    from govlint.exporter import model_to_data
    from govlint.findings import Severity
    from govlint.rules import RULES

    loaded = load_directory(config.model_dir)
    errors = [
        f
        for f in loaded.findings
        if config.severities.get(
            f.code, RULES[f.code].severity if f.code in RULES else Severity.ERROR
        )
        is Severity.ERROR
    ]
    if errors:
        print(
            f"govlint: the model has {len(errors)} loading error(s); run `govlint check` first",
            file=sys.stderr,
        )
        return 1
    from govlint.textsafe import dumps

    out.write(dumps(model_to_data(loaded.model)) + "\n")
    return 0
