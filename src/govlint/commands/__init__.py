"""Subcommands: each a function that does the work and returns an exit code.

The click layer (:mod:`govlint.cli`) only parses options and calls these.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from govlint.config import Config
    from govlint.engine import LoadResult


def stdout() -> TextIO:
    """Standard output, or an ``OSError`` that says it was closed before govlint started
    (``sys.stdout`` is then None): the CLI reports it in one line, exit code 2."""
    if sys.stdout is None:
        raise OSError("standard output is closed (nothing can be written)")
    return sys.stdout


def load_clean(config: Config) -> LoadResult | int:
    """The configured model, for a command that writes something made from it (export,
    coverage, calendar); or the exit code, said on stderr, when there is nothing to make it
    from: 2 without the model directory; 1 when loading finds errors (after the configured
    severities, suppressions and waivers, as ``govlint check`` counts them), or when a file
    did not load whole into the model although its errors are waived: the output would lack
    what it holds without a word."""
    from govlint.engine import load_directory, load_problem
    from govlint.textsafe import terminal

    if not config.model_dir.is_dir():
        shown = terminal(str(config.model_dir))
        print(f"govlint: error: model directory {shown} does not exist", file=sys.stderr)
        return 2
    loaded = load_directory(config.model_dir)
    _, problem = load_problem(loaded, config)
    if problem is not None:
        print(f"govlint: {problem}", file=sys.stderr)
        return 1
    return loaded
