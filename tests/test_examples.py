"""The example models of ``examples/``: other cooperations, of other shapes and languages.

Each example holds a model (``governance/``) and a proposal to change it (``proposal/``), with
its own ``pyproject.toml`` and ``mkdocs.yml``. Each version checks clean (no error, no
warning); the handbook builds strictly in each of the example's languages, every page in one
language; the diff of the two versions reads as the change a decision maker would see. And
nothing govlint writes for them (check in every format, handbook, diff, export, calendar,
coverage) carries a text of this repository's own agreement: its parties' names, its ids, its
section headings.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint.cli import main
from govlint.engine import load_directory
from helpers import ROOT, mkdocs_build
from langscan import foreign_phrases, marked_languages, page_text, scan

EXAMPLES = ROOT / "examples"
NAMES = sorted(p.name for p in EXAMPLES.iterdir() if (p / "governance").is_dir())
VERSIONS = ("governance", "proposal")
# This repository's agreement by name, in any inflection ("Porin", "Ulvilan").
PARTY_NAMES = re.compile(r"(?i)\b(pori|ulvila)")
# Where govlint itself is developed and its format published: the tool's identity, the same
# in every project's output (SARIF's informationUri; a schema's $id), not a text of the
# agreement. They are masked before the scan.
TOOL_HOMES = (
    "https://github.com/pori-ulvila/ict-yhteistyomalli",
    "https://pori-ulvila.github.io/ict-yhteistyomalli/",
)


def test_there_are_examples_of_other_shapes() -> None:
    assert len(NAMES) >= 2
    shapes = set()
    for name in NAMES:
        model = load_directory(EXAMPLES / name / "governance").model
        assert model.agreement is not None
        shapes.add((len(model.tiers), len(model.signatories()), model.lang))
    assert len(shapes) == len(NAMES), "every example a shape of its own"


def run(cwd: Path, *args: str) -> tuple[int, str]:
    """``govlint ARGS`` in ``cwd`` (in this process): exit code and output."""
    with contextlib.chdir(cwd):
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", NAMES)
def test_each_version_checks_clean(name: str, version: str) -> None:
    code, out = run(EXAMPLES / name, "check", "--strict", "--no-cache", version)
    assert code == 0, out
    assert re.search(r"govlint: 0 errors, 0 warnings in \d+ files", out), out
    code, out = run(EXAMPLES / name, "coverage", "--only", "untraced", version)
    assert code == 0 and ", 0 untraced" in out, out


@dataclass
class Built:
    """An example's handbook site and every other output govlint writes for it."""

    name: str
    site: Path
    main: str
    languages: tuple[str, ...]
    outputs: dict[str, str] = field(default_factory=dict)  # what -> text


def _site_files(site: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".json", ".svg", ".ics", ".xml", ".txt"):
            yield path.relative_to(site).as_posix(), path.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=NAMES)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    name = request.param
    home = EXAMPLES / name
    model = load_directory(home / "governance").model
    site = tmp_path_factory.mktemp(name) / "site"
    proc = mkdocs_build(home / "mkdocs.yml", site)  # any warning fails it
    assert proc.returncode == 0, proc.stderr
    out = Built(name, site, model.lang, model.languages)
    for rel, text in _site_files(site):
        out.outputs[f"site/{rel}"] = text
    for fmt in ("text", "json", "sarif"):
        out.outputs[f"check.{fmt}"] = run(home, "check", "--no-cache", "--format", fmt)[1]
    out.outputs["coverage"] = run(home, "coverage")[1]
    out.outputs["export"] = run(home, "export")[1]
    for version in VERSIONS:
        out.outputs[f"export.{version}"] = run(home, "export", version)[1]
    for lang in model.languages:
        out.outputs[f"calendar.{lang}"] = run(home, "calendar", "--year", "2027", "--lang", lang)[1]
        for fmt in ("text", "markdown", "json"):
            key = f"diff.{fmt}.{lang}"
            out.outputs[key] = run(home, "diff", *VERSIONS, "--format", fmt, "--lang", lang)[1]
    return out


