// Aggregation over NumPy answer codes and per-row group indices: subscale statistics per
// group at every level, with small groups suppressed.
#include "numpy_codes.hpp"
#include "numpy_levels.hpp"
#include "register.hpp"

#include <ls/aggregate/aggregate.hpp>
#include <ls/aggregate/mean_interval.hpp>
#include <ls/aggregate/suppression.hpp>
#include <ls/aggregate/variance_decomposition.hpp>
#include <ls/core/error.hpp>
#include <ls/scoring/scoring_plan.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

namespace {

aggregate::aggregation_result run(const py::array& codes, const scoring::scoring_plan& plan,
                                  const py::sequence& levels,
                                  const aggregate::aggregate_options& options, unsigned threads,
                                  std::size_t chunk_rows) {
  const auto data = codes_from_numpy(codes);
  const auto groups = levels_of(levels);
  py::gil_scoped_release release;
  return aggregate::aggregate(data.view, plan, groups.levels, options, threads, chunk_rows);
}

aggregate::variance_decomposition decompose(
    const py::array_t<double, py::array::c_style | py::array::forcecast>& values,
    const py::sequence& levels) {
  if (values.ndim() != 1)
    throw ls::error("decompose_variance needs one-dimensional values, got " +
                    std::to_string(values.ndim()) + " dimensions");
  const auto groups = levels_of(levels);
  const std::span<const double> data(values.data(), static_cast<std::size_t>(values.size()));
  py::gil_scoped_release release;
  return aggregate::decompose_variance(data, groups.levels);
}

constexpr const char* decompose_doc = R"(Variance components of a value between the groups of nested levels.

The analysis-of-variance estimator of a nested random-effects model for unbalanced data:
how much of the variance of ``values`` lies between districts, between schools within
districts, ... and within the lowest groups; each level's share, intraclass correlation
(the share at it and above) and design effect 1 + (N / groups - 1) ICC.

Parameters
----------
values : array_like
    One value per row (e.g. a subscale score); NaN = missing. A contiguous float64 array
    is read in place; anything else is copied to one.
levels : list[tuple[str, numpy.ndarray, list[str] | int]]
    The levels top down, as ``analyse`` takes them: (name, per-row group indices with
    -1 = none, the labels or the number of groups). Rows without a group at some level are left
    out and counted.

Returns
-------
VarianceDecomposition
    ``components``: one VarianceComponent per level, then "within"; ``notes`` say why a
    number is NaN or that a negative estimate was taken as 0.

Raises
------
libls.Error
    No levels, codes of the wrong length, levels that do not nest, an infinite value.
)";

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
levels : list[tuple[str, numpy.ndarray, list[str] | int]]
    Top level first, e.g. ``[("district", d, d_labels), ("school", s, s_labels)]``: a name,
    the group index of each row (int32, -1 = no group; int8/int16 are widened, a copy;
    other dtypes raise TypeError), and the label of each index (or the number of groups n:
    labels "0" .. "n-1"). Levels must nest: a group
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
  m.def("decompose_variance", &decompose, py::arg("values"), py::arg("levels"), decompose_doc);
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
  m.def("disclosure_violations", &aggregate::disclosure_violations, py::arg("parents"),
        py::arg("n"), py::arg("status"), py::arg("min_size") = aggregate::default_min_group_size,
        R"(The groups a suppression leaves open to disclosure (the check ``suppress_groups`` repeats).

For a suppression adjusted by hand: empty when no suppressed group's numbers can be worked
out from the published ones (and no published group is below the minimum size).

Parameters
----------
parents : list[int]
    The parent of each node, as for ``suppress_groups``.
n : list[int]
    Respondents of each node.
status : list[SuppressionReason]
    The suppression to check, one per node.
min_size : int

Returns
-------
list[int]
    The nodes that break a condition, in node order.

Raises
------
libls.Error
    A malformed tree, ``min_size`` 0, or lists of different lengths.
)");
  m.def("t_confidence_interval", &aggregate::t_confidence_interval, py::arg("summary"),
        py::arg("level") = 0.95,
        R"(The t confidence interval of a mean, as R's ``t.test(x)$conf.int`` gives it.

mean +/- t(1 - (1 - level) / 2, n - 1) * sd / sqrt(n), with sd the sample standard
deviation (Student 1908).

Parameters
----------
summary : Summary
    Count, mean and standard deviation of the values (``summarise``).
level : float
    The confidence level, in (0, 1).

Returns
-------
MeanConfidenceInterval
    NaN bounds with a ``note`` when there is no interval: no values, one value (no spread
    to estimate), or all values equal.

Raises
------
libls.Error
    ``level`` not in (0, 1).
)");
  m.def(
      "student_t_quantile",
      [](double p, double df) {
        if (!(p > 0 && p < 1) || !(df > 0))
          throw ls::error("student_t_quantile needs 0 < p < 1 and df > 0, got p = " +
                          std::to_string(p) + ", df = " + std::to_string(df));
        return aggregate::student_t_quantile(p, df);
      },
      py::arg("p"), py::arg("df"),
      R"(The p-quantile of Student's t distribution with df degrees of freedom (Boost.Math).

Parameters
----------
p : float
    In (0, 1).
df : float
    Degrees of freedom, > 0 (need not be whole).

Returns
-------
float

Raises
------
libls.Error
    ``p`` or ``df`` out of range.
)");
}

}  // namespace ls::python
