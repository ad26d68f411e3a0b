// ls::error and ls::validation_error become libls.Error and libls.ValidationError, both
// ValueError subclasses defined in python/libls/_errors.py, with the issues attached.
#include "register.hpp"

#include <ls/core/error.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

namespace {
void raise(const char* class_name, py::object instance_args) {
  auto cls = py::module_::import("libls._errors").attr(class_name);
  py::object instance = cls(*instance_args);
  PyErr_SetObject(cls.ptr(), instance.ptr());
}
}  // namespace

void register_errors(py::module_&) {
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const ls::validation_error& e) {
      raise("ValidationError", py::make_tuple(e.what(), py::cast(e.issues())));
    } catch (const ls::error& e) {
      raise("Error", py::make_tuple(e.what()));
    }
  });
}

}  // namespace ls::python
