"""``govlint diff`` against git revisions, end to end, in a throwaway repository.

The repository holds the example model under ``governance/``; ``v1.0.0`` is the signed
version, then a member leaves the steering group. Every test checks what a user sees (exit code,
output) and, where git is read, that the working tree and HEAD did not move.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint.cli import main
from govlint.diff.history import version_history_markdown, version_tags
from helpers import ROOT

BASE = Path(__file__).parent / "examples" / "diff" / "base"
SEAT = """  - position: ulvila.talous-ja-hallintojohtaja
    role: member
    exOfficio: true
    source:
      section: tietohallinnon-ohjausryhma
      quote: Ryhmän kokoonpano määräytyy aseman perusteella
"""

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    proc = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return proc.stdout.strip()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    shutil.copytree(BASE, root / "governance")
    (root / "pyproject.toml").write_text('[tool.govlint]\nmodel = "governance"\n')
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "signed version")
    git(root, "tag", "-a", "v1.0.0", "-m", "signed")
    edit(root / "governance" / "bodies" / "ohjausryhma.yaml", SEAT, "")
    git(root, "commit", "-q", "-am", "proposal: a member leaves")
    monkeypatch.chdir(root)
    return root


def snapshot(repo: Path) -> tuple[str, str, dict[str, bytes]]:
    files = {
        str(p.relative_to(repo)): p.read_bytes()
        for p in sorted((repo / "governance").rglob("*"))
        if p.is_file()
    }
    return git(repo, "rev-parse", "HEAD"), git(repo, "status", "--porcelain"), files


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    stderr = result.stderr if result.stderr_bytes is not None else ""
    return result.exit_code, result.stdout, stderr


def test_tag_against_working_tree_reports_the_member(repo: Path) -> None:
    before = snapshot(repo)
    code, out, _ = run("diff", "v1.0.0", "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert [c["code"] for c in data["changes"]] == ["member-removed"]
    change = data["changes"][0]
    assert change["old"]["file"] == "governance/bodies/ohjausryhma.yaml"
    assert change["old"]["line"] == 40
    assert data["old"]["kind"] == "revision" and data["old"]["label"] == "v1.0.0"
    assert data["old"]["commit"] == git(repo, "rev-parse", "v1.0.0^{commit}")
    assert snapshot(repo) == before  # nothing checked out, nothing written


def test_working_tree_edits_are_the_default_new_side(repo: Path) -> None:
    edit(repo / "governance" / "bodies" / "kehittamisryhma.yaml", "  max: 4\n", "  max: 6\n")
    code, out, _ = run("diff", "HEAD", "--format", "markdown")
    assert code == 0
    assert out.startswith("<!-- govlint-diff -->")
    assert "Tietohallinnon kehittämisryhmä kokoontuu 2–6 kertaa vuodessa aiemman 2–4 sijaan." in out
    assert "ei enää ole jäsen" not in out  # HEAD already has the member removed


def test_two_revisions_and_a_branch(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "ehdotus")
    edit(repo / "governance" / "bodies" / "kehittamisryhma.yaml", "  max: 4\n", "  max: 6\n")
    git(repo, "commit", "-q", "-am", "more meetings")
    git(repo, "checkout", "-q", "main")
    before = snapshot(repo)
    code, out, _ = run("diff", "v1.0.0", "ehdotus", "--format", "json")
    assert code == 0
    codes = sorted(c["code"] for c in json.loads(out)["changes"])
    assert codes == ["cadence-changed", "member-removed"]
    assert snapshot(repo) == before


def raise_version(repo: Path, version: str) -> None:
    edit(repo / "governance" / "agreement.yaml", "modelVersion: 1.0.0", f"modelVersion: {version}")


def test_exit_code_and_fail_on(repo: Path) -> None:
    raise_version(repo, "1.1.0")
    assert run("diff", "v1.0.0")[0] == 0
    assert run("diff", "v1.0.0", "--exit-code")[0] == 1
    assert run("diff", "HEAD", "HEAD", "--exit-code")[0] == 0  # no changes
    assert run("diff", "v1.0.0", "--fail-on", "significant")[0] == 1
    assert run("diff", "v1.0.0", "--fail-on", "minor")[0] == 1
    assert run("diff", "v1.0.0", "--fail-on", "breaking")[0] == 0


def test_an_unraised_version_is_reported_and_fails_under_fail_on(repo: Path) -> None:
    """The proposal removes a member (significant) but modelVersion stays 1.0.0."""
    code, out, _ = run("diff", "v1.0.0")
    assert code == 0  # reported, but only --fail-on makes it fail
    assert "version-not-raised  governance/agreement.yaml:7:15" in out
    assert "Malliversio on edelleen 1.0.0" in out and "vähintään 1.1.0" in out
    assert run("diff", "v1.0.0", "--fail-on", "breaking")[0] == 1
    data = json.loads(run("diff", "v1.0.0", "--format", "json")[1])
    assert data["versionCheck"]["status"] == "not-raised"
    assert data["versionCheck"]["needed"] == "minor"
    assert data["versionCheck"]["location"] == {
        "file": "governance/agreement.yaml",
        "line": 7,
        "column": 15,
    }
    markdown = run("diff", "v1.0.0", "--format", "markdown")[1]
    assert "> **Huomio:** Malliversio on edelleen 1.0.0" in markdown


@pytest.mark.parametrize(
    ("version", "status"),
    [("1.0.1", "raised-too-little"), ("0.9.0", "lowered"), ("1.1.0", "ok"), ("2.0.0", "ok")],
)
def test_a_significant_change_needs_a_minor_raise(repo: Path, version: str, status: str) -> None:
    raise_version(repo, version)
    code, out, _ = run("diff", "v1.0.0", "--format", "json", "--fail-on", "breaking")
    assert json.loads(out)["versionCheck"]["status"] == status
    assert code == (0 if status == "ok" else 1)


def test_an_editorial_change_needs_a_patch_raise(repo: Path) -> None:
    git(repo, "checkout", "-q", "v1.0.0", "--", "governance")
    edit(
        repo / "governance" / "bodies" / "kehittamisryhma.yaml",
        "en: Developing processes",
        "en: Process development",
    )
    check = json.loads(run("diff", "v1.0.0", "--format", "json")[1])["versionCheck"]
    assert (check["status"], check["needed"], check["suggested"]) == (
        "not-raised",
        "patch",
        "1.0.1",
    )
    raise_version(repo, "1.0.1")
    assert (
        json.loads(run("diff", "v1.0.0", "--format", "json")[1])["versionCheck"]["status"] == "ok"
    )


@pytest.mark.parametrize("rev", ["--output=x", "-x", "--upload-pack=touch pwned", "-"])
def test_option_like_revisions_are_refused(repo: Path, rev: str) -> None:
    code, _, err = run("diff", "--", rev)
    assert code == 2
    assert "cannot begin with '-'" in err
    assert not (repo / "x").exists() and not (repo / "pwned").exists()


def test_unknown_revision_is_refused_clearly(repo: Path) -> None:
    code, _, err = run("diff", "no-such-tag")
    assert code == 2
    assert "unknown revision 'no-such-tag'" in err


def test_a_remote_branch_is_suggested(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clone = tmp_path / "clone"
    git(repo, "branch", "ehdotus")
    git(tmp_path, "clone", "-q", str(repo), str(clone))
    monkeypatch.chdir(clone)
    code, _, err = run("diff", "v1.0.0", "ehdotus")
    assert code == 2 and "did you mean 'origin/ehdotus'?" in err
    assert run("diff", "v1.0.0", "origin/ehdotus")[0] == 0


def test_an_existing_directory_wins_over_a_revision(repo: Path) -> None:
    shutil.copytree(BASE, repo / "v1.0.0")  # a directory named like the tag: the directory wins
    edit(repo / "v1.0.0" / "bodies" / "ohjausryhma.yaml", "  max: 2\n", "  max: 3\n")
    code, out, _ = run("diff", "v1.0.0", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["old"]["kind"] == "directory"
    assert "cadence-reduced" in [c["code"] for c in data["changes"]]


def test_missing_directory_as_new_side(repo: Path) -> None:
    shutil.rmtree(repo / "governance")
    code, _, err = run("diff", "v1.0.0")
    assert code == 2 and "does not exist" in err


def test_a_revision_whose_model_does_not_load_is_refused(repo: Path) -> None:
    edit(
        repo / "governance" / "bodies" / "ohjausryhma.yaml",
        "tier: strateginen",
        "tier: [strateginen",
    )
    git(repo, "commit", "-q", "-am", "broken")
    code, _, err = run("diff", "HEAD", "v1.0.0")
    assert code == 2
    assert "does not load" in err and "governance/bodies/ohjausryhma.yaml:" in err


def test_a_revision_without_the_model_directory(repo: Path) -> None:
    git(repo, "checkout", "-q", "--orphan", "empty")
    git(repo, "rm", "-rq", "--cached", ".")
    (repo / "README").write_text("nothing\n")
    git(repo, "add", "README")
    git(repo, "commit", "-q", "-m", "empty")
    git(repo, "checkout", "-q", "-f", "main")
    code, _, err = run("diff", "empty")
    assert code == 2 and "no model directory 'governance'" in err


def test_outside_git_a_revision_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(BASE, tmp_path / "governance")
    (tmp_path / "pyproject.toml").write_text('[tool.govlint]\nmodel = "governance"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    code, _, err = run("diff", "v1.0.0")
    assert code == 2 and "outside a git repository" in err


# -- version history -----------------------------------------------------------------------


def test_history_lists_versions_newest_first(repo: Path) -> None:
    git(repo, "tag", "v1.1.0")
    git(repo, "tag", "not-a-version")
    edit(repo / "governance" / "bodies" / "kehittamisryhma.yaml", "  max: 4\n", "  max: 6\n")
    git(repo, "commit", "-q", "-am", "more meetings")
    git(repo, "tag", "1.10.0")  # sorts after 1.1.0 by version (and after v1.9 if there were one)
    md = version_history_markdown(repo, Path("governance"))
    assert md.startswith("# Versiohistoria\n")
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert [h.split()[1] for h in headings] == ["1.10.0", "v1.1.0", "v1.0.0"]
    assert "not-a-version" not in md
    first = md[md.index("## v1.0.0") :]
    assert "Ensimmäinen versio." in first
    newest = md[md.index("## 1.10.0") : md.index("## v1.1.0")]
    assert "Muutokset versioon v1.1.0 verrattuna" in newest
    assert "kokoontuu 2–6 kertaa vuodessa aiemman 2–4 sijaan" in newest
    middle = md[md.index("## v1.1.0") : md.index("## v1.0.0")]
    assert "Talous- ja hallintojohtaja (Ulvilan kaupunki) ei enää ole jäsen" in middle
    assert "<!-- govlint-diff -->" not in md


def test_history_sorts_by_version_not_by_name(repo: Path) -> None:
    for name in ("v1.9.0", "v1.10.0", "v1.2.0", "v1.10.0-rc1"):
        git(repo, "tag", name)
    assert [t.name for t in version_tags(repo)] == [
        "v1.0.0",
        "v1.2.0",
        "v1.9.0",
        "v1.10.0-rc1",
        "v1.10.0",
    ]


def test_history_without_tags(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q")
    shutil.copytree(BASE, root / "governance")
    md = version_history_markdown(root, root / "governance", lang="fi")
    assert "Versiotunnisteita ei vielä ole" in md


def test_history_without_tags_is_in_the_models_language(tmp_path: Path) -> None:
    """No tag yet: the page is still in the language of the model being built (here
    English), or the one asked for, never a fixed one."""
    from govlint.engine import load_directory

    english = ROOT / "examples" / "coastal-services" / "governance"
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q")
    shutil.copytree(english, root / "governance")
    current = load_directory(root / "governance").model
    md = version_history_markdown(root, root / "governance", current=current)
    assert md.startswith("# Version history\n") and "There are no version tags yet" in md
    swedish = version_history_markdown(root, root / "governance", lang="sv", current=current)
    assert swedish.startswith("# Versionshistorik\n")


def test_history_lists_only_the_tags_of_the_built_branch(repo: Path) -> None:
    git(repo, "switch", "-q", "-c", "experiment")
    edit(repo / "governance" / "bodies" / "kehittamisryhma.yaml", "  max: 4\n", "  max: 6\n")
    git(repo, "commit", "-q", "-am", "an experiment")
    git(repo, "tag", "v9.0.0")
    assert [t.name for t in version_tags(repo)] == ["v1.0.0", "v9.0.0"]
    git(repo, "switch", "-q", "main")
    assert [t.name for t in version_tags(repo)] == ["v1.0.0"]
    assert "v9.0.0" not in version_history_markdown(repo, Path("governance"))


def test_history_outside_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    shutil.copytree(BASE, tmp_path / "governance")
    md = version_history_markdown(tmp_path, tmp_path / "governance", lang="fi")
    assert "Versiotunnisteita ei vielä ole" in md and "git" in md


# -- approval records ----------------------------------------------------------------------

FIRST_APPROVAL = """apiVersion: govlint/v1
kind: Approval
version: 1.0.0
decisions:
  - {by: pori.kaupunginhallitus, date: "2026-05-04", minutes: "§ 201"}
  - {by: ulvila, date: "2026-05-11", minutes: "§ 88"}
