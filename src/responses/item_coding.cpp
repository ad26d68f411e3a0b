#include <ls/responses/item_coding.hpp>

#include <ls/core/error.hpp>

#include <algorithm>
#include <string>

LS_BEGIN_NAMESPACE
namespace responses {

namespace {

void require_code_in_range(int code) {
  if (code < min_answer_code || code > max_answer_code)
    throw error("answer code " + std::to_string(code) + " is outside " +
                std::to_string(min_answer_code) + ".." + std::to_string(max_answer_code) +
                ", which response data can store");
}

const survey::scale_option* option_with_code(const survey::response_scale& scale, int code) {
  for (const auto& o : scale.options)
    if (o.code == code) return &o;
  return nullptr;
}

}  // namespace

item_coding make_item_coding(const survey::response_scale& scale, bool reverse_keyed,
                             non_substantive_policy policy) {
  item_coding coding;
  coding.kind.fill(answer_kind::invalid);
  coding.value.fill(std::numeric_limits<double>::quiet_NaN());
  coding.kind[item_coding::index(missing_code)] = answer_kind::missing;

  int lo = max_answer_code, hi = min_answer_code;
  for (const auto& o : scale.options) {
    require_code_in_range(o.code);
    if (!o.non_substantive) lo = std::min(lo, o.code), hi = std::max(hi, o.code);
  }
  for (const auto& o : scale.options) {
    const auto at = item_coding::index(static_cast<std::int8_t>(o.code));
    if (o.non_substantive) {
      coding.kind[at] = answer_kind::non_substantive;
      if (policy == non_substantive_policy::score_as_code) coding.value[at] = o.code;
      continue;
    }
    const int scored = reverse_keyed ? lo + hi - o.code : o.code;
    const auto* counterpart = option_with_code(scale, scored);
    if (!counterpart || counterpart->non_substantive)
      throw error("reversing code " + std::to_string(o.code) + " of scale \"" + scale.id +
                  "\" gives " + std::to_string(scored) + ", which is not one of its answers");
    coding.kind[at] = answer_kind::substantive;
    coding.value[at] = scored;
    coding.favorable[at] = counterpart->favorable;
    ++coding.option_count;
  }
  if (coding.option_count > 0) coding.minimum = lo, coding.maximum = hi;
  return coding;
}

survey::response_scale integer_scale(int lo, int hi) {
  survey::response_scale scale;
  scale.id = "integers_" + std::to_string(lo) + "_" + std::to_string(hi);
  for (int code = lo; code <= hi; ++code)
    scale.options.push_back({code, std::to_string(code), false, false});
  return scale;
}

}  // namespace responses
LS_END_NAMESPACE
