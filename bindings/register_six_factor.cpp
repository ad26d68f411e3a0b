// Functions of ls::six_factor that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

namespace py = pybind11;

namespace ls::python {

void register_six_factor(py::module_& m) { (void)m; }

}  // namespace ls::python
