"""libls.summarise against the NumPy calls an analyst would write, on the same array.

Prints both times, their ratio, and checks that the results agree.
"""

from __future__ import annotations

import argparse
import math
import time

import numpy as np

import libls


def numpy_summary(values: np.ndarray) -> tuple:
    present = ~np.isnan(values)
    return (int(present.sum()), float(np.nanmean(values)), float(np.nanstd(values, ddof=1)),
            float(np.nanmin(values)), float(np.nanmax(values)))


def best_of(repeats: int, function, *args):
    best, result = math.inf, None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(1)
    values = rng.normal(3.0, 1.0, args.size)
    values[rng.random(args.size) < 0.02] = np.nan  # about 2 % missing

    t_libls, s = best_of(args.repeats, libls.summarise, values)
    t_numpy, (count, mean, sd, low, high) = best_of(args.repeats, numpy_summary, values)

    assert s.count == count
    assert math.isclose(s.mean, mean, rel_tol=1e-9)
    assert math.isclose(s.standard_deviation, sd, rel_tol=1e-9)
    assert (s.minimum, s.maximum) == (low, high)

    gigabytes = values.nbytes / 1e9
    print(f"{args.size:,} values, {int(args.size - count):,} missing; results agree")
    print(f"libls.summarise   {t_libls * 1e3:8.1f} ms  ({gigabytes / t_libls:5.2f} GB/s)")
    print(f"numpy (5 calls)   {t_numpy * 1e3:8.1f} ms  ({gigabytes / t_numpy:5.2f} GB/s)")
    print(f"ratio numpy/libls {t_numpy / t_libls:8.2f}x")


if __name__ == "__main__":
    main()
