#include <ls/scoring/subscale_scores.hpp>

#include <ls/core/error.hpp>
#include <ls/scoring/percent_favorable.hpp>

#include "row_sums_kernel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

LS_BEGIN_NAMESPACE
namespace scoring {

namespace {

/// Rows per block of the row-sum kernel: the block's sums and counts (about 64 KiB) stay
/// in the L1/L2 cache while every column of the subscale is added to them.
constexpr std::size_t block_rows = 4096;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

inline std::size_t byte_of(std::int8_t code) noexcept {
  return static_cast<std::uint8_t>(code ^ 0x80);  // code + 128
}

}  // namespace

namespace {

bool packable(const scoring_plan& plan, const scored_subscale& subscale) {
  if (subscale.columns.size() > column_tables::max_packed_columns) return false;
  for (auto j : subscale.columns)
    if (!plan.tables[j].packable) return false;
  return true;
}

}  // namespace

void subscale_row_sums::compute(const scoring_plan& plan, const scored_subscale& subscale,
                                const responses::response_view& chunk, bool with_favorable) {
  const std::size_t rows = chunk.rows;
  sum.resize(rows);
  answered.resize(rows);
  if (with_favorable) favorable.resize(rows);
  const bool fast = packable(plan, subscale);
  if (fast && subscale.columns.size() <= detail::max_byte_kernel_columns &&
      detail::byte_kernel_available()) {
    std::vector<const std::int8_t*> columns;
    std::vector<const column_tables*> tables;
    for (auto j : subscale.columns) {
      columns.push_back(chunk.column(j).data());
      tables.push_back(&plan.tables[j]);
    }
    detail::byte_row_sums(columns.data(), tables.data(), columns.size(), rows, sum.data(),
                          answered.data(), with_favorable ? favorable.data() : nullptr);
    return;
  }
  if (fast) packed.resize(std::min(rows, block_rows));
  for (std::size_t first = 0; first < rows; first += block_rows) {
    const std::size_t n = std::min(block_rows, rows - first);
    double* s = sum.data() + first;
    std::uint32_t* a = answered.data() + first;
    std::uint32_t* f = with_favorable ? favorable.data() + first : nullptr;
    if (fast) {
      // One lookup and one addition per answer; the parts are unpacked once per row.
      std::uint64_t* p = packed.data();
      std::fill_n(p, n, std::uint64_t{0});
      for (auto j : subscale.columns) {
        const std::int8_t* c = chunk.column(j).data() + first;
        const auto& t = plan.tables[j].packed;
        for (std::size_t r = 0; r < n; ++r) p[r] += t[byte_of(c[r])];
      }
      for (std::size_t r = 0; r < n; ++r) {
        const auto count = static_cast<std::uint32_t>((p[r] >> 32) & 0xFFFF);
        a[r] = count;
        s[r] = static_cast<double>(static_cast<std::int64_t>(p[r] & 0xFFFFFFFF) -
                                   std::int64_t{column_tables::value_offset} * count);
        if (f) f[r] = static_cast<std::uint32_t>(p[r] >> 48);
      }
      continue;
    }
    std::fill_n(s, n, 0.0);
    std::fill_n(a, n, 0u);
    if (f) std::fill_n(f, n, 0u);
    for (auto j : subscale.columns) {
      const std::int8_t* c = chunk.column(j).data() + first;
      const auto& t = plan.tables[j];
      if (f) {
        for (std::size_t r = 0; r < n; ++r) {
          const auto b = byte_of(c[r]);
          s[r] += t.value[b];
          a[r] += t.scored[b];
          f[r] += t.favorable[b];
        }
      } else {
        for (std::size_t r = 0; r < n; ++r) {
          const auto b = byte_of(c[r]);
          s[r] += t.value[b];
          a[r] += t.scored[b];
        }
      }
    }
  }
}

void subscale_row_sums::scores(std::size_t min_answered, std::span<double> out) const noexcept {
  const std::size_t rows = out.size();
  for (std::size_t r = 0; r < rows; ++r)
    out[r] = answered[r] >= min_answered ? sum[r] / answered[r] : nan;
}

void subscale_tally::merge(const subscale_tally& other) {
  respondents += other.respondents;
  scored += other.scored;
  too_few_answered += other.too_few_answered;
  no_answers += other.no_answers;
  scores.merge(other.scores);
}

void scoring_tally::merge(const scoring_tally& other) {
  codes.merge(other.codes);
  if (other.subscales.size() > subscales.size()) subscales.resize(other.subscales.size());
  for (std::size_t k = 0; k < other.subscales.size(); ++k) subscales[k].merge(other.subscales[k]);
}

void add_rows(scoring_tally& tally, const scoring_plan& plan,
              const responses::response_view& chunk, double* out, std::size_t out_stride) {
  tally.codes.columns.resize(plan.column_count());
  tally.subscales.resize(plan.subscales.size());
  for (std::size_t j = 0; j < chunk.items; ++j) tally.codes.columns[j].add_column(chunk.column(j));
  subscale_row_sums sums;
  for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
    const auto& s = plan.subscales[k];
    sums.compute(plan, s, chunk, false);
    std::span<double> column(out + k * out_stride, chunk.rows);
    sums.scores(s.min_answered, column);
    auto& t = tally.subscales[k];
    t.respondents += chunk.rows;
    for (std::size_t r = 0; r < chunk.rows; ++r) {
      const auto a = sums.answered[r];
      t.no_answers += a == 0;
      t.too_few_answered += a > 0 && a < s.min_answered;
    }
    for (std::size_t r = 0; r < chunk.rows; ++r) t.scored += !std::isnan(column[r]);
    t.scores.add_all(column);
  }
}

