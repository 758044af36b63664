"""``govlint handbook`` and ``govlint calendar``: the handbook's files without MkDocs.

``run_handbook`` writes exactly what the MkDocs plugin serves (Markdown, SVG, iCalendar), so
the pages can be reviewed, diffed (golden tests) or fed to another static-site generator;
``--zensical`` lays them out as a Zensical project (:mod:`govlint.handbook.zensical`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from govlint.commands import load_clean, stdout
from govlint.config import Config
from govlint.findings import Finding
from govlint.textsafe import terminal


def _report_errors(errors: list[Finding]) -> None:
    for finding in errors:
        where, message = terminal(str(finding.loc)), terminal(finding.message)
        print(f"govlint: {where}: {finding.code} {message}", file=sys.stderr)
    if errors:
        print(
            f"govlint: the model has {len(errors)} error(s); the handbook was written, but "
            "run `govlint check` and fix them before publishing",
            file=sys.stderr,
        )


def run_handbook(
    config: Config,
    out_dir: Path,
    *,
    year: int | None = None,
    history: bool = True,
    zensical: bool = False,
    lang: str | None = None,
) -> int:
    """Write every generated file below ``out_dir``. 0: written; 1: written, but the model
    has errors; 2: the model does not load (nothing written).

    ``zensical``: write a Zensical project instead (``out_dir/mkdocs.yml`` from the project's
    ``mkdocs.yml``, ``out_dir/docs`` with the hand-written and generated pages)."""
    from govlint.handbook.project import HandbookError, build_project_handbook
    from govlint.l10n import UnknownLanguage

    mkdocs_file = config.project_root / "mkdocs.yml"
    accessibility = None
    if zensical and mkdocs_file.is_file():
        # the plugin's options the pages depend on (Zensical runs no plugin)
        from govlint.handbook.zensical import ZensicalError, plugin_options, read_mkdocs_config

        try:
            accessibility = plugin_options(read_mkdocs_config(mkdocs_file)).get("accessibility")
        except ZensicalError as exc:
            print(f"govlint: error: {exc}", file=sys.stderr)
            return 2
    try:
        built = build_project_handbook(
            config, year=year, history=history, lang=lang, accessibility=accessibility
        )
    except UnknownLanguage as exc:
        print(f"govlint: error: {exc}", file=sys.stderr)
        return 2
    except HandbookError as exc:
        print(f"govlint: error: {exc}", file=sys.stderr)  # its findings made safe already
        return 2
    if zensical:
        from govlint.handbook.zensical import ZensicalError, write_zensical_project

        if not mkdocs_file.is_file():
            print(
                f"govlint: error: {mkdocs_file} does not exist: the Zensical project "
                "takes its theme and settings from the project's MkDocs configuration",
                file=sys.stderr,
            )
            return 2
        try:
            written = write_zensical_project(
                built.handbook, mkdocs_file, out_dir, config.handbook_url
            )
        except ZensicalError as exc:
            print(f"govlint: error: {terminal(str(exc))}", file=sys.stderr)
            return 2
        print(f"govlint: build it with: zensical build -f {written}", file=sys.stderr)
        _report_errors(built.errors)
        return 1 if built.errors else 0
    from govlint.handbook.generate import write_files

    write_files(out_dir, built.handbook.files)
    _report_errors(built.errors)
    return 1 if built.errors else 0


def run_calendar(
    config: Config, year: int | None, output: str | None, lang: str | None = None
) -> int:
    """Write the annual cycle as iCalendar to ``output`` (stdout when None), in ``lang``
    (default: the configured language, else the model's main language)."""
    from govlint.handbook.calendar import calendar_bytes
    from govlint.handbook.stamp import build_stamp, cycle_year

    loaded = load_clean(config)
    if isinstance(loaded, int):
        return loaded
    from govlint.l10n import UnknownLanguage

    try:
        stamp = build_stamp(config.model_dir)
        year = cycle_year(loaded.model, stamp.moment) if year is None else year
        data = calendar_bytes(loaded.model, year, lang or config.language, stamp)
    except UnknownLanguage as exc:
        print(f"govlint: error: {exc}", file=sys.stderr)
        return 2
    if output:
        Path(output).write_bytes(data)
    else:
        out = stdout()
        out.buffer.write(data)
        out.flush()
    return 0
