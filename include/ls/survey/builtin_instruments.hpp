#pragma once
/// \file
/// The instruments libls ships (data/instruments/*.json), written in libls's own words:
/// "where_are_we_now", the five-statement self-assessment of a district, and
/// "six_factor_rating", the rating form of the six-factor district-support assessment.

#include <ls/survey/instrument.hpp>

#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace survey {

/// Every built-in instrument, in id order, loaded (and validated) once.
const std::vector<instrument>& builtin_instruments();

/// The built-in instrument with this id; throws ls::error naming the ids there are.
instrument builtin_instrument(const std::string& id);

}  // namespace survey
LS_END_NAMESPACE
