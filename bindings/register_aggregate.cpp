// Aggregation over NumPy answer codes and per-row group indices: subscale statistics per
// group at every level, with small groups suppressed.
#include "numpy_codes.hpp"
#include "register.hpp"

#include <ls/aggregate/aggregate.hpp>
#include <ls/aggregate/suppression.hpp>
#include <ls/core/error.hpp>
#include <ls/scoring/scoring_plan.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

namespace {

using group_codes = py::array_t<std::int32_t, py::array::c_style>;

/// The levels as C++ sees them, with the arrays they point into kept alive.
struct python_levels {
  std::vector<group_codes> arrays;
  std::vector<aggregate::group_level> levels;
};

group_codes group_codes_of(const py::handle& value, const std::string& name) {
  const auto array = py::array::ensure(value);
  if (!array || array.ndim() != 1)
    throw py::type_error("the group indices of level \"" + name +
                         "\" must be a one-dimensional NumPy array");
  const char kind = array.dtype().kind();
  if ((kind != 'i' && kind != 'u') || array.dtype().itemsize() > 4 ||
      (kind == 'u' && array.dtype().itemsize() == 4))
    throw py::type_error("the group indices of level \"" + name +
                         "\" must be integers that fit int32 (-1 = no group), got dtype " +
                         py::str(array.dtype()).cast<std::string>());
  auto out = group_codes::ensure(array);  // int8/int16/uint8/uint16: widened (a copy)
  if (!out) throw py::error_already_set();
  return out;
}

python_levels levels_of(const py::sequence& levels) {
  python_levels out;
  for (const auto& item : levels) {
    if (!py::isinstance<py::sequence>(item) || py::isinstance<py::str>(item) ||
        py::len(item) != 3)
      throw py::type_error("each level is a tuple (name, group indices, labels)");
    const auto entry = py::reinterpret_borrow<py::sequence>(item);
    const auto name = entry[0].cast<std::string>();
    out.arrays.push_back(group_codes_of(entry[1], name));
    const auto& codes = out.arrays.back();
    out.levels.push_back({name, entry[2].cast<std::vector<std::string>>(),
                          {codes.data(), static_cast<std::size_t>(codes.size())}});
  }
  return out;
}

aggregate::aggregation_result run(const py::array& codes, const scoring::scoring_plan& plan,
                                  const py::sequence& levels,
                                  const aggregate::aggregate_options& options, unsigned threads,
                                  std::size_t chunk_rows) {
  const auto data = codes_from_numpy(codes);
  const auto groups = levels_of(levels);
  py::gil_scoped_release release;
  return aggregate::aggregate(data.view, plan, groups.levels, options, threads, chunk_rows);
}

constexpr const char* aggregate_doc = R"(Subscale statistics per group at every level, in one pass.

For all respondents and each group of each level: n (respondents with a score), mean,
sample standard deviation, t confidence interval of the mean, and percent favorable over
those respondents' answers. Groups with fewer than ``options.min_group_size`` respondents
are suppressed, and so are the groups needed to keep them from being recovered from
their parent and siblings (complementary suppression): a suppressed group shows no
statistic, not even n.

Parameters
----------
codes : numpy.ndarray
    Answer codes, int8, shape (rows, items), missing = -128. Read in place when in Fortran
    order; a C-order array is copied first. Other dtypes raise TypeError.
plan : ScoringPlan
levels : list[tuple[str, numpy.ndarray, list[str]]]
    Top level first, e.g. ``[("district", d, d_labels), ("school", s, s_labels)]``: a name,
    the group index of each row (int32, -1 = no group; int8/int16 are widened, a copy;
    other dtypes raise TypeError), and the label of each index. Levels must nest: a group
    found under two parents raises libls.Error.
options : AggregateOptions
    Minimum group size (default 5) and confidence level (default 0.95).
threads : int
    0: one per core. The result does not depend on it.
chunk_rows : int
    Rows per chunk of work; at least 4 per group (a chunk's partial result is the size of
    all groups). 0, the default: one chunk per thread. Means and sds are the same bit for
    bit for the same chunk_rows whatever the threads.

Returns
-------
AggregationResult
    ``groups``: a GroupStatistics per subscale and group, all respondents first;
    ``find(subscale, level, group)`` picks one.
)";

}  // namespace

void register_aggregate(py::module_& m) {
  const auto default_options =
      py::arg_v("options", aggregate::aggregate_options{}, "AggregateOptions()");
  const auto threads = py::arg("threads") = 0u;
  const auto chunk_rows = py::arg("chunk_rows") = std::size_t{0};
  m.def("aggregate", &run, py::arg("codes"), py::arg("plan"), py::arg("levels"),
        default_options, threads, chunk_rows, aggregate_doc);
  m.def(
      "aggregate",
      [](const py::array& codes, const survey::instrument& instrument,
         const std::vector<std::string>& items, const py::sequence& levels,
         const aggregate::aggregate_options& options,
         const scoring::scoring_options& scoring_options, unsigned thread_count,
         std::size_t rows) {
        return run(codes, scoring::make_scoring_plan(instrument, items, scoring_options), levels,
                   options, thread_count, rows);
      },
      py::arg("codes"), py::arg("instrument"), py::arg("items"), py::arg("levels"),
      default_options, py::arg_v("scoring_options", scoring::scoring_options{}, "ScoringOptions()"),
      threads, chunk_rows,
      "As above, with the plan built from the instrument and the item id of each column.");
  m.def(
      "suppress_groups",
      [](const std::vector<std::int64_t>& parents, const std::vector<std::size_t>& n,
         std::size_t min_size) { return aggregate::suppress(parents, n, min_size); },
      py::arg("parents"), py::arg("n"), py::arg("min_size") = aggregate::default_min_group_size,
      R"(Primary and complementary suppression on a tree of groups.

Parameters
----------
parents : list[int]
    The parent of each node: -1 for node 0 (all respondents) only; every other parent
    comes earlier in the list.
n : list[int]
    Respondents of each node.
min_size : int

Returns
-------
list[SuppressionReason]
    ``none`` (published), ``below_minimum`` or ``complementary``.
)");
}

}  // namespace ls::python
