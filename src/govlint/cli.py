"""The command line: a thin click layer over :mod:`govlint.commands`.

Exit codes: 0 success, 1 findings (errors, or warnings with --strict; changes with diff's
--exit-code / --fail-on), 2 usage, configuration or I/O problems (a closed standard output
too). An unexpected error prints one line (set GOVLINT_DEBUG=1 for the traceback) and exits 2.
When the reader of the output goes away (`govlint export | head`), govlint stops quietly with
status 141, as a Unix tool killed by SIGPIPE does.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from govlint import __version__

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("text", "json", "sarif", "github")
BROKEN_PIPE = 128 + 13  # what a shell reports for a process killed by SIGPIPE
# Calendar years, as handbook.calendar.FIRST_YEAR and LAST_YEAR (not imported: this module
# stays light): dates end with 9999, and a year's cycle can reach into the next.
YEARS = click.IntRange(1, 9998)


def _detach_stdout() -> None:
    """Point file descriptor 1 at /dev/null: the reader is gone, and the interpreter's own
    last flush must not report a broken pipe either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


def _guard(fn: F) -> F:
    """Turn configuration and unexpected errors into one clear line and exit code 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from govlint.config import ConfigError
        from govlint.textsafe import terminal

        try:
            code = fn(*args, **kwargs)
            if sys.stdout is not None:
                sys.stdout.flush()  # here, where a broken pipe can still be handled
        except BrokenPipeError:
            _detach_stdout()
            sys.exit(BROKEN_PIPE)
        except ConfigError as exc:
            click.echo(f"govlint: configuration error: {terminal(str(exc))}", err=True)
            sys.exit(2)
        except OSError as exc:
            click.echo(f"govlint: error: {terminal(str(exc))}", err=True)
            sys.exit(2)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:
            if os.environ.get("GOVLINT_DEBUG"):
                raise
            click.echo(
                f"govlint: internal error: {type(exc).__name__}: {terminal(str(exc))} (please "
                "report it; GOVLINT_DEBUG=1 shows the traceback)",
                err=True,
            )
            sys.exit(2)
        sys.exit(code or 0)

    return wrapper  # type: ignore[return-value]


def _output(path: str | None) -> Any:
    if path:
        return open(path, "w", encoding="utf-8")
    from govlint.commands import stdout

    return stdout()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govlint")
def main() -> None:
    """Validate, publish and compare a governance model kept as YAML."""


@main.command()
@click.argument("model_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: text; github when GITHUB_ACTIONS=true).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    help="Configuration file (default: .govlint.yaml or pyproject.toml found upwards).",
)
@click.option("--color/--no-color", default=None, help="Colour the text output.")
@click.option(
    "--severity",
    type=click.Choice(("error", "warning", "info")),
    default="info",
    help="Show only findings of this severity or worse (default: all). Hidden findings "
    "still count in the summary and for the exit code.",
)
@click.option("--quiet", "-q", is_flag=True, help="Show errors only (same as --severity error).")
@_guard
def check(
    model_dir: Path | None,
    fmt: str | None,
    output: str | None,
    strict: bool,
    no_cache: bool,
    config_file: Path | None,
    color: bool | None,
    severity: str,
    quiet: bool,
) -> int:
    """Check the model in MODEL_DIR (default: the configured model directory).

    Findings come root causes first: files that do not load, then schema errors, then
    references, then the model rules. Fix the first one first.
    """
    from govlint.commands.check import run_check
    from govlint.config import load_config
    from govlint.findings import Severity

    config = load_config(Path.cwd(), model_dir, config_file)
    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    out = _output(output)
    try:
        use_color = (
            color
            if color is not None
            else (out is sys.stdout and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
        )
        return run_check(
            config,
            fmt,
            out,
            strict=strict,
            use_cache=not no_cache,
            color=bool(use_color and fmt == "text"),
            lowest=Severity.ERROR if quiet else Severity(severity),
        )
    finally:
        if out is not sys.stdout:
            out.close()


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "json", "markdown")),
    default="text",
    help="Output format.",
)
@_guard
def rules(fmt: str) -> int:
    """List every rule: code, slug, default severity and summary."""
    from govlint.commands import stdout
    from govlint.commands.rules import render_rules

    stdout().write(render_rules(fmt) + "\n")
    return 0


@main.command()
@click.argument("model_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(("json",)), default="json", help="Output format."
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file.")
@_guard
def export(model_dir: Path | None, fmt: str, output: str | None) -> int:
    """Export the resolved model for other tools."""
    from govlint.commands.export import run_export
    from govlint.config import load_config

    config = load_config(Path.cwd(), model_dir)
    out = _output(output)
    try:
        return run_export(config, out)
    finally:
        if out is not sys.stdout:
            out.close()


@main.command()
@click.argument("model_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(("text", "json")), default="text", help="Output format."
)
@click.option(
    "--only",
    type=click.Choice(("cited", "not-modelled", "untraced")),
    help="Show only the sentences in this state.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file.")
@_guard
def coverage(model_dir: Path | None, fmt: str, only: str | None, output: str | None) -> int:
    """Show, for every sentence of the agreement's text, the elements that cite it.

    A sentence is cited when an element's source quotes words in it; a sentence left out on
    purpose is listed in the Agreement's notModelled with the reason; any other is untraced.
    """
    from govlint.commands.coverage import run_coverage
    from govlint.config import load_config

    config = load_config(Path.cwd(), model_dir)
    out = _output(output)
    try:
        return run_coverage(config, fmt, out, only)
    finally:
        if out is not sys.stdout:
            out.close()


@main.command()
@click.argument("old")
@click.argument("new", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "markdown", "json", "html", "pdf")),
    default="text",
    help="Output format (markdown: for pull requests and memos; html and pdf: the same change "
    "paper as one page or an A4 document for decision makers' papers, pdf with --output).",
)
@click.option(
    "--lang",
    help="Language of the sentences (any language govlint has a catalog for: fi, sv, en); "
    "default: [tool.govlint] language, else the new model's main language.",
)
@click.option(
    "--exit-code",
    "exit_code",
    is_flag=True,
    help="Exit 1 when there are changes (like git diff --exit-code).",
)
@click.option(
    "--fail-on",
    type=click.Choice(("breaking", "significant", "minor")),
    help="Exit 1 when a change at this impact level or above exists, or when modelVersion was "
    "not raised as the changes require (a minor raise for significant and breaking changes, a "
    "patch raise for others).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file.")
@_guard
def diff(
    old: str,
    new: str | None,
    fmt: str,
    lang: str | None,
    exit_code: bool,
    fail_on: str | None,
    output: str | None,
) -> int:
    """Compare two versions of the model in governance terms.

    OLD and NEW are git revisions (tag, branch, commit) or model directories; NEW defaults to
    the working tree.
    """
    from govlint.commands.diff import run_diff
    from govlint.config import load_config

    config = load_config(Path.cwd())
    out = _output(output)
    try:
        return run_diff(
            config, old, new, fmt=fmt, lang=lang, exit_code=exit_code, fail_on=fail_on, out=out
        )
    finally:
        if out is not sys.stdout:
            out.close()


@main.command()
@click.argument("model_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Directory to write the generated pages into.",
)
@click.option(
    "--zensical",
    is_flag=True,
    help="Write a Zensical project: OUT/mkdocs.yml (from the project's mkdocs.yml, with the "
    "model's navigation) and OUT/docs; then run `zensical build -f OUT/mkdocs.yml`.",
)
@click.option("--lang", help="Language of the pages (default: as configured, else the model's).")
@_guard
def handbook(model_dir: Path | None, out_dir: Path, zensical: bool, lang: str | None) -> int:
    """Write the handbook's generated pages (Markdown and SVG) without MkDocs."""
    from govlint.commands.handbook import run_handbook
    from govlint.config import load_config

    config = load_config(Path.cwd(), model_dir)
    return run_handbook(config, out_dir, zensical=zensical, lang=lang)


