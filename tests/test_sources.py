"""Reading the model directory: bounded, never blocking, never outside the model; the result
cache keyed by every finding of reading it and never written through a link (issue #13)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint import cache, sources
from govlint.cli import main
from govlint.sources import MAX_FILE_BYTES, Refused, read_bounded, read_directory

ROOT = Path(__file__).resolve().parents[1]


def findings_of(model: Path) -> list[tuple[str, str]]:
    _files, findings = read_directory(model, base=model)
    return [(f.code, f.loc.file) for f in findings]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def fresh_and_cached_agree(expected_code: str) -> str:
    """Check without the cache, then twice with it: all three report ``expected_code``."""
    code, fresh = run("check", "--no-cache")
    assert code == 1 and expected_code in fresh, fresh
    for _ in range(2):
        code, out = run("check")
        assert code == 1 and expected_code in out, out
    return out


# -- special files, sizes, links ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_fifo_is_refused_without_hanging(minimal_project: Path) -> None:
    os.mkfifo(minimal_project / "model" / "goals" / "feed.yaml")
    proc = subprocess.run(
        [sys.executable, "-m", "govlint.cli", "check", "--no-cache"],
        cwd=minimal_project,
        capture_output=True,
        text=True,
        timeout=60,  # opened for reading, a FIFO waits for a writer for ever
    )
    assert proc.returncode == 1
    assert "model/goals/feed.yaml: error GOV081 unreadable: is a named pipe (FIFO)" in proc.stdout


def test_a_socket_is_refused(minimal_project: Path) -> None:
    path = minimal_project / "model" / "s.yaml"
    with socket.socket(socket.AF_UNIX) as sock:
        try:
            sock.bind(str(path))
        except OSError:  # a path too long for a socket address
            pytest.skip("cannot bind a socket here")
        _files, findings = read_directory(minimal_project / "model", base=minimal_project)
    assert [(f.code, f.loc.file, f.message) for f in findings] == [
        ("GOV081", "model/s.yaml", "is a socket, not a regular file; it is not read")
    ]


def test_size_is_checked_before_reading(minimal_project: Path) -> None:
    """A 5 GB file (sparse: it costs no disk) is refused from its size alone."""
    big = minimal_project / "model" / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(5 * 1024**3)
    files, findings = read_directory(minimal_project / "model", base=minimal_project)
    assert [(f.code, f.loc.file) for f in findings] == [("GOV005", "model/big.yaml")]
    assert "over the limit of 1048576" in findings[0].message
    assert all(f.path != "model/big.yaml" for f in files)


def test_reads_stop_one_byte_past_the_limit() -> None:
    with pytest.raises(Refused) as refused:
        read_bounded("/dev/zero", MAX_FILE_BYTES)
    assert refused.value.code == "GOV081"  # a device, refused before any read


def test_a_file_that_grows_while_read_is_cut_at_the_limit(tmp_path: Path) -> None:
    """fstat said small, the file is bigger by the time it is read: at most limit + 1 bytes
    are read and it is refused."""
    path = tmp_path / "grows.yaml"
    path.write_bytes(b"x" * 100)
    real_fstat = os.fstat

    def small(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, *st[1:6], 10, *st[7:]))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sources.os, "fstat", small)
        with pytest.raises(Refused) as refused:
            read_bounded(path, 10)
    assert refused.value.code == "GOV005" and "11 bytes" in refused.value.message


def test_links_that_leave_the_model_are_reported_not_followed(minimal_project: Path) -> None:
    secret = minimal_project / "secret.yaml"
    secret.write_text("password: hunter2\n")
    model = minimal_project / "model"
    (model / "goals" / "secret.yaml").symlink_to(secret)
    (model / "zero.yaml").symlink_to("/dev/zero")
    (model / "etc").symlink_to("/etc")
    out = fresh_and_cached_agree("GOV082")
    assert "hunter2" not in out and "password" not in out
    code, out = run("check", "--no-cache", "--format", "json")
    assert code == 1
    found = {(f["rule"], f["file"]) for f in json.loads(out)["findings"]}
    assert {
        ("GOV082", "model/goals/secret.yaml"),
        ("GOV082", "model/zero.yaml"),
        ("GOV082", "model/etc"),
    } <= found


def test_links_inside_the_model_are_followed(minimal_project: Path) -> None:
    model = minimal_project / "model"
    (model / "goals" / "alias.yaml").symlink_to("palvelut.yaml")  # the same goal twice
    (model / "again").symlink_to("goals")  # a directory: read where it is, once
    code, out = run("check", "--no-cache", "--format", "json")
    assert code == 1
    found = [(f["rule"], f["file"]) for f in json.loads(out)["findings"]]
    assert found == [("GOV020", "model/goals/palvelut.yaml")], found


def test_link_loops_and_broken_links(minimal_project: Path) -> None:
    model = minimal_project / "model"
    (model / "a.yaml").symlink_to("b.yaml")
    (model / "b.yaml").symlink_to("a.yaml")
    (model / "gone.yaml").symlink_to("nowhere.yaml")
    (model / "self").symlink_to(".")
    assert sorted(findings_of(model)) == [
        ("GOV081", "a.yaml"),
        ("GOV081", "b.yaml"),
        ("GOV081", "gone.yaml"),
    ]
    fresh_and_cached_agree("GOV081")


def test_an_unreadable_directory_is_reported(
    minimal_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.walk skipped it silently and its files' errors disappeared. (Simulated: CI runs as
    root, which permission bits do not stop.)"""
    real = os.scandir
    blocked = str(minimal_project / "model" / "bodies")

    def scandir(path: str) -> object:
        if str(path) == blocked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)
    code, out = run("check", "--no-cache")
    assert code == 1
    assert (
        "model/bodies: error GOV081 unreadable: cannot read the directory: Permission denied" in out
    )


