#include <ls/stats/icc.hpp>

#include <ls/core/error.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace stats {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

void require_group_code(std::int32_t group) {
  if (group < -1)
    throw ls::error("group code " + std::to_string(group) + " is below -1 (-1 means no group)");
}

/// The index of a group that is not -1, growing the list to hold it.
moments& group_moments(std::vector<moments>& groups, std::int32_t group) {
  const auto g = static_cast<std::size_t>(group);
  if (g >= groups.size()) groups.resize(g + 1);
  return groups[g];
}

void require_lengths(std::size_t values, std::size_t codes) {
  if (values != codes)
    throw ls::error("there are " + std::to_string(values) + " values but " +
                    std::to_string(codes) + " group codes");
}

void require_finite(double value) {
  if (std::isinf(value))
    throw ls::error("ICC: a value is infinite; the analysis of variance needs finite values");
}

/// The values of one group within one call of add_all: sums of deviations from the
/// group's first value there (the shift), which keeps the digits of values that are large
/// next to their spread, then one Chan merge per group instead of a division per value.
struct shifted_sums {
  double count = 0, shift = 0, sum = 0, squares = 0, low = 0, high = 0;
  std::uint64_t missing = 0;
  bool touched = false;
};

moments to_moments(const shifted_sums& s) {
  moments m;
  m.missing = s.missing;
  if (s.count == 0) return m;
  m.count = static_cast<std::size_t>(s.count);
  m.mean = s.shift + s.sum / s.count;
  m.squared_deviations = std::max(0.0, s.squares - s.sum * s.sum / s.count);
  m.minimum = s.low;
  m.maximum = s.high;
  return m;
}

/// Add `count` values, value_at(i), of rows in groups group_codes[i].
template <class ValueAt>
void add_grouped(icc_accumulator& acc, std::size_t count, ValueAt value_at,
                 std::span<const std::int32_t> group_codes) {
  std::vector<shifted_sums> sums(acc.groups.size());
  std::vector<std::size_t> touched;
  for (std::size_t i = 0; i < count; ++i) {
    const std::int32_t group = group_codes[i];
    if (group < 0) {
      require_group_code(group);
      ++acc.ungrouped;
      continue;
    }
    const auto g = static_cast<std::size_t>(group);
    if (g >= sums.size()) sums.resize(g + 1);
    auto& s = sums[g];
    if (!s.touched) {
      s.touched = true;
      touched.push_back(g);
    }
    const double x = value_at(i);
    if (x != x) {
      ++s.missing;
      continue;
    }
    require_finite(x);
    if (s.count == 0) s.shift = s.low = s.high = x;
    const double d = x - s.shift;
    s.count += 1;
    s.sum += d;
    s.squares += d * d;
    s.low = x < s.low ? x : s.low;
    s.high = x > s.high ? x : s.high;
  }
  if (sums.size() > acc.groups.size()) acc.groups.resize(sums.size());
  for (auto g : touched) acc.groups[g].merge(to_moments(sums[g]));
}

}  // namespace

void icc_accumulator::add(double value, std::int32_t group) {
  require_group_code(group);
  if (group < 0) {
    ++ungrouped;
    return;
  }
  require_finite(value);
  group_moments(groups, group).add(value);
}

void icc_accumulator::add_all(std::span<const double> values,
                              std::span<const std::int32_t> group_codes) {
  require_lengths(values.size(), group_codes.size());
  add_grouped(*this, values.size(), [&](std::size_t i) { return values[i]; }, group_codes);
}

void icc_accumulator::merge(const icc_accumulator& other) {
  if (other.groups.size() > groups.size()) groups.resize(other.groups.size());
  for (std::size_t g = 0; g < other.groups.size(); ++g) groups[g].merge(other.groups[g]);
  ungrouped += other.ungrouped;
}

