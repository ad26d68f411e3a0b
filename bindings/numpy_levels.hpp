#pragma once
// Grouping levels from Python: (name, NumPy group indices, labels or a count) tuples, read as
// aggregate::group_level spans into arrays kept alive beside them.

#include <ls/aggregate/grouping.hpp>

#include <pybind11/numpy.h>

#include <vector>

namespace ls::python {

/// The levels as C++ sees them, with the arrays they point into kept alive.
struct python_levels {
  std::vector<pybind11::array_t<std::int32_t, pybind11::array::c_style>> arrays;
  std::vector<aggregate::group_level> levels;
};

/// Reads a sequence of (name, group indices, labels), where labels is a list of str or the
/// number of groups n (labels "0" .. "n-1"). Raises TypeError for anything else, or for
/// indices that are not integers fitting int32 (int8/int16 are widened, a copy).
python_levels levels_of(const pybind11::sequence& levels);

}  // namespace ls::python
