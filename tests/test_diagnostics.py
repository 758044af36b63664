"""Error recovery as a user sees it in every output format, and the pieces behind it.

The corpus (tests/test_ui.py) checks the text output of realistic mistakes; this module checks
that the other formats say the same (order, notes, related places, --severity/--quiet) and
pins the salvage machinery: what is kept of a broken file, and what it may define.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint.cli import main
from govlint.document import Document
from govlint.findings import Loc
from govlint.salvage import Unbuilt, prune_invalid, unbuilt
from govlint.schemacheck import invalid_paths
from govlint.sources import SourceFile
from govlint.yamlload import load, scan_ids

EXAMPLES = Path(__file__).resolve().parent / "examples"
FORMATS = ("text", "json", "sarif", "github")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The minimal model with two mistakes: a file that does not load (beeta's party, which
    sorts after the bodies referring into it) and, in a file that sorts first, a typo; and
    one open question (a warning)."""
    model = tmp_path / "model"
    shutil.copytree(EXAMPLES / "minimal", model)
    party = model / "parties" / "beeta.yaml"
    party.write_text(party.read_text().replace("  - id: beeta.it", "- id: beeta.it"))
    body = model / "bodies" / "hallitus.yaml"
    body.write_text(body.read_text().replace("alfa.johtaja", "alfa.johtja", 1))
    group = model / "bodies" / "ryhma.yaml"  # and a warning: nobody chairs the group
    group.write_text(group.read_text().replace("role: chair", "role: member"))
    (tmp_path / "pyproject.toml").write_text('[tool.govlint]\nmodel = "model"\n')
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--no-cache", *args], catch_exceptions=False)
    return result.exit_code, result.output


