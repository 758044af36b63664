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
