// Functions of ls::protocol that are not members of a described type (those are bound by
// register_types.cpp; Protocol.time_budget() is one of them).
#include "register.hpp"

#include <ls/protocol/builtin.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

void register_protocol(py::module_& m) {
  using namespace ls::protocol;
  m.def("builtin_protocols", &builtin_protocols,
        R"(Every protocol that libls ships, sorted by id.

Returns
-------
list[Protocol]
    Loaded like a user's file. Some carry warnings from the source's own minutes (the
    KASAB protocol's sessions do not add up to their 90 minutes): see ``p.validate()``.
)");
  m.def("builtin_protocol_ids", &builtin_protocol_ids,
        R"(The ids of the built-in protocols, sorted.

Returns
-------
list[str]
)");
  m.def("builtin_protocol", &builtin_protocol, py::arg("id"),
        R"(The built-in protocol with this id.

Parameters
----------
id : str
    For example "kasab_roles" or "six_factor_support".

Returns
-------
Protocol

Raises
------
Error
    When there is no built-in protocol with this id; the message lists the known ids.
)");
}

}  // namespace ls::python
