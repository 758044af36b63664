"""Configuration: ``[tool.govlint]`` in pyproject.toml, or ``.govlint.yaml``.

::

    [tool.govlint]
    model = "governance"            # the model directory, relative to the config file
    language = "fi"                 # the handbook's and the diff's language (BCP 47);
                                    # default: the model's main language (Agreement.language)
    handbook-url = "https://example.org/handbook/"   # where the handbook is published
    rule-reference = "govlint/"     # its rule reference page, relative to handbook-url
    [tool.govlint.rules]
    GOV061 = "off"                  # by code or slug: error | warning | info | off
    missing-chair = "info"
    [[tool.govlint.waivers]]
    rule = "GOV062"                 # code or slug
    path = "governance/bodies/*.yaml"   # optional glob, relative to the project root
    element = "steering-group"      # optional element id
    reason = "Costs are agreed in the separate service agreement."   # required

``handbook-url`` and ``rule-reference`` are optional: with both, SARIF links every rule to
``<handbook-url><rule-reference>#gov030`` (the rule's anchor in the handbook's rule
reference); without them it gives no link rather than guess one.

A waived finding is not counted; the summary lists it with its reason. Configuration problems
raise :class:`ConfigError` (exit code 2, one clear line). The configured ``model`` must lie
inside the project (links resolved): a repository cannot point its check at ``/`` or at a
directory of the machine it runs on. A model elsewhere is checked by naming it explicitly
(``govlint check DIR``, the MkDocs plugin's ``model`` option). Configuration files are read
like model files: bounded, and ``.govlint.yaml`` by govlint's own safe loader.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govlint.findings import Finding, Loc, Severity

CONFIG_FILES = (".govlint.yaml", "pyproject.toml")
DEFAULT_MODEL = "governance"
_MODEL_KEY = re.compile(r"\s*model\s*[=:]")
LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "off": None}


class ConfigError(Exception):
    """A configuration file is wrong; the message says where and how to fix it."""


@dataclass(frozen=True)
class Waiver:
    rule: str
    reason: str
    path: str | None = None
    element: str | None = None

    def matches(self, finding: Finding, code_of: dict[str, str]) -> bool:
        if code_of.get(self.rule, self.rule) != finding.code:
            return False
        if self.path is not None and not fnmatch.fnmatch(finding.loc.file, self.path):
            return False
        return self.element is None or self.element == finding.element


@dataclass
class Config:
    project_root: Path
    model_dir: Path
    severities: dict[str, Severity | None] = field(default_factory=dict)  # code -> level
    waivers: list[Waiver] = field(default_factory=list)
    file: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    language: str | None = None  # the readers' language; None: the model's main language
    handbook_url: str | None = None  # the published handbook, ending in "/"
    rule_reference: str | None = None  # its rule reference page, relative to handbook_url

    def rule_help(self, codes: Iterable[str]) -> dict[str, str]:
        """Rule code -> the URL of its entry in the published rule reference (none when
        the project does not say where that is)."""
        if not self.handbook_url or self.rule_reference is None:
            return {}
        page = self.handbook_url + self.rule_reference
        return {code: f"{page}#{code.lower()}" for code in codes}

    def model_setting_loc(self) -> Loc | None:
        """Where the configuration names the model directory: the place to show findings
        about the model as a whole. None without a configuration file."""
        if self.file is None:
            return None
        from govlint.sources import display_path

        shown = display_path(self.file)
        try:
            lines = _read_bytes(self.file).decode("utf-8").splitlines()
        except (ConfigError, UnicodeDecodeError):
            return Loc(shown, 1, 1)
        in_section = self.file.name != "pyproject.toml"
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped.startswith("["):
                in_section = stripped == "[tool.govlint]"
            elif in_section and _MODEL_KEY.match(line):
                return Loc(shown, number, len(line) - len(line.lstrip()) + 1)
        return Loc(shown, 1, 1)

    def fingerprint(self) -> str:
        """Stable text of everything that can change a check's result (for the cache key)."""
        import json

        return json.dumps(
            {"raw": self.raw, "model": str(self.model_dir)}, sort_keys=True, default=str
        )


