#include "covariance_blocks.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

LS_BEGIN_NAMESPACE
namespace stats::detail {

namespace {

// Scored values must be whole numbers this small for the byte tables; make_item_coding
// only gives codes -127..127 (a span of at most 254, which the check below narrows).
constexpr double largest_whole_value = 1e9;
constexpr double widest_span = 126;

}  // namespace

byte_coding make_byte_coding(const std::vector<responses::item_coding>& codings) {
  byte_coding out;
  out.tables.resize(codings.size());
  out.offsets.resize(codings.size(), 0.0);
  for (std::size_t item = 0; item < codings.size(); ++item) {
    const auto& values = codings[item].value;
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values) {
      if (std::isnan(v)) continue;
      if (!(std::abs(v) <= largest_whole_value) || v != std::floor(v)) {
        out.exact = false;
        return out;
      }
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    if (hi - lo > widest_span) {
      out.exact = false;
      return out;
    }
    const double offset = lo <= hi ? lo - 1 : 0.0;
    out.offsets[item] = offset;
    for (std::size_t c = 0; c < values.size(); ++c)
      out.tables[item][c] =
          std::isnan(values[c]) ? 0 : static_cast<std::uint8_t>(values[c] - offset);
  }
  return out;
}

column_block::column_block(std::size_t items)
    : items_(items), padded_(padded_for(items)), bytes_(correction_width(items) * block_rows) {
  std::memset(bytes_.get(), 0, correction_width(items) * block_rows);
}

void column_block::fill(const responses::response_view& codes, const byte_coding& coding,
                        std::size_t first, std::size_t count, const int8_kernels& kernels) {
  for (std::size_t item = 0; item < items_; ++item)
    kernels.translate(codes.data + item * codes.column_stride + first, count,
                      coding.tables[item].data(), column(item));
}

gram_sums::gram_sums(std::size_t padded)
    : padded_(padded), block_(padded * padded, 0), total_(padded * padded, 0), sums_(padded, 0) {}

void gram_sums::add_block(const column_block& block, std::size_t rows,
                          const int8_kernels& kernels) {
  if (pending_rows_ + rows > rows_before_flush) flush();
  kernels.gram(block.columns(), padded_, block_.data());
  kernels.column_sums(block.columns(), block.items(), sums_.data());
  pending_rows_ += rows;
}

void gram_sums::flush() {
  for (std::size_t k = 0; k < block_.size(); ++k) total_[k] += block_[k];
  std::fill(block_.begin(), block_.end(), 0);
  pending_rows_ = 0;
}

double comoment_from_sums(std::int64_t n, std::int64_t si, std::int64_t sj,
                          std::int64_t sij) noexcept {
  if (n <= 0) return 0.0;
#ifdef __SIZEOF_INT128__
  __extension__ using wide = __int128;
  const wide numerator = static_cast<wide>(n) * sij - static_cast<wide>(si) * sj;
  return static_cast<double>(numerator) / static_cast<double>(n);
#else
  const long double numerator = static_cast<long double>(n) * sij -
                                static_cast<long double>(si) * sj;
  return static_cast<double>(numerator / n);
#endif
}

}  // namespace stats::detail
LS_END_NAMESPACE