def test_handbook_in_each_language_of_the_model(built: Built) -> None:
    """The main language at the site's root, every other language under its own directory;
    each page in one language (another language's text only inside an element marked
    with its lang)."""
    others = tuple(f"{lang}/" for lang in built.languages[1:])
    model_dir = EXAMPLES / built.name / "governance"
    for lang in built.languages:
        root = built.site if lang == built.main else built.site / lang
        assert (root / "index.html").is_file(), lang
        skip = others if lang == built.main else ()
        assert scan(root, lang, foreign_phrases(model_dir, lang, built.main), skip=skip) == []
    # the main language's pages mark nothing but the maintainers' English rule reference
    marked = marked_languages(built.site, skip=(*others, "govlint/"))
    assert {page: langs for page, langs in marked.items() if langs} == {}


def test_diff_of_the_proposal_reads_as_the_change(built: Built) -> None:
    data = json.loads(built.outputs[f"diff.json.{built.main}"])
    codes = {c["code"] for c in data["changes"]}
    assert {"cost-share-changed", "body-added"} <= codes
    assert codes & {"term-dates-changed", "notice-period-changed"}
    # a translation-only change is editorial, wherever the text lies
    assert all(c["level"] == "editorial" for c in data["changes"] if "translation" in c["code"])
    share = next(c for c in data["changes"] if c["code"] == "cost-share-changed")
    assert isinstance(share["before"], int | float) and isinstance(share["after"], int | float)
    for lang in built.languages:
        text = built.outputs[f"diff.markdown.{lang}"]
        sentence = {
            "en": "share of the costs changes",
            "fi": "kustannusosuus muuttuu",
            "sv": "kostnadsandelen ändras",
        }[lang]
        assert sentence in text, lang


def _catalog_words() -> set[str]:
    """Every word of govlint's own message catalogs, in every language."""
    from babel.messages.pofile import read_po

    from govlint.l10n import catalog_languages, catalog_path

    words: set[str] = set()
    for lang in catalog_languages():
        with catalog_path(lang).open("rb") as f:
            for message in read_po(f):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                for string in strings:
                    words |= set(re.findall(r"\w+", (string or "").lower()))
    return words


def _scan_targets(model_dir: Path) -> list[re.Pattern[str]]:
    """This repository's agreement: its parties by name, every id of its model and its
    section headings in every language. An id that is also a word of govlint's own
    catalogs ('asiantuntijat', experts) is a word of the language, not of this agreement."""
    model = load_directory(model_dir).model
    assert model.agreement is not None
    ids = {*model.index, model.agreement.id, *model.agreement.sections}
    if model.agreement.text_id:
        ids.add(model.agreement.text_id)
    ids -= _catalog_words()
    headings = {h for s in model.agreement.sections.values() for h in s.heading.values.values()}
    patterns = [PARTY_NAMES]
    patterns += [re.compile(rf"(?<![\w.-]){re.escape(i)}(?![\w-])") for i in sorted(ids)]
    patterns += [re.compile(rf"(?i)\b{re.escape(h)}\b") for h in sorted(headings)]
    return patterns


def test_the_scan_finds_this_repository_in_its_own_outputs() -> None:
    """The scan below is not vacuous: it finds this repository's agreement in what govlint
    writes for this repository."""
    targets = _scan_targets(ROOT / "governance")
    check = run(ROOT, "check", "--no-cache", "--format", "json")[1]
    assert PARTY_NAMES.search(check)
    assert sum(1 for t in targets[1:] if t.search(check)) > 10


