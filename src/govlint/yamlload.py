"""Safe, located YAML loading for governance-model files.

``yaml.safe_load`` is not enough for a linter: it forgets where values came from, keeps the
last of two duplicate keys without a word, crashes (C stack overflow in ``compose``) or takes
minutes on deeply nested input, and reports problems as exceptions. This module reads one
file into plain Python values plus the location of every value and key, records which plain
scalars YAML 1.1 turned into non-strings (so that the schema stage can explain ``no`` ->
False), and turns every problem into a :class:`~govlint.findings.Finding`.

How: cheap linear checks on the bytes and text first (size, encoding, control characters,
nesting depth), then libyaml's *event* stream, folded into values with an explicit stack.
Events rather than ``compose_all``: libyaml's parser is iterative and only scans as far as it
is read, so stopping at the depth limit also stops the scanner (no C recursion, no quadratic
scan), aliases are expanded under a node budget with exact cycle detection, and explicit tags
are known exactly. Scalars are resolved with PyYAML's own SafeLoader tables and constructors.

Line numbers follow libyaml, which (like ``str.splitlines`` on text without control
characters) also breaks lines at U+0085, U+2028 and U+2029.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from govlint.document import Document, Path
from govlint.findings import Finding, Loc
from govlint.loadproblems import make_finding, syntax_help
from govlint.sources import MAX_FILE_BYTES, SourceFile
from govlint.suppressions import parse_suppressions
from govlint.syntaxhints import explain
from govlint.yamlscan import (
    BLANK_LINES,
    BREAKS,
    HEADER_DIGIT,
    SPACES,
    decode,
    indent_tab,
    line_col,
    prescan_depth,
)

try:  # libyaml's parser; the pure-Python one gives the same events, only slower
    from yaml._yaml import CParser as _CParser

    _PARSER: Any = _CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _PARSER = yaml.SafeLoader

__all__ = [
    "Document",
    "Limits",
    "Loaded",
    "Path",
    "SourceFile",
    "load",
    "load_document",
    "scan_ids",
]


@dataclass(frozen=True)
class Limits:
    """Resource limits; each is reported as GOV005 when exceeded."""

    max_bytes: int = MAX_FILE_BYTES  # also checked before a file is read (govlint.sources)
    max_depth: int = 64  # nesting of collections
    max_nodes: int = 250_000  # value nodes visited after alias expansion (alias bombs)


# --- scalars: PyYAML's SafeLoader resolver table and constructors --------------------------

_Y = "tag:yaml.org,2002:"
_STR, _NULL, _MAP, _SEQ, _MERGE = _Y + "str", _Y + "null", _Y + "map", _Y + "seq", _Y + "merge"
_TYPE_OF_TAG = {_Y + t: t for t in ("bool", "int", "float", "null", "timestamp")}
_CONSTRUCT = {
    tag: getattr(SafeConstructor, f"construct_yaml_{t}") for tag, t in _TYPE_OF_TAG.items()
}
_CON = SafeConstructor()
_RESOLVERS: dict[Any, list[tuple[str, re.Pattern[str]]]] = yaml.SafeLoader.yaml_implicit_resolvers
_WILDCARD = _RESOLVERS.get(None, [])


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


# First characters that may resolve to something other than text; if a resolver without a
# first character was ever registered on SafeLoader, every scalar takes the slow path.
_SPECIAL_FIRST: Any = _RESOLVERS if not _WILDCARD else _Everything()
_CONSTRUCT_ERRORS = (ArithmeticError, AttributeError, LookupError, TypeError, ValueError)
# Sexagesimal ints (1:2:3:...) cost quadratic time in their length; no real number is this long.
_MAX_NUMBER_TEXT = 200
_NUMBERS = frozenset((_Y + "int", _Y + "float"))
_NOKEY = object()  # a mapping frame is waiting for a key
_NO_PATH: Path = ()


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_Y) :] if tag.startswith(_Y) else tag


def _tag_problem(tag: str) -> str:
    """GOV004 message for a tag that is not one of the allowed core tags."""
    why = " (it asks the reader to create a Python object)" if "python/" in tag else ""
    return f"YAML tag {_short_tag(tag)} is not allowed{why}"


def _resolve(raw: str) -> str:
    """Tag of a plain scalar by SafeLoader's implicit resolvers (first character first)."""
    for tag, regexp in _RESOLVERS.get(raw[:1], ()):
        if regexp.match(raw):
            return tag
    for tag, regexp in _WILDCARD:
        if regexp.match(raw):
            return tag
    return _STR


