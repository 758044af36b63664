"""Inline suppressions: ``# govlint: disable=CODE[,SLUG...] reason`` comments in model files."""

from __future__ import annotations

import re
from bisect import bisect_right

from govlint.findings import Finding, Loc
from govlint.loadproblems import make_finding

_SUPPRESS = re.compile("#[ \t]*govlint:[ \t]*([^\r\n\x85\u2028\u2029]*)")
_DISABLE = re.compile(r"disable[ \t]*=[ \t]*([^ \t]*)[ \t]*(.*)")
_CODE = re.compile(r"GOV\d{3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_REASON_LEAD = re.compile("^(?:--|[-:\u2013\u2014])[ \t]*")
_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_NEXT_CONTENT = re.compile("(?:\r\n|[\n\r\x85\u2028\u2029])[ \t]*(?=[^\\s#])")
_SUPPRESS_HINT = "write `# govlint: disable=GOV021,escalation-cycle the reason`"


def parse_suppressions(
    path: str, text: str, spans: list[tuple[int, int]]
) -> tuple[dict[int, list[tuple[str, str]]], list[Finding]]:
    """Inline ``# govlint: disable=CODE[,SLUG...] reason`` comments by the line they apply to.

    After YAML content a suppression applies to its own line; alone on a line it applies to
    the next line holding YAML content (blank and comment lines are skipped, so several
    suppressions can be stacked above one line). ``spans`` are the sorted (start, end)
    character ranges of quoted and block scalars: a ``#`` there is text, not a comment. A
    ``#`` glued to a word is not a comment either. Malformed suppressions and ones without a
    reason are GOV009 findings and are not recorded; whether the codes exist is checked where
    the rule registry is known. Line numbers count breaks like libyaml does.
    """
    result: dict[int, list[tuple[str, str]]] = {}
    findings: list[Finding] = []
    span_starts = [start for start, _end in spans]
    # Breaks are counted from the previous match only (matches come in order), and the start
    # of the current line is where the last of them ends: each character is looked at once.
    # (Searching backwards for the line start from every match, as before, read the whole
    # prefix for a break character that was absent: quadratic.)
    counted, line0, line_start = 0, 0, 0
    nxt: re.Match[str] | None = None  # the next content line after a comment-only line...
    nxt_line, searched = -1, -1  # ...its 0-based line, and where that search started
    for m in _SUPPRESS.finditer(text):
        pos = m.start()
        if pos and not text[pos - 1].isspace():
            continue
        k = bisect_right(span_starts, pos) - 1
        if k >= 0 and pos < spans[k][1]:
            continue
        for brk in _BREAK.finditer(text, counted, pos):
            line0 += 1
            line_start = brk.end()
        counted = pos
        loc = Loc(path, line0 + 1, pos - line_start + 1)
        directive = _DISABLE.fullmatch(m.group(1).rstrip())
        codes = [c for c in directive.group(1).split(",") if c] if directive else []
        bad = [c for c in codes if not _CODE.fullmatch(c)]
        reason = _REASON_LEAD.sub("", directive.group(2).strip()) if directive else ""
        problem = (
            f"unknown govlint comment `{m.group().strip()}`"
            if directive is None
            else f"`{bad[0]}` is not a rule code (GOV021) or slug (escalation-cycle)"
            if bad
            else "suppression names no rule"
            if not codes
            else "suppression without a reason is ignored"
            if not reason
            else None
        )
        target = line0
        if problem is None and not text[line_start:pos].strip():
            if searched < 0 or (nxt is not None and nxt.start() < pos):  # reuse: stay linear
                searched, nxt = pos, _NEXT_CONTENT.search(text, m.end())
                if nxt is not None:
                    nxt_line = line0 + len(_BREAK.findall(text, pos, nxt.end()))
            if nxt is None:
                problem = "suppression comment has no line below it to apply to"
            else:
                target = nxt_line
        if problem is not None:
            findings.append(make_finding("GOV009", problem, loc, _SUPPRESS_HINT))
            continue
        result.setdefault(target + 1, []).extend((code, reason) for code in codes)
    return result, findings
