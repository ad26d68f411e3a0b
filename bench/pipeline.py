"""The issue-4 pipeline: libls against NumPy/pandas and R on the same survey, side by side.

Workload (bench/workload.py): by default 1,000,000 respondents x 60 five-point items (~2 %
missing), 7 subscales, ~40,000 schools in ~2,000 districts. Pipeline: reverse keys,
subscale scores, Cronbach's alpha per subscale (listwise and pairwise), school and district
n/mean/sd, ICC(1)/ICC(2) of each subscale's scores by district, rwg(j) per school for each
subscale.

Measured in one run:
- the compute phase (everything after the data are in memory) of libls, phase by phase,
  against the NumPy/pandas version (bench/pipeline_numpy.py), best of --repeats each;
- R (psych + multilevel, bench/pipeline.R) when Rscript and both packages are installed.
  R cannot do the full size in reasonable time or memory (aov's dense model matrix of
  rows x districts, rwg.j's loop over the schools in R), so it runs at --r-rows (with
  proportionally fewer schools and districts), together with libls and NumPy on exactly
  that data; the R ratio is reported at that size and says so;
- peak memory of the libls compute phase, in a fresh process, against the packed data;
- the machine's read bandwidth (NumPy reduction over a large array, 1 and 2 threads) and
  the read bandwidth the libls compute phase achieves;
- CSV ingest of the same data: libls.ResponseMatrix.read_csv against pandas.read_csv.
Every pair of implementations is checked for agreement; the run exits with status 1 when
they disagree. A summary table at the end gives each criterion, the value, the target
and PASS/FAIL.

The machine is usually shared: every time is the best of several runs, processor time is
printed beside wall time, and the load average is printed with each measurement.
"""

from __future__ import annotations

import os

# NumPy's OpenBLAS starts a thread per core that spins between calls and takes processor
# time from whatever runs next (5-7 % of a libls run, profiled). The NumPy pipeline is a
# one-thread program, so BLAS is held to one thread for both sides unless set outside.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import gc
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

import libls
import pipeline_numpy
import workload

HERE = Path(__file__).resolve().parent
# Agreement: |a - b| <= RTOL * max(|a|, |b|, FLOOR); NaN only agrees with NaN; counts are
# equal. The floor is for values that are exactly 0 on one side (rwg truncated at 0) and
# 1e-17 on the other, where a plain relative difference would be 100 %.
RTOL, FLOOR = 1e-9, 1e-3
TARGETS = {"numpy": 30.0, "r": 300.0, "csv": 10.0, "memory": 2.0}


# ---------------------------------------------------------------------------------------
# Timing

class Phases:
    """Wall and processor time of named phases: `with phases("scores"): ...`. `on_end`, when
    given, is called with the phase's name after each phase (the memory probe uses it)."""

    def __init__(self, on_end=None) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.on_end = on_end

    @contextmanager
    def __call__(self, name: str):
        start, start_cpu = time.perf_counter(), time.process_time()
        yield
        self.wall[name] = time.perf_counter() - start
        self.cpu[name] = time.process_time() - start_cpu
        if self.on_end:
            self.on_end(name)

    def total(self) -> float:
        return sum(self.wall.values())

    def total_cpu(self) -> float:
        return sum(self.cpu.values())


def best_of(repeats: int, function, *args):
    """(Phases of the fastest of `repeats` calls, its result). `function` returns (phases,
    result). The previous result is dropped before each call, so every call starts with
    the same memory."""
    best, result = None, None
    for _ in range(repeats):
        result = None
        gc.collect()
        phases, outcome = function(*args)
        if best is None or phases.total() < best[0].total():
            best = (phases, outcome)
    return best


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


# ---------------------------------------------------------------------------------------
# The libls pipeline

def group_count(groups: np.ndarray) -> int:
    """The number of groups: libls labels group g "g", so results map back to the index."""
    return int(groups.max()) + 1


