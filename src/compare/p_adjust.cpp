#include <ls/compare/p_adjust.hpp>

#include <ls/core/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace compare {

namespace {

/// The positions of the p-values that are not NaN, sorted by value (stably: ties keep
/// their order, as R's order()). Throws for a value outside [0, 1].
std::vector<std::size_t> sorted_positions(std::span<const double> p, bool descending) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (std::isnan(p[i])) continue;
    if (!(p[i] >= 0 && p[i] <= 1))
      throw error("p-value " + std::to_string(i) + " is " + std::to_string(p[i]) +
                  "; p-values lie in [0, 1]");
    at.push_back(i);
  }
  std::stable_sort(at.begin(), at.end(), [&](std::size_t a, std::size_t b) {
    return descending ? p[a] > p[b] : p[a] < p[b];
  });
  return at;
}

}  // namespace

std::vector<double> p_adjust_holm(std::span<const double> p) {
  std::vector<double> out(p.size(), std::numeric_limits<double>::quiet_NaN());
  const auto at = sorted_positions(p, false);
  const std::size_t m = at.size();
  // R: pmin(1, cummax((n - i + 1L) * p[o]))[ro]
  double running = -std::numeric_limits<double>::infinity();
  for (std::size_t r = 0; r < m; ++r) {
    running = std::max(running, static_cast<double>(m - r) * p[at[r]]);
    out[at[r]] = std::min(1.0, running);
  }
  return out;
}

std::vector<double> p_adjust_bh(std::span<const double> p) {
  std::vector<double> out(p.size(), std::numeric_limits<double>::quiet_NaN());
  const auto at = sorted_positions(p, true);
  const std::size_t m = at.size();
  // R: i <- lp:1L; pmin(1, cummin(n / i * p[o]))[ro], o the decreasing order
  double running = std::numeric_limits<double>::infinity();
  for (std::size_t r = 0; r < m; ++r) {
    const double i = static_cast<double>(m - r);
    running = std::min(running, static_cast<double>(m) / i * p[at[r]]);
    out[at[r]] = std::min(1.0, running);
  }
  return out;
}

void p_adjust_family(std::span<const double> p, std::span<double> holm, std::span<double> bh) {
  if (holm.size() != p.size() || bh.size() != p.size())
    throw error("p_adjust_family: " + std::to_string(p.size()) + " p-values but " +
                std::to_string(holm.size()) + " and " + std::to_string(bh.size()) + " places");
  const auto h = p_adjust_holm(p), b = p_adjust_bh(p);
  std::copy(h.begin(), h.end(), holm.begin());
  std::copy(b.begin(), b.end(), bh.begin());
}

}  // namespace compare
LS_END_NAMESPACE
