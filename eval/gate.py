"""The quality gate: score Dateline on the pinned development data with the shared scorers.

    python eval/gate.py                 # score, compare with eval/baseline.json, exit 1 on regression
    python eval/gate.py --update        # raise the floors to today's figures (never lowers them)
    python eval/gate.py --update --allow-regression   # also lower them (say why in the commit)
    python eval/gate.py --only polnear  # one suite: seed, polnear, polnear_dct, timebank, timebank_dct

Each suite runs exactly the commands a user would (the scorers' ``input``/``hide`` commands,
``dateline read --jsonl``, the scorers' ``score``), so the figures printed here are the
figures those commands give. Development splits only: PolNeAR dev, TimeBank, the reference
article. The gold data's SHA-256 is recorded next to the floors; a changed gold set is
reported, since floors measured on other data mean nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
PY = sys.executable
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev"
META = SHARED / "data" / "polnear" / "metadata.tsv"
TIMEBANK = SHARED / "data" / "timebank"
SEED = SHARED / "seeds" / "000_00e053a3da7bf9fa.txt"
GOLD = SHARED / "gold" / "000_00e053a3da7bf9fa.json"


def sh(args: list, out: Path | None = None) -> str:
    """Run a command; RETURNS its stdout (or writes it to ``out``). Raises on failure."""
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"gate: command failed: {' '.join(map(str, args))}\n{proc.stderr[-2000:]}")
    if out is not None:
        out.write_text(proc.stdout, encoding="utf-8")
    return proc.stdout


def dateline_read(src: Path, dst: Path) -> None:
    sh([PY, "-m", "dateline.cli.main", "read", "--jsonl", src, "--out", dst, "--no-progress"])


def suite_seed(tmp: Path) -> dict[str, float]:
    src, out = tmp / "seed.jsonl", tmp / "seed.out.jsonl"
    src.write_text(json.dumps({"id": SEED.stem, "text": SEED.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    dateline_read(src, out)
    s = json.loads(sh([PY, EVAL / "seed.py", "--gold", GOLD, "--pred", out, "--text", SEED, "--json"]))
    return {
        "quotes_f1": s["quotes_prf"][2], "quotes_e2e_f1": s["quotes_e2e_prf"][2],
        "speaker_acc": s["speaker_acc"], "times_value_f1": s["times_value_prf"][2],
        "entities_ok": s["entities_ok"][0], "relations_ok": s["relations_ok"][0],
        "events_ok": s["events_ok"][0], "published_ok": float(s["published_ok"]),
    }


def suite_polnear(tmp: Path) -> dict[str, float]:
    src, out = tmp / "polnear.jsonl", tmp / "polnear.out.jsonl"
    sh([PY, EVAL / "polnear.py", "input", "--split", POLNEAR_DEV, "--meta", META], src)
    dateline_read(src, out)
    m = json.loads(sh([PY, EVAL / "polnear.py", "score", "--split", POLNEAR_DEV, "--pred", out, "--meta", META,
                       "--json"]))
    return {"relaxed_f1": m["relaxed"]["f1"], "strict_f1": m["strict"]["f1"],
            "speaker_acc": m["speaker"]["accuracy"], "e2e_f1": m["e2e"]["f1"]}


def _dct(tmp: Path, name: str, src: Path) -> dict[str, float]:
    blind, truth, out = tmp / f"{name}.blind.jsonl", tmp / f"{name}.truth.jsonl", tmp / f"{name}.out.jsonl"
    sh([PY, EVAL / "dct.py", "hide", "--in", src, "--out", blind, "--truth", truth])
    dateline_read(blind, out)
    # dct.py --json prints the JSON document, then its summary line
    r, _ = json.JSONDecoder().raw_decode(sh([PY, EVAL / "dct.py", "score", "--truth", truth, "--pred", out, "--json"]))
    return {"within_7": r["within_7"], "range_holds": r["range_contains_truth"], "exact": r["exact"]}


def suite_polnear_dct(tmp: Path) -> dict[str, float]:
    src = tmp / "polnear_dct.jsonl"
    sh([PY, EVAL / "polnear.py", "input", "--split", POLNEAR_DEV, "--meta", META], src)
    return _dct(tmp, "polnear_dct", src)


def suite_timebank(tmp: Path) -> dict[str, float]:
    src, out = tmp / "tb.jsonl", tmp / "tb.out.jsonl"
    sh([PY, EVAL / "timeml.py", "input", "--dir", TIMEBANK], src)
    dateline_read(src, out)
    m = json.loads(sh([PY, EVAL / "timeml.py", "score", "--dir", TIMEBANK, "--pred", out, "--json"]))
    return {f"{k}_f1": m[k]["f1"] for k in ("strict", "relaxed", "type", "value")}


def suite_timebank_dct(tmp: Path) -> dict[str, float]:
    src = tmp / "tb_dct.jsonl"
    sh([PY, EVAL / "timeml.py", "input", "--dir", TIMEBANK], src)
    return _dct(tmp, "timebank_dct", src)


SUITES = {"seed": suite_seed, "polnear": suite_polnear, "polnear_dct": suite_polnear_dct,
          "timebank": suite_timebank, "timebank_dct": suite_timebank_dct}


def _down(value: float) -> float:
    """Round a floor down to 4 decimals: a rounded-up floor would fail the figure it came from."""
    return math.floor(value * 10_000 + 1e-9) / 10_000


def gold_sha() -> str:
    h = hashlib.sha256()
    for p in sorted([GOLD, META, *POLNEAR_DEV.rglob("*"), *TIMEBANK.glob("*.tml")]):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=sorted(SUITES), action="append")
    ap.add_argument("--update", action="store_true", help="raise floors to today's figures")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: lower floors too")
    a = ap.parse_args(argv)
    if not EVAL.is_dir():
        print(f"gate: {SHARED} not found: nothing to score", file=sys.stderr)
        return 2
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    sha = gold_sha()
    if base.get("gold_sha256") not in (None, sha):
        print("gate: WARNING: the gold data changed since the floors were set", file=sys.stderr)
    floors: dict = base.get("floors", {})
    failed = []
    with tempfile.TemporaryDirectory() as td:
        for name in a.only or SUITES:
            t0 = time.perf_counter()
            got = SUITES[name](Path(td))
            print(f"{name} ({time.perf_counter() - t0:.0f} s)")
            for key, value in got.items():
                floor = floors.get(name, {}).get(key)
                mark = "" if floor is None else ("ok" if value >= floor - 1e-9 else "REGRESSION")
                print(f"  {key:16s} {value:7.3f}   floor {'-' if floor is None else f'{floor:.3f}'}  {mark}")
                if mark == "REGRESSION":
                    failed.append(f"{name}.{key} {value:.3f} < {floor:.3f}")
                if a.update and (floor is None or value > floor or a.allow_regression):
                    new = _down(value) if a.allow_regression or floor is None else max(_down(value), floor)
                    floors.setdefault(name, {})[key] = new
    if a.update:
        BASELINE.write_text(json.dumps({"gold_sha256": sha, "floors": floors}, indent=1, sort_keys=True) + "\n")
        print(f"gate: floors written to {BASELINE}")
    if failed and not a.update:
        print("gate: FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    print("gate: ok" if not failed else "gate: floors updated despite regressions (--allow-regression)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
