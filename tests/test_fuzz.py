"""Seeded mutations of the real model through every command and output format.

Each input is the repository's model (``governance/``) with one or a few mutations, chosen by
a seeded random generator from three families:

* text: bytes and lines changed as an editor, a bad merge or a hostile author would (YAML
  syntax, tags, anchors, encodings, control characters, suppressions, truncation);
* structure: the parsed document changed (keys dropped or added, values of another type,
  kinds changed) and files moved, renamed, duplicated, emptied, or replaced by links,
  named pipes and strays;
* values the schemas accept: names and texts made hostile (terminal escapes, mentions,
  Markdown, bidirectional controls, line breaks), ids renamed to names the handbook uses,
  references pointed at other elements, numbers moved within their range.

Every input then goes through ``check`` (text, json, sarif, github with a job summary; with
and without the cache), ``diff`` against the tagged original (text, markdown, json) and
between the two directories, ``export``, ``coverage``, ``calendar`` and ``handbook`` (with
the version history, every eighth input also tagged so that the history compares it). Asserted: no
traceback and no "internal error"; no command runs longer than its time limit; exit codes
0, 1 or 2, and 2 only with a one-line ``govlint:`` error (plus its listed findings); JSON
and SARIF parse; no output carries a raw control character and no Markdown a live mention;
and nothing is written outside the project (HOME and XDG_CACHE_HOME point into the
sandbox, which is compared before and after).

CI runs ``GOVLINT_FUZZ_COUNT`` inputs (default 40) from ``GOVLINT_FUZZ_SEED`` (default 13),
stopping early after ``GOVLINT_FUZZ_SECONDS`` (default 60). For a longer local run:

    GOVLINT_FUZZ_SEED=7 GOVLINT_FUZZ_COUNT=2000 GOVLINT_FUZZ_SECONDS=3600 \\
        .venv/bin/python -m pytest tests/test_fuzz.py -q -s

A failure names the seed, the input's number and its mutations, so it can be replayed.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from govlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = int(os.environ.get("GOVLINT_FUZZ_SEED", "13"))
COUNT = int(os.environ.get("GOVLINT_FUZZ_COUNT", "40"))
SECONDS = float(os.environ.get("GOVLINT_FUZZ_SECONDS", "60"))
COMMAND_SECONDS = 60  # one command on one input; the real ones take well under a second

RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ud800-\udfff]"
)
MENTION = re.compile(r"(?<![A-Za-z0-9_`])@[A-Za-z0-9]")
SGR = re.compile("\x1b\\[[0-9;]*m")

HOSTILE_TEXTS = [
    "\x1b]52;c;ZXZpbA==\x07\x1b[2J",
    "\x9b31m\u202eevil\x00",
    "@someone ja @org/team",
    "&#64;x &amp; <img src=x onerror=alert(1)>",
    "a\r## Otsikko\r![x](https://evil.example/x.png)",
    "rivi\u2028- kohta\n---\n# otsikko",
    "`code` **b** _i_ [l](javascript:alert(1)) | taulu |",
    "{: onclick=alert(1)} {{ jinja }} {% raw %}",
    "x" * 5000,
    "ä" * 300 + "\ud7ff\ue000\U0001f600",
    "\\u001b \\n \\",
    " ",
]
HANDBOOK_NAMES = [
    "index", "asiat", "osapuolet", "roolit", "kuvat", "toimielimet", "vuosikello",
    "vuosikello.ics", "osapuolet.md", "rakenne.svg", "saannot", "sanasto", "versiohistoria",
    "avoimet-kysymykset", "vastuumatriisi", "search", "assets", "404", "sitemap.xml",
]  # fmt: skip
SNIPPETS = [
    "\t", ": ", '"', "'", "&a ", "*a", "!!python/object/apply:os.system ['true']", "<<: *x",
    "---\n", "%YAML 1.1\n", "? ", "{", "[", "]", "}", "#", "# govlint: disable=GOV061 syy\n",
    "# govlint: disable=\n", "\x00", "\ufeff", "\r", "\x85", "\xff", "[" * 200,
    "- " * 100, "a: " + "b" * 100_000, "!!binary AAAA", "2024-01-01", "no", "0o17", "1e999",
    "~", "|\n  x", ">-\n", "\\N", "&x [*x]", "id: index\n", "kind: [Body]\n",
]  # fmt: skip


# -- mutations ---------------------------------------------------------------------------------


@dataclass
class Input:
    number: int
    model: Path
    rng: random.Random
    done: list[str] = field(default_factory=list)

    def files(self) -> list[Path]:
        """The model's regular files: not through a link (a mutation may link the model to
        its parent), and not a named pipe (reading one waits for a writer)."""
        found = []
        for directory, _, names in os.walk(self.model):  # does not enter linked directories
            for name in names:
                path = Path(directory, name)
                if not path.is_symlink() and path.is_file():
                    found.append(path)
        return sorted(found)

    def yaml_files(self) -> list[Path]:
        return [p for p in self.files() if p.suffix in (".yaml", ".yml")]

    def pick(self) -> Path:
        return self.rng.choice(self.yaml_files() or self.files())


def text_mutation(inp: Input) -> None:
    path = inp.pick()
    data = bytearray(path.read_bytes())
    rng = inp.rng
    op = rng.choice(["bytes", "snippet", "truncate", "lines", "indent"])
    if op == "bytes" and data:
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.4:
                data[at] = rng.randrange(256)
            elif choice < 0.7:
                del data[at]
            else:
                data.insert(at, rng.randrange(256))
    elif op == "snippet":
        lines = data.split(b"\n")
        at = rng.randrange(len(lines))
        snippet = rng.choice(SNIPPETS).encode("utf-8", "surrogatepass")
        column = rng.randint(0, len(lines[at]))
        lines[at] = lines[at][:column] + snippet + lines[at][column:]
        data = bytearray(b"\n".join(lines))
    elif op == "truncate":
        data = data[: rng.randrange(len(data) + 1)]
    elif op == "lines":
        lines = data.split(b"\n")
        a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
        how = rng.choice(["duplicate", "delete", "swap"])
        if how == "duplicate":
            lines.insert(a, lines[b])
        elif how == "delete":
            del lines[a]
        else:
            lines[a], lines[b] = lines[b], lines[a]
        data = bytearray(b"\n".join(lines))
    else:
        lines = data.split(b"\n")
        at = rng.randrange(len(lines))
        lines[at] = b" " * rng.choice([1, 3, 8]) + lines[at].lstrip(b" ")
        data = bytearray(b"\n".join(lines))
    path.write_bytes(bytes(data))
    inp.done.append(f"text:{op}:{path.relative_to(inp.model)}")


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _nodes(value, (*path, i))


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return data


def _load(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, ValueError):
        return None


def _dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def structure_mutation(inp: Input) -> None:
    rng = inp.rng
    op = rng.choice(["drop", "retype", "extra", "kind", "duplicate-item", "file", "file"])
    if op == "file":
        file_mutation(inp)
        return
    path = inp.pick()
    data = _load(path)
    if not isinstance(data, dict):
        text_mutation(inp)
        return
    nodes = list(_nodes(data))
    where, value = rng.choice(nodes)
    if op == "drop" and where:
        parent: Any = data
        for key in where[:-1]:
            parent = parent[key]
        del parent[where[-1]]
    elif op == "retype":
        other = rng.choice(
            [None, True, 0, -1, 10**30, 1.5, "", "x", [], {}, [value], {"x": value}, "2024-01-01"]
        )
        data = _set(data, where, other)
    elif op == "extra":
        containers = [(p, v) for p, v in nodes if isinstance(v, dict)]
        _, target = rng.choice(containers)
        key = rng.choice(["unknownKey", "id", "kind", "ref", "source", "fi", *HOSTILE_TEXTS[:6]])
        target[key] = rng.choice(["x", 1, [], {"a": 1}, rng.choice(HOSTILE_TEXTS)])
    elif op == "kind":
        kinds = ["Body", "Tier", "Goal", "Agreement", "Gaol", ["Body"], {"Body": 1}, 5, None]
        data["kind"] = rng.choice([*kinds, *HOSTILE_TEXTS[:6]])
    elif op == "duplicate-item":
        lists = [(p, v) for p, v in nodes if isinstance(v, list) and v]
        if lists:
            _, target = rng.choice(lists)
            target.append(rng.choice(target))
    _dump(path, data)
    inp.done.append(f"structure:{op}:{path.relative_to(inp.model)}")


def file_mutation(inp: Input) -> None:
    rng, model = inp.rng, inp.model
    path = inp.pick()
    rel = path.relative_to(model)
    op = rng.choice(
        [
            "delete", "rename-ext", "move", "copy", "empty", "stray", "hidden", "link-inside",
            "link-outside", "link-loop", "link-dir", "fifo", "deep-dir", "non-utf8-name",
        ]
    )  # fmt: skip
    if op == "delete":
        path.unlink()
    elif op == "rename-ext":
        path.rename(path.with_suffix(rng.choice([".txt", ".yml", "", ".YAML", ".yaml.bak"])))
    elif op == "move":
        target = model / rng.choice(["bodies", "tiers", "x", "."]) / path.name
        target.parent.mkdir(exist_ok=True)
        path.rename(target)
    elif op == "copy":
        shutil.copy(path, path.with_name(f"kopio-{path.name}"))
    elif op == "empty":
        path.write_bytes(rng.choice([b"", b"\n", b"# vain kommentti\n", b"---\n", b"~\n"]))
    elif op == "stray":
        names = ["NOTES.md", "x.json", "README", "\x1b[2J@team.txt", "a\rb\u202e.md", "&#64;x"]
        (model / rng.choice(names)).write_bytes(b"x\n")
    elif op == "hidden":
        shutil.copy(path, path.with_name("." + path.name))
    elif op == "link-inside":
        (path.parent / f"linkki-{path.name}").symlink_to(path.name)
    elif op == "link-outside":
        path.unlink()
        path.symlink_to(rng.choice(["/etc/passwd", "/dev/zero", "/", "/nonexistent"]))
    elif op == "link-loop":
        (path.parent / "silmukka.yaml").symlink_to("silmukka.yaml")
    elif op == "link-dir":
        (model / "takaisin").symlink_to("..")
    elif op == "fifo" and hasattr(os, "mkfifo"):
        os.mkfifo(path.with_name("putki.yaml"))
    elif op == "deep-dir":
        deep = model.joinpath(*["d"] * 40)
        deep.mkdir(parents=True)
        shutil.copy(path, deep / path.name)
    else:
        name = path.name.encode() + b"\xff\xfe.yaml"
        shutil.copy(path, path.parent / name.decode("utf-8", "surrogateescape"))
    inp.done.append(f"file:{op}:{rel}")


def _ids(inp: Input) -> list[str]:
    found = []
    for path in inp.yaml_files():
        data = _load(path)
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            found.append(data["id"])
    return found


def value_mutation(inp: Input) -> None:
    """A change the schemas accept: texts, ids, references, numbers, enums."""
    rng = inp.rng
    path = inp.pick()
    data = _load(path)
    if not isinstance(data, dict):
        text_mutation(inp)
        return
    op = rng.choice(["text", "text", "id", "reference", "number", "enum"])
    nodes = list(_nodes(data))
    if op == "text":
        texts = [p for p, v in nodes if p and p[-1] in ("fi", "en", "sv") and isinstance(v, str)]
        texts += [p for p, v in nodes if p and p[-1] in ("derived", "quote", "heading")]
        if texts:
            _set(data, rng.choice(texts), rng.choice(HOSTILE_TEXTS))
    elif op == "id" and "id" in data:
        data["id"] = rng.choice([*HANDBOOK_NAMES, "x.y", "a-b.c-d", "9"])
    elif op == "reference":
        refs = [p for p, v in nodes if p and p[-1] in ("ref", "to", "tier", "position", "body")]
        refs = [p for p in refs if isinstance(dict(nodes).get(p), str)]
        if refs:
            _set(data, rng.choice(refs), rng.choice(_ids(inp) or ["x"]))
    elif op == "number":
        numbers = [p for p, v in nodes if isinstance(v, int) and not isinstance(v, bool)]
        if numbers:
            _set(data, rng.choice(numbers), rng.choice([0, 1, 2, 4, 12, 13, 99]))
    else:
        roles = [p for p, v in nodes if p and p[-1] in ("role", "horizon", "type")]
        if roles:
            _set(data, rng.choice(roles), rng.choice(["chair", "member", "secretary", "long"]))
    _dump(path, data)
    inp.done.append(f"value:{op}:{path.relative_to(inp.model)}")


MUTATIONS: list[Callable[[Input], None]] = [text_mutation, structure_mutation, value_mutation]


# -- running -----------------------------------------------------------------------------------


class Hang(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise Hang(f"a command ran longer than {COMMAND_SECONDS} s")


def git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "f",
        "GIT_AUTHOR_EMAIL": "f@example.org",
        "GIT_COMMITTER_NAME": "f",
        "GIT_COMMITTER_EMAIL": "f@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, check=True)


def snapshot(directory: Path) -> dict[str, float]:
    return {
        str(p.relative_to(directory)): p.lstat().st_mtime
        for p in sorted(directory.rglob("*"))
        if not p.is_symlink()
    }


@dataclass
class Run:
    command: list[str]
    code: int
    out: str
    err: str


def run(args: list[str], env: dict[str, str]) -> Run:
    signal.alarm(COMMAND_SECONDS)
    try:
        result = CliRunner().invoke(main, args, env=env, catch_exceptions=True)
    finally:
        signal.alarm(0)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        trace = "".join(traceback.format_exception(result.exception))
        raise AssertionError(f"govlint {' '.join(args)} raised:\n{trace}")
    return Run(args, result.exit_code, result.stdout, result.stderr)


def check_run(r: Run) -> None:
    where = f"govlint {' '.join(r.command)} (exit {r.code})"
    for text in (r.out, r.err):
        assert "Traceback" not in text and "internal error" not in text, f"{where}:\n{text}"
    assert r.code in (0, 1, 2), where
    if r.code == 2:
        lines = r.err.strip().splitlines()
        assert lines and lines[0].startswith(("govlint: ", "Usage:")), f"{where}:\n{r.err}"
    fmt = r.command[r.command.index("--format") + 1] if "--format" in r.command else "text"
    assert not RAW.search(r.err), f"{where}: raw control character in the errors"
    if "-o" in r.command or r.command[0] in ("calendar", "handbook"):
        return  # written to files (checked by the tests of each format), or iCalendar
    out = SGR.sub("", r.out) if "--color" in r.command else r.out  # our own colours
    assert not RAW.search(out), f"{where}: raw control character in the output"
    if fmt in ("json", "sarif") and r.out.strip():  # coverage of a broken model: nothing
        json.loads(r.out)
    if fmt == "markdown":
        assert not MENTION.search(r.out), f"{where}: a live mention"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git project with the repository's model, tagged v1.0.0; HOME and XDG_CACHE_HOME
    beside it."""
    root = tmp_path_factory.mktemp("fuzz")
    project = root / "project"
    project.mkdir()
    shutil.copytree(ROOT / "governance", project / "governance")
    (project / "pyproject.toml").write_text('[tool.govlint]\nmodel = "governance"\n')
    (root / "home").mkdir()
    (root / "cache").mkdir()
    if shutil.which("git"):
        git(project, "init", "-q", "-b", "main")
        git(project, "add", "-A")
        git(project, "commit", "-q", "-m", "original")
        git(project, "tag", "v1.0.0")
    return root


