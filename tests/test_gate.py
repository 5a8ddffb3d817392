"""The quality gate (eval/gate.py): it holds every floor, and it fails when it should.

The judging is tested without the NLP: on the gate's own functions, and on the command line
with saved figures (``--scores``) against a copy of the baseline (``--baseline``).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GATE = ROOT / "eval" / "gate.py"


def _load_gate():
    spec = importlib.util.spec_from_file_location("dateline_gate", GATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


gate = _load_gate()


def test_every_suite_in_the_baseline_has_floors_and_a_gold_checksum() -> None:
    base = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))
    assert sorted(base["floors"]) == sorted(gate.SUITES)
    assert sorted(base["gold_sha256"]) == sorted(gate.SUITES)
    assert all(base["floors"][name] for name in gate.SUITES)


def test_judge_flags_a_lowered_figure_and_a_vanished_one() -> None:
    verdicts = gate.judge({"f1": 0.70, "p": 0.9, "r": None, "new": 0.5}, {"f1": 0.75, "p": 0.9, "r": 0.4, "gone": 1.0})
    status = {v.key: v.status for v in verdicts}
    assert status == {"f1": "REGRESSION", "p": "ok", "r": "MISSING", "new": "new", "gone": "MISSING"}
    assert gate.failures("s", verdicts) == ["s.f1 0.7000 < 0.7500", "s.r missing < 0.4000", "s.gone missing < 1.0000"]


def test_updated_floors_rise_and_only_fall_when_allowed() -> None:
    verdicts = gate.judge({"up": 0.81239, "down": 0.5, "gone": None}, {"up": 0.8, "down": 0.6, "gone": 0.3})
    assert gate.updated_floors(verdicts, allow_regression=False) == {"up": 0.8123, "down": 0.6, "gone": 0.3}
    assert gate.updated_floors(verdicts, allow_regression=True) == {"up": 0.8123, "down": 0.5}


def test_polnear_dev_is_read_once_per_run_and_again_after_a_failed_read(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Path] = []

    def fake_read(src: Path, dst: Path, opts) -> None:
        reads.append(dst)
        if len(reads) == 1:
            raise RuntimeError("the read died")
        dst.write_text("{}\n", encoding="utf-8")

    monkeypatch.setattr(gate, "sh", lambda args, out=None: "")
    monkeypatch.setattr(gate, "dateline_read", fake_read)
    opts = gate.Options()
    with pytest.raises(RuntimeError):
        gate._polnear_read(tmp_path, opts)
    first = gate._polnear_read(tmp_path, opts)  # the failed read is not taken as done
    assert gate._polnear_read(tmp_path, opts) == first  # the second suite reuses it
    assert len(reads) == 2


def test_floor_of_rounds_down_and_holds_its_own_figure() -> None:
    for value in (0.96189, 0.9029, 1.0, 0.0, 2 / 3):
        assert gate.floor_of(value) <= value
        assert value - gate.floor_of(value) < 1e-4


def test_decide_update_with_a_regression_fails_and_claims_no_flag() -> None:
    code, write, lines = gate.decide(["s.f1 0.7 < 0.75"], [], update=True, allow_regression=False,
                                     allow_gold_change=False)
    assert (code, write) == (1, False)
    assert not any("given" in line for line in lines)
    assert any("NOT written" in line for line in lines)


def test_decide_lowers_floors_only_when_told() -> None:
    code, write, lines = gate.decide(["s.f1 0.7 < 0.75"], [], update=True, allow_regression=True,
                                     allow_gold_change=False)
    assert (code, write) == (0, True)
    assert any("--allow-regression given" in line for line in lines)


def test_decide_a_changed_gold_fails_unless_told() -> None:
    assert gate.decide([], ["seed"], update=False, allow_regression=False, allow_gold_change=False)[0] == 1
    assert gate.decide([], ["seed"], update=True, allow_regression=False, allow_gold_change=False)[:2] == (1, False)
    assert gate.decide([], ["seed"], update=True, allow_regression=False, allow_gold_change=True)[:2] == (0, True)


def _cli(tmp: Path, scores: dict, *flags: str, baseline: dict) -> tuple[subprocess.CompletedProcess, dict]:
    base_path, scores_path = tmp / "baseline.json", tmp / "scores.json"
    base_path.write_text(json.dumps(baseline), encoding="utf-8")
    scores_path.write_text(json.dumps(scores), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(GATE), "--baseline", str(base_path), "--scores", str(scores_path),
                           *flags], capture_output=True, text=True, cwd=ROOT, timeout=120)
    return proc, json.loads(base_path.read_text(encoding="utf-8"))


@pytest.fixture()
def seed_baseline(shared: Path) -> dict:
    base = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))
    return {"floors": {"seed": base["floors"]["seed"]}, "gold_sha256": {"seed": base["gold_sha256"]["seed"]},
            "tests": {"kept": {"x": 1.0}}}


def test_cli_update_with_a_lowered_figure_exits_non_zero_and_writes_nothing(tmp_path: Path, seed_baseline) -> None:
    scores = {"seed": dict(seed_baseline["floors"]["seed"])}
    scores["seed"]["times_value_f1"] -= 0.01
    proc, after = _cli(tmp_path, scores, "--update", baseline=seed_baseline)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "REGRESSION" in proc.stdout
    assert "given" not in proc.stdout + proc.stderr
    assert after == seed_baseline


def test_cli_update_allow_regression_lowers_the_floor(tmp_path: Path, seed_baseline) -> None:
    scores = {"seed": dict(seed_baseline["floors"]["seed"])}
    scores["seed"]["times_value_f1"] -= 0.01
    proc, after = _cli(tmp_path, scores, "--update", "--allow-regression", baseline=seed_baseline)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert after["floors"]["seed"]["times_value_f1"] == gate.floor_of(scores["seed"]["times_value_f1"])
    assert after["tests"] == seed_baseline["tests"]


def test_cli_a_changed_gold_checksum_fails_unless_told(tmp_path: Path, seed_baseline) -> None:
    seed_baseline["gold_sha256"]["seed"] = "0" * 64
    scores = {"seed": dict(seed_baseline["floors"]["seed"])}
    proc, after = _cli(tmp_path, scores, "--update", baseline=seed_baseline)
    assert proc.returncode == 1 and "gold data changed" in proc.stderr
    assert after == seed_baseline
    proc, after = _cli(tmp_path, scores, "--update", "--allow-gold-change", baseline=seed_baseline)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert after["gold_sha256"]["seed"] == gate.gold_sha(gate.SUITES["seed"].gold)


def test_cli_allow_regression_without_update_is_refused(tmp_path: Path, seed_baseline) -> None:
    proc, _ = _cli(tmp_path, {"seed": seed_baseline["floors"]["seed"]}, "--allow-regression", baseline=seed_baseline)
    assert proc.returncode == 2


def test_an_input_read_once_is_not_read_again(tmp_path: Path, monkeypatch) -> None:
    runs = []

    def fake_sh(args, out=None):
        argv = [str(a) for a in args]
        runs.append(argv)
        Path(argv[argv.index("--out") + 1]).write_text("read\n", encoding="utf-8")
        return ""

    monkeypatch.setattr(gate, "sh", fake_sh)
    monkeypatch.setattr(gate, "_read_cache", {})
    src, other = tmp_path / "in.jsonl", tmp_path / "other.jsonl"
    src.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    other.write_text('{"id": "b", "text": "y"}\n', encoding="utf-8")
    opts = gate.Options(workers=1)
    gate.dateline_read(src, tmp_path / "one.out.jsonl", opts)
    gate.dateline_read(src, tmp_path / "one.out.jsonl", opts)  # the same output file again
    gate.dateline_read(src, tmp_path / "two.out.jsonl", opts)
    gate.dateline_read(other, tmp_path / "three.out.jsonl", opts)
    assert len(runs) == 2 and runs[0][-2:] == ["--workers", "1"]
    assert (tmp_path / "two.out.jsonl").read_text(encoding="utf-8") == "read\n"


@pytest.mark.slow
def test_gate_holds_every_floor(shared: Path) -> None:
    proc = subprocess.run([sys.executable, str(GATE)], capture_output=True, text=True, cwd=ROOT, timeout=3600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "gate: ok" in proc.stdout