def _order(fmt: str, out: str) -> list[str]:
    """The rule codes of the findings, in the order the format lists them."""
    if fmt == "json":
        return [f["rule"] for f in json.loads(out)["findings"]]
    if fmt == "sarif":
        return [r["ruleId"] for r in json.loads(out)["runs"][0]["results"]]
    if fmt == "github":
        return [line.split("title=")[1].split()[0] for line in out.splitlines() if "title=" in line]
    return [line.split()[2] for line in out.splitlines() if line.startswith("model/")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_file_that_does_not_load_comes_first_in_every_format(project: Path, fmt: str) -> None:
    code, out = run("--format", fmt)
    assert code == 1
    # by file name the body's findings would come first; by cause, the party's
    assert _order(fmt, out) == ["GOV001", "GOV021", "GOV060"]


def test_references_into_a_file_that_does_not_load_are_one_note(project: Path) -> None:
    data = json.loads(run("--format", "json")[1])
    unresolved = [f for f in data["findings"] if f["rule"] == "GOV021"]
    assert [f["element"] for f in unresolved] == ["alfa.johtja"]  # the typo, nothing of beeta
    assert unresolved[0]["hint"] == "Did you mean 'alfa.johtaja'?"
    notes = {n["file"]: n["message"] for n in data["notes"]}
    assert "references to ids defined in it" in notes["model/parties/beeta.yaml"]
    assert any("whole-model rules did not run" in n["message"] for n in data["notes"])


def test_notes_in_every_format(project: Path) -> None:
    summary = project / "summary.md"
    result = CliRunner().invoke(
        main,
        ["check", "--no-cache", "--format", "github"],
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert "::notice file=model/parties/beeta.yaml::left out of the model" in result.output
    assert "### Not checked" in summary.read_text()
    sarif = json.loads(run("--format", "sarif")[1])
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    located = [n for n in notes if "locations" in n]
    uri = located[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "model/parties/beeta.yaml" and located[0]["level"] == "note"
    assert "note: model/parties/beeta.yaml: left out of the model" in run()[1]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("flag", [("--severity", "error"), ("-q",), ("--quiet",)])
def test_errors_only_in_every_format_with_honest_counts(
    project: Path, fmt: str, flag: tuple[str, ...]
) -> None:
    _, everything = run("--format", "json")
    warnings = json.loads(everything)["summary"]["warnings"]
    assert warnings > 0
    code, out = run("--format", fmt, *flag)
    assert code == 1
    if fmt == "json":
        data = json.loads(out)
        assert {f["severity"] for f in data["findings"]} == {"error"}
        assert data["summary"]["warnings"] == warnings == data["summary"]["hidden"]
        assert any(f"{warnings} warning" in n["message"] for n in data["notes"])
    elif fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert {r["level"] for r in results} == {"error"}
    else:
        assert "warning" not in out.replace(f"{warnings} warning", "")
        assert f"({warnings} not shown)" in out


def test_hidden_warnings_still_fail_strict(project: Path) -> None:
    model = project / "model"
    shutil.rmtree(model)
    shutil.copytree(EXAMPLES / "minimal", model)
    body = model / "bodies" / "ryhma.yaml"
    body.write_text(body.read_text().replace("role: chair", "role: member"))
    assert run("-q")[0] == 0
    assert run("-q", "--strict")[0] == 1


def test_references_to_one_missing_id_are_one_finding_with_related_places(
    project: Path,
) -> None:
    model = project / "model"
    shutil.rmtree(model)
    shutil.copytree(EXAMPLES / "minimal", model)
    (model / "bodies" / "ryhma.yaml").unlink()
    data = json.loads(run("--format", "json")[1])
    unresolved = [f for f in data["findings"] if f["rule"] == "GOV021"]
    assert len(unresolved) == 1 and unresolved[0]["element"] == "ryhma"
    assert unresolved[0]["related"], "the other references are listed with it"
    sarif = json.loads(run("--format", "sarif")[1])
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "GOV021")
    assert len(result["relatedLocations"]) == len(unresolved[0]["related"])
    assert "    also: model/" in run()[1]


def test_sarif_with_notes_and_related_places_is_valid(project: Path) -> None:
    from sarif_kit.validate import validation_errors

    from test_sarif import github_problems

    (project / "model" / "bodies" / "ryhma.yaml").unlink()  # references to it: related places
    log = json.loads(run("--format", "sarif")[1])
    run0 = log["runs"][0]
    assert run0["invocations"][0]["toolExecutionNotifications"]
    assert any("relatedLocations" in r for r in run0["results"])
    assert validation_errors(log) == []
    assert github_problems(log) == []


def test_notes_and_related_places_survive_the_cache(project: Path) -> None:
    first = CliRunner().invoke(main, ["check", "--format", "json"]).output
    again = CliRunner().invoke(main, ["check", "--format", "json"]).output
    assert json.loads(first) == json.loads(again)


# --- the pieces ----------------------------------------------------------------------------


def test_a_file_that_does_not_load_keeps_what_was_read_and_its_ids() -> None:
    text = "kind: Party\nid: p\npositions:\n- id: p.a\n    title: x\n  - id: p.b\n"
    loaded = load(SourceFile("p.yaml", text.encode()))
    assert loaded.doc is None and loaded.partial is not None
    assert loaded.partial.data["kind"] == "Party"
    assert loaded.scanned == ("p", "p.a", "p.b")
    record = unbuilt("p.yaml", "does not load", loaded.partial.data, loaded.scanned, exact=False)
    assert record.kind == "Party" and record.top_id == "p"


def test_scan_ids_reads_every_form_of_an_id() -> None:
    text = 'id: a\n  - id: "b"\n- {id: c, x: 1}\nvalid: id: no\n# id: comment\nname: x # id: d\n'
    assert scan_ids(text) == ("a", "b", "c", "no")


def test_a_broken_file_may_define_only_ids_of_its_kind_and_namespace() -> None:
    party = Unbuilt("p.yaml", "does not load", "Party", "ulv", {"ulv": ("party",)}, exact=False)
    assert party.may_define("ulv.johtaja", ("position",))
    assert not party.may_define("por.johtaja", ("position",))  # another party's namespace
    assert not party.may_define("ulv.ryhma", ("body",))  # a party defines no bodies
    unknown = Unbuilt("x.yaml", "does not load", exact=False)
    assert unknown.may_define("anything", ("body",))
    exact = Unbuilt("b.yaml", "fails its schema", "Body", "b", {"b": ("body",)})
    assert exact.may_define("b", ("body",)) and not exact.may_define("c", ("body",))


def _doc(data: dict[str, object]) -> Document:
    locs = {(): Loc("b.yaml", 1, 1), ("members", 1): Loc("b.yaml", 9, 5)}
    return Document("b.yaml", data, locs)


def test_pruning_keeps_the_valid_rest_with_its_locations() -> None:
    data = {
        "apiVersion": "govlint/v1",
        "kind": "Body",
        "id": "b",
        "name": {"fi": "B"},
        "tier": "t",
        "source": {"section": "s"},
        "members": [
            {"position": "p.x", "rol": "member", "source": {"section": "s"}},
            {"position": "p.y", "role": "chair", "source": {"section": "s"}},
        ],
    }
    pruned = prune_invalid(_doc(data), invalid_paths("Body"))
    assert pruned is not None
    assert [mem["position"] for mem in pruned.doc.data["members"]] == ["p.y"]
    assert pruned.doc.locs[("members", 0)] == Loc("b.yaml", 9, 5)  # the kept member's place
    assert ("members", 0) in pruned.removed


def test_pruning_gives_up_when_the_document_itself_is_invalid() -> None:
    data = {"apiVersion": "govlint/v1", "kind": "Body", "id": "b", "name": {"fi": "B"}}
    assert prune_invalid(_doc(data), invalid_paths("Body")) is None


def test_a_link_out_of_the_model_is_a_root_cause_like_a_file_that_does_not_load(
    project: Path,
) -> None:
    """GOV082 (and GOV081) are numbered with the structure rules but found while reading the
    directory: they come with the loading errors, before a schema error of a file that sorts
    first."""
    outside = project / "outside.yaml"
    outside.write_text("kind: Goal\n")
    (project / "model" / "zz-link.yaml").symlink_to(outside)
    group = project / "model" / "bodies" / "ryhma.yaml"
    group.write_text(group.read_text() + "unknownKey: 1\n")
    code, out = run("--format", "json")
    order = _order("json", out)
    assert code == 1 and "GOV082" in order and "GOV010" in order
    assert order.index("GOV082") < order.index("GOV010"), order