namespace {

item_answer_counts answer_counts(const std::string& item, const responses::item_coding& coding,
                                 const code_counts& counts) {
  using responses::answer_kind;
  item_answer_counts out{item, counts.total(), 0, 0, 0, 0, 0};
  const auto fav = count_favorable(coding, counts);
  out.scored = fav.scored;
  out.non_substantive_excluded = fav.non_substantive_excluded;
  for (int code = -128; code <= 127; ++code) {
    const auto n = counts.count_of(code);
    switch (coding.kind_of(static_cast<std::int8_t>(code))) {
      case answer_kind::missing: out.missing += n; break;
      case answer_kind::non_substantive: out.non_substantive += n; break;
      case answer_kind::invalid: out.invalid += n; break;
      case answer_kind::substantive: break;
    }
  }
  return out;
}

std::string invalid_codes_of(const responses::item_coding& coding, const code_counts& counts) {
  std::string list;
  for (int code = -127; code <= 127; ++code)
    if (coding.kind_of(static_cast<std::int8_t>(code)) == responses::answer_kind::invalid &&
        counts.count_of(code) > 0)
      list += (list.empty() ? "" : ", ") + std::to_string(code) + " (" +
              std::to_string(counts.count_of(code)) + "x)";
  return list;
}

}  // namespace

