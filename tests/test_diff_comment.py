"""The PR comment from a diff artifact that a fork's CI run may have written.

scripts/diff_comment.py (run by .github/workflows/diff-comment.yml) must post govlint's diff
as it reads, and nothing else: a forged artifact gets no mention, link, markup or hidden text
through, and an oversized or malformed one is refused without being unpacked.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from govlint.diff import diff_models
from govlint.diff.comment import (
    MARKER,
    MAX_COMMENT_CHARS,
    MAX_TEXT_BYTES,
    TRUNCATED,
    WORD_JOINER,
    UntrustedDiffError,
    comment_body,
    read_artifact,
)
from govlint.diff.render import render
from govlint.diff.result import Side
from govlint.engine import load_directory

ROOT = Path(__file__).resolve().parents[1]
PAIR = ROOT / "tests" / "examples" / "diff"


def artifact(tmp_path: Path, data: bytes, name: str = "diff.md") -> Path:
    path = tmp_path / "govlint-diff.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return path


def script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", str(ROOT / "scripts" / "diff_comment.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_govlints_own_diff_is_posted_as_it_reads(tmp_path: Path) -> None:
    old, new = (load_directory(PAIR / name, base=PAIR) for name in ("base", "proposal"))
    markdown = render(diff_models(old.model, new.model), "markdown", Side("base"), Side("b"))
    zipped = artifact(tmp_path, markdown.encode("utf-8"))
    proc = script(str(zipped), str(tmp_path / "comment.md"))  # -I: no installed govlint
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "comment.md").read_text(encoding="utf-8") == markdown


def test_a_forged_diff_is_made_inert() -> None:
    forged = "\n".join(
        [
            MARKER,
            "Hello @someone and @pori-ulvila/ict-governance-pori, see #12 and other/repo#3.",
            "mail me: a@example.org",
            "`code @inside` and \u202eevil\u202c and \x1b[2Jclear",
            "[click](https://evil.example) ![pixel](https://evil.example/p.png)",
            '<img src="https://evil.example/x"> \\<b>bold</b>',
            "<details>",
            "<summary>Tekniset tiedot @x</summary>",
            "</details>",
            "<!-- hidden -->",
        ]
    )
    body = comment_body(forged)
    lines = body.splitlines()
    assert lines[0] == MARKER
    j = WORD_JOINER
    assert f"@{j}someone" in lines[1] and f"@{j}pori-ulvila/ict-governance-pori" in lines[1]
    assert f"#{j}12" in lines[1] and f"other/repo#{j}3" in lines[1]
    assert lines[2] == "mail me: a@example.org"  # not a mention on GitHub either
    assert f"`code @{j}inside`" in lines[3]  # a code span cannot be relied on
    assert "\\u202eevil\\u202c" in lines[3] and "\\u001b[2Jclear" in lines[3]
    assert "[click]\\(https://evil.example)" in lines[4] and "![pixel]\\(" in lines[4]
    assert lines[5] == '&lt;img src="https://evil.example/x"> &lt;b>bold&lt;/b>'
    assert lines[6:9] == ["<details>", f"<summary>Tekniset tiedot @{j}x</summary>", "</details>"]
    assert lines[9] == "&lt;!-- hidden -->"
    assert "\x1b" not in body and "\u202e" not in body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"# Not a diff\n", "marker"),
        (MARKER.encode() + b"\n\xff\xfe", "not UTF-8"),
        (b"x" * (MAX_TEXT_BYTES + 1), "over"),  # refused from the zip's directory
    ],
)
def test_what_is_not_govlints_diff_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    zipped = artifact(tmp_path, data)
    proc = script(str(zipped), str(tmp_path / "comment.md"))
    assert proc.returncode == 1 and reason in proc.stderr
    assert not (tmp_path / "comment.md").exists()


def test_the_zip_is_read_not_unpacked(tmp_path: Path) -> None:
    with pytest.raises(UntrustedDiffError, match=r"holds no diff\.md"):
        read_artifact(artifact(tmp_path, MARKER.encode(), name="../../diff.md"))
    assert not (tmp_path.parent.parent / "diff.md").exists()
    (tmp_path / "junk.zip").write_bytes(b"PK not really")
    with pytest.raises(UntrustedDiffError, match="not a readable zip"):
        read_artifact(tmp_path / "junk.zip")


def test_a_long_diff_is_cut_to_fit_a_comment() -> None:
    body = comment_body(MARKER + "\n" + "\n".join(f"- muutos {i}" for i in range(20_000)))
    assert len(body) <= MAX_COMMENT_CHARS
    assert body.rstrip().endswith(TRUNCATED) and "- muutos 10" in body


def test_script_usage() -> None:
    assert script().returncode == 2
