"""Subcommands: each a function that does the work and returns an exit code.

The click layer (:mod:`govlint.cli`) only parses options and calls these.
"""

from __future__ import annotations

import sys
from typing import TextIO


def stdout() -> TextIO:
    """Standard output, or an ``OSError`` that says it was closed before govlint started
    (``sys.stdout`` is then None): the CLI reports it in one line, exit code 2."""
    if sys.stdout is None:
        raise OSError("standard output is closed (nothing can be written)")
    return sys.stdout
