"""The YAML loader: every loading finding at its exact place, and what good files give back.

Cases are data. ``FINDINGS`` lists inputs with the exact findings expected (code, line,
column); the good-document tables pin values, locations, YAML 1.1 type traps and inline
suppressions. Everything runs against libyaml and against PyYAML's pure-Python parser (the
fallback when PyYAML is built without libyaml), so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import datetime
import math
import textwrap
from pathlib import Path as FsPath
from typing import Any

import pytest
import yaml

from govlint import yamlload
from govlint.findings import Finding, Loc, Severity
from govlint.loadproblems import make_finding
from govlint.rules.loading import LOADING_RULES, RULES_BY_CODE
from govlint.yamlload import Document, Limits, SourceFile, load_document

PARSERS: dict[str, Any] = {"python": yaml.SafeLoader}
if yaml.__with_libyaml__:
    PARSERS["libyaml"] = yamlload._PARSER


@pytest.fixture(params=sorted(PARSERS))
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test once per available YAML parser."""
    monkeypatch.setattr(yamlload, "_PARSER", PARSERS[request.param])
    return str(request.param)


def load(
    text: str | bytes,
    limits: Limits | None = None,
) -> tuple[Document | None, list[Finding]]:
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return load_document(SourceFile("m.yaml", data), limits or Limits())


def case(
    id_: str,
    text: str | bytes,
    *expected: tuple[str, int, int],
    usable: bool = False,
    limits: Limits | None = None,
    words: str = "",
) -> Any:
    return pytest.param(text, limits, list(expected), usable, words, id=id_)


