#include <ls/stats/listwise_covariance.hpp>

#include "covariance_blocks.hpp"

#include <ls/core/error.hpp>

#include <cmath>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace stats {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

listwise_covariance empty_of(std::size_t items) {
  listwise_covariance out;
  out.items = items;
  out.means.assign(items, 0.0);
  out.comoments.assign(items * items, 0.0);
  return out;
}

// Exact path: one pass over the chunk in blocks (listwise_sums).
listwise_covariance integer_part(const responses::scored_view& data,
                                 const detail::byte_coding& coding) {
  const auto& kernels = detail::active_int8_kernels();
  detail::column_block block(data.codes.items);
  detail::listwise_sums sums(data.codes.items);
  for (std::size_t first = 0; first < data.codes.rows; first += detail::block_rows) {
    const std::size_t count = std::min(detail::block_rows, data.codes.rows - first);
    block.fill(data.codes, coding, first, count, kernels);
    sums.add_block(block, count, kernels);
  }
  return sums.finish(data.codes.rows, coding);
}

// Floating-point path for codings the byte tables cannot hold: per block of rows, two
// passes over its complete rows (means, then co-moments); blocks merge like chunks.
listwise_covariance floating_block(const responses::scored_view& data, std::size_t first,
                                   std::size_t count) {
  const std::size_t k = data.codes.items;
  auto out = empty_of(k);
  out.rows = count;
  std::vector<std::size_t> rows;
  for (std::size_t r = first; r < first + count; ++r) {
    bool complete = true;
    for (std::size_t i = 0; i < k && complete; ++i) complete = !std::isnan(data.value(r, i));
    if (complete) rows.push_back(r);
  }
  out.complete_rows = rows.size();
  if (rows.empty()) return out;
  const double n = static_cast<double>(rows.size());
  for (std::size_t i = 0; i < k; ++i) {
    double sum = 0;
    for (auto r : rows) sum += data.value(r, i);
    out.means[i] = sum / n;
  }
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = i; j < k; ++j) {
      double m = 0;
      for (auto r : rows) m += (data.value(r, i) - out.means[i]) * (data.value(r, j) - out.means[j]);
      out.comoments[i * k + j] = out.comoments[j * k + i] = m;
    }
  return out;
}

listwise_covariance floating_part(const responses::scored_view& data) {
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

// The columns of complete rows only (the others cleared), so the Gram and the column
// sums are those of the complete rows.
detail::listwise_sums::listwise_sums(std::size_t items)
    : items_(items), gram_(column_block::padded_for(items)), flags_(block_rows) {}

void detail::listwise_sums::add_block(column_block& block, std::size_t count,
                                      const int8_kernels& kernels) {
  kernels.find_missing(block.columns(), items_, flags_.get());
  for (std::size_t r = 0; r < count; ++r) complete_ += flags_.get()[r] == 0;
  kernels.clear_rows(block.columns(), items_, flags_.get());
  gram_.add_block(block, count, kernels);
}

listwise_covariance detail::listwise_sums::finish(std::size_t rows_seen, const byte_coding& coding) {
  gram_.flush();
  const std::size_t k = items_;
  auto out = empty_of(k);
  out.rows = rows_seen;
  out.complete_rows = static_cast<std::size_t>(complete_);
  if (complete_ == 0) return out;
  for (std::size_t i = 0; i < k; ++i) {
    out.means[i] = static_cast<double>(gram_.sum(i)) / static_cast<double>(complete_) + coding.offsets[i];
    for (std::size_t j = i; j < k; ++j) {
      const double m = comoment_from_sums(complete_, gram_.sum(i), gram_.sum(j), gram_.at(i, j));
      out.comoments[i * k + j] = out.comoments[j * k + i] = m;
    }
  }
  return out;
}

void listwise_covariance::add(const responses::scored_view& data) {
  if (data.codings.size() != data.codes.items)
    throw error("the data have " + std::to_string(data.codes.items) + " columns but " +
                std::to_string(data.codings.size()) + " item codings");
  if (items == 0 && rows == 0) *this = empty_of(data.codes.items);
  require_items(items, data.codes.items);
  const auto coding = detail::make_byte_coding(data.codings);
  merge(coding.exact ? integer_part(data, coding) : floating_part(data));
}

void listwise_covariance::merge(const listwise_covariance& other) {
  if (other.items == 0 && other.rows == 0) return;
  if (items == 0 && rows == 0) {
    *this = other;
    return;
  }
  require_items(items, other.items);
  rows += other.rows;
  if (other.complete_rows == 0) return;
  if (complete_rows == 0) {
    means = other.means;
    comoments = other.comoments;
    complete_rows = other.complete_rows;
    return;
  }
  // Chan, Golub & LeVeque (1979): M = Ma + Mb + da db na nb / n.
  const double na = static_cast<double>(complete_rows);
  const double nb = static_cast<double>(other.complete_rows);
  const double n = na + nb;
  std::vector<double> delta(items);
  for (std::size_t i = 0; i < items; ++i) delta[i] = other.means[i] - means[i];
  for (std::size_t i = 0; i < items; ++i)
    for (std::size_t j = 0; j < items; ++j)
      comoments[i * items + j] += other.comoments[i * items + j] + delta[i] * delta[j] * na * nb / n;
  for (std::size_t i = 0; i < items; ++i) means[i] += delta[i] * nb / n;
  complete_rows += other.complete_rows;
}

item_covariance listwise_covariance::result() const {
  item_covariance out;
  out.policy = deletion_policy::listwise;
  out.items = items;
  out.rows = rows;
  out.complete_rows = complete_rows;
  out.counts.assign(items * items, complete_rows);
  out.means.resize(items * items);
  out.covariances.resize(items * items);
  for (std::size_t i = 0; i < items; ++i)
    for (std::size_t j = 0; j < items; ++j) {
      out.means[i * items + j] = complete_rows > 0 ? means[i] : nan;
      out.covariances[i * items + j] =
          complete_rows > 1 ? comoments[i * items + j] / static_cast<double>(complete_rows - 1) : nan;
    }
  return out;
}

void check(const listwise_covariance& accumulator, const issue_sink& sink) {
  detail::check_size(accumulator.means.size(), accumulator.items, "means", sink);
  detail::check_size(accumulator.comoments.size(), accumulator.items * accumulator.items,
                     "comoments", sink);
  if (accumulator.complete_rows > accumulator.rows)
    sink.at("complete_rows")
        .error("covariance.count_exceeds_rows",
               "complete_rows (" + std::to_string(accumulator.complete_rows) +
                   ") exceeds rows (" + std::to_string(accumulator.rows) + ")");
}

}  // namespace stats
LS_END_NAMESPACE
