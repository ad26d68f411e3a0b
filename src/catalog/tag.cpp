#include <ls/catalog/tag.hpp>

#include <ls/catalog/catalog_set.hpp>
#include <ls/core/text.hpp>

LS_BEGIN_NAMESPACE
namespace catalog {

void check(const tag& value, const issue_sink& sink) {
  if (is_blank(value.scheme)) sink.at("scheme").error("tag.blank_scheme", "a tag needs a scheme");
  if (is_blank(value.id)) {
    sink.at("id").error("tag.blank_id", "a tag needs an id");
    return;
  }
  if (!is_stable_id(value.id)) {
    sink.at("id").error("tag.invalid_id", "\"" + value.id +
                                              "\" is not a stable id, so no catalog entry has it");
    return;
  }
  // A typo in a tag to a built-in catalog is caught here; a user's own edition under the
  // same scheme may have other ids, hence a warning (check_tags with that catalog decides).
  const auto& builtins = builtin_catalogs();
  if (builtins.get(value.scheme) && !builtins.resolve(value)) {
    validation_report found;
    check_tag(value, builtins, issue_sink(found));
    sink.at("id").warning("tag.unresolved", found.issues.front().message +
                                                " (the built-in catalog; if you use your own "
                                                "edition, check the tags against it)");
  }
}

}  // namespace catalog
LS_END_NAMESPACE
