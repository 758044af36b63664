"""The agreement's text in the repository, and the quotes of governance/ checked against it.

``governance/agreement-text.yaml`` holds the agreement's words. Where the text the parties
received is beside the repository (``shared/agreement/yhteistyomalli.txt`` in a directory above
it), the two must be equal once the line breaks of the page layout are joined; otherwise that
test is skipped and the rest run on the repository's copy alone.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govlint.citations import walk
from govlint.engine import load_directory, run_rules
from govlint.model import Model
from govlint.quotes import SectionIndex, normalise_quote, normalise_text

ROOT = Path(__file__).resolve().parents[1]
RECEIVED = next(
    (
        found
        for parent in ROOT.parents
        if (found := parent / "shared" / "agreement" / "yhteistyomalli.txt").is_file()
    ),
    None,
)


@pytest.fixture(scope="module")
def model() -> Model:
    loaded = load_directory(ROOT / "governance", base=ROOT)
    assert not [f for f in loaded.findings if f.severity.value == "error"], loaded.findings
    return loaded.model


def reconstruct(model: Model) -> str:
    """The repository's text as plain text: title, then each heading and its blocks."""
    assert model.agreement is not None and model.agreement.text is not None
    text = model.agreement.text
    data = text.doc.data
    lang = model.agreement.language
    lines = [data["title"]]
    for section in data["sections"]:
        lines.append(section["heading"][lang])
        for block in section.get("body", []):
            if "paragraph" in block:
                lines.append(" ".join(block["paragraph"]))
                continue
            for item in block["list"]:
                words = " ".join(item) if isinstance(item, list) else item
                lines.append(f"{block.get('marker', '-')} {words}")
    return "\n".join(lines)


def test_text_is_the_received_agreement(model: Model) -> None:
    """Equal to the received text once layout line breaks are joined: nothing else changed.

    The received text breaks one hyphenated word across lines ("ICT-" / "kehittämiskohteita");
    the loader's own normalisation joins it keeping the hyphen, as it must (an upper-case
    letter before a line-end hyphen is never a split word)."""
    if RECEIVED is None:
        pytest.skip("the received agreement text is not beside the repository")
    received = RECEIVED.read_text(encoding="utf-8")
    assert normalise_text(reconstruct(model)) == normalise_text(received)


def test_layout_hyphen_of_the_received_text_is_a_real_hyphen() -> None:
    assert normalise_text("suunnitella ICT-\n\nkehittämiskohteita") == (
        "suunnitella ICT-kehittämiskohteita"
    )


def test_sections_are_the_ones_sources_cite(model: Model) -> None:
    assert model.agreement is not None and model.agreement.text is not None
    assert list(model.agreement.sections) == [
        "tavoite-ja-tahtotila",
        "tausta-ja-tavoitteet",
        "yhteistyomallin-rakenne",
        "tietohallinnon-ohjausryhma",
        "tietohallinnon-kehittamisryhma",
        "yhteistyo-operatiivisissa-asioissa",
        "tietohallinnon-kehittaminen",
        "asiakkuuspaallikko",
    ]
    assert model.agreement.sections["asiakkuuspaallikko"].parent_id == (
        "tietohallinnon-kehittaminen"
    )
    assert not model.agreement.sections["tietohallinnon-kehittaminen"].sentences


def test_every_sentence_is_located_in_the_text_file(model: Model) -> None:
    lines = (ROOT / "governance" / "agreement-text.yaml").read_text(encoding="utf-8").splitlines()
    sentences = list(model.sentences())
    assert len(sentences) == 47
    for s in sentences:
        assert s.loc.file == "governance/agreement-text.yaml"
        first_words = " ".join(s.text.split()[:2])
        line = lines[s.loc.line - 1]
        # a folded sentence starts on the line after its ">-" indicator
        shown = line if first_words in line else lines[s.loc.line]
        assert first_words in shown, (s.address, s.loc)


def test_every_quote_is_verbatim_in_its_section(model: Model) -> None:
    """All quotes are found exactly once in the section they cite (the rule, GOV072/075)."""
    checked = 0
    for source, label in ((c.source, c.label) for c in walk(model)):
        if source is not None and source.quote:
            assert source.occurrences == 1, f"{label}: {source.quote!r}"
            checked += 1
    assert checked >= 90, checked
    assert not [f for f in run_rules(model) if f.code in ("GOV072", "GOV075")]