def _scalar(ev: Any) -> tuple[Any, str | None, str | None, str]:
    """Value of a scalar event as SafeLoader would construct it, without ever raising.

    Returns (value, implicit type if a plain untagged scalar became a non-string, problem
    with an explicit tag, resolved tag). Constructors that fail (``2024-02-30``, ``0b_``)
    leave the text as it is: PyYAML would raise there.
    """
    tag = ev.tag
    raw = ev.value
    if tag is None or tag == "!":  # PyYAML resolves the non-specific '!' like no tag
        if not ev.implicit[0]:
            return raw, None, None, _STR
        t = _resolve(raw)
        build = _CONSTRUCT.get(t)
        if build is None:  # str, merge '<<' and value '=': text (a '<<' key is refused later)
            return raw, None, None, t
        if len(raw) > _MAX_NUMBER_TEXT and t in _NUMBERS:
            return raw, None, None, _STR
        try:
            return build(_CON, ScalarNode(t, raw)), _TYPE_OF_TAG[t], None, t
        except _CONSTRUCT_ERRORS:
            return raw, None, None, _STR
    if tag == _STR:
        return raw, None, None, tag
    build = _CONSTRUCT.get(tag)
    if build is None:
        return raw, None, _tag_problem(tag), tag
    try:
        if len(raw) > _MAX_NUMBER_TEXT and tag in _NUMBERS:
            raise ValueError(raw)
        return build(_CON, ScalarNode(tag, raw)), None, None, tag
    except _CONSTRUCT_ERRORS:
        return raw, None, f"`{raw}` cannot be read as {_short_tag(tag)}", tag


def _describe(value: Any) -> str:
    """How a non-string scalar reads in a message: 'boolean true', 'the number 600'..."""
    if value is None:
        return "null (no value)"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    return "a date"


# --- folding the event stream into values ----------------------------------------------------


class _Abort(Exception):
    """Stop loading; the reason has already been reported as a finding."""


class _AliasRef:
    """An alias inside an anchor's recorded events, with the anchor it meant when read."""

    __slots__ = ("event", "target")

    def __init__(self, event: Any, target: list[Any] | None) -> None:
        self.event = event
        self.target = target


class _Frame:
    """An open mapping or sequence; ``col`` is its block indentation (-1 when unknown)."""

    __slots__ = (
        "col",
        "container",
        "discard",
        "flow",
        "indentless",
        "index",
        "is_map",
        "key",
        "line",
        "path",
        "rec",
        "skip",
    )

    def __init__(self, container: Any, path: Path | None, is_map: bool, ev: Any) -> None:
        self.container = container
        self.discard = path is None  # a value nobody will see: a duplicate's, a merge's
        self.path: Path = _NO_PATH if path is None else path
        self.is_map = is_map
        self.key: Any = _NOKEY
        self.index = 0
        self.skip = False  # the current entry's value is discarded
        self.flow = bool(ev.flow_style)
        self.line = ev.start_mark.line
        # Without anchor or tag a block collection's event starts at its first key or '-'.
        self.col = ev.start_mark.column if ev.anchor is None and ev.tag is None else -1
        self.indentless = False
        self.rec: list[Any] | None = None


def _place(top: _Frame, value: Any) -> Path | None:
    """Put a value into the open collection; return its path, or None when discarded."""
    if top.is_map:
        key = top.key
        top.key = _NOKEY
        if top.skip:
            top.skip = False
            return None
        top.container[key] = value
        return None if top.discard else top.path + (key,)  # noqa: RUF005 (2x faster)
    index = top.index
    top.index = index + 1
    top.container.append(value)
    return None if top.discard else top.path + (index,)  # noqa: RUF005 (2x faster)


