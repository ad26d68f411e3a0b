#include "numpy_codes.hpp"

#include <ls/core/error.hpp>

#include <string>

namespace py = pybind11;

namespace ls::python {

numpy_codes codes_from_numpy(const py::array& codes) {
  if (!py::dtype::of<std::int8_t>().is(codes.dtype()))
    throw py::type_error("answer codes must be a NumPy int8 array (missing = -128), got dtype " +
                         py::str(codes.dtype()).cast<std::string>());
  if (codes.ndim() != 2)
    throw py::type_error("answer codes must be 2-D (rows, items), got " +
                         std::to_string(codes.ndim()) + " dimensions");
  numpy_codes out;
  out.zero_copy = (codes.flags() & py::array::f_style) != 0;
  out.array = py::array_t<std::int8_t, py::array::f_style>::ensure(codes);
  if (!out.array) throw py::error_already_set();
  const auto rows = static_cast<std::size_t>(out.array.shape(0));
  const auto items = static_cast<std::size_t>(out.array.shape(1));
  out.view = {out.array.data(), rows, items, rows};
  return out;
}

responses::scored_view scored_from_numpy(const numpy_codes& codes,
                                         const std::vector<responses::item_coding>& codings) {
  if (codings.size() != codes.view.items)
    throw ls::error("the codes have " + std::to_string(codes.view.items) + " columns but " +
                    std::to_string(codings.size()) + " item codings were given");
  return {codes.view, codings};
}

}  // namespace ls::python
