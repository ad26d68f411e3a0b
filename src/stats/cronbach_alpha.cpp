#include <ls/stats/cronbach_alpha.hpp>

#include <ls/core/error.hpp>
#include <ls/core/issue_sink.hpp>

#include <boost/math/distributions/fisher_f.hpp>

#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

LS_BEGIN_NAMESPACE
namespace stats {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", x);
  return text;
}

// The covariance matrix of the kept items, with its correlation matrix (R's cov2cor: the
// diagonal exactly 1) and the sums the formulas need.
struct kept_matrix {
  std::size_t k = 0;
  std::vector<double> c, r;        // k x k
  std::vector<double> c_line, r_line;  // line sums
  double c_total = 0, r_total = 0, trace = 0, c_scale = 0, r_scale = 0;

  kept_matrix(const item_covariance& cov, const std::vector<std::size_t>& kept) : k(kept.size()) {
    c.resize(k * k);
    r.resize(k * k);
    c_line.assign(k, 0.0);
    r_line.assign(k, 0.0);
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b) c[a * k + b] = cov.covariance_of(kept[a], kept[b]);
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b)
        r[a * k + b] = a == b ? 1.0 : c[a * k + b] / std::sqrt(c[a * k + a] * c[b * k + b]);
    for (std::size_t a = 0; a < k; ++a) {
      trace += c[a * k + a];
      for (std::size_t b = 0; b < k; ++b) {
        c_line[a] += c[a * k + b];
        r_line[a] += r[a * k + b];
        c_scale += std::abs(c[a * k + b]);
        r_scale += std::abs(r[a * k + b]);
      }
      c_total += c_line[a];
      r_total += r_line[a];
    }
  }
};

// A total variance this close to zero is zero: the sum cancelled (e.g. an item and its
// exact mirror image).
bool vanishes(double total, double scale) {
  return std::abs(total) <= 64 * std::numeric_limits<double>::epsilon() * scale;
}

// alpha = k / (k - 1) * (1 - diagonal / total), for raw (diagonal = trace) and
// standardised (diagonal = k, total = 1'R1) alpha.
double alpha_formula(double k, double diagonal, double total) {
  return k / (k - 1) * (1 - diagonal / total);
}

void fill_item_statistics(reliability& out, const item_covariance& cov,
                          const std::vector<std::string>& ids) {
  for (std::size_t i = 0; i < cov.items; ++i) {
    alpha_item item;
    item.item = ids.empty() ? std::to_string(i) : ids[i];
    item.column = i;
    item.count = cov.counts[i * cov.items + i];
    item.mean = cov.means[i * cov.items + i];
    item.standard_deviation = std::sqrt(cov.covariance_of(i, i));
    item.kept = false;
    item.alpha_if_dropped = item.std_alpha_if_dropped = item.item_rest_correlation = nan;
    out.items.push_back(item);
  }
}

// psych::alpha.ci.
void feldt_interval(reliability& out) {
  if (!std::isfinite(out.alpha) || out.n < 2) return;
  const double df1 = static_cast<double>(out.n - 1);
  const double df2 = df1 * static_cast<double>(out.item_count - 1);
  const boost::math::fisher_f_distribution<double> f(df1, df2);
  const double p = 1 - out.confidence;
  out.feldt_lower = 1 - (1 - out.alpha) * boost::math::quantile(f, 1 - p / 2);
  out.feldt_upper = 1 - (1 - out.alpha) * boost::math::quantile(f, p / 2);
}

void drop_statistics(reliability& out, const kept_matrix& m, const std::vector<std::size_t>& kept,
                     const issue_sink& sink) {
  const std::size_t k = m.k;
  for (std::size_t a = 0; a < k; ++a) {
    auto& item = out.items[kept[a]];
    const double caa = m.c[a * k + a];
    const double rest_total = m.c_total - 2 * m.c_line[a] + caa;
    if (k == 2) {
      // psych's special case for two items (see the header).
      const std::size_t b = 1 - a;
      item.alpha_if_dropped = m.c[a * k + b] / m.c[b * k + b];
      item.std_alpha_if_dropped = m.r[a * k + b];
    } else {
      const double r_rest = m.r_total - 2 * m.r_line[a] + 1;
      const double k_rest = static_cast<double>(k - 1);
      if (rest_total > 0 && !vanishes(rest_total, m.c_scale)) {
        item.alpha_if_dropped = alpha_formula(k_rest, m.trace - caa, rest_total);
      } else {
        sink.at("items").at(kept[a]).warning(
            "reliability.zero_total_variance",
            "without item " + item.item + " the other items have no total variance: "
            "alpha if it is dropped is undefined");
      }
      if (r_rest > 0 && !vanishes(r_rest, m.r_scale)) item.std_alpha_if_dropped = alpha_formula(k_rest, k_rest, r_rest);
    }
    if (rest_total > 0)
      item.item_rest_correlation = (m.c_line[a] - caa) / std::sqrt(caa * rest_total);
    if (item.item_rest_correlation < 0) {
      item.negative_item_rest = true;
      out.reverse_candidates.push_back(item.item);
      sink.at("items").at(kept[a]).warning(
          "reliability.negative_item_rest",
          "item " + item.item + " correlates negatively with the sum of the other items (r = " +
              number(item.item_rest_correlation) +
              "): it may be reverse-keyed without its key applied");
    }
  }
}

