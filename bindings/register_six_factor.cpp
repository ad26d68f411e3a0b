// Functions of ls::six_factor that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

#include <ls/six_factor/comparison.hpp>
#include <ls/six_factor/factor.hpp>
#include <ls/six_factor/summary.hpp>

#include <pybind11/stl.h>

#include <string>

namespace py = pybind11;

namespace ls::python {

void register_six_factor(py::module_& m) {
  using six_factor::support_factor;
  m.def(
      "support_factors",
      [] { return std::vector<support_factor>(six_factor::all_support_factors.begin(),
                                              six_factor::all_support_factors.end()); },
      R"(The six factors in the book's order (1 to 6).

Returns
-------
list[SupportFactor]
)");
  m.def("support_factor_number", &six_factor::support_factor_number, py::arg("factor"),
        R"(The book's number of the factor, 1 to 6.

Parameters
----------
factor : SupportFactor

Returns
-------
int
)");
  m.def(
      "support_factor_title",
      [](support_factor f) { return std::string(six_factor::support_factor_title(f)); },
      py::arg("factor"), R"(A short title, e.g. "Compelling vision".

Parameters
----------
factor : SupportFactor

Returns
-------
str
)");
  m.def(
      "support_factor_description",
      [](support_factor f) { return std::string(six_factor::support_factor_description(f)); },
      py::arg("factor"), R"(One sentence saying what a high rating of the factor means.

Parameters
----------
factor : SupportFactor

Returns
-------
str
)");
  m.def("summarise_six_factor", &six_factor::summarise, py::arg("assessment"),
        R"(Per-factor summary of an assessment: number of individual ratings, mean, sample
standard deviation (divisor n - 1), minimum, maximum, counts of each rating 1..4, the
group and team consensus ratings, and team consensus minus the individual mean.

Parameters
----------
assessment : SixFactorAssessment
    Not modified.

Returns
-------
SixFactorSummary
    All six factors in the book's order. Statistics of a factor nobody rated are NaN;
    the standard deviation of a single rating is NaN.

Raises
------
libls.ValidationError
    When the assessment has an error (warnings are fine).
)");
  m.def("compare_six_factor", &six_factor::compare, py::arg("before"), py::arg("after"),
        R"(Two assessments of the same system, factor by factor: team consensus then and
now, mean individual rating then and now, and the changes.

Parameters
----------
before, after : SixFactorAssessment
    The earlier and the later assessment of one system. Not modified.

Returns
-------
SixFactorComparison
    A change is absent (team ratings) or NaN (means) when either side is missing.

Raises
------
libls.ValidationError
    When either assessment has an error.
libls.Error
    When they assess different systems, or ``after`` is dated before ``before``.
)");
}

}  // namespace ls::python
