"""Reference values for libls' Krippendorff's alpha (include/ls/stats/krippendorff_alpha.hpp),
computed by the PyPI package `krippendorff` (pip install krippendorff, in the worktree's
.venv only; libls does not depend on it).

Run from the repository root:
    .venv/bin/python tests/reference/krippendorff.py > tests/reference/krippendorff.out

It writes the data of each case to tests/reference/data/krippendorff_<case>.csv (units x
coders, "NA" where a coder gave no rating; the package itself wants coders x units) and
prints one line per value, "case,metric,-,alpha" with repr() precision, in the format of
agreement.out.
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

# This file's own name would shadow the package: import it from site-packages.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
import krippendorff  # noqa: E402
import numpy as np  # noqa: E402

DATA = Path("tests/reference/data")
METRICS = ("nominal", "ordinal", "interval", "ratio")
nan = np.nan

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the example with
# missing values: 4 observers (rows) x 12 units (columns). Published: nominal .743,
# ordinal .815, interval .849, ratio .797.
PUBLISHED = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
])


def with_missing(rng: np.random.Generator, ratings: np.ndarray, share: float) -> np.ndarray:
    out = ratings.astype(float)
    out[rng.random(out.shape) < share] = nan
    return out


def generated_cases() -> dict[str, np.ndarray]:
    """Seeded units x coders data sets."""
    rng = np.random.default_rng(20261122)
    cases = {}
    # Six-factor-like: 4-point ratings, a unit effect so coders partly agree.
    centre = rng.integers(1, 5, size=30)
    ratings = np.clip(centre[:, None] + rng.integers(-1, 2, size=(30, 5)), 1, 4)
    cases["four_point"] = with_missing(rng, ratings, 0.25)
    # Seven points, many coders, much missing: some units have one rating or none.
    centre = rng.integers(1, 8, size=50)
    ratings = np.clip(centre[:, None] + rng.integers(-2, 3, size=(50, 8)), 1, 7)
    cases["seven_point_sparse"] = with_missing(rng, ratings, 0.6)
    # Many distinct positive values (tenths), zero included, for interval and ratio.
    centre = rng.uniform(0, 10, size=20)
    ratings = np.round(np.clip(centre[:, None] + rng.normal(0, 1.5, size=(20, 3)), 0, None), 1)
    cases["tenths"] = with_missing(rng, ratings, 0.1)
    return cases


def write_units_by_coders(name: str, units_by_coders: np.ndarray) -> None:
    coders = units_by_coders.shape[1]
    lines = [",".join(f"c{i + 1}" for i in range(coders))]
    for unit in units_by_coders:
        lines.append(",".join("NA" if np.isnan(v) else repr(float(v)) for v in unit))
    (DATA / f"krippendorff_{name}.csv").write_text("\n".join(lines) + "\n")


def main() -> None:
    print(f"# krippendorff {version('krippendorff')}, numpy {np.__version__}")
    cases = {"published": PUBLISHED.T, **generated_cases()}
    for name, units_by_coders in cases.items():
        write_units_by_coders(name, units_by_coders)
        for metric in METRICS:
            value = krippendorff.alpha(reliability_data=units_by_coders.T,
                                       level_of_measurement=metric)
            print(f"{name},{metric},-,{float(value)!r}")


if __name__ == "__main__":
    main()
