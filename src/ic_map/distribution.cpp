#include <ls/ic_map/distribution.hpp>

#include <ls/core/date.hpp>
#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

LS_BEGIN_NAMESPACE
namespace ic_map {

namespace {

/// Every issue of the inputs, with paths named after the parameters; throws on errors.
void require_valid_input(const ic_map& map, const std::vector<ic_placement>& placements,
                         const std::optional<std::string>& as_of) {
  validation_report report;
  report.append(validate(map), "/map");
  report.append(check_placements(map, placements), "/placements");
  if (as_of) check_date(*as_of, issue_sink(report, "/as_of"));
  if (!report.ok()) throw validation_error(std::move(report));
}

/// Valid ISO dates compare as text in calendar order.
bool on_or_before(const ic_placement& p, const std::optional<std::string>& as_of) {
  return !as_of || p.date <= *as_of;
}

using subject_outcome = std::tuple<ic_subject_kind, std::string, std::string>;

subject_outcome key_of(const ic_placement& p) { return {p.subject_kind, p.subject, p.outcome}; }

std::vector<ic_placement> latest_unchecked(const std::vector<ic_placement>& placements,
                                           const std::optional<std::string>& as_of) {
  // Index of the latest placement per subject and outcome. Ties cannot happen: two
  // placements of one subject on one outcome and date are an error.
  std::map<subject_outcome, std::size_t> latest;
  for (std::size_t i = 0; i < placements.size(); ++i) {
    if (!on_or_before(placements[i], as_of)) continue;
    auto [where, inserted] = latest.emplace(key_of(placements[i]), i);
    if (!inserted && placements[where->second].date < placements[i].date) where->second = i;
  }
  std::vector<std::size_t> kept;
  for (const auto& [key, index] : latest) kept.push_back(index);
  std::sort(kept.begin(), kept.end());
  std::vector<ic_placement> out;
  for (auto i : kept) out.push_back(placements[i]);
  return out;
}

double median_of_sorted(const std::vector<int>& sorted) {
  const auto n = sorted.size();
  if (n % 2 == 1) return sorted[n / 2];
  return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

ic_outcome_distribution describe_outcome(const ic_map& map, const std::string& outcome_id,
                                         const std::vector<ic_placement>& counted) {
  ic_outcome_distribution out;
  out.outcome = outcome_id;
  out.level_counts.assign(static_cast<std::size_t>(map.level_count), 0);
  std::vector<int> levels;
  for (const auto& p : counted)
    if (p.outcome == outcome_id) levels.push_back(p.level);
  out.n = levels.size();
  if (levels.empty()) return out;
  std::sort(levels.begin(), levels.end());
  double sum = 0;
  std::size_t near_ideal = 0;
  for (int level : levels) {
    ++out.level_counts[static_cast<std::size_t>(level - 1)];
    sum += level;
    if (level <= 2) ++near_ideal;
  }
  const auto n = static_cast<double>(out.n);
  out.share_at_or_near_ideal = static_cast<double>(near_ideal) / n;
  out.mean_level = sum / n;
  out.median_level = median_of_sorted(levels);
  return out;
}

ic_distribution describe(const ic_map& map, const std::vector<ic_placement>& counted) {
  ic_distribution out;
  out.map = map.id;
  std::set<std::pair<ic_subject_kind, std::string>> subjects;
  for (const auto& p : counted) subjects.emplace(p.subject_kind, p.subject);
  out.subjects = subjects.size();
  for (const auto& outcome : map.outcomes)
    out.outcomes.push_back(describe_outcome(map, outcome.id, counted));
  return out;
}

}  // namespace

std::vector<ic_placement> latest_placements(const ic_map& map,
                                            const std::vector<ic_placement>& placements,
                                            const std::optional<std::string>& as_of) {
  require_valid_input(map, placements, as_of);
  return latest_unchecked(placements, as_of);
}

ic_distribution placement_distribution(const ic_map& map,
                                       const std::vector<ic_placement>& placements,
                                       ic_count count, const std::optional<std::string>& as_of) {
  require_valid_input(map, placements, as_of);
  std::vector<ic_placement> counted;
  if (count == ic_count::latest_per_subject) {
    counted = latest_unchecked(placements, as_of);
  } else {
    std::copy_if(placements.begin(), placements.end(), std::back_inserter(counted),
                 [&](const ic_placement& p) { return on_or_before(p, as_of); });
  }
  auto out = describe(map, counted);
  out.count = count;
  out.as_of = as_of;
  return out;
}

std::vector<ic_distribution> placement_distribution_by_date(
    const ic_map& map, const std::vector<ic_placement>& placements) {
  require_valid_input(map, placements, std::nullopt);
  std::map<std::string, std::vector<ic_placement>> by_date;
  for (const auto& p : placements) by_date[p.date].push_back(p);
  std::vector<ic_distribution> out;
  for (const auto& [date, on_date] : by_date) {
    auto one = describe(map, on_date);
    one.count = ic_count::every_placement;
    one.date = date;
    out.push_back(std::move(one));
  }
  return out;
}

}  // namespace ic_map
LS_END_NAMESPACE
