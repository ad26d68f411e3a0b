#pragma once
// An enum whose values name built-in catalog entries (KASAB dimensions, six factors, cycle
// stages) must list exactly the catalog's ids, in the catalog's order: the enum is the
// type-safe spelling, the catalog holds titles and descriptions, and they cannot drift.

#include <ls/catalog/catalog_set.hpp>
#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string>
#include <vector>

namespace ls_test {

template <class E>
std::vector<std::string> enumerator_names() {
  std::vector<std::string> names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
      [&](auto d) { names.emplace_back(d.name); });
  return names;
}

inline std::vector<std::string> builtin_ids(const std::string& scheme) {
  std::vector<std::string> ids;
  const auto catalog = ls::catalog::builtin_catalogs().get(scheme).value();
  for (const auto& e : catalog.entries) ids.push_back(e.id);
  return ids;
}

}  // namespace ls_test
