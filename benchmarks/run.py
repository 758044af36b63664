#!/usr/bin/env python3
"""Benchmark ``govlint check`` against its baselines, all measured in one run.

    python3 benchmarks/run.py                  # full run (about two minutes)
    python3 benchmarks/run.py --quick          # fewer repetitions
    python3 benchmarks/run.py --json out.json  # also write machine-readable results
    python3 benchmarks/run.py --python .venv/bin/python --skip-handbook

Every figure is the wall clock of a child process (``subprocess``; peak memory from
``os.wait4``'s rusage of that child), the median of several repetitions. Small commands are
run round-robin, so that a noisy machine slows every command of a repetition alike; the ratios
against baselines measured in the same run are what count, not the absolute times.

Measured:

1. ``govlint check --no-cache`` (cold) on the repository's model, against ``check-jsonschema``
   validating the same files against the same schemas: one invocation per document kind
   (each takes one schema), summed; and one invocation alone (the largest kind).
2. ``python -c pass`` and ``python -c "import yaml, jsonschema, networkx, click"`` (and
   ``python -S -c pass``, to show what the site's .pth files cost).
3. ``govlint check`` with its cache populated and the model unchanged (warm), also minus the
   bare interpreter start.
4. Synthetic consortia (``benchmarks/synth.py``; 30 and 300 cities): cold check time and peak
   memory, the growth ratio, and the handbook build: ``mkdocs build --strict`` with the
   repository's ``mkdocs.yml`` (theme, features, extensions, ``docs/``) in a temporary
   directory, its ``govlint`` plugin pointed at the synthetic model; and the same build with
   the plugin's ``workers: 1`` (MkDocs rendering every page itself, as without the plugin's
   worker processes) as its baseline. A failing build is reported as not measurable, with its
   last error line.

The repository's model is checked in a temporary copy of the project (``pyproject.toml`` and
``governance/``), so the benchmark never writes a cache into the working tree; the measured
commands get their own ``XDG_CACHE_HOME``, filled by the warm-up run. "empty user cache" is the
very first run of a new install: govlint keeps nothing there any more (its schema validators
ship with the package), so it should measure as the cold check does.
``--pythonpath DIR`` measures a patched copy of the package instead of the installed one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import synth  # noqa: E402  (the sibling script)

KIND_SCHEMAS = {  # as govlint.schemacheck.KIND_SCHEMAS; kept here so any python can be given
    "Agreement": "agreement",
    "AgreementText": "agreement-text",
    "Party": "party",
    "Tier": "tier",
    "Body": "body",
    "Role": "role",
    "MatterType": "matter-type",
    "Goal": "goal",
    "Commitment": "commitment",
    "Approval": "approval",
}
IMPORTS = "import yaml, jsonschema, networkx, click"


# --- running and timing ----------------------------------------------------------------------


@dataclass
class Sample:
    wall: float  # seconds
    rss_kb: int  # peak resident set size of the child
    rc: int
    out: str = ""
    err: str = ""


ENV: dict[str, str] = dict(os.environ)  # the children's environment (see configure_env)


def configure_env(work: Path, bytecode_cache: bool, pythonpath: str | None) -> dict[str, str]:
    """The environment every measured command runs in.

    ``bytecode_cache``: let the children cache bytecode in a private directory (as any normal
    install does) even where PYTHONDONTWRITEBYTECODE is set, without writing into the tree.
    ``pythonpath``: put a patched copy of the package first (to measure a proposed change).
    """
    env = dict(os.environ)
    # govlint keeps generated schema code in the user's cache directory: keep the benchmark's
    # own there, so it starts from a known state and leaves the user's alone.
    env["XDG_CACHE_HOME"] = str(work / "xdg-cache")
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(Path(pythonpath).resolve()), env.get("PYTHONPATH")) if p
        )
    ENV.clear()
    ENV.update(env)
    return env


def run_once(
    cmd: Sequence[str], cwd: Path, timeout: float | None = None, env: dict[str, str] | None = None
) -> Sample:
    """Run ``cmd`` once; wall clock and the child's own peak RSS (``wait4``).

    On ``timeout`` the child's process group is killed and the sample has ``rc`` -9.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd),
            cwd=cwd,
            env=env or ENV,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=timeout is not None,
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, 0 if timeout is None else os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:  # type: ignore[operator]
                os.killpg(proc.pid, signal.SIGKILL)
                timeout = None  # now wait for it
            else:
                time.sleep(0.05)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        out.seek(0)
        err.seek(0)
        return Sample(
            wall,
            rss,
            proc.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
        )


