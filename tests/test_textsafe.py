"""Model text reaches every output inert: terminal escapes, mentions, entities, line breaks.

One function per output context (:mod:`govlint.textsafe`); these tests feed hostile text
through each command and format and look at what comes out, so an output path that forgets
the function fails here whatever the payload.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint import textsafe
from govlint.cli import main

ROOT = Path(__file__).resolve().parents[1]

# Characters no output may carry raw (\n and \t are the only controls our formats use).
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ud800-\udfff]"
)
OSC52 = "\x1b]52;c;ZXZpbA==\x07"  # write "evil" to the clipboard
PAYLOAD = (
    f"Gaol{OSC52}\x1b[2J\x9b31m\u202eevil\x00 @someone @org/team &#64;x"
    "\r## Injected heading\r![x](https://evil.example/x.png)\u2028- item"
)


def assert_inert(text: str) -> None:
    found = RAW.search(text)
    assert found is None, repr(text[max(0, found.start() - 60) : found.end() + 20])


def assert_inert_markdown(text: str) -> None:
    assert_inert(text)
    assert not re.search(r"(?<![A-Za-z0-9_`])@[A-Za-z0-9]", text), "a mention survived"
    assert "&#64;" not in text.replace("&amp;#64;", ""), "an entity survived"
    for line in text.splitlines():
        assert not line.lstrip().startswith(("## Injected", "![x]", "- item")), line


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text)


# -- the functions, context by context ---------------------------------------------------------


def test_terminal_shows_every_control_visibly() -> None:
    shown = textsafe.terminal(PAYLOAD + "\t\udcff")
    assert_inert(shown)
    assert "\\u001b]52;c;ZXZpbA==\\u0007" in shown
    assert "\\u009b31m" in shown and "\\u202e" in shown and "\\u0000" in shown
    assert "\\r## Injected" in shown and "\\u2028" in shown
    assert shown.endswith("\t\\xff")  # a tab stays; a non-UTF-8 byte shows as the byte
    assert textsafe.terminal("Kehitysryhmä: ohjaus") == "Kehitysryhmä: ohjaus"


def test_markdown_is_inert_and_readable() -> None:
    md = textsafe.markdown(PAYLOAD)
    assert_inert_markdown(md)
    assert "`@someone` `@org/team`" in md  # readable, copyable, never a mention
    assert r"&amp;\#64;x" in md  # renders as the text &#64;x
    assert textsafe.markdown("info@example.org") == "info@example.org"  # not a mention
    assert textsafe.markdown("a\r\nb\rc\nd") == "a b c d"
    assert textsafe.markdown("<img src=x>|*x*|[a](b)~~s~~") == (
        r"\<img src=x\>\|\*x\*\|\[a\](b)\~\~s\~\~"
    )


def test_code_span_holds_any_text() -> None:
    assert textsafe.code_span("a`b") == "``a`b``"
    assert textsafe.code_span("`x") == "`` `x ``"
    assert textsafe.code_span("a|b", in_table=True) == "`a\\|b`"
    assert_inert(textsafe.code_span(PAYLOAD))


def test_json_escapes_are_lossless() -> None:
    data = {"name": PAYLOAD, "file": "x\udcff.yaml", "ok": "Kehitysryhmä"}
    text = textsafe.dumps(data)
    assert_inert(text)
    assert json.loads(text) == data
    assert "Kehitysryhmä" in text  # UTF-8 text stays readable


def test_ical_keeps_line_breaks_for_the_library_and_shows_controls() -> None:
    assert textsafe.ical("a\rb\r\nc\u2028d") == "a\nb\nc\nd"
    assert textsafe.ical("x\x1b[2J") == "x\\u001b[2J"


# -- every command and format ------------------------------------------------------------------


@pytest.fixture
def hostile(minimal_project: Path) -> Path:
    """The minimal project with the payload as a document's kind and in a file name."""
    goal = minimal_project / "model" / "goals" / "palvelut.yaml"
    goal.write_text(
        goal.read_text(encoding="utf-8").replace("kind: Goal", f"kind: {yaml_string(PAYLOAD)}"),
        encoding="utf-8",
    )
    (minimal_project / "model" / "n\x1b[2J\x9b@team\u202e.txt").write_text("x\n")
    return minimal_project


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_check_output_is_inert_in_every_format(hostile: Path, fmt: str) -> None:
    code, out = run("check", "--no-cache", "--format", fmt)
    assert code == 1
    assert "Gaol" in out
    assert_inert(out)
    if fmt == "json":  # lossless: a tool reading the JSON gets the model's own text
        assert any(OSC52 in f["message"] for f in json.loads(out)["findings"])
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert any(OSC52 in r["message"]["text"] for r in results)


def test_check_cached_output_is_inert(hostile: Path) -> None:
    run("check")
    code, out = run("check")
    assert code == 1 and "[cached]" in out
    assert_inert(out)


def test_job_summary_is_escaped_like_the_diff(hostile: Path) -> None:
    summary = hostile / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    code, _ = run("check", "--no-cache", env=env)
    assert code == 1
    text = summary.read_text(encoding="utf-8")
    assert "Gaol" in text
    assert_inert_markdown(text)
    assert "`@someone`" in text


