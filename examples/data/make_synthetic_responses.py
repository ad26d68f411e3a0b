"""Writes synthetic-district-responses.csv: made-up answers of 709 educators to the
"Where are we now?" survey, for examples and notebooks. No real person is in it.

Three districts, four schools each, two or three learning teams per school. Answers are
option labels, as survey tools export them; about 4 % are "no opinion" and 3 % are blank.
Deterministic: run it again and the file is the same.

answers() and write_csv() are shared with make_cross_district_sample.py, which writes the
larger cross-district sample the same way.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

LABELS = {1: "strongly disagree", 2: "disagree", 3: "no opinion", 4: "agree", 5: "strongly agree"}
ITEMS = ["vision", "definition", "leaders_align", "daily_learning", "learning_communities"]
OUT = Path(__file__).resolve().parent / "synthetic-district-responses.csv"


def answers(rng: np.random.Generator, person: float, labels: dict = LABELS,
            blank: float = 0.03, no_opinion: float = 0.04) -> list[str]:
    """One educator's answers to ITEMS: around `person` (on 1..5) with noise, a share
    `blank` of them left empty and a share `no_opinion` of "no opinion". A rounded 3
    becomes "agree": the middle answer is "no opinion", which is not a level."""
    row = []
    for _ in ITEMS:
        u = rng.random()
        if u < blank:
            row.append("")
        elif u < blank + no_opinion:
            row.append(labels[3])
        else:
            code = int(np.clip(round(person + rng.normal(0, 0.7)), 1, 5))
            row.append(labels[4 if code == 3 else code])
    return row


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """The header (id, system, school, team, the items) and the rows, as the csv module
    writes them (CR LF line ends)."""
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "system", "school", "team", *ITEMS])
        writer.writerows(rows)


def main() -> None:
    rng = np.random.default_rng(20261125)
    rows = []
    for d, district in enumerate(["north", "central", "south"]):
        for s in range(4):
            school = f"{district}_{s + 1}"
            level = 3.0 + 0.5 * (d - 1) + rng.normal(0, 0.35)
            for t in range(2 + (s % 2)):
                team = f"{school}_team_{t + 1}"
                for _ in range(int(rng.integers(18, 32))):
                    person = level + rng.normal(0, 0.5)
                    rows.append([f"r{len(rows) + 1:04d}", district, school, team,
                                 *answers(rng, person)])
    write_csv(OUT, rows)
    print(f"wrote {len(rows)} respondents to {OUT.name}")


if __name__ == "__main__":
    main()
