"""The diff's output: golden Markdown and JSON, the JSON shape, language and escaping.

Golden files are regenerated with ``python3 scripts/update_golden.py diff``, never by hand.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from govlint.diff import diff_models
from govlint.diff.catalog import CATALOG, LEVELS
from govlint.diff.markdown import MARKER
from govlint.diff.messages import VARIANTS, Words
from govlint.diff.render import render
from govlint.diff.result import Side
from govlint.diff.words import levels, sentences
from govlint.engine import load_directory
from govlint.l10n import Ui, UnknownLanguage
from govlint.textsafe import markdown as escape
from helpers import load_script

ROOT = Path(__file__).resolve().parents[1]
PAIR = ROOT / "tests" / "examples" / "diff"
SIDES = Side("base", path="base"), Side("proposal", path="proposal")


def _golden_module():  # type: ignore[no-untyped-def]
    return load_script("scripts/update_golden.py", "update_golden")


@pytest.fixture(scope="module")
def proposal():  # type: ignore[no-untyped-def]
    old, new = (load_directory(PAIR / name, base=PAIR) for name in ("base", "proposal"))
    return diff_models(old.model, new.model)


def test_golden_files_are_current(tmp_path: Path) -> None:
    _golden_module().generate("diff", tmp_path)
    for name in ("proposal.md", "proposal.en.md", "proposal.json"):
        want = (ROOT / "tests" / "golden" / "diff" / name).read_text(encoding="utf-8")
        got = (tmp_path / name).read_text(encoding="utf-8")
        assert got == want, f"{name} is stale: run python3 scripts/update_golden.py diff"


def test_stored_proposal_is_the_proposal_case(tmp_path: Path) -> None:
    """The stored golden pair and the documented case's edits cannot drift apart."""
    from test_diff_examples import load_case, materialize

    built = materialize(load_case(PAIR / "cases" / "proposal.yaml"), tmp_path / "p")
    stored = sorted(p.relative_to(PAIR / "proposal") for p in (PAIR / "proposal").rglob("*.yaml"))
    assert stored == sorted(p.relative_to(built) for p in built.rglob("*.yaml"))
    for rel in stored:
        assert (built / rel).read_bytes() == (PAIR / "proposal" / rel).read_bytes(), rel


def test_the_change_paper_reads_without_knowing_yaml(proposal) -> None:  # type: ignore[no-untyped-def]
    """The issue's proposal (a member, a matter type, a weaker commitment) as a board reads it."""
    md = render(proposal, "markdown", *SIDES)
    assert md.startswith(MARKER + "\n")
    paper, technical = md.split("<details>")
    # no change codes, file:line, revisions or ids in the paper itself (below its heading)
    body = paper.split("\n", 4)[4]
    assert "`" not in body and ".yaml" not in body
    assert not re.search(r"\b[a-z]+(-[a-z]+)+\b", body), body
    # each change in a sentence that names the party and the body
    assert "2. **Vähäinen.** Ulvilan kaupunki: uusi tehtävänimike Hallintojohtaja." in paper
    assert (
        "**Merkittävä.** Tietohallinnon kehittämisryhmä: Hallintojohtaja (Ulvilan kaupunki) "
        "tulee jäseneksi."
    ) in paper
    # a new matter type with its first handler and route
    assert (
        "Uusi asiatyyppi: Varmuuskopiointi. Asian käsittelee ensin Operatiivisen tason "
        "koordinaattori. Jos asia ei ratkea, se etenee: Tietohallinnon kehittämisryhmä → "
        "Tietohallinnon ohjausryhmä."
    ) in paper
    # the weakened commitment once, before → after, without "velvoittaa muuttuu"
    assert paper.count("Kumpikin osapuoli vastaa siitä") == 1
    assert "Ketä sitoumus velvoittaa: kukin osapuoli erikseen → osapuolet yhdessä." in paper
    assert "muuttuu: kukin" not in paper and "Heikentää sitoumusta:" not in paper
    # grouped by who approves; the significance in words
    headings = [line for line in paper.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Hyväksyjät: Porin kaupunki ja Ulvilan kaupunki",
        "### Hyväksyjät: Porin kaupunginhallitus ja Ulvilan kaupunki",
        "### Hyväksyjä: Tietohallinnon ohjausryhmä",
    ]
    board = paper[paper.index(headings[1]) : paper.index(headings[2])]
    assert "Talousarviokokous siirtyy: kesäkuu → syyskuu" in board
    # what each change rests on: here, words of the agreement that the move departs from
    assert (
        "Talousarviokokous siirtyy: kesäkuu → syyskuu.\n"
        "   - Peruste: sopimuksen kohta ”Tietohallinnon ohjausryhmä”: ”talousarvio kesäkuussa”\n"
    ) in board
    assert (
        "   - Peruste: mallin päätelmä: Ehdotus 2027 lisää varmuuskopioinnin omaksi "
        "asiatyypikseen.\n"
    ) in paper
    assert "| Heikentää sitoumusta | 1 | Heikentää osapuolten sitoumusta" in paper
    assert "| **Yhteensä** | **8** | |" in paper  # the version number is not a change to approve
    # every change once, numbered through the paper
    numbers = re.findall(r"^(\d+)\. \*\*", paper, re.M)
    assert numbers == [str(n) for n in range(1, 9)]
    # the technical details, collapsed at the end
    assert technical.startswith("\n<summary>Tekniset tiedot</summary>\n")
    assert "| 1 | `commitment-obligation-changed` | breaking | " in technical
    assert (
        "| 4 | `member-removed` | significant | `base/bodies/ohjausryhma.yaml:40:5` |" in technical
    )
    assert "| – | `agreement-version-changed` | editorial |" in technical
    assert md.rstrip().endswith("</details>")


