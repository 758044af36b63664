"""The handbook of a configured project: load the model once, check it, generate.

Shared by the MkDocs plugin and ``govlint handbook`` so both publish the same pages: the
configuration's severities and waivers decide which findings are open questions (warnings),
which are accepted (waived warnings, shown with their reason) and which are errors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from govlint.config import Config
from govlint.findings import Finding, Severity
from govlint.handbook.generate import EditionPlan, Handbook, generate_handbook
from govlint.handbook.stamp import BuildStamp, build_stamp, cycle_year
from govlint.handbook.statement import StatementError, statement_from_options
from govlint.model import Model
from govlint.textsafe import terminal


class HandbookError(Exception):
    """The model cannot be published: it does not load (the message lists why)."""


@dataclass
class ProjectHandbook:
    handbook: Handbook
    errors: list[Finding] = field(default_factory=list)  # rule errors: publish, but report


@dataclass
class ProjectModel:
    """A configured project's model, loaded and checked once, ready to be written in any
    language (the MkDocs plugin writes one handbook per language from it)."""

    config: Config
    model: Model
    warnings: list[Finding]
    waived: list[tuple[Finding, str]]
    errors: list[Finding]
    base: Path | None = None

    @property
    def language(self) -> str:
        """The readers' language: configured, else the model's main language."""
        return self.config.language or self.model.lang

    @cached_property
    def stamp(self) -> BuildStamp:
        """The build's moment: SOURCE_DATE_EPOCH, else the commit's time (reproducible)."""
        return build_stamp(self.config.model_dir)

    def handbook(
        self,
        *,
        year: int | None = None,
        history: bool = True,
        lang: str | None = None,
        edition: EditionPlan | None = None,
        accessibility: Mapping[str, Any] | None = None,
        prefixes: Sequence[str] = (),
    ) -> Handbook:
        """The handbook in ``lang``. The calendar's year, unless given, is the one a reader
        needs at the build's moment (:func:`~govlint.handbook.stamp.cycle_year`), so two
        builds of one commit are the same; ``accessibility``: the statement's options;
        ``prefixes``: the other languages' folders."""
        from govlint.handbook.calendar import FIRST_YEAR, LAST_YEAR

        if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
            raise HandbookError(f"the calendar year must be {FIRST_YEAR}-{LAST_YEAR}, not {year}")
        lang = lang or self.language
        model_dir = self.config.model_dir
        history_md = (
            version_history(self.config.project_root, model_dir, lang, self.model)
            if history
            else None
        )
        statement = None
        if accessibility is not None:
            try:
                statement = statement_from_options(accessibility, lang)
            except StatementError as exc:
                raise HandbookError(str(exc)) from exc
        return generate_handbook(
            self.model,
            year=cycle_year(self.model, self.stamp.moment) if year is None else year,
            warnings=self.warnings,
            waived=self.waived,
            history=history_md,
            lang=lang,
            stamp=self.stamp,
            edition=edition,
            statement=statement,
            prefixes=prefixes,
        )


def version_history(
    repo_root: Path, model_dir: Path, lang: str | None = None, model: Model | None = None
) -> str | None:
    """The version history page (with ``model``'s approval records), when the diff package
    that writes it is installed."""
    try:
        from govlint.diff.history import version_history_markdown
    except ImportError:
        return None
    return version_history_markdown(repo_root, model_dir, lang=lang, current=model)


def load_project(config: Config, base: Path | None = None) -> ProjectModel:
    """Load ``config``'s model once and check it.

    Raises :class:`HandbookError` when the model directory is missing or a file does not load
    whole, even with its errors waived (a handbook of a partly read model would silently leave
    things out): :func:`govlint.engine.load_problem`, as for the other commands' output.
    """
    from govlint.engine import finish, load_directory, load_problem, run_rules

    model_dir = config.model_dir
    if not model_dir.is_dir():
        raise HandbookError(f"model directory {terminal(str(model_dir))} does not exist")
    loaded = load_directory(model_dir, base)
    load_result, problem = load_problem(loaded, config)
    if problem is not None:
        shown = "".join(
            f"\n  {terminal(str(f.loc))}: {f.code} {terminal(f.message)}"
            for f in load_result.findings
            if f.severity is Severity.ERROR
        )
        raise HandbookError(f"{terminal(str(model_dir))}: {problem}{shown}")
    result = finish(run_rules(loaded.model), config, loaded.suppressions)
    return ProjectModel(
        config=config,
        model=loaded.model,
        warnings=[f for f in result.findings if f.severity is Severity.WARNING],
        waived=[(f, w.reason) for f, w in result.waived if f.severity is Severity.WARNING],
        errors=[f for f in result.findings if f.severity is Severity.ERROR],
        base=base,
    )


def build_project_handbook(
    config: Config,
    *,
    year: int | None = None,
    history: bool = True,
    base: Path | None = None,
    lang: str | None = None,
    accessibility: Mapping[str, Any] | None = None,
) -> ProjectHandbook:
    """Load ``config``'s model once and generate its handbook in ``lang`` (default: the
    configured language, else the model's main language)."""
    project = load_project(config, base)
    handbook = project.handbook(year=year, history=history, lang=lang, accessibility=accessibility)
    return ProjectHandbook(handbook=handbook, errors=project.errors)
