"""The quality gate: score Dateline on the pinned development data with the shared scorers.

    python eval/gate.py                 # score, compare with eval/baseline.json, exit 1 on regression
    python eval/gate.py --update        # raise the floors to today's figures (never lowers them)
    python eval/gate.py --update --allow-regression   # also lower them (say why in the commit)
    python eval/gate.py --update --allow-gold-change  # record a changed gold set (say why)
    python eval/gate.py --only polnear  # one suite (repeat --only for more); see SUITES
    python eval/gate.py --save-scores S.json          # also write the figures measured
    python eval/gate.py --scores S.json               # judge saved figures instead of scoring

Each suite runs exactly the commands a user would (the scorers' ``input``/``hide`` commands,
``dateline read --jsonl``, the scorers' ``score``), so the figures printed here are the
figures those commands give. Development sets only: PolNeAR dev, TimeBank, MEANTIME apple,
GUM news, the TimeLine trial set, the reference article.

Exit 1 when a figure is below its floor or a floor's figure is missing, and when a suite's
gold data (its SHA-256 is recorded next to the floors) changed: floors measured on other data
mean nothing. ``--update`` writes nothing then, unless ``--allow-regression`` (lower the floors)
or ``--allow-gold-change`` (record the new gold) says so. Floors are the figures rounded down
to 4 decimals.

``eval/baseline.json`` also holds, under ``tests``, the floors that tests check themselves
(``tests/baseline.py`` reads them); this script keeps them as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
DATA = SHARED / "data"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
PY = sys.executable
POLNEAR_DEV = DATA / "polnear" / "dev"
META = DATA / "polnear" / "metadata.tsv"
TIMEBANK = DATA / "timebank"
MEANTIME_TML = DATA / "meantime-tml" / "apple"
MEANTIME_BLIND = DATA / "meantime-tml" / "apple-blind"
MEANTIME_CAT = DATA / "meantime" / "apple"
GUM_NEWS = DATA / "gum" / "news"
TIMELINE = DATA / "timeline" / "apple"
SEED = SHARED / "seeds" / "000_00e053a3da7bf9fa.txt"
GOLD = SHARED / "gold" / "000_00e053a3da7bf9fa.json"
EPS = 1e-9

Scores = dict[str, float | None]  # a suite's figures; None: the scorer gave none (n/a)


class GateError(Exception):
    """A scorer or ``dateline read`` failed: the gate cannot judge."""


@dataclass(frozen=True)
class Options:
    """How the suites run ``dateline read``."""

    workers: int | None = None  # None: dateline's default


_read_cache: dict[str, Path] = {}  # input SHA-256 -> output, within one run


def sh(args: Iterable[object], out: Path | None = None) -> str:
    """Run a command; RETURNS its stdout (or writes it to ``out``). Raises GateError on failure."""
    argv = [str(a) for a in args]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise GateError(f"command failed: {' '.join(argv)}\n{proc.stderr[-2000:]}")
    if out is not None:
        out.write_text(proc.stdout, encoding="utf-8")
    return proc.stdout


def dateline_read(src: Path, dst: Path, opts: Options) -> None:
    """``dateline read --jsonl src --out dst``; an input already read in this run is not read again."""
    key = hashlib.sha256(src.read_bytes()).hexdigest()
    if key in _read_cache:
        if _read_cache[key].resolve() != dst.resolve():
            shutil.copyfile(_read_cache[key], dst)
        return
    workers = [] if opts.workers is None else ["--workers", opts.workers]
    sh([PY, "-m", "dateline.cli.main", "read", "--jsonl", src, "--out", dst, "--no-progress", *workers])
    _read_cache[key] = dst


def _json_head(text: str) -> dict:
    """The JSON document at the start of ``text`` (some scorers print a summary line after it)."""
    doc, _ = json.JSONDecoder().raw_decode(text)
    return doc


def suite_seed(tmp: Path, opts: Options) -> Scores:
    src, out = tmp / "seed.jsonl", tmp / "seed.out.jsonl"
    src.write_text(json.dumps({"id": SEED.stem, "text": SEED.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    dateline_read(src, out, opts)
    s = json.loads(sh([PY, EVAL / "seed.py", "--gold", GOLD, "--pred", out, "--text", SEED, "--json"]))
    return {
        "quotes_f1": s["quotes_prf"][2], "quotes_e2e_f1": s["quotes_e2e_prf"][2],
        "speaker_acc": s["speaker_acc"], "times_value_f1": s["times_value_prf"][2],
        "times_extent_f1": s["times_extent_prf"][2],
        "entities_ok": s["entities_ok"][0], "relations_ok": s["relations_ok"][0],
        "events_ok": s["events_ok"][0], "published_ok": float(s["published_ok"]),
    }


def _polnear_read(tmp: Path, opts: Options) -> Path:
    """Dateline's reading of PolNeAR dev, made once per gate run: the direct and the
    attribution suites score the same output (reading it twice cost a minute of each run).
    The marker file is written only after a whole read, so a failed read is not reused."""
    src, out, done = tmp / "polnear.jsonl", tmp / "polnear.out.jsonl", tmp / "polnear.out.done"
    if done.exists():
        return out
    sh([PY, EVAL / "polnear.py", "input", "--split", POLNEAR_DEV, "--meta", META], src)
    dateline_read(src, out, opts)
    done.touch()
    return out


def suite_polnear(tmp: Path, opts: Options) -> Scores:
    out = _polnear_read(tmp, opts)
    m = json.loads(sh([PY, EVAL / "polnear.py", "score", "--split", POLNEAR_DEV, "--pred", out, "--meta", META,
                       "--json"]))
    return {"relaxed_f1": m["relaxed"]["f1"], "strict_f1": m["strict"]["f1"],
            "speaker_acc": m["speaker"]["accuracy"], "e2e_f1": m["e2e"]["f1"]}


def suite_polnear_attr(tmp: Path, opts: Options) -> Scores:
    """Every attribution, direct, mixed and indirect (``polnear.py score --attributions``)."""
    out = _polnear_read(tmp, opts)
    m = json.loads(sh([PY, EVAL / "polnear.py", "score", "--split", POLNEAR_DEV, "--pred", out, "--meta", META,
                       "--attributions", "--json"]))
    bk = m["by_kind"]
    return {"content_relaxed_f1": m["content_relaxed"]["f1"], "content_strict_f1": m["content_strict"]["f1"],
            "source_acc": m["source"]["accuracy"], "cue_acc": m["cue"]["accuracy"], "e2e_f1": m["e2e"]["f1"],
            "indirect_e2e_f1": bk["indirect"]["e2e"]["f1"], "direct_e2e_f1": bk["direct"]["e2e"]["f1"],
            "mixed_e2e_f1": bk["mixed"]["e2e"]["f1"]}


def _dct(tmp: Path, name: str, src: Path, opts: Options) -> Scores:
    blind, truth, out = tmp / f"{name}.blind.jsonl", tmp / f"{name}.truth.jsonl", tmp / f"{name}.out.jsonl"
    sh([PY, EVAL / "dct.py", "hide", "--in", src, "--out", blind, "--truth", truth])
    dateline_read(blind, out, opts)
    r = _json_head(sh([PY, EVAL / "dct.py", "score", "--truth", truth, "--pred", out, "--json"]))
    return {"within_7": r["within_7"], "range_holds": r["range_contains_truth"], "exact": r["exact"]}


def suite_polnear_dct(tmp: Path, opts: Options) -> Scores:
    src = tmp / "polnear_dct.jsonl"
    sh([PY, EVAL / "polnear.py", "input", "--split", POLNEAR_DEV, "--meta", META], src)
    return _dct(tmp, "polnear_dct", src, opts)


def _timeml(tmp: Path, name: str, gold: Path, opts: Options) -> Scores:
    src, out = tmp / f"{name}.jsonl", tmp / f"{name}.out.jsonl"
    sh([PY, EVAL / "timeml.py", "input", "--dir", gold], src)
    dateline_read(src, out, opts)
    m = _json_head(sh([PY, EVAL / "timeml.py", "score", "--dir", gold, "--pred", out, "--json"]))
    return {f"{k}_f1": m[k]["f1"] for k in ("strict", "relaxed", "type", "value")}


def _timeml_dct(tmp: Path, name: str, gold: Path, opts: Options) -> Scores:
    src = tmp / f"{name}.jsonl"
    sh([PY, EVAL / "timeml.py", "input", "--dir", gold], src)
    return _dct(tmp, name, src, opts)


def suite_timebank(tmp: Path, opts: Options) -> Scores:
    return _timeml(tmp, "tb", TIMEBANK, opts)


def suite_timebank_dct(tmp: Path, opts: Options) -> Scores:
    return _timeml_dct(tmp, "tb_dct", TIMEBANK, opts)


def suite_meantime_times(tmp: Path, opts: Options) -> Scores:
    """TIMEX3 on MEANTIME apple, sentences 0-5 (the annotated ones) with the date given."""
    return _timeml(tmp, "mt", MEANTIME_TML, opts)


def suite_meantime_dct(tmp: Path, opts: Options) -> Scores:
    """Article date of the whole MEANTIME apple articles, date line removed, date hidden."""
    return _timeml_dct(tmp, "mt_dct", MEANTIME_BLIND, opts)


def _coref(tmp: Path, corpus: str, gold: Path, opts: Options) -> Scores:
    src, out = tmp / f"coref_{corpus}.jsonl", tmp / f"coref_{corpus}.out.jsonl"
    sh([PY, EVAL / "coref.py", "input", "--corpus", corpus, "--dir", gold], src)
    dateline_read(src, out, opts)
    r = _json_head(sh([PY, EVAL / "coref.py", "score", "--corpus", corpus, "--dir", gold, "--pred", out,
                       "--json"]))
    c = r["coref"]
    return {"conll_f1": c["conll_f1"], "muc_f1": c["muc"]["f1"], "b3_f1": c["b3"]["f1"],
            "ceafe_f1": c["ceafe"]["f1"], "mentions_f1": r["mentions"]["relaxed"]["f1"],
            "non_name_resolved": r["non_name_resolved"]["value"], "person_purity": r["person_purity"]["value"]}


def suite_coref_meantime(tmp: Path, opts: Options) -> Scores:
    return _coref(tmp, "meantime", MEANTIME_CAT, opts)


def suite_coref_gum(tmp: Path, opts: Options) -> Scores:
    return _coref(tmp, "gum", GUM_NEWS, opts)


def suite_timeline(tmp: Path, opts: Options) -> Scores:
    """SemEval-2015 TimeLine trial set from per-article output (``--pred``); a target with no
    answer scores as empty (``--missing empty``), so losing a target lowers the figures."""
    src, out = tmp / "timeline.jsonl", tmp / "timeline.out.jsonl"
    sh([PY, EVAL / "timeline.py", "input", "--set", TIMELINE], src)
    dateline_read(src, out, opts)
    r = _json_head(sh([PY, EVAL / "timeline.py", "score", "--set", TIMELINE, "--pred", out,
                       "--missing", "empty", "--json"]))
    m = r["mentions"]
    return {"f1": r["f1"], "p": r["p"], "r": r["r"], "mentions_f1": m["f1"],
            "anchor_accuracy": m["anchor_accuracy"],
            "targets_answered": float(r["targets"] - len(r["targets_without_answer"]))}


@dataclass(frozen=True)
class Suite:
    """A scored development set: how to score it and which gold files its figures rest on."""

    run: Callable[[Path, Options], Scores]
    gold: tuple[Path, ...]


SUITES: dict[str, Suite] = {
    "seed": Suite(suite_seed, (SEED, GOLD)),
    "polnear": Suite(suite_polnear, (POLNEAR_DEV, META)),
    "polnear_attr": Suite(suite_polnear_attr, (POLNEAR_DEV, META)),
    "polnear_dct": Suite(suite_polnear_dct, (POLNEAR_DEV, META)),
    "timebank": Suite(suite_timebank, (TIMEBANK,)),
    "timebank_dct": Suite(suite_timebank_dct, (TIMEBANK,)),
    "meantime_times": Suite(suite_meantime_times, (MEANTIME_TML,)),
    "meantime_dct": Suite(suite_meantime_dct, (MEANTIME_BLIND,)),
    "coref_meantime": Suite(suite_coref_meantime, (MEANTIME_CAT,)),
    "coref_gum": Suite(suite_coref_gum, (GUM_NEWS,)),
    "timeline": Suite(suite_timeline, (TIMELINE,)),
}


def floor_of(value: float) -> float:
    """Round a floor down to 4 decimals: a rounded-up floor would fail the figure it came from."""
    return math.floor(value * 10_000 + EPS) / 10_000


def gold_sha(paths: Iterable[Path]) -> str:
    """SHA-256 over the files named (directories: every file under them, by path)."""
    h = hashlib.sha256()
    for top in paths:
        files = sorted(p for p in top.rglob("*") if p.is_file()) if top.is_dir() else [top]
        for p in files:
            h.update(str(p.relative_to(SHARED) if p.is_relative_to(SHARED) else p.name).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@dataclass(frozen=True)
class Verdict:
    """One figure against its floor. status: ok, REGRESSION, MISSING (a floor, no figure), new."""

    key: str
    value: float | None
    floor: float | None
    status: str

    def line(self) -> str:
        shown = "n/a" if self.value is None else f"{self.value:.4f}"
        floor = "-" if self.floor is None else f"{self.floor:.4f}"
        return f"  {self.key:20s} {shown:>9}   floor {floor:>8}  {'' if self.status == 'new' else self.status}"


def judge(got: Scores, floors: dict[str, float]) -> list[Verdict]:
    """Compare a suite's figures with its floors: every figure, then every floor left without one."""
    out = []
    for key, value in got.items():
        floor = floors.get(key)
        if floor is None:
            status = "new"
        elif value is None:
            status = "MISSING"
        else:
            status = "ok" if value >= floor - EPS else "REGRESSION"
        out.append(Verdict(key, value, floor, status))
    out += [Verdict(key, None, floor, "MISSING") for key, floor in floors.items() if key not in got]
    return out


