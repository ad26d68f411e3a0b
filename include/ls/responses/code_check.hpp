#pragma once
/// \file
/// Codes that came from elsewhere (a NumPy array, another program) checked against an
/// instrument before they are analysed: every column must be a rated item, every code an
/// answer of its item's scale or missing. One issue per bad column, not per cell: a
/// million wrong cells are one problem to fix, with its count and first row.

#include <ls/core/validation_report.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/survey/instrument.hpp>

#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses {

/// Issues: responses.item_count (/items: the number of ids differs from the columns),
/// responses.unknown_item and responses.not_rated (`/items/<j>`), responses.not_on_scale
/// (`/codes/<j>`: how many codes of column j are not answers of its scale, the first row and
/// code). Reads each column once; never throws for bad content.
validation_report check_codes(const response_view& codes, const std::vector<std::string>& item_ids,
                              const survey::instrument& instrument);

}  // namespace responses
LS_END_NAMESPACE
