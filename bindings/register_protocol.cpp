// Functions of ls::protocol that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

namespace py = pybind11;

namespace ls::python {

void register_protocol(py::module_& m) { (void)m; }

}  // namespace ls::python
