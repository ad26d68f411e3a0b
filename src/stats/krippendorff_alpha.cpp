#include <ls/stats/krippendorff_alpha.hpp>

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace stats {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// Make `acc.values` the union of its values and `more` (ascending, distinct), moving
/// the coincidences to the new positions.
void include_values(krippendorff_accumulator& acc, const std::vector<double>& more) {
  std::vector<double> merged;
  std::set_union(acc.values.begin(), acc.values.end(), more.begin(), more.end(),
                 std::back_inserter(merged));
  if (merged.size() == acc.values.size()) return;
  const std::size_t old_size = acc.values.size(), size = merged.size();
  std::vector<std::size_t> position(old_size);
  for (std::size_t i = 0; i < old_size; ++i)
    position[i] = static_cast<std::size_t>(
        std::lower_bound(merged.begin(), merged.end(), acc.values[i]) - merged.begin());
  std::vector<double> moved(size * size, 0.0);
  for (std::size_t c = 0; c < old_size; ++c)
    for (std::size_t k = 0; k < old_size; ++k)
      moved[position[c] * size + position[k]] = acc.coincidences[c * old_size + k];
  acc.values = std::move(merged);
  acc.coincidences = std::move(moved);
}

std::size_t index_of(const std::vector<double>& values, double v) {
  return static_cast<std::size_t>(std::lower_bound(values.begin(), values.end(), v) -
                                  values.begin());
}

/// The squared difference d2_ck of the metric, for every pair of value indices.
std::vector<double> differences(const std::vector<double>& values,
                                const std::vector<double>& margins, krippendorff_metric metric) {
  const std::size_t size = values.size();
  std::vector<double> out(size * size, 0.0);
  // Ordinal: the values ranked, and the margins summed from the lower to the higher.
  std::vector<double> cumulative(size + 1, 0.0);
  for (std::size_t c = 0; c < size; ++c) cumulative[c + 1] = cumulative[c] + margins[c];
  for (std::size_t c = 0; c < size; ++c)
    for (std::size_t k = 0; k < size; ++k) {
      if (c == k) continue;
      const double a = values[c], b = values[k];
      double d = 0;
      switch (metric) {
        case krippendorff_metric::nominal: d = 1; break;
        case krippendorff_metric::ordinal: {
          const std::size_t low = std::min(c, k), high = std::max(c, k);
          d = cumulative[high + 1] - cumulative[low] - (margins[c] + margins[k]) / 2;
          d *= d;
          break;
        }
        case krippendorff_metric::interval: d = (a - b) * (a - b); break;
        case krippendorff_metric::ratio: d = ((a - b) / (a + b)) * ((a - b) / (a + b)); break;
      }
      out[c * size + k] = d;
    }
  return out;
}

}  // namespace

void check(const krippendorff_accumulator& acc, const issue_sink& sink) {
  for (std::size_t i = 0; i < acc.values.size(); ++i)
    if (!std::isfinite(acc.values[i]) || (i > 0 && !(acc.values[i - 1] < acc.values[i]))) {
      sink.at("values").at(i).error("krippendorff.values",
                                    "the values must be finite and strictly ascending, got " +
                                        std::to_string(acc.values[i]) + " at position " +
                                        std::to_string(i));
      break;
    }
  if (acc.coincidences.size() != acc.values.size() * acc.values.size())
    sink.at("coincidences")
        .error("krippendorff.coincidences",
               "the coincidence matrix of " + std::to_string(acc.values.size()) +
                   " values needs " + std::to_string(acc.values.size() * acc.values.size()) +
                   " entries, got " + std::to_string(acc.coincidences.size()));
}

