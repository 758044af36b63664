"""Zensical, the second site engine: the repository's handbook built with it.

``govlint handbook --zensical`` writes a Zensical project from the project's mkdocs.yml and
the model; ``zensical build --strict`` builds it. The site must have the pages the MkDocs
build has, the rule anchors SARIF links to, the hand-written stylesheet, and nothing loaded
from another host. Zensical comes with the test extra (``govlint[zensical]``); where it is
not installed the test says so and skips.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from govlint.cli import main
from govlint.config import load_config
from govlint.handbook.theme import STYLESHEET, TABLE_LABELS
from govlint.handbook.zensical import zensical_config
from govlint.rules import RULES

ROOT = Path(__file__).resolve().parents[1]
ZENSICAL = Path(sys.executable).with_name("zensical")


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ZENSICAL.exists():
        pytest.skip("zensical is not installed (pip install -e '.[zensical]')")
    project = tmp_path_factory.mktemp("zensical")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = CliRunner().invoke(main, ["handbook", "--zensical", "--out", str(project)])
    assert result.exit_code == 0, result.output
    proc = subprocess.run(
        [str(ZENSICAL), "build", "--strict", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return project / "site"


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def test_zensical_builds_the_pages_mkdocs_builds(zensical_site: Path, repo_site: Path) -> None:
    """The pages of the first language: the other languages' builds (under en/) are the
    MkDocs plugin's (handbook/languages.py); a Zensical project is one language. All of
    them but the print edition, which the MkDocs plugin makes from its rendered pages."""
    first = {p for p in pages(repo_site) if not p.startswith("en/")} - {"kasikirja.html"}
    assert pages(zensical_site) == first
    assert "saavutettavuusseloste/index.html" in first
    assert len(pages(zensical_site)) > 20


def test_zensical_site_has_every_rule_anchor(zensical_site: Path) -> None:
    """The anchors SARIF's helpUri links to (the configured rule reference page)."""
    reference = load_config(ROOT).rule_reference
    assert reference is not None and reference.endswith("/")
    page = (zensical_site / reference / "index.html").read_text(encoding="utf-8")
    missing = [code for code in RULES if f'id="{code.lower()}"' not in page]
    assert not missing


def test_zensical_site_is_self_contained(zensical_site: Path) -> None:
    index = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert "stylesheets/extra.css" in index and "assets/govlint/handbook.css" in index
    matrix = (zensical_site / "vastuumatriisi" / "index.html").read_text(encoding="utf-8")
    assert 'data-label="' in matrix  # table cells labelled for the phone layout
    assert (zensical_site / "stylesheets" / "extra.css").is_file()
    assert (zensical_site / "schemas" / "v1" / "body.schema.json").is_file()
    for page in zensical_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        loaded = re.findall(r'<(?:script|link|img)\b[^>]*(?:src|href)="(https?:[^"]*)"', text)
        assert not loaded, f"{page.relative_to(zensical_site)} loads {loaded}"


def test_zensical_config_replaces_the_plugin_by_its_output() -> None:
    mkdocs = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = [{"Etusivu": "index.md"}]
    config = zensical_config(mkdocs, nav)
    assert config["nav"] == nav and config["docs_dir"] == "docs"
    assert "govlint" not in [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
    assert config["theme"] == mkdocs["theme"]
    # the project's own, and what the plugin adds for phones and paper
    assert config["markdown_extensions"] == [*mkdocs["markdown_extensions"], TABLE_LABELS]
    assert config["extra_css"] == [STYLESHEET, *mkdocs["extra_css"]]


def test_zensical_project_needs_the_mkdocs_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    shutil.copytree(ROOT / "tests" / "examples" / "minimal", tmp_path / "model")
    (tmp_path / "pyproject.toml").write_text('[tool.govlint]\nmodel = "model"\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["handbook", "--zensical", "--out", "out"])
    assert result.exit_code == 2
    assert "mkdocs.yml does not exist" in result.output
