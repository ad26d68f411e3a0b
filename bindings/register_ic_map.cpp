// Functions of ls::ic_map that are not members of a described type (those are bound by
// register_types.cpp). Python names carry an "ic" so the flat libls namespace stays clear.
#include "register.hpp"

#include <ls/ic_map/distribution.hpp>
#include <ls/ic_map/placement.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace ls::python {

void register_ic_map(py::module_& m) {
  using namespace ls::ic_map;
  m.def("check_ic_placements", &check_placements, py::arg("map"), py::arg("placements"),
        R"(Every issue of a list of placements against an IC map (never raises).

Parameters
----------
map : IcMap
    The map the placements should fit. Its own rules are not checked here (use
    ``map.validate()``).
placements : list[IcPlacement]

Returns
-------
ValidationReport
    Paths point into the list, e.g. ``/3/level``. Codes: ic_map.missing_map,
    ic_map.missing_outcome, ic_map.missing_subject, date.invalid, ic_map.wrong_map,
    ic_map.unknown_outcome, ic_map.level_out_of_range, ic_map.blank_level_placement,
    ic_map.duplicate_placement.
)");
  m.def("latest_ic_placements", &latest_placements, py::arg("map"), py::arg("placements"),
        py::arg("as_of") = py::none(),
        R"(The latest placement of each subject on each outcome.

Parameters
----------
map : IcMap
placements : list[IcPlacement]
as_of : str, optional
    "YYYY-MM-DD": only placements on or before this date are considered.

Returns
-------
list[IcPlacement]
    In the order of ``placements``. A person and a team with the same id are different
    subjects.

Raises
------
ValidationError
    When the map, a placement or ``as_of`` has an error; paths start with ``/map``,
    ``/placements`` or ``/as_of``.
)");
  m.def("ic_placement_distribution", &placement_distribution, py::arg("map"),
        py::arg("placements"),
        py::arg_v("count", ic_count::latest_per_subject, "IcCount.latest_per_subject"),
        py::arg("as_of") = py::none(),
        R"(How placements spread over the levels of every outcome of a map.

Parameters
----------
map : IcMap
placements : list[IcPlacement]
count : IcCount, default IcCount.latest_per_subject
    ``latest_per_subject`` counts each subject once per outcome, at its latest placement
    (the current picture); ``every_placement`` counts every placement.
as_of : str, optional
    "YYYY-MM-DD": only placements on or before this date are considered.

Returns
-------
IcDistribution
    One IcOutcomeDistribution per outcome of the map, in its order, with n, the count
    per level, the share at level 1 or 2 ("at or near the ideal"), the mean and the
    median level. With n = 0 the share, mean and median are NaN.

Raises
------
ValidationError
    When the map, a placement or ``as_of`` has an error (nothing is skipped).
)");
  m.def("ic_placement_distribution_by_date", &placement_distribution_by_date, py::arg("map"),
        py::arg("placements"),
        R"(One distribution per date on which placements were made, earliest first.

Parameters
----------
map : IcMap
placements : list[IcPlacement]

Returns
-------
list[IcDistribution]
    Each counts exactly the placements of its ``date``. For a running picture when
    assessments are spread over several days, use ``ic_placement_distribution`` with
    ``as_of``.

Raises
------
ValidationError
    When the map or a placement has an error.
)");
}

}  // namespace ls::python
