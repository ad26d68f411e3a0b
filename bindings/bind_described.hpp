#pragma once
// Python classes and enums generated from Boost.Describe descriptions: one generic
// function per kind, no per-type or per-field code. For a described struct T:
//   * class named PascalCase(T), keyword constructor T(field=..., ...) (unknown keywords
//     raise TypeError), one read/write attribute per data member (list, dict and optional
//     attributes are copies: see is_copied_field_v), one method per described member
//     function;
//   * to_json/from_json (from_json validates like ls::json::load and raises
//     libls.ValidationError), to_dict/from_dict, json_schema(), validate(), ==, repr,
//     copy, pickle.
// A described enum becomes a Python enum.Enum whose member names are the JSON strings.
#include "json_convert.hpp"

#include <ls/core/validate.hpp>
#include <ls/json/load.hpp>
#include <ls/json/schema.hpp>
#include <ls/json/write.hpp>
#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>
#include <pybind11/native_enum.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <type_traits>

namespace ls::python {

namespace py = pybind11;

/// How a field's type reads in Python, for generated docstrings: "list[ScaleOption]".
template <class F>
std::string python_type_name() {
  using namespace ls::reflect;
  if constexpr (std::is_same_v<F, bool>) return "bool";
  else if constexpr (std::is_integral_v<F>) return "int";
  else if constexpr (std::is_floating_point_v<F>) return "float";
  else if constexpr (std::is_same_v<F, std::string>) return "str";
  else if constexpr (is_optional_v<F>) return python_type_name<typename F::value_type>() + " | None";
  else if constexpr (is_vector_v<F>) return "list[" + python_type_name<typename F::value_type>() + "]";
  else if constexpr (is_string_map_v<F>)
    return "dict[str, " + python_type_name<typename F::mapped_type>() + "]";
  else return pascal_case(short_name<F>());
}

template <class E>
void bind_enum(py::module_& m) {
  const auto name = reflect::pascal_case(reflect::short_name<E>());
  py::native_enum<E> python_enum(m, name.c_str(), "enum.Enum",
                                 ("Enumeration ls::" + reflect::short_name<E>() +
                                  "; members are named as in JSON.").c_str());
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
      [&](auto d) { python_enum.value(d.name, d.value); });
  python_enum.finalize();
}

namespace detail {

template <class T>
std::string class_doc() {
  std::string doc = "libls type ls::" + reflect::short_name<T>() +
                    ". Build with keywords; every field has a default.\nList, dict and optional "
                    "attributes give copies: change one, then assign it back.\n\nAttributes\n"
                    "----------\n";
  boost::mp11::mp_for_each<reflect::data_members<T>>([&](auto member) {
    using field_type = std::decay_t<decltype(std::declval<T&>().*member.pointer)>;
    doc += std::string(member.name) + " : " + python_type_name<field_type>() + "\n";
  });
  return doc;
}

template <class T>
T from_keywords(const py::kwargs& keywords) {
  T value{};
  std::size_t used = 0;
  boost::mp11::mp_for_each<reflect::data_members<T>>([&](auto member) {
    if (!keywords.contains(member.name)) return;
    using field_type = std::decay_t<decltype(value.*member.pointer)>;
    try {
      value.*member.pointer = keywords[member.name].template cast<field_type>();
    } catch (const py::cast_error&) {
      throw py::type_error(std::string(member.name) + " must be " +
                           python_type_name<field_type>());
    }
    ++used;
  });
  if (used != keywords.size()) {
    std::string unknown;
    for (auto [key, _] : keywords) {
      bool known = false;
      boost::mp11::mp_for_each<reflect::data_members<T>>(
          [&](auto member) { known = known || py::str(key).cast<std::string>() == member.name; });
      if (known) continue;
      if (!unknown.empty()) unknown.append(", ");
      unknown.append(py::str(key).cast<std::string>());
    }
    throw py::type_error(reflect::pascal_case(reflect::short_name<T>()) +
                         "() got unexpected keyword argument(s): " + unknown);
  }
  return value;
}

/// Lists, dicts and optionals are returned as copies. Handing out references into them
/// (pybind11's default for attributes) leaves Python objects pointing at freed memory once
/// the field is reassigned or the vector grows: `o = s.options; s.options = []; o[0]`
/// would crash. So `s.options[0].label = "x"` changes a copy; assign the list back.
template <class F>
inline constexpr bool is_copied_field_v =
    reflect::is_vector_v<F> || reflect::is_string_map_v<F> || reflect::is_optional_v<F>;

template <class T>
std::string repr(const T& value) {
  std::string text = reflect::pascal_case(reflect::short_name<T>()) + "(";
  bool first = true;
  boost::mp11::mp_for_each<reflect::data_members<T>>([&](auto member) {
    text += (first ? "" : ", ") + std::string(member.name) + "=" +
            py::repr(py::cast(value.*member.pointer)).template cast<std::string>();
    first = false;
  });
  return text + ")";
}

/// Structure only, no rules: what pickle needs (a draft with rule violations must
/// still unpickle).
template <class T>
T read_structure(const nlohmann::json& document) {
  validation_report report;
  T value{};
  json::read_value(document, value, issue_sink(report), json::read_options{true});
  if (!report.ok()) throw validation_error(std::move(report));
  return value;
}

}  // namespace detail

