#pragma once
/// \file
/// Building a response matrix from C++ containers, one respondent at a time:
///
///     response_matrix_builder b(instrument);                 // every rated item
///     respondent who;
///     who.id = "r1";
///     who.school = "s1";
///     b.add_labels({"agree", "", "strongly agree", ...}, who);
///     who.id = "r2";
///     b.add_codes({5, std::nullopt, 4, ...}, who);
///     response_matrix m = b.build();
///
/// With an instrument, codes are checked against each item's scale and labels are mapped
/// to codes; with bare item ids, codes are taken as given. A bad row throws ls::error
/// naming the row, the item and the value, and is not added: the builder stays usable
/// and nothing is silently dropped or changed.

#include <ls/responses/respondent.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/survey/instrument.hpp>

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses {

class response_matrix_builder {
 public:
  /// Rows of codes for these items, without a scale: any code -127..127 is taken.
  explicit response_matrix_builder(std::vector<std::string> item_ids);
  /// The same for a braced list of ids ({"q1", "q2"}), which would otherwise also read as
  /// an instrument.
  response_matrix_builder(std::initializer_list<std::string> item_ids)
      : response_matrix_builder(std::vector<std::string>(item_ids)) {}
  /// Rows for items of `instrument`: `item_ids` (every rated item, in order, when empty).
  /// Throws ls::error for an id that is not a rated item of the instrument.
  explicit response_matrix_builder(const survey::instrument& instrument,
                                   std::vector<std::string> item_ids = {},
                                   bool case_sensitive_labels = false);
  response_matrix_builder(response_matrix_builder&&) noexcept;
  response_matrix_builder& operator=(response_matrix_builder&&) noexcept;
  ~response_matrix_builder();

  /// Room for `rows` respondents, so adding them does not reallocate.
  void reserve(std::size_t rows);
  std::size_t rows() const noexcept;
  const std::vector<std::string>& item_ids() const noexcept;

  /// One respondent's codes, one per item in order (std::nullopt = no answer), who they
  /// are, and their survey weight (finite, at least 0).
  void add_codes(const std::vector<std::optional<int>>& codes, const respondent& who = {},
                 std::optional<double> weight = std::nullopt);
  /// One respondent's answers as option labels, one per item ("" = no answer). Needs an
  /// instrument.
  void add_labels(const std::vector<std::string>& labels, const respondent& who = {},
                  std::optional<double> weight = std::nullopt);

  /// The matrix; the builder is empty afterwards. A metadata column is kept when any
  /// respondent had a value in it (the others are "unknown" there); ids must then be
  /// given for every respondent, and weights too (throws ls::error otherwise).
  response_matrix build();

 private:
  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace responses
LS_END_NAMESPACE
