"""Subcommands: each a function that does the work and returns an exit code.

The click layer (:mod:`govlint.cli`) only parses options and calls these.
"""
