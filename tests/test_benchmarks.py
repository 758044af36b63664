"""The benchmark's synthetic consortium (benchmarks/synth.py) is a clean model that scales.

Not a timing test: benchmarks/run.py measures. This keeps the generator honest while the
format, the schemas and the rules change: if a rule starts to flag the synthetic model, the
benchmark would time a model full of errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govlint.config import Config
from govlint.engine import check
from govlint.model import Body
from govlint.results import CheckResult
from helpers import load_script

ROOT = Path(__file__).resolve().parents[1]


synth = load_script("benchmarks/synth.py", "synth")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[CheckResult, dict]]:
    """3 and 6 cities, written and checked once for all the tests of this module."""
    out = {}
    for n in (3, 6):
        model_dir = tmp_path_factory.mktemp(f"synth-{n}")
        counts = synth.write_model(n, model_dir)
        result = check(Config(project_root=model_dir, model_dir=model_dir), base=model_dir)
        out[n] = (result, counts)
    return out


@pytest.mark.parametrize("n", [3, 6])
def test_synthetic_model_passes_check_without_findings(
    checked: dict[int, tuple[CheckResult, dict]], n: int
) -> None:
    result, counts = checked[n]
    problems = [f"{f.loc} {f.severity} {f.code} {f.message}" for f in result.findings]
    assert result.errors == 0, problems
    assert problems == []  # not even warnings: the generator fills every gap the rules see
    assert result.exit_code(strict=True) == 0
    assert result.files == sum(counts.values())


def test_synthetic_model_has_the_promised_shape(
    checked: dict[int, tuple[CheckResult, dict]],
) -> None:
    result, _ = checked[3]
    model = result.model
    assert model is not None
    assert [t.rank for t in model.tiers] == [1, 2, 3]
    assert len(model.parties) == 3
    assert len(model.matter_types) >= 10 * 3
    top = [b for b in model.bodies if b.tier is model.top_tier]
    shared = [b for b in top if b.parties() == {p.id for p in model.parties}]
    assert shared, "a top-tier body where every city sits"
    # every route climbs through the city's or the region's bodies to the top tier
    for matter in model.matter_types:
        route = [ref.target for ref in matter.route()]
        assert len(route) >= 3
        assert isinstance(route[-1], Body)


def test_size_grows_linearly_with_the_cities(checked: dict[int, tuple[CheckResult, dict]]) -> None:
    (small, small_counts), (big, big_counts) = checked[3], checked[6]
    assert small.model is not None and big.model is not None
    for kind in ("Party", "Body", "Role", "MatterType"):
        ratio = big_counts[kind] / small_counts[kind]
        assert 1.8 <= ratio <= 2.2, (kind, small_counts[kind], big_counts[kind])
    assert len(big.model.bodies) / len(small.model.bodies) == pytest.approx(2, rel=0.1)
    assert len(big.model.matter_types) == 2 * len(small.model.matter_types)


def test_synth_is_deterministic_and_refuses_to_overwrite(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert synth.main(["--parties", "3", "--out", str(first)]) == 0
    assert synth.main(["--parties", "3", "--out", str(second)]) == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*.yaml"))
    assert files == sorted(p.relative_to(second) for p in second.rglob("*.yaml"))
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    with pytest.raises(SystemExit):
        synth.main(["--parties", "3", "--out", str(first)])  # not empty: needs --force
    assert synth.main(["--parties", "2", "--out", str(first), "--force"]) == 0
    assert len(list((first / "parties").iterdir())) == 2


def test_missing_party_is_named_once_per_tier_with_a_bounded_list(tmp_path: Path) -> None:
    """GOV040 on a large tier names a few bodies and counts the rest, instead of repeating
    every body of the tier in every finding (text quadratic in the parties)."""
    model_dir = tmp_path / "model"
    synth.write_model(6, model_dir)
    first = sorted((model_dir / "parties").iterdir())[0]
    (model_dir / "parties" / "uusi.yaml").write_text(
        first.read_text(encoding="utf-8").replace(first.stem, "uusi"), encoding="utf-8"
    )
    agreement = model_dir / "agreement.yaml"
    text = agreement.read_text(encoding="utf-8")
    agreement.write_text(text.replace("parties:\n", "parties:\n- uusi\n", 1), encoding="utf-8")
    result = check(Config(project_root=model_dir, model_dir=model_dir), base=model_dir)
    missing = [f for f in result.findings if f.code == "GOV040"]
    assert result.model is not None
    assert len(missing) == len(result.model.tiers)  # one per tier that requires every party
    tactical = next(f for f in missing if "'taktinen'" in f.message)
    bodies = len(result.model.bodies_of_tier(result.model.tiers[1]))
    assert bodies > 5
    assert f"and {bodies - 5} more" in tactical.message
    assert tactical.message.count("'") == 2 * (2 + 5)  # party, tier, five bodies


def test_the_benchmark_knows_every_document_kind() -> None:
    """run.py keeps its own copy of the kinds (any interpreter can be measured), so a new
    kind must be added there too, or check-jsonschema cannot be given its schema."""
    from govlint.schemacheck import KIND_SCHEMAS

    run = load_script("benchmarks/run.py", "bench_run")
    assert run.KIND_SCHEMAS == KIND_SCHEMAS
