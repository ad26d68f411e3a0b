// Comparisons of groups: every group of a level against a reference, from a group table,
// and the building blocks (Welch's test, Hedges' g, adjusted p-values) on their own.
#include "register.hpp"

#include <ls/compare/complement.hpp>
#include <ls/compare/group_comparison.hpp>
#include <ls/compare/hedges_g.hpp>
#include <ls/compare/p_adjust.hpp>
#include <ls/compare/wave_comparison.hpp>
#include <ls/compare/welch_test.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <span>

namespace py = pybind11;

namespace ls::python {

namespace {

using double_array = py::array_t<double, py::array::c_style | py::array::forcecast>;

/// A copy of `values` as a NumPy array of `shape`.
template <class T, class Out = T>
py::array_t<Out> array_of(const std::vector<T>& values, std::vector<py::ssize_t> shape) {
  py::array_t<Out> out(shape);
  auto* data = out.mutable_data();
  for (std::size_t i = 0; i < values.size(); ++i) data[i] = static_cast<Out>(values[i]);
  return out;
}

py::dict comparison_arrays(const compare::group_comparison& c) {
  require_valid(c);
  const std::vector<py::ssize_t> per_group{static_cast<py::ssize_t>(c.group_count())};
  const std::vector<py::ssize_t> per_entry{static_cast<py::ssize_t>(c.subscales.size()),
                                           static_cast<py::ssize_t>(c.group_count())};
  py::dict out;
  out["group"] = array_of(c.group, per_group);
  out["status"] = array_of<compare::comparison_status, std::int8_t>(c.status, per_entry);
  out["suppression"] =
      array_of<aggregate::suppression_reason, std::int8_t>(c.suppression, per_entry);
  out["n"] = array_of(c.n, per_entry);
  out["reference_n"] = array_of(c.reference_n, per_entry);
  const std::pair<const char*, const std::vector<double>*> columns[] = {
      {"mean", &c.mean},
      {"standard_deviation", &c.standard_deviation},
      {"ci_lower", &c.ci_lower},
      {"ci_upper", &c.ci_upper},
      {"percent_favorable", &c.percent_favorable},
      {"rwg_j", &c.rwg_j},
      {"reference_mean", &c.reference_mean},
      {"reference_standard_deviation", &c.reference_standard_deviation},
      {"difference", &c.difference},
      {"difference_ci_lower", &c.difference_ci_lower},
      {"difference_ci_upper", &c.difference_ci_upper},
      {"standard_error", &c.standard_error},
      {"t", &c.t},
      {"df", &c.df},
      {"p_value", &c.p_value},
      {"hedges_g", &c.hedges_g},
      {"hedges_g_ci_lower", &c.hedges_g_ci_lower},
      {"hedges_g_ci_upper", &c.hedges_g_ci_upper},
      {"p_holm", &c.p_holm},
      {"p_bh", &c.p_bh}};
  for (const auto& [name, values] : columns) out[name] = array_of(*values, per_entry);
  return out;
}

py::dict wave_arrays(const compare::wave_comparison& c) {
  require_valid(c);
  const std::vector<py::ssize_t> per_group{static_cast<py::ssize_t>(c.group_count())};
  const std::vector<py::ssize_t> per_subscale{static_cast<py::ssize_t>(c.subscales.size())};
  const std::vector<py::ssize_t> per_entry{static_cast<py::ssize_t>(c.subscales.size()),
                                           static_cast<py::ssize_t>(c.group_count())};
  py::dict out;
  out["before_group"] = array_of(c.before_group, per_group);
  out["after_group"] = array_of(c.after_group, per_group);
  out["status"] = array_of<compare::wave_status, std::int8_t>(c.status, per_entry);
  out["test_status"] = array_of<compare::comparison_status, std::int8_t>(c.test_status, per_entry);
  out["in_cohort"] = array_of<std::uint8_t, bool>(c.in_cohort, per_entry);
  out["before_suppression"] =
      array_of<aggregate::suppression_reason, std::int8_t>(c.before_suppression, per_entry);
  out["after_suppression"] =
      array_of<aggregate::suppression_reason, std::int8_t>(c.after_suppression, per_entry);
  out["before_n"] = array_of(c.before_n, per_entry);
  out["after_n"] = array_of(c.after_n, per_entry);
  const std::pair<const char*, const std::vector<double>*> columns[] = {
      {"before_mean", &c.before_mean},
      {"before_standard_deviation", &c.before_standard_deviation},
      {"before_ci_lower", &c.before_ci_lower},
      {"before_ci_upper", &c.before_ci_upper},
      {"after_mean", &c.after_mean},
      {"after_standard_deviation", &c.after_standard_deviation},
      {"after_ci_lower", &c.after_ci_lower},
      {"after_ci_upper", &c.after_ci_upper},
      {"change", &c.change},
      {"change_ci_lower", &c.change_ci_lower},
      {"change_ci_upper", &c.change_ci_upper},
      {"standard_error", &c.standard_error},
      {"t", &c.t},
      {"df", &c.df},
      {"p_value", &c.p_value},
      {"hedges_g", &c.hedges_g},
      {"hedges_g_ci_lower", &c.hedges_g_ci_lower},
      {"hedges_g_ci_upper", &c.hedges_g_ci_upper},
      {"p_holm", &c.p_holm},
      {"p_bh", &c.p_bh}};
  for (const auto& [name, values] : columns) out[name] = array_of(*values, per_entry);
  const std::pair<const char*, const std::vector<std::uint64_t>*> counts[] = {
      {"cohort_size", &c.cohort_size},         {"increased", &c.increased},
      {"decreased", &c.decreased},             {"no_clear_change", &c.no_clear_change},
      {"cohort_before_n", &c.cohort_before_n}, {"cohort_after_n", &c.cohort_after_n}};
  for (const auto& [name, values] : counts) out[name] = array_of(*values, per_subscale);
  out["cohort_before_mean"] = array_of(c.cohort_before_mean, per_subscale);
  out["cohort_after_mean"] = array_of(c.cohort_after_mean, per_subscale);
  out["cohort_change"] = array_of(c.cohort_change, per_subscale);
  return out;
}

constexpr const char* compare_waves_doc = R"(The change of every group of one level between two waves, on every subscale.

Groups are matched by label between the tables of the two waves (the union: the earlier
wave's groups in its order, then those only in the later wave), subscales by id. For each
subscale and group: each wave's published n, mean, sd and t interval; the change
``after_mean - before_mean`` with Welch's t, df, two-sided p and interval (the waves'
respondents taken as independent samples); Hedges' g of the change (the earlier wave as
the reference) with its normal-approximation interval; and p adjusted by Holm and by
Benjamini-Hochberg across the compared groups of the subscale.

The cohort of a subscale is its groups published in both waves: ``cohort_size``, how many
``increased`` or ``decreased`` with Holm p below ``options.alpha``, ``no_clear_change``,
and its pooled n and mean in each wave with ``cohort_change``.

A group suppressed in either wave shows no change and nothing of the wave it is suppressed
in (its other wave's published numbers are shown); it is neither in the p-adjust family
nor in the cohort. ``status`` (WaveStatus) says why a change is missing: only in one wave
(``only_before``, ``only_after``), suppressed (``suppressed_before``, ``suppressed_after``,
``suppressed_both``) or ``degenerate`` (the reason in ``test_status``);
``wave_note(status, test_status)`` says it in words. Benchmarks are not compared yet.

Parameters
----------
before, after : GroupTable
    The earlier and the later wave, e.g. ``analyse(...).groups`` of each.
options : WaveOptions
    ``level`` (required; a level of both tables), ``confidence_level`` (default 0.95),
    ``alpha`` (default 0.05, for the cohort's counts).

Returns
-------
WaveComparison
    Columns, one entry per subscale and group at ``[k * len(group_label) + j]``, and the
    cohort's per subscale; ``arrays()`` gives them as NumPy arrays, ``to_frame()`` a tidy
    frame.

Raises
------
libls.ValidationError
    For options that do not fit the tables or subscale ids that differ between the waves
    (every issue at once, each with its path), or an invalid table.
)";

std::span<const double> one_dimensional(const double_array& p) {
  if (p.ndim() != 1)
    throw ls::error("p-values must be one-dimensional, got " + std::to_string(p.ndim()) +
                    " dimensions");
  return {p.data(), static_cast<std::size_t>(p.size())};
}

py::array_t<double> to_numpy(const std::vector<double>& values) {
  return array_of(values, {static_cast<py::ssize_t>(values.size())});
}

constexpr const char* compare_groups_doc = R"(Every group of one level against a reference, on every subscale.

For each subscale and group of ``options.level``: the group's n, mean, sd, t interval,
percent favorable and rwg(j) from the table; the reference's n, mean and sd (by default
the rest of the system: all respondents with a score who are not in the group, derived
from the table's row of all respondents and the group's row; or all respondents; or a
named group of the level); the difference with Welch's t, df, two-sided p and interval;
Hedges' g (exact small-sample correction J) with its normal-approximation interval; and
p adjusted by Holm and by Benjamini-Hochberg across the groups of the subscale whose p
is defined.

A suppressed group shows nothing (n 0, NaN, status ``group_suppressed``) and is not in the
p-adjust family; a suppressed reference gives NaN comparisons (``reference_suppressed``).
Degenerate comparisons (n < 2 on a side, sd 0 on both) are NaN with a status;
``comparison_note(status)`` says why.

Parameters
----------
table : GroupTable
    E.g. ``analyse(...).groups``.
options : ComparisonOptions
    ``level`` (required), ``reference`` (ComparisonReference: rest, all, group),
    ``reference_group`` (the label, when reference is group), ``confidence_level``
    (default 0.95).

Returns
-------
GroupComparison
    Columns, one entry per subscale and group at ``[k * len(group_label) + j]``; ``arrays()``
    gives them as NumPy arrays of shape (subscales, groups), ``to_frame()`` as a tidy frame.

Raises
------
libls.ValidationError
    For options that do not fit the table (every issue at once: an unknown level names
    the table's levels, an unknown reference group the level's groups), or an invalid
    table.
)";

}  // namespace

