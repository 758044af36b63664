"""Property tests: a random single edit of the example model is reported as exactly that edit;
reordering lists and files is no change; a model compared with itself has no changes.

Edits are made on the YAML data (not on the model), so the diff is checked against an
independent statement of what changed.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govlint.diff import diff_models
from govlint.diff.values import key_str
from govlint.engine import load_model
from govlint.model import Model
from govlint.sources import SourceFile

BASE = Path(__file__).parent / "examples" / "diff" / "base"
DATA: dict[str, Any] = {
    p.relative_to(BASE).as_posix(): yaml.safe_load(p.read_text(encoding="utf-8"))
    for p in sorted(BASE.rglob("*.yaml"))
}
BODIES = sorted(name for name, d in DATA.items() if d["kind"] == "Body")
GOALS = sorted(name for name, d in DATA.items() if d["kind"] == "Goal")
IDS = {d["id"] for d in DATA.values()} | {
    x["id"] for d in DATA.values() for key in ("positions", "organs") for x in d.get(key, [])
}
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def build(data: dict[str, Any], order: list[str] | None = None) -> Model:
    files = [
        SourceFile(
            f"m/{name}",
            yaml.safe_dump(data[name], allow_unicode=True, sort_keys=False).encode("utf-8"),
        )
        for name in (order or sorted(data))
    ]
    loaded = load_model(files, "m")
    errors = [
        f"{f.loc} {f.code} {f.message}" for f in loaded.findings if f.severity.value == "error"
    ]
    assert not errors, errors
    return loaded.model


OLD = build(DATA)


def changes(new: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((c.code, key_str(c.subject)) for c in diff_models(OLD, build(new)).changes)


def _seat_party(data: dict[str, Any], member: dict[str, Any]) -> str:
    if "party" in member:
        return str(member["party"])
    for d in data.values():
        if any(p["id"] == member["position"] for p in d.get("positions", [])):
            return str(d["id"])
    raise AssertionError(member)


@SETTINGS
@given(st.data())
def test_removing_a_member_is_reported_as_that(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(BODIES))
    new = copy.deepcopy(DATA)
    body = new[name]
    member = body["members"].pop(data.draw(st.integers(0, len(body["members"]) - 1)))
    who = member.get("position") or member["party"]
    expected = [("member-removed", f"member:{body['id']}/{who}/{member['role']}")]
    # the party's last representative at a tier where every party must be: also breaking
    party = _seat_party(DATA, member)
    tier = next(d for d in DATA.values() if d["kind"] == "Tier" and d["id"] == body["tier"])
    still = [
        m
        for b in new.values()
        if b["kind"] == "Body" and b["tier"] == body["tier"]
        for m in b.get("members", [])
        if m["role"] != "invited-expert" and _seat_party(DATA, m) == party
    ] + [
        r
        for b in new.values()
        if b["kind"] == "Body" and b["tier"] == body["tier"]
        for r in b.get("representation", [])
        if r["party"] == party
    ]
    if member["role"] != "invited-expert" and not still and tier.get("partiesRepresented"):
        expected.append(("representation-lost", f"party:{party}"))
    assert changes(new) == sorted(expected)


@SETTINGS
@given(st.data(), st.integers(0, 12), st.integers(0, 12))
def test_changing_a_cadence_is_reported_as_that(data: st.DataObject, a: int, b: int) -> None:
    name = data.draw(st.sampled_from(BODIES))
    new = copy.deepcopy(DATA)
    cadence = new[name]["cadence"]
    old_min, old_max = cadence["min"], cadence["max"]
    cadence["min"], cadence["max"] = min(a, b), max(a, b)
    if (cadence["min"], cadence["max"]) == (old_min, old_max):
        assert changes(new) == []
        return
    code = (
        "cadence-reduced"
        if cadence["min"] < old_min or cadence["max"] < old_max
        else "cadence-changed"
    )
    assert changes(new) == [(code, f"cadence:{new[name]['id']}")]


def _rename_everywhere(data: Any, old: str, new: str) -> Any:
    """Every reference to ``old`` (a whole string value) becomes ``new``."""
    if isinstance(data, dict):
        return {k: _rename_everywhere(v, old, new) for k, v in data.items()}
    if isinstance(data, list):
        return [_rename_everywhere(v, old, new) for v in data]
    return new if data == old else data


@SETTINGS
@given(st.data(), st.from_regex(r"[a-z][a-z0-9]{2,10}(-[a-z0-9]{1,6})?", fullmatch=True))
def test_renaming_a_body_is_one_rename(data: st.DataObject, new_id: str) -> None:
    name = data.draw(st.sampled_from(BODIES))
    old_id = DATA[name]["id"]
    if new_id in IDS:
        return
    new = {path: _rename_everywhere(d, old_id, new_id) for path, d in DATA.items()}
    assert changes(new) == [("body-renamed", f"body:{new_id}")]


@SETTINGS
@given(st.data(), st.sampled_from(["remove", "retranslate", "reword"]))
def test_editing_a_duty_is_reported_as_that(data: st.DataObject, how: str) -> None:
    name = data.draw(st.sampled_from(BODIES))
    new = copy.deepcopy(DATA)
    duties = new[name]["duties"]
    index = data.draw(st.integers(0, len(duties) - 1))
    key = f"duty:{new[name]['id']}/{duties[index]['id']}"
    if how == "remove":
        duties.pop(index)
        assert changes(new) == [("duty-removed", key)]
    elif how == "retranslate":
        duties[index]["text"]["en"] = duties[index]["text"]["en"] + " (revised)"
        assert changes(new) == [("translation-changed", key)]
    else:
        duties[index]["text"]["fi"] = duties[index]["text"]["fi"] + " ja raportointi"
        assert changes(new) == [("duty-changed", key)]


@SETTINGS
@given(st.integers(1, 12), st.integers(1, 12))
def test_moving_a_meeting_is_reported_as_that(start: int, end: int) -> None:
    new = copy.deepcopy(DATA)
    body = next(
        d for d in new.values() if d["kind"] == "Body" and d.get("cadence", {}).get("meetings")
    )
    meeting = body["cadence"]["meetings"][-1]
    old = (meeting["window"]["from"], meeting["window"]["to"])
    meeting["window"] = {"from": start, "to": end}
    expected = (
        [] if (start, end) == old else [("meeting-moved", f"meeting:{body['id']}/{meeting['id']}")]
    )
    assert changes(new) == expected


@SETTINGS
@given(st.randoms(use_true_random=False))
def test_order_of_lists_and_files_is_not_a_change(rnd: random.Random) -> None:
    new = copy.deepcopy(DATA)
    for d in new.values():
        for key in (
            "members",
            "duties",
            "representation",
            "positions",
            "organs",
            "responsibilities",
            "parties",
            "sections",
        ):
            if isinstance(d.get(key), list):
                rnd.shuffle(d[key])
        meetings = d.get("cadence", {}).get("meetings")
        if meetings:
            rnd.shuffle(meetings)
    order = sorted(new)
    rnd.shuffle(order)
    # sections carry a parent reference and are listed in the agreement's order: a shuffle
    # that puts a child first is still the same set of sections
    assert diff_models(OLD, build(new, order)).changes == []


@SETTINGS
@given(st.data())
def test_a_model_against_itself_is_empty(data: st.DataObject) -> None:
    new = copy.deepcopy(DATA)
    goal = data.draw(st.sampled_from(GOALS))
    new[goal]["text"]["fi"] = data.draw(st.text(min_size=1, max_size=40).filter(str.strip))
    model = build(new)
    assert diff_models(model, model).changes == []
    assert diff_models(model, build(new)).changes == []
    assert [c.code for c in diff_models(OLD, model).changes] in (["goal-changed"], [])


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = []
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else []
    )
    for key, child in items:
        out.append((*path, key))
        out += _paths(child, (*path, key))
    return out


ALL_PATHS = [
    (name, p)
    for name in sorted(DATA)
    for p in _paths(DATA[name])
    if p[0] not in ("apiVersion", "kind")
]


@SETTINGS
@given(st.sampled_from(ALL_PATHS), st.sampled_from(["delete", "tweak"]))
def test_any_edit_that_loads_is_reported_and_renders(
    where: tuple[str, tuple[Any, ...]], how: str
) -> None:
    from hypothesis import assume

    from govlint.diff.catalog import CATALOG
    from govlint.diff.render import render
    from govlint.diff.result import Side
    from govlint.diff.versions import errors_of

    name, path = where
    new = copy.deepcopy(DATA)
    parent = new[name]
    for key in path[:-1]:
        parent = parent[key]
    value = parent[path[-1]]
    if how == "delete":
        del parent[path[-1]]
    elif isinstance(value, bool):
        parent[path[-1]] = not value
    elif isinstance(value, int):
        parent[path[-1]] = value + 1 if value < 12 else value - 1
    elif isinstance(value, str):
        parent[path[-1]] = value + "x"
    else:
        assume(False)
    files = [
        SourceFile(f"m/{n}", yaml.safe_dump(d, allow_unicode=True, sort_keys=False).encode("utf-8"))
        for n, d in sorted(new.items())
    ]
    loaded = load_model(files, "m")
    assume(not errors_of(loaded.findings))  # an edit the loader refuses is not a version
    diff = diff_models(OLD, loaded.model)
    assert diff.changes, f"{name} {path} {how}: an edit that loads must be reported"
    assert all(c.code in CATALOG and c.approvers for c in diff.changes)
    for fmt in ("text", "markdown", "json"):
        assert render(diff, fmt, Side("a"), Side("b"))