def updated_floors(verdicts: list[Verdict], allow_regression: bool) -> dict[str, float]:
    """The suite's floors after ``--update``: raised to the figures, never lowered unless
    ``allow_regression`` (then a figure gone also drops its floor)."""
    new: dict[str, float] = {}
    for v in verdicts:
        if v.value is None:
            if v.floor is not None and not allow_regression:
                new[v.key] = v.floor
        elif v.floor is None or allow_regression:
            new[v.key] = floor_of(v.value)
        else:
            new[v.key] = max(floor_of(v.value), v.floor)
    return new


def failures(name: str, verdicts: list[Verdict]) -> list[str]:
    return [f"{name}.{v.key} {'missing' if v.value is None else f'{v.value:.4f}'} < {v.floor:.4f}"
            for v in verdicts if v.status in ("REGRESSION", "MISSING")]


def decide(regressions: list[str], gold_changed: list[str], update: bool, allow_regression: bool,
           allow_gold_change: bool) -> tuple[int, bool, list[str]]:
    """RETURNS (exit status, whether --update may write the baseline, the closing lines)."""
    lines: list[str] = []
    blocked = False
    if gold_changed:
        what = "gold data changed since the floors were set: " + ", ".join(gold_changed)
        if allow_gold_change:
            lines.append(f"gate: {what} (--allow-gold-change given)")
        else:
            lines.append(f"gate: FAILED: {what}; rerun with --allow-gold-change if that is meant")
            blocked = True
    if regressions:
        what = "; ".join(regressions)
        if update and allow_regression:
            lines.append(f"gate: floors LOWERED (--allow-regression given): {what}")
        else:
            lines.append(f"gate: FAILED: {what}")
            blocked = True
    if blocked:
        if update:
            lines.append("gate: baseline NOT written")
        return 1, False, lines
    lines.append("gate: ok")
    return 0, update, lines


