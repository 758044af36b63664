"""The schemas for other tools: printed, exported to a directory, published with the handbook.

Each schema's ``$id`` is its address in the published handbook (``<handbook>/schemas/v1/
<name>``), and its ``$ref``s are relative, so a copy works wherever the set stays together:
in this repository (the model files' modelines name ``../schemas/...``), in the built site,
or in another repository that exports them with ``govlint schema --out``.
"""

from __future__ import annotations

from pathlib import Path

from govlint.sources import schema_files

SITE_DIR = "schemas/v1"  # where the handbook publishes them; the $ids name this path


def schema_names() -> list[str]:
    return [p.name for p in schema_files()]


def find_schema(name: str) -> Path | None:
    """A schema by file name (``body.schema.json``), stem (``body``, ``matter-type``) or
    document kind (``Body``, ``MatterType``)."""
    from govlint.schemacheck import KIND_SCHEMAS

    stem = KIND_SCHEMAS.get(name, name).lower().removesuffix(".json").removesuffix(".schema")
    return next((p for p in schema_files() if p.name == f"{stem}.schema.json"), None)


def published_schemas(handbook_url: str | None) -> dict[str, bytes]:
    """Site path -> content, for the site engines to publish (byte for byte the sources),
    when the handbook being built is the one the schemas' ``$id``s name (``handbook_url``,
    the project's ``[tool.govlint] handbook-url``); otherwise nothing.

    A site is where its schemas' ``$id`` says, or it does not publish them: a copy published
    elsewhere would still name the format's home, and validators resolve the relative
    ``$ref``s against the ``$id``, not against where the copy was found. Another project's
    editors use the format's published address, or a copy exported with ``govlint schema
    --out``."""
    if not handbook_url:
        return {}
    from govlint.schemahints import schemas

    home = f"{handbook_url.rstrip('/')}/{SITE_DIR}/"
    ids = [schema.get("$id") for schema in schemas().values()]
    if not all(isinstance(i, str) and i.startswith(home) for i in ids):
        return {}
    return {f"{SITE_DIR}/{p.name}": p.read_bytes() for p in schema_files()}


def export_schemas(out_dir: Path) -> list[Path]:
    """Write every schema into ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in schema_files():
        target = out_dir / path.name
        target.write_bytes(path.read_bytes())
        written.append(target)
    return written
