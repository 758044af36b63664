"""CONTRIBUTING.md's "Modelling another agreement", followed from an empty directory.

The recipe's files are its code blocks: a YAML or TOML block whose lead-in paragraph ends
with a colon and names a file (`` `governance/agreement.yaml`: ``) is written to that file.
The commands of its last ``sh`` block are run as written, in a project whose ``.venv/bin``
is the environment the tests run in: govlint is installed from this checkout, not from the
network, which is the only step taken differently (step 1 is not run). If the recipe
changes, this test follows it; if it stops working, this test fails.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT

BIN = Path(sys.executable).parent
HEADING = "## Modelling another agreement"


def recipe() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    start = text.index(HEADING)
    end = text.find("\n## ", start + len(HEADING))
    return text[start : end if end >= 0 else len(text)]


def blocks(section: str) -> list[tuple[str, str, str]]:
    """(language, lead-in paragraph, content) of every fenced block, indentation removed."""
    out = []
    pattern = re.compile(r"^( *)```(\w+)\n(.*?)^\1```$", re.M | re.S)
    last = 0
    for match in pattern.finditer(section):
        before = section[last : match.start()].rstrip("\n").split("\n\n")[-1]
        indent = len(match.group(1))
        content = "\n".join(line[indent:] for line in match.group(3).splitlines()) + "\n"
        out.append((match.group(2), " ".join(before.split()), content))
        last = match.end()
    return out


def files(section: str) -> dict[str, str]:
    """Path -> content of every file the recipe says to write."""
    out = {}
    for lang, lead, content in blocks(section):
        if lang not in ("yaml", "toml") or not lead.endswith(":"):
            continue
        named = [t for t in re.findall(r"`([^`\s]+)`", lead) if re.search(r"\.[a-z]+$", t)]
        assert named, f"a {lang} block without a file name before it: {lead!r}"
        out[named[0]] = content
    return out


def test_the_recipe_names_every_file_it_shows() -> None:
    written = files(recipe())
    assert {
        "pyproject.toml",
        "mkdocs.yml",
        ".pre-commit-config.yaml",
        "governance/agreement.yaml",
        "governance/agreement-text.yaml",
    } <= set(written)
    assert "govlint schema --out schemas" in recipe()


@pytest.mark.slow
def test_the_recipe_works_from_an_empty_directory(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    project = tmp_path / "my-agreement"
    (project / ".venv").mkdir(parents=True)
    (project / ".venv" / "bin").symlink_to(BIN, target_is_directory=True)  # step 1's venv
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"),
        "NO_MKDOCS_2_WARNING": "1",
        "GIT_AUTHOR_NAME": "Recipe",
        "GIT_AUTHOR_EMAIL": "recipe@example.org",
        "GIT_COMMITTER_NAME": "Recipe",
        "GIT_COMMITTER_EMAIL": "recipe@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }

    def sh(command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, shell=True, cwd=project, env=env, capture_output=True, text=True, timeout=300
        )

    assert sh("git init -q -b main").returncode == 0
    section = recipe()
    for path, content in files(section).items():
        target = project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    exported = sh(".venv/bin/govlint schema --out schemas")
    assert exported.returncode == 0, exported.stderr
    for model_file in (project / "governance").rglob("*.yaml"):  # the modelines resolve
        first = model_file.read_text(encoding="utf-8").splitlines()[0]
        schema = first.split("$schema=", 1)[1]
        assert (model_file.parent / schema).is_file(), model_file
    commands = [body for lang, _, body in blocks(section) if lang == "sh"][-1]
    for line in commands.strip().splitlines():
        done = sh(line)
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
    front = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "North and South" in front
    # the handbook's stylesheet comes with the plugin: the project has none of its own
    from govlint.handbook.theme import STYLESHEET

    assert not (project / "docs" / STYLESHEET).exists()
    assert (project / "site" / STYLESHEET).is_file() and STYLESHEET in front
    log = sh("git log --oneline")
    assert "The agreement as a model" in log.stdout
    # the hook runs govlint: a broken reference stops the next commit
    body = project / "governance" / "bodies" / "steering-group.yaml"
    body.write_text(body.read_text().replace("tier: steering", "tier: steerin"))
    broken = sh("git commit -qam " + shlex.quote("A typo"))
    assert broken.returncode != 0
    assert "GOV021" in broken.stdout + broken.stderr