void register_compare(py::module_& m) {
  m.def(
      "compare_groups",
      [](const aggregate::group_table& table, const compare::comparison_options& options) {
        py::gil_scoped_release release;  // the table is a C++ object: pure C++ from here
        return compare::compare_groups(table, options);
      },
      py::arg("table"), py::arg("options"), compare_groups_doc);

  auto comparison =
      py::reinterpret_borrow<py::class_<compare::group_comparison>>(m.attr("GroupComparison"));
  comparison.def("arrays", &comparison_arrays,
                 R"(The columns as NumPy arrays (copies), in a dict.

Per group of the level: ``group`` (its position in the table). Per subscale and group,
shape (subscales, groups): ``status`` (the ComparisonStatus value), ``suppression``
(0 published, 1 below minimum, 2 complementary), ``n`` and ``reference_n`` (0 when not
shown), and every float column: ``mean``, ``standard_deviation``, ``ci_lower``,
``ci_upper``, ``percent_favorable``, ``rwg_j``, ``reference_mean``,
``reference_standard_deviation``, ``difference``, ``difference_ci_lower``,
``difference_ci_upper``, ``standard_error``, ``t``, ``df``, ``p_value``, ``hedges_g``,
``hedges_g_ci_lower``, ``hedges_g_ci_upper``, ``p_holm``, ``p_bh``.)");

  m.def(
      "compare_waves",
      [](const aggregate::group_table& before, const aggregate::group_table& after,
         const compare::wave_options& options) {
        py::gil_scoped_release release;  // the tables are C++ objects: pure C++ from here
        return compare::compare_waves(before, after, options);
      },
      py::arg("before"), py::arg("after"), py::arg("options"), compare_waves_doc);
  auto waves =
      py::reinterpret_borrow<py::class_<compare::wave_comparison>>(m.attr("WaveComparison"));
  waves.def("arrays", &wave_arrays,
            R"(The columns as NumPy arrays (copies), in a dict.

Per group of the union: ``before_group`` and ``after_group`` (its position in each wave's
table, -1 when absent). Per subscale and group, shape (subscales, groups): ``status``
(the WaveStatus value), ``test_status`` (the ComparisonStatus value), ``in_cohort``
(bool), ``before_suppression`` and ``after_suppression`` (0 published or absent, 1 below
minimum, 2 complementary), ``before_n`` and ``after_n`` (0 when not shown), and every
float column: ``before_mean``, ``before_standard_deviation``, ``before_ci_lower``,
``before_ci_upper``, the same four of ``after_``, ``change``, ``change_ci_lower``,
``change_ci_upper``, ``standard_error``, ``t``, ``df``, ``p_value``, ``hedges_g``,
``hedges_g_ci_lower``, ``hedges_g_ci_upper``, ``p_holm``, ``p_bh``. Per subscale, shape
(subscales,): ``cohort_size``, ``increased``, ``decreased``, ``no_clear_change``,
``cohort_before_n``, ``cohort_before_mean``, ``cohort_after_n``, ``cohort_after_mean``,
``cohort_change``.)");
  m.def("wave_note", &compare::wave_note, py::arg("status"),
        py::arg_v("test_status", compare::comparison_status::compared, "ComparisonStatus.compared"),
        R"(Why the change of an entry with this status is not shown ("" for compared).

Parameters
----------
status : WaveStatus
test_status : ComparisonStatus
    The Welch test's status; read when status is ``degenerate``.

Returns
-------
str
)");

  const auto level = py::arg("confidence_level") = 0.95;
  m.def("welch_test", &compare::welch_test, py::arg("group"), py::arg("reference"), level,
        R"(Welch's two-sample t test of group - reference, from two summaries.

As R's ``t.test(x, y, var.equal = FALSE)``: se = sqrt(s1²/n1 + s2²/n2), t = (m1 - m2) / se,
Welch-Satterthwaite df = se⁴ / ((s1²/n1)²/(n1 - 1) + (s2²/n2)²/(n2 - 1)), two-sided p,
and the interval (m1 - m2) ± t(1 - (1 - level)/2, df) se.

Parameters
----------
group, reference : Summary
    count, mean and standard_deviation are read (e.g. ``summarise(x)``).
confidence_level : float
    In (0, 1).

Returns
-------
WelchTestResult
    NaN with a ``status`` when n < 2 on a side, sd 0 on both sides, or input not finite.
)");
  m.def("hedges_g", &compare::hedges_g, py::arg("group"), py::arg("reference"), level,
        R"(Hedges' g of group - reference, with its normal-approximation interval.

g = J(n1 + n2 - 2) (m1 - m2) / s_p with s_p the pooled sd and J the exact correction
Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)) (Hedges 1981; Hedges & Olkin 1985). Interval:
g ± z sqrt((n1 + n2)/(n1 n2) + g²/(2 (n1 + n2))).

