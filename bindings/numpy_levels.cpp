#include "numpy_levels.hpp"

#include <pybind11/stl.h>

#include <string>

namespace py = pybind11;

namespace ls::python {

namespace {

using group_codes = py::array_t<std::int32_t, py::array::c_style>;

group_codes group_codes_of(const py::handle& value, const std::string& name) {
  const auto array = py::array::ensure(value);
  if (!array || array.ndim() != 1)
    throw py::type_error("the group indices of level \"" + name +
                         "\" must be a one-dimensional NumPy array");
  const char kind = array.dtype().kind();
  if ((kind != 'i' && kind != 'u') || array.dtype().itemsize() > 4 ||
      (kind == 'u' && array.dtype().itemsize() == 4))
    throw py::type_error("the group indices of level \"" + name +
                         "\" must be integers that fit int32 (-1 = no group), got dtype " +
                         py::str(array.dtype()).cast<std::string>());
  auto out = group_codes::ensure(array);  // int8/int16/uint8/uint16: widened (a copy)
  if (!out) throw py::error_already_set();
  return out;
}

/// The labels of a level: a list of str, or a number n of groups labelled "0" .. "n-1"
/// (made here, without n Python strings).
std::vector<std::string> labels_of(const py::handle& value, const std::string& name) {
  if (py::isinstance<py::int_>(value) && !py::isinstance<py::bool_>(value)) {
    const auto count = value.cast<long long>();
    if (count < 0)
      throw py::value_error("level \"" + name + "\": the number of groups is " +
                            std::to_string(count) + "; it must be 0 or more");
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(count));
    for (long long g = 0; g < count; ++g) out.push_back(std::to_string(g));
    return out;
  }
  if (py::isinstance<py::sequence>(value) && !py::isinstance<py::str>(value)) {
    try {
      return value.cast<std::vector<std::string>>();
    } catch (const py::cast_error&) {
    }
  }
  throw py::type_error("the labels of level \"" + name +
                       "\" must be a list of str or the number of groups, got " +
                       py::str(py::type::handle_of(value)).cast<std::string>());
}

}  // namespace

python_levels levels_of(const py::sequence& levels) {
  python_levels out;
  for (const auto& item : levels) {
    if (!py::isinstance<py::sequence>(item) || py::isinstance<py::str>(item) ||
        py::len(item) != 3)
      throw py::type_error("each level is a tuple (name, group indices, labels or number of groups)");
    const auto entry = py::reinterpret_borrow<py::sequence>(item);
    const auto name = entry[0].cast<std::string>();
    out.arrays.push_back(group_codes_of(entry[1], name));
    const auto& codes = out.arrays.back();
    out.levels.push_back({name, labels_of(entry[2], name),
                          {codes.data(), static_cast<std::size_t>(codes.size())}});
  }
  return out;
}

}  // namespace ls::python
