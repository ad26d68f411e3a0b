"""summarise over NumPy arrays, against NIST StRD certified values (NumAcc1-4)."""

from __future__ import annotations

import math

import numpy as np
import pytest

import libls


def nist_alternating(first, low, high):
    return np.array([first] + [low, high] * 500)


def test_numacc1():
    s = libls.summarise(np.array([10000001.0, 10000003.0, 10000002.0]))
    assert (s.count, s.mean, s.standard_deviation) == (3, 10000002.0, 1.0)


@pytest.mark.parametrize("first,low,high,tolerance", [
    (1.2, 1.1, 1.3, 1e-13),
    (1000000.2, 1000000.1, 1000000.3, 1e-8),
    (10000000.2, 10000000.1, 10000000.3, 1e-7),
])
def test_numacc2_to_4(first, low, high, tolerance):
    s = libls.summarise(nist_alternating(first, low, high))
    assert s.count == 1001
    assert s.mean == pytest.approx(first, rel=1e-15)
    assert s.standard_deviation == pytest.approx(0.1, rel=tolerance)


def test_degenerate_inputs():
    empty = libls.summarise(np.array([], dtype=float))
    assert empty.count == 0 and math.isnan(empty.mean)
    one = libls.summarise(np.array([4.0]))
    assert one.mean == 4.0 and math.isnan(one.standard_deviation)
    missing = libls.summarise(np.array([np.nan, np.nan]))
    assert (missing.count, missing.missing) == (0, 2)
    assert libls.summarise(np.full(5, 3.0)).standard_deviation == 0.0


def test_strided_and_integer_input_is_read_correctly():
    values = np.arange(10, dtype=np.int64)
    s = libls.summarise(values[::2])  # 0 2 4 6 8: copied to contiguous float64
    assert (s.count, s.mean, s.maximum) == (5, 4.0, 8.0)
