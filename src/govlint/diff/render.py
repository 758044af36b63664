"""Output formats of a diff, as small classes looked up by name (:data:`RENDERERS`).

``text`` for a terminal, ``markdown`` (:mod:`govlint.diff.markdown`) for a pull-request comment
and a renegotiation memo, ``json`` for tools. Sentences are in the new model's language.

The json format (``formatVersion`` 1; fields are only ever added)::

    {
      "formatVersion": 1,
      "language": "fi",                       # language of "message" and names
      "old": {"label": "v1.0.0", "kind": "revision", "commit": "<sha>",
              "path": "governance", "modelVersion": "1.0.0"},
      "new": {"label": "governance", "kind": "directory", "commit": null,
              "path": "governance", "modelVersion": "1.1.0"},
      "summary": {"total": 3, "breaking": 1, "significant": 2, "minor": 0, "editorial": 0},
      "versionCheck": {                       # null when only the version changed, or a
        "code": "version-not-raised",         # side's version is not major.minor.patch
        "status": "ok",                       # ok | not-raised | raised-too-little | lowered
        "needed": "minor",                    # minor | patch (govlint.diff.versioning)
        "suggested": "1.1.0",                 # the lowest version that would do
        "level": "breaking",                  # the highest impact among the changes
        "location": {"file": "governance/agreement.yaml", "line": 7, "column": 15},
        "message": null                       # what is wrong, when status is not ok
      },
      "changes": [{
        "code": "member-removed",             # govlint.diff.catalog.CATALOG
        "level": "significant",               # breaking | significant | minor | editorial
        "kind": "member",                     # kind of the changed element
        "key": "member:steering-group/south.finance-director/member",
        "oldKey": null,                       # the key in the old model when renamed
        "field": null,                        # the changed field, null for added/removed
        "scope": {"key": "body:steering-group", "name": "Ohjausryhmä"},
        "before": {...}, "after": null,       # values: texts {lang: text}, references as
                                              # keys, counts {min, max, approximate},
                                              # windows {from, to}, sources {section, quote} or
                                              # {derived}; an added/removed element's fields
        "old": {"file": "governance/bodies/steering-group.yaml", "line": 35, "column": 5},
        "new": null,                          # location in each version, null if absent
        "approvers": [{"key": "organ:north.city-board",
                       "name": "Pohjolan kaupunginhallitus"}],
        "weakens": [{"key": "commitment:representatives", "name": "..."}],
        "message": "Ohjausryhmä: ..."
      }]
    }
"""

from __future__ import annotations

from typing import Any

from govlint.diff.catalog import LEVELS
from govlint.diff.markdown import MarkdownRenderer
from govlint.diff.messages import Words
from govlint.diff.renderer import Renderer, location
from govlint.diff.result import Diff, Side
from govlint.diff.values import Key, key_str, to_json
from govlint.diff.versioning import CODE as VERSION_CODE
from govlint.diff.versioning import VersionCheck, check_version
from govlint.findings import Loc
from govlint.textsafe import dumps, terminal

FORMAT_VERSION = 1


class TextRenderer(Renderer):
    name = "text"

    def render(self, diff: Diff, old: Side, new: Side) -> str:
        words = Words(diff, self.lang)
        head = f"govlint diff: {_side(old, words)} → {_side(new, words)}"
        lines = [head]
        if diff.old.version != diff.new.version:
            version = words.ui._("model version")
            lines.append(f"  {version} {diff.old.version} → {diff.new.version}")
        check = check_version(diff)
        if check is not None and check.problem:
            where = new.location(check.loc) if check.loc is not None else ""
            lines += [
                "",
                f"  {'error':<11}  {VERSION_CODE}  {where}",
                f"      {words.version(check)}",
            ]
        scope: Key | None = None
        for change in diff.changes:
            if change.scope != scope:
                scope = change.scope
                lines += ["", words.scope_name(scope)]
            lines.append(f"  {change.level.value:<11}  {change.code}  {location(change, old, new)}")
            lines.append(f"      {words.describe(change)}")
            for label, text in words.details(change):
                lines.append(f"        {label}: {text}")
            label = words.ui.ngettext("Approver", "Approvers", len(change.approvers))
            lines.append(f"      {label}: {words.approvers(change)}")
        counts = diff.counts()
        total = len(diff.changes)
        summary = ", ".join(f"{counts[lv]} {lv.value}" for lv in LEVELS)
        lines += [
            "",
            f"{total} change{'' if total == 1 else 's'}: {summary}"
            if total
            else words.ui._("No changes to the governance model."),
        ]
        # Each line is one field or our own words around fields: model text with a line
        # break or a control character in it is shown escaped, never acted on.
        return "\n".join(terminal(line) for line in lines)


def _side(side: Side, words: Words) -> str:
    if side.kind == "revision":
        return f"{side.label} ({side.commit[:10]})" if side.commit else side.label
    return f"{side.label}/"


class JsonRenderer(Renderer):
    name = "json"

    def render(self, diff: Diff, old: Side, new: Side) -> str:
        return dumps(diff_to_data(diff, old, new, self.lang))


def _loc(loc: Loc | None) -> dict[str, Any] | None:
    return None if loc is None else {"file": loc.file, "line": loc.line, "column": loc.column}


def diff_to_data(diff: Diff, old: Side, new: Side, lang: str | None = None) -> dict[str, Any]:
    words = Words(diff, lang)
    counts = diff.counts()

    def named(key: Key) -> dict[str, str]:
        return {"key": key_str(key), "name": words.scope_name(key)}

    def side(s: Side, version: str | None) -> dict[str, Any]:
        return {
            "label": s.label,
            "kind": s.kind,
            "commit": s.commit,
            "path": s.path,
            "modelVersion": version,
        }

    return {
        "formatVersion": FORMAT_VERSION,
        "language": words.lang,
        "old": side(old, diff.old.version),
        "new": side(new, diff.new.version),
        "summary": {"total": len(diff.changes), **{lv.value: counts[lv] for lv in LEVELS}},
        "versionCheck": _version_data(check_version(diff), words),
        "changes": [
            {
                "code": c.code,
                "level": c.level.value,
                "kind": c.subject[0],
                "key": key_str(c.subject),
                "oldKey": key_str(c.old_key) if c.old_key else None,
                "field": c.field,
                "scope": named(c.scope),
                "before": to_json(c.before),
                "after": to_json(c.after),
                "old": _loc(c.old_loc),
                "new": _loc(c.new_loc),
                "approvers": [named(k) for k in c.approvers],
                "weakens": [named(k) for k in c.weakens],
                "message": words.describe(c),
            }
            for c in diff.changes
        ],
    }


def _version_data(check: VersionCheck | None, words: Words) -> dict[str, Any] | None:
    if check is None:
        return None
    return {
        "code": VERSION_CODE,
        "status": check.status,
        "needed": check.needed,
        "suggested": check.suggested,
        "level": check.level.value,
        "location": _loc(check.loc),
        "message": words.version(check) if check.problem else None,
    }


RENDERERS: dict[str, type[Renderer]] = {
    r.name: r for r in (TextRenderer, MarkdownRenderer, JsonRenderer)
}


def render(diff: Diff, fmt: str, old: Side, new: Side, lang: str | None = None) -> str:
    """The diff in format ``fmt``, its sentences in ``lang`` (default: the new model's main
    language when govlint has texts in it, else English)."""
    return RENDERERS[fmt](lang).render(diff, old, new)
