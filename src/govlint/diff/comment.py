"""The pull-request comment, made from a diff artifact that is untrusted data.

CI computes ``govlint diff --format markdown`` in the pull request's own workflow run, which
for a fork runs the fork's code with a read-only token, and uploads the Markdown as an
artifact; a second workflow (``workflow_run``, with a write token, running only this
repository's code) posts it. Whatever the fork's run uploaded may have been written by the
fork, not by govlint, so before it is posted as the bot's comment:

* the zip and the file in it are bounded in size (checked in the zip's directory before a
  byte is inflated, then while reading); nothing is extracted to disk, so no name in the zip
  is ever used as a path;
* the text must be UTF-8 and begin with govlint's marker (``<!-- govlint-diff -->``);
* control, bidirectional and invisible formatting characters are shown as escapes
  (``\\u202e``), never written raw;
* a mention (``@name``, ``@org/team``) or an issue reference (``#12``, ``owner/repo#12``) gets
  a word joiner after its ``@`` or ``#``, which GitHub does not link or notify, wherever it
  stands (a code span cannot be relied on: a fork can open one on an earlier line);
* raw HTML is escaped, except the exact lines govlint writes (the marker, ``<details>``,
  ``</details>``, a ``<summary>`` line); Markdown links and images become plain text;
* the body is cut at a line break to fit GitHub's comment limit, with a note.

The result is an inert document that reads like the diff. ``scripts/diff_comment.py`` is the
command the workflow runs (standard library only, from this repository's checkout).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

MARKER = "<!-- govlint-diff -->"
MEMBER = "diff.md"
MAX_ZIP_BYTES = 1_000_000
MAX_TEXT_BYTES = 1_000_000
MAX_COMMENT_CHARS = 60_000  # GitHub rejects comment bodies over 65536 characters
TRUNCATED = (
    "_Lyhennetty (truncated): koko muutosraportti on ajon yhteenvedossa "
    "(the full diff is in the run's job summary)._"
)

WORD_JOINER = "\u2060"
# C0 but tab and line feed, DEL, C1, bidirectional controls, zero-width and other invisible
# formatting characters, line and paragraph separators, lone surrogates, BOM.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069"
    "\u2028\u2029\ufeff\ud800-\udfff]"
)
# ``@name`` where GitHub would link it (not after a word character: an email address), and
# ``#12`` wherever it stands (``owner/repo#12`` is a reference too).
_MENTION = re.compile(r"(?<![A-Za-z0-9_])(@)(?=[A-Za-z0-9])|(#)(?=[0-9])")
_LINK = re.compile(r"\]\(")
_TAG = re.compile(r"\\?<")
_SAFE_LINES = re.compile(r"<details>|</details>|<summary>(?P<summary>[^<>]*)</summary>")


class UntrustedDiffError(Exception):
    """The artifact is not a govlint diff that can be posted; the message says why."""


def read_artifact(zip_path: Path) -> str:
    """The Markdown in the artifact's zip, bounded and decoded, without extracting anything."""
    if zip_path.stat().st_size > MAX_ZIP_BYTES:
        raise UntrustedDiffError(f"the artifact is over {MAX_ZIP_BYTES} bytes")
    try:
        with zipfile.ZipFile(zip_path) as archive:
            try:
                info = archive.getinfo(MEMBER)
            except KeyError:
                raise UntrustedDiffError(f"the artifact holds no {MEMBER}") from None
            if info.file_size > MAX_TEXT_BYTES:
                raise UntrustedDiffError(f"{MEMBER} is over {MAX_TEXT_BYTES} bytes")
            with archive.open(info) as member:
                data = member.read(MAX_TEXT_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        raise UntrustedDiffError(f"the artifact is not a readable zip: {exc}") from None
    if len(data) > MAX_TEXT_BYTES:
        raise UntrustedDiffError(f"{MEMBER} is over {MAX_TEXT_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UntrustedDiffError(f"{MEMBER} is not UTF-8 ({exc.reason})") from None


def _visible(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _inert(line: str) -> str:
    line = _UNSAFE.sub(_visible, line)
    line = _MENTION.sub(lambda m: m.group() + WORD_JOINER, line)
    line = _LINK.sub("]\\(", line)
    return _TAG.sub("&lt;", line)


def comment_body(text: str) -> str:
    """``text`` (a diff's Markdown from an untrusted run) as an inert comment body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0] != MARKER:
        raise UntrustedDiffError(f"the text does not begin with govlint's marker {MARKER}")
    out = [MARKER]
    size = len(MARKER) + 1
    for line in lines[1:]:
        safe = _safe_line(line)
        if size + len(safe) + 1 > MAX_COMMENT_CHARS - len(TRUNCATED) - 2:
            out += ["", TRUNCATED]
            break
        out.append(safe)
        size += len(safe) + 1
    return "\n".join(out).rstrip("\n") + "\n"


def _safe_line(line: str) -> str:
    found = _SAFE_LINES.fullmatch(line)
    if found is None:
        return _inert(line)
    summary = found.group("summary")
    return line if summary is None else f"<summary>{_inert(summary)}</summary>"
