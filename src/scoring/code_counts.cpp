#include <ls/scoring/code_counts.hpp>

#include <array>
#include <string>

LS_BEGIN_NAMESPACE
namespace scoring {

void code_counts::add_column(std::span<const std::int8_t> column) {
  counts.resize(code_byte_count, 0);
  // Four interleaved histograms: consecutive equal codes (the common case in survey data)
  // then update different counters, so increments do not wait on each other.
  std::array<std::array<std::size_t, code_byte_count>, 4> h{};
  const std::size_t n = column.size(), blocks = n / 4 * 4;
  const auto* c = column.data();
  for (std::size_t r = 0; r < blocks; r += 4) {
    ++h[0][static_cast<std::uint8_t>(c[r] ^ 0x80)];
    ++h[1][static_cast<std::uint8_t>(c[r + 1] ^ 0x80)];
    ++h[2][static_cast<std::uint8_t>(c[r + 2] ^ 0x80)];
    ++h[3][static_cast<std::uint8_t>(c[r + 3] ^ 0x80)];
  }
  for (std::size_t r = blocks; r < n; ++r) ++h[0][static_cast<std::uint8_t>(c[r] ^ 0x80)];
  for (std::size_t b = 0; b < code_byte_count; ++b) counts[b] += h[0][b] + h[1][b] + h[2][b] + h[3][b];
}

void code_counts::merge(const code_counts& other) {
  if (other.counts.size() > counts.size()) counts.resize(other.counts.size(), 0);
  for (std::size_t b = 0; b < other.counts.size(); ++b) counts[b] += other.counts[b];
}

std::size_t code_counts::count_of(int code) const noexcept {
  const int at = code + 128;
  if (at < 0 || static_cast<std::size_t>(at) >= counts.size()) return 0;
  return counts[static_cast<std::size_t>(at)];
}

std::size_t code_counts::total() const noexcept {
  std::size_t sum = 0;
  for (auto c : counts) sum += c;
  return sum;
}

void check(const code_counts& value, const issue_sink& sink) {
  if (!value.counts.empty() && value.counts.size() != code_byte_count)
    sink.at("counts").error("scoring.code_counts_size",
                            "counts has " + std::to_string(value.counts.size()) +
                                " entries; it needs one per code byte (256), or none");
}

void code_tally::merge(const code_tally& other) {
  if (other.columns.size() > columns.size()) columns.resize(other.columns.size());
  for (std::size_t j = 0; j < other.columns.size(); ++j) columns[j].merge(other.columns[j]);
}

code_tally count_codes(const responses::response_view& codes, unsigned threads,
                       std::size_t chunk_rows) {
  return stats::accumulate_rows(
      codes.rows,
      [&] {
        code_tally t;
        t.columns.resize(codes.items);
        return t;
      },
      [&](code_tally& t, std::size_t first, std::size_t count) {
        const auto chunk = codes.slice(first, count);
        for (std::size_t j = 0; j < chunk.items; ++j) t.columns[j].add_column(chunk.column(j));
      },
      threads, chunk_rows);
}

}  // namespace scoring
LS_END_NAMESPACE
