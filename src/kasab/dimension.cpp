#include <ls/kasab/dimension.hpp>

LS_BEGIN_NAMESPACE
namespace kasab {

std::string_view kasab_letter(kasab_dimension dimension) noexcept {
  switch (dimension) {
    case kasab_dimension::knowledge: return "K";
    case kasab_dimension::attitudes: return "A";
    case kasab_dimension::skills: return "S";
    case kasab_dimension::aspirations: return "A";
    case kasab_dimension::behaviors: return "B";
  }
  return "";
}

std::string_view kasab_dimension_title(kasab_dimension dimension) noexcept {
  switch (dimension) {
    case kasab_dimension::knowledge: return "Knowledge";
    case kasab_dimension::attitudes: return "Attitudes";
    case kasab_dimension::skills: return "Skills";
    case kasab_dimension::aspirations: return "Aspirations";
    case kasab_dimension::behaviors: return "Behaviors";
  }
  return "";
}

std::string_view kasab_dimension_description(kasab_dimension dimension) noexcept {
  switch (dimension) {
    case kasab_dimension::knowledge:
      return "What people in the role understand: the facts, ideas, theory and research "
             "behind a practice.";
    case kasab_dimension::attitudes:
      return "What they believe about a practice: whether it is worth doing and why.";
    case kasab_dimension::skills:
      return "What they are able to do: putting knowledge to work through concrete "
             "strategies and processes.";
    case kasab_dimension::aspirations:
      return "What they want: the inner drive to take up a practice and keep at it.";
    case kasab_dimension::behaviors:
      return "What they actually do, day after day: knowledge and skills applied "
             "consistently in their real work.";
  }
  return "";
}

}  // namespace kasab
LS_END_NAMESPACE