# (input, limits, exact findings as (code, line, column), Document returned?, words in the
# first finding's message or hint)
FINDINGS = [
    # GOV001 yaml-syntax
    case("unclosed-quote", "a: 'unterminated", ("GOV001", 1, 4), words="never closed"),
    case("tab-indent", "a:\n\tb: 1", ("GOV001", 2, 1), words="tab character in indentation"),
    case("tab-after-spaces", "a:\n  b:\n  \tc: 1", ("GOV001", 3, 3), words="tab character"),
    case("tab-in-list", "a:\n  - x\n\t- y", ("GOV001", 3, 1), words="tab character"),
    case("tab-in-quoted", 'foo: "bar\n\tbaz"', ("GOV001", 2, 1), usable=True, words="tab"),
    case("colon-in-value", "k: v: w", ("GOV001", 1, 5), words='quote the value: k: "v: w"'),
    case("bad-indent", "a:\n  b: 1\n c: 2", ("GOV001", 3, 2), words="column 3 (like 'b'"),
    case("unclosed-flow", "a: [1, 2\nb: 3", ("GOV001", 1, 4), words="'[' is never closed"),
    # ... told apart by the indentation of the lines around them, placed at the fix
    case(
        "over-indented-key",
        "n:\n  fi: x\n    en: y",
        ("GOV001", 3, 5),
        words="start it at column 3",
    ),
    case(
        "dedented-item",
        "p:\n- id: a\n    title: t\n    source: s\n",
        ("GOV001", 2, 1),
        words="indent line 2 ('- id') by 2 more spaces",
    ),
    case(
        "item-misplaced", "s:\n  - a: 1\n    b: 2\n    - c: 3", ("GOV001", 4, 5), words="column 3"
    ),
    case("flow-colon", "n: {fi: Osasto: ICT}", ("GOV001", 1, 15), words='fi: "Osasto: ICT"'),
    case("key-without-colon", "a: 1\nname\nb: 2", ("GOV001", 2, 1), words="has no ':'"),
    case("quote-ends-early", "a: 'it's'", ("GOV001", 1, 8), words="write ''"),
    case("bad-escape", 'a: "bad \\q escape"', ("GOV001", 1, 9), words="escape"),
    case("at-sign", "a: @x", ("GOV001", 1, 4), words="cannot start a value"),
    case("undefined-alias", "a: *nope", ("GOV001", 1, 4), usable=True, words="*nope"),
    case("anchor-twice", "a: &x 1\nb: &x 2", ("GOV001", 2, 4), usable=True, words="line 1"),
    # ... YAML 1.2 errors that libyaml accepts silently
    case("glued-comment", 'key: "value"# c', ("GOV001", 1, 13), usable=True, words="space"),
    case("glued-comment-flow", "a: 'x'\nb: [\"y\"]#c", ("GOV001", 2, 9), usable=True),
    case("quoted-continuation", 'q: "a\nb"', ("GOV001", 2, 1), usable=True, words="indented"),
    case("flow-continuation", "flow: [a,\nb]", ("GOV001", 2, 1), usable=True),
    case("continuation-under-anchor", 'a: &x\n  b: "one\n  two"', ("GOV001", 3, 1), usable=True),
    case("block-header-comment", "block: ># c\n  x", ("GOV001", 1, 9), usable=True),
    case("block-blank-wider", "a: >\n \n  \n   \n # comment\n", ("GOV001", 3, 1), usable=True),
    # GOV002 duplicate-key
    case("dup-top", "a: 1\nb: 2\na: 3", ("GOV002", 3, 1), usable=True, words="line 1"),
    case("dup-nested", "x:\n  y: 1\n  y: 2", ("GOV002", 3, 3), usable=True, words="line 2"),
    case("dup-flow", "{a: 1, a: 2}", ("GOV002", 1, 8), usable=True),
    case("dup-after-raw-key", "on: 1\n'on': 2", ("GOV003", 1, 1), ("GOV002", 2, 1), usable=True),
    # GOV003 implicit-type (keys)
    case("key-on", "on: x", ("GOV003", 1, 1), usable=True, words="boolean true"),
    case("key-yes-nested", "a:\n  yes: 1", ("GOV003", 2, 3), usable=True),
    case("key-int", "1: y", ("GOV003", 1, 1), usable=True, words="number 1"),
    case("key-date", "2024-01-01: z", ("GOV003", 1, 1), usable=True, words="date"),
    case("key-null", "~: x", ("GOV003", 1, 1), usable=True, words="null"),
    case("key-complex", "? [a, b]\n: c", ("GOV003", 1, 3), usable=True, words="list or mapping"),
    # GOV004 yaml-tag
    case(
        "tag-python",
        "a: !!python/object/apply:os.system ['ls']",
        ("GOV004", 1, 4),
        usable=True,
        words="Python object",
    ),
    case("tag-local", "b: !Ref x", ("GOV004", 1, 4), usable=True, words="!Ref"),
    case("tag-int-bad", "c: !!int abc", ("GOV004", 1, 4), usable=True, words="!!int"),
    case("tag-binary", "d: !!binary aGk=", ("GOV004", 1, 4), usable=True),
    case("tag-set", "e: !!set {a, b}", ("GOV004", 1, 4), usable=True),
    case("tag-root", "--- !Foo\na: 1", ("GOV004", 1, 5), usable=True),
    # GOV005 yaml-limits
    case("too-big", "a: 1234567890", ("GOV005", 0, 0), limits=Limits(max_bytes=10)),
    case("deep-flow", "[" * 100, ("GOV005", 1, 65), words="deeper than 64"),
    case("deep-flow-value", "a: " + "[" * 70, ("GOV005", 1, 68)),
    case("deep-compact", "- " * 70 + "x", ("GOV005", 1, 1)),
    case("deep-indent", "".join(" " * i + "k:\n" for i in range(70)), ("GOV005", 65, 65)),
    case("deep-builder", "a: {b: {c: 1}}", ("GOV005", 1, 8), limits=Limits(max_depth=2)),
    case("recursive-alias", "a: &a [*a]", ("GOV005", 1, 8), usable=True, words="recursive"),
    case("too-many-nodes", "a: [1, 2, 3]", ("GOV005", 1, 8), limits=Limits(max_nodes=3)),
    case(
        "alias-expansion",
        "a: &a [1, 2]\nb: [*a, *a]",
        ("GOV005", 1, 8),
        limits=Limits(max_nodes=6),
        words="expanding aliases",
    ),
    # GOV006 encoding
    case("bom", b"\xef\xbb\xbfa: 1", ("GOV006", 1, 1), usable=True, words="byte-order mark"),
    case("latin1", b"a: ok\nb: \xe4\n", ("GOV006", 2, 4), words="0xE4"),
    case("bad-byte-after-umlaut", b"n\xc3\xa4m: \xff", ("GOV006", 1, 6)),
    case("nul", b"a: 1\x00", ("GOV006", 1, 5), words="NUL"),
    case("bell", "a: \x07", ("GOV006", 1, 4), words="U+0007"),
    case("c1-control", "a: \x80", ("GOV006", 1, 4), words="U+0080"),
    case("utf16", b"\xff\xfea\x00", ("GOV006", 1, 1), words="UTF-16"),
    # GOV007 document-shape
    case("empty", "", ("GOV007", 1, 1), words="empty"),
    case("comments-only", "# x\n", ("GOV007", 1, 1), words="only comments"),
    case("empty-document", "---\n", ("GOV007", 2, 1), words="empty"),
    case("root-list", "- a\n- b", ("GOV007", 1, 1), words="a list"),
    case("root-text", "just text", ("GOV007", 1, 1), words="(text)"),
    case("root-number", "42", ("GOV007", 1, 1), words="number 42"),
    case("two-documents", "a: 1\n---\nb: 2", ("GOV007", 2, 1), usable=True, words="second"),
    case(
        "merge-key",
        "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2",
        ("GOV007", 3, 3),
        usable=True,
        words="merge",
    ),
    # GOV009 suppression
    case(
        "no-reason",
        "a: 1  # govlint: disable=GOV021",
        ("GOV009", 1, 7),
        usable=True,
        words="without a reason",
    ),
    case("no-codes", "# govlint: disable=\nb: 1", ("GOV009", 1, 1), usable=True),
    case("unknown-directive", "# govlint: enable=GOV001 x\nb: 1", ("GOV009", 1, 1), usable=True),
    case("bad-code", "a: 1 # govlint: disable=GOV1 bad", ("GOV009", 1, 6), usable=True),
    case("nothing-below", "a: 1\n# govlint: disable=GOV021 why\n", ("GOV009", 2, 1), usable=True),
]

