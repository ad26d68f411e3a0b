#pragma once
/// \file
/// Plugs every described libls type into nlohmann::json once, so `json j = value;` and
/// `j.get<T>()` work for all of them. get<T>() validates like ls::json::load and throws
/// ls::validation_error with every issue.

#include <ls/json/load.hpp>
#include <ls/json/write.hpp>

#include <nlohmann/json.hpp>

#include <type_traits>

namespace nlohmann {

template <class T>
struct adl_serializer<T, std::enable_if_t<ls::reflect::is_described_struct_v<T> ||
                                          ls::reflect::is_described_enum_v<T>>> {
  static void to_json(json& out, const T& value) { out = ls::json::to_value(value); }
  static void from_json(const json& in, T& value) { value = ls::json::load_value<T>(in); }
};

}  // namespace nlohmann
