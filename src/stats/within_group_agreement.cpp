#include <ls/stats/within_group_agreement.hpp>

#include "agreement_kernel.hpp"

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <thread>

LS_BEGIN_NAMESPACE
namespace stats {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
/// A slot table entry for a code that is not scored (missing, non-substantive, invalid).
using detail::no_slot;

std::vector<double> scored_values(const responses::item_coding& coding) {
  std::vector<double> out;
  for (double v : coding.value)
    if (!std::isnan(v)) out.push_back(v);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::size_t> used_items(const std::vector<responses::item_coding>& codings,
                                    const agreement_options& options) {
  std::vector<std::size_t> items = options.items;
  if (items.empty())
    for (std::size_t j = 0; j < codings.size(); ++j) items.push_back(j);
  if (items.empty()) throw ls::error("within-group agreement needs at least one item");
  for (auto j : items)
    if (j >= codings.size())
      throw ls::error("item column " + std::to_string(j) + " is out of range: there are " +
                      std::to_string(codings.size()) + " item codings");
  return items;
}

double default_expected_variance(const std::vector<responses::item_coding>& codings,
                                 const std::vector<std::size_t>& items) {
  const int options = codings[items.front()].option_count;
  for (auto j : items)
    if (codings[j].option_count != options)
      throw ls::error("the items have different numbers of options (" +
                      std::to_string(options) + " and " +
                      std::to_string(codings[j].option_count) +
                      "): give the expected variance of rwg explicitly");
  if (options < 2)
    throw ls::error("rwg's uniform null distribution needs at least two scored options, got " +
                    std::to_string(options));
  const double a = options;
  return (a * a - 1) / 12;
}

/// The default end of awg's range: the same for every item, or an error.
double common_bound(const std::vector<responses::item_coding>& codings,
                    const std::vector<std::size_t>& items, bool maximum) {
  auto bound = [&](std::size_t j) { return maximum ? codings[j].maximum : codings[j].minimum; };
  const double first = bound(items.front());
  for (auto j : items)
    if (!(bound(j) == first))
      throw ls::error(std::string("the items' scored values have different ") +
                      (maximum ? "maxima" : "minima") +
                      ": give awg's scale_minimum and scale_maximum explicitly");
  return first;
}

void require_same_configuration(const agreement_accumulator& a, const agreement_accumulator& b) {
  if (a.items != b.items || a.slot_values != b.slot_values || a.slot_offsets != b.slot_offsets ||
      !(a.expected_variance == b.expected_variance) || !(a.scale_minimum == b.scale_minimum) ||
      !(a.scale_maximum == b.scale_maximum))
    throw ls::error(
        "cannot merge agreement accumulators made for different items, codings or options");
}

/// What one item's histogram in one group gives.
struct item_statistics {
  double variance = 0;
  double deviation_mean = 0;
  double deviation_median = 0;
  double awg = 0;
};

/// The value at 0-based rank `rank` of the sorted answers.
double value_at_rank(std::span<const double> values, std::span<const std::uint64_t> counts,
                     std::uint64_t rank) {
  std::uint64_t seen = 0;
  for (std::size_t s = 0; s < values.size(); ++s) {
    seen += counts[s];
    if (rank < seen) return values[s];
  }
  return nan;  // unreachable when the counts add up to more than rank
}

/// multilevel::awg for one item: Brown & Hauenstein (2005), with multilevel's rules.
double awg_of_item(double mean, double variance, double n, double low, double high) {
  double out =
      1 - (2 * variance) / (((high + low) * mean - mean * mean - high * low) * (n / (n - 1)));
  if (mean < (low * (n - 1) + high) / n) out = nan;
  if (mean > (high * (n - 1) + low) / n) out = nan;
  if (mean == high || mean == low) out = 1;
  return out;
}

/// The mean of an item's answers in a group of n complete rows, from its slot counts.
double item_mean(std::span<const double> values, const std::uint64_t* counts, std::uint64_t n) {
  double sum = 0;
  for (std::size_t s = 0; s < values.size(); ++s) sum += static_cast<double>(counts[s]) * values[s];
  return sum / static_cast<double>(n);
}

/// The sample variance (divisor n - 1) of an item's answers about their mean.
double item_variance(std::span<const double> values, const std::uint64_t* counts,
                     std::uint64_t n, double mean) {
  double squares = 0;
  for (std::size_t s = 0; s < values.size(); ++s)
    squares += static_cast<double>(counts[s]) * (values[s] - mean) * (values[s] - mean);
  return squares / static_cast<double>(n - 1);
}

item_statistics item_in_group(std::span<const double> values,
                              std::span<const std::uint64_t> counts, std::uint64_t n,
                              double low, double high) {
  const double rows = static_cast<double>(n);
  const double mean = item_mean(values, counts.data(), n);
  // R's median: the middle value, or the mean of the two middle values.
  const double median =
      (value_at_rank(values, counts, (n - 1) / 2) + value_at_rank(values, counts, n / 2)) / 2;
  double from_mean = 0, from_median = 0;
  for (std::size_t s = 0; s < values.size(); ++s) {
    const double c = static_cast<double>(counts[s]);
    from_mean += c * std::abs(values[s] - mean);
    from_median += c * std::abs(values[s] - median);
  }
  item_statistics out;
  out.variance = item_variance(values, counts.data(), n, mean);
  out.deviation_mean = from_mean / rows;
  out.deviation_median = from_median / rows;
  out.awg = awg_of_item(mean, out.variance, rows, low, high);
  return out;
}

/// James, Demaree & Wolf (1984) as multilevel::rwg.j: S capped at the null variance.
double rwg_j(double mean_variance, double expected_variance, double items) {
  const double ratio = std::min(mean_variance, expected_variance) / expected_variance;
  if (items == 1) return 1 - ratio;  // multilevel::rwg's form, exact for one item
  return items * (1 - ratio) / (items * (1 - ratio) + ratio);
}

void mark_undefined(group_agreement& row, agreement_status why) {
  row.status = row.awg_status = why;
  row.mean_item_variance = row.rwg = row.average_deviation_mean = row.average_deviation_median =
      row.awg = nan;
}

}  // namespace

void check(const agreement_accumulator& acc, const issue_sink& sink) {
  const auto& offsets = acc.slot_offsets;
  const bool empty = acc.items.empty() && offsets.empty() && acc.slot_values.empty();
  bool offsets_ok = empty || (offsets.size() == acc.items.size() + 1 && offsets.front() == 0 &&
                              offsets.back() == acc.slot_values.size());
  for (std::size_t j = 1; offsets_ok && j < offsets.size(); ++j)
    offsets_ok = offsets[j - 1] <= offsets[j];
  if (!offsets_ok) {
    sink.at("slot_offsets")
        .error("agreement.slot_offsets",
               "slot_offsets must hold " + std::to_string(acc.items.size() + 1) +
                   " offsets rising from 0 to the number of slot values (" +
                   std::to_string(acc.slot_values.size()) + "), got " +
                   std::to_string(offsets.size()) + " offsets");
  } else {
    for (std::size_t j = 0; j + 1 < offsets.size(); ++j) {
      // Codes -127..127 give at most 255 values; slot 255 means "not scored".
      if (offsets[j + 1] - offsets[j] > no_slot)
        sink.at("slot_offsets").at(j + 1).error(
            "agreement.slot_values", "item " + std::to_string(j) + " has " +
                                         std::to_string(offsets[j + 1] - offsets[j]) +
                                         " scored values; at most 255 are possible");
      for (std::size_t i = offsets[j]; i < offsets[j + 1]; ++i) {
        const double v = acc.slot_values[i];
        if (!std::isfinite(v) || (i > offsets[j] && !(acc.slot_values[i - 1] < v))) {
          sink.at("slot_values").at(i).error(
              "agreement.slot_values", "the scored values of item " + std::to_string(j) +
                                           " must be finite and strictly ascending, got " +
                                           std::to_string(v) + " at position " +
                                           std::to_string(i));
          break;
        }
      }
    }
  }
  if (acc.counts.size() != acc.complete_rows.size() * acc.slot_values.size())
    sink.at("counts").error("agreement.counts",
                            "counts must hold one count per group and slot (" +
                                std::to_string(acc.complete_rows.size()) + " x " +
                                std::to_string(acc.slot_values.size()) + "), got " +
                                std::to_string(acc.counts.size()));
  if (acc.dropped_rows.size() != acc.complete_rows.size())
    sink.at("dropped_rows").error("agreement.dropped_rows",
                                  "dropped_rows must hold one count per group (" +
                                      std::to_string(acc.complete_rows.size()) + "), got " +
                                      std::to_string(acc.dropped_rows.size()));
  if (acc.items.empty()) return;
  if (!(acc.expected_variance > 0) || !std::isfinite(acc.expected_variance))
    sink.at("expected_variance")
        .error("agreement.expected_variance",
               "the expected variance must be positive and finite, got " +
                   std::to_string(acc.expected_variance));
  if (!(acc.scale_minimum < acc.scale_maximum) || !std::isfinite(acc.scale_minimum) ||
      !std::isfinite(acc.scale_maximum))
    sink.at("scale_maximum")
        .error("agreement.scale_range", "awg's range needs finite scale_minimum < scale_maximum, got " +
                                            std::to_string(acc.scale_minimum) + " and " +
                                            std::to_string(acc.scale_maximum));
}

agreement_accumulator make_agreement_accumulator(
    const std::vector<responses::item_coding>& codings, const agreement_options& options) {
  agreement_accumulator out;
  out.items = used_items(codings, options);
  out.slot_offsets.push_back(0);
  for (auto j : out.items) {
    const auto values = scored_values(codings[j]);
    if (values.empty())
      throw ls::error("item column " + std::to_string(j) + " has no scored option");
    out.slot_values.insert(out.slot_values.end(), values.begin(), values.end());
    out.slot_offsets.push_back(out.slot_values.size());
  }

  out.expected_variance = options.expected_variance
                              ? *options.expected_variance
                              : default_expected_variance(codings, out.items);
  if (!(out.expected_variance > 0) || !std::isfinite(out.expected_variance))
    throw ls::error("rwg's expected variance must be positive and finite, got " +
                    std::to_string(out.expected_variance));

  out.scale_minimum =
      options.scale_minimum ? *options.scale_minimum : common_bound(codings, out.items, false);
  out.scale_maximum =
      options.scale_maximum ? *options.scale_maximum : common_bound(codings, out.items, true);
  if (!(out.scale_minimum < out.scale_maximum) || !std::isfinite(out.scale_minimum) ||
      !std::isfinite(out.scale_maximum))
    throw ls::error("awg's range needs finite scale_minimum < scale_maximum, got " +
                    std::to_string(out.scale_minimum) + " and " +
                    std::to_string(out.scale_maximum));
  for (double v : out.slot_values)
    if (v < out.scale_minimum || v > out.scale_maximum)
      throw ls::error("the scored value " + std::to_string(v) + " lies outside awg's range [" +
                      std::to_string(out.scale_minimum) + ", " +
                      std::to_string(out.scale_maximum) + "]");

  out.complete_rows.assign(options.group_count, 0);
  out.dropped_rows.assign(options.group_count, 0);
  out.counts.assign(options.group_count * out.slot_values.size(), 0);
  return out;
}

namespace {

}  // namespace

std::vector<std::array<std::uint8_t, 256>> detail::slot_tables(
    const agreement_accumulator& acc, const responses::scored_view& view) {
  std::vector<std::array<std::uint8_t, 256>> out(acc.items.size());
  for (std::size_t j = 0; j < acc.items.size(); ++j) {
    const auto column = acc.items[j];
    if (column >= view.codes.items || column >= view.codings.size())
      throw ls::error("item column " + std::to_string(column) + " is not in the data (" +
                      std::to_string(view.codes.items) + " columns)");
    const auto first = acc.slot_values.begin() + static_cast<std::ptrdiff_t>(acc.slot_offsets[j]);
    const auto last = acc.slot_values.begin() + static_cast<std::ptrdiff_t>(acc.slot_offsets[j + 1]);
    for (std::size_t b = 0; b < 256; ++b) {
      const double v = view.codings[column].value[b];
      out[j][b] = no_slot;
      if (std::isnan(v)) continue;
      const auto at = std::lower_bound(first, last, v);
      if (at == last || *at != v)
        throw ls::error("the coding of item column " + std::to_string(column) +
                        " scores a value (" + std::to_string(v) +
                        ") that the agreement accumulator was not made for");
      out[j][b] = static_cast<std::uint8_t>(at - first);
    }
  }
  return out;
}

namespace {

/// The table index of a code byte: code + 128.
inline std::size_t code_index(std::int8_t code) noexcept {
  return static_cast<std::size_t>(static_cast<std::uint8_t>(code) ^ 0x80u);
}

constexpr std::size_t block_rows = detail::agreement_block_rows;

using detail::code_range;

code_range range_of(const std::int32_t* group, std::size_t length) noexcept {
  code_range out;
  out.runs = length > 0;
  for (std::size_t r = 0; r < length; ++r) {
    out.smallest = std::min(out.smallest, group[r]);
    out.largest = std::max(out.largest, group[r]);
    out.runs += r > 0 && group[r] != group[r - 1];
  }
  return out;
}

/// Each row's answer straight into its histogram (`histogram[r]`: its group's, or the
/// scratch area for an incomplete row). (Counting runs of rows of one group into
/// separate lanes first, to avoid back-to-back increments of one counter on data sorted
/// by group, measured slower.)
void count_rows(std::span<const std::int8_t> codes, const std::uint8_t* table,
                std::size_t offset, const std::array<std::uint64_t*, block_rows>& histogram) {
  for (std::size_t r = 0; r < codes.size(); ++r)
    ++histogram[r][offset + table[code_index(codes[r])]];
}

}  // namespace

void agreement_accumulator::add(const responses::scored_view& view,
                                std::span<const std::int32_t> groups) {
  require_valid(*this);
  if (items.empty())
    throw ls::error("this agreement accumulator has no items: make it with make_agreement_accumulator");
  if (groups.size() != view.codes.rows)
    throw ls::error("there are " + std::to_string(view.codes.rows) + " rows but " +
                    std::to_string(groups.size()) + " group codes");
  detail::add_counts(*this, view, groups, detail::slot_tables(*this, view));
}

void detail::add_counts(agreement_accumulator& acc, const responses::scored_view& view,
                        std::span<const std::int32_t> groups,
                        const std::vector<std::array<std::uint8_t, 256>>& tables,
                        const code_range* known) {
  const auto& items = acc.items;
  const auto& slot_offsets = acc.slot_offsets;
  auto& counts = acc.counts;
  auto& complete_rows = acc.complete_rows;
  auto& dropped_rows = acc.dropped_rows;
  const std::size_t slots = acc.slot_values.size();

  // Blocks of rows: first which rows are complete (column by column, sequential reads),
  // then each column's answers into the histograms. Incomplete rows count into a scratch
  // area instead of their group's, so the inner loops have no branch.
  // (Both written before they are read: left uninitialised, as this runs once per block
  // of an analysis.)
  std::array<std::uint8_t, block_rows> complete;
  std::array<std::uint64_t*, block_rows> histogram;
  // Large enough for any slot, no_slot included (only incomplete rows meet it); made
  // when the portable kernel first needs it.
  std::vector<std::uint64_t> scratch;
  // The run kernel's view of the same tables.
  const bool use_runs = detail::run_kernel_available();
  std::vector<const std::int8_t*> columns(items.size());
  std::vector<const std::uint8_t*> table_of;
  std::vector<std::size_t> slot_counts;
  for (std::size_t j = 0; j < items.size(); ++j) {
    table_of.push_back(tables[j].data());
    slot_counts.push_back(slot_offsets[j + 1] - slot_offsets[j]);
  }
  for (std::size_t start = 0; start < view.codes.rows; start += block_rows) {
    const std::size_t length = std::min(block_rows, view.codes.rows - start);
    const std::int32_t* group = groups.data() + start;
    // One look at the codes, unless the caller has looked already (the row of a bad code
    // is looked for only when there is one).
    const auto seen = known ? *known : range_of(group, length);
    if (seen.smallest < -1) {
      const auto bad = std::find_if(group, group + length, [](std::int32_t g) { return g < -1; });
      throw ls::error("group code " + std::to_string(*bad) + " at row " +
                      std::to_string(start + static_cast<std::size_t>(bad - group)) +
                      " is below -1 (-1 means no group)");
    }
    const auto needed = static_cast<std::size_t>(seen.largest + 1);
    if (needed > complete_rows.size()) {
      complete_rows.resize(needed, 0);
      dropped_rows.resize(needed, 0);
      counts.resize(needed * slots, 0);
    }
    if (use_runs && (known ? known->long_runs(view.codes.rows) : seen.long_runs(length))) {
      for (std::size_t j = 0; j < items.size(); ++j)
        columns[j] = view.codes.column(items[j]).data() + start;
      acc.ungrouped_rows += add_runs(columns.data(), table_of.data(), slot_offsets.data(),
                                     slot_counts.data(), items.size(), group, length, slots,
                                     counts.data(), complete_rows.data(), dropped_rows.data());
      continue;
    }
    scratch.resize(slots + no_slot + 1);
    for (std::size_t r = 0; r < length; ++r) complete[r] = group[r] >= 0;
    for (std::size_t j = 0; j < items.size(); ++j) {
      const std::int8_t* codes = view.codes.column(items[j]).data() + start;
      const std::uint8_t* table = tables[j].data();
      for (std::size_t r = 0; r < length; ++r)
        complete[r] &= static_cast<std::uint8_t>(table[code_index(codes[r])] != no_slot);
    }
    for (std::size_t r = 0; r < length; ++r) {
      histogram[r] = scratch.data();
      if (group[r] < 0) {
        ++acc.ungrouped_rows;
        continue;
      }
      const auto g = static_cast<std::size_t>(group[r]);
      complete_rows[g] += complete[r];
      dropped_rows[g] += 1u - complete[r];
      if (complete[r]) histogram[r] = counts.data() + g * slots;
    }
    for (std::size_t j = 0; j < items.size(); ++j)
      count_rows(view.codes.column(items[j]).subspan(start, length), tables[j].data(),
                 slot_offsets[j], histogram);
  }
}

void agreement_accumulator::merge(const agreement_accumulator& other) {
  require_valid(*this);
  require_valid(other);
  require_same_configuration(*this, other);
  const std::size_t slots = slot_values.size();
  if (other.complete_rows.size() > complete_rows.size()) {
    complete_rows.resize(other.complete_rows.size(), 0);
    dropped_rows.resize(other.complete_rows.size(), 0);
    counts.resize(other.complete_rows.size() * slots, 0);
  }
  for (std::size_t g = 0; g < other.complete_rows.size(); ++g) {
    complete_rows[g] += other.complete_rows[g];
    dropped_rows[g] += other.dropped_rows[g];
  }
  for (std::size_t i = 0; i < other.counts.size() && i < counts.size(); ++i)
    counts[i] += other.counts[i];
  ungrouped_rows += other.ungrouped_rows;
}

namespace {

/// The indices of group g from its counts.
group_agreement agreement_of(const agreement_accumulator& acc, bool whole, std::size_t g) {
  const std::size_t slots = acc.slot_values.size();
  const double item_count = static_cast<double>(acc.items.size());
  group_agreement row;
  row.group = static_cast<std::int32_t>(g);
  row.n = acc.complete_rows[g];
  row.dropped = g < acc.dropped_rows.size() ? acc.dropped_rows[g] : 0;
  if (row.n < 2) {
    mark_undefined(row, row.n == 0 ? agreement_status::no_respondents
                                   : agreement_status::one_respondent);
    return row;
  }
  double from_mean = 0, from_median = 0, awg_sum = 0;
  for (std::size_t j = 0; j < acc.items.size(); ++j) {
    const std::size_t first = acc.slot_offsets[j], size = acc.slot_offsets[j + 1] - first;
    const auto stats =
        item_in_group(std::span<const double>(acc.slot_values).subspan(first, size),
                      std::span<const std::uint64_t>(acc.counts).subspan(g * slots + first, size),
                      row.n, acc.scale_minimum, acc.scale_maximum);
    from_mean += stats.deviation_mean;
    from_median += stats.deviation_median;
    if (!std::isnan(stats.awg)) {
      awg_sum += stats.awg;
      ++row.awg_items;
    }
  }
  const auto rwg = detail::rwg_from_counts(acc, whole, acc.counts.data() + g * slots, row.n);
  row.mean_item_variance = rwg.mean_variance;
  row.rwg = rwg.rwg;
  row.average_deviation_mean = from_mean / item_count;
  row.average_deviation_median = from_median / item_count;
  if (row.awg_items > 0) {
    row.awg = awg_sum / static_cast<double>(row.awg_items);
  } else {
    row.awg = nan;
    row.awg_status = agreement_status::mean_too_extreme;
  }
  return row;
}

}  // namespace

bool detail::whole_slot_values(const agreement_accumulator& acc) noexcept {
  constexpr double largest_value = 256;
  constexpr std::size_t most_items = 127;
  bool whole = acc.items.size() <= most_items;
  for (double v : acc.slot_values)  // (a cast, not std::trunc: no library call)
    whole &= std::abs(v) <= largest_value && v == static_cast<double>(static_cast<std::int64_t>(v));
  return whole;
}

detail::rwg_value detail::rwg_from_counts(const agreement_accumulator& acc, bool whole,
                                          const std::uint64_t* counts, std::uint64_t n) {
  if (n < 2)
    return {nan, nan, n == 0 ? agreement_status::no_respondents : agreement_status::one_respondent};
  const double items = static_cast<double>(acc.items.size());
  double mean_variance = 0;
  constexpr std::uint64_t exact_rows = std::uint64_t{1} << 20;
  if (whole && n < exact_rows) {
    // Sum over items of n sum x^2 - (sum x)^2, exactly: each term is below 2^56 (n < 2^20,
    // |x| <= 256), and there are at most 127 items. One division for the group.
    std::int64_t numerator = 0;
    const auto rows = static_cast<std::int64_t>(n);
    for (std::size_t j = 0; j < acc.items.size(); ++j) {
      std::int64_t sum = 0, squares = 0;
      for (std::size_t s = acc.slot_offsets[j]; s < acc.slot_offsets[j + 1]; ++s) {
        const auto v = static_cast<std::int64_t>(acc.slot_values[s]);
        const auto c = static_cast<std::int64_t>(counts[s]);
        sum += c * v;
        squares += c * v * v;
      }
      numerator += rows * squares - sum * sum;
    }
    mean_variance = static_cast<double>(numerator) /
                    (static_cast<double>(n) * static_cast<double>(n - 1) * items);
  } else {
    double variances = 0;
    for (std::size_t j = 0; j < acc.items.size(); ++j) {
      const std::size_t first = acc.slot_offsets[j], size = acc.slot_offsets[j + 1] - first;
      const auto values = std::span<const double>(acc.slot_values).subspan(first, size);
      variances += item_variance(values, counts + first, n, item_mean(values, counts + first, n));
    }
    mean_variance = variances / items;
  }
  return {mean_variance, rwg_j(mean_variance, acc.expected_variance, items),
          agreement_status::defined};
}

agreement_result agreement_accumulator::result() const {
  require_valid(*this);
  agreement_result out;
  out.items = items.size();
  out.expected_variance = expected_variance;
  out.scale_minimum = scale_minimum;
  out.scale_maximum = scale_maximum;
  out.ungrouped_rows = ungrouped_rows;
  // Groups are independent: with many of them (tens of thousands of schools), the
  // indices are worked out on every core, each thread a contiguous range.
  const std::size_t groups = complete_rows.size();
  out.groups.resize(groups);
  const bool whole = detail::whole_slot_values(*this);
  auto work = [&](std::size_t first, std::size_t last) {
    for (std::size_t g = first; g < last; ++g) out.groups[g] = agreement_of(*this, whole, g);
  };
  constexpr std::size_t groups_per_thread = 4096;
  const std::size_t threads = std::min<std::size_t>(
      std::max(1u, std::thread::hardware_concurrency()), groups / groups_per_thread + 1);
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t)
    pool.emplace_back(work, groups * t / threads, groups * (t + 1) / threads);
  work(0, groups / threads);
  for (auto& t : pool) t.join();
  return out;
}