class _Loader:
    """Folds one file's events into plain values, locations and findings."""

    def __init__(self, path: str, text: str, limits: Limits, spans: list[Any] | None) -> None:
        self.path = path
        self.text = text
        self.limits = limits
        self.spans = spans  # (start, end) of quoted and block scalars, for suppressions
        self.findings: list[Finding] = []
        self.locs: dict[Path, Loc] = {}
        self.key_locs: dict[Path, Loc] = {}
        self.implicit: dict[Path, tuple[str, str]] = {}
        self.anchors: dict[str, list[Any]] = {}
        self.reported: set[tuple[str, int, int]] = set()
        self._lines: list[str] | None = None
        self.root: dict[str, Any] | None = None  # filled as it is read: partial after an error
        self.truncated = False  # stopped at a second document

    def report(
        self,
        code: str,
        message: str,
        line0: int,
        col0: int,
        hint: str | None = None,
    ) -> None:
        """Add a finding at a 0-based (PyYAML) position, once per code and position."""
        if (code, line0, col0) not in self.reported:
            self.reported.add((code, line0, col0))
            loc = Loc(self.path, line0 + 1, col0 + 1)
            self.findings.append(make_finding(code, message, loc, hint))

    def run(self, stream: bytes) -> dict[str, Any] | None:
        """The root mapping, or None when the file cannot be used."""
        parser = _PARSER(stream)
        try:
            return self._fold(parser.get_event)
        except _Abort:
            return None
        except yaml.MarkedYAMLError as exc:
            self._syntax_error(exc)
            return None
        except yaml.YAMLError as exc:  # pragma: no cover - reader errors are caught earlier
            self.findings.append(make_finding("GOV001", f"invalid YAML: {exc}", Loc(self.path)))
            return None
        finally:
            getattr(parser, "dispose", lambda: None)()

    def _fold(self, get: Any) -> dict[str, Any] | None:
        locs, implicit, anchors, name = self.locs, self.implicit, self.anchors, self.path
        key_locs, special = self.key_locs, _SPECIAL_FIRST
        max_depth, max_nodes = self.limits.max_depth, self.limits.max_nodes
        stack: list[_Frame] = []
        # An anchor's recording is [events, start, end] (end -1 while open). Collections are
        # slices of one log of the main stream, kept from the first anchored collection on,
        # so nested anchors cost nothing extra.
        log: list[Any] | None = None
        replays: list[list[Any]] = []  # [events, position, end] of aliases being expanded
        busy: list[list[Any]] = []  # recordings open or being expanded (cycle detection)
        root: dict[str, Any] | None = None
        nodes = docs = 0
        alias_mark = None
        while True:
            if replays:
                replay = replays[-1]
                if replay[1] == replay[2]:
                    replays.pop()
                    busy.pop()
                    continue
                ev = replay[0][replay[1]]
                replay[1] += 1
                replaying = True
            else:
                ev = get()
                replaying = False
                if log is not None:
                    log.append(ev)
            cls = ev.__class__
            if cls is AliasEvent or cls is _AliasRef:
                if cls is _AliasRef:
                    target, ev = ev.target, ev.event
                else:
                    target = anchors.get(ev.anchor)
                    if log is not None:  # replays must use the anchor meant here and now
                        log[-1] = _AliasRef(ev, target)
                mark = ev.start_mark
                if not stack:
                    raise self._abort("GOV001", f"alias *{ev.anchor} has no anchor", mark)
                top = stack[-1]
                if top.is_map and top.key is _NOKEY:
                    self._alias_key(top, ev, target, busy, replaying)
                    continue
                if target is not None and not any(b is target for b in busy):
                    replays.append(target[:])
                    busy.append(target)
                    alias_mark = mark
                    continue
                if target is None:
                    if not replaying:
                        self.report(
                            "GOV001",
                            f"alias *{ev.anchor} has no anchor &{ev.anchor} before it",
                            mark.line,
                            mark.column,
                            "define the anchor before the alias, or write the value out",
                        )
                else:
                    self.report(
                        "GOV005",
                        f"alias *{ev.anchor} refers to a collection that "
                        "contains it (recursive alias); read as null",
                        mark.line,
                        mark.column,
                        "an alias cannot repeat its own parent",
                    )
                ev = ScalarEvent(None, _NULL, (False, False), "", mark, mark)
                cls = ScalarEvent
            if cls is ScalarEvent:
                mark = alias_mark or ev.start_mark
                alias_mark = None
                if not stack:
                    raise self._bad_root(ev)
                top = stack[-1]
                value = ev.value
                if ev.tag is None and ev.implicit[0] and value[:1] not in special:
                    itype = problem = None  # the common case: plain text, nothing to resolve
                    fast = True
                else:
                    value, itype, problem, tag = _scalar(ev)
                    fast = False
                if top.is_map and top.key is _NOKEY:
                    if (
                        fast
                        and ev.anchor is None
                        and top.col >= 0
                        and not top.discard
                        and (value not in top.container)
                    ):
                        top.key = value
                        entry = top.path + (value,)  # noqa: RUF005 (2x faster)
                        key_locs[entry] = Loc(name, mark.line + 1, mark.column + 1)
                        continue
                    if not replaying and ev.anchor is not None:
                        self._define(ev.anchor, [[ev], 0, 1])
                    if fast:
                        tag = _STR
                    self._key(top, ev, mark, replaying, value, itype, problem, tag)
                    continue
                path = _place(top, value)
                nodes += 1
                if nodes > max_nodes:
                    raise self._too_many(mark)
                if path is not None:
                    locs[path] = Loc(name, mark.line + 1, mark.column + 1)
                    if itype is not None:
                        implicit[path] = (ev.value, itype)
                if not replaying:
                    if problem:
                        self.report(
                            "GOV004",
                            problem,
                            mark.line,
                            mark.column,
                            "remove the tag; the value is kept as plain text",
                        )
                    if ev.anchor is not None:
                        self._define(ev.anchor, [[ev], 0, 1])
                    if ev.style:
                        self._scalar_style(ev, top)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = alias_mark or ev.start_mark
                alias_mark = None
                is_map = cls is MappingStartEvent
                container: Any = {} if is_map else []
                if not stack:
                    if not is_map:
                        raise self._bad_root(ev)
                    root, path = container, ()
                    self.root = root
                    locs[()] = Loc(name, mark.line + 1, mark.column + 1)
                else:
                    top = stack[-1]
                    if top.is_map and top.key is _NOKEY:  # a collection used as a key
                        if not replaying:
                            self.report(
                                "GOV003",
                                "a list or mapping cannot be a key; the entry is ignored",
                                mark.line,
                                mark.column,
                                "keys are plain text",
                            )
                        top.key, top.skip, path = "", True, None
                    else:
                        path = _place(top, container)
                        if path is not None:
                            locs[path] = Loc(name, mark.line + 1, mark.column + 1)
                frame = _Frame(container, path, is_map, ev)
                if stack and not is_map and not frame.flow:
                    parent = stack[-1]
                    frame.indentless = parent.is_map and parent.col == frame.col >= 0
                stack.append(frame)
                nodes += 1
                if nodes > max_nodes:
                    raise self._too_many(mark)
                if len(stack) > max_depth:
                    raise self._abort(
                        "GOV005",
                        f"nesting is deeper than {max_depth} levels",
                        mark,
                        "flatten the structure",
                    )
                if not replaying:
                    if ev.tag not in (None, "!", _MAP if is_map else _SEQ):
                        self.report(
                            "GOV004",
                            _tag_problem(ev.tag),
                            mark.line,
                            mark.column,
                            "remove the tag; the content is kept as a plain list or mapping",
                        )
                    if ev.anchor is not None:
                        if log is None:
                            log = [ev]
                        frame.rec = [log, len(log) - 1, -1]
                        self._define(ev.anchor, frame.rec)
                        busy.append(frame.rec)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                if frame.rec is not None:
                    frame.rec[2] = len(frame.rec[0])
                    busy.pop()
                if not replaying and frame.flow and stack and not stack[-1].flow:
                    self._flow_end(frame, ev, stack[-1])
            elif cls is DocumentStartEvent:
                docs += 1
                if docs > 1:
                    mark = ev.start_mark
                    self.report(
                        "GOV007",
                        "a second YAML document starts here; a model file holds exactly one",
                        mark.line,
                        mark.column,
                        "put each document in its own file (or remove the stray '---')",
                    )
                    self.truncated = True
                    return root
            elif cls is StreamEndEvent:
                if docs == 0:
                    what = "contains only comments" if self.text.strip() else "is empty"
                    self.report(
                        "GOV007",
                        f"the file {what}",
                        0,
                        0,
                        "a model file is a mapping of 'key: value' lines",
                    )
                return root

    def _abort(self, code: str, message: str, mark: Any, hint: str | None = None) -> _Abort:
        self.report(code, message, mark.line, mark.column, hint)
        return _Abort()

    def _too_many(self, mark: Any) -> _Abort:
        return self._abort(
            "GOV005",
            f"more than {self.limits.max_nodes} values after expanding aliases (an alias bomb?)",
            mark,
            "do not build aliases of aliases; write the values out",
        )

    def _bad_root(self, ev: Any) -> _Abort:
        """GOV007 for a document whose top level is not a mapping; say what it is."""
        if ev.__class__ is SequenceStartEvent:
            what = "the top level is a list, not a mapping of keys to values"
        else:
            value = _scalar(ev)[0]
            if value is None or value == "":
                what = "the document is empty"
            else:
                kind = "text" if isinstance(value, str) else _describe(value)
                what = f"the top level is a single value ({kind}), not a mapping of keys to values"
        return self._abort(
            "GOV007",
            what,
            ev.start_mark,
            "a model file is a mapping: 'key: value' lines at the left margin",
        )

    def _define(self, anchor: str, rec: list[Any]) -> None:
        old = self.anchors.get(anchor)
        if old is not None:
            mark = rec[0][rec[1]].start_mark
            self.report(
                "GOV001",
                f"anchor &{anchor} is defined again (first at line "
                f"{old[0][old[1]].start_mark.line + 1}); many YAML readers refuse this",
                mark.line,
                mark.column,
                "give each anchor a unique name",
            )
        self.anchors[anchor] = rec

    def _key(
        self,
        top: _Frame,
        ev: Any,
        mark: Any,
        replaying: bool,
        value: Any,
        itype: str | None,
        problem: str | None,
        tag: str,
    ) -> None:
        """Take a scalar (already resolved by ``_scalar``) as the next key of ``top``.

        GOV002/3/4/7 checks and the key's location; the fast path in ``_fold`` handles the
        plain-text keys that need none of this.
        """
        if top.col < 0 and not top.flow:
            top.col = mark.column
        report = (lambda *a: None) if replaying else self.report
        if problem:
            report("GOV004", problem, mark.line, mark.column, "remove the tag")
        if tag == _MERGE:
            report(
                "GOV007",
                "merge keys (<<) are not supported; the entry is ignored",
                mark.line,
                mark.column,
                "write the keys out instead of merging them",
            )
            top.key, top.skip = "<<", True
            return
        if value.__class__ is not str:
            raw = ev.value
            what = f"key `{raw}`" if raw else "an empty key"
            report(
                "GOV003",
                f"{what} is read as {_describe(value)} by YAML 1.1, not as text",
                mark.line,
                mark.column,
                f'quote the key: "{raw}":',
            )
            value = raw
        if value in top.container:
            entry = top.path + (value,)  # noqa: RUF005 (2x faster)
            first = None if top.discard else self.key_locs.get(entry)
            where = f"first at line {first.line}" if first else "written earlier"
            report(
                "GOV002",
                f"duplicate key `{value}` ({where}); this later entry is ignored",
                mark.line,
                mark.column,
                "remove one of the entries or merge their contents",
            )
            top.key, top.skip = value, True
            return
        top.key = value
        if not top.discard:
            entry = top.path + (value,)  # noqa: RUF005 (2x faster)
            self.key_locs[entry] = Loc(self.path, mark.line + 1, mark.column + 1)

    def _alias_key(
        self, top: _Frame, ev: Any, target: list[Any] | None, busy: list[Any], replaying: bool
    ) -> None:
        """An alias used as a key: fine when it names a scalar, else the entry is ignored."""
        mark = ev.start_mark
        if target is not None and not any(b is target for b in busy) and target[2] - target[1] == 1:
            scalar = target[0][target[1]]
            self._key(top, scalar, mark, replaying, *_scalar(scalar))
            return
        if not replaying:
            if target is None:
                self.report(
                    "GOV001",
                    f"alias *{ev.anchor} has no anchor &{ev.anchor} before it",
                    mark.line,
                    mark.column,
                    "define the anchor before the alias",
                )
            else:
                self.report(
                    "GOV003",
                    f"alias key *{ev.anchor} is not a plain value; the entry is ignored",
                    mark.line,
                    mark.column,
                    "keys are plain text",
                )
        top.key, top.skip = "", True

    # YAML 1.2 rules that libyaml does not enforce: report them so files read the same
    # everywhere. They look only at quoted, block and multi-line flow values (rare).

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.splitlines()
        return self._lines

    @staticmethod
    def _min_indent(top: _Frame) -> int | None:
        """Spaces a continuation line inside a value of ``top`` needs, None if unknown."""
        if top.col < 0:
            return None
        return top.col if top.indentless else top.col + 1

    def _scalar_style(self, ev: Any, top: _Frame) -> None:
        start, end = ev.start_mark, ev.end_mark
        if self.spans is not None:
            self.spans.append((start.index, end.index))
        if ev.style in ("'", '"'):
            self._comment_after(end)
            if end.line > start.line and not top.flow:
                self._continuation(start.line, end.line, top, "quoted value", False)
        else:
            self._block_scalar(ev, top)

    def _comment_after(self, end: Any) -> None:
        if self.text.startswith("#", end.index):
            self.report(
                "GOV001",
                "a comment needs a space before '#'",
                end.line,
                end.column,
                "write `value  # comment`; without the space YAML 1.2 readers fail",
            )

    def _continuation(
        self,
        first: int,
        last: int,
        top: _Frame,
        what: str,
        comments: bool,
    ) -> None:
        indent = self._min_indent(top)
        if indent is None:
            return
        lines = self.lines
        for i in range(first + 1, min(last, len(lines) - 1) + 1):
            line = lines[i]
            body = line.lstrip(" ")
            if not body.strip() or (comments and body.startswith("#")):
                continue
            if len(line) - len(body) < indent:
                if body.startswith("\t"):
                    self.report(
                        "GOV001",
                        "tab character in indentation; YAML indents with spaces",
                        i,
                        len(line) - len(body),
                        "replace the tab with spaces (set the editor to indent with spaces)",
                    )
                    return
                self.report(
                    "GOV001",
                    f"this line continues a multi-line {what} but is not "
                    "indented past the key or '-' it belongs to",
                    i,
                    0,
                    "indent continuation lines more than the key, or keep the value on one line",
                )
                return

    def _flow_end(self, frame: _Frame, ev: Any, parent: _Frame) -> None:
        end = ev.end_mark
        self._comment_after(end)
        if end.line > frame.line:
            self._continuation(frame.line, end.line, parent, "[ ] or { } value", True)

    def _block_scalar(self, ev: Any, top: _Frame) -> None:
        """'>#x' header comments; leading blank lines wider than the first text line."""
        text, start = self.text, ev.start_mark
        brk = BREAKS.search(text, start.index)
        if brk is None:
            return
        header = text[start.index : brk.start()]
        hash_at = header.find("#")
        if hash_at > 0 and header[hash_at - 1] not in " \t":
            self.report(
                "GOV001",
                "a comment needs a space before '#'",
                start.line,
                start.column + hash_at,
                "write `|  # comment`",
            )
        indent = self._min_indent(top)
        blank = BLANK_LINES.match(text, brk.end())
        if (
            indent is None
            or blank is None
            or blank.end() == brk.end()
            or (HEADER_DIGIT.search(header))
        ):
            return
        first = SPACES.match(text, blank.end())
        if first is None or first.end() >= len(text) or first.end() - blank.end() < indent:
            return
        width = first.end() - blank.end()
        for n, line in enumerate(blank.group().splitlines(), start=start.line + 1):
            if len(line) - len(line.lstrip(" ")) > width:
                self.report(
                    "GOV001",
                    "a blank line at the start of a block text has more "
                    "spaces than its first text line",
                    n,
                    0,
                    "remove the trailing spaces from the blank lines",
                )
                return

    def _syntax_error(self, exc: yaml.MarkedYAMLError) -> None:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if mark is None:  # pragma: no cover - libyaml always gives a mark
            self.findings.append(make_finding("GOV001", f"invalid YAML: {problem}", Loc(self.path)))
            return
        tab = indent_tab(self.text, mark.line) if "\t" in self.text else None
        if tab is not None or "tab character" in problem:
            self.report(
                "GOV001",
                "tab character in indentation; YAML indents with spaces",
                mark.line,
                mark.column if tab is None else tab,
                "replace the tab with spaces (set the editor to indent with spaces)",
            )
            return
        explained = explain(self.text, exc, _PARSER)
        if explained is not None:
            e = explained
            self.report("GOV001", e.message, e.line, e.column, e.hint)
            return
        message, hint = syntax_help(problem, exc.context)
        ctx = exc.context_mark
        if ctx is not None and ctx.line != mark.line and exc.context:
            message += f"; {exc.context} started at line {ctx.line + 1}"
        self.report("GOV001", message, mark.line, mark.column, hint)


