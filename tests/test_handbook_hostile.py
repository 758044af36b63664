"""The handbook and the calendar against hostile or clumsy models: escaping, page names.

(Escaping of Markdown and HTML is in ``test_handbook.py``; these are the cases of issue #13.)
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from icalendar import Calendar

from govlint.cli import main

TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "CATEGORIES", "X-WR-CALNAME", "PRODID"}


def _set_title(project: Path, title: str) -> None:
    agreement = project / "model" / "agreement.yaml"
    text = agreement.read_text(encoding="utf-8")
    old = "title: {fi: Alfan ja Beetan yhteistyö, en: Cooperation of Alfa and Beeta}"
    agreement.write_text(text.replace(old, f"title: {{fi: {json.dumps(title)}}}"))


def _content_lines(ics: bytes) -> list[str]:
    """The unfolded content lines of an .ics file (RFC 5545: CRLF, continuation by a space)."""
    return ics.decode("utf-8").replace("\r\n ", "").split("\r\n")


def test_calendar_text_properties_cannot_inject(minimal_project: Path) -> None:
    """Every text property goes through the library's escaping: a lone CR, a newline, a
    ';' or ',' and a control character in the agreement's title and a meeting's name stay
    inside their property."""
    hostile = "Yhteistyö\rX-INJECTED:1\nBEGIN:VEVENT;x,y\x1b[2J"
    _set_title(minimal_project, hostile)
    body = minimal_project / "model" / "bodies" / "ryhma.yaml"
    body.write_text(
        body.read_text(encoding="utf-8").replace(
            "name: {fi: Budjetin valmistelu}", f"name: {{fi: {json.dumps(hostile)}}}"
        )
    )
    result = CliRunner().invoke(main, ["calendar", "--year", "2025"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    ics = result.stdout_bytes
    assert b"\r" not in ics.replace(b"\r\n", b"")  # no line break but the format's own
    lines = _content_lines(ics)
    assert not any(line.startswith("X-INJECTED") for line in lines)
    assert sum(line == "BEGIN:VEVENT" for line in lines) == len(
        Calendar.from_ical(ics).walk("VEVENT")
    )
    cal = Calendar.from_ical(ics)
    # RFC 5545 escapes: \n a line break, \; \, the separators, \\ the backslash of \u001b
    calname = r"X-WR-CALNAME:Vuosikello: Yhteistyö\nX-INJECTED:1\nBEGIN:VEVENT\;x\,y\\u001b[2J"
    assert calname in lines
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert any("X-INJECTED:1\nBEGIN:VEVENT;x,y\\u001b[2J" in s for s in summaries)
    for line in lines:
        name = line.split(":", 1)[0].split(";", 1)[0]
        assert name.isupper() or not line, line


def test_handbook_build_survives_a_newline_in_the_title(
    minimal_project: Path, tmp_path: Path
) -> None:
    _set_title(minimal_project, "Yhteistyö\nX-INJECTED:1")
    out = tmp_path / "pages"
    result = CliRunner().invoke(main, ["handbook", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert "internal error" not in result.output
    ics = next(out.glob("*.ics")).read_bytes()
    assert not any(line.startswith("X-INJECTED") for line in _content_lines(ics))