"""
SECOND_APPROVAL = """apiVersion: govlint/v1
kind: Approval
version: 1.1.0
previous: 1.0.0
decisions:
  - by: pori.kaupunginhallitus
    date: "2026-10-05"
    minutes: "§ 402"
    url: https://example.org/poytakirjat/2026-10-05
  - {by: ulvila, date: "2026-10-12", minutes: "§ 150"}
"""


def approved_proposal(repo: Path) -> None:
    """Both versions approved: the records of 1.0.0 and 1.1.0 (the proposal, untagged)."""
    raise_version(repo, "1.1.0")
    (repo / "governance" / "approvals").mkdir()
    (repo / "governance" / "approvals" / "1.0.0.yaml").write_text(FIRST_APPROVAL)
    (repo / "governance" / "approvals" / "1.1.0.yaml").write_text(SECOND_APPROVAL)


def current_model(repo: Path):  # type: ignore[no-untyped-def]
    from govlint.engine import load_directory

    loaded = load_directory(repo / "governance", base=repo)
    assert not loaded.findings
    return loaded.model


def test_approval_records_are_checked_against_the_tagged_versions(repo: Path) -> None:
    approved_proposal(repo)
    code, out, _ = run("check", "--no-cache")
    assert code == 0 and "GOV09" not in out, out
    # the steering group loses a member: its appointer (the city board of Pori) must approve
    (repo / "governance" / "approvals" / "1.1.0.yaml").write_text(
        SECOND_APPROVAL.replace("pori.kaupunginhallitus", "pori")
    )
    code, out, _ = run("check", "--no-cache")
    assert code == 1
    assert (
        "governance/approvals/1.1.0.yaml:5:1: error GOV093 approval-approvers: version 1.1.0 "
        "has no decision of Porin kaupunginhallitus (organ 'pori.kaupunginhallitus')"
    ) in out


def test_the_check_cache_follows_the_tags(repo: Path) -> None:
    """A cached result must not outlive the tag that made the record checkable."""
    approved_proposal(repo)
    assert "GOV094" not in run("check")[1]
    git(repo, "tag", "-d", "v1.0.0")
    out = run("check")[1]
    assert "GOV094 approval-unverified" in out and "no tag v1.0.0 marks it" in out


def test_history_shows_who_approved_each_version(repo: Path) -> None:
    approved_proposal(repo)
    md = version_history_markdown(repo, Path("governance"), current=current_model(repo))
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    # 1.1.0 is approved (its record) but not tagged: listed from the working tree
    assert headings[0] == "## 1.1.0 (12.10.2026)" and headings[1].startswith("## v1.0.0 (")
    assert len(headings) == 2
    newest = md[md.index("## 1.1.0") : md.index("## v1.0.0")]
    assert "| Porin kaupunginhallitus | 5.10.2026 | § 402 ([julkaistu pöytäkirja]" in newest
    assert "(<https://example.org/poytakirjat/2026-10-05>)) |" in newest
    assert "| Ulvilan kaupunki | 12.10.2026 | § 150 |" in newest
    assert "Talous- ja hallintojohtaja (Ulvilan kaupunki) ei enää ole jäsen" in newest
    first = md[md.index("## v1.0.0") :]
    assert "| Porin kaupunginhallitus | 4.5.2026 | § 201 |" in first
    # once tagged, the tag names it; a version without a record says so
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "approved")
    git(repo, "tag", "v1.1.0")
    (repo / "governance" / "approvals" / "1.0.0.yaml").unlink()
    md = version_history_markdown(repo, Path("governance"), current=current_model(repo))
    assert [line.split()[1] for line in md.splitlines() if line.startswith("## ")] == [
        "v1.1.0",
        "v1.0.0",
    ]
    assert (
        "Tämän version hyväksymispäätöstä ei ole kirjattu malliin." in md[md.index("## v1.0.0") :]
    )
