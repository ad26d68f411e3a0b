// Functions of ls::survey that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

#include <ls/survey/builtin_instruments.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

void register_survey(py::module_& m) {
  m.def("builtin_instruments", &survey::builtin_instruments,
        R"(The instruments libls ships, in id order.

Returns
-------
list[Instrument]
    Copies of ``six_factor_rating`` (the six-factor rating form) and ``where_are_we_now``
    (the five-statement self-assessment).
)");
  m.def("builtin_instrument", &survey::builtin_instrument, py::arg("id"),
        R"(One built-in instrument by id.

Parameters
----------
id : str
    ``"where_are_we_now"`` or ``"six_factor_rating"``.

Returns
-------
Instrument
    A copy. Raises libls.Error naming the ids there are when there is none by that id.
)");
}

}  // namespace ls::python
