"""Comparable values of the diff's facts: hashable, free of locations, ids kept as references.

A fact's fields hold only these values (and str/int/bool/None and tuples of them), so two
versions of an element compare with ``==`` and a rename can be applied by rewriting every
:class:`R` (see :mod:`govlint.diff.renames`).

A key names one fact: ``("member", "board", "north.city-manager", "member")`` is shown as
``member:board/north.city-manager/member`` (the same text as the model's ``Element.key``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Key = tuple[str, ...]


def key_str(key: Key) -> str:
    return f"{key[0]}:{'/'.join(key[1:])}" if len(key) > 1 else key[0]


@dataclass(frozen=True)
class TextV:
    """A text in several languages (sorted ``(lang, text)`` pairs)."""

    items: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, values: Mapping[str, str] | None) -> TextV | None:
        if not values:
            return None
        return cls(tuple(sorted((k, " ".join(str(v).split())) for k, v in values.items())))

    def get(self, lang: str) -> str:
        """The text in ``lang``, else in the first language it has (no language is
        preferred: the caller passes the model's main language when it wants that)."""
        found = dict(self.items)
        if lang in found:
            return found[lang]
        return self.items[0][1] if self.items else ""

    def only_other_languages_differ(self, other: TextV, lang: str) -> bool:
        """True when the text in ``lang`` is the same and only translations differ."""
        mine, theirs = dict(self.items), dict(other.items)
        return lang in mine and mine.get(lang) == theirs.get(lang)


@dataclass(frozen=True)
class R:
    """A reference to the element with this key (``("?", id)`` when it did not resolve)."""

    key: Key


@dataclass(frozen=True)
class Src:
    """Provenance: a cited section (with an optional quote) or a derived reason."""

    section: R | None = None
    quote: str | None = None
    derived: str | None = None

    @property
    def is_derived(self) -> bool:
        return self.derived is not None


@dataclass(frozen=True)
class Count:
    """How many times a year a body meets."""

    min: int
    max: int
    approximate: bool = False


@dataclass(frozen=True)
class Percent:
    """A share in per cent (a party's share of the costs)."""

    value: float


@dataclass(frozen=True)
class Window:
    """A month window (1-12; may wrap over the new year)."""

    start: int
    end: int


def rewrite(value: Any, fn: Callable[[Key], Key]) -> Any:
    """``value`` with every reference's key passed through ``fn``."""
    if isinstance(value, R):
        return R(fn(value.key))
    if isinstance(value, Src) and value.section is not None:
        return Src(R(fn(value.section.key)), value.quote, value.derived)
    if isinstance(value, tuple):
        return tuple(rewrite(v, fn) for v in value)
    return value


def to_json(value: Any) -> Any:
    """Plain JSON data of a value (the json format's ``before`` and ``after``)."""
    if isinstance(value, TextV):
        return dict(value.items)
    if isinstance(value, R):
        return key_str(value.key)
    if isinstance(value, Src):
        if value.derived is not None:
            return {"derived": value.derived}
        out: dict[str, Any] = {"section": value.section.key[-1] if value.section else None}
        if value.quote:
            out["quote"] = value.quote
        return out
    if isinstance(value, Count):
        return {"min": value.min, "max": value.max, "approximate": value.approximate}
    if isinstance(value, Window):
        return {"from": value.start, "to": value.end}
    if isinstance(value, Percent):
        return value.value
    if isinstance(value, tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value
