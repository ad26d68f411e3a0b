// Response data: item codings (how stored codes become numbers). The response matrix,
// the CSV reader and NumPy/pandas conversions are added here too.
#include "numpy_codes.hpp"
#include "register.hpp"

#include <ls/core/error.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/survey/instrument.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

namespace {
std::vector<responses::item_coding> codings_for(const survey::instrument& instrument,
                                                const std::vector<std::string>& items,
                                                responses::non_substantive_policy policy) {
  std::vector<responses::item_coding> out;
  for (const auto& id : items) {
    const auto item = instrument.find_item(id);
    const auto scale = instrument.scale_of(id);
    if (!item || !scale)
      throw ls::error("item \"" + id + "\" is not a rated item of instrument \"" +
                      instrument.id + "\"");
    out.push_back(responses::make_item_coding(*scale, item->reverse_keyed, policy));
  }
  return out;
}
}  // namespace

void register_responses(py::module_& m) {
  py::class_<responses::item_coding>(m, "ItemCoding", R"(How the stored codes of one item become numbers.

Built by ``item_coding`` or ``codings_for``; statistics take one per column of the codes.
)")
      .def("kind_of", &responses::item_coding::kind_of, py::arg("code"),
           "The kind of answer a stored code is (AnswerKind).")
      .def("value_of", &responses::item_coding::value_of, py::arg("code"),
           "The value a stored code is scored as (NaN when it is not scored).")
      .def("is_favorable", &responses::item_coding::is_favorable, py::arg("code"),
           "Whether a stored code counts toward percent favorable.");
  m.def("item_coding", &responses::make_item_coding, py::arg("scale"),
        py::arg("reverse_keyed") = false,
        py::arg_v("policy", responses::non_substantive_policy::exclude, "NonSubstantivePolicy.exclude"),
        R"(The coding of an item rated on ``scale``.

Parameters
----------
scale : ResponseScale
reverse_keyed : bool
    Score code x as max + min - x (over the substantive codes); favorable answers turn
    around with it.
policy : NonSubstantivePolicy
    ``exclude`` (default): "no opinion" answers are counted but not scored.

Returns
-------
ItemCoding
)");
  m.def("codings_for", &codings_for, py::arg("instrument"), py::arg("items"),
        py::arg_v("policy", responses::non_substantive_policy::exclude, "NonSubstantivePolicy.exclude"),
        R"(One coding per item id, from the instrument's scales and reverse keys.

Raises libls.Error for an id that is not a rated item of the instrument.
)");
  m.def("integer_scale", &responses::integer_scale, py::arg("lo"), py::arg("hi"),
        "A response scale of the whole numbers lo..hi (each its own code): for plain "
        "numeric data.");
}

}  // namespace ls::python
