#pragma once
// The committed reference data and R's expected values (tests/reference/, written by
// scoring.R and aggregate.R), read for the scoring and aggregation tests.

#include <ls/aggregate/grouping.hpp>
#include <ls/responses/response_matrix.hpp>
#include <ls/survey/instrument.hpp>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/reference.hpp"

namespace ls_test::scoring_reference {

/// Rows of a simple CSV file (no quoted commas); quotes around fields are removed.
inline std::vector<std::vector<std::string>> read_csv(const std::string& relative) {
  std::ifstream in(reference_path(relative));
  if (!in) throw std::runtime_error("cannot open tests/reference/" + relative);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> fields;
    for (auto& field : split(line, ',')) fields.push_back(unquote(field));
    rows.push_back(fields);
  }
  return rows;
}

/// A data set: codes column-major (missing = -128) and the group columns.
struct reference_data {
  std::vector<std::string> items;
  std::size_t rows = 0;
  std::vector<std::int8_t> codes;
  /// Per level: labels (sorted as R sorts them is not needed) and per-row indices.
  std::vector<std::string> level_names;
  std::vector<std::vector<std::string>> labels;
  std::vector<std::vector<std::int32_t>> groups;

  ls::responses::response_view view() const { return {codes.data(), rows, items.size(), rows}; }
  std::vector<ls::aggregate::group_level> levels() const {
    std::vector<ls::aggregate::group_level> out;
    for (std::size_t l = 0; l < level_names.size(); ++l)
      out.push_back({level_names[l], labels[l], groups[l]});
    return out;
  }
};

/// Columns named in `level_columns` become levels (label text, "" = no group, with an
/// optional prefix), the others items.
inline reference_data load_reference(const std::string& relative,
                                     const std::vector<std::string>& level_columns,
                                     const std::string& label_prefix = "") {
  const auto csv = read_csv(relative);
  reference_data out;
  out.rows = csv.size() - 1;
  std::vector<std::size_t> item_columns, group_columns;
  for (std::size_t c = 0; c < csv[0].size(); ++c) {
    bool is_level = false;
    for (const auto& l : level_columns) is_level = is_level || csv[0][c] == l;
    (is_level ? group_columns : item_columns).push_back(c);
  }
  for (auto c : item_columns) {
    out.items.push_back(csv[0][c]);
    for (std::size_t r = 1; r < csv.size(); ++r) {
      const auto& text = csv[r][c];
      out.codes.push_back(text.empty() ? std::int8_t{-128}
                                       : static_cast<std::int8_t>(std::stoi(text)));
    }
  }
  for (auto c : group_columns) {
    out.level_names.push_back(csv[0][c]);
    std::map<std::string, std::int32_t> index;
    std::vector<std::string> labels;
    std::vector<std::int32_t> codes;
    for (std::size_t r = 1; r < csv.size(); ++r) {
      const auto& text = csv[r][c];
      if (text.empty()) {
        codes.push_back(-1);
        continue;
      }
      auto [at, added] = index.emplace(label_prefix + text, static_cast<std::int32_t>(labels.size()));
      if (added) labels.push_back(label_prefix + text);
      codes.push_back(at->second);
    }
    out.labels.push_back(labels);
    out.groups.push_back(codes);
  }
  return out;
}

/// The generated data set of scoring.R and its instrument: five statements on the
/// five-point agreement scale (3 = no opinion), q5 reverse-keyed; subscales all5 (all five,
/// at least 3 answered) and pair (q1, q2, no minimum: the half rule gives 1).
inline ls::survey::instrument reference_instrument() {
  ls::survey::instrument out;
  out.id = "reference";
  out.title = "Reference data of scoring.R";
  ls::survey::response_scale scale{"agree5", {{5, "strongly agree", false, true},
                                              {4, "agree", false, true},
                                              {3, "no opinion", true, false},
                                              {2, "disagree", false, false},
                                              {1, "strongly disagree", false, false}}};
  out.scales.push_back(scale);
  for (int i = 1; i <= 5; ++i)
    out.items.push_back({"q" + std::to_string(i), "Statement " + std::to_string(i), "agree5",
                         false, i == 5, {}});
  out.subscales.push_back({"all5", "All five", {"q1", "q2", "q3", "q4", "q5"}, 3, {}});
  out.subscales.push_back({"pair", "The first two", {"q1", "q2"}, std::nullopt, {}});
  return out;
}

}  // namespace ls_test::scoring_reference
