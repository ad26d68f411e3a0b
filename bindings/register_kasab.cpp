// Functions of ls::kasab that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

#include <ls/kasab/completeness.hpp>
#include <ls/kasab/descriptor.hpp>
#include <ls/kasab/diff.hpp>
#include <ls/kasab/dimension.hpp>
#include <ls/kasab/duplicates.hpp>

#include <pybind11/stl.h>

#include <string>

namespace py = pybind11;

namespace ls::python {

void register_kasab(py::module_& m) {
  using kasab::kasab_dimension;
  m.def(
      "kasab_dimensions",
      [] { return std::vector<kasab_dimension>(kasab::all_kasab_dimensions.begin(),
                                               kasab::all_kasab_dimensions.end()); },
      R"(The five rows of a KASAB chart in their order: K, A, S, A, B.

Returns
-------
list[KasabDimension]
)");
  m.def(
      "kasab_letter", [](kasab_dimension d) { return std::string(kasab::kasab_letter(d)); },
      py::arg("dimension"), R"(The letter of the acronym: "K", "A", "S", "A" or "B".

Parameters
----------
dimension : KasabDimension

Returns
-------
str
)");
  m.def(
      "kasab_dimension_title",
      [](kasab_dimension d) { return std::string(kasab::kasab_dimension_title(d)); },
      py::arg("dimension"), R"(The row heading, e.g. "Aspirations".

Parameters
----------
dimension : KasabDimension

Returns
-------
str
)");
  m.def(
      "kasab_dimension_description",
      [](kasab_dimension d) { return std::string(kasab::kasab_dimension_description(d)); },
      py::arg("dimension"), R"(One sentence saying what the row is about.

Parameters
----------
dimension : KasabDimension

Returns
-------
str
)");
  m.def("default_kasab_roles", &kasab::default_kasab_roles,
        R"(The book's two columns: ["school_leadership_team", "district_leader"].

Returns
-------
list[str]
)");
  m.def("normalised_descriptor_text", &kasab::normalised_descriptor_text, py::arg("text"),
        R"(The form in which descriptors are compared: ASCII letters lower-cased, runs of
white space made one space, leading and trailing space removed.

Parameters
----------
text : str

Returns
-------
str
)");
  m.def("kasab_completeness", &kasab::completeness, py::arg("chart"),
        R"(How far a chart has come: the grid of rows x roles with draft and agreed counts,
the empty cells, the fractions filled and agreed, and whether the chart is final.

Parameters
----------
chart : KasabChart
    Any chart, valid or not; descriptors in cells whose role is not a column are counted
    in ``descriptors_off_grid``. Not modified.

Returns
-------
KasabCompleteness
    ``fraction_complete`` and ``fraction_agreed`` are NaN when the chart has no roles.
)");
  m.def("kasab_duplicates", &kasab::find_duplicates, py::arg("chart"),
        R"(Every descriptor text (compared by normalised_descriptor_text) that occurs more
than once anywhere in the chart, in order of first occurrence.

Parameters
----------
chart : KasabChart
    Not modified.

Returns
-------
list[KasabDuplicate]
    ``cell_count == 1`` means a repeat inside one cell (also a validation warning);
    more cells means the same descriptor under several roles or rows.
)");
  m.def("kasab_diff", &kasab::diff, py::arg("before"), py::arg("after"),
        R"(What changed from one version of a chart to the next.

Descriptors are matched within their cell, and theory-of-action items within their
list, by normalised text; a rewording shows as one removed and one added.

Parameters
----------
before, after : KasabChart
    Typically the session-I draft and the session-II chart. Not modified.

Returns
-------
KasabDiff
    ``summary()`` gives a readable account; ``empty()`` is True when nothing changed.
)");
}

}  // namespace ls::python
