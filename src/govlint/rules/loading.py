"""Rules whose findings come from reading a model file, before there is a model.

These rules have no ``check`` function: :mod:`govlint.yamlload` reports them while it decodes
and parses a file. Their documentation lives here so that the handbook's rule reference and
``govlint explain`` can show it like any other rule's. ``make_finding`` is the one place that
turns a loading problem into a :class:`Finding` with the rule's default severity, so that a
code is never reported with a severity that contradicts its documentation.

The plain-language wording of YAML syntax errors (GOV001) and the parser of the inline
suppression syntax (GOV009) live here too, next to the documentation that promises them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from govlint.findings import Finding, Loc, Severity
from govlint.rules.base import Rule

LOADING_RULES: list[Rule] = [
    Rule(
        "GOV001",
        "yaml-syntax",
        Severity.ERROR,
        doc_text="""\
        The file is not valid YAML.

        A file that does not parse cannot be checked at all, and different YAML readers
        disagree about broken input: what one tool silently accepts, another rejects or reads
        differently. The finding points at the place where reading failed; a tab in the
        indentation, a value containing ``: `` that is not quoted and a missing space before
        ``#`` are the usual causes. Constructs that libyaml tolerates but YAML 1.2 forbids
        (a multi-line quoted value whose continuation lines are not indented, ``"text"#note``)
        are reported too, so that the file reads the same in every tool.

        Bad:

            name: Tietohallinto: ICT-ohjausryhmä
            quorum: "50 %"# half of the members

        Good:

            name: "Tietohallinto: ICT-ohjausryhmä"
            quorum: "50 %"  # half of the members
        """,
    ),
    Rule(
        "GOV002",
        "duplicate-key",
        Severity.ERROR,
        doc_text="""\
        The same key appears twice in one mapping.

        YAML readers silently keep only one of the values (PyYAML keeps the last), so part of
        what was written is lost without anyone noticing. govlint keeps the first occurrence
        and reports the later one, naming the line of the first.

        Bad:

            id: ict-steering-group
            name: ICT-ohjausryhmä
            name: Tietohallinnon ohjausryhmä

        Good:

            id: ict-steering-group
            name: ICT-ohjausryhmä
            short_name: Tietohallinnon ohjausryhmä
        """,
    ),
    Rule(
        "GOV003",
        "implicit-type",
        Severity.ERROR,
        doc_text="""\
        A mapping key is not a string (YAML 1.1 read it as a boolean, number, date or null).

        YAML 1.1, which PyYAML and many tools implement, reads the unquoted words ``yes``,
        ``no``, ``on``, ``off``, ``true`` and ``false`` as booleans, ``10:00`` as the number
        600, ``0755`` as an octal number and ``2024-01-01`` as a date. Used as a key, such a
        word silently stops being the text that was written. govlint reports the key and keeps
        its text as written. Values that change type the same way are reported by the schema
        check, which knows where text is expected.

        Bad:

            meetings:
              on: monthly
              2024-01-01: kick-off

        Good:

            meetings:
              "on": monthly
              "2024-01-01": kick-off
        """,
    ),
    Rule(
        "GOV004",
        "yaml-tag",
        Severity.ERROR,
        doc_text="""\
        The file uses an explicit YAML tag other than the standard data types.

        Tags such as ``!!python/object/apply:os.system`` ask a YAML reader to construct
        objects or run code; CloudFormation-style tags like ``!Ref`` mean something only to
        one tool. govlint never constructs anything: the tagged value is kept as plain text or
        as a plain list or mapping, and the tag is reported. The standard tags ``!!str``,
        ``!!int``, ``!!float``, ``!!bool``, ``!!null``, ``!!timestamp``, ``!!map`` and
        ``!!seq`` are allowed, provided the value really is of that type.

        Bad:

            owner: !Ref ict-steering-group
            budget: !!python/object/apply:os.system ["rm -rf /"]

        Good:

            owner: ict-steering-group
            budget: !!int "120000"
        """,
    ),
    Rule(
        "GOV005",
        "yaml-limits",
        Severity.ERROR,
        doc_text="""\
        The file is too large, nested too deeply, or expands aliases without bound.

        Governance models are small, hand-written files. A file over the size limit, nesting
        beyond the depth limit, aliases that refer to themselves, or aliases that expand into
        more values than the limit (the "billion laughs" attack) are refused before they can
        exhaust memory, time or the parser's stack. The limits can be raised in the
        configuration if a real model ever needs it.

        Bad:

            a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]

        Good:

            roles: &board [cio, cfo]
            escalation:
              - to: *board
        """,
    ),
    Rule(
        "GOV006",
        "encoding",
        Severity.ERROR,
        doc_text="""\
        The file is not clean UTF-8 text.

        Model files must be UTF-8 without a byte-order mark and without control characters.
        Invalid bytes usually mean the file was saved in another encoding (Windows-1252 turns
        ``ä`` into a single byte that is not UTF-8); a byte-order mark or NUL bytes usually mean
        UTF-16 or an editor setting. The finding names the line and column of the first bad
        character.

        Bad:

            # saved as Windows-1252 / with a BOM
            name: Yhteisty\\xf6malli

        Good:

            # saved as UTF-8 without BOM
            name: Yhteistyömalli
        """,
    ),
    Rule(
        "GOV007",
        "document-shape",
        Severity.ERROR,
        doc_text="""\
        The file is empty, holds several documents, is not a mapping, or uses merge keys.

        Each model file holds exactly one YAML document whose top level is a mapping of keys to
        values. ``---`` separating several documents, a top-level list or a lone value cannot be
        read as a model element. Merge keys (``<<: *defaults``) are not part of YAML 1.2 and
        hide where a value comes from; write the keys out instead.

        Bad:

            <<: *defaults
            id: architecture-board
            ---
            id: security-board

        Good:

            id: architecture-board
            meets: monthly
        """,
    ),
    Rule(
        "GOV009",
        "suppression",
        Severity.WARNING,
        doc_text="""\
        An inline suppression comment is malformed or gives no reason.

        ``# govlint: disable=CODE-OR-SLUG[,...] reason`` silences the named rules for one line:
        written after YAML content it applies to that line, written alone on a line it applies
        to the next line that holds YAML content. A suppression must say why, so that reviewers
        can judge it later; one without a reason is ignored and reported.

        Bad:

            escalates_to: cio  # govlint: disable=GOV021

        Good:

            escalates_to: cio  # govlint: disable=GOV021 the CIO chairs both bodies until 2025
        """,
    ),
]

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in LOADING_RULES}


def make_finding(code: str, message: str, loc: Loc, hint: str | None = None) -> Finding:
    """Create a finding for a loading rule with that rule's default severity and slug.

    Unknown codes raise ``KeyError``: a typo in a code must fail in tests, not ship.
    """
    rule = RULES_BY_CODE[code]
    return Finding(code, message, loc, hint, severity=rule.severity, slug=rule.slug)


# Problem texts of libyaml (and of PyYAML's pure-Python parser where it words them
# differently), most specific first, mapped to a plain-language message and a hint.
_SYNTAX_HELP: tuple[tuple[str, str, str], ...] = (
    (
        "mapping values are not allowed",
        "unexpected ':' in a value",
        'a value that contains ": " must be quoted, e.g. name: "Osasto: ICT"',
    ),
    (
        "could not find expected ':'",
        "a key is missing its ':' (or a line is not indented like its neighbours)",
        "every line of a mapping needs 'key: value'; check the indentation of this line",
    ),
    (
        "did not find expected key",
        "this line is not indented like the keys around it",
        "align the line with the other keys of its mapping, or quote a value that starts with"
        " a special character",
    ),
    (
        "expected <block end>",  # PyYAML's pure-Python parser
        "this line is not indented like the lines around it",
        "align the line with the other keys of its mapping, or quote a value that starts with"
        " a special character",
    ),
    (
        "did not find expected '-' indicator",
        "this line is not indented like the list items around it",
        "list items start with '- ' at the same indentation",
    ),
    (
        "block sequence entries are not allowed",
        "a list item '- ' appears where a value was expected on the same line",
        "start the list on the next line, indented under its key",
    ),
    (
        "expected ',' or ']'",
        "an inline list [ ... ] is not closed or misses a ','",
        "check the brackets and commas, or write the list as '- item' lines",
    ),
    (
        "expected ',' or '}'",
        "an inline mapping { ... } is not closed or misses a ','",
        "check the braces and commas, or write the mapping as 'key: value' lines",
    ),
    (
        "found unexpected end of stream",
        "the file ends inside a quoted value",
        "close the quote that was opened here",
    ),
    (
        "found unknown escape character",
        "unknown backslash escape in a double-quoted value",
        "use single quotes for text with backslashes, or write \\\\ for a backslash",
    ),
    (
        "that cannot start any token",
        "this character cannot start a value",
        "quote values that start with @, ` or %",
    ),
    (
        "found undefined tag handle",
        "unknown tag prefix",
        "remove the tag; govlint models use plain values",
    ),
    (
        "expected <document start>",
        "unexpected content after the end of the document",
        "check the indentation of this line; one file holds one mapping",
    ),
    (
        "node content",
        "a value is missing here",
        "check for a stray ',' or an indicator such as '-', '?', '!' or '&' without a value",
    ),
)


def syntax_help(problem: str, context: str | None) -> tuple[str, str]:
    """Return (message, hint) in plain language for a libyaml/PyYAML problem text.

    The original wording is kept in the message so that it can still be searched for.
    """
    for needle, message, hint in _SYNTAX_HELP:
        if needle in problem:
            return f"{message} (YAML: {problem})", hint
    detail = f"{problem} ({context})" if context else problem
    return (
        f"invalid YAML: {detail}",
        "check the indentation and quoting near this position",
    )


_SUPPRESS = re.compile("#[ \t]*govlint:[ \t]*([^\r\n\x85\u2028\u2029]*)")
_DISABLE = re.compile(r"disable[ \t]*=[ \t]*([^ \t]*)[ \t]*(.*)")
_CODE = re.compile(r"GOV\d{3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_REASON_LEAD = re.compile("^(?:--|[-:\u2013\u2014])[ \t]*")
_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_NEXT_CONTENT = re.compile("(?:\r\n|[\n\r\x85\u2028\u2029])[ \t]*(?=[^\\s#])")
_BREAK_CHARS = "\n\r\x85\u2028\u2029"
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
    counted, line0 = 0, 0  # breaks counted up to ``counted``: matches come in order
    nxt: re.Match[str] | None = None  # the next content line after a comment-only line...
    nxt_line, searched = -1, -1  # ...its 0-based line, and where that search started
    for m in _SUPPRESS.finditer(text):
        pos = m.start()
        if pos and not text[pos - 1].isspace():
            continue
        k = bisect_right(span_starts, pos) - 1
        if k >= 0 and pos < spans[k][1]:
            continue
        line0 += len(_BREAK.findall(text, counted, pos))
        counted = pos
        line_start = max(text.rfind(c, 0, pos) for c in _BREAK_CHARS) + 1
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