# Where PyYAML's pure-Python parser differs from libyaml: it reports this error one column
# later, and it rejects a comment glued to a block scalar header itself (as YAML 1.2 says).
PYTHON_DIFFERS = {"bad-escape": "column", "block-header-comment": "usable"}


@pytest.mark.parametrize(("text", "limits", "expected", "usable", "words"), FINDINGS)
def test_findings(
    parser: str,
    request: pytest.FixtureRequest,
    text: str | bytes,
    limits: Limits | None,
    expected: list[tuple[str, int, int]],
    usable: bool,
    words: str,
) -> None:
    doc, findings = load(text, limits)
    got: list[tuple[Any, ...]] = [(f.code, f.loc.line, f.loc.column) for f in findings]
    want: list[tuple[Any, ...]] = list(expected)
    differs = (
        PYTHON_DIFFERS.get(request.node.callspec.id.split("-", 1)[1])
        if (parser == "python")
        else None
    )
    if differs == "column":
        got, want = [g[:2] for g in got], [e[:2] for e in want]
    assert got == want
    assert (doc is not None) is usable or differs == "usable"
    for f in findings:
        assert f.loc.file == "m.yaml"
        assert f.severity is RULES_BY_CODE[f.code].severity
        assert f.slug == RULES_BY_CODE[f.code].slug
        assert f.hint
    assert words in f"{findings[0].message}\n{findings[0].hint}"


GOOD = """\
# Governance model
id: ict-steering-group
name: "ICT-ohjausryhmä: Pori"
version: 3
valid_from: 2024-01-01
public: yes
quorum: 0.5
time: "10:00"
note:
members:
  - cio
  - {role: chair, name: Maija}
description: |
  Päätökset # govlint: disable=GOV021 this is text, not a comment
  eskaloidaan.
escalates_to: board  # govlint: disable=GOV021 the board file is published later
# govlint: disable=escalation-cycle,GOV030 -- reviewed with the council

review: 2025-05-02
"""

