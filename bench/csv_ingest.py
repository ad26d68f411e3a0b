"""CSV ingest: libls.ResponseMatrix.read_csv against pandas.read_csv on the same file.

Generates a wide survey file, reads it with both (best of --repeats runs each), checks
that they agree (every code, id, label and weight), and prints both times and their ratio.
Two shapes of file (--shape):

- `bench` (the default): 1,000,000 respondents x 60 five-point items, about 2 % missing,
  with id, system, school, team, role, wave and weight columns; ~40,000 schools in ~2,000
  districts, rows in random order.
- `workload`: the issue-4 pipeline file, written by workload.generate() and
  workload.write_csv(): id, district, school, q01..q60, rows sorted by school; `district`
  is read as the metadata field `system`.

On a machine shared with other work, run it when it is quiet (the load average is printed
at the end): libls uses --threads cores, pandas one.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

import libls

import workload

ROLES = [b"teacher", b"coach", b"principal", b"counselor"]
ROLE_SHARE = [0.8, 0.1, 0.05, 0.05]


def instrument(items: int) -> libls.Instrument:
    scale = libls.ResponseScale(id="frequency_5", options=[
        libls.ScaleOption(code=c, label=label, favorable=c >= 4)
        for c, label in zip(range(1, 6), ["never", "rarely", "sometimes", "often", "always"])])
    return libls.Instrument(
        id="bench", title="Benchmark instrument", scales=[scale],
        items=[libls.SurveyItem(id=f"q{j:02d}", text=f"Statement {j}.", scale=scale.id)
               for j in range(1, items + 1)])


def digits(values: np.ndarray, width: int) -> np.ndarray:
    """Zero-padded decimal digits of non-negative integers, as ASCII bytes (rows, width)."""
    out = np.empty((len(values), width), dtype=np.uint8)
    for k in range(width):
        out[:, k] = values // 10 ** (width - 1 - k) % 10 + 48
    return out


def text_column(prefix: bytes, values: np.ndarray, width: int) -> np.ndarray:
    return np.hstack([np.full((len(values), len(prefix)), list(prefix), dtype=np.uint8),
                      digits(values, width)])


def generate(path: Path, rows: int, items: int, seed: int = 1) -> None:
    """Writes the file in pieces with NumPy (a fixed-width byte matrix per piece, padding
    removed), so a million rows take seconds."""
    rng = np.random.default_rng(seed)
    header = ["id", "system", "school", "team", "role", "wave", "weight"] + \
             [f"q{j:02d}" for j in range(1, items + 1)]
    order = rng.permutation(rows)
    with open(path, "wb") as out:
        out.write((",".join(header) + "\n").encode())
        for first in range(0, rows, 100_000):
            row = order[first:first + 100_000]
            n = len(row)
            school = rng.integers(0, 40_000, n)
            role = np.array(ROLES, dtype="S9")[rng.choice(len(ROLES), n, p=ROLE_SHARE)]
            weight = rng.integers(500, 2000, n)  # 0.500 .. 1.999
            codes = rng.integers(1, 6, (n, items)).astype(np.uint8) + 48
            codes[rng.random((n, items)) < 0.02] = 0  # missing: an empty field
            comma = np.full((n, 1), ord(","), dtype=np.uint8)
            parts = [text_column(b"r", row, 7), comma,
                     text_column(b"d", school // 20, 4), comma,
                     text_column(b"s", school, 5), comma,
                     text_column(b"t", rng.integers(1, 5, n), 1), comma,
                     role.view(np.uint8).reshape(n, 9), comma,
                     np.full((n, 4), list(b"2026"), dtype=np.uint8), comma,
                     digits(weight // 1000, 1), np.full((n, 1), ord("."), dtype=np.uint8),
                     digits(weight % 1000, 3)]
            for j in range(items):
                parts += [comma, codes[:, j:j + 1]]
            parts.append(np.full((n, 1), ord("\n"), dtype=np.uint8))
            block = np.hstack(parts).ravel()
            out.write(block[block != 0].tobytes())


def best_of(repeats: int, function, *args):
    """The shortest wall time of `repeats` calls, the processor time of that call (all
    threads), and the last result. The previous result is dropped before each call, so
    every call starts with the same memory."""
    best, cpu, result = math.inf, math.inf, None
    for _ in range(repeats):
        result = None
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = function(*args)
        elapsed = time.perf_counter() - start
        if elapsed < best:
            best, cpu = elapsed, time.process_time() - start_cpu
    return best, cpu, result


# Per shape: the metadata field of libls -> the column of the file (and of pandas' frame).
METADATA = {
    "bench": {"system": "system", "school": "school", "team": "team", "role": "role",
              "wave": "wave"},
    "workload": {"system": "district", "school": "school"},
}


def generate_workload(path: Path, rows: int, items: int) -> libls.Instrument:
    """The issue-4 pipeline file (workload.py has 60 items, always) and its instrument."""
    if items != workload.ITEMS:
        raise SystemExit(f"--shape workload has {workload.ITEMS} items, not {items}")
    w = workload.generate(rows=rows)
    workload.write_csv(w, str(path))
    return libls.Instrument.from_json(json.dumps(w.instrument))


def check_agreement(matrix: libls.ResponseMatrix, report, frame: pd.DataFrame,
                    metadata: dict[str, str]) -> None:
    assert report.ok() and report.rows_read == len(frame) == matrix.rows, report.summary()
    items = [c for c in frame.columns if c.startswith("q")]
    assert matrix.items == items
    expected = frame[items].fillna(libls.ResponseMatrix.MISSING_CODE).to_numpy().astype(np.int8)
    assert np.array_equal(matrix.codes, expected), "codes differ"
    assert matrix.ids == [str(x) for x in frame["id"]], "ids differ"
    for name in ("system", "school", "team", "role", "wave"):
        column = getattr(matrix, name)
        if name not in metadata:
            assert column is None, f"{name}: the file has no such column"
            continue
        labels = np.array(column.categories, dtype=object)[column.codes]
        expected_labels = frame[metadata[name]].astype(str).to_numpy(dtype=object)
        assert np.array_equal(labels, expected_labels), name
    if "weight" in frame.columns:
        assert np.array_equal(matrix.weights, frame["weight"].to_numpy()), "weights differ"
    else:
        assert matrix.weights is None, "weights: the file has none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--shape", choices=sorted(METADATA), default="bench",
                        help="the file: bench (random order, all metadata) or workload "
                             "(bench/workload.py, sorted by school)")
    parser.add_argument("--file", type=Path, help="where to write the CSV (kept if given)")
    args = parser.parse_args()

    directory = None if args.file else tempfile.TemporaryDirectory()
    path = args.file or Path(directory.name) / "responses.csv"
    try:
        start = time.perf_counter()
        if args.shape == "workload":
            bench = generate_workload(path, args.rows, args.items)
            options = libls.CsvOptions(threads=args.threads,
                                       metadata_columns={"district": "system"})
        else:
            generate(path, args.rows, args.items)
            bench = instrument(args.items)
            options = libls.CsvOptions(threads=args.threads)
        size = path.stat().st_size
        print(f"generated {path} ({args.shape} shape, {size / 1e6:.0f} MB, {args.rows:,} rows x "
              f"{args.items} items) in {time.perf_counter() - start:.1f} s")
        with open(path, "rb") as written:  # written out first: no write-back while timing
            os.fsync(written.fileno())
            # Both readers start from the page cache; read through a small buffer, so that
            # no large allocation is freed just before the timing.
            buffer = bytearray(1 << 20)
            while written.readinto(buffer):
                pass

        t_libls, cpu_libls, (matrix, report) = best_of(
            args.repeats, libls.ResponseMatrix.read_csv, str(path), bench, options)
        t_pandas, cpu_pandas, frame = best_of(args.repeats, pd.read_csv, path)
        check_agreement(matrix, report, frame, METADATA[args.shape])

        print(f"rows read {report.rows_read:,}, accepted {report.accepted:,}; "
              f"pandas and libls agree on every code, id, label and weight")
        print(f"libls read_csv ({args.threads} threads) {t_libls:7.3f} s  "
              f"({size / 1e9 / t_libls:5.2f} GB/s; processor time {cpu_libls:.3f} s)")
        print(f"pandas.read_csv            {t_pandas:7.3f} s  "
              f"({size / 1e9 / t_pandas:5.2f} GB/s; processor time {cpu_pandas:.3f} s)")
        print(f"ratio pandas/libls         {t_pandas / t_libls:7.1f}x  "
              f"(processor time: {cpu_pandas / cpu_libls:.1f}x)")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"matrix + metadata in memory: {matrix.memory_bytes() / 1e6:.0f} MB "
              f"(pandas frame: {frame.memory_usage(deep=True).sum() / 1e6:.0f} MB)")
    finally:
        if directory:
            directory.cleanup()


if __name__ == "__main__":
    main()
