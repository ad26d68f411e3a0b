#include <ls/core/date.hpp>

#include <string>

LS_BEGIN_NAMESPACE

namespace {
// Digits only, so "+1" or " 1" (which from_chars-style parsers may accept) are rejected.
std::optional<int> digits(std::string_view text) noexcept {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}
}  // namespace

std::optional<std::chrono::year_month_day> parse_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = digits(text.substr(0, 4));
  auto month = digits(text.substr(5, 2));
  auto day = digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  std::chrono::year_month_day date{std::chrono::year{*year},
                                   std::chrono::month{static_cast<unsigned>(*month)},
                                   std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

long days_between(std::chrono::year_month_day from, std::chrono::year_month_day to) noexcept {
  return static_cast<long>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

void check_date(std::string_view text, const issue_sink& sink) {
  if (!parse_date(text))
    sink.error("date.invalid",
               "'" + std::string(text) + "' is not a date written as YYYY-MM-DD");
}

LS_END_NAMESPACE
