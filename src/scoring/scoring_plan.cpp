#include <ls/scoring/scoring_plan.hpp>

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include <algorithm>
#include <cmath>
#include <map>

LS_BEGIN_NAMESPACE
namespace scoring {

void check(const scoring_options& options, const issue_sink& sink) {
  const double f = options.min_answered_fraction;
  if (!(f > 0 && f <= 1))
    sink.at("min_answered_fraction")
        .error("scoring.min_answered_fraction",
               "min_answered_fraction is " + std::to_string(f) + "; it must lie in (0, 1]");
}

void require_columns(const responses::response_view& codes, const scoring_plan& plan) {
  if (codes.items != plan.column_count())
    throw error("the codes have " + std::to_string(codes.items) +
                " columns but the scoring plan has " + std::to_string(plan.column_count()));
}

std::size_t min_answered_for(std::size_t items, const std::optional<int>& min_answered,
                             double fraction) {
  if (min_answered) return static_cast<std::size_t>(std::max(*min_answered, 1));
  const auto needed = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(items)));
  return std::clamp<std::size_t>(needed, 1, std::max<std::size_t>(items, 1));
}

std::vector<responses::item_coding> instrument_codings(const survey::instrument& instrument,
                                                       const std::vector<std::string>& item_ids,
                                                       responses::non_substantive_policy policy) {
  std::vector<responses::item_coding> out;
  out.reserve(item_ids.size());
  for (const auto& id : item_ids) {
    const auto item = instrument.find_item(id);
    const auto scale = instrument.scale_of(id);
    if (!item || !scale)
      throw error("item \"" + id + "\" is not a rated item of instrument \"" + instrument.id +
                  "\"");
    out.push_back(responses::make_item_coding(*scale, item->reverse_keyed, policy));
  }
  return out;
}

namespace {

column_tables tables_of(const responses::item_coding& coding) {
  column_tables t;
  t.packable = true;
  for (std::size_t b = 0; b < 256; ++b) {
    const double v = coding.value[b];
    const bool scored = !std::isnan(v);
    t.value[b] = scored ? v : 0.0;
    t.scored[b] = scored ? 1 : 0;
    t.favorable[b] = scored && coding.favorable[b] ? 1 : 0;
    if (scored && !(v == std::floor(v) && v >= -128 && v <= 127)) t.packable = false;
    const auto shifted = scored && t.packable
                             ? static_cast<std::uint64_t>(static_cast<int>(v) + column_tables::value_offset)
                             : 0;
    t.packed[b] = shifted | std::uint64_t{t.scored[b]} << 32 | std::uint64_t{t.favorable[b]} << 48;
    t.byte_value[b] = static_cast<std::uint8_t>(shifted);
    t.byte_flags[b] = static_cast<std::uint8_t>(t.scored[b] | t.favorable[b] << 1);
  }
  return t;
}

std::map<std::string, std::size_t> column_index(const std::vector<std::string>& columns) {
  std::map<std::string, std::size_t> index;
  for (std::size_t j = 0; j < columns.size(); ++j)
    if (!index.emplace(columns[j], j).second)
      throw error("column \"" + columns[j] + "\" is named twice in the data's item ids");
  return index;
}

std::vector<scored_subscale> scored_subscales(const std::vector<survey::subscale>& subscales,
                                              const std::map<std::string, std::size_t>& index,
                                              double fraction) {
  std::vector<scored_subscale> out;
  for (const auto& s : subscales) {
    scored_subscale scored{s.id, {}, 0, s.min_answered.has_value()};
    std::string absent;
    for (const auto& item : s.items) {
      const auto at = index.find(item);
      if (at == index.end()) absent += (absent.empty() ? "\"" : ", \"") + item + "\"";
      else scored.columns.push_back(at->second);
    }
    if (!absent.empty())
      throw error("subscale \"" + s.id + "\" needs item(s) " + absent +
                  ", which the data has no column for; score an instrument without that "
                  "subscale, or add the column");
    scored.min_answered = min_answered_for(s.items.size(), s.min_answered, fraction);
    out.push_back(std::move(scored));
  }
  return out;
}

scoring_plan assemble(const std::vector<std::string>& columns,
                      std::vector<responses::item_coding> codings,
                      const std::vector<survey::subscale>& subscales,
                      const scoring_options& options) {
  require_valid(options);
  if (codings.size() != columns.size())
    throw error("the data has " + std::to_string(columns.size()) + " columns but " +
                std::to_string(codings.size()) + " item codings were given");
  scoring_plan plan;
  plan.items = columns;
  plan.subscales =
      scored_subscales(subscales, column_index(columns), options.min_answered_fraction);
  plan.settings = options;
  for (const auto& c : codings) plan.tables.push_back(tables_of(c));
  plan.codings = std::move(codings);
  plan.options.resize(columns.size());
  return plan;
}

}  // namespace

scoring_plan make_scoring_plan(const survey::instrument& instrument,
                               const std::vector<std::string>& columns,
                               const scoring_options& options) {
  require_valid(instrument);
  auto plan = assemble(columns, instrument_codings(instrument, columns, options.non_substantive),
                       instrument.subscales, options);
  for (std::size_t j = 0; j < columns.size(); ++j) plan.options[j] = instrument.scale_of(columns[j])->options;
  return plan;
}

scoring_plan make_scoring_plan(const std::vector<std::string>& columns,
                               const std::vector<responses::item_coding>& codings,
                               const std::vector<survey::subscale>& subscales,
                               const scoring_options& options) {
  for (const auto& s : subscales) require_valid(s);
  return assemble(columns, codings, subscales, options);
}

}  // namespace scoring
LS_END_NAMESPACE
