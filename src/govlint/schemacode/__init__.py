"""Schema validators generated from ``schemas/`` by fastjsonschema: do not edit.

Regenerate with ``python3 scripts/update_golden.py schemacode`` after changing a
schema. :mod:`govlint.fastschema` imports these modules only while ``SCHEMA_DIGEST``
is the digest of the schemas in use; otherwise it generates the code in memory.
"""

SCHEMA_DIGEST = "28d779951c35e4428f0c22f3eb10bf543d8573d7"
GENERATOR = "fastjsonschema 2.22.3"
