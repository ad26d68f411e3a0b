// The one-pass survey analysis over NumPy data, and the group table's columns as NumPy
// arrays (the generic binding would give lists of Python floats).

#include "numpy_codes.hpp"
#include "numpy_levels.hpp"
#include "register.hpp"

#include <ls/analysis/survey_analysis.hpp>
#include <ls/core/validate.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

namespace {

analysis::survey_analysis run(const py::array& codes, const scoring::scoring_plan& plan,
                              const py::sequence& levels, const analysis::analysis_options& options) {
  const auto data = codes_from_numpy(codes);
  const auto groups = levels_of(levels);
  py::gil_scoped_release release;
  return analysis::analyse(data.view, plan, groups.levels, options);
}

/// A copy of `values` as a NumPy array of `shape` (the table may change or go; a copy of
/// numbers costs milliseconds).
template <class T, class Out = T>
py::array_t<Out> array_of(const std::vector<T>& values, std::vector<py::ssize_t> shape) {
  py::array_t<Out> out(shape);
  auto* data = out.mutable_data();
  for (std::size_t i = 0; i < values.size(); ++i) data[i] = static_cast<Out>(values[i]);
  return out;
}

py::dict table_arrays(const aggregate::group_table& t) {
  require_valid(t);
  const auto groups = static_cast<py::ssize_t>(t.group_count());
  const std::vector<py::ssize_t> per_group{groups};
  const std::vector<py::ssize_t> per_entry{static_cast<py::ssize_t>(t.subscales.size()), groups};
  py::dict out;
  out["group_level"] = array_of(t.group_level, per_group);
  out["group_index"] = array_of(t.group_index, per_group);
  out["parent"] = array_of(t.parent, per_group);
  out["suppression"] = array_of<aggregate::suppression_reason, std::int8_t>(t.suppression, per_entry);
  out["n"] = array_of(t.n, per_entry);
  out["mean"] = array_of(t.mean, per_entry);
  out["standard_deviation"] = array_of(t.standard_deviation, per_entry);
  out["ci_lower"] = array_of(t.ci_lower, per_entry);
  out["ci_upper"] = array_of(t.ci_upper, per_entry);
  out["percent_favorable"] = array_of(t.percent_favorable, per_entry);
  out["rwg_j"] = array_of(t.rwg_j, per_entry);
  out["agreement_status"] =
      array_of<stats::agreement_status, std::int8_t>(t.agreement_status, per_entry);
  return out;
}

constexpr const char* analyse_doc = R"(The whole analysis of a survey in one pass over the answers.

For every subscale: n, mean, sd, t interval and percent favorable of every group at every
level (small groups suppressed, as ``aggregate``); rwg(j) of every group of the agreement
level (as ``within_group_agreement`` on the subscale's items); Cronbach's alpha, listwise
and pairwise (as ``cronbach_alpha``); ICC(1)/ICC(2) of the scores by every level (as
``icc`` on ``subscale_scores``). Respondent scores are computed block by block and not
kept.

Parameters
----------
codes : numpy.ndarray
    Answer codes, int8, shape (rows, items), missing = -128; read in place in Fortran
    order.
plan : ScoringPlan
levels : list[tuple[str, numpy.ndarray, list[str] | int]]
    Top level first: a name, the group index of each row (int32, -1 = no group) and the
    label of each index (or the number of groups n: labels "0" .. "n-1"), as for
    ``aggregate``.
options : AnalysisOptions
    ``groups`` (AggregateOptions: minimum group size 5, confidence 0.95),
    ``agreement_level`` ("" = the lowest level, "none" = no agreement), ``reliability``
    (alpha, default True), ``threads`` (0 = one per core).

Returns
-------
SurveyAnalysis
    ``groups`` (GroupTable: ``arrays()`` gives its columns as NumPy arrays, ``row(k, i)``
    one entry as GroupStatistics), ``reliability`` (one SubscaleReliability per subscale),
    ``icc`` (one LevelIcc per level and subscale), ``agreement_in_one_pass`` (False when
    the rows of an agreement group were apart and a second pass was needed).
)";

}  // namespace

void register_analysis(py::module_& m) {
  const auto default_options =
      py::arg_v("options", analysis::analysis_options{}, "AnalysisOptions()");
  m.def("analyse", &run, py::arg("codes"), py::arg("plan"), py::arg("levels"), default_options,
        analyse_doc);
  auto table = py::reinterpret_borrow<py::class_<aggregate::group_table>>(m.attr("GroupTable"));
  table.def("arrays", &table_arrays,
            R"(The columns as NumPy arrays (copies), in a dict.

Per group (all respondents first, then each level's groups with rows): ``group_level``
(index into ``levels``), ``group_index`` (the group's index in its level's codes, -1 for
all respondents), ``parent`` (position of the enclosing group, -1). Per subscale and
group, shape (subscales, groups): ``suppression`` (0 published, 1 below minimum,
2 complementary), ``n`` (0 when suppressed), ``mean``, ``standard_deviation``,
``ci_lower``, ``ci_upper``, ``percent_favorable``, ``rwg_j``, ``agreement_status``
(0 defined, 1 no respondents, 2 one respondent).)");
}

}  // namespace ls::python
