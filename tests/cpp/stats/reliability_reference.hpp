#pragma once
// The reference values of tests/reference/reliability.R (psych::alpha and R's cov, printed
// with 17 significant digits) and the data sets that script exported, read for the tests.
// Nothing here computes a statistic.

#include <ls/responses/item_coding.hpp>
#include <ls/stats/item_covariance.hpp>

#include "support/reference.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace ls_test::psych_reference {

/// One line of reliability.out.
struct reference_value {
  std::string case_name, policy, quantity, item, value;
  double number() const { return parse_r_number(value); }
};

inline const std::vector<reference_value>& reference_values() {
  static const std::vector<reference_value> values = [] {
    std::ifstream in(reference_path("reliability.out"));
    REQUIRE(in);
    std::vector<reference_value> out;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      auto f = split(line, '\t');
      REQUIRE(f.size() == 5);
      out.push_back({f[0], f[1], f[2], f[3], f[4]});
    }
    return out;
  }();
  return values;
}

/// The values of one case and policy, by "quantity" or "quantity item".
inline std::map<std::string, reference_value> reference(const std::string& case_name,
                                                         const std::string& policy) {
  std::map<std::string, reference_value> out;
  for (const auto& v : reference_values())
    if (v.case_name == case_name && v.policy == policy)
      out[v.item.empty() ? v.quantity : v.quantity + " " + v.item] = v;
  REQUIRE(!out.empty());
  return out;
}

/// A CSV written by R's write.csv: quoted header, numbers, "" for NA.
struct csv_table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;

  std::size_t column(const std::string& name) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == name) return i;
    FAIL("no column " << name);
    return 0;
  }
};

inline csv_table read_csv(const std::string& name) {
  std::ifstream in(reference_path("data/" + name));
  REQUIRE(in);
  csv_table out;
  std::string line;
  std::getline(in, line);
  for (auto& f : split(line, ',')) out.columns.push_back(unquote(f));
  while (std::getline(in, line)) {
    std::vector<std::string> row;
    for (auto& f : split(line, ',')) row.push_back(unquote(f));
    REQUIRE(row.size() == out.columns.size());
    out.rows.push_back(row);
  }
  return out;
}

/// Answer codes in column-major order (one column per item), missing_code for "".
struct code_matrix {
  std::vector<std::string> items;
  std::size_t rows = 0;
  std::vector<std::int8_t> codes;

  ls::responses::response_view view() const { return {codes.data(), rows, items.size(), rows}; }
};

/// The columns `items` of the rows of `table` for which keep(row) holds.
template <class Keep>
code_matrix codes_of(const csv_table& table, const std::vector<std::string>& items, Keep keep) {
  code_matrix out;
  out.items = items;
  std::vector<std::size_t> kept;
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    if (keep(table.rows[r])) kept.push_back(r);
  out.rows = kept.size();
  for (const auto& item : items) {
    const auto c = table.column(item);
    for (auto r : kept) {
      const auto& cell = table.rows[r][c];
      out.codes.push_back(cell.empty() ? ls::responses::missing_code
                                       : static_cast<std::int8_t>(std::stoi(cell)));
    }
  }
  return out;
}

inline code_matrix codes_of(const csv_table& table, const std::vector<std::string>& items) {
  return codes_of(table, items, [](const auto&) { return true; });
}

}  // namespace ls_test::psych_reference
