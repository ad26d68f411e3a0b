#include <ls/survey/response_scale.hpp>

#include <ls/core/text.hpp>
#include <ls/core/unique.hpp>

#include <algorithm>
#include <string>

LS_BEGIN_NAMESPACE
namespace survey {

int response_scale::substantive_count() const noexcept {
  return static_cast<int>(std::count_if(options.begin(), options.end(),
                                        [](const auto& o) { return !o.non_substantive; }));
}

void check(const scale_option& option, const issue_sink& sink) {
  if (is_blank(option.label))
    sink.at("label").error("scale.blank_label", "an answer needs a label");
  if (option.non_substantive && option.favorable)
    sink.at("favorable").error("scale.favorable_non_substantive",
                               "a non-substantive answer cannot count as favorable");
}

void check(const response_scale& scale, const issue_sink& sink) {
  if (scale.id.empty()) sink.at("id").error("scale.missing_id", "a scale needs an id");
  if (scale.substantive_count() < 2)
    sink.at("options").error("scale.too_few_options",
                             "a scale needs at least two substantive answers");
  check_unique(scale.options, sink.at("options"), "code", "scale.duplicate_code",
               [](const scale_option& o) { return o.code; });
  check_unique(scale.options, sink.at("options"), "label", "scale.duplicate_label",
               [](const scale_option& o) { return o.label; });
  if (std::none_of(scale.options.begin(), scale.options.end(),
                   [](const auto& o) { return o.favorable; }))
    sink.at("options").warning("scale.no_favorable",
                               "no answer is marked favorable: percent favorable is undefined");
}

}  // namespace survey
LS_END_NAMESPACE