def load_baseline(path: Path) -> dict:
    base = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    base.setdefault("floors", {})
    if not isinstance(base.get("gold_sha256"), dict):  # one checksum for all, before per-suite ones
        base["gold_sha256"] = {}
    return base


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--only", choices=sorted(SUITES), action="append", help="run this suite only (repeatable)")
    ap.add_argument("--update", action="store_true", help="raise floors to today's figures")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: lower floors too")
    ap.add_argument("--allow-gold-change", action="store_true",
                    help="a changed gold set does not fail; with --update its checksum is recorded")
    ap.add_argument("--baseline", type=Path, default=BASELINE, help="the floors file (default eval/baseline.json)")
    ap.add_argument("--scores", type=Path, help="judge figures saved by --save-scores instead of scoring")
    ap.add_argument("--save-scores", type=Path, help="write the figures measured to this JSON file")
    ap.add_argument("--workers", type=int, help="passed to dateline read (default: its own)")
    a = ap.parse_args(argv)
    if a.allow_regression and not a.update:
        ap.error("--allow-regression only means something with --update")
    if not EVAL.is_dir():
        print(f"gate: {SHARED} not found: nothing to score", file=sys.stderr)
        return 2
    base = load_baseline(a.baseline)
    saved = json.loads(a.scores.read_text(encoding="utf-8")) if a.scores else None
    names = a.only or (list(saved) if saved is not None else list(SUITES))
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        ap.error(f"unknown suite in --scores: {', '.join(unknown)}")
    floors: dict[str, dict[str, float]] = base["floors"]
    shas: dict[str, str] = base["gold_sha256"]
    regressions: list[str] = []
    gold_changed: list[str] = []
    measured: dict[str, Scores] = {}
    new_floors: dict[str, dict[str, float]] = {}
    opts = Options(a.workers)
    with tempfile.TemporaryDirectory() as td:
        for name in names:
            suite = SUITES[name]
            sha = gold_sha(suite.gold)
            if shas.get(name) not in (None, sha):
                gold_changed.append(name)
            t0 = time.perf_counter()
            if saved is not None:
                got = saved[name]
            else:
                try:
                    got = suite.run(Path(td), opts)
                except GateError as e:
                    print(f"gate: {name}: {e}", file=sys.stderr)
                    return 1
            measured[name] = got
            print(f"{name} ({time.perf_counter() - t0:.0f} s)")
            verdicts = judge(got, floors.get(name, {}))
            for v in verdicts:
                print(v.line())
            regressions += failures(name, verdicts)
            new_floors[name] = updated_floors(verdicts, a.allow_regression)
            if a.update:
                shas[name] = sha
    if a.save_scores:
        a.save_scores.write_text(json.dumps(measured, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    code, write, lines = decide(regressions, gold_changed, a.update, a.allow_regression, a.allow_gold_change)
    if write:
        floors.update(new_floors)
        a.baseline.write_text(json.dumps(base, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        lines.insert(0, f"gate: floors written to {a.baseline}")
    for line in lines:
        print(line, file=sys.stderr if code else sys.stdout)
    return code


if __name__ == "__main__":
    sys.exit(main())
