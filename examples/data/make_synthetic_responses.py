"""Writes synthetic-district-responses.csv: made-up answers of 600 educators to the
"Where are we now?" survey, for examples and notebooks. No real person is in it.

Three districts, four schools each, two or three learning teams per school. Answers are
option labels, as survey tools export them; about 4 % are "no opinion" and 3 % are blank.
Deterministic: run it again and the file is the same.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

LABELS = {1: "strongly disagree", 2: "disagree", 3: "no opinion", 4: "agree", 5: "strongly agree"}
ITEMS = ["vision", "definition", "leaders_align", "daily_learning", "learning_communities"]
OUT = Path(__file__).resolve().parent / "synthetic-district-responses.csv"


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
                    answers = []
                    for _ in ITEMS:
                        u = rng.random()
                        if u < 0.03:
                            answers.append("")
                        elif u < 0.07:
                            answers.append(LABELS[3])
                        else:
                            code = int(np.clip(round(person + rng.normal(0, 0.7)), 1, 5))
                            answers.append(LABELS[4 if code == 3 else code])
                    rows.append([f"r{len(rows) + 1:04d}", district, school, team, *answers])
    with OUT.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "system", "school", "team", *ITEMS])
        writer.writerows(rows)
    print(f"wrote {len(rows)} respondents to {OUT.name}")


if __name__ == "__main__":
    main()
