"""``govlint export``: the resolved model as JSON for other tools."""

from __future__ import annotations

from typing import TextIO

from govlint.commands import load_clean
from govlint.config import Config


def run_export(config: Config, out: TextIO) -> int:
    from govlint.exporter import model_to_data
    from govlint.textsafe import dumps

    loaded = load_clean(config)
    if isinstance(loaded, int):
        return loaded
    out.write(dumps(model_to_data(loaded.model)) + "\n")
    return 0
