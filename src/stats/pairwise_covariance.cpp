#include <ls/stats/pairwise_covariance.hpp>

#include "covariance_blocks.hpp"

#include <ls/core/error.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace stats {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

pairwise_covariance empty_of(std::size_t items) {
  pairwise_covariance out;
  out.items = items;
  out.counts.assign(items * items, 0);
  out.means.assign(items * items, 0.0);
  out.comoments.assign(items * items, 0.0);
  return out;
}

// Exact path: one pass over the chunk in blocks (pairwise_sums), then the sums become
// counts, means and co-moments of every pair (exact up to the final rounding).
pairwise_covariance integer_part(const responses::scored_view& data,
                                 const detail::byte_coding& coding) {
  const auto& kernels = detail::active_int8_kernels();
  detail::column_block block(data.codes.items);
  detail::pairwise_sums sums(data.codes.items);
  for (std::size_t first = 0; first < data.codes.rows; first += detail::block_rows) {
    const std::size_t count = std::min(detail::block_rows, data.codes.rows - first);
    block.fill(data.codes, coding, first, count, kernels);
    sums.add_block(block, count, kernels);
  }
  return sums.finish(data.codes.rows, coding);
}

// Floating-point path for codings the byte tables cannot hold: per block and pair, two
// passes over the rows where both are scored; blocks merge like chunks.
pairwise_covariance floating_block(const responses::scored_view& data, std::size_t first,
                                   std::size_t count) {
  const std::size_t k = data.codes.items;
  auto out = empty_of(k);
  out.rows = count;
  std::vector<double> values(k * count);
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t r = 0; r < count; ++r) values[i * count + r] = data.value(first + r, i);
  for (std::size_t r = 0; r < count; ++r) {
    bool complete = true;
    for (std::size_t i = 0; i < k && complete; ++i) complete = !std::isnan(values[i * count + r]);
    out.complete_rows += complete;
  }
  for (std::size_t i = 0; i < k; ++i) {
    const double* x = values.data() + i * count;
    for (std::size_t j = i; j < k; ++j) {
      const double* y = values.data() + j * count;
      std::size_t n = 0;
      double sx = 0, sy = 0;
      for (std::size_t r = 0; r < count; ++r)
        if (!std::isnan(x[r]) && !std::isnan(y[r])) ++n, sx += x[r], sy += y[r];
      out.counts[i * k + j] = out.counts[j * k + i] = n;
      if (n == 0) continue;
      const double mx = sx / static_cast<double>(n), my = sy / static_cast<double>(n);
      double m = 0;
      for (std::size_t r = 0; r < count; ++r)
        if (!std::isnan(x[r]) && !std::isnan(y[r])) m += (x[r] - mx) * (y[r] - my);
      out.means[i * k + j] = mx;
      out.means[j * k + i] = my;
      out.comoments[i * k + j] = out.comoments[j * k + i] = m;
    }
  }
  return out;
}

pairwise_covariance floating_part(const responses::scored_view& data) {
  auto out = empty_of(data.codes.items);
  for (std::size_t first = 0; first < data.codes.rows; first += detail::block_rows)
    out.merge(floating_block(data, first, std::min(detail::block_rows, data.codes.rows - first)));
  return out;
}

void require_items(std::size_t have, std::size_t given) {
  if (have != given)
    throw error("a covariance accumulator of " + std::to_string(have) +
                " items cannot take data on " + std::to_string(given) + " items");
}

}  // namespace

detail::pairwise_sums::pairwise_sums(std::size_t items)
    : items_(items), gram_(column_block::padded_for(items)), missing_(items) {}

void detail::pairwise_sums::add_block(const column_block& block, std::size_t count,
                                      const int8_kernels& kernels) {
  gram_.add_block(block, count, kernels);
  missing_.add_block(block, count, kernels);
}

