"""``govlint schema``: the model format's JSON Schemas, for editors and other tools."""

from __future__ import annotations

import sys
from pathlib import Path

from govlint.commands import stdout
from govlint.textsafe import terminal


def run_schema(name: str | None, out_dir: Path | None) -> int:
    """Print the schema ``name``, or write them all into ``out_dir``. 2: unknown name, or
    neither given."""
    from govlint.schemaexport import export_schemas, find_schema, schema_names

    out = stdout()
    if out_dir is not None:
        for path in export_schemas(out_dir):
            out.write(f"{terminal(str(path))}\n")
        return 0
    found = find_schema(name) if name else None
    if found is None:
        known = ", ".join(n.removesuffix(".schema.json") for n in schema_names())
        what = f"no schema named '{name}'" if name else "name a schema or give --out"
        print(f"govlint: error: {terminal(what)}; the schemas are: {known}", file=sys.stderr)
        return 2
    out.write(found.read_text(encoding="utf-8"))
    return 0