@dataclass
class Bench:
    name: str
    cmd: list[str]
    cwd: Path
    samples: list[Sample] = field(default_factory=list)
    ok: Callable[[Sample], bool] = lambda s: s.rc == 0
    fresh_caches: bool = False  # every run with an empty XDG cache directory

    @property
    def median(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def rss_mb(self) -> float:
        return max(s.rss_kb for s in self.samples) / 1024

    def failed(self) -> Sample | None:
        return next((s for s in self.samples if not self.ok(s)), None)

    def as_json(self) -> dict[str, Any]:
        walls = [s.wall for s in self.samples]
        return {
            "cmd": self.cmd,
            "median_s": self.median,
            "min_s": min(walls),
            "max_s": max(walls),
            "samples_s": walls,
            "peak_rss_mb": self.rss_mb,
            "ok": self.failed() is None,
        }


def round_robin(benches: list[Bench], reps: int, warmup: int = 1) -> None:
    """Run every bench ``warmup + reps`` times, interleaved; keep the last ``reps``."""
    for i in range(warmup + reps):
        for bench in benches:
            env = None
            if bench.fresh_caches:
                env = dict(ENV, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="xdg-", dir=bench.cwd))
            sample = run_once(bench.cmd, bench.cwd, env=env)
            if env is not None:
                shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
            if i >= warmup:
                bench.samples.append(sample)


# --- tools -------------------------------------------------------------------------------------


def script_cmd(python: str, script: str, module: str) -> list[str]:
    """How to run a console script with ``python``: the script next to it, else ``-m``."""
    candidate = Path(python).parent / script
    if candidate.is_file():
        head = candidate.read_bytes()[:200]
        if head.startswith(b"#!") and b"python" in head.split(b"\n", 1)[0]:
            return [python, str(candidate)]
    probe = subprocess.run(
        [python, "-c", f"import {module.split('.')[0]}"], capture_output=True, check=False, env=ENV
    )
    if probe.returncode == 0:
        return [python, "-m", module]
    found = shutil.which(script)
    if found is None:
        raise SystemExit(f"run.py: cannot find {script} for {python}")
    return [found]


def tool_version(cmd: list[str]) -> str:
    res = subprocess.run([*cmd, "--version"], capture_output=True, text=True, check=False, env=ENV)
    return (res.stdout or res.stderr).strip().splitlines()[-1] if res.returncode == 0 else "?"


def files_by_kind(model: Path) -> dict[str, list[str]]:
    """Model files grouped by their document kind (parsed here, outside any timing)."""
    groups: dict[str, list[str]] = {}
    for path in sorted(model.rglob("*.y*ml")):
        kind = yaml.safe_load(path.read_text(encoding="utf-8")).get("kind")
        groups.setdefault(kind, []).append(str(path))
    return groups


def cj_benches(cj: list[str], model: Path, cwd: Path, prefix: str) -> list[Bench]:
    benches = []
    for kind, paths in sorted(files_by_kind(model).items(), key=lambda kv: -len(kv[1])):
        schema = ROOT / "schemas" / f"{KIND_SCHEMAS[kind]}.schema.json"
        benches.append(Bench(f"{prefix}{kind}", [*cj, "--schemafile", str(schema), *paths], cwd))
    return benches


def govlint_clean(sample: Sample) -> bool:
    return sample.rc == 0 and " 0 errors" in sample.out


# --- the benchmark -----------------------------------------------------------------------------


def project_copy(work: Path) -> Path:
    """pyproject.toml and governance/ in a temporary project directory."""
    project = work / "project"
    project.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    shutil.copytree(ROOT / "governance", project / "governance")
    return project


SUPPRESSION_FILES, SUPPRESSIONS = 6, 24_000


