"""The handbook and the calendar against hostile or clumsy models: escaping, page names.

(Escaping of Markdown and HTML is in ``test_handbook.py``; these are the cases of issue #13.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from govlint.cli import main
from govlint.engine import load_directory
from govlint.handbook import generate_handbook
from govlint.handbook.generate import page_paths
from govlint.handbook.site import Site, address
from helpers import build_model_site

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


def _pages_model(project: Path) -> tuple[Path, list[str]]:
    """The minimal model plus elements whose pages would take other pages' places: a tier
    for every name the handbook writes at its top level (a fixed page, its folders, the
    calendar file, those names with their extension), a body with id ``index``, and a body
    named like an image in the images' folder."""
    model = project / "model"
    generated = generate_handbook(load_directory(model).model, year=2025).files
    top = {path.split("/")[0] for path in generated}
    names = sorted(top | {name.rsplit(".", 1)[0] for name in top if "." in name} - {"index"})
    names += [f"{n}.md" for n in names if "." not in n]
    template = (model / "tiers" / "ala.yaml").read_text(encoding="utf-8")
    for rank, name in enumerate(names, start=4):
        (model / "tiers" / f"{name}.yaml").write_text(
            template.replace("id: ala", f"id: {name}").replace("rank: 3", f"rank: {rank}")
        )
    body = (model / "bodies" / "ryhma.yaml").read_text(encoding="utf-8")
    (model / "bodies" / "index.yaml").write_text(body.replace("id: ryhma", "id: index"))
    image = body.replace("id: ryhma", "id: rakenne.svg").replace("tier: keski", "tier: kuvat")
    (model / "bodies" / "rakenne.svg.yaml").write_text(image)
    return model, names


def test_no_page_takes_another_pages_place(minimal_project: Path) -> None:
    """A body with id `index` replaced its tier's page, a tier with id `asiat` the matters
    index. Every page keeps its own name now; an element whose name is taken gets `--2`."""
    model, names = _pages_model(minimal_project)
    loaded = load_directory(model)
    assert [f for f in loaded.findings if f.severity.value == "error"] == []
    files = generate_handbook(loaded.model, year=2025).files  # raises on any collision
    site = Site.of(loaded.model, 2025)
    pages = [site.files[e.key] for e in (*loaded.model.tiers, *loaded.model.bodies)]
    pages += [site.files[mt.key] for mt in loaded.model.matter_types]
    assert len(set(pages)) == len(pages) and set(pages) <= set(files)
    assert {address(p) for p in files if p.endswith(".md")}.isdisjoint(
        p for p in files if not p.endswith(".md")
    )
    by_id = {t.id: site.files[t.key] for t in loaded.model.tiers}
    assert by_id["asiat"] == "asiat--2/index.md"  # the matters index keeps its place
    assert by_id["osapuolet"] == "osapuolet--2/index.md"
    assert by_id["vuosikello.ics"] == "vuosikello.ics--2/index.md"
    assert by_id["kuvat"] == "kuvat--2/index.md"  # no element takes a fixed name
    bodies = {b.id: site.files[b.key] for b in loaded.model.bodies}
    assert bodies["index"] == "keski/index--2.md"
    assert bodies["rakenne.svg"] == "kuvat--2/rakenne.svg.md"
    assert len(names) > 15


def test_a_matter_type_with_id_index(minimal_project: Path) -> None:
    model = minimal_project / "model"
    matter = (model / "matters" / "tuki.yaml").read_text(encoding="utf-8")
    (model / "matters" / "index.yaml").write_text(matter.replace("id: tuki", "id: index"))
    loaded = load_directory(model)
    files = generate_handbook(loaded.model, year=2025).files
    site = Site.of(loaded.model, 2025)
    index = next(m for m in loaded.model.matter_types if m.id == "index")
    assert site.files[index.key] == "asiat/index--2.md"
    assert "asiat/index--2.md" in files and "asiat/index.md" in files
    assert "kuvat/reitti-index.svg" in files


def test_route_diagrams_in_both_widths_keep_their_names(minimal_project: Path) -> None:
    """A route diagram is drawn wide (`reitti-tuki.svg`) and narrow (`reitti-tuki-kapea.svg`):
    a matter type `tuki-kapea` must not take the narrow drawing of `tuki`."""
    model = minimal_project / "model"
    matter = (model / "matters" / "tuki.yaml").read_text(encoding="utf-8")
    (model / "matters" / "tuki-kapea.yaml").write_text(matter.replace("id: tuki", "id: tuki-kapea"))
    loaded = load_directory(model)
    files = generate_handbook(loaded.model, year=2025).files
    site = Site.of(loaded.model, 2025)
    routes = [site.route_name(mt) for mt in loaded.model.matter_types]
    drawings = [site.image(r, narrow=n) for r in routes for n in (False, True)]
    assert len(set(drawings)) == len(drawings)
    assert all(d in files for d in drawings if "tuki" in d)


@pytest.mark.slow
def test_a_colliding_model_builds(minimal_project: Path, tmp_path: Path) -> None:
    """A whole MkDocs build: every page is there and every link and anchor resolves. (The
    extra tiers have no route to them, so the model has rule errors, which the plugin logs
    as warnings: those are the only warnings allowed.)"""
    model, _ = _pages_model(minimal_project)
    proc, site = build_model_site(model, tmp_path / "build", strict=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("WARNING")]
    assert all("model error" in w for w in warnings), warnings
    assert (site / "asiat--2" / "index.html").is_file()
    assert (site / "keski" / "index--2" / "index.html").is_file()


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


def test_another_languages_folder_keeps_its_place(minimal_project: Path) -> None:
    """Another language's handbook is published below its prefix (``en/``): a tier ``en``
    does not take the place of its front page."""
    model = minimal_project / "model"
    template = (model / "tiers" / "ala.yaml").read_text(encoding="utf-8")
    (model / "tiers" / "en.yaml").write_text(
        template.replace("id: ala", "id: en").replace("rank: 3", "rank: 4")
    )
    loaded = load_directory(model)
    handbook = generate_handbook(loaded.model, year=2025, prefixes=["en/"])
    (tier,) = [t for t in loaded.model.tiers if t.id == "en"]
    assert page_paths(loaded.model, loaded.model.lang, ["en/"])[tier.key] == "en--2/index.md"
    assert "en--2/index.md" in handbook.files and "en/index.md" not in handbook.files
    alone = generate_handbook(loaded.model, year=2025)  # one language: the name is free
    assert "en/index.md" in alone.files