def test_a_change_that_weakens_another_commitment_names_it_once(tmp_path: Path) -> None:
    from test_diff_examples import load_case, materialize

    case = load_case(PAIR / "cases" / "representation-lost.yaml")
    new = load_directory(materialize(case, tmp_path / "new"), base=tmp_path).model
    old = load_directory(PAIR / "base", base=PAIR).model
    md = render(diff_models(old, new), "markdown", *SIDES)
    [line] = [x for x in md.splitlines() if "Heikentää sitoumusta:" in x]
    assert line.startswith("   - Heikentää sitoumusta: ”Kumpikin osapuoli vastaa")


def test_json_shape_is_stable(proposal) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render(proposal, "json", *SIDES))
    assert data["formatVersion"] == 1 and data["language"] == "fi"
    assert set(data) == {
        "formatVersion",
        "language",
        "old",
        "new",
        "summary",
        "versionCheck",
        "changes",
    }
    assert data["versionCheck"]["status"] == "ok" and data["versionCheck"]["message"] is None
    assert data["summary"] == {
        "total": 9,
        "breaking": 1,
        "significant": 4,
        "minor": 2,
        "editorial": 2,
    }
    assert data["old"]["modelVersion"] == "1.0.0" and data["new"]["modelVersion"] == "1.1.0"
    keys = {
        "code",
        "level",
        "kind",
        "key",
        "oldKey",
        "field",
        "scope",
        "before",
        "after",
        "old",
        "new",
        "approvers",
        "weakens",
        "message",
    }
    for change in data["changes"]:
        assert set(change) == keys
        assert change["code"] in CATALOG and change["level"] == CATALOG[change["code"]].level
    moved = next(c for c in data["changes"] if c["code"] == "meeting-moved")
    assert moved["before"] == {"from": 6, "to": 6} and moved["after"] == {"from": 9, "to": 9}
    assert moved["old"] == {"file": "base/bodies/ohjausryhma.yaml", "line": 88, "column": 15}
    assert [a["key"] for a in moved["approvers"]] == [
        "organ:pori.kaupunginhallitus",
        "party:pori",
        "party:ulvila",
    ]
    removed = next(c for c in data["changes"] if c["code"] == "member-removed")
    assert (
        removed["new"] is None
        and removed["before"]["position"] == "position:ulvila.talous-ja-hallintojohtaja"
    )


def test_text_format_names_level_code_and_place(proposal) -> None:  # type: ignore[no-untyped-def]
    text = render(proposal, "text", *SIDES)
    assert re.search(r"significant\s+member-removed\s+base/bodies/ohjausryhma.yaml:40:5", text)
    assert text.rstrip().endswith("9 changes: 1 breaking, 4 significant, 2 minor, 2 editorial")


def test_no_changes_still_has_the_marker() -> None:
    base = load_directory(PAIR / "base", base=PAIR).model
    md = render(diff_models(base, base), "markdown", *SIDES)
    assert md.startswith(MARKER) and "Hallintamalliin ei ole muutoksia." in md
    assert "|" not in md


def test_an_english_model_gets_english_words(proposal) -> None:  # type: ignore[no-untyped-def]
    words = Words(proposal, "en")
    cadence = next(c for c in proposal.changes if c.code == "cadence-changed")
    assert words.describe(cadence) == "ICT development group meets 2–6 times a year instead of 2–4."
    swedish = Words(proposal, "sv").describe(cadence)  # no Swedish name: the main language's
    assert swedish.startswith("Tietohallinnon kehittämisryhmä sammanträder 2–6 gånger om året")
    with pytest.raises(UnknownLanguage):
        Words(proposal, "de")  # no catalog: a clear error, not English in disguise


def test_every_level_and_sentence_belongs_to_the_catalog_of_changes() -> None:
    ui = Ui("fi")
    assert set(levels(ui)) == {lv.value for lv in LEVELS}
    for code in sentences(ui):
        assert code in CATALOG or code in {
            "added",
            "removed",
            "renamed",
            "changed",
            "changed_text",
            "expert-added",
            "expert-removed",
            *VARIANTS.values(),
        }, code


def test_model_text_cannot_inject_markdown() -> None:
    assert escape("<script>|*x*|[a](b)") == r"\<script\>\|\*x\*\|\[a\](b)"


def _code_strings(path: Path) -> list[str]:
    """Every string literal of a module except docstrings (which may quote examples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_nothing_about_a_particular_model_is_written_in_the_tool() -> None:
    paths = [
        *(ROOT / "src" / "govlint" / "diff").glob("*.py"),
        ROOT / "src" / "govlint" / "commands" / "diff.py",
    ]
    for path in paths:
        for text in _code_strings(path):
            for word in ("pori", "ulvila", "ohjausryhm", "kehittämisryhm", "kehittamisryhm"):
                assert word not in text.lower(), f"{path.name}: {text!r}"
