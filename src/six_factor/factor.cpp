#include <ls/six_factor/factor.hpp>

LS_BEGIN_NAMESPACE
namespace six_factor {

int support_factor_number(support_factor factor) noexcept {
  switch (factor) {
    case support_factor::compelling_vision: return 1;
    case support_factor::standards_driven: return 2;
    case support_factor::definition_of_professional_learning: return 3;
    case support_factor::new_roles_and_responsibilities: return 4;
    case support_factor::evaluation: return 5;
    case support_factor::resources: return 6;
  }
  return 0;
}

std::string_view support_factor_title(support_factor factor) noexcept {
  switch (factor) {
    case support_factor::compelling_vision: return "Compelling vision";
    case support_factor::standards_driven: return "Standards-driven professional learning";
    case support_factor::definition_of_professional_learning:
      return "Definition of professional learning";
    case support_factor::new_roles_and_responsibilities: return "New roles and responsibilities";
    case support_factor::evaluation: return "Evaluation";
    case support_factor::resources: return "Resources";
  }
  return "";
}

std::string_view support_factor_description(support_factor factor) noexcept {
  switch (factor) {
    case support_factor::compelling_vision:
      return "Leaders across the district hold one shared picture of professional learning "
             "as the main lever for raising student achievement.";
    case support_factor::standards_driven:
      return "Professional learning in the district and in its schools is planned so that "
             "it meets the Standards for Professional Learning.";
    case support_factor::definition_of_professional_learning:
      return "District and school leaders have settled on a single, shared definition of "
             "what counts as professional learning.";
    case support_factor::new_roles_and_responsibilities:
      return "Leaders have spelled out what leadership means and which new roles people "
             "take on so that the vision can be carried out.";
    case support_factor::evaluation:
      return "There are clear ways to find out whether professional learning, as designed "
             "and as carried out, produces the results it aims at.";
    case support_factor::resources:
      return "Enough people, time, money and materials are set aside for professional "
             "learning.";
  }
  return "";
}

}  // namespace six_factor
LS_END_NAMESPACE
