#pragma once
// Private to src/responses: where the CSV reader's chunks end up. Rows are appended block
// by block in file order: a short serial step (labels new to a chunk slot are interned in
// the file's labels, row offsets are fixed), then every chunk copies its codes and
// metadata into place on its own thread. Repeated respondent ids are found once the whole
// file is read, on all threads (each takes the ids whose hash falls in its share), so no
// serial step touches every row.

#include "column_store.hpp"
#include "csv_chunk.hpp"
#include "fork_join.hpp"

#include <ls/responses/response_matrix.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses::detail {

class csv_output {
 public:
  explicit csv_output(const csv_plan& plan) : plan_(plan), store_(plan.item_ids.size(), false) {}

  std::size_t rows() const noexcept { return store_.rows(); }
  /// Room for `rows` rows in every column the file has, made by the next append.
  void reserve(std::size_t rows);
  /// The rows of `chunks`, in order; `line_base[k]` = line feeds before chunk k.
  void append(std::vector<csv_chunk>& chunks, const std::vector<std::size_t>& line_base,
              fork_join& pool);
  /// Rejects every row whose id an earlier row has: removes it and returns its issue (at
  /// the line of the id, naming the line of the first).
  std::vector<csv_issue> drop_repeated_ids(fork_join& pool);
  /// The matrix; the output is empty afterwards.
  response_matrix release(fork_join& pool);

 private:
  void append_ids(const csv_chunk& chunk, std::size_t line_base);
  void append_weights(const csv_chunk& chunk);
  void append_categories(const csv_chunk& chunk, std::size_t k);
  void copy_rows(const std::int8_t* rows, std::size_t n, std::size_t first_row);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> find_repeats(fork_join& pool) const;
  /// The line (from 1) of row `row`'s id field.
  std::size_t id_line(std::size_t row) const;
  void keep_rows(const std::vector<bool>& gone, std::size_t dropped);
  void drop_unused_labels();

  const csv_plan& plan_;
  std::size_t planned_ = 0;
  bool populated_ = false;
  column_store store_;
  std::vector<std::string> ids_;
  std::vector<std::uint64_t> id_hashes_;
  /// Lines (from 1) of the rows' id fields, for messages about repeats: from `row` on,
  /// row row + i is on line `line` + i, up to the next mark (one mark for a file whose
  /// rows are one line each, none rejected).
  struct line_mark {
    std::size_t row, line;
  };
  std::vector<line_mark> line_marks_;
  std::array<label_index, category_count> labels_;
  std::array<std::vector<std::int32_t>, category_count> categories_;
  std::vector<double> weights_;
};

}  // namespace responses::detail
LS_END_NAMESPACE
