#pragma once
/// \file
/// The list of every public described type. The Python module binds exactly these, and
/// the round-trip tests run over exactly these, so a type added here is bound and tested
/// without further code. Each folder lists its own types in `<ls/<folder>/public_types.hpp>`;
/// a new folder's list is added below.
///
/// Python names a class by its C++ name without namespace (response_scale ->
/// ResponseScale), so struct and enum names must be unique across all folders.

#include <ls/core/issue.hpp>
#include <ls/core/validation_report.hpp>
#include <ls/json/read_options.hpp>

#include <ls/aggregate/public_types.hpp>
#include <ls/analysis/public_types.hpp>
#include <ls/catalog/public_types.hpp>
#include <ls/compare/public_types.hpp>
#include <ls/cycle/public_types.hpp>
#include <ls/ic_map/public_types.hpp>
#include <ls/kasab/public_types.hpp>
#include <ls/org/public_types.hpp>
#include <ls/protocol/public_types.hpp>
#include <ls/responses/public_types.hpp>
#include <ls/scoring/public_types.hpp>
#include <ls/six_factor/public_types.hpp>
#include <ls/stats/public_types.hpp>
#include <ls/survey/public_types.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE

using public_enums =
    boost::mp11::mp_append<boost::mp11::mp_list<severity>, stats::public_enums,
                           catalog::public_enums, org::public_enums, cycle::public_enums,
                           kasab::public_enums, six_factor::public_enums, ic_map::public_enums,
                           protocol::public_enums, survey::public_enums,
                           responses::public_enums, scoring::public_enums,
                           aggregate::public_enums, analysis::public_enums,
                           compare::public_enums>;

/// In dependency order: a type comes after the types of its members. Folders are listed
/// so that none uses a type of a folder after it.
using public_structs = boost::mp11::mp_append<
    boost::mp11::mp_list<issue, validation_report, json::read_options>, stats::public_structs,
    catalog::public_structs, org::public_structs, cycle::public_structs,
    kasab::public_structs, six_factor::public_structs, ic_map::public_structs,
    protocol::public_structs, survey::public_structs, responses::public_structs,
    scoring::public_structs, aggregate::public_structs, analysis::public_structs,
    compare::public_structs>;

LS_END_NAMESPACE
