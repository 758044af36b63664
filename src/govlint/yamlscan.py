"""Cheap linear checks on a model file's bytes and text, before any YAML parser sees it.

Encoding (invalid UTF-8, BOMs, control characters), and a conservative bound on the nesting
depth: libyaml's composer recurses in C and its scanner is quadratic on deep flow nesting, so
deep input is refused here, in linear time, before parsing starts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from yaml.reader import Reader

from govlint.findings import Finding, Loc
from govlint.loadproblems import make_finding

_NON_PRINTABLE: re.Pattern[str] = Reader.NON_PRINTABLE
BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_OTHER_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)
_FLOW_TOKENS = re.compile("[][{}#'\"]")
_BLOCK_HEADER = re.compile(r"(?:^|[ \t])[|>][-+0-9]*[ \t]*(?:#.*)?$")
SPACES = re.compile(" *")
BLANK_LINES = re.compile("(?:[ \t]*(?:\r\n|[\n\r\x85\u2028\u2029]))*")
HEADER_DIGIT = re.compile(r"[|>][-+]?[1-9]")


def line_col(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of a character index, counting breaks like libyaml."""
    line, start = 1, 0
    for m in BREAKS.finditer(text, 0, index):
        line, start = line + 1, m.end()
    return line, index - start + 1


def decode(path: str, data: bytes, out: list[Finding]) -> tuple[str | None, bytes]:
    """UTF-8 text of the file (BOM removed) or None; reports GOV006 problems to ``out``."""
    hint = "save the file as UTF-8 without BOM"
    if data.startswith(b"\xef\xbb\xbf"):
        out.append(
            make_finding(
                "GOV006", "the file starts with a byte-order mark (BOM)", Loc(path, 1, 1), hint
            )
        )
        data = data[3:]
    else:
        for bom, name in _OTHER_BOMS:
            if data.startswith(bom):
                out.append(
                    make_finding(
                        "GOV006", f"the file is encoded as {name}, not UTF-8", Loc(path, 1, 1), hint
                    )
                )
                return None, data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start].decode("utf-8")
        line, col = line_col(prefix, len(prefix))
        out.append(
            make_finding(
                "GOV006",
                f"invalid UTF-8 (byte 0x{data[exc.start]:02X}); the file is not UTF-8",
                Loc(path, line, col),
                "the file was probably saved as Windows-1252/Latin-1; " + hint,
            )
        )
        return None, data
    bad = _NON_PRINTABLE.search(text)
    if bad:
        char = bad.group()
        what = (
            "a NUL byte (is the file UTF-16 or binary?)"
            if char == "\0"
            else (f"control character U+{ord(char):04X}")
        )
        line, col = line_col(text, bad.start())
        out.append(
            make_finding(
                "GOV006",
                f"{what} is not allowed in YAML",
                Loc(path, line, col),
                "remove the character; " + hint,
            )
        )
        return None, data
    return text, data


@lru_cache(maxsize=8)
def _compact_pattern(limit: int) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?:[-?][ \t]+){{{limit + 1}}}", re.M)


def prescan_depth(text: str, limit: int) -> int | None:
    """Index where nesting certainly exceeds ``limit``, found without parsing, or None.

    libyaml's scanner is quadratic in flow depth (200 000 '[' take a minute) and its
    ``compose`` recurses in C (a segfault near 30 000 levels). The event fold below stops at
    the exact limit anyway, so this is the first line of defence: it refuses pathological
    nesting before libyaml sees any of it. Each part is a linear scan that runs only when a
    cheap count says it might matter. They follow quotes, comments and block scalars well
    enough for real files; contrived text (65 unbalanced '[' in a block scalar) could be
    refused although it parses.
    """
    if text.count("[") + text.count("{") > limit:
        hit = _flow_depth(text, limit)
        if hit is not None:
            return hit
    if sum(map(text.count, ("- ", "-\t", "? ", "?\t"))) > limit:
        m = _compact_pattern(limit).search(text)  # '- - - x': a sequence per indicator
        if m:
            return m.start()
    deep = " " * max(limit // 2, 1)  # fewer levels than that cannot exceed the limit
    return _indent_depth(text, limit) if ("\n" + deep) in text or ("\r" + deep) in text else None


def _flow_depth(text: str, limit: int) -> int | None:
    """Index of the first '[' or '{' nested deeper than ``limit``, outside quotes/comments."""
    depth, pos, search = 0, 0, _FLOW_TOKENS.search
    while (m := search(text, pos)) is not None:
        i, c = m.start(), m.group()
        pos = i + 1
        if c in "[{":
            depth += 1
            if depth > limit:
                return i
        elif c in "]}":
            depth -= depth > 0
        elif i and text[i - 1] not in " \t\r\n[{,:":
            continue  # '#' or a quote inside a word is plain text
        elif c == "#":
            pos = len(text) if (m2 := BREAKS.search(text, i)) is None else m2.end()
        else:  # skip a quoted scalar: '' escapes ', backslash escapes "
            j = i + 1
            while (j := text.find(c, j)) >= 0:
                if c == "'" and text.startswith("'", j + 1):
                    j += 2
                elif c == '"' and _escaped(text, j):
                    j += 1
                else:
                    break
            if j < 0:
                return None
            pos = j + 1
    return None


def _escaped(text: str, j: int) -> bool:
    """Whether the character at ``j`` follows an odd number of backslashes."""
    k = j
    while k and text[k - 1] == "\\":
        k -= 1
    return (j - k) % 2 == 1


def _indent_depth(text: str, limit: int) -> int | None:
    """Index of the first line more than ``limit`` indentation levels deep, or None.

    Counts distinct increasing indentations (a stack, as Python's tokenizer does), skipping
    blank lines, comments and block scalar text.
    """
    stack: list[int] = []
    offset, scalar_parent = 0, -1
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        body = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if scalar_parent >= 0:
            if not body or indent > scalar_parent:
                continue
            scalar_parent = -1
        if not body or body.startswith("#"):
            continue
        while stack and stack[-1] > indent:
            stack.pop()
        if not stack or stack[-1] < indent:
            stack.append(indent)
            if len(stack) > limit:
                return start + indent
        if _BLOCK_HEADER.search(body):
            scalar_parent = indent
    return None


def indent_tab(text: str, line0: int) -> int | None:
    """Column (0-based) of a tab in the indentation of line ``line0``, or None."""
    lines = text.splitlines()
    if line0 >= len(lines):
        return None
    line = lines[line0]
    head = line[: len(line) - len(line.lstrip(" \t"))]
    i = head.find("\t")
    return None if i < 0 else i
