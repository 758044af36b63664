"""The side-by-side text: when the agreement's own words change, the change paper shows the
current and the proposed sentences side by side and links each change to the sentence it
rests on. The model is tests/examples/minimal, which holds its agreement's text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govlint.diff import diff_models
from govlint.diff.comment import comment_body
from govlint.diff.render import render
from govlint.diff.result import Side
from govlint.diff.sidebyside import Row, align
from govlint.engine import load_directory
from govlint.model import Model

MINIMAL = Path(__file__).parent / "examples" / "minimal"


def test_an_inserted_sentence_does_not_shift_the_others_into_changes() -> None:
    old = ["Yksi.", "Kaksi.", "Kolme."]
    assert align(old, ["Yksi.", "Uusi.", "Kaksi.", "Kolme."]) == (
        Row(None, None, skipped=True),
        Row(None, (2, "Uusi.")),
        Row(None, None, skipped=True),
    )
    assert align(old, ["Yksi.", "Kaksi muutettuna.", "Kolme."])[1] == Row(
        (2, "Kaksi."), (2, "Kaksi muutettuna.")
    )
    assert align(old, ["Yksi.", "Kolme."]) == (
        Row(None, None, skipped=True),
        Row((2, "Kaksi."), None),
        Row(None, None, skipped=True),
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def load(path: Path) -> Model:
    loaded = load_directory(path, base=path.parent)
    assert not [f for f in loaded.findings if f.severity.value == "error"], loaded.findings
    return loaded.model


@pytest.fixture()
def proposal(tmp_path: Path) -> str:
    """The parties name their representatives jointly: the sentence and the commitment on it
    change together, and a sentence is added to another section."""
    new = tmp_path / "ehdotus"
    shutil.copytree(MINIMAL, new)
    text = new / "agreement-text.yaml"
    edit(
        text, "- Kumpikin osapuoli nimeää edustajansa.", "- Osapuolet nimeävät edustajansa yhdessä."
    )
    edit(
        text,
        "          - Kehitysryhmä valmistelee budjetin.\n",
        "          - Kehitysryhmä valmistelee budjetin.\n"
        "          - Ohjausryhmä kokoontuu neljä kertaa vuodessa.\n",
    )
    commitment = new / "commitments" / "edustus.yaml"
    edit(commitment, "obligation: each-party", "obligation: all-parties")
    edit(
        commitment,
        "Kumpikin osapuoli nimeää edustajansa.",
        "Osapuolet nimeävät edustajansa yhdessä.",
    )
    edit(new / "agreement.yaml", "modelVersion: 1.0.0", "modelVersion: 1.1.0")
    diff = diff_models(load(MINIMAL), load(new))
    return render(diff, "markdown", Side("v1.0.0", "revision"), Side("ehdotus", "revision"))


def test_the_changed_sentences_stand_side_by_side(proposal: str) -> None:
    part = proposal[proposal.index("### Rinnakkaisteksti") : proposal.index("<details>")]
    # in the agreement's order, each section's changed sentences beside their old wording
    assert part.index("#### Rakenne") < part.index("#### Ohjaus")
    assert "| Nykyinen teksti | Ehdotettu teksti |" in part
    assert (
        "| 2. **Kumpikin osapuoli nimeää edustajansa.** | "
        "2. **Osapuolet nimeävät edustajansa yhdessä.** |"
    ) in part
    assert "|  | 3. Ohjausryhmä kokoontuu neljä kertaa vuodessa. |" in part
    assert "| - - - | - - - |" in part  # unchanged sentences are left out, as in a bill
    assert "Kehitysryhmä valmistelee budjetin" not in part
    # the PR comment workflow posts it as it is (tables and bold are not neutralised away)
    assert comment_body(proposal) == proposal


def test_a_change_names_the_sentence_it_rests_on(proposal: str) -> None:
    assert (
        "   - Peruste: sopimuksen kohta ”Rakenne”, 2. virke: ”Osapuolet nimeävät edustajansa "
        "yhdessä.” (virke muuttuu, ks. rinnakkaisteksti)"
    ) in proposal
    assert "Sopimuksen kohdan ”Ohjaus” sanamuoto muuttuu." in proposal
    # the sentences are in the table, not repeated under the change
    assert proposal.count("Ohjausryhmä kokoontuu neljä kertaa vuodessa") == 1


def test_a_quote_of_an_unchanged_sentence_names_it_without_a_note(tmp_path: Path) -> None:
    new = tmp_path / "ehdotus"
    shutil.copytree(MINIMAL, new)
    edit(new / "bodies" / "ryhma.yaml", "name: {fi: Kehitysryhmä}", "name: {fi: Kehittämisryhmä}")
    diff = diff_models(load(MINIMAL), load(new))
    paper = render(diff, "markdown", Side("a"), Side("b"))
    assert "Rinnakkaisteksti" not in paper  # the text did not change
    assert (
        "   - Peruste: sopimuksen kohta ”Ohjaus”, 2. virke: ”Kehitysryhmä valmistelee budjetin.”\n"
    ) in paper