@pytest.fixture
def renamed(minimal_project: Path) -> tuple[Path, Path]:
    """Two versions of the minimal model; in the new one a body's name is the payload."""
    old = minimal_project / "old"
    shutil.copytree(minimal_project / "model", old)
    body = minimal_project / "model" / "bodies" / "ryhma.yaml"
    body.write_text(
        body.read_text(encoding="utf-8").replace(
            "name: {fi: Kehitysryhmä}", f"name: {{fi: {yaml_string(PAYLOAD)}}}"
        ),
        encoding="utf-8",
    )
    return old, minimal_project / "model"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_diff_output_is_inert_in_every_format(renamed: tuple[Path, Path], fmt: str) -> None:
    old, new = renamed
    code, out = run("diff", str(old), str(new), "--format", fmt)
    assert code == 0, out
    assert "Gaol" in out
    if fmt == "markdown":
        assert_inert_markdown(out)
    else:
        assert_inert(out)
    if fmt == "json":
        names = [c["scope"]["name"] for c in json.loads(out)["changes"]]
        assert any(OSC52 in name for name in names)  # lossless: the model's own text


def test_export_is_inert_and_lossless(renamed: tuple[Path, Path]) -> None:
    code, out = run("export")
    assert code == 0
    assert_inert(out)
    bodies = json.loads(out)["bodies"]
    assert any(b["name"]["fi"] == PAYLOAD for b in bodies)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_coverage_is_inert(minimal_project: Path, fmt: str) -> None:
    """The agreement's sentences are model text too."""
    shutil.rmtree(minimal_project / "model")
    shutil.copytree(ROOT / "governance", minimal_project / "model")
    text = minimal_project / "model" / "agreement-text.yaml"
    anchor = '          - "Lyhyellä tähtäimellä:"\n'
    hostile = yaml_string("Lause " + OSC52 + "\u202e @org/team.")
    content = text.read_text(encoding="utf-8")
    assert content.count(anchor) == 1
    text.write_text(content.replace(anchor, f"{anchor}      - paragraph:\n          - {hostile}\n"))
    code, out = run("coverage", "--format", fmt)
    assert code == 0, out
    assert_inert(out)
    assert "Lause" in out


def test_rules_output_is_inert() -> None:
    for fmt in ("text", "json", "markdown"):
        code, out = run("rules", "--format", fmt)
        assert code == 0
        assert_inert(out)


def test_handbook_shows_controls_visibly(renamed: tuple[Path, Path], tmp_path: Path) -> None:
    code, _ = run("handbook", "--out", str(tmp_path / "pages"))
    assert code in (0, 1)
    texts = [p.read_text(encoding="utf-8") for p in (tmp_path / "pages").rglob("*.md")]
    assert any("\\u001b" in t for t in texts)
    for text in texts:
        assert_inert(text)


# -- file names that are not UTF-8 -------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_non_utf8_file_name_in_every_format(minimal_project: Path, fmt: str) -> None:
    """A file name that is not UTF-8 (bytes 0xff, 0xfe) is reported, on stdout and with -o."""
    name = b"model/goals/x\xff\xfe.yaml"
    (minimal_project / Path(name.decode("utf-8", "surrogateescape"))).write_bytes(b"kind: [\n")
    base = [sys.executable, "-m", "govlint.cli", "check", "--no-cache", "--format", fmt]
    proc = subprocess.run(base, capture_output=True, cwd=minimal_project, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert b"Traceback" not in proc.stderr and b"internal error" not in proc.stderr
    out = proc.stdout.decode("utf-8")  # valid UTF-8
    assert_inert(out)
    proc = subprocess.run([*base, "-o", "out.txt"], capture_output=True, cwd=minimal_project)
    assert proc.returncode == 1, proc.stderr
    written = (minimal_project / "out.txt").read_bytes().decode("utf-8")
    assert_inert(written)
    if fmt == "sarif":  # the URI carries the name's own bytes
        uris = [
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(written)["runs"][0]["results"]
        ]
        assert "model/goals/x%FF%FE.yaml" in uris
    else:
        assert "x\\xff\\xfe.yaml" in written or "x\\udcff\\udcfe.yaml" in written


def test_errors_on_stderr_are_inert(hostile: Path) -> None:
    """A model that does not load is refused with its findings listed on stderr."""
    shutil.copytree(hostile / "model", hostile / "old")
    for args, code in (
        (["diff", "old", "model"], 2),
        (["handbook", "--out", "pages"], 2),
        (["export"], 1),
        (["calendar", "--year", "2025"], 1),
        (["check", "--no-cache", "model\x1b[2J"], 2),
    ):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == code, (args, result.output)
        assert result.stderr.startswith("govlint: ")
        assert_inert(result.stderr)
    result = CliRunner().invoke(main, ["diff", "old", "model"], catch_exceptions=False)
    assert "Gaol\\u001b]52;c;" in result.stderr
