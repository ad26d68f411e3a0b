// libls._core: one registration function per topic, each in its own register_*.cpp.
#include "register.hpp"

#include <ls/version.hpp>

PYBIND11_MODULE(_core, m) {
  m.doc() = "Compiled core of libls. Import libls, not this module.";
  m.attr("__version__") = ls::version();
  m.def("version", &ls::version, "The version of the compiled C++ library.");
  ls::python::register_errors(m);
  ls::python::register_types(m);
  ls::python::register_stats(m);
  ls::python::register_catalog(m);
  ls::python::register_org(m);
  ls::python::register_cycle(m);
  ls::python::register_kasab(m);
  ls::python::register_six_factor(m);
  ls::python::register_ic_map(m);
  ls::python::register_protocol(m);
  ls::python::register_survey(m);
  ls::python::register_responses(m);
  ls::python::register_agreement(m);
  ls::python::register_reliability(m);
  ls::python::register_scoring(m);
  ls::python::register_aggregate(m);
  ls::python::register_analysis(m);
  ls::python::register_compare(m);
}
