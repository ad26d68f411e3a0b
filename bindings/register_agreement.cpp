// Within-group agreement (rwg, rwg(j), AD, awg), ICC(1)/ICC(2) and Krippendorff's alpha
// over NumPy arrays. The result types are bound generically from their descriptions.
#include "numpy_codes.hpp"
#include "register.hpp"

#include <ls/core/error.hpp>
#include <ls/stats/icc.hpp>
#include <ls/stats/krippendorff_alpha.hpp>
#include <ls/stats/within_group_agreement.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace py = pybind11;

namespace ls::python {

namespace {

/// Group codes as a contiguous int32 array, read in place when it is one. Other integer
/// dtypes are copied (after checking every code fits); floats and other kinds are
/// refused, since truncating a float to a group would put rows in the wrong group.
struct numpy_groups {
  py::array_t<std::int32_t, py::array::c_style> array;
  std::span<const std::int32_t> codes;
};

numpy_groups groups_from_numpy(const py::array& groups, std::size_t rows) {
  const char kind = groups.dtype().kind();
  if (kind != 'i' && kind != 'u')
    throw py::type_error("group codes must be a NumPy integer array (int32; -1 = no group), got "
                         "dtype " + py::str(groups.dtype()).cast<std::string>());
  if (groups.ndim() != 1)
    throw py::type_error("group codes must be one-dimensional, got " +
                         std::to_string(groups.ndim()) + " dimensions");
  if (!py::dtype::of<std::int32_t>().is(groups.dtype()) && groups.size() > 0) {
    const auto low = groups.attr("min")().cast<long long>();
    const auto high = groups.attr("max")().cast<long long>();
    if (low < std::numeric_limits<std::int32_t>::min() ||
        high > std::numeric_limits<std::int32_t>::max())
      throw ls::error("group codes must fit in int32, got values from " + std::to_string(low) +
                      " to " + std::to_string(high));
  }
  numpy_groups out;
  out.array = py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>::ensure(groups);
  if (!out.array) throw py::error_already_set();
  out.codes = {out.array.data(), static_cast<std::size_t>(out.array.size())};
  if (out.codes.size() != rows)
    throw ls::error("there are " + std::to_string(rows) + " rows but " +
                    std::to_string(out.codes.size()) + " group codes");
  return out;
}

using doubles = py::array_t<double, py::array::c_style | py::array::forcecast>;

}  // namespace

void register_agreement(py::module_& m) {
  m.def(
      "within_group_agreement",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings,
         const py::array& groups, const std::optional<std::vector<std::size_t>>& items,
         std::optional<double> expected_variance, std::optional<double> scale_minimum,
         std::optional<double> scale_maximum, std::size_t group_count, unsigned threads) {
        const auto data = codes_from_numpy(codes);
        const auto view = scored_from_numpy(data, codings);
        const auto group_codes = groups_from_numpy(groups, view.codes.rows);
        stats::agreement_options options;
        if (items) options.items = *items;
        options.expected_variance = expected_variance;
        options.scale_minimum = scale_minimum;
        options.scale_maximum = scale_maximum;
        options.group_count = group_count;
        options.threads = threads;
        py::gil_scoped_release release;  // pure C++ from here on
        return stats::within_group_agreement(view, group_codes.codes, options);
      },
      py::arg("codes"), py::arg("codings"), py::arg("groups"), py::kw_only(),
      py::arg("items") = py::none(), py::arg("expected_variance") = py::none(),
      py::arg("scale_minimum") = py::none(), py::arg("scale_maximum") = py::none(),
      py::arg("group_count") = 0, py::arg("threads") = 0,
      R"(rwg / rwg(j), AD (about the mean and the median) and awg of every group.

Computed as R's multilevel package (rwg, rwg.j, ad.m, awg): a row with a missing answer on
any item used, or in no group, is left out; a group with fewer than two complete rows has
NaN and a status saying why.

Parameters
----------
codes : numpy.ndarray
    Answer codes, int8, shape (rows, items), missing = -128. Read in place in Fortran
    order; a C-order array is copied first. Other dtypes raise TypeError.
codings : list[ItemCoding]
    One per column (``codings_for``, ``item_coding``).
groups : numpy.ndarray
    One group index per row, -1 = no group (e.g. school codes). int32 is read in place;
    other integer dtypes are copied; floats raise TypeError.
items : list[int], optional
    The columns to use (default: all). One column gives rwg, several rwg(j).
expected_variance : float, optional
    rwg's null variance; default (A^2 - 1) / 12 for A options (all items must have the
    same number of options).
scale_minimum, scale_maximum : float, optional
    awg's range; default the smallest and largest scored value of the codings.
group_count : int
    List at least the groups 0 .. group_count - 1 (groups without rows get n = 0).
threads : int
    0 = one per core. The result does not depend on it.

Returns
-------
AgreementResult
    ``groups[g]`` is group g: n, dropped, rwg, average_deviation_mean,
    average_deviation_median, awg, and their status.
)");

  m.def(
      "icc",
      [](const doubles& values, const py::array& groups, unsigned threads) {
        if (values.ndim() != 1)
          throw ls::error("icc needs one-dimensional values, got " +
                          std::to_string(values.ndim()) + " dimensions");
        const auto size = static_cast<std::size_t>(values.size());
        const auto group_codes = groups_from_numpy(groups, size);
        const std::span<const double> data(values.data(), size);
        py::gil_scoped_release release;
        return stats::icc(data, group_codes.codes, threads);
      },
      py::arg("values"), py::arg("groups"), py::kw_only(), py::arg("threads") = 0,
      R"(ICC(1) and ICC(2) from a one-way ANOVA of ``values`` by group (multilevel::ICC1, ICC2).

Parameters
----------
values : array_like
    One value per row (an item, a subscale score); NaN = missing. A contiguous float64
    array is read in place; anything else is copied to one.
groups : numpy.ndarray
    One group index per row, -1 = no group (int32 read in place, other integers copied).
threads : int
    0 = one per core. The result does not depend on it.

Returns
-------
IccResult
    The ANOVA table (df, sums of squares, mean squares, F), the mean group size N / G,
    icc1 and icc2, and a status for each (NaN with a reason when undefined: no values,
    a single group, one value per group, no variance, equal group means).
)");

  m.def(
      "icc_items",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings,
         const py::array& groups, unsigned threads) {
        const auto data = codes_from_numpy(codes);
        const auto view = scored_from_numpy(data, codings);
        const auto group_codes = groups_from_numpy(groups, view.codes.rows);
        py::gil_scoped_release release;
        return stats::icc_items(view, group_codes.codes, threads);
      },
      py::arg("codes"), py::arg("codings"), py::arg("groups"), py::kw_only(),
      py::arg("threads") = 0,
      R"(ICC(1) and ICC(2) of every item (column) of ``codes`` by group.

