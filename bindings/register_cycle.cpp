// Functions of ls::cycle that are not members of a described type (those are bound by
// register_types.cpp).
#include "register.hpp"

#include <ls/cycle/overview.hpp>
#include <ls/cycle/stage.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

void register_cycle(py::module_& m) {
  m.def("cycle_stages", &cycle::cycle_stages, py::arg("definition"),
        R"(The stages of a cycle definition, in order.

Parameters
----------
definition : CycleDefinition
    ``six_steps`` or ``seven_steps``.

Returns
-------
list[CycleStage]
    Six or seven stages; the seven-step cycle splits the last step into
    ``monitor_and_refine`` and ``evaluate``.
)");
  m.def("cycle_stage_number", &cycle::cycle_stage_number, py::arg("definition"),
        py::arg("stage"),
        R"(The 1-based place of a stage in a cycle definition.

Parameters
----------
definition : CycleDefinition
stage : CycleStage

Returns
-------
int or None
    None when the definition does not use the stage (``evaluate`` in six steps).
)");
  m.def("describe_cycle_stage", &cycle::describe_cycle_stage, py::arg("stage"),
        R"(Title and description of a stage of the cycle of continuous improvement.

Parameters
----------
stage : CycleStage

Returns
-------
CycleStageDescription
)");
  m.def("cycle_overview", &cycle::cycle_overview, py::arg("logs"), py::arg("as_of"),
        py::arg("organization") = py::none(),
        R"(Where every learning team is in its cycle on a day, and for how long.

Parameters
----------
logs : list[CycleLog]
    One log per team. They are validated, not modified.
as_of : str
    The day, as ``"YYYY-MM-DD"``. Entries started after it are not counted yet.
organization : Organization or None
    When given, each row names the team's school, each log's team must be a team of the
    organization, and teams of it without a log get a row with state ``no_log``.

Returns
-------
CycleOverviewReport
    One row per log in the order given (then the teams without a log). A log with
    errors gives a row with state ``invalid`` and its issues, with paths into ``logs``
    such as ``/2/entries/3/stage``; it does not raise.

Raises
------
libls.Error
    When ``as_of`` is not a date.
libls.ValidationError
    When the organization has errors (its issues are listed).
)");
}

}  // namespace ls::python
