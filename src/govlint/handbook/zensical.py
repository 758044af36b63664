"""The handbook as a Zensical project: the second site engine, Material's successor.

Zensical reads an ``mkdocs.yml`` but runs no MkDocs plugins, so what the govlint plugin does
while MkDocs builds is done here beforehand: the generated pages are written next to the
hand-written ones, and the navigation built from the model is written into the configuration.
The JSON Schemas are published at the address their ``$id``s name, as the plugin does, and
the handbook's stylesheet and table labels (:mod:`govlint.handbook.theme`) are added as the
plugin adds them. The print edition is made only by the MkDocs plugin (from MkDocs' rendered
pages), and the search index's folded words only for Material's search.
Everything else is the project's own ``mkdocs.yml`` (theme, Markdown extensions, stylesheets),
so both engines publish the same handbook from the same settings. ARCHITECTURE.md lists what
differs between them.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from govlint.handbook.generate import Handbook, mkdocs_nav, write_files
from govlint.handbook.theme import STYLESHEET, TABLE_LABELS, asset
from govlint.schemaexport import published_schemas

DOCS = "docs"
SITE = "site"


class ZensicalError(Exception):
    """The project's MkDocs configuration cannot be turned into a Zensical project."""


def read_mkdocs_config(path: Path) -> dict[str, Any]:
    """The project's ``mkdocs.yml`` as plain data (Python tags are refused, not run)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ZensicalError(f"{path}: cannot be read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ZensicalError(f"{path}: not plain YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ZensicalError(f"{path}: the MkDocs configuration must be a mapping")
    return data


def zensical_config(mkdocs: dict[str, Any], nav: list[Any]) -> dict[str, Any]:
    """``mkdocs``'s settings for a project laid out as ``docs/`` and ``site/`` next to the
    configuration, with the model's navigation and without the govlint plugin."""
    config = dict(mkdocs)
    config["docs_dir"] = DOCS
    config["site_dir"] = SITE
    config["nav"] = nav
    plugins = config.get("plugins") or []
    config["plugins"] = [p for p in plugins if _plugin_name(p) != "govlint"]
    css = list(config.get("extra_css") or [])
    config["extra_css"] = css if STYLESHEET in css else [STYLESHEET, *css]
    extensions = list(config.get("markdown_extensions") or [])
    if TABLE_LABELS not in extensions:
        extensions.append(TABLE_LABELS)
    config["markdown_extensions"] = extensions
    return config


def plugin_options(mkdocs: dict[str, Any]) -> dict[str, Any]:
    """The govlint plugin's options in ``mkdocs`` (empty if it has none)."""
    for entry in mkdocs.get("plugins") or []:
        if _plugin_name(entry) == "govlint" and isinstance(entry, dict):
            options = next(iter(entry.values()))
            return dict(options) if isinstance(options, dict) else {}
    return {}


def _plugin_name(entry: object) -> str | None:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and len(entry) == 1:
        return str(next(iter(entry)))
    return None


def write_zensical_project(
    handbook: Handbook, mkdocs_file: Path, out_dir: Path, handbook_url: str | None = None
) -> Path:
    """Write ``out_dir/docs`` (the project's hand-written pages with the generated ones, and
    the format's schemas when ``handbook_url`` is their home) and ``out_dir/mkdocs.yml``;
    return the configuration's path (``zensical build -f`` it)."""
    import yaml

    mkdocs = read_mkdocs_config(mkdocs_file)
    docs_src = mkdocs_file.parent / str(mkdocs.get("docs_dir", "docs"))
    docs = out_dir / DOCS
    if docs.exists():
        shutil.rmtree(docs)  # pages of an earlier model must not linger
    if docs_src.is_dir():
        shutil.copytree(docs_src, docs)
    hand_written = (
        sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md") if p.is_file())
        if docs.is_dir()
        else []
    )
    own = {**published_schemas(handbook_url), **handbook.files, STYLESHEET: asset(STYLESHEET)}
    write_files(docs, own)
    # like the plugin: the generated navigation, then any hand-written page
    nav = mkdocs_nav(handbook.nav)
    nav += [page for page in hand_written if page not in handbook.files]
    config_file = out_dir / "mkdocs.yml"
    config_file.write_text(
        "# Written by `govlint handbook --zensical` from "
        f"{mkdocs_file.name}; build it with `zensical build -f {config_file.name}`.\n"
        + yaml.safe_dump(zensical_config(mkdocs, nav), allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return config_file
