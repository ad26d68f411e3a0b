// Functions of ls::catalog that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

#include <ls/catalog/check_tags.hpp>
#include <ls/core/text.hpp>
#include <ls/public_types.hpp>

#include <pybind11/stl.h>

#include <optional>

namespace py = pybind11;

namespace ls::python {

namespace {
/// check_tags for whichever described type `value` is.
validation_report check_tags_of_any(const py::object& value,
                                    const std::optional<catalog::catalog_set>& set) {
  const auto& catalogs = set ? *set : catalog::builtin_catalogs();
  std::optional<validation_report> report;
  boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, public_structs>>(
      [&](auto type) {
        using T = typename decltype(type)::type;
        if (!report && py::isinstance<T>(value))
          report = catalog::check_tags(value.cast<const T&>(), catalogs);
      });
  if (!report)
    throw py::type_error("check_tags needs a libls object, got " +
                         py::str(py::type::of(value)).cast<std::string>());
  return *report;
}
}  // namespace

void register_catalog(py::module_& m) {
  m.def("builtin_catalogs", &catalog::builtin_catalogs,
        R"(The catalogs and crosswalks libls ships.

Returns
-------
CatalogSet
    A copy: the two editions of the Standards for Professional Learning, the attributes of
    a learning system, Hord's dimensions and requirements, the four principles, the nine
    component systems, the roles, KASAB and the six factors, and the 2011-2022 crosswalk.
    Add your own catalogs to it with ``put``.
)");
  m.def("check_tags", &check_tags_of_any, py::arg("value"), py::arg("catalogs") = py::none(),
        R"(Resolve every tag inside a libls object against a set of catalogs.

Parameters
----------
value : any libls object
    An instrument, a KASAB chart, an IC map, ...: tags are found at any depth.
catalogs : CatalogSet, optional
    The catalogs to resolve against; the built-in ones by default.

Returns
-------
ValidationReport
    One error per tag that does not resolve (``tag.unknown_scheme``, ``tag.unknown_id``),
    at the tag's path. Never raises for bad content.
)");
  m.def("is_stable_id", &is_stable_id, py::arg("text"),
        R"(Whether ``text`` is a stable id, the form every id in libls takes.

Parameters
----------
text : str

Returns
-------
bool
    True for lower-case ASCII letters, digits and "_" in dot-separated parts that each
    start with a letter, e.g. ``"learning_communities.collective_responsibility"``.
)");
}

}  // namespace ls::python