Parameters
----------
group, reference : Summary
confidence_level : float
    In (0, 1).

Returns
-------
HedgesGResult
    g, cohens_d, correction (J), pooled_standard_deviation, ci_lower, ci_upper; NaN with
    a ``status`` in the degenerate cases of ``welch_test``.
)");
  m.def("hedges_correction", &compare::hedges_correction, py::arg("df"),
        R"(The exact small-sample correction J(df) = Γ(df/2) / (sqrt(df/2) Γ((df-1)/2)) of Hedges' g.

Parameters
----------
df : float
    n1 + n2 - 2; greater than 1 (NaN otherwise).

Returns
-------
float
)");
  m.def("complement_summary", &compare::complement_summary, py::arg("whole"), py::arg("part"),
        R"(The summary of the values of `whole` that are not in `part`, from the summaries alone.

n = n_W - n_P, mean = m_W + n_P (m_W - m_P) / n, and the sum of squared deviations from
the combined-variance identity: SS_W - SS_P - n_P n_W (m_P - m_W)² / n.

Parameters
----------
whole, part : Summary
    count, mean and standard_deviation are read.

Returns
-------
Summary
    count, mean and standard deviation (NaN for fewer than two values; mean NaN when
    empty); minimum and maximum NaN (unknown).

Raises
------
libls.Error
    When the part has more values than the whole.
)");
  m.def(
      "p_adjust_holm",
      [](const double_array& p) { return to_numpy(compare::p_adjust_holm(one_dimensional(p))); },
      py::arg("p"),
      R"(Holm's (1979) step-down adjusted p-values, exactly as R's ``p.adjust(p, "holm")``.

Parameters
----------
p : array_like
    One-dimensional p-values in [0, 1]; NaN stays NaN and is not counted. A contiguous
    float64 array is read in place; anything else is first copied to one.

Returns
-------
numpy.ndarray
    In the order of ``p``.
)");
  m.def(
      "p_adjust_bh",
      [](const double_array& p) { return to_numpy(compare::p_adjust_bh(one_dimensional(p))); },
      py::arg("p"),
      R"(Benjamini-Hochberg (1995) adjusted p-values, exactly as R's ``p.adjust(p, "BH")``.

Parameters
----------
p : array_like
    One-dimensional p-values in [0, 1]; NaN stays NaN and is not counted. A contiguous
    float64 array is read in place; anything else is first copied to one.

Returns
-------
numpy.ndarray
    In the order of ``p``.
)");
  m.def("comparison_note", &compare::comparison_note, py::arg("status"),
        R"(Why the statistics of a comparison with this status are NaN ("" for compared).

Parameters
----------
status : ComparisonStatus

Returns
-------
str
)");
}

}  // namespace ls::python
