"""The GIL is released while C++ works: another thread runs (and scores) in the middle of
a long analysis. Not a timing test: it checks what runs during the call, not how fast."""

from __future__ import annotations

import threading
import time

import numpy as np

import libls


def survey(rows: int, seed: int):
    wawn = libls.builtin_instrument("where_are_we_now")
    items = wawn.rated_item_ids()
    codes = np.asfortranarray(
        np.random.default_rng(seed).integers(1, 6, size=(rows, len(items)), dtype=np.int8))
    school = np.sort(np.random.default_rng(seed).integers(0, rows // 20, size=rows).astype(np.int32))
    return codes, libls.scoring_plan(wawn, items), [("school", school, int(school.max()) + 1)]


def test_another_scoring_runs_in_the_middle_of_a_long_one():
    big = survey(2_000_000, 1)
    small_codes, small_plan, _ = survey(200, 2)
    window = {}

    def long_run():
        window["start"] = time.perf_counter()
        libls.analyse(*big, libls.AnalysisOptions(threads=1))
        window["end"] = time.perf_counter()

    worker = threading.Thread(target=long_run)
    worker.start()
    finished = []  # when each small scoring on this thread ended
    while worker.is_alive():
        libls.subscale_scores(small_codes, small_plan, threads=1)
        finished.append(time.perf_counter())
    worker.join()
    start, end = window["start"], window["end"]
    middle = (start + (end - start) / 4, end - (end - start) / 4)
    # Had the long call held the GIL, no Python (so no other scoring) could run in it.
    assert sum(middle[0] <= t <= middle[1] for t in finished) >= 2
