// Functions of ls::org that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

#include <ls/org/unit.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

void register_org(py::module_& m) {
  m.def("may_be_placed_under", &org::may_be_placed_under, py::arg("child"),
        py::arg("parent") = py::none(),
        R"(Whether a unit of kind ``child`` may be placed under a unit of kind ``parent``.

Parameters
----------
child : OrgUnitKind
    The kind of the unit being placed.
parent : OrgUnitKind or None
    The kind of its parent; None means directly under the system.

Returns
-------
bool
    A school sits under the system or a network, a network under the system or a
    network, a team anywhere (under a team it is a sub-team).
)");
}

}  // namespace ls::python
