"""The handbook of a configured project: load the model once, check it, generate.

Shared by the MkDocs plugin and ``govlint handbook`` so both publish the same pages: the
configuration's severities and waivers decide which findings are open questions (warnings),
which are accepted (waived warnings, shown with their reason) and which are errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from govlint.config import Config
from govlint.findings import Finding, Severity
from govlint.handbook.generate import Handbook, generate_handbook


class HandbookError(Exception):
    """The model cannot be published: it does not load (the message lists why)."""


@dataclass
class ProjectHandbook:
    handbook: Handbook
    errors: list[Finding] = field(default_factory=list)  # rule errors: publish, but report


def version_history(repo_root: Path, model_dir: Path) -> str | None:
    """The version history page, when the diff package that writes it is installed."""
    try:
        from govlint.diff.history import version_history_markdown
    except ImportError:
        return None
    return version_history_markdown(repo_root, model_dir)


def build_project_handbook(
    config: Config, *, year: int | None = None, history: bool = True, base: Path | None = None
) -> ProjectHandbook:
    """Load ``config``'s model once and generate its handbook.

    Raises :class:`HandbookError` when the model directory is missing or a file does not load
    (a handbook of a partly read model would silently leave things out).
    """
    from govlint.engine import finish, load_directory, run_rules

    model_dir = config.model_dir
    if not model_dir.is_dir():
        raise HandbookError(f"model directory {model_dir} does not exist")
    loaded = load_directory(model_dir, base)
    load_result = finish(loaded.findings, config, loaded.suppressions)
    if load_result.errors:
        shown = "\n".join(
            f"  {f.loc}: {f.code} {f.message}"
            for f in load_result.findings
            if f.severity is Severity.ERROR
        )
        raise HandbookError(
            f"the model in {model_dir} has {load_result.errors} loading "
            f"error(s); run `govlint check`:\n{shown}"
        )
    result = finish(run_rules(loaded.model), config, loaded.suppressions)
    warnings = [f for f in result.findings if f.severity is Severity.WARNING]
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    waived = [(f, w.reason) for f, w in result.waived if f.severity is Severity.WARNING]
    history_md = version_history(config.project_root, model_dir) if history else None
    handbook = generate_handbook(
        loaded.model,
        year=year or date.today().year,
        warnings=warnings,
        waived=waived,
        history=history_md,
    )
    return ProjectHandbook(handbook=handbook, errors=errors)