def run_libls(w: workload.Workload, threads: int = 0, on_phase_end=None):
    """The libls compute phase: returns (Phases, raw libls results). One call, libls.analyse,
    does the whole pipeline in one pass over the codes (respondent scores are computed
    block by block and summed, not kept for the whole data)."""
    t = Phases(on_phase_end)
    with t("plan"):
        instrument = libls.Instrument.from_dict(w.instrument)
        plan = libls.scoring_plan(instrument, w.items)
        levels = [("district", w.district, group_count(w.district)),
                  ("school", w.school, group_count(w.school))]
        # Minimum group size 1: every group is published, so every group can be compared
        # (groups without a score are still suppressed, and hide nobody).
        options = libls.AnalysisOptions(groups=libls.AggregateOptions(min_group_size=1),
                                        agreement_level="school", threads=threads)
    with t("analyse"):
        analysis = libls.analyse(w.codes, plan, levels, options)
    return t, analysis


def libls_arrays(analysis, w: workload.Workload) -> dict:
    """The libls results as the arrays every implementation is compared in (see
    numpy_arrays), from the group table's NumPy columns."""
    table = analysis.groups
    assert table.suppressed_complementary == 0
    columns = table.arrays()
    levels = table.levels
    out = {
        "alpha": np.array([[r.listwise.alpha, r.listwise.std_alpha, r.pairwise.alpha,
                            r.pairwise.std_alpha] for r in analysis.reliability]),
        "icc": np.array([[r.icc.icc1, r.icc.icc2] for r in analysis.icc
                         if r.level == "district"]),
    }
    subscales = len(w.subscale_items)
    for level, groups in (("school", w.school), ("district", w.district)):
        size = int(groups.max()) + 1
        at = columns["group_level"] == levels.index(level)
        index = columns["group_index"][at]
        # With a minimum group size of 1 only groups without a score are suppressed.
        for name, fill in (("n", 0.0), ("mean", np.nan), ("standard_deviation", np.nan)):
            full = np.full((size, subscales), fill)
            full[index] = columns[name][:, at].T
            key = "sd" if name == "standard_deviation" else name
            out[f"{level}_{key}"] = full
        if level == "school":
            rwg = np.full((size, subscales), np.nan)
            rwg[index] = columns["rwg_j"][:, at].T
            out["rwg"] = rwg
    return out


# ---------------------------------------------------------------------------------------
# The NumPy/pandas pipeline (bench/pipeline_numpy.py)

def run_numpy(w: workload.Workload):
    t = Phases()
    with t("pipeline"):
        result = pipeline_numpy.run(w.codes, w.reverse, w.subscale_items, w.school, w.district)
    return t, result


def numpy_arrays(ref: dict, w: workload.Workload) -> dict:
    out = {
        "alpha": np.array([[*a["listwise"], *a["pairwise"]] for a in ref["alpha"]]),
        "icc": np.array(ref["icc"]),
        "rwg": ref["rwg_j"][:int(w.school.max()) + 1],
    }
    for level, groups in (("school", w.school), ("district", w.district)):
        frame = ref[level].reindex(range(int(groups.max()) + 1))
        out[f"{level}_n"] = frame["n"].fillna(0).to_numpy()
        out[f"{level}_mean"] = frame["mean"].to_numpy()
        out[f"{level}_sd"] = frame["sd"].to_numpy()
    return out


# ---------------------------------------------------------------------------------------
# Agreement

COMPARED = {
    "alpha": "alpha raw/std, listwise and pairwise, per subscale",
    "icc": "ICC(1), ICC(2) by district, per subscale",
    "school_n": "school n per subscale", "school_mean": "school mean",
    "school_sd": "school sd",
    "district_n": "district n per subscale", "district_mean": "district mean",
    "district_sd": "district sd",
    "rwg": "rwg(j) per school and subscale",
}


