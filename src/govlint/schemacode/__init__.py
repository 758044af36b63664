"""Schema validators generated from ``schemas/`` by fastjsonschema: do not edit.

Regenerate with ``python3 scripts/update_golden.py schemacode`` after changing a
schema. :mod:`govlint.fastschema` imports these modules only while ``SCHEMA_DIGEST``
is the digest of the schemas in use; otherwise it generates the code in memory.
"""

SCHEMA_DIGEST = "83b40d6ad52655d44b2d2de98c04ae52b92fc802"
GENERATOR = "fastjsonschema 2.22.3"
