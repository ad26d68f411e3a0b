#pragma once
/// \file
/// The list of every public described type. The Python module binds exactly these, and
/// the round-trip tests run over exactly these, so a type added here is bound and tested
/// without further code. Add every new public struct or enum here.

#include <ls/core/issue.hpp>
#include <ls/core/validation_report.hpp>
#include <ls/json/read_options.hpp>
#include <ls/stats/moments.hpp>
#include <ls/survey/response_scale.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE

using public_enums = boost::mp11::mp_list<severity>;

/// In dependency order: a type comes after the types of its members.
using public_structs =
    boost::mp11::mp_list<issue, validation_report, json::read_options, survey::scale_option,
                         survey::response_scale, stats::summary, stats::moments>;

LS_END_NAMESPACE
