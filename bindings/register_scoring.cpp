// Scoring over NumPy answer codes: scoring plans, respondent subscale scores, percent
// favorable, item distributions. Each function converts its Python arguments first, then
// releases the GIL for the C++ work.
#include "numpy_codes.hpp"
#include "register.hpp"

#include <ls/scoring/item_distribution.hpp>
#include <ls/scoring/percent_favorable.hpp>
#include <ls/scoring/scoring_plan.hpp>
#include <ls/scoring/subscale_scores.hpp>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <span>

namespace py = pybind11;

namespace ls::python {

namespace {

using scoring::scoring_options;
using scoring::scoring_plan;

constexpr const char* codes_doc = R"(codes : numpy.ndarray
    Answer codes, int8, shape (rows, items), missing = -128. Read in place when in Fortran
    order; a C-order array is copied first. Other dtypes raise TypeError.)";

std::string with_codes_doc(const std::string& text) {
  const auto at = text.find("{codes}");
  return text.substr(0, at) + codes_doc + text.substr(at + 7);
}

scoring_plan plan_of_instrument(const survey::instrument& instrument,
                                const std::vector<std::string>& items,
                                const scoring_options& options) {
  return scoring::make_scoring_plan(instrument, items, options);
}

scoring_plan plan_of_codings(const std::vector<std::string>& items,
                             const std::vector<responses::item_coding>& codings,
                             const std::vector<survey::subscale>& subscales,
                             const scoring_options& options) {
  return scoring::make_scoring_plan(items, codings, subscales, options);
}

py::tuple scores(const py::array& codes, const scoring_plan& plan, unsigned threads,
                 std::size_t chunk_rows) {
  const auto data = codes_from_numpy(codes);
  scoring::require_columns(data.view, plan);
  const auto rows = data.view.rows;
  py::array_t<double, py::array::f_style> out(
      {static_cast<py::ssize_t>(rows), static_cast<py::ssize_t>(plan.subscales.size())});
  std::span<double> values(out.mutable_data(), rows * plan.subscales.size());
  scoring::scoring_report report;
  {
    py::gil_scoped_release release;
    report = scoring::score_subscales(data.view, plan, values, threads, chunk_rows);
  }
  return py::make_tuple(out, report);
}

template <class Result>
Result with_counts(const py::array& codes, const scoring_plan& plan, unsigned threads,
                   std::size_t chunk_rows,
                   Result (*from_counts)(const scoring_plan&, const scoring::code_tally&)) {
  const auto data = codes_from_numpy(codes);
  py::gil_scoped_release release;
  scoring::require_columns(data.view, plan);
  return from_counts(plan, scoring::count_codes(data.view, threads, chunk_rows));
}

std::vector<scoring::item_distribution> distributions(const py::array& codes,
                                                      const scoring_plan& plan, unsigned threads,
                                                      std::size_t chunk_rows) {
  return with_counts<std::vector<scoring::item_distribution>>(
      codes, plan, threads, chunk_rows, &scoring::item_distributions);
}

scoring::favorability_report favorable(const py::array& codes, const scoring_plan& plan,
                                       unsigned threads, std::size_t chunk_rows) {
  return with_counts<scoring::favorability_report>(codes, plan, threads, chunk_rows,
                                                   &scoring::percent_favorable);
}

void bind_plan(py::module_& m) {
  py::class_<scoring_plan>(m, "ScoringPlan", R"(What scoring needs before it reads an answer.

The coding of every column of the data (reverse keys and the non-substantive policy
applied) and, per subscale, its columns and pro-rating minimum. Built by ``scoring_plan``;
every scoring and aggregation function takes one (or the instrument and item ids to build
it).
)")
      .def_property_readonly("items", [](const scoring_plan& p) { return p.items; },
                             "The item id of each data column.")
      .def_property_readonly("codings", [](const scoring_plan& p) { return p.codings; },
                             "The coding of each column (list[ItemCoding]).")
      .def_property_readonly("subscales", [](const scoring_plan& p) { return p.subscales; },
                             "The subscales scored (list[ScoredSubscale]).")
      .def_property_readonly("settings", [](const scoring_plan& p) { return p.settings; },
                             "The ScoringOptions the plan was built with.")
      .def("__repr__", [](const scoring_plan& p) {
        return "<ScoringPlan: " + std::to_string(p.items.size()) + " column(s), " +
               std::to_string(p.subscales.size()) + " subscale(s)>";
      });
}

}  // namespace