icc_result icc_accumulator::result() const {
  icc_result out;
  out.ungrouped = ungrouped;
  double weighted_means = 0;
  for (const auto& g : groups) {
    out.missing += g.missing;
    if (g.count == 0) continue;
    out.n += g.count;
    ++out.groups;
    weighted_means += static_cast<double>(g.count) * g.mean;
    out.sum_squares_within += g.squared_deviations;
  }
  const double n = static_cast<double>(out.n), k = static_cast<double>(out.groups);
  out.df_between = k > 0 ? k - 1 : nan;
  out.df_within = n - k;
  out.mean_group_size = n / k;
  if (out.n == 0) {
    out.sum_squares_within = out.sum_squares_between = out.mean_square_between =
        out.mean_square_within = out.f_ratio = out.icc1 = out.icc2 = nan;
    out.icc1_status = out.icc2_status = icc_status::no_values;
    return out;
  }
  const double grand_mean = weighted_means / n;
  for (const auto& g : groups)
    if (g.count > 0)
      out.sum_squares_between +=
          static_cast<double>(g.count) * (g.mean - grand_mean) * (g.mean - grand_mean);

  // A mean square with no degrees of freedom is undefined, not 0/0 noise.
  out.mean_square_between = out.df_between > 0 ? out.sum_squares_between / out.df_between : nan;
  out.mean_square_within = out.df_within > 0 ? out.sum_squares_within / out.df_within : nan;
  out.f_ratio = out.mean_square_between / out.mean_square_within;
  const double msb = out.mean_square_between, msw = out.mean_square_within;

  icc_status undefined = icc_status::defined;
  if (out.groups == 1) undefined = icc_status::single_group;
  else if (out.df_within == 0) undefined = icc_status::one_value_per_group;
  else if (msb == 0 && msw == 0) undefined = icc_status::no_variance;
  if (undefined != icc_status::defined) {
    out.icc1 = out.icc2 = nan;
    out.icc1_status = out.icc2_status = undefined;
    if (undefined == icc_status::no_variance) out.f_ratio = nan;
    return out;
  }
  out.icc1 = (msb - msw) / (msb + (out.mean_group_size - 1) * msw);
  if (msb == 0) {
    out.icc2 = nan;
    out.icc2_status = icc_status::no_between_group_variance;
  } else {
    out.icc2 = (msb - msw) / msb;
  }
  return out;
}

icc_result icc(std::span<const double> values, std::span<const std::int32_t> group_codes,
               unsigned threads) {
  require_lengths(values.size(), group_codes.size());
  return accumulate_rows(
             values.size(), [] { return icc_accumulator{}; },
             [&](icc_accumulator& acc, std::size_t first, std::size_t count) {
               acc.add_all(values.subspan(first, count), group_codes.subspan(first, count));
             },
             threads)
      .result();
}

std::vector<icc_result> icc_items(const responses::scored_view& view,
                                  std::span<const std::int32_t> group_codes, unsigned threads) {
  require_lengths(view.codes.rows, group_codes.size());
  if (view.codings.size() != view.codes.items)
    throw ls::error("the codes have " + std::to_string(view.codes.items) + " columns but " +
                    std::to_string(view.codings.size()) + " item codings were given");
  // One column at a time: the partial results then hold one value per group and chunk,
  // not one per group, chunk and item.
  std::vector<icc_result> out;
  for (std::size_t j = 0; j < view.codes.items; ++j) {
    const auto column = view.codes.column(j);
    const auto& coding = view.codings[j];
    out.push_back(accumulate_rows(
                      view.codes.rows, [] { return icc_accumulator{}; },
                      [&](icc_accumulator& acc, std::size_t first, std::size_t count) {
                        const auto codes = column.subspan(first, count);
                        add_grouped(
                            acc, count, [&](std::size_t r) { return coding.value_of(codes[r]); },
                            group_codes.subspan(first, count));
                      },
                      threads)
                      .result());
  }
  return out;
}

}  // namespace stats
LS_END_NAMESPACE
