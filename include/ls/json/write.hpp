#pragma once
/// \file
/// Writing any described type to JSON: one generic function, no per-type code.
///
/// Rules: a struct is an object with one key per public data member (nlohmann::json
/// keeps keys sorted); an enum is its enumerator's name; an empty std::optional is left out;
/// NaN is written as null and +-infinity as the strings "Infinity"/"-Infinity", so
/// every double survives a round trip (nlohmann alone would write all three as null).

#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <type_traits>

LS_BEGIN_NAMESPACE
namespace json {

template <class T>
nlohmann::json to_value(const T& value);

namespace detail {

inline nlohmann::json floating_to_value(double x) {
  if (std::isnan(x)) return nullptr;
  if (std::isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
  return x;
}

template <class T>
nlohmann::json struct_to_value(const T& value) {
  auto object = nlohmann::json::object();
  boost::mp11::mp_for_each<reflect::data_members<T>>([&](auto member) {
    const auto& field = value.*member.pointer;
    if constexpr (reflect::is_optional_v<std::decay_t<decltype(field)>>) {
      if (!field) return;
    }
    object[member.name] = to_value(field);
  });
  return object;
}

}  // namespace detail

/// The JSON value of `value` (see the file comment for the rules).
template <class T>
nlohmann::json to_value(const T& value) {
  using namespace ls::reflect;
  if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T> ||
                std::is_same_v<T, std::string>) {
    return value;
  } else if constexpr (std::is_floating_point_v<T>) {
    return detail::floating_to_value(static_cast<double>(value));
  } else if constexpr (is_described_enum_v<T>) {
    return std::string(enumerator_name(value));
  } else if constexpr (is_optional_v<T>) {
    return value ? to_value(*value) : nlohmann::json(nullptr);
  } else if constexpr (is_vector_v<T>) {
    auto array = nlohmann::json::array();
    for (const auto& element : value) array.push_back(to_value(element));
    return array;
  } else if constexpr (is_string_map_v<T>) {
    auto object = nlohmann::json::object();
    for (const auto& [key, element] : value) object[key] = to_value(element);
    return object;
  } else if constexpr (is_described_struct_v<T>) {
    return detail::struct_to_value(value);
  } else {
    static_assert(sizeof(T) == 0, "ls::json::to_value: type is not described or supported");
  }
}

/// JSON text of `value`; `indent` < 0 gives one line.
template <class T>
std::string to_string(const T& value, int indent = -1) {
  return to_value(value).dump(indent);
}

}  // namespace json
LS_END_NAMESPACE