def commands(number: int) -> list[list[str]]:
    year = str(2000 + number % 50)
    return [
        ["check", "--no-cache"],
        ["check", "--format", "json"],
        ["check", "--format", "sarif"],
        ["check", "--format", "github"],
        ["check", "--format", "sarif", "-o", "out/check.sarif"],
        ["check", "--color"],  # a cache hit: nothing changed since the first
        ["diff", "v1.0.0", "--format", "text"],
        ["diff", "v1.0.0", "--format", "markdown"],
        ["diff", "original", "governance", "--format", "json"],
        ["export"],
        ["export", "-o", "out/export.json"],
        ["coverage"],
        ["coverage", "--format", "json"],
        ["calendar", "--year", year],
        ["calendar", "-o", "out/vuosikello.ics"],
        ["handbook", "--out", "out/pages"],
    ]


def test_fuzz_every_command(sandbox: Path) -> None:
    project = sandbox / "project"
    original = sandbox / "original"
    shutil.copytree(project / "governance", original)
    shutil.copytree(original, project / "original")  # the other side of a directory diff
    env = {
        "HOME": str(sandbox / "home"),
        "XDG_CACHE_HOME": str(sandbox / "cache"),
        "GOVLINT_DEBUG": "1",  # a traceback instead of "internal error": easier to read
        "GITHUB_STEP_SUMMARY": str(project / "out" / "summary.md"),
        "GITHUB_ACTIONS": None,
        "NO_COLOR": "1",
    }
    previous_alarm = signal.signal(signal.SIGALRM, _alarm)
    cwd = Path.cwd()
    os.chdir(project)
    outside_before = {name: snapshot(sandbox / name) for name in ("home", "cache", "original")}
    rng = random.Random(SEED)
    started, ran, codes = time.monotonic(), 0, {0: 0, 1: 0, 2: 0}
    try:
        for number in range(COUNT):
            if time.monotonic() - started > SECONDS:
                break
            model = project / "governance"
            shutil.rmtree(model)
            shutil.copytree(original, model)
            shutil.rmtree(project / "out", ignore_errors=True)
            (project / "out").mkdir()
            inp = Input(number, model, random.Random(rng.getrandbits(64)))
            signal.alarm(COMMAND_SECONDS)  # the harness must not hang either
            for _ in range(inp.rng.choice([1, 1, 1, 2, 3])):
                inp.rng.choice(MUTATIONS)(inp)
            signal.alarm(0)
            tagged = number % 8 == 7 and shutil.which("git") is not None
            if tagged:  # the version history compares this input with the original
                git(project, "add", "-A", "governance")
                git(project, "commit", "-q", "--allow-empty", "-m", f"input {number}")
                git(project, "tag", "v2.0.0")
            try:
                for args in commands(number):
                    result = run(args, env)
                    check_run(result)
                    if args[0] == "check" and "--no-cache" in args:
                        codes[result.code] += 1
            except (AssertionError, Hang) as exc:
                raise AssertionError(
                    f"fuzz seed {SEED}, input {number}, mutations {inp.done}: {exc}"
                ) from None
            finally:
                if tagged:
                    git(project, "tag", "-d", "v2.0.0")
            ran += 1
    finally:
        os.chdir(cwd)
        signal.signal(signal.SIGALRM, previous_alarm)
    seconds = time.monotonic() - started
    print(
        f"\nfuzz: seed {SEED}, {ran} inputs x {len(commands(0))} commands in {seconds:.1f} s; "
        f"check exit codes {codes}"
    )
    assert ran >= min(COUNT, 10), f"only {ran} inputs in {SECONDS:.0f} s"
    for name, before in outside_before.items():
        assert snapshot(sandbox / name) == before, f"govlint wrote into {name}/"
    assert {p.name for p in sandbox.iterdir()} == {"project", "home", "cache", "original"}
    assert codes[1] > 0  # the mutations do find problems
