#include <ls/scoring/item_distribution.hpp>

#include <ls/core/error.hpp>

#include <limits>

LS_BEGIN_NAMESPACE
namespace scoring {

namespace {

std::string label_of(const std::vector<survey::scale_option>& options, int code) {
  for (const auto& o : options)
    if (o.code == code) return o.label;
  return {};
}

item_distribution distribution_of(const std::string& item, const responses::item_coding& coding,
                                  const std::vector<survey::scale_option>& options,
                                  const code_counts& counts) {
  using responses::answer_kind;
  item_distribution out;
  out.item = item;
  out.respondents = counts.total();
  std::vector<code_count> invalid;
  for (int code = -128; code <= 127; ++code) {
    const auto byte = static_cast<std::int8_t>(code);
    const auto kind = coding.kind_of(byte);
    const auto n = counts.count_of(code);
    switch (kind) {
      case answer_kind::missing: out.missing += n; continue;
      case answer_kind::substantive: out.substantive += n; break;
      case answer_kind::non_substantive: out.non_substantive += n; break;
      case answer_kind::invalid:
        out.invalid += n;
        if (n > 0) invalid.push_back({code, {}, kind, false, n, 0});
        continue;
    }
    out.codes.push_back({code, label_of(options, code), kind, coding.is_favorable(byte), n, 0});
  }
  out.codes.insert(out.codes.end(), invalid.begin(), invalid.end());
  const auto answers = static_cast<double>(out.respondents - out.missing);
  for (auto& c : out.codes)
    c.percent_of_answers = answers > 0 ? 100.0 * static_cast<double>(c.count) / answers
                                       : std::numeric_limits<double>::quiet_NaN();
  return out;
}

}  // namespace

std::vector<item_distribution> item_distributions(const scoring_plan& plan,
                                                  const code_tally& counts) {
  if (counts.columns.size() != plan.column_count())
    throw error("the code counts have " + std::to_string(counts.columns.size()) +
                " columns but the scoring plan has " + std::to_string(plan.column_count()));
  std::vector<item_distribution> out;
  for (std::size_t j = 0; j < plan.column_count(); ++j)
    out.push_back(distribution_of(plan.items[j], plan.codings[j], plan.options[j], counts.columns[j]));
  return out;
}

std::vector<item_distribution> item_distributions(const responses::response_view& codes,
                                                  const scoring_plan& plan, unsigned threads,
                                                  std::size_t chunk_rows) {
  require_columns(codes, plan);
  return item_distributions(plan, count_codes(codes, threads, chunk_rows));
}

}  // namespace scoring
LS_END_NAMESPACE
