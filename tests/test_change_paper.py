"""The change paper as a document: one HTML page and a PDF, made from the Markdown paper."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint.cli import main
from govlint.diff import diff_models
from govlint.diff.render import render
from govlint.diff.result import Side
from govlint.engine import load_directory
from govlint.handbook.paperdoc import paper_html
from helpers import ROOT

PAIR = ROOT / "tests" / "examples" / "diff"
SIDES = Side("base", path="base"), Side("proposal", path="proposal")


def _paper(base: Path, proposal: Path, lang: str = "fi") -> str:
    old, new = (load_directory(d, base=d.parent).model for d in (base, proposal))
    return paper_html(diff_models(old, new), *SIDES, lang)


def _text(document: str) -> str:
    """The page's words, without markup, as a reader sees them."""
    body = document.split("<body>", 1)[1]
    return " ".join(re.sub(r"<[^>]+>", " ", body).split())


def test_the_html_paper_says_what_the_markdown_paper_says() -> None:
    document = _paper(PAIR / "base", PAIR / "proposal")
    assert document.startswith('<!DOCTYPE html>\n<html lang="fi">')
    assert "<title>Hallintamallin muutokset</title>" in document
    assert "<h1>Hallintamallin muutokset</h1>" in document
    # every approver group, and the changes numbered on across the groups as in the Markdown
    assert document.count("<h2>Hyväksyj") == 3
    assert '<ol start="3">' in document and '<ol start="5">' in document
    # a change's basis is nested under it, not a change of its own
    assert re.search(
        r"<li><strong>Vähäinen\.</strong> [^<]*Hallintojohtaja\.<ul>\s*<li>Peruste: ", document
    )
    # the technical details stay collapsed at the end, and are converted too
    details = document.split("<details>", 1)[1]
    assert "<summary>Tekniset tiedot</summary>" in details and "<table>" in details
    md = render(
        diff_models(*(load_directory(PAIR / n, base=PAIR).model for n in ("base", "proposal"))),
        "markdown",
        *SIDES,
    )
    for sentence in ("Uusi asiatyyppi: Varmuuskopiointi.", "Ketä sitoumus velvoittaa"):
        assert sentence in md and sentence in _text(document)
    # self-contained: nothing is loaded from anywhere
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", document)
    assert "<link" not in document and "<script" not in document


def test_model_text_cannot_become_html_in_the_paper(tmp_path: Path) -> None:
    shutil.copytree(PAIR / "base", tmp_path / "base")
    shutil.copytree(PAIR / "proposal", tmp_path / "proposal")
    matter = tmp_path / "proposal" / "matters" / "varmuuskopiointi.yaml"
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> &amp; <details>"
    text = matter.read_text(encoding="utf-8")
    matter.write_text(text.replace("fi: Varmuuskopiointi", f"fi: '{hostile}'"), encoding="utf-8")
    document = _paper(tmp_path / "base", tmp_path / "proposal")
    body = document.split("<body>", 1)[1]
    assert "<script" not in body and "<img" not in body
    assert body.count("<details") == 1  # the paper's own
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in body
    assert "&amp;amp;" in body  # the entity is shown as written, not decoded


def test_paths_and_revision_names_cannot_become_html_in_the_paper(tmp_path: Path) -> None:
    """File paths and revision names reach the technical details as code spans, which the
    Markdown renderer does not escape for HTML: a ``</details>`` there must stay text."""
    shutil.copytree(PAIR / "base", tmp_path / "base")
    shutil.copytree(PAIR / "proposal", tmp_path / "proposal")
    payload = "x</details><script>alert(1)</script>"
    matters = tmp_path / "proposal" / "matters"
    (matters / f"{payload[:-9]}").mkdir(parents=True)  # "x</details><script>alert(1)<"
    target = matters / payload[:-9] / "script>.yaml"
    (matters / "varmuuskopiointi.yaml").rename(target)
    old, new = (
        load_directory(d, base=tmp_path).model for d in (tmp_path / "base", target.parents[2])
    )
    sides = Side(payload, path="base"), Side("proposal", path="proposal")
    document = paper_html(diff_models(old, new), *sides, "fi")
    body = document.split("<body>", 1)[1]
    assert "<script" not in body
    assert body.count("<details>") == 1 and body.count("</details>") == 1
    assert "x&lt;/details&gt;&lt;script&gt;alert(1)" in body


def test_the_pdf_paper_has_selectable_text_and_bookmarks(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "paper.pdf"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(PAIR)
        result = CliRunner().invoke(
            main, ["diff", "base", "proposal", "--format", "pdf", "--output", str(out)]
        )
    assert result.exit_code == 0, result.output
    reader = pypdf.PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Hallintamallin muutokset" in text and "Uusi asiatyyppi: Varmuuskopiointi." in text
    assert "Tekniset tiedot" in text  # on paper the details are printed, not hidden
    titles = [item["/Title"] for item in reader.outline if isinstance(item, dict)]
    assert titles == ["Hallintamallin muutokset"]


def test_a_pdf_is_not_written_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from govlint.commands import diff as command

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.chdir(PAIR)
    from govlint.config import load_config

    code = command.run_diff(load_config(PAIR), "base", "proposal", fmt="pdf", out=Terminal())  # type: ignore[arg-type]
    assert code == 2