GOOD_DATA = {
    "id": "ict-steering-group",
    "name": "ICT-ohjausryhmä: Pori",
    "version": 3,
    "valid_from": datetime.date(2024, 1, 1),
    "public": True,
    "quorum": 0.5,
    "time": "10:00",
    "note": None,
    "members": ["cio", {"role": "chair", "name": "Maija"}],
    "description": "Päätökset # govlint: disable=GOV021 this is text, not a comment\n"
    "eskaloidaan.\n",
    "escalates_to": "board",
    "review": datetime.date(2025, 5, 2),
}

GOOD_LOCS = [  # path, line, column of the value
    ((), 2, 1),
    (("name",), 3, 7),
    (("valid_from",), 5, 13),
    (("note",), 9, 6),
    (("members",), 11, 3),
    (("members", 0), 11, 5),
    (("members", 1), 12, 5),
    (("members", 1, "name"), 12, 25),
    (("description",), 13, 14),
    (("review",), 19, 9),
]

GOOD_KEY_LOCS = [
    (("id",), 2, 1),
    (("members",), 10, 1),
    (("members", 1, "name"), 12, 19),
    (("review",), 19, 1),
]

GOOD_IMPLICIT = {
    ("version",): ("3", "int"),
    ("valid_from",): ("2024-01-01", "timestamp"),
    ("public",): ("yes", "bool"),
    ("quorum",): ("0.5", "float"),
    ("note",): ("", "null"),
    ("review",): ("2025-05-02", "timestamp"),
}

GOOD_SUPPRESSIONS = {
    16: [("GOV021", "the board file is published later")],
    19: [
        ("escalation-cycle", "reviewed with the council"),
        ("GOV030", "reviewed with the council"),
    ],
}


def test_good_document(parser: str) -> None:
    doc, findings = load(GOOD)
    assert findings == []
    assert doc is not None
    assert doc.path == "m.yaml"
    assert doc.data == GOOD_DATA
    assert type(doc.data["valid_from"]) is datetime.date
    assert doc.implicit == GOOD_IMPLICIT
    assert doc.suppressions == GOOD_SUPPRESSIONS
    for path, line, column in GOOD_LOCS:
        assert doc.locs[path] == Loc("m.yaml", line, column), path
    for path, line, column in GOOD_KEY_LOCS:
        assert doc.key_locs[path] == Loc("m.yaml", line, column), path
    assert set(doc.key_locs) == {p for p in doc.locs if p and isinstance(p[-1], str)}
    assert doc.loc(("members", 1, "missing")) == doc.locs[("members", 1)]
    assert doc.loc(("nothing", "here")) == doc.locs[()]


@pytest.mark.parametrize(
    "text",
    [
        'a: &x\n  b: "one\n   two"\n',
        'a:\n- "one\n  two"\n',
        'a:\n  - "one\n    two"\n',
        "items:\n  - a: 'x\n     y'\n",
        'a: "multi\n\n  line"\n',
        "a: [1,\n  2]\n",
        "a: {b: 1,\n c: 2}\n",
        "a: |\n  text\n\n  more\n",
        "a: >-\n\n  text\n",
        "a: |2\n     x\n",
        'k: "a # b"\n',
        'a: "x" # comment\n',
        "a: [x, y] # c\n",
        "a: b#c\n",
        "a: !!str |\n  x\n",
    ],
    ids=repr,
)
def test_valid_tricky_yaml_gives_no_findings(parser: str, text: str) -> None:
    doc, findings = load(text)
    assert findings == [] and doc is not None


def test_crlf_and_unicode_line_breaks(parser: str) -> None:
    doc, findings = load("a: 1\r\n# govlint: disable=GOV021 r\r\nb: ä\r\nc: [x, y]\r\n")
    assert findings == [] and doc is not None
    assert doc.locs[("b",)] == Loc("m.yaml", 3, 4)
    assert doc.locs[("c", 1)] == Loc("m.yaml", 4, 8)
    assert doc.suppressions == {3: [("GOV021", "r")]}