def suppression_project(work: Path) -> Path:
    """The repository's project with 24 000 suppression comments stacked at the top of six of
    its files (1 MB each, a character beyond Latin-1 in every comment; they apply to the first
    line of YAML): the case of issue #13 whose quadratic parse took 40 s. The check stays
    clean."""
    project = work / "suppressions"
    project.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    shutil.copytree(ROOT / "governance", project / "governance")
    comment = "# govlint: disable=GOV061 syy – peruste\n" * SUPPRESSIONS
    for path in sorted((project / "governance").rglob("*.yaml"))[:SUPPRESSION_FILES]:
        path.write_text(comment + path.read_text(encoding="utf-8"), encoding="utf-8")
    return project


def handbook_config(
    model: Path, site: Path, extra: dict[str, Any] | None = None
) -> tuple[dict[str, Any], str]:
    """The repository's mkdocs.yml (theme, features, extensions, docs/) pointed at ``model``,
    its govlint plugin also given the options ``extra``.

    Falls back to a minimal configuration (MkDocs' own theme) when there is none.
    """
    source = ROOT / "mkdocs.yml"
    config: Any = None
    if source.is_file():
        try:
            config = yaml.safe_load(source.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            config = None
    origin = "the repository's mkdocs.yml"
    if not isinstance(config, dict):
        config, origin = {"site_name": f"Synthetic consortium ({model.name})"}, "minimal"
    if (ROOT / "docs").is_dir() and origin != "minimal":
        shutil.copytree(ROOT / "docs", site / "docs")
    else:
        (site / "docs").mkdir(parents=True, exist_ok=True)
    config.update(docs_dir="docs", site_dir="site")
    plugins: list[Any] = []
    for plugin in config.get("plugins") or []:
        name = plugin if isinstance(plugin, str) else next(iter(plugin), None)
        if name != "govlint":
            plugins.append(plugin)
    options: dict[str, Any] = next(
        (
            p["govlint"]
            for p in config.get("plugins") or []
            if isinstance(p, dict) and isinstance(p.get("govlint"), dict)
        ),
        {},
    )
    # One language: the handbook's target is for a one-language build (the repository's
    # mkdocs.yml also builds English under en/, a second build of the same size).
    options.pop("languages", None)
    plugins.append({"govlint": {**options, **(extra or {}), "model": str(model)}})
    config["plugins"] = plugins
    return config, origin


def handbook(
    python: str,
    model: Path,
    work: Path,
    timeout: float,
    extra: dict[str, Any] | None = None,
    label: str = "",
) -> dict[str, Any]:
    """Build the handbook of ``model`` with MkDocs (the govlint plugin also given the options
    ``extra``); not measurable if the build fails."""
    site = work / f"handbook-{model.name}{label}"
    site.mkdir(parents=True)
    config, origin = handbook_config(model, site, extra)
    path = site / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    sample = run_once(
        [python, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(path)], site, timeout=timeout
    )
    result: dict[str, Any] = {
        "ok": sample.rc == 0,
        "seconds": sample.wall,
        "peak_rss_mb": sample.rss_kb / 1024,
        "config": origin,
    }
    built = site / "site"
    if built.is_dir():
        result["pages"] = sum(1 for _ in built.rglob("*.html"))
        result["site_mb"] = sum(f.stat().st_size for f in built.rglob("*") if f.is_file()) / 2**20
    if sample.rc == -signal.SIGKILL:
        result["timed_out"] = True
        result["error"] = f"timed out after {timeout:.0f} s"
    elif sample.rc != 0:
        lines = [ln for ln in (sample.err + sample.out).splitlines() if ln.strip()]
        result["error"] = lines[-1] if lines else f"exit code {sample.rc}"
    return result


def measure(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    # the commands run in other directories: a relative path (".venv/bin/python") is made
    # absolute, a bare name is looked up on PATH
    python = shutil.which(args.python) or args.python
    python = os.path.abspath(python) if os.sep in python else python
    started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    configure_env(work, args.bytecode_cache, args.pythonpath)
    govlint = script_cmd(python, "govlint", "govlint.cli")
    cj = script_cmd(python, "check-jsonschema", "check_jsonschema")
    project = project_copy(work)
    model = project / "governance"
    reps = args.reps or (3 if args.quick else 10)
    big_reps = args.big_reps or (1 if args.quick else 3)
    say = (lambda *a: None) if args.json == "-" else (lambda m: print(m, file=sys.stderr))

    # 1-3: the repository's model and the interpreter baselines, round-robin.
    bare = Bench("python -c pass", [python, "-c", "pass"], project)
    nosite = Bench("python -S -c pass", [python, "-S", "-c", "pass"], project)
    imports = Bench(
        "python -c 'import yaml, jsonschema, networkx, click'", [python, "-c", IMPORTS], project
    )
    cold = Bench(
        "govlint check --no-cache", [*govlint, "check", "--no-cache"], project, ok=govlint_clean
    )
    first = Bench(
        "govlint check --no-cache, empty user cache",
        [*govlint, "check", "--no-cache"],
        project,
        ok=govlint_clean,
        fresh_caches=True,
    )
    warm = Bench("govlint check (warm cache)", [*govlint, "check"], project, ok=govlint_clean)
    suppressed = Bench(
        f"govlint check --no-cache, {SUPPRESSION_FILES} files of {SUPPRESSIONS} suppressions",
        [*govlint, "check", "--no-cache"],
        suppression_project(work),
        ok=govlint_clean,
    )
    cjs = cj_benches(cj, model, project, "check-jsonschema ")
    populate = run_once(warm.cmd, project)
    if not govlint_clean(populate):
        raise SystemExit(
            f"run.py: govlint check fails on the model:\n{populate.out[-2000:]}"
            f"{populate.err[-2000:]}"
        )
    say(f"run.py: repository model, {reps} repetitions of {len(cjs) + 7} commands ...")
    round_robin([bare, nosite, imports, cold, first, warm, suppressed, *cjs], reps)
    cj_sums = [sum(b.samples[i].wall for b in cjs) for i in range(reps)]
    single = cjs[0]  # the kind with the most files

    # 4: synthetic consortia.
    if not args.skip_handbook:
        # One unmeasured handbook build first, as the small commands have their warm-up round:
        # it compiles MkDocs, Material, Markdown and the handbook code into the bytecode cache,
        # which the first measured build would otherwise pay for.
        say("run.py: warming up the handbook build ...")
        handbook(python, model, work, args.handbook_timeout)
    synthetic: dict[str, Any] = {}
    for n in args.sizes:
        out = work / f"synth-{n}"
        t0 = time.perf_counter()
        counts = synth.write_model(n, out)
        made = time.perf_counter() - t0
        say(
            f"run.py: {n} cities: {sum(counts.values())} files (written in {made:.1f} s); "
            f"checking {big_reps}x ..."
        )
        check = Bench(
            f"govlint check --no-cache ({n} cities)",
            [*govlint, "check", "--no-cache", str(out)],
            work,
            ok=govlint_clean,
        )
        round_robin([check], big_reps, warmup=0)
        entry: dict[str, Any] = {
            "parties": n,
            "files": sum(counts.values()),
            "documents": counts,
            "check": check.as_json(),
        }
        bad = check.failed()
        if bad is not None:
            entry["check"]["error"] = (bad.out + bad.err)[-1500:]
        if args.cj_synthetic and not args.quick:
            benches = cj_benches(cj, out, work, f"check-jsonschema {n} ")
            round_robin(benches, 1, warmup=0)
            entry["check_jsonschema_sum_s"] = sum(b.median for b in benches)
            entry["check_jsonschema_ok"] = all(b.failed() is None for b in benches)
        if not args.skip_handbook:
            say(f"run.py: {n} cities: handbook build ...")
            entry["handbook"] = handbook(python, out, work, args.handbook_timeout)
            if args.handbook_baseline and not args.quick:
                # the baseline: the same build with MkDocs rendering every page itself
                say(f"run.py: {n} cities: handbook build, MkDocs alone (workers: 1) ...")
                entry["handbook_alone"] = handbook(
                    python, out, work, args.handbook_timeout, {"workers": 1}, "-alone"
                )
        synthetic[str(n)] = entry

    return {
        "date": started,
        "machine": {
            "nproc": os.cpu_count(),
            "handbook_workers": _handbook_workers(python),
            "platform": platform.platform(),
            "python": python,
            "python_version": subprocess.run(
                [python, "-c", "import sys; print(sys.version.split()[0])"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip(),
            "memory": _mem_total(),
        },
        "revision": _revision(),
        "tools": {
            "govlint": " ".join(govlint),
            "govlint_version": tool_version(govlint),
            "check_jsonschema": " ".join(cj),
            "check_jsonschema_version": tool_version(cj),
        },
        "repetitions": {"small": reps, "large": big_reps},
        "environment": {
            "bytecode": "cached (private PYTHONPYCACHEPREFIX)"
            if args.bytecode_cache
            else (
                "not cached (PYTHONDONTWRITEBYTECODE is set)"
                if ENV.get("PYTHONDONTWRITEBYTECODE")
                else "as the environment caches it"
            ),
            "pythonpath": ENV.get("PYTHONPATH", ""),
        },
        "repository_model": {
            "files": sum(len(b.cmd) - len(cj) - 2 for b in cjs),
            "python_pass": bare.as_json(),
            "python_nosite_pass": nosite.as_json(),
            "python_imports": imports.as_json(),
            "govlint_cold": cold.as_json(),
            "govlint_cold_empty_user_cache": first.as_json(),
            "govlint_warm": warm.as_json(),
            "govlint_suppressions": suppressed.as_json(),
            "check_jsonschema": {
                b.name.split()[-1]: {**b.as_json(), "files": len(b.cmd) - len(cj) - 2} for b in cjs
            },
            "check_jsonschema_sum_median_s": statistics.median(cj_sums),
            "check_jsonschema_single": {
                "kind": single.name.split()[-1],
                "files": len(single.cmd) - len(cj) - 2,
                "median_s": single.median,
            },
        },
        "synthetic": synthetic,
    }


def _revision() -> str:
    """The commit measured, ``+dirty`` when src/ or schemas/ differ from it."""

    def git(*args: str) -> str:
        res = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
        )
        return res.stdout.strip() if res.returncode == 0 else ""

    rev = git("rev-parse", "--short", "HEAD") or "?"
    return rev + ("+dirty" if git("status", "--porcelain", "--", "src", "schemas") else "")


def _mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "?"


# --- report ------------------------------------------------------------------------------------


def verdicts(r: dict[str, Any]) -> list[tuple[str, str, str, bool | None]]:
    """(what, measured, target, passed) for every target of the issue."""
    repo = r["repository_model"]
    cold = repo["govlint_cold"]["median_s"]
    cj_sum = repo["check_jsonschema_sum_median_s"]
    cj_one = repo["check_jsonschema_single"]["median_s"]
    warm = repo["govlint_warm"]["median_s"]
    rows: list[tuple[str, str, str, bool | None]] = [
        (
            "cold check / check-jsonschema (sum of kinds)",
            f"{cold / cj_sum:.2f}x",
            "<= 1.0x",
            cold <= cj_sum,
        ),
        (
            "cold check / check-jsonschema (sum of kinds)",
            f"{cold / cj_sum:.2f}x",
            "< 0.75x",
            cold < 0.75 * cj_sum,
        ),
        (
            "cold check / check-jsonschema (one invocation)",
            f"{cold / cj_one:.2f}x",
            "<= 1.0x",
            cold <= cj_one,
        ),
        (
            "cold check / check-jsonschema (one invocation)",
            f"{cold / cj_one:.2f}x",
            "< 0.75x",
            cold < 0.75 * cj_one,
        ),
        ("warm re-check", _ms(warm), "< 100 ms", warm < 0.100),
    ]
    synth_runs = r["synthetic"]
    for n, entry in synth_runs.items():
        ok = entry["check"]["ok"]
        rows.append(
            (f"{n} cities: check clean (0 errors, exit 0)", "yes" if ok else "NO", "clean", ok)
        )
    if "300" in synth_runs:
        big = synth_runs["300"]["check"]
        rows.append(("300 cities: cold check", _s(big["median_s"]), "< 5 s", big["median_s"] < 5))
        rows.append(
            (
                "300 cities: peak memory",
                f"{big['peak_rss_mb']:.0f} MB",
                "< 300 MB",
                big["peak_rss_mb"] < 300,
            )
        )
    if "30" in synth_runs and "300" in synth_runs:
        small, big = synth_runs["30"]["check"], synth_runs["300"]["check"]
        growth = big["median_s"] / small["median_s"]
        rows.append(("growth 300/30 cities (time)", f"{growth:.1f}x", "<= 10x", growth <= 10))
        mem = big["peak_rss_mb"] / small["peak_rss_mb"]
        rows.append(("growth 300/30 cities (peak memory)", f"{mem:.1f}x", "<= 10x", mem <= 10))
    hb = synth_runs.get("300", {}).get("handbook")
    if hb is not None:
        if hb["ok"]:
            rows.append(
                ("300 cities: handbook build", _s(hb["seconds"]), "< 60 s", hb["seconds"] < 60)
            )
        elif hb.get("timed_out"):
            rows.append(("300 cities: handbook build", f"> {hb['seconds']:.0f} s", "< 60 s", False))
        else:
            rows.append(("300 cities: handbook build", "not measurable yet", "< 60 s", None))
    return rows


def _handbook_workers(python: str) -> int | None:
    """The processes the measured install's MkDocs plugin renders pages with by default (its
    usable CPUs: affinity and CPU quota), asked of that install itself; None if it cannot say."""
    code = "from govlint.handbook.mkdocs_render import usable_cpus; print(usable_cpus())"
    proc = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False)
    return int(proc.stdout) if proc.returncode == 0 and proc.stdout.strip().isdigit() else None


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def render(r: dict[str, Any]) -> str:
    repo = r["repository_model"]
    bare = repo["python_pass"]["median_s"]
    cj_sum = repo["check_jsonschema_sum_median_s"]
    workers = r["machine"].get("handbook_workers")
    lines = [
        f"govlint benchmark, {r['date']}; {r['machine']['nproc']} CPUs "
        f"(handbook rendered by {workers or '?'} processes), "
        f"{r['machine']['memory']}, Python {r['machine']['python_version']} "
        f"({r['machine']['python']}); {r['tools']['govlint_version']}, tree at "
        f"{r['revision']}, "
        f"{r['tools']['check_jsonschema_version']}",
        f"medians of {r['repetitions']['small']} (repository model) and "
        f"{r['repetitions']['large']} (synthetic) repetitions; bytecode "
        f"{r['environment']['bytecode']}"
        + (
            f"; PYTHONPATH={r['environment']['pythonpath']}"
            if r["environment"]["pythonpath"]
            else ""
        ),
        "",
    ]
    rows: list[tuple[str, str, str, str]] = []

    def add(name: str, entry: dict[str, Any], note: str = "") -> None:
        rows.append(
            (
                name,
                _ms(entry["median_s"]) if entry["median_s"] < 10 else _s(entry["median_s"]),
                f"{entry['peak_rss_mb']:.0f} MB",
                note,
            )
        )

    files = repo["files"]
    add("python -c pass", repo["python_pass"], "1.00x bare")
    add(
        "python -S -c pass (no site/.pth)",
        repo["python_nosite_pass"],
        f"{repo['python_nosite_pass']['median_s'] / bare:.2f}x bare",
    )
    add(
        "python -c 'import yaml, jsonschema, networkx, click'",
        repo["python_imports"],
        f"{repo['python_imports']['median_s'] / bare:.2f}x bare",
    )
    cold = repo["govlint_cold"]["median_s"]
    add(
        f"govlint check --no-cache ({files} files)",
        repo["govlint_cold"],
        f"{cold / cj_sum:.2f}x cj sum, "
        f"{cold / repo['check_jsonschema_single']['median_s']:.2f}x cj one, "
        f"{cold / repo['python_imports']['median_s']:.2f}x imports",
    )
    add(
        "govlint check --no-cache, empty user cache",
        repo["govlint_cold_empty_user_cache"],
        "first run of an install (nothing is kept in the user cache)",
    )
    warm = repo["govlint_warm"]["median_s"]
    add("govlint check (warm cache)", repo["govlint_warm"], f"{_ms(warm - bare)} above bare python")
    if "govlint_suppressions" in repo:
        heavy = repo["govlint_suppressions"]
        add(
            f"govlint check --no-cache, {SUPPRESSION_FILES} x {SUPPRESSIONS} suppressions",
            heavy,
            f"{heavy['median_s'] / cold:.1f}x the cold check; "
            f"+{_ms((heavy['median_s'] - cold) / SUPPRESSION_FILES)} per 1 MB file",
        )
    for kind, entry in repo["check_jsonschema"].items():
        add(f"check-jsonschema {kind} ({entry['files']} files)", entry)
    rows.append(
        (
            f"check-jsonschema, {len(repo['check_jsonschema'])} invocations (sum)",
            _ms(cj_sum),
            "",
            f"{cj_sum / bare:.1f}x bare",
        )
    )
    for n, entry in r["synthetic"].items():
        c = entry["check"]
        add(
            f"govlint check --no-cache, {n} cities ({entry['files']} files)",
            c,
            "clean" if c["ok"] else "NOT CLEAN",
        )
        if "check_jsonschema_sum_s" in entry:
            rows.append(
                (
                    f"check-jsonschema, {n} cities (sum of kinds, 1 run)",
                    _s(entry["check_jsonschema_sum_s"]),
                    "",
                    f"govlint {c['median_s'] / entry['check_jsonschema_sum_s']:.2f}x",
                )
            )
        hb = entry.get("handbook")
        alone = entry.get("handbook_alone")
        if alone is not None and alone["ok"]:
            rows.append(
                (
                    f"mkdocs build --strict, {n} cities, workers: 1",
                    _s(alone["seconds"]),
                    f"{alone['peak_rss_mb']:.0f} MB",
                    "MkDocs renders every page itself",
                )
            )
        if hb is not None:
            ratio = (
                f"{hb['seconds'] / alone['seconds']:.2f}x workers: 1; "
                if hb["ok"] and alone is not None and alone["ok"]
                else ""
            )
            rows.append(
                (
                    f"mkdocs build --strict, {n} cities",
                    _s(hb["seconds"])
                    if hb["ok"]
                    else (f"> {hb['seconds']:.0f} s" if hb.get("timed_out") else "n/a"),
                    f"{hb['peak_rss_mb']:.0f} MB" if hb["ok"] else "",
                    (
                        f"{ratio}{hb.get('pages', '?')} pages, {hb.get('site_mb', 0):.0f} MB "
                        f"({hb['config']})"
                    )
                    if hb["ok"]
                    else hb["error"][:90]
                    if hb.get("timed_out")
                    else f"not measurable yet: {hb['error'][:70]}",
                )
            )
    width = max(len(r[0]) for r in rows)
    lines.append(f"{'benchmark':<{width}}  {'median':>9}  {'peak RSS':>8}  notes")
    lines += [f"{a:<{width}}  {b:>9}  {c:>8}  {d}" for a, b, c, d in rows]
    lines += ["", "targets:"]
    checks = verdicts(r)
    width = max(len(c[0]) for c in checks)
    for what, measured, target, passed in checks:
        status = "n/a" if passed is None else ("PASS" if passed else "FAIL")
        lines.append(f"  {status:<4}  {what:<{width}}  {measured:>18}  (target {target})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter to benchmark with (default: this one)"
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--skip-handbook", action="store_true", help="no MkDocs builds")
    parser.add_argument(
        "--no-handbook-baseline",
        dest="handbook_baseline",
        action="store_false",
        help="no second handbook build with the plugin's workers: 1 (MkDocs "
        "rendering every page itself) to compare with; --quick implies it",
    )
    parser.add_argument("--json", metavar="FILE", help="write the results as JSON ('-': stdout)")
    parser.add_argument(
        "--sizes", default="30,300", help="synthetic model sizes in cities (default: 30,300)"
    )
    parser.add_argument(
        "--reps", type=int, help="repetitions on the repository model (default 10, --quick 3)"
    )
    parser.add_argument(
        "--big-reps", type=int, help="repetitions on synthetic models (default 3, --quick 1)"
    )
    parser.add_argument(
        "--no-cj-synthetic",
        dest="cj_synthetic",
        action="store_false",
        help="do not run check-jsonschema on the synthetic models",
    )
    parser.add_argument(
        "--handbook-timeout",
        type=float,
        default=1800,
        metavar="SECONDS",
        help="stop a handbook build after this long (default 1800)",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        dest="bytecode_cache",
        action="store_false",
        help="leave bytecode caching to the environment (with "
        "PYTHONDONTWRITEBYTECODE set, govlint's modules, installed editable and "
        "so without .pyc files, are compiled from source on every run). By "
        "default the measured commands cache bytecode in the work directory, "
        "as every installed package (check-jsonschema, networkx) already has",
    )
    parser.add_argument(
        "--pythonpath",
        metavar="DIR",
        help="prepend DIR to PYTHONPATH: measure a patched copy of govlint "
        "(DIR/govlint, with the schemas in DIR/../schemas)",
    )
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = measure(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="govlint-bench-") as tmp:
            results = measure(args, Path(tmp))
    if args.json == "-":
        print(json.dumps(results, indent=2))
        return 0
    print(render(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
