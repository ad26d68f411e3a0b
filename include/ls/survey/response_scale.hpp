#pragma once
/// \file
/// A response scale: the ordered answers a survey item offers, with the integer code each
/// answer is stored as, which answers are non-substantive ("no opinion", "don't know"),
/// and which count as favorable.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace survey {

/// One answer a respondent can choose.
struct scale_option {
  /// The integer stored in response data for this answer.
  int code = 0;
  /// What respondents see, e.g. "strongly agree".
  std::string label;
  /// "No opinion", "don't know": counted and reported, but left out of means and
  /// percent-favorable denominators. It is not a neutral midpoint.
  bool non_substantive = false;
  /// Counts toward percent favorable.
  bool favorable = false;

  friend bool operator==(const scale_option&, const scale_option&) = default;
};
BOOST_DESCRIBE_STRUCT(scale_option, (), (code, label, non_substantive, favorable))

/// The answers of a scale, in the order they are presented.
struct response_scale {
  std::string id;
  std::vector<scale_option> options;

  /// Number of options that are scored (not non-substantive).
  int substantive_count() const noexcept;

  friend bool operator==(const response_scale&, const response_scale&) = default;
};
BOOST_DESCRIBE_STRUCT(response_scale, (), (id, options, substantive_count))

/// Rules: a label is not blank; an answer is not both non-substantive and favorable.
void check(const scale_option& option, const issue_sink& sink);
/// Rules: an id; at least two substantive options; codes and labels unique; a warning
/// when no option is favorable (percent favorable would be undefined).
void check(const response_scale& scale, const issue_sink& sink);

}  // namespace survey
LS_END_NAMESPACE