void krippendorff_accumulator::add_unit(std::span<const double> ratings) {
  require_valid(*this);
  std::vector<double> present;
  for (double v : ratings) {
    if (std::isnan(v)) continue;
    if (std::isinf(v)) throw ls::error("Krippendorff's alpha: a rating is infinite");
    present.push_back(v);
  }
  ++units;
  if (present.size() < 2) return;  // not pairable
  ++pairable_units;
  pairable_values += present.size();

  std::sort(present.begin(), present.end());
  std::vector<double> distinct;
  std::vector<double> counts;  // of each distinct value in the unit
  for (double v : present) {
    if (distinct.empty() || distinct.back() != v) {
      distinct.push_back(v);
      counts.push_back(0);
    }
    ++counts.back();
  }
  include_values(*this, distinct);
  const std::size_t size = values.size();
  const double pairs_per_value = static_cast<double>(present.size() - 1);
  for (std::size_t a = 0; a < distinct.size(); ++a) {
    const std::size_t c = index_of(values, distinct[a]);
    for (std::size_t b = 0; b < distinct.size(); ++b) {
      const std::size_t k = index_of(values, distinct[b]);
      // Ordered pairs of values from different coders: n_c n_k, or n_c (n_c - 1) when
      // both values are the same.
      const double pairs = a == b ? counts[a] * (counts[a] - 1) : counts[a] * counts[b];
      coincidences[c * size + k] += pairs / pairs_per_value;
    }
  }
}

void krippendorff_accumulator::merge(const krippendorff_accumulator& other) {
  require_valid(*this);
  require_valid(other);
  include_values(*this, other.values);
  const std::size_t size = values.size(), other_size = other.values.size();
  for (std::size_t c = 0; c < other_size; ++c) {
    const std::size_t to_c = index_of(values, other.values[c]);
    for (std::size_t k = 0; k < other_size; ++k)
      coincidences[to_c * size + index_of(values, other.values[k])] +=
          other.coincidences[c * other_size + k];
  }
  units += other.units;
  pairable_units += other.pairable_units;
  pairable_values += other.pairable_values;
}

krippendorff_result krippendorff_accumulator::result(krippendorff_metric metric) const {
  require_valid(*this);
  krippendorff_result out;
  out.metric = metric;
  out.units = units;
  out.pairable_units = pairable_units;
  out.pairable_values = pairable_values;
  const std::size_t size = values.size();
  if (pairable_values == 0) {
    out.alpha = out.observed_disagreement = out.expected_disagreement = nan;
    out.status = krippendorff_status::no_pairable_values;
    return out;
  }
  if (metric == krippendorff_metric::ratio && values.front() < 0)
    throw ls::error("Krippendorff's alpha for ratio data needs values >= 0, got " +
                    std::to_string(values.front()));

  std::vector<double> margins(size, 0.0);
  for (std::size_t c = 0; c < size; ++c)
    for (std::size_t k = 0; k < size; ++k) margins[c] += coincidences[c * size + k];
  double n = 0;
  for (double m : margins) n += m;

  const auto d2 = differences(values, margins, metric);
  double observed = 0, expected = 0;
  for (std::size_t c = 0; c < size; ++c)
    for (std::size_t k = 0; k < size; ++k) {
      observed += coincidences[c * size + k] * d2[c * size + k];
      expected += margins[c] * margins[k] * d2[c * size + k];
    }
  out.observed_disagreement = observed / n;
  out.expected_disagreement = expected / (n * (n - 1));
  if (!(out.expected_disagreement > 0)) {
    out.alpha = nan;
    out.status = krippendorff_status::no_variation;
    return out;
  }
  out.alpha = 1 - out.observed_disagreement / out.expected_disagreement;
  return out;
}

krippendorff_result krippendorff_alpha(std::span<const double> ratings, std::size_t coders,
                                       krippendorff_metric metric) {
  if (coders == 0 || ratings.size() % coders != 0)
    throw ls::error("Krippendorff's alpha: " + std::to_string(ratings.size()) +
                    " ratings do not make whole units of " + std::to_string(coders) +
                    " coders");
  krippendorff_accumulator acc;
  for (std::size_t first = 0; first < ratings.size(); first += coders)
    acc.add_unit(ratings.subspan(first, coders));
  return acc.result(metric);
}

}  // namespace stats
LS_END_NAMESPACE
