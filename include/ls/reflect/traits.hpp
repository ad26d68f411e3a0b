#pragma once
/// \file
/// What the generic machinery (JSON, validation, Python bindings) needs to know about a
/// type: is it described by Boost.Describe, is it a container we walk into, and what is
/// its short name. Nothing here is specific to one libls type.

#include <ls/version.hpp>

#include <boost/core/type_name.hpp>
#include <boost/describe.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

LS_BEGIN_NAMESPACE
namespace reflect {

template <class T>
inline constexpr bool is_described_enum_v =
    std::is_enum_v<T> && boost::describe::has_describe_enumerators<T>::value;

template <class T>
inline constexpr bool is_described_struct_v =
    std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

/// Public data members (not functions) of a described struct, bases included.
template <class T>
using data_members = boost::describe::describe_members<
    T, boost::describe::mod_public | boost::describe::mod_inherited>;

/// Public member functions of a described struct (bound as Python methods).
template <class T>
using member_functions = boost::describe::describe_members<
    T, boost::describe::mod_public | boost::describe::mod_function>;

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> inline constexpr bool is_optional_v = is_optional<T>::value;

template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> inline constexpr bool is_vector_v = is_vector<T>::value;

template <class T> struct is_string_map : std::false_type {};
template <class V, class C, class A>
struct is_string_map<std::map<std::string, V, C, A>> : std::true_type {};
template <class T> inline constexpr bool is_string_map_v = is_string_map<T>::value;

/// A member of this type may be left out of a JSON object: it keeps the value its
/// struct gives it by default. Everything else is required, so a typo in a key name is
/// never mistaken for "use the default".
template <class T>
inline constexpr bool is_omittable_v =
    is_optional_v<T> || is_vector_v<T> || is_string_map_v<T> || std::is_same_v<T, bool>;

/// The unqualified name of a type: "response_scale" for ls::v0::survey::response_scale.
template <class T>
std::string short_name() {
  std::string full = boost::core::type_name<T>();
  auto colon = full.rfind("::");
  return colon == std::string::npos ? full : full.substr(colon + 2);
}

/// "response_scale" -> "ResponseScale": the Python spelling of a C++ type name.
inline std::string pascal_case(std::string_view snake) {
  std::string out;
  bool upper = true;
  for (char c : snake) {
    if (c == '_') { upper = true; continue; }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

/// Name of an enumerator, or "" if `value` is not one of the described enumerators.
template <class E>
std::string_view enumerator_name(E value) noexcept {
  std::string_view name;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (d.value == value) name = d.name;
  });
  return name;
}

/// The enumerator called `name`, if there is one.
template <class E>
std::optional<E> enumerator_from_name(std::string_view name) noexcept {
  std::optional<E> found;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (name == d.name) found = d.value;
  });
  return found;
}

/// "error, warning": the accepted spellings, for error messages and schemas.
template <class E>
std::string enumerator_list() {
  std::string out;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (!out.empty()) out += ", ";
    out += d.name;
  });
  return out;
}

}  // namespace reflect
LS_END_NAMESPACE
