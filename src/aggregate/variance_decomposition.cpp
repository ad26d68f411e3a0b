#include <ls/aggregate/variance_decomposition.hpp>

#include <ls/core/error.hpp>
#include <ls/stats/moments.hpp>

#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace aggregate {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// What one pass over the rows gives: per node of the hierarchy the moments of the values
/// of the rows used (those with a group at every level), and each node's parent.
struct node_moments {
  std::vector<stats::moments> at;
  std::vector<std::int64_t> parent;
  std::uint64_t missing = 0;
  std::uint64_t ungrouped = 0;
};

node_moments gather(std::span<const double> values, const group_hierarchy& hierarchy) {
  const std::size_t rows = values.size(), levels = hierarchy.levels().size();
  std::vector<std::int32_t> nodes((levels + 1) * rows);
  group_nesting nesting;
  nesting.add_rows(hierarchy, 0, rows, nodes);
  nesting.require_nested(hierarchy);
  node_moments out{std::vector<stats::moments>(hierarchy.node_count()),
                   std::vector<std::int64_t>(hierarchy.node_count(), -1)};
  for (std::size_t r = 0; r < rows; ++r) {
    const double value = values[r];
    if (std::isinf(value)) throw error("value at row " + std::to_string(r) + " is infinite");
    bool grouped = true;
    for (std::size_t l = 1; l <= levels; ++l) grouped = grouped && nodes[l * rows + r] >= 0;
    if (!grouped) {
      ++out.ungrouped;
    } else if (std::isnan(value)) {
      ++out.missing;
    } else {
      for (std::size_t l = 0; l <= levels; ++l) {
        const auto node = static_cast<std::size_t>(nodes[l * rows + r]);
        out.at[node].add(value);
        if (l > 0) out.parent[node] = nodes[(l - 1) * rows + r];
      }
    }
  }
  return out;
}

/// The nodes of level l (1-based; 0 is the node of all) that have values.
std::vector<std::size_t> used_nodes(const group_hierarchy& hierarchy, const node_moments& m,
                                    std::size_t l) {
  if (l == 0) return {0};
  std::vector<std::size_t> out;
  for (std::size_t v = hierarchy.offset(l - 1); v < hierarchy.offset(l); ++v)
    if (m.at[v].count > 0) out.push_back(v);
  return out;
}

/// The group of level `l` that node h (of a level at or below l) lies in.
std::size_t ancestor(const node_moments& m, std::size_t h, std::size_t h_level, std::size_t l) {
  for (; h_level > l; --h_level) h = static_cast<std::size_t>(m.parent[h]);
  return h;
}

double count_of(const node_moments& m, std::size_t v) {
  return static_cast<double>(m.at[v].count);
}

