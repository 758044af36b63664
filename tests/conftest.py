"""Fixtures shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT, mkdocs_build


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's handbook, built once (``mkdocs build --strict``); tests only read it."""
    site = tmp_path_factory.mktemp("site") / "site"
    proc = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert proc.returncode == 0, proc.stderr
    return site
