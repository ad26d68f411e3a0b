#pragma once
// The topics of libls._core; each is defined in register_<topic>.cpp.

#include <pybind11/pybind11.h>

namespace ls::python {

void register_errors(pybind11::module_& m);
void register_types(pybind11::module_& m);
void register_stats(pybind11::module_& m);

}  // namespace ls::python
