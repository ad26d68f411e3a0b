#pragma once
// Response data from NumPy: a 2-D int8 array of answer codes, shape (rows, items), read
// in place when it is in Fortran order (the layout of ls::responses::response_view), and
// copied into that order otherwise. Any other dtype is refused: a float array silently
// truncated to codes would be wrong data.

#include <ls/responses/item_coding.hpp>
#include <ls/responses/response_matrix.hpp>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <vector>

namespace ls::python {

/// Keeps the array (or its Fortran-order copy) alive as long as the view is used.
struct numpy_codes {
  pybind11::array_t<std::int8_t, pybind11::array::f_style> array;
  responses::response_view view;
  /// True when the caller's array was used without copying.
  bool zero_copy = false;
};

/// Raises TypeError for a dtype other than int8 or a shape that is not 2-D.
numpy_codes codes_from_numpy(const pybind11::array& codes);

/// A scored view of `codes` with one coding per column; raises ValueError (libls.Error)
/// when the numbers differ.
responses::scored_view scored_from_numpy(const numpy_codes& codes,
                                         const std::vector<responses::item_coding>& codings);

}  // namespace ls::python
