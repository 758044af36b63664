"""Rules whose findings come from reading a model file, before there is a model.

These rules have no ``check`` function: the loader (:mod:`govlint.yamlload`) reports them
while it decodes and parses a file, with the slug and severity given in
:data:`govlint.loadproblems.LOADING_CODES`. Their documentation lives here so that the
handbook's rule reference and ``govlint rules`` show it like any other rule's.
"""

from __future__ import annotations

from govlint.loadproblems import LOADING_CODES
from govlint.rules.base import Rule


def _rule(code: str, doc_text: str) -> Rule:
    slug, severity = LOADING_CODES[code]
    return Rule(code, slug, severity, doc_text=doc_text)


LOADING_RULES: list[Rule] = [
    _rule(
        "GOV001",
        """\
        The file is not valid YAML.

        A file that does not parse cannot be checked at all, and different YAML readers
        disagree about broken input: what one tool silently accepts, another rejects or reads
        differently. The finding points at the place where reading failed; a tab in the
        indentation, a value containing ``: `` that is not quoted and a missing space before
        ``#`` are the usual causes. Constructs that libyaml tolerates but YAML 1.2 forbids
        (a multi-line quoted value whose continuation lines are not indented, ``"text"#note``)
        are reported too, so that the file reads the same in every tool.

        Bad:

            name: Shared services: steering group
            quorum: "50 %"# half of the members

        Good:

            name: "Shared services: steering group"
            quorum: "50 %"  # half of the members
        """,
    ),
    _rule(
        "GOV002",
        """\
        The same key appears twice in one mapping.

        YAML readers silently keep only one of the values (PyYAML keeps the last), so part of
        what was written is lost without anyone noticing. govlint keeps the first occurrence
        and reports the later one, naming the line of the first.

        Bad:

            id: steering-group
            name: {en: Steering group}
            name: {en: Shared services steering group}

        Good:

            id: steering-group
            name: {en: Shared services steering group}
        """,
    ),
    _rule(
        "GOV003",
        """\
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
    _rule(
        "GOV004",
        """\
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
    _rule(
        "GOV005",
        """\
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
    _rule(
        "GOV006",
        """\
        The file is not clean UTF-8 text.

        Model files must be UTF-8 without a byte-order mark and without control characters.
        Invalid bytes usually mean the file was saved in another encoding (Windows-1252 turns
        ``ä`` into a single byte that is not UTF-8); a byte-order mark or NUL bytes usually mean
        UTF-16 or an editor setting. The finding names the line and column of the first bad
        character.

        Bad:

            # saved as Windows-1252 / with a BOM
            name: Yhteisty\\xf6sopimus

        Good:

            # saved as UTF-8 without BOM
            name: Yhteistyösopimus
        """,
    ),
    _rule(
        "GOV007",
        """\
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
    _rule(
        "GOV009",
        """\
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
    _rule(
        "GOV081",
        """\
        A file or directory of the model cannot be read.

        A directory that cannot be listed, a file without read permission, a broken symbolic
        link or one that leads back to itself would otherwise drop their files' errors from
        the check without a word. A named pipe, a device or a socket is not a model file:
        reading one could wait for ever or never end, so it is refused without being opened
        for more than a look. A model directory with more than 100 000 entries is not walked
        further (the configured model is probably the wrong directory).

        Bad:

            governance/bodies/        (drwx------, owned by another user)
            governance/notes.yaml  -> notes-draft.yaml   (which does not exist)
            governance/feed.yaml      (a named pipe)

        Good:

            governance/bodies/steering-group.yaml   (a readable file)
        """,
    ),
    _rule(
        "GOV082",
        """\
        A symbolic link in the model directory is not followed.

        A link may make the model read a file outside the model directory (one link to
        ``/etc/passwd`` would show that file's lines in the findings of a public CI log), and
        what it leads to differs from one checkout to another. Links that stay inside the
        model directory are followed; a link that leaves it is reported and not read, and in
        a git revision, whose links are only text, no link is followed.

        Bad:

            governance/bodies/yhteinen.yaml -> ../../shared/yhteinen.yaml

        Good:

            governance/bodies/yhteinen.yaml      (the file itself, kept in the model)
        """,
    ),
]

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in LOADING_RULES}
assert set(RULES_BY_CODE) == set(LOADING_CODES), "every loading code is documented"
