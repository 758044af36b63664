"""Reading git revisions and tags that a clumsy or hostile repository holds (issue #13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govlint.diff.history import version_history_markdown, version_tags
from test_diff_git import git, repo  # noqa: F401  (the fixture, used by name)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_a_version_tag_of_thousands_of_digits(repo: Path) -> None:  # noqa: F811
    """5,000 digits are more than Python converts to int (4,300); the page is written anyway, and
    the long version sorts after v1.0.0 as the number it is."""
    head = git(repo, "rev-parse", "HEAD")
    huge = "v" + "9" * 5000 + ".0"
    with (repo / ".git" / "packed-refs").open("a") as refs:  # too long for a file name
        refs.write(f"{head} refs/tags/{huge}\n")
    assert [t.name for t in version_tags(repo)] == ["v1.0.0", huge]
    page = version_history_markdown(repo, repo / "governance")
    assert f"# {huge} (" in page
    assert page.index(huge) < page.index("v1.0.0")  # newest first


def test_revision_reads_are_bounded(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """A blob over the size limit is a finding and never read; a link is not followed; a
    file name with a newline is read like any other."""
    from govlint.diff import gitsource

    model = repo / "governance"
    (model / "huge.yaml").write_bytes(b"# " + b"x" * (2 * 1024 * 1024) + b"\n")
    (model / "passwd.yaml").symlink_to("/etc/passwd")
    (model / "line\nbreak.yaml").write_text("kind: Goal\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "hostile files")
    huge = git(repo, "rev-parse", "HEAD:governance/huge.yaml")
    requests: list[bytes] = []
    real = gitsource.run_git

    def recording(root: Path, *args: str, data: bytes | None = None) -> object:
        if data is not None:
            requests.append(data)
        return real(root, *args, data=data)

    monkeypatch.setattr(gitsource, "run_git", recording)
    files, findings = gitsource.read_revision(repo, git(repo, "rev-parse", "HEAD"), "governance")
    assert sorted((f.code, f.loc.file) for f in findings) == [
        ("GOV005", "governance/huge.yaml"),
        ("GOV082", "governance/passwd.yaml"),
    ]
    assert huge.encode() not in b"".join(requests)
    assert "governance/line\nbreak.yaml" in {f.path for f in files}
    assert all(len(f.data) <= 1024 * 1024 for f in files)
