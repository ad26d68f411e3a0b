#include "json_convert.hpp"

#include <ls/core/issue_sink.hpp>

namespace py = pybind11;

namespace ls::python {

py::object to_python(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return py::none();
    case nlohmann::json::value_t::boolean: return py::bool_(value.get<bool>());
    case nlohmann::json::value_t::number_integer: return py::int_(value.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: return py::int_(value.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float: return py::float_(value.get<double>());
    case nlohmann::json::value_t::string: return py::str(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::array: {
      py::list out;
      for (const auto& element : value) out.append(to_python(element));
      return out;
    }
    case nlohmann::json::value_t::object: {
      py::dict out;
      for (const auto& [key, element] : value.items()) out[py::str(key)] = to_python(element);
      return out;
    }
    default: throw py::type_error("a JSON value of an unsupported kind");
  }
}

nlohmann::json from_python(py::handle value, const std::string& path) {
  if (value.is_none()) return nullptr;
  if (py::isinstance<py::bool_>(value)) return value.cast<bool>();  // before int: bool is an int
  if (py::isinstance<py::int_>(value)) {
    auto big = py::reinterpret_borrow<py::int_>(value);
    if (big.attr("bit_length")().cast<int>() <= 63) return value.cast<std::int64_t>();
    if (big.attr("bit_length")().cast<int>() <= 64 && big >= py::int_(0))
      return value.cast<std::uint64_t>();
    throw py::type_error("integer at " + (path.empty() ? "/" : path) +
                         " does not fit in 64 bits");
  }
  if (py::isinstance<py::float_>(value)) return value.cast<double>();
  if (py::isinstance<py::str>(value)) return value.cast<std::string>();
  if (py::isinstance<py::dict>(value)) {
    auto out = nlohmann::json::object();
    for (auto [key, element] : value.cast<py::dict>()) {
      if (!py::isinstance<py::str>(key))
        throw py::type_error("key at " + (path.empty() ? "/" : path) + " is not a string");
      auto name = key.cast<std::string>();
      out[name] = from_python(element, path + "/" + escape_pointer_token(name));
    }
    return out;
  }
  if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
    auto out = nlohmann::json::array();
    std::size_t i = 0;
    for (auto element : value) out.push_back(from_python(element, path + "/" + std::to_string(i++)));
    return out;
  }
  throw py::type_error("value at " + (path.empty() ? "/" : path) + " of type " +
                       std::string(py::str(py::type::handle_of(value).attr("__name__"))) +
                       " has no JSON form");
}

}  // namespace ls::python
