#include <ls/org/unit.hpp>

#include <ls/core/text.hpp>

LS_BEGIN_NAMESPACE
namespace org {

bool may_be_placed_under(org_unit_kind child, std::optional<org_unit_kind> parent) noexcept {
  if (!parent) return true;  // directly under the system
  switch (child) {
    case org_unit_kind::network:
    case org_unit_kind::school: return *parent == org_unit_kind::network;
    case org_unit_kind::team: return true;
  }
  return false;
}

void check(const org_unit& unit, const issue_sink& sink) {
  if (!is_stable_id(unit.id))
    sink.at("id").error("org.invalid_id", "unit id '" + unit.id +
                                              "' is not a stable id (lower-case letters, "
                                              "digits and '_', parts separated by '.')");
  if (is_blank(unit.name)) sink.at("name").error("org.blank_name", "a unit needs a name");
}

}  // namespace org
LS_END_NAMESPACE