void register_scoring(py::module_& m) {
  bind_plan(m);
  const auto default_options = py::arg_v("options", scoring_options{}, "ScoringOptions()");
  const auto threads = py::arg("threads") = 0u;
  const auto chunk_rows = py::arg("chunk_rows") = stats::default_chunk_rows;

  m.def("scoring_plan", &plan_of_instrument, py::arg("instrument"), py::arg("items"),
        default_options,
        R"(The scoring plan for data whose columns answer ``items`` of ``instrument``.

Every subscale of the instrument is scored. Reverse keys come from the items; the
non-substantive policy and the pro-rating default (half the items, rounded up, unless the
subscale sets ``min_answered``) from ``options``.

Parameters
----------
instrument : Instrument
    Validated first: libls.ValidationError when it breaks a rule.
items : list[str]
    The item id of each data column, in column order.
options : ScoringOptions

Returns
-------
ScoringPlan
    Raises libls.Error for a column that is not a rated item, a column named twice, or a
    subscale item without a column.
)");
  m.def("scoring_plan", &plan_of_codings, py::arg("items"), py::arg("codings"),
        py::arg("subscales"), default_options,
        R"(A scoring plan from bare codings (one per column) and subscales naming columns.

Parameters
----------
items : list[str]
    The name of each column.
codings : list[ItemCoding]
    One per column, e.g. ``item_coding(integer_scale(1, 5))``; their policy is kept.
subscales : list[Subscale]
    Their ``items`` name columns.
options : ScoringOptions
    Only ``min_answered_fraction`` is used.

Returns
-------
ScoringPlan
)");

  m.def("subscale_scores", &scores, py::arg("codes"), py::arg("plan"), threads, chunk_rows,
        with_codes_doc(R"(Respondent subscale scores and a report of what was counted.

A score is the mean of the respondent's scored answers to the subscale's items, or NaN
with fewer scored answers than the subscale's minimum. "No opinion" answers are not scored
by default; they are counted per item and per subscale in the report.

Parameters
----------
{codes}
plan : ScoringPlan
threads : int
    0: one per core. The result does not depend on it.
chunk_rows : int
    Rows per chunk of work.

Returns
-------
tuple[numpy.ndarray, ScoringReport]
    The scores, float64 of shape (rows, subscales) in Fortran order (NaN = no score), and
    the report: per subscale scored / too few answers / no answers and the counts of
    missing, non-substantive and invalid answers; per item the same counts; warnings.
)").c_str());
  m.def(
      "subscale_scores",
      [](const py::array& codes, const survey::instrument& instrument,
         const std::vector<std::string>& items, const scoring_options& options,
         unsigned thread_count, std::size_t rows) {
        return scores(codes, plan_of_instrument(instrument, items, options), thread_count, rows);
      },
      py::arg("codes"), py::arg("instrument"), py::arg("items"), default_options, threads,
      chunk_rows,
      "As above, with the plan built from the instrument and the item id of each column.");

  m.def("item_distributions", &distributions, py::arg("codes"), py::arg("plan"), threads,
        chunk_rows,
        with_codes_doc(R"(How often each code occurs in each column.

Parameters
----------
{codes}
plan : ScoringPlan
threads, chunk_rows : int

Returns
-------
list[ItemDistribution]
    Per column: every option of its scale in code order (zero counts included), then every
    code that is not an option (never dropped); counts of missing, substantive,
    non-substantive and invalid answers.
)").c_str());
  m.def(
      "item_distributions",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings,
         const std::vector<std::string>& items, unsigned thread_count, std::size_t rows) {
        return distributions(codes, plan_of_codings(items, codings, {}, {}), thread_count, rows);
      },
      py::arg("codes"), py::arg("codings"), py::arg("items"), threads, chunk_rows,
      "As above, from one ItemCoding per column and the column names (labels stay empty).");
  m.def(
      "item_distributions",
      [](const py::array& codes, const survey::instrument& instrument,
         const std::vector<std::string>& items, const scoring_options& options,
         unsigned thread_count, std::size_t rows) {
        return distributions(codes, plan_of_instrument(instrument, items, options), thread_count,
                             rows);
      },
      py::arg("codes"), py::arg("instrument"), py::arg("items"), default_options, threads,
      chunk_rows, "As above, from the instrument and the item id of each column.");

  m.def("percent_favorable", &favorable, py::arg("codes"), py::arg("plan"), threads, chunk_rows,
        with_codes_doc(R"(Percent favorable per item and per subscale.

Per item: 100 * favorable / scored answers ("no opinion" is out of the denominator unless
the policy scores it). Per subscale: pooled over all answers to its items (sum of
favorable over sum of scored), the way Panorama-style reports compute a topic. NaN with a
note when nothing is scored or no option is favorable.

Parameters
----------
{codes}
plan : ScoringPlan
threads, chunk_rows : int

Returns
-------
FavorabilityReport
)").c_str());
  m.def(
      "percent_favorable",
      [](const py::array& codes, const std::vector<responses::item_coding>& codings,
         const std::vector<std::string>& items, unsigned thread_count, std::size_t rows) {
        return favorable(codes, plan_of_codings(items, codings, {}, {}), thread_count, rows);
      },
      py::arg("codes"), py::arg("codings"), py::arg("items"), threads, chunk_rows,
      "As above, per item only, from one ItemCoding per column and the column names.");
  m.def(
      "percent_favorable",
      [](const py::array& codes, const survey::instrument& instrument,
         const std::vector<std::string>& items, const scoring_options& options,
         unsigned thread_count, std::size_t rows) {
        return favorable(codes, plan_of_instrument(instrument, items, options), thread_count, rows);
      },
      py::arg("codes"), py::arg("instrument"), py::arg("items"), default_options, threads,
      chunk_rows, "As above, from the instrument and the item id of each column.");
}

}  // namespace ls::python