Parameters
----------
codes : numpy.ndarray
    Answer codes, int8, shape (rows, items) (a C-order array is copied first).
codings : list[ItemCoding]
    One per column.
groups : numpy.ndarray
    One group index per row, -1 = no group.
threads : int
    0 = one per core.

Returns
-------
list[IccResult]
    One per column; each item's missing answers are left out on their own.
)");

  m.def(
      "krippendorff_alpha",
      [](const doubles& ratings, stats::krippendorff_metric metric) {
        if (ratings.ndim() != 2)
          throw ls::error("Krippendorff's alpha needs a 2-D array (units, coders), got " +
                          std::to_string(ratings.ndim()) + " dimensions");
        const auto coders = static_cast<std::size_t>(ratings.shape(1));
        const std::span<const double> data(ratings.data(), static_cast<std::size_t>(ratings.size()));
        if (coders == 0) throw ls::error("Krippendorff's alpha needs at least one coder");
        py::gil_scoped_release release;
        return stats::krippendorff_alpha(data, coders, metric);
      },
      py::arg("ratings"), py::arg("metric"),
      R"(Krippendorff's alpha of units rated by coders, some ratings missing.

Parameters
----------
ratings : array_like
    Shape (units, coders), NaN where a coder gave no rating (note: the ``krippendorff``
    package wants the transpose). A C-order float64 array is read in place; anything
    else is copied to one.
metric : KrippendorffMetric
    nominal, ordinal, interval or ratio (values >= 0).

Returns
-------
KrippendorffResult
    alpha, the observed and expected disagreement, the units and pairable values; NaN
    with a status when no unit has two ratings or every rating is the same.
)");
}

}  // namespace ls::python
