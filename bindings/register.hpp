#pragma once
// The topics of libls._core; each is defined in register_<topic>.cpp.

#include <pybind11/pybind11.h>

namespace ls::python {

void register_errors(pybind11::module_& m);
void register_types(pybind11::module_& m);
void register_stats(pybind11::module_& m);
void register_catalog(pybind11::module_& m);
void register_org(pybind11::module_& m);
void register_cycle(pybind11::module_& m);
void register_kasab(pybind11::module_& m);
void register_six_factor(pybind11::module_& m);
void register_ic_map(pybind11::module_& m);
void register_protocol(pybind11::module_& m);
void register_survey(pybind11::module_& m);
void register_responses(pybind11::module_& m);
void register_agreement(pybind11::module_& m);
void register_reliability(pybind11::module_& m);
void register_scoring(pybind11::module_& m);
void register_aggregate(pybind11::module_& m);
void register_analysis(pybind11::module_& m);
void register_compare(pybind11::module_& m);

}  // namespace ls::python