agreement_result within_group_agreement(const responses::scored_view& view,
                                        std::span<const std::int32_t> groups,
                                        const agreement_options& options) {
  if (groups.size() != view.codes.rows)
    throw ls::error("there are " + std::to_string(view.codes.rows) + " rows but " +
                    std::to_string(groups.size()) + " group codes");
  const auto empty = make_agreement_accumulator(view.codings, options);
  // Merging adds integer counts, so the chunking cannot change the answer: one chunk per
  // thread keeps the number of per-group partial results (each O(groups)) small.
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t rows = view.codes.rows;
  const std::size_t chunk = std::max<std::size_t>(default_chunk_rows, (rows + threads - 1) / threads);
  // Every partial result holds all groups from the start: grown block by block, its
  // counts would be copied at every reallocation. Sized by the worker, so the zeroing
  // runs in parallel too.
  std::int32_t largest = -1;
  for (auto g : groups) largest = std::max(largest, g);
  const std::size_t group_total =
      std::max(empty.complete_rows.size(), static_cast<std::size_t>(largest + 1));
  return accumulate_rows(
             rows, [&] { return empty; },
             [&](agreement_accumulator& acc, std::size_t first, std::size_t count) {
               if (acc.complete_rows.size() < group_total) {
                 acc.complete_rows.resize(group_total, 0);
                 acc.dropped_rows.resize(group_total, 0);
                 acc.counts.resize(group_total * acc.slot_values.size(), 0);
               }
               acc.add(view.slice(first, count), groups.subspan(first, count));
             },
             threads, chunk)
      .result();
}

}  // namespace stats
LS_END_NAMESPACE