def find_project_root(start: Path) -> tuple[Path, Path | None]:
    """The nearest directory at or above ``start`` with a govlint config, else git root/start."""
    start = start.resolve()
    for directory in (start, *start.parents):
        yaml_cfg = directory / ".govlint.yaml"
        if yaml_cfg.is_file():
            return directory, yaml_cfg
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and b"[tool.govlint" in _read_bytes(pyproject):
            return directory, pyproject
        if (directory / ".git").exists():
            return directory, None
    return start, None


def load_config(
    cwd: Path, model_arg: Path | None = None, config_file: Path | None = None
) -> Config:
    """Read the configuration that applies at ``cwd``; ``model_arg`` overrides the model path."""
    if config_file is not None:
        if not config_file.is_file():
            raise ConfigError(f"{config_file}: no such configuration file")
        root = config_file.resolve().parent
        cfg_path: Path | None = config_file.resolve()
    else:
        root, cfg_path = find_project_root(cwd)
    raw = _read(cfg_path) if cfg_path else {}
    allowed = {"model", "language", "rules", "waivers", "handbook-url", "rule-reference"}
    unknown = set(raw) - allowed
    if unknown:
        raise ConfigError(
            f"{cfg_path}: unknown govlint setting(s) {sorted(unknown)}; allowed: {sorted(allowed)}"
        )
    model_value = raw.get("model", DEFAULT_MODEL)
    if not isinstance(model_value, str):
        raise ConfigError(f"{cfg_path}: 'model' must be a path (text)")
    model_dir = model_arg if model_arg is not None else _inside(root, model_value, cfg_path)
    language = raw.get("language")
    if language is not None:
        from govlint.l10n import catalog_for, catalog_languages

        if not isinstance(language, str) or catalog_for(language) is None:
            raise ConfigError(
                f"{cfg_path}: 'language' must be a language govlint has texts in "
                f"({', '.join(catalog_languages())}), not {language!r}"
            )
    severities: dict[str, Severity | None] = {}
    rules_cfg = raw.get("rules", {})
    if rules_cfg or raw.get("waivers"):
        from govlint.rules import code_for  # the registry is needed only to read these

    if not isinstance(rules_cfg, dict):
        raise ConfigError(f"{cfg_path}: 'rules' must be a table of rule = level")
    for name, level in rules_cfg.items():
        code = code_for(str(name))
        if code is None:
            raise ConfigError(f"{cfg_path}: unknown rule '{name}' in rules; see `govlint rules`")
        if not isinstance(level, str) or level.lower() not in LEVELS:
            raise ConfigError(
                f"{cfg_path}: rule '{name}': level must be one of "
                f"{', '.join(LEVELS)}, not {level!r}"
            )
        severities[code] = LEVELS[level.lower()]
    waivers = []
    waivers_cfg = raw.get("waivers", [])
    if not isinstance(waivers_cfg, list):
        raise ConfigError(f"{cfg_path}: 'waivers' must be a list")
    for i, w in enumerate(waivers_cfg):
        if not isinstance(w, dict):
            raise ConfigError(f"{cfg_path}: waiver #{i + 1} must be a table")
        rule, reason = w.get("rule"), w.get("reason")
        if not isinstance(rule, str) or code_for(rule) is None:
            raise ConfigError(
                f"{cfg_path}: waiver #{i + 1}: 'rule' must name a rule (code or slug), got {rule!r}"
            )
        if not isinstance(reason, str) or len(reason.strip()) < 5:
            raise ConfigError(
                f"{cfg_path}: waiver #{i + 1} ({rule}): a waiver must state its 'reason'"
            )
        extra = set(w) - {"rule", "reason", "path", "element"}
        if extra:
            raise ConfigError(f"{cfg_path}: waiver #{i + 1}: unknown key(s) {sorted(extra)}")
        for key in ("path", "element"):
            if key in w and not isinstance(w[key], str):
                raise ConfigError(
                    f"{cfg_path}: waiver #{i + 1} ({rule}): '{key}' must be text "
                    f"(a {'glob' if key == 'path' else 'model element id'}), got {w[key]!r}"
                )
        waivers.append(
            Waiver(
                rule=code_for(rule) or rule,
                reason=reason.strip(),
                path=w.get("path"),
                element=w.get("element"),
            )
        )
    handbook_url, rule_reference = _handbook_urls(raw, cfg_path)
    return Config(
        project_root=root,
        model_dir=model_dir,
        severities=severities,
        waivers=waivers,
        file=cfg_path,
        raw=raw,
        handbook_url=handbook_url,
        rule_reference=rule_reference,
        language=language,
    )


