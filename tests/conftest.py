"""Fixtures shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT, load_script, mkdocs_build


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's handbook, built once (``mkdocs build --strict``); tests only read it."""
    site = tmp_path_factory.mktemp("site") / "site"
    proc = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert proc.returncode == 0, proc.stderr
    return site


@pytest.fixture(scope="session")
def consortium(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's synthetic consortium with 10 cities: 52 bodies, 20 roles, 120 matter
    types, 110 positions; more holders than the seat matrix has columns, more matter types
    than a navigation section has entries, more Markdown than is rendered in one process."""
    synth = load_script("benchmarks/synth.py", "synth")
    target = tmp_path_factory.mktemp("consortium") / "model"
    synth.write_model(10, target)
    return target


@pytest.fixture
def minimal_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project of its own (``pyproject.toml``, the minimal model in ``model/``) as the working
    directory, outside any CI environment: tests may edit its files freely."""
    import shutil

    shutil.copytree(ROOT / "tests" / "examples" / "minimal", tmp_path / "model")
    (tmp_path / "pyproject.toml").write_text('[tool.govlint]\nmodel = "model"\n')
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path