pairwise_covariance detail::pairwise_sums::finish(std::size_t rows_seen, const byte_coding& coding) {
  gram_.flush();
  missing_.flush();
  const std::size_t k = items_;
  auto out = empty_of(k);
  out.rows = rows_seen;
  out.complete_rows = out.rows - missing_.incomplete_rows();
  const auto rows = static_cast<std::int64_t>(out.rows);
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = i; j < k; ++j) {
      // All rows, less those where i or j is missing; sums: less the rows where the
      // other item is missing.
      const std::int64_t n = rows - missing_.missing(i) - missing_.missing(j) + missing_.both(i, j);
      const std::int64_t si = gram_.sum(i) - missing_.sum(j, i);
      const std::int64_t sj = gram_.sum(j) - missing_.sum(i, j);
      out.counts[i * k + j] = out.counts[j * k + i] = static_cast<std::size_t>(n);
      if (n == 0) continue;
      out.means[i * k + j] = static_cast<double>(si) / static_cast<double>(n) + coding.offsets[i];
      out.means[j * k + i] = static_cast<double>(sj) / static_cast<double>(n) + coding.offsets[j];
      out.comoments[i * k + j] = out.comoments[j * k + i] =
          comoment_from_sums(n, si, sj, gram_.at(i, j));
    }
  }
  return out;
}

void pairwise_covariance::add(const responses::scored_view& data) {
  if (data.codings.size() != data.codes.items)
    throw error("the data have " + std::to_string(data.codes.items) + " columns but " +
                std::to_string(data.codings.size()) + " item codings");
  if (items == 0 && rows == 0) *this = empty_of(data.codes.items);
  require_items(items, data.codes.items);
  const auto coding = detail::make_byte_coding(data.codings);
  merge(coding.exact ? integer_part(data, coding) : floating_part(data));
}

void pairwise_covariance::merge(const pairwise_covariance& other) {
  if (other.items == 0 && other.rows == 0) return;
  if (items == 0 && rows == 0) {
    *this = other;
    return;
  }
  require_items(items, other.items);
  rows += other.rows;
  complete_rows += other.complete_rows;
  // Chan, Golub & LeVeque (1979), for each pair over its own rows:
  // M = Ma + Mb + dx dy na nb / n, mean = mean_a + d nb / n.
  for (std::size_t i = 0; i < items; ++i) {
    for (std::size_t j = i; j < items; ++j) {
      const std::size_t ij = i * items + j, ji = j * items + i;
      const std::size_t nb = other.counts[ij];
      if (nb == 0) continue;
      const std::size_t na = counts[ij];
      if (na == 0) {
        means[ij] = other.means[ij];
        means[ji] = other.means[ji];
        comoments[ij] = comoments[ji] = other.comoments[ij];
        counts[ij] = counts[ji] = nb;
        continue;
      }
      const double n = static_cast<double>(na + nb);
      const double share = static_cast<double>(nb) / n;
      const double dx = other.means[ij] - means[ij];
      const double dy = other.means[ji] - means[ji];
      comoments[ij] += other.comoments[ij] + dx * dy * static_cast<double>(na) * share;
      comoments[ji] = comoments[ij];
      means[ij] += dx * share;
      if (i != j) means[ji] += dy * share;
      counts[ij] = counts[ji] = na + nb;
    }
  }
}

item_covariance pairwise_covariance::result() const {
  item_covariance out;
  out.policy = deletion_policy::pairwise;
  out.items = items;
  out.rows = rows;
  out.complete_rows = complete_rows;
  out.counts = counts;
  out.means.resize(items * items);
  out.covariances.resize(items * items);
  for (std::size_t ij = 0; ij < items * items; ++ij) {
    out.means[ij] = counts[ij] > 0 ? means[ij] : nan;
    out.covariances[ij] =
        counts[ij] > 1 ? comoments[ij] / static_cast<double>(counts[ij] - 1) : nan;
  }
  return out;
}

void check(const pairwise_covariance& accumulator, const issue_sink& sink) {
  const auto k = accumulator.items;
  detail::check_size(accumulator.counts.size(), k * k, "counts", sink);
  detail::check_size(accumulator.means.size(), k * k, "means", sink);
  detail::check_size(accumulator.comoments.size(), k * k, "comoments", sink);
  if (accumulator.complete_rows > accumulator.rows)
    sink.at("complete_rows")
        .error("covariance.count_exceeds_rows",
               "complete_rows (" + std::to_string(accumulator.complete_rows) +
                   ") exceeds rows (" + std::to_string(accumulator.rows) + ")");
  for (std::size_t i = 0; i < accumulator.counts.size(); ++i)
    if (accumulator.counts[i] > accumulator.rows)
      sink.at("counts").at(i).error(
          "covariance.count_exceeds_rows",
          "a pair count of " + std::to_string(accumulator.counts[i]) + " exceeds rows (" +
              std::to_string(accumulator.rows) + ")");
}

}  // namespace stats
LS_END_NAMESPACE