def test_every_sentence_is_traced_or_left_out_with_a_reason(model: Model) -> None:
    untraced = [s.address for s in model.sentences() if not s.cited_by and not s.not_modelled]
    assert untraced == []
    left_out = [s for s in model.sentences() if s.not_modelled]
    assert all(
        nm.reason.get("fi") and nm.reason.get("en") for s in left_out for nm in s.not_modelled
    )
    assert not [f for f in run_rules(model) if f.code in ("GOV073", "GOV076")]


def test_a_quote_edited_by_one_word_is_an_error_at_its_line(tmp_path: Path) -> None:
    model_dir = tmp_path / "governance"
    shutil.copytree(ROOT / "governance", model_dir)
    body = model_dir / "bodies" / "ohjausryhma.yaml"
    text = body.read_text(encoding="utf-8")
    original = "    quote: Porin kaupunginhallituksen asettama toimikunta\n"
    assert text.count(original) == 1
    line = text[: text.index(original)].count("\n") + 1
    body.write_text(
        text.replace(original, original.replace("asettama", "nimeämä")), encoding="utf-8"
    )
    loaded = load_directory(model_dir, base=tmp_path)
    found = [f for f in run_rules(loaded.model) if f.code == "GOV072"]
    where = [(f.loc.file, f.loc.line) for f in found]
    assert where == [("governance/bodies/ohjausryhma.yaml", line)]
    assert found[0].hint is not None and "asettama" in found[0].hint
    knock_on = [f for f in run_rules(loaded.model) if f.code == "GOV073"]
    assert not knock_on, "one mistake, one message"


@pytest.mark.parametrize(
    ("text", "quote", "found"),
    [
        ("ICT-\nkehittämiskohteita", "ICT-kehittämiskohteita", True),  # a real hyphen
        ("ICT-\nkehittämiskohteita", "ICTkehittämiskohteita", False),
        ("kehittä-\nmiskohteita", "kehittämiskohteita", True),  # ambiguous: either reading
        ("kehittä-\nmiskohteita", "kehittä-miskohteita", True),
        ("it-\npalvelutuotannon", "it-palvelutuotannon", True),
        ("kehittämiskohteita", "kehittä-miskohteita", False),  # the text is not ambiguous
        ("talous- ja hallintojohtaja", "talous- ja hallintojohtaja", True),
        ("talous- ja hallintojohtaja", "talous-ja hallintojohtaja", False),
        ("ICT-kehittämiskohteita", "ICT-\n   kehittämiskohteita", True),  # a wrapped quote
        ("Porin kaupunginjohtaja", "Pori", False),  # whole words only
        ("IT-päällikkö", "päällikkö", True),  # a part of a hyphenated compound is a word
    ],
)
def test_hyphens_and_whitespace(text: str, quote: str, found: bool) -> None:
    index = SectionIndex([[normalise_text(text)]])
    assert bool(index.find(normalise_quote(quote))) is found


def test_a_quote_stays_inside_one_paragraph() -> None:
    index = SectionIndex([["Ensimmäinen lause.", "Toinen lause."], ["Kolmas kappale."]])
    assert [index.sentences_of(m) for m in index.find("lause. Toinen")] == [[0, 1]]
    assert index.find("lause. Kolmas") == []


def test_the_model_keeps_the_agreements_line_breaks_out(model: Model) -> None:
    """No sentence of the repository's copy keeps a layout line break or double space."""
    for s in model.sentences():
        assert not re.search(r"\s{2,}|\n", s.text), s.address


@given(
    text=st.text(alphabet="ab -.,ä_1\u00ad", max_size=14),
    quote=st.text(alphabet="ab -.,ä_1", min_size=1, max_size=9),
)
@settings(max_examples=3000, deadline=None)
def test_plain_search_finds_what_the_quote_pattern_finds(text: str, quote: str) -> None:
    """Where nothing can be read two ways, find() searches without a pattern; the places
    found are the pattern's, whole words and non-overlapping alike."""
    from govlint.quotes import Span, _pattern

    quote = normalise_quote(quote)
    if not quote:
        return
    index = SectionIndex([[text]])
    want = [Span(m.start(), m.end()) for m in _pattern(quote).finditer(index.text)]
    assert index.find(quote) == want
