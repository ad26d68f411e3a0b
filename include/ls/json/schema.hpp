#pragma once
/// \file
/// A JSON Schema (draft 2020-12) for any described type, generated from the same
/// descriptions that JSON reading uses, so the schema and the reader cannot disagree.
/// Other applications validate their files with it before handing them to libls.
///
/// It states the structure, as strict reading checks it: the required keys (see
/// reflect::is_omittable_v), no unknown keys, the kinds of values, integer ranges, enum
/// names; a double may also be null (NaN) or "NaN"/"Infinity"/"-Infinity". Domain rules
/// (unique ids, references that resolve, ...) are beyond a schema: ls::validate checks them.

#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

LS_BEGIN_NAMESPACE
namespace json {

namespace detail {

/// Builds the schema of one type, collecting described structs and enums in "$defs".
class schema_builder {
 public:
  template <class T>
  nlohmann::json of() {
    using namespace ls::reflect;
    if constexpr (std::is_same_v<T, bool>) {
      return {{"type", "boolean"}};
    } else if constexpr (std::is_integral_v<T>) {
      return integer_schema<T>();
    } else if constexpr (std::is_floating_point_v<T>) {
      return {{"anyOf", {{{"type", "number"}}, {{"type", "null"}},
                         {{"enum", {"NaN", "Infinity", "-Infinity"}}}}}};
    } else if constexpr (std::is_same_v<T, std::string>) {
      return {{"type", "string"}};
    } else if constexpr (is_optional_v<T>) {
      return {{"anyOf", {of<typename T::value_type>(), {{"type", "null"}}}}};
    } else if constexpr (is_vector_v<T>) {
      return {{"type", "array"}, {"items", of<typename T::value_type>()}};
    } else if constexpr (is_string_map_v<T>) {
      return {{"type", "object"}, {"additionalProperties", of<typename T::mapped_type>()}};
    } else if constexpr (is_described_enum_v<T> || is_described_struct_v<T>) {
      return reference<T>();
    } else {
      static_assert(sizeof(T) == 0, "ls::json::schema: type is not described or supported");
    }
  }

  nlohmann::json& definitions() { return defs_; }

 private:
  template <class I>
  static nlohmann::json integer_schema() {
    nlohmann::json s = {{"type", "integer"}};
    s["minimum"] = static_cast<std::int64_t>(std::numeric_limits<I>::min());
    if constexpr (std::is_unsigned_v<I>)
      s["maximum"] = static_cast<std::uint64_t>(std::numeric_limits<I>::max());
    else
      s["maximum"] = static_cast<std::int64_t>(std::numeric_limits<I>::max());
    return s;
  }

  template <class T>
  nlohmann::json reference() {
    const auto name = reflect::short_name<T>();
    if (!defs_.contains(name)) {
      defs_[name] = nullptr;  // placeholder first: recursive types terminate
      defs_[name] = definition<T>();
    }
    return {{"$ref", "#/$defs/" + name}};
  }

  template <class T>
  nlohmann::json definition() {
    if constexpr (reflect::is_described_enum_v<T>) {
      auto names = nlohmann::json::array();
      boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>(
          [&](auto d) { names.push_back(d.name); });
      return {{"title", reflect::short_name<T>()}, {"enum", names}};
    } else {
      auto properties = nlohmann::json::object();
      auto required = nlohmann::json::array();
      boost::mp11::mp_for_each<reflect::data_members<T>>([&](auto member) {
        using field_type = std::decay_t<decltype(std::declval<T&>().*member.pointer)>;
        properties[member.name] = of<field_type>();
        if constexpr (!reflect::is_omittable_v<field_type>) required.push_back(member.name);
      });
      return {{"title", reflect::short_name<T>()}, {"type", "object"},
              {"properties", properties}, {"required", required},
              {"additionalProperties", false}};
    }
  }

  nlohmann::json defs_ = nlohmann::json::object();
};

}  // namespace detail

/// The JSON Schema of T's JSON form: {"$schema", "title", "$ref", "$defs"}.
template <class T>
nlohmann::json schema() {
  detail::schema_builder builder;
  auto root = builder.of<T>();
  nlohmann::json document = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                             {"title", "libls " + reflect::short_name<T>()}};
  for (auto& [key, value] : root.items()) document[key] = value;
  document["$defs"] = builder.definitions();
  return document;
}

}  // namespace json
LS_END_NAMESPACE
