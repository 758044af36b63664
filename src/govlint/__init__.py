"""govlint: validate, publish and compare governance models kept as code."""

from __future__ import annotations

__version__ = "0.1.0"
API_VERSION = "govlint/v1"