/// Phase one: create the class, so that phase two can name it in any signature.
template <class T>
void declare_struct(py::module_& m) {
  const auto name = reflect::pascal_case(reflect::short_name<T>());
  py::class_<T>(m, name.c_str(), detail::class_doc<T>().c_str());
}

/// Phase two: constructor, attributes and methods of a class made by declare_struct.
template <class T>
void define_struct(py::module_& m) {
  auto cls = py::reinterpret_borrow<py::class_<T>>(
      m.attr(reflect::pascal_case(reflect::short_name<T>()).c_str()));
  cls.def(py::init([](const py::kwargs& keywords) { return detail::from_keywords<T>(keywords); }));
  boost::mp11::mp_for_each<reflect::data_members<T>>([&](auto member) {
    using field_type = std::decay_t<decltype(std::declval<T&>().*member.pointer)>;
    if constexpr (detail::is_copied_field_v<field_type>) {
      cls.def_property(
          member.name, [pointer = member.pointer](const T& self) { return self.*pointer; },
          [pointer = member.pointer](T& self, const field_type& v) { self.*pointer = v; });
    } else {
      cls.def_readwrite(member.name, member.pointer);
    }
  });
  boost::mp11::mp_for_each<reflect::member_functions<T>>(
      [&](auto function) { cls.def(function.name, function.pointer); });

  cls.def("to_json", [](const T& v, int indent) { return json::to_string(v, indent); },
          py::arg("indent") = -1, "The JSON text of this value (indent < 0: one line).");
  cls.def_static(
      "from_json",
      [](std::string_view text, bool strict) {
        return json::load<T>(text, json::read_options{strict});
      },
      py::arg("text"), py::arg("strict") = false,
      "Parse and validate JSON text; raises libls.ValidationError listing every issue.");
  cls.def("to_dict", [](const T& v) { return to_python(json::to_value(v)); },
          "The JSON form of this value as plain Python objects.");
  cls.def_static(
      "from_dict",
      [](const py::object& data, bool strict) {
        return json::load_value<T>(from_python(data), json::read_options{strict});
      },
      py::arg("data"), py::arg("strict") = false,
      "Read and validate plain Python objects; raises libls.ValidationError.");
  cls.def_static(
      "json_schema", [] { return to_python(json::schema<T>()); },
      "The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; "
      "validate() applies the domain rules.");
  cls.def("validate", [](const T& v) { return ls::validate(v); },
          "Every issue in this value and what it contains (never raises).");
  cls.def("__eq__", [](const T& a, const T& b) { return json::to_value(a) == json::to_value(b); });
  cls.attr("__hash__") = py::none();  // mutable
  cls.def("__repr__", &detail::repr<T>);
  cls.def("__copy__", [](const T& v) { return T(v); });
  cls.def("__deepcopy__", [](const T& v, const py::dict&) { return T(v); });
  cls.def(py::pickle([](const T& v) { return json::to_string(v); },
                     [](const std::string& text) {
                       return detail::read_structure<T>(nlohmann::json::parse(text));
                     }));
}

}  // namespace ls::python
