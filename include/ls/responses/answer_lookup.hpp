#pragma once
/// \file
/// How an answer given as an integer or as an option's words becomes the code stored in a
/// response matrix, for one response scale. Every reader of response data (the matrix
/// builder, JSON records, the CSV reader) goes through it, so "which codes a scale accepts"
/// and "which words mean which code" are decided in one place.

#include <ls/responses/answer_code.hpp>
#include <ls/survey/response_scale.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses {

class answer_lookup {
 public:
  answer_lookup() = default;
  /// Labels are matched ignoring the case of ASCII letters unless `case_sensitive`
  /// ("Agree" and "AGREE" are "agree"); letters beyond ASCII must match exactly. Throws
  /// ls::error when an option's code lies outside -127..127 (it could not be stored).
  explicit answer_lookup(const survey::response_scale& scale, bool case_sensitive = false);

  /// True when `code` is the code of one of the scale's options (non-substantive ones
  /// included: "no opinion" is an answer, not a missing one).
  bool accepts(long long code) const noexcept {
    return code >= min_answer_code && code <= max_answer_code &&
           on_scale_[static_cast<std::size_t>(code + 128)];
  }
  /// The code of the option labelled `label`, if there is one.
  std::optional<std::int8_t> code_of_label(std::string_view label) const noexcept;
  /// The table behind accepts(), by code byte (code + 128): for inner loops.
  const std::array<bool, 256>& accepted_codes() const noexcept { return on_scale_; }

  const std::string& scale_id() const noexcept { return scale_id_; }
  /// "5, 4, 3, 2, 1": the codes in the scale's order, for messages.
  std::string codes_text() const;
  /// "\"strongly agree\", \"agree\", ...": the labels, for messages.
  std::string labels_text() const;

 private:
  std::string scale_id_;
  bool case_sensitive_ = false;
  std::array<bool, 256> on_scale_{};
  /// Option labels (lower-cased when matching ignores case) with their codes, in order.
  std::vector<std::pair<std::string, std::int8_t>> labels_;
  /// The labels as the scale spells them, for messages.
  std::vector<std::string> shown_labels_;
};

/// `text` with ASCII letters lower-cased.
std::string ascii_lower(std::string_view text);

/// True when `a` and `b` are equal ignoring the case of ASCII letters.
bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept;

}  // namespace responses
LS_END_NAMESPACE