def test_aliases_are_expanded_with_locations(parser: str) -> None:
    doc, findings = load(
        "defaults: &d {meets: monthly, quorum: 3}\nboard:\n  settings: *d\n  list: [*d]\n"
    )
    assert findings == [] and doc is not None
    assert doc.data["board"] == {
        "settings": {"meets": "monthly", "quorum": 3},
        "list": [{"meets": "monthly", "quorum": 3}],
    }
    assert doc.data["board"]["settings"] is not doc.data["defaults"]  # no shared objects
    assert doc.locs[("board", "settings")] == Loc("m.yaml", 3, 13)  # where the alias is
    assert doc.locs[("board", "settings", "quorum")] == Loc("m.yaml", 1, 39)  # the anchor's
    assert doc.implicit[("board", "list", 0, "quorum")] == ("3", "int")


def test_duplicate_keeps_first_and_checks_nothing_below_it(parser: str) -> None:
    doc, findings = load("a:\n  x: 1\na:\n  y: yes\n")
    assert [f.code for f in findings] == ["GOV002"]
    assert doc is not None and doc.data == {"a": {"x": 1}}
    assert ("a", "y") not in doc.locs and ("a", "y") not in doc.implicit


@pytest.mark.parametrize(
    ("text", "value", "implicit"),
    [
        ("yes", True, "bool"),
        ("No", False, "bool"),
        ("on", True, "bool"),
        ("OFF", False, "bool"),
        ("True", True, "bool"),
        ("n", "n", None),
        ("y", "y", None),
        ("10:00", 600, "int"),
        ("0755", 493, "int"),
        ("0x1F", 31, "int"),
        ("1_000", 1000, "int"),
        ("-7", -7, "int"),
        ("1.5", 1.5, "float"),
        (".inf", math.inf, "float"),
        ("2024-01-01", datetime.date(2024, 1, 1), "timestamp"),
        ("2024-01-01 10:00:00", datetime.datetime(2024, 1, 1, 10), "timestamp"),
        ("~", None, "null"),
        ("null", None, "null"),
        ("", None, "null"),
        ("hello", "hello", None),
        ("'yes'", "yes", None),
        ('"10:00"', "10:00", None),
        ("!!str yes", "yes", None),
        ("!!int '7'", 7, None),
        ("<<", "<<", None),
        ("=", "=", None),
        ("2024-02-30", "2024-02-30", None),
        ("1" + ":1" * 300, "1" + ":1" * 300, None),
    ],
)
def test_scalars_follow_safe_loader(
    parser: str, text: str, value: Any, implicit: str | None
) -> None:
    doc, findings = load(f"v: {text}\n")
    assert findings == [] and doc is not None
    assert doc.data["v"] == value and type(doc.data["v"]) is type(value)
    assert doc.implicit.get(("v",)) == ((text, implicit) if implicit else None)
    try:
        expected = yaml.safe_load(f"v: {text}\n")["v"]
    except (yaml.YAMLError, ValueError):  # PyYAML itself fails on '=', '<<', '2024-02-30'
        return
    if not text.startswith("1:"):  # PyYAML builds that huge sexagesimal int; we keep text
        assert expected == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1  # govlint: disable=GOV021 reason here\n", {1: [("GOV021", "reason here")]}),
        (
            "# govlint: disable=GOV021,escalation-cycle why\nb: 1\n",
            {2: [("GOV021", "why"), ("escalation-cycle", "why")]},
        ),
        (
            "# govlint: disable=GOV001 one\n\n# plain\n# govlint: disable=GOV002 -- two\nb: 1\n",
            {5: [("GOV001", "one"), ("GOV002", "two")]},
        ),
        ("a: 1 # govlint: disable=GOV021 \u2014 dash reason\n", {1: [("GOV021", "dash reason")]}),
        ('a: "x # govlint: disable=GOV001 inside quotes"\n', {}),
        ("a: |\n  # govlint: disable=GOV001 block text\nb: 1\n", {}),
        ("a: url#govlint:disable=GOV001\n", {}),
    ],
)
def test_suppressions(parser: str, text: str, expected: dict[int, list[tuple[str, str]]]) -> None:
    doc, findings = load(text)
    assert findings == [] and doc is not None
    assert doc.suppressions == expected


