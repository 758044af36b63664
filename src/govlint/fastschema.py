"""A fast yes/no schema check: fastjsonschema's generated code, cached as bytecode.

jsonschema explains errors well but interprets the schema on every document (with a
``referencing`` lookup for every ``$ref``): about 2 ms per document, most of a 6000-file
check. fastjsonschema compiles each schema into plain Python once; a valid document then costs
a few microseconds. Only documents the fast check rejects go to jsonschema, which decides and
explains (:mod:`govlint.schemacheck`), so the fast path can never hide an error jsonschema
would report: at worst it sends a valid document the slow way.

Generating the code takes ~0.2 s, more than a small model's whole check, so the compiled code
objects are kept (marshal) in the user's cache directory, keyed by the schemas' content and
the versions of Python and fastjsonschema: like ``__pycache__``, never stale. Where the cache
cannot be written the code is generated in memory each run.

The schemas use nothing specific to draft 2020-12 (no ``prefixItems``,
``unevaluatedProperties``, ``$dynamicRef``), so fastjsonschema's draft-07 engine reads them
with the same meaning; ``tests/test_fastschema.py`` checks the two agree on every example.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from govlint.sources import schema_files

FastValidator = Callable[[Any], Any]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "govlint"


def _key(texts: dict[str, str], version: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{sys.version}\0fastjsonschema {version}\0".encode())
    for name in sorted(texts):
        h.update(name.encode() + b"\0" + texts[name].encode() + b"\0")
    return h.hexdigest()


def _generate(texts: dict[str, str], kinds: dict[str, str]) -> dict[str, bytes]:
    import fastjsonschema

    loaded = {name: json.loads(text) for name, text in texts.items()}

    def resolve(uri: str) -> Any:
        return loaded[uri.rsplit("/", 1)[-1].split("#", 1)[0]]

    out: dict[str, bytes] = {}
    for kind, stem in kinds.items():
        schema = dict(loaded[f"{stem}.schema.json"])
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        del schema["$id"]  # the entry function is then named `validate`, not after the URL
        # refs resolve against the schemas' https $ids: answered from the files, never fetched
        handlers = {"": resolve, "http": resolve, "https": resolve}
        code = fastjsonschema.compile_to_code(schema, handlers=handlers, use_default=False)
        out[kind] = marshal.dumps(compile(code, f"<govlint schema {stem}>", "exec"))
    return out


def _load_or_generate(kinds: dict[str, str]) -> dict[str, bytes]:
    import fastjsonschema

    texts = {p.name: p.read_text(encoding="utf-8") for p in schema_files()}
    path = cache_dir() / f"schemas-{_key(texts, fastjsonschema.VERSION)}.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        cached = marshal.loads(path.read_bytes())
        if isinstance(cached, dict) and set(cached) == set(kinds):
            return cached
    compiled = _generate(texts, kinds)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(compiled))
        os.replace(tmp, path)  # atomic: overlapping runs never read half a file
    return compiled


@cache
def validators(kinds: tuple[tuple[str, str], ...]) -> dict[str, FastValidator]:
    """kind -> a function that returns on a valid document and raises otherwise."""
    result: dict[str, FastValidator] = {}
    for kind, blob in _load_or_generate(dict(kinds)).items():
        namespace: dict[str, Any] = {}
        exec(marshal.loads(blob), namespace)  # code generated from our own schemas
        result[kind] = namespace["validate"]
    return result


def is_valid(kinds: dict[str, str], kind: str, data: Any) -> bool:
    """True when ``data`` certainly matches; False means "ask jsonschema"."""
    try:
        validate = validators(tuple(sorted(kinds.items())))[kind]
    except Exception:  # fastjsonschema missing or unable: fall back to jsonschema
        return False
    try:
        validate(data)
    except Exception:  # JsonSchemaException, or a type it does not handle (a date)
        return False
    return True
