"""Schema validators generated from ``schemas/`` by fastjsonschema: do not edit.

Regenerate with ``python3 scripts/update_golden.py schemacode`` after changing a
schema. :mod:`govlint.fastschema` imports these modules only while ``SCHEMA_DIGEST``
is the digest of the schemas in use; otherwise it generates the code in memory.
"""

SCHEMA_DIGEST = "c14b97d7745174147670a79f6d2c81beb0466018"
GENERATOR = "fastjsonschema 2.22.3"
