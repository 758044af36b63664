"""What several test modules share: the repository's scripts as modules, MkDocs builds."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str, name: str) -> ModuleType:
    """A script of the repository (``scripts/dev.py``, ``benchmarks/synth.py``) as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def mkdocs_build(
    config_file: Path, site_dir: Path, verbose: bool = False, strict: bool = True
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``config_file`` into ``site_dir`` (``-v``: debug log).

    Never ``-q``: it raises the log level above warnings, so ``--strict`` has none to count.
    """
    from importlib.metadata import entry_points

    if not any(ep.name == "govlint" for ep in entry_points(group="mkdocs.plugins")):
        pytest.fail("the govlint MkDocs plugin is not installed: run `pip install -e .`")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else [])]
    cmd += ["-v"] if verbose else []
    return subprocess.run(
        [*cmd, "-f", str(config_file), "-d", str(site_dir)],
        cwd=config_file.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def build_model_site(
    model: Path,
    work: Path,
    docs: Path = ROOT / "docs",
    verbose: bool = False,
    strict: bool = True,
    **options: Any,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The repository's mkdocs.yml with its govlint plugin pointed at ``model`` (and given
    ``options``), built into ``work/site``: the build's result and the site directory."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(docs)
    config["strict"] = strict
    config["plugins"] = [
        {"search": {"lang": "fi"}},
        {"govlint": {"model": str(model), "history": False, **options}},
    ]
    work.mkdir(parents=True, exist_ok=True)
    cfg = work / "mkdocs.yml"
    cfg.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    site = work / "site"
    return mkdocs_build(cfg, site, verbose, strict), site


def file_tree(directory: Path) -> dict[str, bytes]:
    """Every file below ``directory``: its relative POSIX path -> its bytes."""
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def value_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in a loaded YAML value, the value itself included."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += value_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += value_paths(item, (*path, index))
    return out
