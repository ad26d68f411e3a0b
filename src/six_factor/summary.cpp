#include <ls/six_factor/summary.hpp>

#include <ls/core/validate.hpp>
#include <ls/stats/moments.hpp>

#include <cmath>
#include <cstdio>
#include <limits>

LS_BEGIN_NAMESPACE
namespace six_factor {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

template <class Consensus>
std::optional<int> consensus_rating(const std::vector<Consensus>& list, support_factor factor) {
  for (const auto& consensus : list)
    if (consensus.factor == factor) return consensus.rating;
  return std::nullopt;
}

support_factor_summary summarise_factor(const six_factor_assessment& assessment,
                                        support_factor factor) {
  support_factor_summary out;
  out.factor = factor;
  out.rating_counts.assign(static_cast<std::size_t>(highest_rating - lowest_rating + 1), 0);
  stats::moments moments;
  for (const auto& participant : assessment.participants)
    for (const auto& rating : participant.ratings)
      if (rating.factor == factor) {
        moments.add(rating.rating);
        ++out.rating_counts[static_cast<std::size_t>(rating.rating - lowest_rating)];
      }
  const auto result = moments.result();
  out.rating_count = result.count;
  out.mean = result.mean;
  out.standard_deviation = result.standard_deviation;
  out.minimum = result.minimum;
  out.maximum = result.maximum;
  out.group_rating = consensus_rating(assessment.group_consensus, factor);
  out.team_rating = consensus_rating(assessment.team_consensus, factor);
  out.team_minus_mean = out.team_rating && result.count > 0 ? *out.team_rating - out.mean : nan;
  return out;
}

}  // namespace

six_factor_summary summarise(const six_factor_assessment& assessment) {
  require_valid(assessment);
  six_factor_summary out{assessment.id, assessment.system, assessment.date,
                         assessment.participants.size(), {}};
  for (auto factor : all_support_factors) out.factors.push_back(summarise_factor(assessment, factor));
  return out;
}

namespace {

std::string number(double value, const char* format = "%.2f") {
  if (std::isnan(value)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

std::string rating(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "-";
}

}  // namespace

std::string six_factor_summary::to_string() const {
  std::string out = "six-factor assessment " + assessment + " of " + system + ", " + date +
                    ", " + std::to_string(participant_count) + " participant(s)\n";
  char line[200];
  std::snprintf(line, sizeof line, "%-47s %3s %5s %5s %3s %3s  %-11s %5s %4s %6s\n", "factor",
                "n", "mean", "sd", "min", "max", "1/2/3/4", "group", "team", "team-m");
  out += line;
  for (const auto& f : factors) {
    std::string counts;
    for (auto c : f.rating_counts) counts += (counts.empty() ? "" : "/") + std::to_string(c);
    const auto title = std::to_string(support_factor_number(f.factor)) + ". " +
                       std::string(support_factor_title(f.factor));
    std::snprintf(line, sizeof line, "%-47s %3zu %5s %5s %3s %3s  %-11s %5s %4s %6s\n",
                  title.c_str(), f.rating_count, number(f.mean).c_str(),
                  number(f.standard_deviation).c_str(), number(f.minimum, "%.0f").c_str(),
                  number(f.maximum, "%.0f").c_str(), counts.c_str(),
                  rating(f.group_rating).c_str(), rating(f.team_rating).c_str(),
                  number(f.team_minus_mean, "%+.2f").c_str());
    out += line;
  }
  return out;
}

}  // namespace six_factor
LS_END_NAMESPACE