def test_the_walk_is_bounded(minimal_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_ENTRIES", 5)
    findings = findings_of(minimal_project / "model")
    assert findings == [("GOV081", ".")]


# -- the result cache --------------------------------------------------------------------------


@pytest.mark.parametrize("change", ["stray", "loop", "fifo", "outside"])
def test_reading_findings_are_part_of_the_cache_key(minimal_project: Path, change: str) -> None:
    """After a clean, cached run, a change that only the directory walk sees is never a stale
    "0 errors [cached]"."""
    code, out = run("check")
    code, out = run("check")
    assert code == 0 and out.strip().endswith("[cached]")
    model = minimal_project / "model"
    if change == "stray":
        (model / "notes.txt").write_text("muistiinpanoja\n")
    elif change == "loop":
        (model / "loop.yaml").symlink_to("loop.yaml")
    elif change == "fifo":
        os.mkfifo(model / "feed.yaml")
    else:
        (model / "passwd.yaml").symlink_to("/etc/passwd")
    code, out = run("check")
    assert code == 1 and "[cached]" not in out, out


def test_a_damaged_entry_is_discarded_and_rebuilt(minimal_project: Path) -> None:
    run("check")
    (entry,) = (minimal_project / ".govlint_cache").glob("check-*.json")
    good = json.loads(entry.read_text())
    damaged = [
        b"\x00\xff garbage",
        b"[1, 2]",
        b'{"findings": "x"}',
        b"[" * 100_000,
        json.dumps({**good, "findings": [{"rule": 5}]}).encode(),
        json.dumps({**good, "summary": {"files": "13"}}).encode(),
        json.dumps(
            {**good, "findings": [{**dict.fromkeys(("rule", "message", "file"), "x"), "line": []}]}
        ).encode(),
    ]
    for data in damaged:
        entry.write_bytes(data)
        code, out = run("check")
        assert code == 0 and "[cached]" not in out, out
        assert json.loads(entry.read_text()) == good  # rebuilt
    entry.unlink()
    os.mkfifo(entry)  # not even a file: a miss, without waiting
    code, out = run("check")
    assert code == 0 and "[cached]" not in out


def test_a_cache_directory_that_is_a_link_is_never_written_through(
    minimal_project: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / "check-keep.json").write_text("{}")
    (minimal_project / ".govlint_cache").symlink_to(target)
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "is a symbolic link; the result cache is not used" in result.stderr
    assert sorted(p.name for p in target.iterdir()) == ["check-keep.json"]
    assert not cache.get(minimal_project, "keep")


def test_links_inside_the_cache_directory_are_not_followed(
    minimal_project: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("mine\n")
    directory = minimal_project / ".govlint_cache"
    directory.mkdir()
    (directory / "CACHEDIR.TAG").symlink_to(outside)
    for i in range(cache.KEEP_ENTRIES + 3):  # links to prune, never their targets
        (directory / f"check-{i:040d}.json").symlink_to(outside)
    run("check")
    run("check")
    assert outside.read_text() == "mine\n"
    assert len(list(directory.glob("check-*.json"))) == cache.KEEP_ENTRIES
