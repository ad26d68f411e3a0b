#include <ls/responses/respondent.hpp>

#include <ls/core/text.hpp>

#include <string>

LS_BEGIN_NAMESPACE
namespace responses {

namespace {
void check_label(const std::optional<std::string>& value, const char* field,
                 const issue_sink& sink) {
  if (value && is_blank(*value))
    sink.at(field).warning("responses.blank_metadata",
                           std::string(field) + " is blank text: read as unknown (write null "
                                                "or leave it out to say so)");
}
}  // namespace

void check(const respondent& value, const issue_sink& sink) {
  check_label(value.system, "system", sink);
  check_label(value.school, "school", sink);
  check_label(value.team, "team", sink);
  check_label(value.role, "role", sink);
  check_label(value.wave, "wave", sink);
}

}  // namespace responses
LS_END_NAMESPACE