# --- entry point ----------------------------------------------------------------------------


@dataclass
class Loaded:
    """One file as far as it could be read.

    ``doc`` is the usable document, or None when the file cannot be used. Then ``partial``
    holds what was read before the error (libyaml reads top to bottom, so everything above the
    error is there), and ``scanned`` every ``id:`` value written in the text, found line by
    line: together they tell which ids the file defines, so that references to them are not
    reported as unresolved while it does not load.
    """

    doc: Document | None
    findings: list[Finding]
    partial: Document | None = None
    scanned: tuple[str, ...] = ()
    truncated: bool = False  # ``doc`` is only the first of several documents in the file


# `id: x`, `- id: x`, `{id: x, ...}`: a value of an `id` key, quoted or not.
_ID_LINE = re.compile(r"(?:^|[\s{,-])id[ \t]*:[ \t]+[\"']?([A-Za-z0-9][A-Za-z0-9_.-]*)")


def scan_ids(text: str) -> tuple[str, ...]:
    """Every ``id:`` value in ``text``, line by line, whatever the YAML around it."""
    found: list[str] = []
    for line in text.splitlines():
        body = "" if line.lstrip().startswith("#") else line.split(" #", 1)[0]
        found.extend(m.group(1) for m in _ID_LINE.finditer(body))
    return tuple(dict.fromkeys(found))


