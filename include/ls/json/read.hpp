#pragma once
/// \file
/// Reading any described type from an nlohmann::json value, collecting every problem
/// instead of stopping at the first. The mirror of write.hpp: the same type rules.
///
/// A struct must be an object. Each described member is read from its key; a missing
/// key is an error unless the member is omittable (std::optional, vector, map, bool:
/// see reflect::is_omittable_v), in which case it keeps its default. Keys that match no
/// member are errors in strict mode and warnings otherwise. Enums must be one of their
/// enumerator names. Integers must be integral JSON numbers within range. A double
/// accepts any number, null (NaN), "NaN", "Infinity" and "-Infinity".

#include <ls/core/issue_sink.hpp>
#include <ls/json/read_options.hpp>
#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <type_traits>

LS_BEGIN_NAMESPACE
namespace json {

/// "an integer", "a string", "an object", ...: the kind of a JSON value, for messages.
std::string describe_kind(const nlohmann::json& value);

template <class T>
void read_value(const nlohmann::json& in, T& out, const issue_sink& sink,
                const read_options& options);

namespace detail {

void report_type_mismatch(const nlohmann::json& in, const char* expected,
                          const issue_sink& sink);
/// Reads a double (see file comment); false and an issue if `in` is not one.
bool read_double(const nlohmann::json& in, double& out, const issue_sink& sink);
bool read_int64(const nlohmann::json& in, std::int64_t& out, const issue_sink& sink);
bool read_uint64(const nlohmann::json& in, std::uint64_t& out, const issue_sink& sink);
void report_out_of_range(const nlohmann::json& in, const issue_sink& sink);

template <class I>
void read_integer(const nlohmann::json& in, I& out, const issue_sink& sink) {
  using limits = std::numeric_limits<I>;
  if constexpr (std::is_signed_v<I>) {
    std::int64_t wide = 0;
    if (!read_int64(in, wide, sink)) return;
    if (wide < static_cast<std::int64_t>(limits::min()) ||
        wide > static_cast<std::int64_t>(limits::max()))
      return report_out_of_range(in, sink);
    out = static_cast<I>(wide);
  } else {
    std::uint64_t wide = 0;
    if (!read_uint64(in, wide, sink)) return;
    if (wide > static_cast<std::uint64_t>(limits::max())) return report_out_of_range(in, sink);
    out = static_cast<I>(wide);
  }
}

template <class E>
void read_enum(const nlohmann::json& in, E& out, const issue_sink& sink) {
  if (!in.is_string()) return report_type_mismatch(in, "a string", sink);
  auto name = in.get_ref<const std::string&>();
  if (auto value = reflect::enumerator_from_name<E>(name)) {
    out = *value;
    return;
  }
  sink.error("json.unknown_enum", "\"" + name + "\" is not one of: " +
                                      reflect::enumerator_list<E>());
}

template <class T>
void read_struct(const nlohmann::json& in, T& out, const issue_sink& sink,
                 const read_options& options) {
  if (!in.is_object()) return report_type_mismatch(in, "an object", sink);
  std::set<std::string, std::less<>> known;
  boost::mp11::mp_for_each<reflect::data_members<T>>([&](auto member) {
    using field_type = std::decay_t<decltype(out.*member.pointer)>;
    known.insert(member.name);
    auto found = in.find(member.name);
    if (found != in.end()) {
      read_value(*found, out.*member.pointer, sink.at(member.name), options);
    } else if constexpr (!reflect::is_omittable_v<field_type>) {
      sink.at(member.name).error("json.missing_key",
                                 std::string("required key \"") + member.name + "\" is missing");
    }
  });
  for (const auto& [key, value] : in.items()) {
    if (known.count(key)) continue;
    sink.at(key).add("json.unknown_key",
                     "\"" + key + "\" is not a field of " + reflect::short_name<T>(),
                     options.strict ? severity::error : severity::warning);
  }
}

}  // namespace detail

/// Read `in` into `out`; every problem goes to `sink` (nothing is thrown for bad
/// content). `out` is only meaningful if no error was added.
template <class T>
void read_value(const nlohmann::json& in, T& out, const issue_sink& sink,
                const read_options& options) {
  using namespace ls::reflect;
  if constexpr (std::is_same_v<T, bool>) {
    if (!in.is_boolean()) return detail::report_type_mismatch(in, "true or false", sink);
    out = in.get<bool>();
  } else if constexpr (std::is_integral_v<T>) {
    detail::read_integer(in, out, sink);
  } else if constexpr (std::is_floating_point_v<T>) {
    double wide = 0;
    if (detail::read_double(in, wide, sink)) out = static_cast<T>(wide);
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!in.is_string()) return detail::report_type_mismatch(in, "a string", sink);
    out = in.get<std::string>();
  } else if constexpr (is_described_enum_v<T>) {
    detail::read_enum(in, out, sink);
  } else if constexpr (is_optional_v<T>) {
    if (in.is_null()) return out.reset();
    read_value(in, out.emplace(), sink, options);
  } else if constexpr (is_vector_v<T>) {
    if (!in.is_array()) return detail::report_type_mismatch(in, "an array", sink);
    out.assign(in.size(), typename T::value_type{});
    for (std::size_t i = 0; i < in.size(); ++i) read_value(in[i], out[i], sink.at(i), options);
  } else if constexpr (is_string_map_v<T>) {
    if (!in.is_object()) return detail::report_type_mismatch(in, "an object", sink);
    out.clear();
    for (const auto& [key, element] : in.items())
      read_value(element, out[key], sink.at(key), options);
  } else if constexpr (is_described_struct_v<T>) {
    detail::read_struct(in, out, sink, options);
  } else {
    static_assert(sizeof(T) == 0, "ls::json::read_value: type is not described or supported");
  }
}

}  // namespace json
LS_END_NAMESPACE
