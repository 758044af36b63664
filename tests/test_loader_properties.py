"""Properties of the loader over generated input (hypothesis).

Whatever the bytes, ``load_document`` returns (never raises), finishes quickly, and reports
only loading-rule findings that point into the file; a returned Document has a location for
every value. And anything ``yaml.safe_dump`` writes from JSON-like data loads back equal (to
what PyYAML reads, and to the data where PyYAML round-trips it), with no error findings and
with the YAML 1.1 type of every non-string value recorded.
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from govlint.findings import Severity
from govlint.rules.loading import RULES_BY_CODE
from govlint.yamlload import Document, Limits, SourceFile, load_document
from helpers import value_paths

FAST = settings(
    max_examples=300,
    deadline=datetime.timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow],
)

# Fragments that make generated text look like YAML, so that the parser gets past line 1.
TOKENS = [
    "a",
    "b",
    "yes",
    "no",
    "10:00",
    "0755",
    "2024-01-01",
    "~",
    ":",
    ": ",
    "- ",
    "? ",
    "\n",
    "\r\n",
    "  ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "#",
    " # govlint: disable=GOV021 why",
    "'",
    '"',
    "\\",
    "&x ",
    "*x",
    "&y ",
    "*y",
    "!!int ",
    "!!python/object:os.system ",
    "!Ref ",
    "<<: ",
    "|",
    ">-",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "@",
    "`",
    "ä",
    "\u2028",
    "\x85",
    "\ufeff",
    "=",
]
yamlish = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


def check_invariants(data: bytes, limits: Limits = Limits()) -> tuple[Document | None, list[Any]]:  # noqa: B008
    doc, findings = load_document(SourceFile("p/f.yaml", data), limits)
    for f in findings:
        rule = RULES_BY_CODE[f.code]  # only loading rules, with their own severity
        assert f.severity is rule.severity
        assert f.loc.file == "p/f.yaml" and f.loc.line >= 0 and f.loc.column >= 0
    if doc is None:
        assert any(f.severity is Severity.ERROR for f in findings)
    else:
        assert isinstance(doc.data, dict)
        assert all(p in doc.locs for p in value_paths(doc.data))
        assert set(doc.implicit) <= set(doc.locs)
        assert all(line >= 1 for line in doc.suppressions)
    return doc, findings


@FAST
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    check_invariants(text.encode("utf-8"))


@FAST
@given(st.binary(max_size=300))
def test_any_bytes(data: bytes) -> None:
    check_invariants(data)


@FAST
@given(yamlish, st.sampled_from([Limits(), Limits(max_depth=3, max_nodes=25)]))
def test_yaml_like_text(text: str, limits: Limits) -> None:
    doc, _findings = check_invariants(text.encode("utf-8"), limits)
    again = load_document(SourceFile("p/f.yaml", text.encode("utf-8")), limits)
    assert again == (doc, _findings)  # deterministic


scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.dates(min_value=datetime.date(1, 1, 1)).map(lambda d: d)
)
json_like = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=25,
)
KIND_OF_TYPE = {
    bool: "bool",
    int: "int",
    float: "float",
    type(None): "null",
    datetime.date: "timestamp",
}


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.text(max_size=12), json_like, max_size=6),
    st.sampled_from([None, False, True]),
    st.booleans(),
    st.sampled_from([20, 80]),
)
def test_safe_dump_round_trip(
    data: dict[str, Any], flow: bool | None, unicode: bool, width: int
) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=unicode, width=width)
    doc, findings = check_invariants(text.encode("utf-8"))
    assert [f for f in findings if f.severity is Severity.ERROR] == []
    assert doc is not None and doc.data == yaml.safe_load(text)
    # PyYAML itself does not round-trip U+0085 etc. in some styles; compare where it does.
    assume(yaml.safe_load(text) == data)
    assert doc.data == data
    for path in value_paths(doc.data):
        value: Any = doc.data
        for part in path:
            value = value[part]
        if isinstance(value, str | dict | list):
            assert path not in doc.implicit
        else:  # safe_dump writes every non-string scalar plain: YAML 1.1 resolved it
            assert doc.implicit[path][1] == KIND_OF_TYPE[type(value)], path
