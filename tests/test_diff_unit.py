"""The diff's parts on their own: catalogue, classification, folding, words, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from govlint.diff import gitsource
from govlint.diff.catalog import CATALOG, LEVELS, Level
from govlint.diff.compare import FIELD_CODES, classify, diff_facts
from govlint.diff.facts import AGREEMENT, Fact, Facts
from govlint.diff.messages import Words
from govlint.diff.renames import GLOBAL_STAGES, LOCAL_STAGES, PART_KINDS
from govlint.diff.values import Count, Key, Percent, R, Src, TextV, Window
from govlint.findings import Loc


def test_every_kind_has_its_codes() -> None:
    for kind in PART_KINDS:
        if kind == "agreement":
            continue
        for op in ("added", "removed", "changed"):
            assert f"{kind}-{op}" in CATALOG, f"{kind}-{op}"
    for kind in GLOBAL_STAGES + LOCAL_STAGES:
        assert ("member-role-changed" if kind == "member" else f"{kind}-renamed") in CATALOG


def test_field_codes_are_catalogued() -> None:
    for rule in FIELD_CODES.values():
        if isinstance(rule, str):
            assert rule in CATALOG, rule


def test_levels_are_ordered() -> None:
    assert [lv.rank for lv in LEVELS] == sorted((lv.rank for lv in LEVELS), reverse=True)
    assert Level.BREAKING.rank > Level.SIGNIFICANT.rank > Level.MINOR.rank > Level.EDITORIAL.rank
    assert CATALOG["representation-lost"].level is Level.BREAKING
    assert CATALOG["route-to-top-lost"].level is Level.BREAKING
    assert CATALOG["member-removed"].level is Level.SIGNIFICANT
    assert CATALOG["duty-removed"].level is Level.SIGNIFICANT
    assert CATALOG["cadence-reduced"].level is Level.SIGNIFICANT
    assert CATALOG["source-cited"].level is Level.MINOR
    assert CATALOG["translation-changed"].level is Level.EDITORIAL


def t(fi: str, en: str) -> TextV:
    value = TextV.of({"fi": fi, "en": en})
    assert value is not None
    return value


@pytest.mark.parametrize(
    ("kind", "field", "before", "after", "code"),
    [
        (
            "duty",
            "text",
            t("Seuranta", "Monitoring"),
            t("Seuranta", "Follow-up"),
            "translation-changed",
        ),
        ("duty", "text", t("Seuranta", "Monitoring"), t("Valvonta", "Monitoring"), "duty-changed"),
        ("body", "name", t("A", "A"), t("B", "B"), "body-name-changed"),
        ("goal", "text", t("A", "x"), t("B", "x"), "goal-changed"),
        ("cadence", "count", Count(2, 4), Count(2, 6), "cadence-changed"),
        ("cadence", "count", Count(2, 4), Count(1, 4), "cadence-reduced"),
        ("cadence", "count", Count(2, 4), Count(3, 3), "cadence-reduced"),
        ("cadence", "count", Count(2, 2), Count(2, 2, True), "cadence-changed"),
        ("meeting", "window", Window(6, 6), Window(9, 9), "meeting-moved"),
        ("meeting", "topics", (("a", t("A", "A")),), (), "meeting-topic-removed"),
        ("body", "source", Src(derived="why"), Src(R(("section", "s"))), "source-cited"),
        (
            "body",
            "appointedBySource",
            Src(R(("section", "s"))),
            Src(derived="why"),
            "source-derived",
        ),
        ("body", "source", None, Src(derived="why"), "source-added"),
        (
            "body",
            "source",
            Src(R(("section", "s")), "a"),
            Src(R(("section", "s")), "b"),
            "source-changed",
        ),
        ("tier", "partiesRequired", True, False, "tier-representation-dropped"),
        ("tier", "partiesRequired", False, True, "tier-representation-required"),
        ("commitment", "obligation", "each-party", "all-parties", "commitment-obligation-changed"),
        ("matter-type", "route", (R(("body", "a")),), (R(("body", "b")),), "escalation-changed"),
        ("role", "namedBy", R(("party", "a")), R(("organ", "b")), "role-holder-changed"),
        # a translation added to a meeting's topic: editorial, like every translation
        (
            "meeting",
            "topics",
            (("a", TextV.of({"fi": "A"})),),
            (("a", t("A", "A")),),
            "translation-changed",
        ),
        ("tier", "requiredParties", None, (R(("party", "a")),), "tier-representation-dropped"),
        (
            "tier",
            "requiredParties",
            (R(("party", "a")),),
            (R(("party", "a")), R(("party", "b"))),
            "tier-representation-required",
        ),
        ("term", "to", "2028-12-31", "2030-12-31", "term-dates-changed"),
        ("term", "noticeMonths", 6, 12, "notice-period-changed"),
        ("cost-share", "percent", Percent(30), Percent(25), "cost-share-changed"),
        ("cadence", "frequency", None, "monthly", "cadence-rhythm-changed"),
    ],
)
def test_classify(kind: str, field: str, before: object, after: object, code: str) -> None:
    assert classify(kind, field, before, after, "fi") == code


def facts(*items: tuple[Key, dict[str, object]]) -> Facts:
    return Facts(
        {
            key: Fact(key, dict(fields), Loc("m.yaml", i + 1))
            for i, (key, fields) in enumerate(items)
        }
    )


AGREEMENT_FACT = (
    AGREEMENT,
    {"title": t("S", "A"), "modelVersion": "1", "parties": (R(("party", "a")), R(("party", "b")))},
)
PARTY_B = [
    (("party", "b"), {"name": t("B", "B")}),
    (("organ", "b.board"), {"name": t("Hallitus", "Board"), "party": R(("party", "b"))}),
    (("position", "b.cio"), {"title": t("Johtaja", "CIO"), "party": R(("party", "b"))}),
]


def test_a_removed_party_speaks_for_its_organs_and_positions() -> None:
    old = facts(AGREEMENT_FACT, (("party", "a"), {"name": t("A", "A")}), *PARTY_B)
    new = facts(
        (AGREEMENT, {**AGREEMENT_FACT[1], "parties": (R(("party", "a")),)}),
        (("party", "a"), {"name": t("A", "A")}),
    )
    diff = diff_facts(old, new)
    assert [(c.code, c.subject) for c in diff.changes] == [("party-removed", ("party", "b"))]
    assert diff.changes[0].level is Level.BREAKING


def test_a_party_leaving_the_agreement_but_kept_as_a_document() -> None:
    old = facts(AGREEMENT_FACT, (("party", "a"), {"name": t("A", "A")}), *PARTY_B)
    new = facts(
        (AGREEMENT, {**AGREEMENT_FACT[1], "parties": (R(("party", "a")),)}),
        (("party", "a"), {"name": t("A", "A")}),
        *PARTY_B,
    )
    diff = diff_facts(old, new)
    assert [(c.code, c.subject) for c in diff.changes] == [("party-left", ("party", "b"))]


def test_months_read_as_each_language_writes_ranges() -> None:
    """Month names and ranges come from CLDR (Babel), not from tables of our own."""
    same = diff_facts(facts(AGREEMENT_FACT), facts(AGREEMENT_FACT))
    words = Words(same, "fi")
    assert words.value(Window(1, 4)) == "tammi–huhtikuu"
    assert words.value(Window(11, 2)) == "marras–helmikuu"
    assert words.value(Window(6, 6)) == "kesäkuu"
    assert words.value(Count(2, 2, True)) == "noin 2"
    assert Words(same, "en").value(Window(1, 4)) == "January\u2009–\u2009April"
    assert Words(same, "sv").value(Window(1, 4)) == "januari–april"


@pytest.mark.parametrize("rev", ["-x", "--output=x", "", "a..b", "HEAD:governance", "a\nb"])
def test_revisions_git_could_misread_never_reach_git(
    rev: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_git(*args: object, **kwargs: object) -> None:
        raise AssertionError("git must not be run for a refused revision")

    monkeypatch.setattr(gitsource, "run_git", no_git)
    with pytest.raises(gitsource.GitError):
        gitsource.resolve(tmp_path, rev)


def test_the_output_formats_import_one_way() -> None:
    """The Markdown format needs only the shared base; the registry imports the formats."""
    import ast

    src = Path(__file__).resolve().parents[1] / "src" / "govlint" / "diff"

    def imported(name: str) -> set[str]:
        tree = ast.parse((src / f"{name}.py").read_text(encoding="utf-8"))
        return {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module is not None
        }

    assert "govlint.diff.render" not in imported("markdown")
    assert "govlint.diff.markdown" in imported("render")
    assert not {"govlint.diff.render", "govlint.diff.markdown"} & imported("renderer")


def test_a_cost_share_and_the_term_in_words() -> None:
    old = facts(
        AGREEMENT_FACT,
        (("party", "b"), {"name": t("Beetan kunta", "Municipality of Beta")}),
        (("cost-share", "b"), {"party": R(("party", "b")), "percent": Percent(30)}),
        (("term", "validity"), {"to": "2028-12-31"}),
    )
    new = facts(
        AGREEMENT_FACT,
        (("party", "b"), {"name": t("Beetan kunta", "Municipality of Beta")}),
        (("cost-share", "b"), {"party": R(("party", "b")), "percent": Percent(25)}),
        (("term", "validity"), {"to": "2030-12-31"}),
    )
    diff = diff_facts(old, new)
    said = {c.code: Words(diff, "en").describe(c) for c in diff.changes}
    assert said["cost-share-changed"] == (
        "Municipality of Beta: share of the costs changes: 30% → 25%."
    )
    assert said["term-dates-changed"] == (
        "Validity of the agreement: last day in force changes: Dec 31, 2028 → Dec 31, 2030."
    )
    share = next(c for c in diff.changes if c.code == "cost-share-changed")
    finnish = Words(diff, "fi").describe(share)
    assert finnish == "Beetan kunta: kustannusosuus muuttuu: 30\u00a0% → 25\u00a0%."


def test_a_change_of_a_part_named_as_its_owner_says_the_name_once() -> None:
    """A body's cadence is named as the body: its provenance change must not read
    "Group: Group: source ..." (the owner and the part)."""
    scope: Key = ("body", "g")

    def version(source: Src) -> Facts:
        return Facts(
            {
                scope: Fact(scope, {"name": t("Ryhmä", "Group")}, Loc("g.yaml", 1), scope),
                ("cadence", "g"): Fact(
                    ("cadence", "g"), {"source": source}, Loc("g.yaml", 9), scope
                ),
            }
        )

    diff = diff_facts(version(Src(derived="a reason")), version(Src(R(("section", "s")))))
    (change,) = diff.changes
    assert change.scope == ("body", "g")
    sentence = Words(diff, "en").describe(change)
    assert sentence.count("Group") == 1, sentence


@pytest.mark.parametrize(
    ("tier", "before", "after", "codes"),
    [
        # listing every party says what the default said: no change
        ("keski", "required: true,", "required: true, parties: [alfa, beeta],", []),
        # a tier that requires no one: its list means nothing yet
        ("ala", "required: false,", "required: false, parties: [alfa],", []),
        # one party no longer required weakens the commitment
        (
            "keski",
            "required: true,",
            "required: true, parties: [alfa],",
            ["tier-representation-dropped"],
        ),
    ],
)
def test_which_parties_a_tier_requires(
    tmp_path: Path, tier: str, before: str, after: str, codes: list[str]
) -> None:
    import shutil

    from govlint.diff.extract import extract
    from govlint.engine import load_directory

    minimal = Path(__file__).parent / "examples" / "minimal"
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(minimal, old)
    shutil.copytree(minimal, new)
    path = new / "tiers" / f"{tier}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(before, after), encoding="utf-8")
    diff = diff_facts(extract(load_directory(old).model), extract(load_directory(new).model))
    assert [c.code for c in diff.changes] == codes
