#pragma once
/// \file
/// The public described types of ls::responses, gathered by <ls/public_types.hpp>. Add every
/// new struct or enum of this folder here (structs after the types of their members).

#include <ls/responses/answer_code.hpp>
#include <ls/responses/csv_reader.hpp>
#include <ls/responses/item_coding.hpp>
#include <ls/responses/respondent.hpp>
#include <ls/responses/response_records.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace responses {

using public_enums = boost::mp11::mp_list<answer_kind, non_substantive_policy, csv_answer_format,
                                          csv_column_use>;
using public_structs =
    boost::mp11::mp_list<respondent, respondent_record, response_records, csv_options, csv_column,
                         csv_issue, csv_report>;

}  // namespace responses
LS_END_NAMESPACE