def test_nothing_of_this_repository_in_the_examples_outputs(built: Built) -> None:
    targets = _scan_targets(ROOT / "governance")
    found = []
    for what, text in built.outputs.items():
        for home in TOOL_HOMES:
            text = text.replace(home, "")
        found += [f"{what}: {m.group(0)!r}" for t in targets for m in [t.search(text)] if m]
    assert found == []
    scanned = built.outputs.keys()
    assert sum(k.startswith("site/") and k.endswith(".html") for k in scanned) > 20
    assert {"check.sarif", "export", "coverage"} <= set(scanned)
    # no rule links without a configured rule reference: none points into this repository
    assert '"helpUri"' not in built.outputs["check.sarif"]


def _own_text(page: Path) -> str:

    return " ".join(" ".join(page_text(page.read_text(encoding="utf-8")).own).split())


def test_the_handbook_shows_terms_rhythms_and_direct_decisions(built: Built) -> None:
    """What the examples model that this repository's model does not: cost shares and the
    period in force on the front page, a monthly or quarterly rhythm in words and in the
    calendar, a matter its first handler decides, an organisation that is not a party."""
    from govlint.l10n import Ui
    from govlint.model import parse_date

    model = load_directory(EXAMPLES / built.name / "governance").model
    assert model.agreement is not None
    ui = Ui(built.main)
    front = _own_text(built.site / "index.html")
    assert ui._("Terms of the agreement") in front
    shares = model.agreement.terms["costDistribution"].shares
    assert shares and all(" ".join(ui.percent(s.percent).split()) in front for s in shares)
    validity = model.agreement.terms["validity"]
    start = parse_date(validity.start)
    assert start is not None and ui.date(start) in front
    assert (
        ui._("Also taking part, without being a party to the agreement: {organisations}.")[:20]
        in front
    )
    regular = [b for b in model.bodies if b.cadence is not None and b.cadence.frequency]
    assert regular
    words = {"monthly": ui._("every month"), "quarterly": ui._("every quarter")}
    for body in regular:
        assert body.tier is not None and body.cadence is not None
        page = _own_text(built.site / body.tier.id / body.id / "index.html")
        assert words[body.cadence.frequency].capitalize() in page, body.id
    assert "RRULE:FREQ=MONTHLY;INTERVAL=" in built.outputs[f"calendar.{built.main}"]
    direct = [mt for mt in model.matter_types if not mt.steps]
    assert direct
    for mt in direct:
        matters = built.site / ui.pgettext("file name", "matters")
        page = _own_text(matters / mt.id / "index.html")
        assert ui._("The first handler decides the matter; it is not taken further.") in page


def test_a_missing_stylesheet_fails_the_strict_build(tmp_path: Path) -> None:
    """MkDocs links every page to each extra_css without checking it exists; another
    project that forgets to copy a stylesheet would publish pages without it. The plugin
    warns, so a strict build fails and names the file."""
    import yaml

    home = EXAMPLES / NAMES[0]
    config = yaml.safe_load((home / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(home / "docs")
    config["plugins"][1]["govlint"]["model"] = str(home / "governance")
    config["plugins"][1]["govlint"]["languages"] = config["plugins"][1]["govlint"]["languages"][:1]
    config["extra_css"] = ["stylesheets/extra.css", "https://cdn.example.org/theme.css"]
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    proc = mkdocs_build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert proc.returncode != 0
    assert "extra_css 'stylesheets/extra.css'" in proc.stderr
    assert "cdn.example.org" not in proc.stderr


def test_the_tool_names_nothing_of_this_agreement() -> None:
    """govlint itself (its code, messages, rule documentation and schemas) is general: the
    same scan finds nothing of this repository's agreement in it."""
    targets = _scan_targets(ROOT / "governance")
    sources = [
        *(ROOT / "src" / "govlint").rglob("*.py"),
        *(ROOT / "src" / "govlint").rglob("*.po"),
        *(ROOT / "schemas").glob("*.json"),
    ]
    found = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for home in TOOL_HOMES:
            text = text.replace(home, "")
        found += [
            f"{path.relative_to(ROOT)}: {m.group(0)!r}" for t in targets if (m := t.search(text))
        ]
    assert found == []
