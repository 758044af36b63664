"""YAML syntax errors explained by the text around them, and placed where the fix goes.

libyaml says where reading stopped and what it expected there ("mapping values are not allowed
in this context"). That is often a line after the mistake and does not say what to change. This
module reads the tokens up to the error again (the scanner stops there anyway) and the
indentation of the lines around it, and tells the usual mistakes apart:

- ``name: Osasto: ICT``: an unquoted ``': '`` inside a value; quote the value;
- a key indented more than the key before it (YAML reads it as part of that key's value), or a
  line indented less than the keys after it; each told apart by which indentation the
  following lines share, and reported on the line that is out of step;
- a line that lines up with no key above it: the columns it could mean;
- a line whose key has no ``:``;
- ``{fi: Osasto: ICT}``: a ``': '`` inside a flow collection; quote the value;
- an unclosed ``[`` or ``{``: reported where it was opened;
- a quoted value that ends early (``'it's'``) or never ends.

Only the first error of a file is known (the parser stops there). Anything not recognised is
left to :func:`govlint.loadproblems.syntax_help`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.tokens import (
    BlockEntryToken,
    KeyToken,
    ScalarToken,
    StreamStartToken,
    Token,
    ValueToken,
)


@dataclass(frozen=True)
class Explained:
    """Where the fix goes (0-based line and column) and what to say."""

    line: int
    column: int
    message: str
    hint: str


_MAX_TOKENS = 100_000  # the loader has already bounded size and depth; this bounds the rescan
_CONTENT = re.compile(r"[^ ]")


def explain(text: str, exc: yaml.MarkedYAMLError, parser: Any) -> Explained | None:
    """Explain ``exc`` (raised while reading ``text``); None when no pattern fits.

    The parser's own words follow the message in parentheses, so that they can be searched for.
    """
    found = _explain(text, exc, parser)
    if found is None:
        return None
    message = f"{found.message} (YAML: {exc.problem})"
    return Explained(found.line, found.column, message, found.hint)


def _explain(text: str, exc: yaml.MarkedYAMLError, parser: Any) -> Explained | None:
    mark = exc.problem_mark
    if mark is None:
        return None
    problem = exc.problem or ""
    context = exc.context or ""
    lines = text.splitlines()
    tokens = _tokens(parser, text, (mark.line, mark.column))
    if "mapping values are not allowed" in problem:
        return _colon_in_block(lines, tokens, mark)
    if re.search(r"expected ',' or '[\]}]'", problem):
        return _flow(lines, tokens, mark, exc.context_mark)
    if "could not find expected ':'" in problem and exc.context_mark is not None:
        return _no_colon(lines, exc.context_mark)
    if "unexpected end of stream" in problem and "quoted scalar" in context:
        ctx = exc.context_mark
        if ctx is not None:
            quote = _char(lines, ctx.line, ctx.column)
            return Explained(
                ctx.line,
                ctx.column,
                "this quoted value is never closed",
                f"add the closing {quote} at the end of the value",
            )
    if any(
        needle in problem
        for needle in ("did not find expected key", "expected '-' indicator", "<block end>")
    ):
        return _quote_ended(lines, tokens, mark) or _indentation(lines, mark)
    return None


def _tokens(parser: Any, text: str, stop: tuple[int, int]) -> list[Token]:
    """The tokens that start before ``stop`` (line, column); the scan ends at any error."""
    scanner = parser(text)
    out: list[Token] = []
    try:
        while len(out) < _MAX_TOKENS:
            token = scanner.get_token()
            if token is None:
                break
            start = token.start_mark
            if (start.line, start.column) >= stop:
                break
            out.append(token)
    except yaml.YAMLError:
        pass
    finally:
        getattr(scanner, "dispose", lambda: None)()
    return out


def _char(lines: list[str], line: int, column: int) -> str:
    return lines[line][column] if line < len(lines) and column < len(lines[line]) else ""


def _indent(line: str) -> int:
    found = _CONTENT.search(line)
    return found.start() if found else len(line)


def _is_content(line: str) -> bool:
    body = line.strip()
    return bool(body) and not body.startswith("#")


def _key_before(tokens: list[Token], value: int) -> ScalarToken | None:
    """The key scalar of the ValueToken at index ``value``."""
    if value >= 1 and isinstance(tokens[value - 1], ScalarToken):
        token = tokens[value - 1]
        assert isinstance(token, ScalarToken)
        return token
    return None


def _quoted(value: str) -> str:
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def _value_text(line: str, start: int, stops: str = "") -> str:
    """The rest of ``line`` from ``start``, without a trailing comment or the ``stops``."""
    rest = line[start:]
    comment = re.search(r"\s#", rest)
    if comment:
        rest = rest[: comment.start()]
    for i, ch in enumerate(rest):
        if ch in stops:
            rest = rest[:i]
            break
    return rest.strip()


# --- ': ' where a block mapping cannot have one -----------------------------------------------


def _colon_in_block(lines: list[str], tokens: list[Token], mark: Any) -> Explained | None:
    if not tokens or not isinstance(tokens[-1], ScalarToken):
        return None
    scalar = tokens[-1]
    start = scalar.start_mark
    after_value = len(tokens) >= 2 and isinstance(tokens[-2], ValueToken)
    key = _key_before(tokens, len(tokens) - 2) if after_value else None
    if start.line == mark.line:
        if key is None:
            return None
        value = _value_text(lines[mark.line], start.column)
        return Explained(
            mark.line,
            mark.column,
            f"the value of '{key.value}' contains ': ', which YAML reads as the start of a key",
            f"quote the value: {key.value}: {_quoted(value)}",
        )
    if key is not None and key.start_mark.line == start.line:
        return _deeper_key(lines, key, mark)
    before = tokens[-2] if len(tokens) >= 2 else None
    if before is None or isinstance(before, KeyToken | BlockEntryToken | StreamStartToken):
        return _no_colon(lines, start)
    return None


def _deeper_key(lines: list[str], key: ScalarToken, mark: Any) -> Explained:
    """A key on ``mark.line`` indented past ``key``: which of the two lines is out of step?"""
    first, second = key.start_mark.line, mark.line
    c0, c1 = key.start_mark.column, _indent(lines[second])
    name0 = key.value
    name1 = lines[second][c1 : mark.column].strip()
    if _first_out_of_step(lines, first, second, c1):
        shift = c1 - c0
        head = lines[first].strip().split(":", 1)[0]
        return Explained(
            first,
            _indent(lines[first]),
            f"line {first + 1} is indented less than the line after it: '{name0}' is at "
            f"column {c0 + 1}, '{name1}' (line {second + 1}) at column {c1 + 1}",
            f"indent line {first + 1} ('{head}') by {shift} more "
            f"space{'s' if shift != 1 else ''}, so that '{name0}' lines up with '{name1}'",
        )
    return Explained(
        second,
        c1,
        f"'{name1}' is indented more than '{name0}' on line {first + 1}, so YAML reads it as "
        f"part of the value of '{name0}'",
        f"line '{name1}' up with '{name0}': start it at column {c0 + 1}",
    )


def _first_out_of_step(lines: list[str], first: int, second: int, column: int) -> bool:
    """True when the lines after ``second`` share its indentation ``column``, or ``first``
    sits at the column of the block opener above it (so ``first`` is the odd one); False when
    neither (so ``second`` is).

    A key that opens a block (``title:`` with nothing after it) is followed by its children;
    lines right after it at its own column are then read as children it was meant to have,
    i.e. the key itself is indented too far.
    """
    opens_block = lines[second].rstrip().endswith(":")
    following = [i for i in range(second + 1, len(lines)) if _is_content(lines[i])]
    if opens_block and following and _indent(lines[following[0]]) == column:
        return False
    first_line = lines[first].lstrip()
    before = [i for i in range(first) if _is_content(lines[i])]
    if before and not first_line.startswith("- "):
        # A key at the column of the 'key:' that opens the block above it has left that
        # block (which is now empty): the first line lost its indentation.
        opener = lines[before[-1]]
        if opener.rstrip().endswith(":") and _indent(opener) == _indent(lines[first]):
            return True
    for i in following:
        indent = _indent(lines[i])
        if indent > column:
            continue
        if indent == column:
            return True
        body = lines[i][indent:]
        if body.startswith("- ") and first_line.startswith("- "):
            return _indent(body[1:]) + indent + 1 == column
        return False
    return False


def _no_colon(lines: list[str], start: Any) -> Explained | None:
    """The key starting at ``start`` has no ':' after it."""
    if start.line >= len(lines):
        return None
    text = lines[start.line][start.column :].strip()
    if not text:
        return None
    words = text.split()
    example = f" ('{words[0]}: {words[1]}')" if len(words) == 2 else ""
    example = f" ('{words[0]}:')" if len(words) == 1 else example
    return Explained(
        start.line,
        start.column,
        f"line {start.line + 1} has no ':' after its key",
        f"write 'key: value'{example}; if the line continues the value above, indent it more "
        "than that value's key",
    )


# --- flow collections: [ ... ] and { ... } ----------------------------------------------------


def _flow(lines: list[str], tokens: list[Token], mark: Any, opened: Any | None) -> Explained | None:
    if _char(lines, mark.line, mark.column) == ":" and tokens:
        scalar = tokens[-1]
        if isinstance(scalar, ScalarToken) and scalar.start_mark.line == mark.line:
            value = _value_text(lines[mark.line], scalar.start_mark.column, ",]}")
            key = (
                _key_before(tokens, len(tokens) - 2) if isinstance(tokens[-2], ValueToken) else None
            )
            example = f"{key.value}: {_quoted(value)}" if key is not None else _quoted(value)
            return Explained(
                mark.line,
                mark.column,
                "a value inside [ ] or { } contains ': ', which YAML reads as the start of a key",
                f"quote the value: {example}",
            )
    if opened is None:
        return None
    opener = _char(lines, opened.line, opened.column) or "["
    closer = "]" if opener == "[" else "}"
    if mark.line > opened.line:
        return Explained(
            opened.line,
            opened.column,
            f"this '{opener}' is never closed before line {mark.line + 1}",
            f"add '{closer}' where the {'list' if opener == '[' else 'mapping'} ends",
        )
    return None


# --- indentation that lines up with nothing ---------------------------------------------------


def _quote_ended(lines: list[str], tokens: list[Token], mark: Any) -> Explained | None:
    """``'it's'``: text straight after a closing quote."""
    if not tokens or not isinstance(tokens[-1], ScalarToken):
        return None
    scalar = tokens[-1]
    end = scalar.end_mark
    if scalar.style not in ("'", '"') or (end.line, end.column) != (mark.line, mark.column):
        return None
    quote = scalar.style
    inner = "''" if quote == "'" else '\\"'
    return Explained(
        mark.line,
        mark.column,
        "the quoted value ends here, but text follows it",
        f"write {inner} for a {quote} inside {'single' if quote == chr(39) else 'double'} "
        "quotes, or quote the whole value with the other kind of quote",
    )


