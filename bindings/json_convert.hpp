#pragma once
// Conversion between nlohmann::json and plain Python objects (dict, list, str, int,
// float, bool, None), for to_dict/from_dict.

#include <nlohmann/json.hpp>
#include <pybind11/pybind11.h>

namespace ls::python {

pybind11::object to_python(const nlohmann::json& value);
/// Raises TypeError naming the path of a value that has no JSON form.
nlohmann::json from_python(pybind11::handle value, const std::string& path = "");

}  // namespace ls::python
