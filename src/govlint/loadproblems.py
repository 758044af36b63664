"""Loading problems: the codes the loader reports, and YAML errors in plain language.

The loader (:mod:`govlint.sources`, :mod:`govlint.yamlload`, :mod:`govlint.yamlscan`,
:mod:`govlint.suppressions`) reports problems before there is a model. ``LOADING_CODES`` gives
each loading code its slug and default severity; :mod:`govlint.rules.loading` documents the
same codes as rules, so the rule reference explains them like any other rule. ``make_finding``
is the one place that turns a loading problem into a :class:`Finding`, so that a code is never
reported with a severity that contradicts its documentation.
"""

from __future__ import annotations

from govlint.findings import Finding, Loc, Severity

LOADING_CODES: dict[str, tuple[str, Severity]] = {
    "GOV001": ("yaml-syntax", Severity.ERROR),
    "GOV002": ("duplicate-key", Severity.ERROR),
    "GOV003": ("implicit-type", Severity.ERROR),
    "GOV004": ("yaml-tag", Severity.ERROR),
    "GOV005": ("yaml-limits", Severity.ERROR),
    "GOV006": ("encoding", Severity.ERROR),
    "GOV007": ("document-shape", Severity.ERROR),
    "GOV009": ("suppression", Severity.WARNING),
    # reading the model directory (govlint.sources), numbered after the loader's range
    "GOV081": ("unreadable", Severity.ERROR),
    "GOV082": ("symlink", Severity.ERROR),
}


def make_finding(code: str, message: str, loc: Loc, hint: str | None = None) -> Finding:
    """Create a finding for a loading rule with that rule's default severity and slug.

    Unknown codes raise ``KeyError``: a typo in a code must fail in tests, not ship.
    """
    slug, severity = LOADING_CODES[code]
    return Finding(code, message, loc, hint, severity=severity, slug=slug)


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
