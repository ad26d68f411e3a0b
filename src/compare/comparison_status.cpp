#include <ls/compare/comparison_status.hpp>

LS_BEGIN_NAMESPACE
namespace compare {

std::string comparison_note(comparison_status status) {
  switch (status) {
    case comparison_status::compared:
      return "";
    case comparison_status::group_suppressed:
      return "the group is suppressed: no statistic of it or its reference is shown";
    case comparison_status::reference_suppressed:
      return "the reference group is suppressed: nothing to compare with";
    case comparison_status::reference_is_group:
      return "the group is the reference itself";
    case comparison_status::group_too_small:
      return "fewer than two respondents in the group: no standard deviation";
    case comparison_status::reference_too_small:
      return "fewer than two respondents in the reference: no standard deviation";
    case comparison_status::no_variance:
      return "all scores are equal on both sides (standard deviation 0): the test and the "
             "effect size are undefined";
    case comparison_status::not_finite:
      return "a mean or standard deviation is not a finite number";
  }
  return "";
}

}  // namespace compare
LS_END_NAMESPACE
