"""The benchmark workload of issue 4, generated: a national survey of educators.

1,000,000 respondents (by default) answer 60 five-point agreement items (1 = strongly
disagree .. 5 = strongly agree; about 2 % missing), grouped into 7 subscales, two items of
each subscale negatively worded (reverse-keyed). Respondents sit in about 40,000 schools in
about 2,000 districts; district and school effects make agreement and ICCs realistic.

Synthetic: no real person is in it. Deterministic for a given seed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

MISSING = -128
SUBSCALES = 7
ITEMS = 60


@dataclass
class Workload:
    codes: np.ndarray          # int8, Fortran order, shape (rows, ITEMS); MISSING = no answer
    district: np.ndarray       # int32 per row
    school: np.ndarray         # int32 per row (schools numbered across the whole system)
    items: list[str]
    instrument: dict           # a libls instrument document
    subscale_items: list[list[int]]
    reverse: np.ndarray        # bool per item

    @property
    def rows(self) -> int:
        return self.codes.shape[0]

    def nbytes(self) -> int:
        """The packed response matrix plus metadata (district and school per row)."""
        return self.codes.nbytes + self.district.nbytes + self.school.nbytes


def subscale_layout() -> list[list[int]]:
    """60 items into 7 subscales of 8 or 9 items, in order."""
    sizes = [9, 9, 9, 9, 8, 8, 8]
    out, start = [], 0
    for size in sizes:
        out.append(list(range(start, start + size)))
        start += size
    return out


def instrument_document(items: list[str], layout: list[list[int]], reverse: np.ndarray) -> dict:
    scale = {"id": "agree_5", "options": [
        {"code": 1, "label": "strongly disagree"}, {"code": 2, "label": "disagree"},
        {"code": 3, "label": "neither"}, {"code": 4, "label": "agree", "favorable": True},
        {"code": 5, "label": "strongly agree", "favorable": True}]}
    return {
        "id": "national_pl_survey", "title": "Synthetic national professional-learning survey",
        "scales": [scale],
        "items": [{"id": item, "text": f"Statement {item}", "scale": "agree_5",
                   "reverse_keyed": bool(reverse[j])} for j, item in enumerate(items)],
        "subscales": [{"id": f"s{s + 1}", "title": f"Subscale {s + 1}",
                       "items": [items[j] for j in members]}
                      for s, members in enumerate(layout)],
    }


def generate(rows: int = 1_000_000, schools: int = 40_000, districts: int = 2_000,
             missing: float = 0.02, seed: int = 20261125) -> Workload:
    rng = np.random.default_rng(seed)
    layout = subscale_layout()
    reverse = np.zeros(ITEMS, dtype=bool)
    for members in layout:
        reverse[members[-2:]] = True
    school_district = rng.integers(0, districts, size=schools, dtype=np.int32)
    school = np.sort(rng.integers(0, schools, size=rows, dtype=np.int32))
    district = school_district[school]
    district_effect = rng.normal(0, 0.35, size=(districts, SUBSCALES))
    school_effect = rng.normal(0, 0.45, size=(schools, SUBSCALES))
    codes = np.empty((rows, ITEMS), dtype=np.int8, order="F")
    for s, members in enumerate(layout):
        latent = (district_effect[district, s] + school_effect[school, s]
                  + rng.normal(0, 1.0, size=rows)).astype(np.float32)
        for j in members:
            sign = -1.0 if reverse[j] else 1.0
            value = 3.2 + sign * 0.8 * latent + rng.normal(0, 0.8, size=rows).astype(np.float32)
            column = np.clip(np.rint(value), 1, 5).astype(np.int8)
            column[rng.random(rows) < missing] = MISSING
            codes[:, j] = column
    items = [f"q{j + 1:02d}" for j in range(ITEMS)]
    return Workload(codes, district, school, items, instrument_document(items, layout, reverse),
                    layout, reverse)


def write_csv(workload: Workload, path: str, chunk: int = 100_000) -> None:
    """Wide CSV: id, district, school, then one column per item (empty = missing)."""
    header = ",".join(["id", "district", "school"] + workload.items)
    text_codes = np.array([""] + [str(c) for c in range(1, 6)])
    with open(path, "w", newline="\n") as out:
        out.write(header + "\n")
        for first in range(0, workload.rows, chunk):
            block = workload.codes[first:first + chunk]
            index = np.where(block == MISSING, 0, block).astype(np.int64)
            cells = text_codes[index]
            ids = np.char.add("r", np.arange(first, first + len(block)).astype(str))
            lines = [",".join((ids[i], f"d{workload.district[first + i]}",
                               f"s{workload.school[first + i]}", *cells[i]))
                     for i in range(len(block))]
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    w = generate(rows=10_000, schools=400, districts=20)
    print(w.codes.shape, w.codes.flags["F_CONTIGUOUS"], w.nbytes())
    print(json.dumps(w.instrument)[:200])
