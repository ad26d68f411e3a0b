#include <ls/scoring/percent_favorable.hpp>

#include <ls/core/error.hpp>

#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace scoring {

favorable_counts count_favorable(const responses::item_coding& coding, const code_counts& counts) {
  favorable_counts out;
  for (int code = -128; code <= 127; ++code) {
    const auto byte = static_cast<std::int8_t>(code);
    const auto n = counts.count_of(code);
    const bool scored = !std::isnan(coding.value_of(byte));
    if (coding.is_favorable(byte)) out.has_favorable_option = true;
    if (scored) {
      out.scored += n;
      if (coding.is_favorable(byte)) out.favorable += n;
    } else if (coding.kind_of(byte) == responses::answer_kind::non_substantive) {
      out.non_substantive_excluded += n;
    }
  }
  return out;
}

namespace {

/// 100 * favorable / scored, or NaN with the reason.
void set_percent(const favorable_counts& c, double& percent, std::string& note) {
  percent = std::numeric_limits<double>::quiet_NaN();
  if (!c.has_favorable_option) note = "no option of the scale is favorable";
  else if (c.scored == 0) note = "no scored answers";
  else percent = 100.0 * static_cast<double>(c.favorable) / static_cast<double>(c.scored);
}

}  // namespace

favorability_report percent_favorable(const scoring_plan& plan, const code_tally& counts) {
  if (counts.columns.size() != plan.column_count())
    throw error("the code counts have " + std::to_string(counts.columns.size()) +
                " columns but the scoring plan has " + std::to_string(plan.column_count()));
  favorability_report out;
  std::vector<favorable_counts> per_column;
  for (std::size_t j = 0; j < plan.column_count(); ++j) {
    const auto c = count_favorable(plan.codings[j], counts.columns[j]);
    per_column.push_back(c);
    item_favorability item{plan.items[j], c.favorable, c.scored, c.non_substantive_excluded, 0, {}};
    set_percent(c, item.percent_favorable, item.note);
    out.items.push_back(std::move(item));
  }
  for (const auto& s : plan.subscales) {
    favorable_counts pooled;
    for (auto j : s.columns) {
      pooled.favorable += per_column[j].favorable;
      pooled.scored += per_column[j].scored;
      pooled.non_substantive_excluded += per_column[j].non_substantive_excluded;
      pooled.has_favorable_option = pooled.has_favorable_option || per_column[j].has_favorable_option;
    }
    subscale_favorability sub{s.id, pooled.favorable, pooled.scored,
                              pooled.non_substantive_excluded, 0, {}};
    set_percent(pooled, sub.percent_favorable, sub.note);
    if (!pooled.has_favorable_option) sub.note = "no option of the items' scales is favorable";
    out.subscales.push_back(std::move(sub));
  }
  return out;
}

favorability_report percent_favorable(const responses::response_view& codes,
                                      const scoring_plan& plan, unsigned threads,
                                      std::size_t chunk_rows) {
  require_columns(codes, plan);
  return percent_favorable(plan, count_codes(codes, threads, chunk_rows));
}

}  // namespace scoring
LS_END_NAMESPACE