@main.command()
@click.argument("name", required=False)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write every schema into this directory instead.",
)
@_guard
def schema(name: str | None, out_dir: Path | None) -> int:
    """Print the JSON Schema NAME (a kind such as Body, or body), or export all with --out.

    Another repository gets editor completion by exporting them next to its model and naming
    one on each file's first line: # yaml-language-server: $schema=../schemas/body.schema.json
    """
    from govlint.commands.schema import run_schema

    return run_schema(name, out_dir)


@main.command()
@click.argument("model_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--year",
    type=YEARS,
    help="Year of the first events (default: the year whose meetings are still ahead at "
    "SOURCE_DATE_EPOCH or the time of the checked-out commit).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file.")
@click.option("--lang", help="Language of the events (default: as configured, else the model's).")
@_guard
def calendar(model_dir: Path | None, year: int | None, output: str | None, lang: str | None) -> int:
    """Write the annual cycle as an iCalendar file."""
    from govlint.commands.handbook import run_calendar
    from govlint.config import load_config

    config = load_config(Path.cwd(), model_dir)
    return run_calendar(config, year, output, lang=lang)


def entry() -> None:
    """The ``govlint`` command: :func:`main` in a process of its own.

    At exit the interpreter runs one last full collection over every object still alive,
    which for a loaded 300-city model is over a second spent freeing nothing that the process
    ending would not free. Freezing them first (``gc.freeze``: moved to a generation no
    collection visits) skips it. Only here, where the process ends with the command: a
    program that calls :func:`main` and goes on keeps its collector as it was.
    """
    import atexit
    import gc

    atexit.register(gc.freeze)
    main()


if __name__ == "__main__":  # pragma: no cover
    entry()
