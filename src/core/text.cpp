#include <ls/core/text.hpp>

LS_BEGIN_NAMESPACE

bool is_blank(std::string_view text) noexcept {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool is_stable_id(std::string_view text) noexcept {
  bool part_start = true;
  for (char c : text) {
    const bool letter = c >= 'a' && c <= 'z';
    const bool digit_or_underscore = (c >= '0' && c <= '9') || c == '_';
    if (c == '.') {
      if (part_start) return false;  // empty part
      part_start = true;
    } else if (part_start) {
      if (!letter) return false;
      part_start = false;
    } else if (!letter && !digit_or_underscore) {
      return false;
    }
  }
  return !part_start;
}

LS_END_NAMESPACE
