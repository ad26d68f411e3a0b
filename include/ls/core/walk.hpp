#pragma once
/// \file
/// One walk over a described value and everything inside it (members, vector elements, map
/// values, engaged optionals), calling `visit(nested, sink)` on every described struct with
/// the sink of its JSON-pointer path. validate() uses it to apply each type's rules;
/// catalog::check_tags uses it to find every tag. Anything that must reach every nested
/// value of some type should use it too, so no walk is written twice.

#include <ls/core/issue_sink.hpp>
#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>

LS_BEGIN_NAMESPACE

namespace detail {
/// Whether a value of type T can hold a described struct. Containers of numbers or text
/// are not walked at all: a vector of a million counts would otherwise cost a million
/// JSON-pointer strings for nothing to visit.
template <class T>
constexpr bool holds_struct() {
  using namespace ls::reflect;
  if constexpr (is_optional_v<T> || is_vector_v<T>) return holds_struct<typename T::value_type>();
  else if constexpr (is_string_map_v<T>) return holds_struct<typename T::mapped_type>();
  else return is_described_struct_v<T>;
}
}  // namespace detail

template <class T, class Visit>
void walk(const T& value, const issue_sink& sink, Visit&& visit) {
  using namespace ls::reflect;
  if constexpr (!detail::holds_struct<T>()) {
    return;
  } else if constexpr (is_optional_v<T>) {
    if (value) walk(*value, sink, visit);
  } else if constexpr (is_vector_v<T>) {
    for (std::size_t i = 0; i < value.size(); ++i) walk(value[i], sink.at(i), visit);
  } else if constexpr (is_string_map_v<T>) {
    for (const auto& [key, element] : value) walk(element, sink.at(key), visit);
  } else if constexpr (is_described_struct_v<T>) {
    visit(value, sink);
    boost::mp11::mp_for_each<data_members<T>>(
        [&](auto member) { walk(value.*member.pointer, sink.at(member.name), visit); });
  }
}

LS_END_NAMESPACE