def _indentation(lines: list[str], mark: Any) -> Explained | None:
    if mark.line >= len(lines):
        return None
    line = lines[mark.line]
    column = _indent(line)
    if mark.column != column:
        return None
    levels = _open_levels(lines, mark.line)
    is_item = line[column:].startswith("-")
    if is_item:
        items = [lv for lv in levels if lv[2] == "-" and lv[0] != column]
        if items:
            col, at, _ = min(items, key=lambda lv: abs(lv[0] - column))
            return Explained(
                mark.line,
                column,
                f"this list item is at column {column + 1}, but the items of its list are "
                f"at column {col + 1} (line {at + 1})",
                f"start the '- ' at column {col + 1}, like the item on line {at + 1}",
            )
    keys = [lv for lv in levels if lv[2] != "-"]
    below = [lv for lv in keys if lv[0] < column]
    above = [lv for lv in keys if lv[0] > column]
    options = [lv for lv in (above[-1:] + below[:1]) if lv]
    if not options:
        return None
    text = " or ".join(
        f"column {c + 1} (like '{name}' on line {at + 1})" for c, at, name in options
    )
    return Explained(
        mark.line,
        column,
        f"this line is indented to column {column + 1}, which lines up with no key above it",
        f"keys of one mapping start at the same column: move it to {text}",
    )


def _open_levels(lines: list[str], before: int) -> list[tuple[int, int, str]]:
    """(column, line, key name or '-') of the blocks open at line ``before``, innermost first.

    Walks back over the lines above: each line indented less than every line after it opens
    a block that is still open. ``  - id: x`` opens two: the item's '-' and its key ``id``.
    """
    levels: list[tuple[int, int, str]] = []
    limit = 1 << 30
    for i in range(before - 1, -1, -1):
        line = lines[i]
        if not _is_content(line):
            continue
        column = _indent(line)
        if column >= limit:
            continue
        body = line[column:]
        found: list[tuple[int, int, str]] = []
        if body.startswith("- "):
            found.append((column, i, "-"))
            rest = body[1:]
            inner = column + 1 + _indent(rest)
            name = rest.strip().split(":", 1)[0]
            if ":" in rest and inner < limit:
                found.insert(0, (inner, i, name))
        else:
            found.append((column, i, body.split(":", 1)[0].strip()))
        levels.extend(found)
        limit = column
        if column == 0:
            break
    return levels
