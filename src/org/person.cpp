#include <ls/org/person.hpp>

#include <ls/core/text.hpp>

#include <cstddef>
#include <set>

LS_BEGIN_NAMESPACE
namespace org {

namespace {
void check_id(const std::string& id, const char* what, const issue_sink& sink) {
  if (!is_stable_id(id))
    sink.error("org.invalid_id", std::string(what) + " id '" + id +
                                     "' is not a stable id (lower-case letters, digits and "
                                     "'_', parts separated by '.')");
}

/// A role or unit listed twice is harmless to every query but is almost always a
/// copy-paste slip in an export, so it is worth a warning.
void warn_repeats(const std::vector<std::string>& ids, const issue_sink& sink, const char* code,
                  const char* what) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!seen.insert(ids[i]).second)
      sink.at(i).warning(code, std::string(what) + " '" + ids[i] + "' is listed twice");
}
}  // namespace

void check(const custom_role& role, const issue_sink& sink) {
  check_id(role.id, "role", sink.at("id"));
  if (is_blank(role.title))
    sink.at("title").error("org.blank_title", "custom role '" + role.id + "' needs a title");
}

void check(const person& someone, const issue_sink& sink) {
  check_id(someone.id, "person", sink.at("id"));
  if (is_blank(someone.name))
    sink.at("name").error("org.blank_name", "person '" + someone.id + "' needs a name");
  if (someone.roles.empty())
    sink.at("roles").warning("org.no_role", "person '" + someone.id +
                                                "' holds no role, so no role-based view "
                                                "includes them");
  warn_repeats(someone.roles, sink.at("roles"), "org.repeated_role", "role");
  warn_repeats(someone.units, sink.at("units"), "org.repeated_unit", "unit");
}

}  // namespace org
LS_END_NAMESPACE
