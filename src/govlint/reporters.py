"""Output formats for a check, as small classes looked up by name.

``text`` for people at a terminal, ``json`` for tools (documented in CONTRIBUTING.md, stable),
``sarif`` for GitHub code scanning (SARIF 2.1.0), ``github`` for workflow annotations with a
markdown job summary. Every text a finding carries (message, hint, file name, waiver reason)
may come from the model, so each format passes it through its context's function of
:mod:`govlint.textsafe`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from govlint.findings import Finding, Severity
from govlint.results import CheckResult
from govlint.textsafe import code_span, dumps, markdown, terminal

if TYPE_CHECKING:
    from govlint.config import Config


class Reporter:
    name: ClassVar[str]

    def __init__(self, color: bool = False, config: Config | None = None) -> None:
        self.color = color
        self.config = config  # where the model and the published handbook are, when known

    def render(self, result: CheckResult) -> str:
        raise NotImplementedError


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(result: CheckResult) -> str:
    parts = [_plural(result.errors, "error"), _plural(result.warnings, "warning")]
    if result.infos:
        parts.append(_plural(result.infos, "info"))
    line = f"govlint: {', '.join(parts)} in {_plural(result.files, 'file')}"
    extra = []
    if result.hidden:
        extra.append(f"{len(result.hidden)} not shown")
    if result.waived:
        extra.append(f"{len(result.waived)} waived")
    if result.suppressed:
        extra.append(f"{len(result.suppressed)} suppressed")
    if extra:
        line += f" ({', '.join(extra)})"
    return line + (" [cached]" if result.cached else "")


class TextReporter(Reporter):
    name = "text"
    COLORS: ClassVar[dict[Severity, str]] = {
        Severity.ERROR: "red",
        Severity.WARNING: "yellow",
        Severity.INFO: "cyan",
    }

    # Places of the same mistake listed under a finding; more are counted, not listed.
    MAX_RELATED = 10

    def render(self, result: CheckResult) -> str:
        lines = []
        for f in result.findings:
            slug = f" {f.slug}" if f.slug else ""
            sev = self._style(f.severity.value, fg=self.COLORS[f.severity], bold=True)
            where = self._style(terminal(str(f.loc)), bold=True)
            lines.append(f"{where}: {sev} {f.code}{slug}: {terminal(f.message)}")
            if f.hint:
                first, *more = (terminal(line) for line in f.hint.split("\n"))
                lines.append(f"    {self._style('hint:', dim=True)} {first}")
                lines += [f"          {line}" for line in more]
            for loc in f.related[: self.MAX_RELATED]:
                lines.append(f"    {self._style('also:', dim=True)} {terminal(str(loc))}")
            if len(f.related) > self.MAX_RELATED:
                lines.append(f"    {self._style('also:', dim=True)} ... {_more(f)}")
        for f, waiver in result.waived:
            lines.append(f"waived {f.code} at {terminal(str(f.loc))}: {terminal(waiver.reason)}")
        for note in result.notes:
            lines.append(f"{self._style('note:', bold=True)} {terminal(str(note))}")
        lines.append(self._style(summary_line(result), bold=True))
        return "\n".join(lines)

    def _style(self, text: str, **kw: object) -> str:
        if not self.color:
            return text
        import click

        return click.style(text, **kw)  # type: ignore[arg-type]


def _more(f: Finding) -> str:
    return f"and {len(f.related) - TextReporter.MAX_RELATED} more"


def _with_related(f: Finding) -> str:
    """Message, hint and the other places of the mistake, for formats with one text field
    (each line safe for a log: :func:`govlint.textsafe.terminal`)."""
    lines = [f.message, *(f.hint.split("\n") if f.hint else [])]
    if f.related:
        lines.append("Also at: " + ", ".join(str(loc) for loc in f.related))
    return "\n".join(terminal(line) for line in lines)


class JsonReporter(Reporter):
    name = "json"

    def render(self, result: CheckResult) -> str:
        return dumps(result.to_json())


class SarifReporter(Reporter):
    """SARIF 2.1.0 for GitHub code scanning (:mod:`govlint.sarif`)."""

    name = "sarif"

    def render(self, result: CheckResult) -> str:
        from govlint.sarif import sarif_log

        options: dict[str, Any] = {}
        if self.config is not None:
            from govlint.rules import RULES
            from govlint.sources import display_path

            options = {
                "rule_help": self.config.rule_help(RULES),
                "model_root": display_path(self.config.model_dir),
                "model_anchor": self.config.model_setting_loc(),
            }
        return dumps(sarif_log(result, **options))


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GH_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


class GithubReporter(Reporter):
    """Workflow commands; GitHub shows them as annotations on the changed lines."""

    name = "github"

    def render(self, result: CheckResult) -> str:
        lines = []
        for f in result.findings:
            props = [f"file={_escape_prop(terminal(f.loc.file))}"]
            if f.loc.line:
                props += [f"line={f.loc.line}", f"col={max(f.loc.column, 1)}"]
            title = f"{f.code} {f.slug}" if f.slug else f.code
            props.append(f"title={_escape_prop(title)}")
            body = _with_related(f)
            lines.append(f"::{_GH_LEVEL[f.severity]} {','.join(props)}::{_escape_data(body)}")
        for note in result.notes:
            where = f" file={_escape_prop(terminal(note.file))}" if note.file else ""
            lines.append(f"::notice{where}::{_escape_data(terminal(note.message))}")
        lines.append(summary_line(result))
        return "\n".join(lines)


def markdown_summary(result: CheckResult) -> str:
    """A job summary for ``$GITHUB_STEP_SUMMARY``, escaped like the diff's Markdown."""

    def where(f: Finding) -> str:
        return code_span(str(f.loc), in_table=True)

    icon = "❌" if result.errors else ("⚠️" if result.warnings else "✅")
    out = [f"## {icon} govlint check", "", summary_line(result), ""]
    if result.findings:
        out += ["| | Where | Rule | Message |", "|---|---|---|---|"]
        for f in result.findings:
            also = f" (and {_plural(len(f.related), 'more place')})" if f.related else ""
            out.append(
                f"| {f.severity.value} | {where(f)} | {f.code} {f.slug or ''} | "
                f"{markdown(f.message)}{also} |"
            )
    if result.waived:
        out += ["", "### Waived", "", "| Rule | Where | Reason |", "|---|---|---|"]
        out += [f"| {f.code} | {where(f)} | {markdown(w.reason)} |" for f, w in result.waived]
    if result.notes:
        out += ["", "### Not checked", ""]
        out += [
            f"- {f'{code_span(n.file)}: ' if n.file else ''}{markdown(n.message)}"
            for n in result.notes
        ]
    return "\n".join(out) + "\n"


REPORTERS: dict[str, type[Reporter]] = {
    cls.name: cls for cls in (TextReporter, JsonReporter, SarifReporter, GithubReporter)
}
