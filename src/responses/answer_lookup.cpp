#include <ls/responses/answer_lookup.hpp>

#include <ls/core/error.hpp>

LS_BEGIN_NAMESPACE
namespace responses {

namespace {
char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = lower(c);
  return out;
}

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

answer_lookup::answer_lookup(const survey::response_scale& scale, bool case_sensitive)
    : scale_id_(scale.id), case_sensitive_(case_sensitive) {
  for (const auto& option : scale.options) {
    if (option.code < min_answer_code || option.code > max_answer_code)
      throw error("scale \"" + scale.id + "\" has code " + std::to_string(option.code) +
                  ", outside " + std::to_string(min_answer_code) + ".." +
                  std::to_string(max_answer_code) + ", which response data can store");
    on_scale_[static_cast<std::size_t>(option.code + 128)] = true;
    labels_.emplace_back(case_sensitive ? option.label : ascii_lower(option.label),
                         static_cast<std::int8_t>(option.code));
    shown_labels_.push_back(option.label);
  }
}

std::optional<std::int8_t> answer_lookup::code_of_label(std::string_view label) const noexcept {
  for (const auto& [text, code] : labels_)
    if (case_sensitive_ ? text == label : equal_ignoring_ascii_case(text, label)) return code;
  return std::nullopt;
}

std::string answer_lookup::codes_text() const {
  std::string out;
  for (const auto& entry : labels_) {
    if (!out.empty()) out += ", ";
    out += std::to_string(entry.second);
  }
  return out;
}

std::string answer_lookup::labels_text() const {
  std::string out;
  for (const auto& label : shown_labels_) {
    if (!out.empty()) out += ", ";
    out += "\"" + label + "\"";
  }
  return out;
}

}  // namespace responses
LS_END_NAMESPACE
