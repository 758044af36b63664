#!/usr/bin/env python3
"""Make the model diff comment from the artifact a pull request's CI run uploaded.

    python3 scripts/diff_comment.py ARTIFACT.zip COMMENT.md

Run by .github/workflows/diff-comment.yml, the trusted workflow that posts the comment: the
artifact may come from a fork's run, so it is read as untrusted data (size, encoding, marker,
no extraction) and made inert before it is posted (govlint.diff.comment). Standard library
only, from this repository's own checkout: nothing of the pull request is installed or run.
Exit codes: 0 written, 1 the artifact is refused (the reason on stderr), 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:  # runnable without installing govlint
    sys.path.insert(0, str(ROOT / "src"))

from govlint.diff.comment import UntrustedDiffError, comment_body, read_artifact  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source, target = Path(args[0]), Path(args[1])
    try:
        body = comment_body(read_artifact(source))
    except (UntrustedDiffError, OSError) as exc:
        print(f"diff_comment: refused: {exc}", file=sys.stderr)
        return 1
    target.write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