def _handbook_urls(raw: dict[str, Any], cfg_path: Path | None) -> tuple[str | None, str | None]:
    url, page = raw.get("handbook-url"), raw.get("rule-reference")
    if url is not None:
        if not isinstance(url, str) or not re.fullmatch(r"https?://[^\s?#]+", url):
            raise ConfigError(
                f"{cfg_path}: 'handbook-url' must be an http(s) URL without query or "
                f"fragment, like 'https://example.org/handbook/', not {url!r}"
            )
        url = url if url.endswith("/") else url + "/"
    if page is not None and (
        not isinstance(page, str) or not re.fullmatch(r"(?![/.])[^\s?#:]*", page)
    ):
        raise ConfigError(
            f"{cfg_path}: 'rule-reference' must be the rule reference page's path relative "
            f"to handbook-url, like 'rules/', not {page!r}"
        )
    return url, page


def _inside(root: Path, model: str, cfg_path: Path | None) -> Path:
    """The configured model directory, which must be inside the project ``root``."""
    model_dir = root / model
    real_root = os.path.realpath(root)
    real = os.path.realpath(model_dir)
    if real != real_root and not real.startswith(real_root.rstrip(os.sep) + os.sep):
        raise ConfigError(
            f"{cfg_path}: 'model' = {model!r} is outside the project {root}; a configuration "
            "keeps its model inside the project. To check a model elsewhere, name it: "
            "`govlint check DIR`"
        )
    return model_dir


def _read_bytes(path: Path) -> bytes:
    """A configuration file, read like a model file: bounded, regular files only."""
    from govlint.sources import MAX_FILE_BYTES, Refused, read_bounded

    try:
        return read_bounded(path, MAX_FILE_BYTES)
    except Refused as exc:
        raise ConfigError(f"{path}: cannot be read: it {exc.message}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None


def _read(path: Path) -> dict[str, Any]:
    data = _read_bytes(path)
    if path.name == "pyproject.toml":
        try:
            document = tomllib.loads(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}: cannot be read: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        tool = document.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: 'tool' must be a table ([tool.govlint] lives in it)")
        section = tool.get("govlint", {})
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: 'tool.govlint' must be a table")
        return section
    return _read_yaml(path, data)


def _read_yaml(path: Path, data: bytes) -> dict[str, Any]:
    """``.govlint.yaml`` through govlint's own loader: safe, with its limits (an alias bomb
    or deep nesting is refused), and with a line and column for a problem."""
    from govlint.sources import SourceFile
    from govlint.yamlload import load_document

    lines = data.decode("utf-8", "replace").splitlines()
    if all(not line.strip() or line.lstrip().startswith("#") for line in lines):
        return {}  # empty, or only comments: nothing configured
    doc, findings = load_document(SourceFile(str(path), data))
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise ConfigError(f"{errors[0].loc}: not valid YAML: {errors[0].message}")
    if doc is None or not isinstance(doc.data, dict):
        raise ConfigError(f"{path}: the govlint configuration must be a mapping")
    return doc.data
