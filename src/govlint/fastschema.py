"""A fast yes/no schema check: fastjsonschema's generated code, shipped with the package.

jsonschema explains errors well but interprets the schema on every document (with a
``referencing`` lookup for every ``$ref``): about 2 ms per document, most of a 6000-file
check. fastjsonschema compiles each schema into plain Python once; a valid document then costs
a few microseconds. Only documents the fast check rejects go to jsonschema, which decides and
explains (:mod:`govlint.schemacheck`), so the fast path can never hide an error jsonschema
would report: at worst it sends a valid document the slow way.

Generating and compiling the code takes ~0.2 s, more than a small model's whole check, so it
is generated once, by ``python3 scripts/update_golden.py schemacode``, into the package
(``govlint/schemacode/``, one module per schema, with the digest of the schemas it was
generated from). At run time it is imported like any other module of govlint if and only if
that digest is the digest of the schemas in use; otherwise (a schema edited in a development
tree) the code is generated from the schemas in memory, for this process only. Nothing is
executed that was read from a cache: the code is govlint's own module or generated here and
now (the user cache that used to hold marshalled code objects is no longer read, so a
tampered or corrupted entry there can neither run nor crash anything).

The generated code is fastjsonschema's, except that the schema fragment each exception
carries (``definition=``) is dropped: govlint only asks yes or no, and the fragments were two
thirds of the code.

The schemas use nothing specific to draft 2020-12 (no ``prefixItems``,
``unevaluatedProperties``, ``$dynamicRef``), so fastjsonschema's draft-07 engine reads them
with the same meaning; ``tests/test_fastschema.py`` checks the two agree on every example.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable
from functools import cache
from typing import Any

from govlint.sources import schema_files

FastValidator = Callable[[Any], Any]
PACKAGE = "govlint.schemacode"


def schema_digest(texts: dict[str, str]) -> str:
    """The digest of a set of schema texts (file name -> JSON text)."""
    h = hashlib.blake2b(digest_size=20)
    for name in sorted(texts):
        for part in (name, texts[name]):
            data = part.encode("utf-8")
            h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def module_name(stem: str) -> str:
    """The module of a schema's validator: ``matter-type`` -> ``matter_type``."""
    return stem.replace("-", "_")


def generate_sources(texts: dict[str, str], kinds: dict[str, str]) -> dict[str, str]:
    """Schema stem -> Python source of its validator (a module defining ``validate``)."""
    import ast

    import fastjsonschema

    loaded = {name: json.loads(text) for name, text in texts.items()}

    def resolve(uri: str) -> Any:
        return loaded[uri.rsplit("/", 1)[-1].split("#", 1)[0]]

    out: dict[str, str] = {}
    for stem in sorted(set(kinds.values())):
        schema = dict(loaded[f"{stem}.schema.json"])
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        schema.pop("$id", None)  # the entry function is then named `validate`, not after the URL
        # refs resolve against the schemas' https $ids: answered from the files, never fetched
        handlers = {"": resolve, "http": resolve, "https": resolve}
        code = fastjsonschema.compile_to_code(schema, handlers=handlers, use_default=False)
        tree = ast.parse(code)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "definition":
                        keyword.value = ast.Constant(None)
        out[stem] = ast.unparse(tree) + "\n"
    return out


def package_files(texts: dict[str, str], kinds: dict[str, str]) -> dict[str, str]:
    """The files of ``govlint/schemacode/`` for these schemas: file name -> content."""
    import fastjsonschema

    generator = f"fastjsonschema {fastjsonschema.VERSION}"
    files = {
        "__init__.py": (
            '"""Schema validators generated from ``schemas/`` by fastjsonschema: do not edit.\n\n'
            "Regenerate with ``python3 scripts/update_golden.py schemacode`` after changing a\n"
            "schema. :mod:`govlint.fastschema` imports these modules only while ``SCHEMA_DIGEST``\n"
            "is the digest of the schemas in use; otherwise it generates the code in memory.\n"
            '"""\n\n'
            f'SCHEMA_DIGEST = "{schema_digest(texts)}"\n'
            f'GENERATOR = "{generator}"\n'
        )
    }
    for stem, source in generate_sources(texts, kinds).items():
        head = f"# Generated from schemas/{stem}.schema.json by {generator}; do not edit.\n"
        files[f"{module_name(stem)}.py"] = head + source
    return files


def _texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in schema_files()}


def _shipped(digest: str, kinds: dict[str, str]) -> dict[str, FastValidator] | None:
    """The package's generated validators, if they were generated from these schemas."""
    try:
        package = importlib.import_module(PACKAGE)
    except ImportError:
        return None
    if getattr(package, "SCHEMA_DIGEST", None) != digest:
        return None
    return {
        kind: importlib.import_module(f"{PACKAGE}.{module_name(stem)}").validate
        for kind, stem in kinds.items()
    }


def _in_memory(texts: dict[str, str], kinds: dict[str, str]) -> dict[str, FastValidator]:
    """Validators generated from ``texts`` now, in this process (the code never leaves it)."""
    result: dict[str, FastValidator] = {}
    for stem, source in generate_sources(texts, kinds).items():
        name = f"<govlint schema {stem}, generated in memory>"
        namespace: dict[str, Any] = {"__name__": name}
        exec(compile(source, name, "exec"), namespace)
        for kind, kind_stem in kinds.items():
            if kind_stem == stem:
                result[kind] = namespace["validate"]
    return result


@cache
def validators(kinds: tuple[tuple[str, str], ...]) -> dict[str, FastValidator]:
    """kind -> a function that returns on a valid document and raises otherwise."""
    texts = _texts()
    wanted = dict(kinds)
    return _shipped(schema_digest(texts), wanted) or _in_memory(texts, wanted)


def is_valid(kinds: dict[str, str], kind: str, data: Any) -> bool:
    """True when ``data`` certainly matches; False means "ask jsonschema"."""
    try:
        validate = validators(tuple(sorted(kinds.items())))[kind]
    except Exception:  # fastjsonschema missing or unable: fall back to jsonschema
        return False
    try:
        validate(data)
    except Exception:  # JsonSchemaValueException, or a type it does not handle (a date)
        return False
    return True
