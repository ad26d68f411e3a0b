#pragma once
/// \file
/// Calendar dates. libls stores a date as ISO 8601 text, "2026-11-23", in C++, JSON and
/// Python alike: readable in files, sortable as text, and free of time zones. These
/// functions parse and check such text.

#include <ls/core/issue_sink.hpp>

#include <chrono>
#include <optional>
#include <string_view>

LS_BEGIN_NAMESPACE

/// The date written as exactly "YYYY-MM-DD" (a real day of the Gregorian calendar), or
/// nothing. "2026-02-30", "2026-2-3" and "2026-02-03T10:00" give nothing.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text) noexcept;

/// Days from `from` to `to` (negative when `to` is earlier).
long days_between(std::chrono::year_month_day from, std::chrono::year_month_day to) noexcept;

/// Rule: `text` is a date as parse_date reads it (error date.invalid at `sink`).
void check_date(std::string_view text, const issue_sink& sink);

LS_END_NAMESPACE