def load_document(
    src: SourceFile,
    limits: Limits = Limits(),
) -> tuple[Document | None, list[Finding]]:
    """Load one model file. Never raises for any input; every problem is a finding.

    Returns a Document whenever the file has a usable mapping at its root (possibly with
    findings such as duplicate keys), else None.
    """
    loaded = load(src, limits)
    return loaded.doc, loaded.findings


def load(src: SourceFile, limits: Limits = Limits()) -> Loaded:
    """:func:`load_document`, with what can be salvaged from a file that does not load."""
    path = src.path
    findings: list[Finding] = []
    if len(src.data) > limits.max_bytes:
        findings.append(
            make_finding(
                "GOV005",
                f"the file is {len(src.data)} bytes, over the limit of {limits.max_bytes}",
                Loc(path),
                "split the model into several files",
            )
        )
        return Loaded(None, findings)
    text, data = decode(path, src.data, findings)
    if text is None:
        return Loaded(None, findings)
    deep = prescan_depth(text, limits.max_depth)
    if deep is not None:
        line, col = line_col(text, deep)
        findings.append(
            make_finding(
                "GOV005",
                f"nesting is deeper than {limits.max_depth} levels; the file is not parsed",
                Loc(path, line, col),
                "flatten the structure",
            )
        )
        return Loaded(None, findings, scanned=scan_ids(text))
    spans: list[tuple[int, int]] | None = [] if "govlint:" in text else None
    loader = _Loader(path, text, limits, spans)
    root = loader.run(data)
    findings += loader.findings
    findings.sort(key=Finding.sort_key)
    if root is None:
        partial = None
        if loader.root is not None:
            partial = Document(path, loader.root, loader.locs, loader.key_locs, loader.implicit)
        return Loaded(None, findings, partial, scan_ids(text))
    doc = Document(path, root, loader.locs, loader.key_locs, loader.implicit)
    if spans is not None:
        spans.sort()
        doc.suppressions, more = parse_suppressions(path, text, spans)
        findings += more
        findings.sort(key=Finding.sort_key)
    if loader.truncated:
        return Loaded(doc, findings, scanned=scan_ids(text), truncated=True)
    return Loaded(doc, findings)
