#include <ls/six_factor/comparison.hpp>

#include <ls/core/date.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/six_factor/summary.hpp>

#include <cmath>
#include <cstdio>
#include <limits>

LS_BEGIN_NAMESPACE
namespace six_factor {

six_factor_comparison compare(const six_factor_assessment& before,
                              const six_factor_assessment& after) {
  const auto then = summarise(before);  // both validated here
  const auto now = summarise(after);
  if (before.system != after.system)
    throw error("cannot compare assessments of different systems: \"" + before.system +
                "\" and \"" + after.system + "\"");
  const long days = days_between(*parse_date(before.date), *parse_date(after.date));
  if (days < 0)
    throw error("the second assessment (" + after.id + ", " + after.date +
                ") is older than the first (" + before.id + ", " + before.date +
                "): pass the earlier one first");

  six_factor_comparison out{before.system, before.id, before.date, after.id, after.date, days,
                            {}};
  for (std::size_t i = 0; i < all_support_factors.size(); ++i) {
    const auto& a = then.factors[i];
    const auto& b = now.factors[i];
    support_factor_comparison row;
    row.factor = a.factor;
    row.team_before = a.team_rating;
    row.team_after = b.team_rating;
    if (a.team_rating && b.team_rating) row.team_change = *b.team_rating - *a.team_rating;
    row.mean_before = a.mean;
    row.mean_after = b.mean;
    row.mean_change = b.mean - a.mean;  // NaN when either is NaN
    out.factors.push_back(row);
  }
  return out;
}

namespace {

std::string number(double value, const char* format) {
  if (std::isnan(value)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

std::string rating(const std::optional<int>& value, const char* format = "%d") {
  if (!value) return "-";
  char text[16];
  std::snprintf(text, sizeof text, format, *value);
  return text;
}

}  // namespace

std::string six_factor_comparison::to_string() const {
  std::string out = system + ": " + before + " (" + before_date + ") -> " + after + " (" +
                    after_date + "), " + std::to_string(days_apart) + " days\n";
  char line[200];
  std::snprintf(line, sizeof line, "%-47s %4s %4s %6s  %5s %5s %6s\n", "factor", "then", "now",
                "change", "mean", "mean", "change");
  out += line;
  for (const auto& f : factors) {
    const auto title = std::to_string(support_factor_number(f.factor)) + ". " +
                       std::string(support_factor_title(f.factor));
    std::snprintf(line, sizeof line, "%-47s %4s %4s %6s  %5s %5s %6s\n", title.c_str(),
                  rating(f.team_before).c_str(), rating(f.team_after).c_str(),
                  rating(f.team_change, "%+d").c_str(), number(f.mean_before, "%.2f").c_str(),
                  number(f.mean_after, "%.2f").c_str(), number(f.mean_change, "%+.2f").c_str());
    out += line;
  }
  return out;
}

}  // namespace six_factor
LS_END_NAMESPACE
