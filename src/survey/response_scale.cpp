#include <ls/survey/response_scale.hpp>

#include <algorithm>
#include <map>
#include <string>

LS_BEGIN_NAMESPACE
namespace survey {

int response_scale::substantive_count() const noexcept {
  return static_cast<int>(std::count_if(options.begin(), options.end(),
                                        [](const auto& o) { return !o.non_substantive; }));
}

void check(const scale_option& option, const issue_sink& sink) {
  if (option.label.find_first_not_of(" \t\r\n") == std::string::npos)
    sink.at("label").error("scale.blank_label", "an answer needs a label");
  if (option.non_substantive && option.favorable)
    sink.at("favorable").error("scale.favorable_non_substantive",
                               "a non-substantive answer cannot count as favorable");
}

namespace {

// Reports every repeat of a key after its first use, at the repeating option.
template <class Key, class Project>
void check_unique(const response_scale& scale, const issue_sink& sink, const char* field,
                  const char* code, Project project) {
  std::map<Key, std::size_t> first_seen;
  for (std::size_t i = 0; i < scale.options.size(); ++i) {
    auto [where, inserted] = first_seen.emplace(project(scale.options[i]), i);
    if (!inserted)
      sink.at("options").at(i).at(field).error(
          code, std::string(field) + " repeats the one of option " + std::to_string(where->second));
  }
}

}  // namespace

void check(const response_scale& scale, const issue_sink& sink) {
  if (scale.id.empty()) sink.at("id").error("scale.missing_id", "a scale needs an id");
  if (scale.substantive_count() < 2)
    sink.at("options").error("scale.too_few_options",
                             "a scale needs at least two substantive answers");
  check_unique<int>(scale, sink, "code", "scale.duplicate_code",
                    [](const scale_option& o) { return o.code; });
  check_unique<std::string>(scale, sink, "label", "scale.duplicate_label",
                            [](const scale_option& o) { return o.label; });
  if (std::none_of(scale.options.begin(), scale.options.end(),
                   [](const auto& o) { return o.favorable; }))
    sink.at("options").warning("scale.no_favorable",
                               "no answer is marked favorable: percent favorable is undefined");
}

}  // namespace survey
LS_END_NAMESPACE