def difference(a: np.ndarray, b: np.ndarray) -> tuple[float, int]:
    """(Largest relative difference, number of values that disagree)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    both = ~np.isnan(a) & ~np.isnan(b)
    nan_mismatch = int(np.count_nonzero(np.isnan(a) != np.isnan(b)))
    scale = np.maximum(np.maximum(np.abs(a[both]), np.abs(b[both])), FLOOR)
    relative = np.abs(a[both] - b[both]) / scale
    bad = int(np.count_nonzero(relative > RTOL))
    return (float(relative.max()) if relative.size else 0.0), bad + nan_mismatch


def compare(name: str, ours: dict, theirs: dict, keys=None) -> bool:
    """Prints one line per result compared; True when everything agrees."""
    print(f"agreement libls vs {name} (relative difference |a-b| / max(|a|,|b|,{FLOOR:g}) "
          f"<= {RTOL:g}; NaN = NaN; counts equal):")
    ok = True
    for key in keys or COMPARED:
        a, b = ours[key], theirs[key]
        if a.shape != b.shape:
            print(f"  {COMPARED[key]:52s} shapes differ: {a.shape} vs {b.shape}  DISAGREE")
            ok = False
            continue
        largest, bad = difference(a, b)
        if key.endswith("_n"):
            bad = int(np.count_nonzero(a != b))
        ok &= bad == 0
        verdict = "ok" if bad == 0 else f"DISAGREE ({bad:,} values)"
        print(f"  {COMPARED[key]:52s} {a.size:>9,} values, "
              f"largest relative difference {largest:.1e}  {verdict}")
    return ok


# ---------------------------------------------------------------------------------------
# R (bench/pipeline.R)

def r_available() -> bool:
    if shutil.which("Rscript") is None:
        return False
    check = ('quit(status = if (all(sapply(c("psych", "multilevel"), requireNamespace, '
             'quietly = TRUE))) 0 else 1)')
    return subprocess.run(["Rscript", "-e", check], capture_output=True).returncode == 0


def write_for_r(w: workload.Workload, directory: Path) -> None:
    """Raw binary files R reads with readBin (no parsing), and the layout as text."""
    w.codes.ravel(order="F").tofile(directory / "codes.bin")  # column-major, as R's matrix
    w.district.astype("<i4").tofile(directory / "district.bin")
    w.school.astype("<i4").tofile(directory / "school.bin")
    lines = [f"rows {w.rows}", f"items {w.codes.shape[1]}",
             "reverse " + " ".join(str(j + 1) for j in np.flatnonzero(w.reverse))]
    lines += ["subscale " + " ".join(str(j + 1) for j in members)
              for members in w.subscale_items]
    (directory / "meta.txt").write_text("\n".join(lines) + "\n")


def run_r(w: workload.Workload, directory: Path, timeout: float):
    """Runs pipeline.R once; returns (Phases, arrays) or None on a timeout."""
    write_for_r(w, directory)
    try:
        done = subprocess.run(["Rscript", str(HERE / "pipeline.R"), str(directory)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise RuntimeError(f"pipeline.R failed:\n{done.stderr}")
    t = Phases()
    for line in done.stdout.splitlines():
        words = line.split()
        if words[:1] == ["time"]:
            t.wall[words[1]], t.cpu[words[1]] = float(words[2]), float(words[3])
        elif words[:1] == ["version"]:
            print("  " + " ".join(words[1:]))
    return t, r_arrays(w, directory)


def r_arrays(w: workload.Workload, directory: Path) -> dict:
    subscales = len(w.subscale_items)
    read = lambda name, dtype="<f8": np.fromfile(directory / name, dtype=dtype)
    out = {"alpha": read("r_alpha.bin").reshape((subscales, 4), order="F"),
           "icc": read("r_icc.bin").reshape((subscales, 2), order="F")}
    for level, groups in (("school", w.school), ("district", w.district)):
        ids = read(f"r_{level}_ids.bin", "<i4")
        # R's columns: n, mean, sd of subscale 1, then of subscale 2, ...
        stats = read(f"r_{level}.bin").reshape((len(ids), 3, subscales), order="F")
        size = int(groups.max()) + 1
        for s, stat in enumerate(("n", "mean", "sd")):
            full = np.zeros((size, subscales)) if stat == "n" else np.full((size, subscales), np.nan)
            full[ids] = stats[:, s, :]
            out[f"{level}_{stat}"] = full
    rwg = np.full((int(w.school.max()) + 1, subscales), np.nan)
    for s in range(subscales):
        rwg[read(f"r_rwg_{s + 1}_ids.bin", "<i4"), s] = read(f"r_rwg_{s + 1}.bin")
    out["rwg"] = rwg
    return out


# ---------------------------------------------------------------------------------------
# Memory (in a fresh process: the high-water mark cannot be reset)

def status_kib(field_name: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field_name} not in /proc/self/status")


def memory_child(directory: Path, threads: int) -> None:
    """Run by measure_memory in a new process: the RSS after the imports is the baseline;
    the data are loaded from .npy (np.load allocates each array once, no temporaries); the
    libls compute phase runs with its results kept; the peak is VmHWM."""
    baseline = status_kib("VmRSS")
    meta = json.loads((directory / "meta.json").read_text())
    w = workload.Workload(np.load(directory / "codes.npy"), np.load(directory / "district.npy"),
                          np.load(directory / "school.npy"), meta["items"], meta["instrument"],
                          meta["subscale_items"], np.array(meta["reverse"]))
    with_data = status_kib("VmRSS")
    phase_peaks = {}
    # The results stay referenced until the peak is read, as in a real analysis.
    _, results = run_libls(w, threads,
                           lambda phase: phase_peaks.__setitem__(phase, status_kib("VmHWM")))
    print(json.dumps({"baseline_kib": baseline, "with_data_kib": with_data,
                      "peak_kib": status_kib("VmHWM"), "phase_peaks_kib": phase_peaks}))


def measure_memory(w: workload.Workload, threads: int) -> dict:
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        np.save(directory / "codes.npy", w.codes)  # keeps Fortran order
        np.save(directory / "district.npy", w.district)
        np.save(directory / "school.npy", w.school)
        (directory / "meta.json").write_text(json.dumps({
            "items": w.items, "instrument": w.instrument, "subscale_items": w.subscale_items,
            "reverse": w.reverse.tolist()}))
        done = subprocess.run([sys.executable, str(HERE / "pipeline.py"), "--memory-child",
                               str(directory), "--threads", str(threads)],
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


# ---------------------------------------------------------------------------------------
# Bandwidth

def machine_bandwidth(gigabytes: float, repeats: int) -> dict[int, float]:
    """Read bandwidth (bytes/s) of np.add.reduce over a float64 array of `gigabytes`, on 1
    and on 2 threads (each thread reduces one half; NumPy releases the GIL while it sums).
    The sum of doubles is far cheaper than the memory traffic, so this is the rate at which
    the machine streams memory through its cores."""
    values = np.ones(int(gigabytes * 1e9) // 8)
    halves = np.array_split(values, 2)
    out = {}
    with ThreadPoolExecutor(2) as pool:
        for threads, run in ((1, lambda: np.add.reduce(values)),
                             (2, lambda: list(pool.map(np.add.reduce, halves)))):
            best = math.inf
            for _ in range(repeats):
                start = time.perf_counter()
                run()
                best = min(best, time.perf_counter() - start)
            out[threads] = values.nbytes / best
    return out


# ---------------------------------------------------------------------------------------
# CSV ingest

def csv_ingest(w: workload.Workload, repeats: int, threads: int) -> dict:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "responses.csv"
        start = time.perf_counter()
        workload.write_csv(w, str(path))
        size = path.stat().st_size
        print(f"  wrote {size / 1e6:.0f} MB in {time.perf_counter() - start:.0f} s "
              "(workload.write_csv); reading it from the page cache")
        path.read_bytes()
        instrument = libls.Instrument.from_dict(w.instrument)
        options = libls.CsvOptions(threads=threads or os.cpu_count(),
                                   metadata_columns={"district": "system"})
        t_libls, (matrix, report) = best_of(repeats, timed_call, libls.ResponseMatrix.read_csv,
                                            str(path), instrument, options)
        t_pandas, frame = best_of(repeats, timed_call, pd.read_csv, path)
    check_csv(w, matrix, report, frame)
    return {"bytes": size, "libls": t_libls, "pandas": t_pandas}


def timed_call(function, *args):
    t = Phases()
    with t("call"):
        result = function(*args)
    return t, result


def check_csv(w: workload.Workload, matrix, report, frame: pd.DataFrame) -> None:
    """Both readers give back the workload: every code, district and school."""
    assert report.ok() and report.accepted == w.rows == matrix.rows == len(frame), report.summary()
    assert np.array_equal(matrix.codes, w.codes), "libls codes differ"
    expected = frame[w.items].fillna(workload.MISSING).to_numpy().astype(np.int8)
    assert np.array_equal(expected, w.codes), "pandas codes differ"
    for column, groups in ((matrix.system, w.district), (matrix.school, w.school)):
        numbers = np.array([int(label[1:]) for label in column.categories])
        assert np.array_equal(numbers[column.codes], groups), "libls metadata differ"
    for name, groups in (("district", w.district), ("school", w.school)):
        assert np.array_equal(frame[name].str.slice(1).astype(int).to_numpy(), groups), name
    print("  libls and pandas read every code, district and school as generated")


# ---------------------------------------------------------------------------------------
# Reporting

def print_phases(name: str, t: Phases, note: str = "") -> None:
    parts = ", ".join(f"{k} {v:.3f}" for k, v in t.wall.items())
    print(f"  {name:14s} {t.total():8.3f} s (processor {t.total_cpu():7.3f} s){note}")
    if len(t.wall) > 1:
        print(f"  {'':14s} phases: {parts}")


def timed_arrays(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def run_size(args, w: workload.Workload, label: str) -> dict:
    """libls and NumPy on one workload (best of --repeats each), checked against each other."""
    print(f"\n== {label}: {w.rows:,} rows x {w.codes.shape[1]} items, "
          f"{int(w.school.max()) + 1:,} schools, {int(w.district.max()) + 1:,} districts "
          f"({w.nbytes() / 1e6:.0f} MB packed); {load()}")
    t_libls, raw = best_of(args.repeats, run_libls, w, args.threads)
    ours, t_read = timed_arrays(libls_arrays, raw, w)
    print_phases("libls", t_libls, f"  [threads={args.threads or os.cpu_count()}]")
    print(f"  {'':14s} + reading the results into NumPy arrays: {t_read:.3f} s")
    t_numpy, ref = best_of(args.repeats, run_numpy, w)
    print_phases("NumPy/pandas", t_numpy, "  [one thread]")
    ratio = t_numpy.total() / t_libls.total()
    print(f"  ratio NumPy/libls {ratio:.1f}x (with reading the results: "
          f"{t_numpy.total() / (t_libls.total() + t_read):.1f}x); {load()}")
    agree = compare("NumPy/pandas", ours, numpy_arrays(ref, w))
    return {"libls": t_libls, "read": t_read, "numpy": t_numpy, "ours": ours, "agree": agree}


def scaled(args, rows: int) -> workload.Workload:
    share = rows / args.rows
    return workload.generate(rows=rows, schools=max(2, round(args.schools * share)),
                             districts=max(2, round(args.districts * share)), seed=args.seed)


def r_phase(args) -> dict | None:
    if args.r_rows <= 0:
        print("\n== R: skipped (--r-rows 0)")
        return None
    if not r_available():
        print("\n== R: not run (Rscript with the packages psych and multilevel not installed)")
        return None
    w = scaled(args, args.r_rows)
    out = run_size(args, w, "R size (R runs here only; ratios at this size)")
    with tempfile.TemporaryDirectory() as name:
        print(f"  R (psych + multilevel), one run, compute timed inside R; {load()}")
        done = run_r(w, Path(name), args.r_timeout)
    if done is None:
        print(f"  R did not finish within --r-timeout {args.r_timeout:.0f} s")
        return {**out, "r": None}
    t_r, theirs = done
    print_phases("R", t_r, "  [one thread]")
    print(f"  ratio R/libls {t_r.total() / out['libls'].total():.0f}x at {w.rows:,} rows; "
          f"R/NumPy {t_r.total() / out['numpy'].total():.1f}x")
    out["r_agree"] = compare("R", out["ours"], theirs)
    return {**out, "r": t_r, "rows": w.rows}


def summary(rows: list[tuple[str, str, str, str]]) -> None:
    print("\n== Summary")
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(r, widths)))


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("PASS" if ok else "FAIL")


# ---------------------------------------------------------------------------------------

def parse_args():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--schools", type=int, default=40_000)
    parser.add_argument("--districts", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--repeats", type=int, default=5, help="best of this many runs")
    parser.add_argument("--threads", type=int, default=0, help="libls threads (0: all cores)")
    parser.add_argument("--r-rows", type=int, default=100_000,
                        help="rows of the smaller workload R runs on (0: no R)")
    parser.add_argument("--r-timeout", type=float, default=1800, help="seconds")
    parser.add_argument("--bandwidth-gb", type=float, default=1.0)
    parser.add_argument("--skip-csv", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.threads)
        return 0
    print(f"libls {libls.version()}, NumPy {np.__version__}, pandas {pd.__version__}; "
          f"{os.cpu_count()} cores; OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}; "
          f"{load()}")

    print(f"\n== Machine read bandwidth (np.add.reduce over {args.bandwidth_gb:g} GB of "
          f"float64, best of 5); {load()}")
    bandwidth = machine_bandwidth(args.bandwidth_gb, 5)
    print(f"  1 thread {bandwidth[1] / 1e9:.1f} GB/s, 2 threads {bandwidth[2] / 1e9:.1f} GB/s")

    start = time.perf_counter()
    w = workload.generate(rows=args.rows, schools=args.schools, districts=args.districts,
                          seed=args.seed)
    print(f"\n(generated the workload in {time.perf_counter() - start:.0f} s)")
    full = run_size(args, w, "Full size")
    packed = w.nbytes()
    achieved = packed / full["libls"].total()
    best_machine = max(bandwidth.values())
    print(f"  achieved read bandwidth of the libls compute phase: {achieved / 1e9:.2f} GB/s "
          f"(the {packed / 1e6:.0f} MB of codes, districts and schools, each read at least "
          f"once, / compute time) = {achieved / best_machine:.1%} of the machine's "
          f"{best_machine / 1e9:.1f} GB/s")

    memory = None
    if not args.skip_memory:
        print(f"\n== Peak memory of the libls compute phase (fresh process); {load()}")
        memory = measure_memory(w, args.threads)
        used = (memory["peak_kib"] - memory["baseline_kib"]) * 1024
        data = (memory["with_data_kib"] - memory["baseline_kib"]) * 1024
        print(f"  peak RSS - RSS after imports: {used / 1e6:.0f} MB (data loaded: {data / 1e6:.0f}"
              f" MB); packed data {packed / 1e6:.0f} MB; ratio {used / packed:.2f}x")
        peaks = ", ".join(f"{phase} {(kib - memory['baseline_kib']) * 1024 / 1e6:.0f}"
                          for phase, kib in memory["phase_peaks_kib"].items())
        print(f"  peak so far after each phase, MB above the RSS after imports (results kept): "
              f"{peaks}")

    csv = None
    if not args.skip_csv:
        print(f"\n== CSV ingest of the same data (best of {args.repeats}); {load()}")
        csv = csv_ingest(w, args.repeats, args.threads)
        for name in ("libls", "pandas"):
            t = csv[name]
            print(f"  {name:14s} {t.total():8.3f} s (processor {t.total_cpu():7.3f} s, "
                  f"{csv['bytes'] / 1e9 / t.total():.2f} GB/s)")
        print(f"  ratio pandas/libls {csv['pandas'].total() / csv['libls'].total():.1f}x")

    r = r_phase(args)
    return report(full, r, memory, csv, packed, achieved, best_machine)


def report(full, r, memory, csv, packed, achieved, machine) -> int:
    rows = [("criterion", "measured", "target", "result")]
    numpy_ratio = full["numpy"].total() / full["libls"].total()
    rows.append(("compute vs NumPy/pandas (full size)", f"{numpy_ratio:.1f}x",
                 f">= {TARGETS['numpy']:g}x", verdict(numpy_ratio >= TARGETS["numpy"])))
    with_reading = full["numpy"].total() / (full["libls"].total() + full["read"])
    rows.append(("  same, with reading libls results into NumPy", f"{with_reading:.1f}x",
                 "(printed)", "-"))
    if r and r["r"]:
        r_ratio = r["r"].total() / r["libls"].total()
        rows.append((f"compute vs R (at {r['rows']:,} rows only)", f"{r_ratio:.0f}x",
                     f">= {TARGETS['r']:g}x", verdict(r_ratio >= TARGETS["r"])))
    else:
        rows.append(("compute vs R", "not measured", f">= {TARGETS['r']:g}x", "-"))
    if csv:
        csv_ratio = csv["pandas"].total() / csv["libls"].total()
        rows.append(("CSV ingest vs pandas.read_csv", f"{csv_ratio:.1f}x",
                     f">= {TARGETS['csv']:g}x", verdict(csv_ratio >= TARGETS["csv"])))
    if memory:
        ratio = (memory["peak_kib"] - memory["baseline_kib"]) * 1024 / packed
        rows.append(("peak memory / packed data", f"{ratio:.2f}x", f"<= {TARGETS['memory']:g}x",
                     verdict(ratio <= TARGETS["memory"])))
    rows.append(("read bandwidth: libls compute / machine", f"{achieved / machine:.1%}",
                 "(printed)", "-"))
    agree = full["agree"] and (not r or (r["agree"] and r.get("r_agree", True)))
    names = "libls, NumPy" + (", R" if r and r["r"] else "")
    rows.append((f"results agree ({names})", "yes" if agree else "NO", "all", verdict(agree)))
    summary(rows)
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
