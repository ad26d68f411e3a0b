// Statistics over NumPy arrays.
#include "register.hpp"

#include <ls/core/error.hpp>
#include <ls/stats/moments.hpp>

#include <pybind11/numpy.h>

#include <span>

namespace py = pybind11;

namespace ls::python {

void register_stats(py::module_& m) {
  m.def(
      "summarise",
      [](const py::array_t<double, py::array::c_style | py::array::forcecast>& values) {
        if (values.ndim() != 1)
          throw ls::error("summarise needs a one-dimensional array, got " +
                          std::to_string(values.ndim()) + " dimensions");
        std::span<const double> data(values.data(), static_cast<std::size_t>(values.size()));
        py::gil_scoped_release release;  // pure C++ from here on
        return stats::summarise(data);
      },
      py::arg("values"),
      R"(Count, missing, mean, sample standard deviation, minimum and maximum.

Parameters
----------
values : array_like
    One-dimensional numbers; NaN counts as missing. A contiguous float64 array is read
    in place; anything else is first copied to one.

Returns
-------
Summary
    With count 0 every statistic is NaN; with count 1 the standard deviation is NaN.
)");
}

}  // namespace ls::python