def test_nothing_is_executed_or_constructed(parser: str, tmp_path: FsPath) -> None:
    marker = tmp_path / "pwned"
    doc, findings = load(
        f"a: !!python/object/apply:os.system ['touch {marker}']\nb: !!python/name:os.system x\n"
    )
    assert not marker.exists()
    assert [f.code for f in findings] == ["GOV004", "GOV004"]
    assert doc is not None and doc.data == {"a": [f"touch {marker}"], "b": "x"}


def test_billion_laughs_is_stopped(parser: str) -> None:
    lines = ["a: &a [" + ", ".join(["lol"] * 9) + "]"]
    lines += [
        f"{c}: &{c} [" + ", ".join([f"*{p}"] * 9) + "]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    doc, findings = load("\n".join(lines) + "\n")
    assert doc is None
    assert [f.code for f in findings] == ["GOV005"]


def test_loading_rules_are_documented() -> None:
    assert [r.code for r in LOADING_RULES] == [
        "GOV001",
        "GOV002",
        "GOV003",
        "GOV004",
        "GOV005",
        "GOV006",
        "GOV007",
        "GOV009",
        "GOV081",
        "GOV082",
    ]
    assert RULES_BY_CODE["GOV009"].severity is Severity.WARNING
    assert all(r.severity is Severity.ERROR for r in LOADING_RULES if r.code != "GOV009")
    for rule in LOADING_RULES:
        assert rule.check is None and rule.summary.endswith(".")
        assert "\nBad:\n" in f"\n{rule.body}" and "\nGood:\n" in rule.body, rule.code
    finding = make_finding("GOV009", "m", Loc("f", 1, 2), "h")
    assert finding == Finding(
        "GOV009", "m", Loc("f", 1, 2), "h", severity=Severity.WARNING, slug="suppression"
    )
    with pytest.raises(KeyError):
        make_finding("GOV999", "m", Loc("f"))


def _example(rule_body: str, label: str) -> str:
    block = rule_body.split(f"{label}:\n", 1)[1].split("\nGood:\n", 1)[0]
    return textwrap.dedent(block).strip("\n") + "\n"


# GOV006's examples are bytes; GOV081's and GOV082's are directory listings (test_sources.py)
@pytest.mark.parametrize(
    "rule",
    [r for r in LOADING_RULES if r.code not in ("GOV006", "GOV081", "GOV082")],
    ids=lambda r: r.code,
)
def test_rule_examples_do_what_they_say(parser: str, rule: Any) -> None:
    """The handbook's Bad example gives the rule's finding; the Good one gives nothing."""
    limits = Limits(max_nodes=100)  # the GOV005 example is a small billion-laughs
    _doc, bad = load(_example(rule.body, "Bad"), limits)
    assert rule.code in {f.code for f in bad}
    good_doc, good = load(_example(rule.body, "Good"), limits)
    assert good == [] and good_doc is not None


def test_what_is_made_while_the_collector_is_paused_goes_to_the_oldest_generation() -> None:
    """The first collection after a load must not walk the whole model (engine.paused_gc)."""
    import gc

    from govlint.engine import paused_gc

    with paused_gc():
        made = [[] for _ in range(1000)]
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(m) in oldest for m in made)
    assert gc.isenabled()


def test_every_code_the_loader_reports_sorts_with_the_loading_errors() -> None:
    """findings.phase knows the loader's codes by their numbers and findings.READING; a new
    loading code numbered elsewhere must be added there, or it sorts after what it explains."""
    from govlint.findings import PHASES, phase
    from govlint.loadproblems import LOADING_CODES

    assert {code for code in LOADING_CODES if PHASES[phase(code)] != "loading"} == set()