scoring_report make_scoring_report(const scoring_plan& plan, const scoring_tally& tally) {
  if (tally.codes.columns.size() != plan.column_count() ||
      tally.subscales.size() != plan.subscales.size())
    throw error("the tally does not belong to this scoring plan: it has " +
                std::to_string(tally.codes.columns.size()) + " columns and " +
                std::to_string(tally.subscales.size()) + " subscales, the plan " +
                std::to_string(plan.column_count()) + " and " +
                std::to_string(plan.subscales.size()));
  scoring_report out;
  out.options = plan.settings;
  validation_report warnings;
  const issue_sink sink(warnings);
  for (std::size_t j = 0; j < plan.column_count(); ++j) {
    out.items.push_back(answer_counts(plan.items[j], plan.codings[j], tally.codes.columns[j]));
    out.respondents = out.items.back().respondents;
    if (out.items.back().invalid > 0)
      sink.at("items").at(j).warning(
          "scoring.invalid_codes",
          "item \"" + plan.items[j] + "\" has " + std::to_string(out.items.back().invalid) +
              " answer(s) whose code is not an option of its scale, not scored: " +
              invalid_codes_of(plan.codings[j], tally.codes.columns[j]));
  }
  for (std::size_t k = 0; k < plan.subscales.size(); ++k) {
    const auto& s = plan.subscales[k];
    const auto& t = tally.subscales[k];
    subscale_score_report r;
    r.subscale = s.id;
    r.items = s.columns.size();
    r.min_answered = s.min_answered;
    r.min_answered_from_subscale = s.min_answered_from_subscale;
    r.respondents = t.respondents;
    r.scored = t.scored;
    r.too_few_answered = t.too_few_answered;
    r.no_answers = t.no_answers;
    for (auto j : s.columns) {
      const auto& item = out.items[j];
      r.answers_scored += item.scored;
      r.answers_missing += item.missing;
      r.answers_non_substantive += item.non_substantive;
      r.answers_non_substantive_excluded += item.non_substantive_excluded;
      r.answers_invalid += item.invalid;
    }
    r.scores = t.scores.result();
    out.respondents = std::max(out.respondents, r.respondents);
    if (r.respondents > 0 && r.scored == 0)
      sink.at("subscales").at(k).warning(
          "scoring.no_scores", "no respondent has the " + std::to_string(s.min_answered) +
                                   " scored answer(s) subscale \"" + s.id + "\" needs");
    out.subscales.push_back(std::move(r));
  }
  out.warnings = std::move(warnings.issues);
  return out;
}

scoring_report score_subscales(const responses::response_view& codes, const scoring_plan& plan,
                               std::span<double> out, unsigned threads, std::size_t chunk_rows) {
  require_columns(codes, plan);
  if (out.size() != codes.rows * plan.subscales.size())
    throw error("the output has room for " + std::to_string(out.size()) + " scores; " +
                std::to_string(codes.rows) + " rows and " +
                std::to_string(plan.subscales.size()) + " subscales need " +
                std::to_string(codes.rows * plan.subscales.size()));
  const auto tally = stats::accumulate_rows(
      codes.rows, [] { return scoring_tally{}; },
      [&](scoring_tally& t, std::size_t first, std::size_t count) {
        add_rows(t, plan, codes.slice(first, count), out.data() + first, codes.rows);
      },
      threads, chunk_rows);
  return make_scoring_report(plan, tally);
}

subscale_scores score_subscales(const responses::response_view& codes, const scoring_plan& plan,
                                unsigned threads, std::size_t chunk_rows) {
  subscale_scores out;
  out.rows = codes.rows;
  out.values.resize(codes.rows * plan.subscales.size());
  out.report = score_subscales(codes, plan, std::span<double>(out.values), threads, chunk_rows);
  return out;
}

namespace {

std::string format(const char* pattern, double value) {
  if (std::isnan(value)) return "-";
  char text[32];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

}  // namespace

std::string scoring_report::to_string() const {
  std::string out = "scores of " + std::to_string(respondents) + " respondent(s)\n";
  char line[256];
  std::snprintf(line, sizeof line, "%-24s %5s %4s %8s %8s %8s %7s %6s %12s\n", "subscale",
                "items", "min", "scored", "too few", "none", "mean", "sd", "no opinion");
  out += line;
  for (const auto& s : subscales) {
    std::snprintf(line, sizeof line, "%-24s %5zu %4zu %8zu %8zu %8zu %7s %6s %12zu\n",
                  s.subscale.c_str(), s.items, s.min_answered, s.scored, s.too_few_answered,
                  s.no_answers, format("%.3f", s.scores.mean).c_str(),
                  format("%.3f", s.scores.standard_deviation).c_str(),
                  s.answers_non_substantive_excluded);
    out += line;
  }
  for (const auto& i : items)
    if (i.missing + i.non_substantive + i.invalid > 0) {
      std::snprintf(line, sizeof line, "item %-19s missing %zu, non-substantive %zu (%zu left out), invalid %zu\n",
                    i.item.c_str(), i.missing, i.non_substantive, i.non_substantive_excluded,
                    i.invalid);
      out += line;
    }
  for (const auto& w : warnings) out += ls::to_string(w) + "\n";
  return out;
}

}  // namespace scoring
LS_END_NAMESPACE
