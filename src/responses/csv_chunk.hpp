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
#include <map>
#include <string>
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
};

/// Everything the threads share, read-only while they run.
struct csv_plan {
  char separator = ',';
  csv_answer_format answers = csv_answer_format::codes_or_labels;
  std::vector<column_plan> columns;
  std::vector<std::string> names;
  std::vector<std::string> item_ids;
  std::vector<answer_lookup> lookups;
  /// Lower-cased texts meaning "no answer".
  std::vector<std::string> missing_values;
  bool has_id = false;
  bool has_weight = false;
  std::array<bool, category_count> has_category{};
  std::size_t id_column = 0;  // from 0
  std::size_t max_issues = static_cast<std::size_t>(-1);
};

/// A chunk's results; line numbers count line feeds from the chunk's start (0 = its
/// first line). Kept between blocks so its buffers are reused.
struct csv_chunk {
  const char* begin = nullptr;
  const char* end = nullptr;
  bool last = false;  // the end of the input: a final record may lack its line feed

  std::size_t lines = 0;    // line feeds consumed
  std::size_t records = 0;  // rows read (not blank lines)
  std::size_t blank = 0;
  std::size_t rejected = 0;
  /// Rows taken (duplicate ids are decided in the merge).
  std::size_t rows = 0;
  std::size_t capacity = 0;
  std::vector<std::int8_t> codes;  // column j at j * capacity
  std::vector<std::string> ids;
  std::vector<std::uint64_t> id_hashes;
  std::vector<std::size_t> id_lines;
  std::array<label_index, category_count> labels;
  std::array<std::vector<std::int32_t>, category_count> categories;
  std::vector<double> weights;
  std::vector<csv_issue> issues;
  std::map<std::string, std::size_t> issue_counts;

  void reset(const char* b, const char* e, bool at_end, std::size_t items);
};

/// Parses the records of `chunk` (whole records, from a record start).
void parse_chunk(const csv_plan& plan, csv_chunk& chunk);

}  // namespace responses::detail
LS_END_NAMESPACE