/// The sums of squares and coefficients of the expected mean squares, and their solution.
void estimate(variance_decomposition& out, const group_hierarchy& hierarchy,
              const node_moments& m) {
  const std::size_t levels = hierarchy.levels().size();
  std::vector<std::vector<std::size_t>> used(levels + 1);
  for (std::size_t l = 0; l <= levels; ++l) used[l] = used_nodes(hierarchy, m, l);
  const double n = count_of(m, 0);

  // Rows 1..levels: the levels; the last: within the lowest groups.
  std::vector<double> ss(levels + 1, 0.0), df(levels + 1, 0.0);
  for (std::size_t l = 1; l <= levels; ++l) {
    for (const auto g : used[l]) {
      const double d = m.at[g].mean - m.at[static_cast<std::size_t>(m.parent[g])].mean;
      ss[l - 1] += count_of(m, g) * d * d;
    }
    df[l - 1] = static_cast<double>(used[l].size()) - static_cast<double>(used[l - 1].size());
  }
  for (const auto g : used[levels]) ss[levels] += m.at[g].squared_deviations;
  df[levels] = n - static_cast<double>(used[levels].size());

  // c(l, k): the coefficient of the variance of level k (>= l) in E[SS_l].
  auto coefficient = [&](std::size_t l, std::size_t k) {
    double c = 0;
    for (const auto h : used[k]) {
      const double nh = count_of(m, h);
      c += nh * nh * (1.0 / count_of(m, ancestor(m, h, k, l)) -
                      1.0 / count_of(m, ancestor(m, h, k, l - 1)));
    }
    return c;
  };

  std::vector<double> est(levels + 1, nan);
  if (df[levels] > 0) est[levels] = ss[levels] / df[levels];
  else
    out.notes.push_back("within: every lowest group has one value, so nothing is left to "
                        "estimate the variance within groups");
  for (std::size_t l = levels; l >= 1; --l) {
    const auto& name = hierarchy.levels()[l - 1].name;
    const double c = coefficient(l, l);
    if (df[l - 1] <= 0 || c <= 0) {
      out.notes.push_back(name + ": one group has values, so there is no variation between "
                                 "its groups to estimate");
      continue;
    }
    double rest = ss[l - 1] - df[l - 1] * est[levels];
    for (std::size_t k = l + 1; k <= levels; ++k) rest -= coefficient(l, k) * est[k - 1];
    est[l - 1] = rest / c;
  }

  for (std::size_t l = 0; l <= levels; ++l) {
    variance_component part;
    part.level = l < levels ? hierarchy.levels()[l].name : "within";
    part.groups = l < levels ? used[l + 1].size() : m.at[0].count;
    part.degrees_of_freedom = df[l];
    part.sum_of_squares = ss[l];
    part.mean_square = df[l] > 0 ? ss[l] / df[l] : nan;
    part.estimate = est[l];
    part.variance = std::isnan(est[l]) ? nan : std::max(0.0, est[l]);
    if (est[l] < 0)
      out.notes.push_back(part.level + ": the estimate is negative (" + std::to_string(est[l]) +
                          "): less variation between its groups than chance alone gives; "
                          "its variance is taken as 0");
    out.components.push_back(part);
  }
}

/// Shares, intraclass correlations and design effects from the variances.
void add_shares(variance_decomposition& out) {
  double total = 0;
  for (const auto& c : out.components) total += c.variance;  // NaN if any is NaN
  out.total_variance = total;
  if (total == 0)
    out.notes.push_back("all values are equal: there is no variance to divide");
  const bool divisible = std::isfinite(total) && total > 0;
  double above = 0;
  for (auto& c : out.components) {
    const bool within = &c == &out.components.back();
    c.share = divisible ? c.variance / total : nan;
    above += c.variance;
    c.intraclass_correlation = divisible && !within ? above / total : nan;
    c.mean_group_size = within || c.groups == 0 ? nan
                                                : static_cast<double>(out.n) /
                                                      static_cast<double>(c.groups);
    c.design_effect = 1.0 + (c.mean_group_size - 1.0) * c.intraclass_correlation;
  }
}

}  // namespace

variance_decomposition decompose_variance(std::span<const double> values,
                                          const std::vector<group_level>& levels) {
  if (levels.empty()) throw error("a variance decomposition needs at least one level");
  const group_hierarchy hierarchy(levels, values.size());
  const auto m = gather(values, hierarchy);
  variance_decomposition out;
  out.n = m.at[0].count;
  out.missing = m.missing;
  out.ungrouped = m.ungrouped;
  out.mean = out.n > 0 ? m.at[0].mean : nan;
  if (out.n == 0) {
    out.notes.push_back("no values: nothing to decompose");
    for (std::size_t l = 0; l <= levels.size(); ++l) {
      variance_component part{l < levels.size() ? levels[l].name : "within"};
      part.degrees_of_freedom = part.sum_of_squares = part.mean_square = part.estimate =
          part.variance = part.share = part.intraclass_correlation = part.mean_group_size =
              part.design_effect = nan;
      out.components.push_back(part);
    }
    out.total_variance = nan;
    return out;
  }
  estimate(out, hierarchy, m);
  add_shares(out);
  return out;
}

}  // namespace aggregate
LS_END_NAMESPACE