std::string id_list(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

// Everything after the checks: the kept items have variances and every pair a covariance.
void alpha_of_kept(reliability& out, const item_covariance& cov,
                   const std::vector<std::size_t>& kept, const issue_sink& sink) {
  const kept_matrix m(cov, kept);
  const double k = static_cast<double>(m.k);
  out.average_r = (m.r_total - k) / (k * (k - 1));
  if (vanishes(m.c_total, m.c_scale)) {
    sink.at("alpha").error("reliability.zero_total_variance",
                           "the items have no total variance (their covariances cancel out): "
                           "alpha is undefined (psych gives -Inf)");
  } else if (m.c_total < 0) {
    sink.at("alpha").error("reliability.negative_total_variance",
                           "the covariances imply a negative total variance (" +
                               number(m.c_total) +
                               "; pairwise deletion can do that): alpha is undefined");
  } else {
    out.alpha = alpha_formula(k, m.trace, m.c_total);
  }
  if (vanishes(m.r_total, m.r_scale) || m.r_total < 0)
    sink.at("std_alpha").error(
        m.r_total < 0 ? "reliability.negative_total_variance" : "reliability.zero_total_variance",
        "the correlations of the items sum to " + number(m.r_total) +
            ": standardised alpha is undefined");
  else
    out.std_alpha = alpha_formula(k, k, m.r_total);
  drop_statistics(out, m, kept, sink);
  feldt_interval(out);
  if (out.alpha < 0)
    sink.at("alpha").warning(
        "reliability.negative_alpha",
        "alpha is negative (" + number(out.alpha) + "): the items correlate negatively on "
        "average" + (out.reverse_candidates.empty()
                         ? std::string(". Check the reverse keys.")
                         : ". Check the reverse keys of: " + id_list(out.reverse_candidates)));
}

void require_consistent(const item_covariance& cov, const std::vector<std::string>& ids,
                        double confidence) {
  const auto k2 = cov.items * cov.items;
  if (cov.counts.size() != k2 || cov.means.size() != k2 || cov.covariances.size() != k2)
    throw error("the covariance matrix does not have items x items entries");
  if (!ids.empty() && ids.size() != cov.items)
    throw error(std::to_string(ids.size()) + " item ids were given for " +
                std::to_string(cov.items) + " items");
  if (!(confidence > 0 && confidence < 1))
    throw error("the confidence level must lie strictly between 0 and 1, got " +
                std::to_string(confidence));
}

}  // namespace

bool reliability::defined() const noexcept { return !std::isnan(alpha); }

reliability cronbach_alpha(const item_covariance& cov, const std::vector<std::string>& ids,
                           double confidence) {
  require_consistent(cov, ids, confidence);
  reliability out;
  out.policy = cov.policy;
  out.rows = cov.rows;
  out.complete_rows = cov.complete_rows;
  out.n = cov.policy == deletion_policy::pairwise ? cov.rows : cov.complete_rows;
  out.confidence = confidence;
  out.alpha = out.std_alpha = out.average_r = out.feldt_lower = out.feldt_upper = nan;
  fill_item_statistics(out, cov, ids);
  validation_report report;
  const issue_sink sink(report);

  std::size_t usable_rows = cov.complete_rows;
  if (cov.policy == deletion_policy::pairwise)
    for (std::size_t i = 0; i < cov.items; ++i)
      usable_rows = std::max(usable_rows, cov.counts[i * cov.items + i]);
  std::vector<std::size_t> kept;
  if (usable_rows < 2) {
    sink.at("alpha").error(
        "reliability.too_few_rows",
        cov.policy == deletion_policy::listwise
            ? "alpha needs at least 2 rows in which every item is answered; there are " +
                  std::to_string(usable_rows)
            : "alpha needs at least 2 rows with answers; no item has more than " +
                  std::to_string(usable_rows));
  } else {
    for (std::size_t i = 0; i < cov.items; ++i) {
      if (cov.covariance_of(i, i) > 0) {
        kept.push_back(i);
        out.items[i].kept = true;
        continue;
      }
      sink.at("items").at(i).warning(
          "reliability.constant_item",
          "item " + out.items[i].item +
              " has no variance (every answer the same, or fewer than 2 answers) and is left "
              "out, as psych::alpha does");
    }
    out.item_count = kept.size();
    if (kept.size() < 2)
      sink.at("alpha").error("reliability.too_few_items",
                             "alpha needs at least 2 items with variance; there " +
                                 std::string(kept.size() == 1 ? "is 1" : "are " + std::to_string(kept.size())));
  }
  bool pairs_ok = kept.size() >= 2;
  for (std::size_t a = 0; kept.size() >= 2 && a < kept.size(); ++a)
    for (std::size_t b = a + 1; b < kept.size(); ++b)
      if (std::isnan(cov.covariance_of(kept[a], kept[b]))) {
        sink.at("items").at(kept[a]).error(
            "reliability.no_common_rows",
            "items " + out.items[kept[a]].item + " and " + out.items[kept[b]].item + " have " +
                std::to_string(cov.counts[kept[a] * cov.items + kept[b]]) +
                " rows answered in common; a covariance needs 2: alpha is undefined");
        pairs_ok = false;
      }
  if (pairs_ok) alpha_of_kept(out, cov, kept, sink);
  out.issues = std::move(report.issues);
  return out;
}

reliability cronbach_alpha(const responses::scored_view& data, deletion_policy policy,
                           const std::vector<std::string>& ids, double confidence,
                           unsigned threads) {
  if (!ids.empty() && ids.size() != data.codes.items)
    throw error(std::to_string(ids.size()) + " item ids were given for " +
                std::to_string(data.codes.items) + " items");
  return cronbach_alpha(item_covariances(data, policy, threads), ids, confidence);
}

}  // namespace stats
LS_END_NAMESPACE
