// Every type in ls::public_enums and ls::public_structs, bound generically.
#include "bind_described.hpp"
#include "register.hpp"

#include <ls/public_types.hpp>

namespace ls::python {

void register_types(py::module_& m) {
  using boost::mp11::mp_identity;
  using boost::mp11::mp_transform;
  boost::mp11::mp_for_each<mp_transform<mp_identity, public_enums>>(
      [&](auto type) { bind_enum<typename decltype(type)::type>(m); });
  // Two passes, so every signature can name every class.
  boost::mp11::mp_for_each<mp_transform<mp_identity, public_structs>>(
      [&](auto type) { declare_struct<typename decltype(type)::type>(m); });
  boost::mp11::mp_for_each<mp_transform<mp_identity, public_structs>>(
      [&](auto type) { define_struct<typename decltype(type)::type>(m); });
}

}  // namespace ls::python
