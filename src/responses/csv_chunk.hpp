#pragma once
// Private to src/responses: the part of the CSV reader that runs on several threads. A
// chunk is a run of whole records of one block; parse_chunk turns it into codes (column
// by column), metadata (labels interned per chunk) and issues, with line numbers counted
// from the chunk's start. The reader merges chunks in file order, so results do not depend
// on the number of threads or the block size.

#include "metadata_builder.hpp"
#include "string_table.hpp"

#include <ls/responses/answer_lookup.hpp>
#include <ls/responses/csv_reader.hpp>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses::detail {

enum class cell_kind : std::uint8_t { item, id, category, weight, skip };

/// What one header column holds and where its values go.
struct column_plan {
  cell_kind kind = cell_kind::skip;
  /// Item column of the matrix, or category index (0..4).
  std::uint32_t target = 0;
  /// For items: the codes the item's scale accepts, by code byte.
  const std::array<bool, 256>* accepted = nullptr;
  /// For items: how many item columns, from this one on, follow each other with the same
  /// accepted codes (read by one tight loop).
  std::uint32_t run = 0;
  /// For items: how many of those have the following matrix columns (target, target + 1,
  /// ...), as when the file lists the items in the instrument's order.
  std::uint32_t consecutive = 0;
  /// For items: the smallest and largest one-digit code accepted, when the accepted digits
  /// are exactly lo..hi (then eight codes can be checked at once); lo > hi otherwise.
  std::uint8_t digit_lo = 1, digit_hi = 0;
  /// For items: how many item columns follow each other from this one on (any scales,
  /// any matrix columns): what the whole-row path decodes in one go; and how many of them
  /// fill the following matrix columns (target, target + 1, ...), whose codes it then
  /// stores 64 at a time.
  std::uint32_t items_from_here = 0;
  std::uint32_t targets_in_order = 0;
};

/// Everything the threads share, read-only while they run.
struct csv_plan {
  char separator = ',';
  csv_answer_format answers = csv_answer_format::codes_or_labels;
  std::vector<column_plan> columns;
  std::vector<std::string> names;
  std::vector<std::string> item_ids;
  std::vector<answer_lookup> lookups;
  /// Per item, by code byte: the codes the fast paths take when written as one digit. The
  /// scale's codes less the digits listed in missing_values (those mean "no answer").
  std::vector<std::array<bool, 256>> digit_codes;
  /// Lower-cased texts meaning "no answer".
  std::vector<std::string> missing_values;
  bool has_id = false;
  bool has_weight = false;
  std::array<bool, category_count> has_category{};
  std::size_t id_column = 0;  // from 0
  std::size_t max_issues = static_cast<std::size_t>(-1);

  /// Rows are first tried whole with AVX-512 (see parse_chunk); off on other processors,
  /// with set_simd_level below avx512_vnni, or when the options rule it out.
  bool whole_rows = false;
  /// By column (padded with 64 more): the one-digit codes an item column accepts as the
  /// range lo..hi (lo > hi: none, every answer takes the field by field path), and its
  /// item (target).
  std::vector<std::int8_t> digit_lo, digit_hi;
  std::vector<std::uint32_t> targets;
};

/// True when this processor runs the AVX-512 whole-row path and the statistics' SIMD
/// level (ls::stats::set_simd_level) allows it: tests and benchmarks use that switch to
/// compare with the portable path.
bool whole_rows_available() noexcept;

/// A chunk's results; line numbers count line feeds from the chunk's start (0 = its
/// first line). Kept between blocks so its buffers are reused.
struct csv_chunk {
  const char* begin = nullptr;
  const char* end = nullptr;
  bool last = false;  // the end of the input: a final record may lack its line feed
  /// False when the chunk is known to hold no quote (its block has none).
  bool quotes = true;
  /// The quotes in the chunk (counted as its records are read).
  std::size_t quotes_read = 0;

  std::size_t lines = 0;    // line feeds consumed
  std::size_t records = 0;  // rows read (not blank lines)
  std::size_t blank = 0;
  std::size_t rejected = 0;
  /// Rows taken (repeated ids are found after the whole file is read).
  std::size_t rows = 0;
  /// Rows the codes buffer holds: more than the records the chunk can accept.
  std::size_t capacity = 0;
  /// Row after row (row r, item j at r * items + j): a record's codes are written
  /// together (64 at a time by the whole-row path), and the merge turns 8 rows at a time
  /// into the matrix's columns. Not initialised; 64 bytes more than the rows take, so the
  /// merge may read a whole 64-byte vector from any row.
  std::unique_ptr<std::int8_t[]> codes;
  std::size_t codes_size = 0;
  /// Where row r's codes start: item j at [j].
  std::int8_t* row_codes(std::size_t r, std::size_t items) noexcept {
    return codes.get() + r * items;
  }
  /// Ids of the rows taken: slices of the input (valid until the next block is read) or of
  /// `unescaped`.
  std::vector<std::string_view> ids;
  std::vector<std::uint64_t> id_hashes;
  std::vector<std::size_t> id_lines;
  /// Labels seen by this chunk slot, kept from block to block (so the merge interns only
  /// labels new to the slot), and the index in the whole file's labels of each.
  std::array<label_index, category_count> labels;
  std::array<std::vector<std::int32_t>, category_count> to_file_label;
  /// Per row taken: the index of its label in `labels` (or no_category).
  std::array<std::vector<std::int32_t>, category_count> categories;
  /// Ids and labels that are not a slice of the input (quoted with doubled quotes).
  std::deque<std::string> unescaped;
  std::vector<double> weights;
  std::vector<csv_issue> issues;
  std::map<std::string, std::size_t> issue_counts;

  /// Ready for the records in [b, e): results cleared, labels kept.
  void reset(const char* b, const char* e, bool at_end, std::size_t items, std::size_t columns);
};

/// The quotes in [b, e): 64 bytes at a time with AVX-512 when `vector` (plan.whole_rows),
/// else one memchr per quote.
std::size_t count_quotes(const char* b, const char* e, bool vector) noexcept;

/// Parses the records of `chunk` (whole records, from a record start).
void parse_chunk(const csv_plan& plan, csv_chunk& chunk);

}  // namespace responses::detail
LS_END_NAMESPACE
