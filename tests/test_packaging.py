"""The package as it is built and installed: its wheel and sdist, and the lock CI installs.

* the wheel carries the version written once in ``govlint/__init__.py``, ``py.typed`` and
  the schemas; the sdist builds that wheel and carries no tests it could not run;
* ``requirements/lock.txt`` pins every dependency of every extra (and the build backend)
  at a version the declared bounds allow, each with hashes: a dependency added to
  pyproject.toml without updating the lock fails here, with the command that updates it;
* the ruff that pre-commit runs is the ruff the lock pins, so both format alike.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import govlint

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK_COMMAND = (
    "pip-compile --all-extras --allow-unsafe --build-deps-for=editable --generate-hashes "
    "--no-emit-find-links --no-emit-index-url --output-file=requirements/lock.txt "
    "--strip-extras pyproject.toml"
)


def locked(text: str) -> dict[str, tuple[str, int]]:
    """Name -> (pinned version, number of hashes) of a pip-compile lock."""
    pins: dict[str, tuple[str, int]] = {}
    for block in re.split(r"\n(?=\S)", text):
        match = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", block)
        if match:
            name = canonicalize_name(match[1])
            pins[name] = (match[2], len(re.findall(r"--hash=sha256:[0-9a-f]{64}", block)))
    return pins


def lock_problems(pyproject: dict[str, Any], lock_text: str) -> list[str]:
    """Declared requirements the lock does not pin, or pins outside their bounds."""
    project = pyproject["project"]
    declared = [*project["dependencies"], *pyproject["build-system"]["requires"]]
    for extra in project.get("optional-dependencies", {}).values():
        declared += extra
    pins = locked(lock_text)
    problems = []
    for text in declared:
        req = Requirement(text)
        name = canonicalize_name(req.name)
        if name == project["name"]:
            continue  # an extra naming another extra of the project
        if name not in pins:
            problems.append(f"{req} is not in the lock")
        elif not req.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{req}: the lock pins {pins[name][0]}")
    problems += [f"{name}=={version} has no hash" for name, (version, n) in pins.items() if not n]
    return problems


def test_lock_pins_every_declared_requirement() -> None:
    text = LOCK.read_text(encoding="utf-8")
    problems = lock_problems(PYPROJECT, text)
    assert not problems, (
        "requirements/lock.txt does not match pyproject.toml; update it with\n"
        f"    .venv/bin/{LOCK_COMMAND}\n" + "\n".join(problems)
    )
    assert f"#    {LOCK_COMMAND}\n" in text, "the lock was made with other options"
    assert "--index-url" not in text and "--find-links" not in text, "machine-specific"


def test_lock_problems_detects_a_stale_lock() -> None:
    lock = "click==8.1.0 \\\n    --hash=sha256:" + "0" * 64 + "\nrequests==2.0\n"
    pyproject = {
        "build-system": {"requires": ["hatchling>=1.21"]},
        "project": {
            "name": "govlint",
            "dependencies": ["click>=8.2", "requests"],
            "optional-dependencies": {"x": ["govlint[y]", "newdep"]},
        },
    }
    assert lock_problems(pyproject, lock) == [
        "click>=8.2: the lock pins 8.1.0",
        "hatchling>=1.21 is not in the lock",
        "newdep is not in the lock",
        "requests==2.0 has no hash",
    ]


def test_pre_commit_runs_the_locked_ruff() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (ruff_hooks,) = [r for r in config["repos"] if r["repo"].endswith("/ruff-pre-commit")]
    assert ruff_hooks["rev"] == "v" + locked(LOCK.read_text(encoding="utf-8"))["ruff"][0]


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and the sdist, built with the locked build backend (no network)."""
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def test_wheel_carries_version_types_and_schemas(dists: Path) -> None:
    (wheel,) = dists.glob("*.whl")
    assert wheel.name.startswith(f"govlint-{govlint.__version__}-")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        metadata = zf.read(f"govlint-{govlint.__version__}.dist-info/METADATA").decode()
    assert "govlint/py.typed" in names
    schemas = {p.name for p in (ROOT / "schemas").glob("*.schema.json")}
    assert {f"govlint/schemas/{name}" for name in schemas} <= names
    assert f"\nVersion: {govlint.__version__}\n" in metadata
    assert "\nLicense-Expression: EUPL-1.2\n" in metadata
    assert "Classifier: License ::" not in metadata, "PEP 639: the expression alone"
    assert "Classifier: Typing :: Typed" in metadata
    assert "\nRequires-Dist: referencing" in metadata


def test_sdist_builds_the_wheel_and_leaves_tests_out(dists: Path) -> None:
    (sdist,) = dists.glob("*.tar.gz")
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    assert "src/govlint/__init__.py" in names and "schemas/body.schema.json" in names
    assert not any(n.startswith("tests/") for n in names)
