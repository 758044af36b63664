"""Resolve references, with one message per mistake, at its cause.

Every reference (a member's position, an escalation step's target, ...) is looked up in the
model's index. What does not resolve is reported as compilers with good error recovery do:

- A reference to an id of a file with errors is not reported: that file's own error is the
  message. The reference is counted as unchecked on the file (:class:`~govlint.salvage.Unbuilt`),
  and the check says so once, in a note on that file.
- All references to one missing id are one finding, at the first, with the others as related
  places. References to ids under a missing owner (``a.x`` while ``a`` is missing) join the
  owner's finding.
- When the missing id looks like the old name of an element that nothing refers to (several
  references use the old id, or the element's file is still named after it), the finding is
  at that element's id: the rename is the mistake.
- "Did you mean" suggests only ids of the expected kind, and only within the id's namespace
  (``a.x`` never suggests ``b.x``) when that namespace exists.
"""

from __future__ import annotations

import difflib
from pathlib import PurePosixPath

from govlint import model as m
from govlint.findings import Finding
from govlint.salvage import Unbuilt, namespace

RefUse = tuple[m.Ref, tuple[type[m.Element], ...], str]  # reference, kinds expected, what
# How alike (difflib's ratio) a suggested id must be: 'dev-group' for 'steering-group'
# (0.61) only shares a word and is no typo; a typo or a rename keeps most of the id (> 0.8).
SIMILAR = 0.75


def resolve_references(model: m.Model, uses: list[RefUse], unbuilt: list[Unbuilt]) -> list[Finding]:
    """Set every reference's target; findings for those that do not resolve."""
    findings: list[Finding] = []
    missing: dict[str, list[RefUse]] = {}
    for use in uses:
        ref, kinds, what = use
        target = model.index.get(ref.id)
        if target is None:
            owner = next((u for u in unbuilt if ref.id in u.ids), None) or next(
                (u for u in unbuilt if u.may_define(ref.id, _kind_names(kinds))), None
            )
            if owner is not None:
                owner.unchecked += 1
            else:
                missing.setdefault(ref.id, []).append(use)
        elif not isinstance(target, kinds):
            findings.append(
                Finding(
                    "GOV021",
                    f"'{ref.id}' is a {target.KIND}, but {what} is expected here",
                    ref.loc,
                    hint="Refer to an element of the right kind.",
                    element=ref.id,
                )
            )
        else:
            ref.target = target
    referenced = {use[0].target.id for use in uses if use[0].target is not None}
    under: dict[str, list[RefUse]] = {}
    for ref_id in list(missing):
        owner_id = namespace(ref_id)
        if owner_id != ref_id and owner_id in missing:
            under.setdefault(owner_id, []).extend(missing.pop(ref_id))
    for ref_id, group in missing.items():
        group.sort(key=lambda use: use[0].loc)
        findings.append(
            _unresolved(model, ref_id, group, under.get(ref_id, []), referenced, unbuilt)
        )
    return findings


def _unresolved(
    model: m.Model,
    ref_id: str,
    group: list[RefUse],
    inner: list[RefUse],
    referenced: set[str],
    unbuilt: list[Unbuilt],
) -> Finding:
    first, kinds, what = group[0]
    others = [use[0].loc for use in group[1:]]
    inner_locs = sorted(use[0].loc for use in inner)
    guess = suggest(model, ref_id, kinds, unbuilt)
    renamed = model.index.get(guess) if guess else None
    if (
        renamed is not None
        and not inner
        and renamed.id not in referenced
        and (len(group) > 1 or PurePosixPath(renamed.doc.path).stem == ref_id)
    ):
        return Finding(
            "GOV021",
            f"id '{renamed.id}' looks renamed from '{ref_id}', which other documents still use",
            renamed.at("id"),
            hint=f"Change the references to '{renamed.id}' as well, or keep the id "
            f"'{ref_id}': other documents and the version diff refer to elements by id.",
            element=ref_id,
            related=tuple(use[0].loc for use in group),
        )
    # The message names the mistake only; how many places repeat it is in ``related`` (so
    # that a SARIF fingerprint, built from the message, stays when a reference is added).
    message = f"'{ref_id}' does not resolve: no element has this id (expected {what})"
    if inner:
        names = sorted({use[0].id for use in inner})
        shown = ", ".join(f"'{n}'" for n in names[:3]) + (", ..." if len(names) > 3 else "")
        message += f"; nor do the ids under it ({shown})"
    return Finding(
        "GOV021",
        message,
        first.loc,
        hint=f"Did you mean '{guess}'?" if guess else "Define the element or correct the id.",
        element=ref_id,
        related=(*others, *inner_locs),
    )


def suggest(
    model: m.Model, ref_id: str, kinds: tuple[type[m.Element], ...], unbuilt: list[Unbuilt]
) -> str | None:
    """The closest id of the expected kind, in the same namespace when the id has one that
    exists; ids of files with errors count when their kind is known."""
    candidates = [k for k, v in model.index.items() if isinstance(v, kinds)]
    names = _kind_names(kinds)
    for u in unbuilt:
        candidates += [i for i, defined in u.ids.items() if any(k in names for k in defined)]
    own = namespace(ref_id)
    if own != ref_id:
        known = {namespace(i) for i in model.index}
        for u in unbuilt:
            known.update(namespace(i) for i in u.ids)
        if own in known:
            candidates = [c for c in candidates if namespace(c) == own and c != own]
    close = difflib.get_close_matches(ref_id, candidates, n=1, cutoff=SIMILAR)
    return close[0] if close else None


def _kind_names(kinds: tuple[type[m.Element], ...]) -> tuple[str, ...]:
    """Element kinds as the names a file with errors records (``Element.KIND``)."""
    return tuple(k.KIND for k in kinds)
