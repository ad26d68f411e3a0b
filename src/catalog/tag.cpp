#include <ls/catalog/tag.hpp>

#include <ls/core/text.hpp>

LS_BEGIN_NAMESPACE
namespace catalog {

void check(const tag& value, const issue_sink& sink) {
  if (is_blank(value.scheme)) sink.at("scheme").error("tag.blank_scheme", "a tag needs a scheme");
  if (is_blank(value.id)) sink.at("id").error("tag.blank_id", "a tag needs an id");
}

}  // namespace catalog
LS_END_NAMESPACE
