#pragma once
// Reading what the reference scripts under tests/reference/ committed: their data
// (CSV, numbers or NA) and their printed values ("case,statistic,group,value" lines), so
// the agreement tests compare with R and the krippendorff package without running them.

#include <ls/responses/item_coding.hpp>
#include <ls/responses/response_matrix.hpp>

#include "support/reference.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ls_test::agreement_reference {

/// A CSV file of numbers with a header line, by column name.
struct csv_table {
  std::map<std::string, std::vector<double>> columns;
  std::size_t rows = 0;

  const std::vector<double>& operator[](const std::string& name) const {
    const auto at = columns.find(name);
    if (at == columns.end()) throw std::runtime_error("no column " + name);
    return at->second;
  }
};

inline csv_table read_csv(const std::string& relative) {
  std::ifstream in(reference_path(relative));
  if (!in) throw std::runtime_error("cannot open " + reference_path(relative));
  std::string line;
  std::getline(in, line);
  const auto names = split(line, ',');
  csv_table table;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto fields = split(line, ',');
    if (fields.size() != names.size()) throw std::runtime_error("ragged row in " + relative);
    for (std::size_t i = 0; i < names.size(); ++i)
      table.columns[names[i]].push_back(parse_r_number(fields[i]));
    ++table.rows;
  }
  return table;
}

/// One printed reference value.
struct reference_value {
  std::string group;  // "-" for the whole data
  std::string text;   // as printed
  double value = 0;   // parsed; NaN for NA, NaN and "error"
};

/// "case,statistic" -> the values printed for it, in order.
using reference_values = std::map<std::string, std::vector<reference_value>>;

inline reference_values read_reference(const std::string& relative) {
  std::ifstream in(reference_path(relative));
  if (!in) throw std::runtime_error("cannot open " + reference_path(relative));
  reference_values out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, ',');
    if (f.size() != 4) throw std::runtime_error("bad reference line: " + line);
    out[f[0] + "," + f[1]].push_back(
        {f[2], f[3], f[3] == "error" ? std::nan("") : parse_r_number(f[3])});
  }
  return out;
}

inline const std::vector<reference_value>& expected(const reference_values& values,
                                                    const std::string& case_name,
                                                    const std::string& statistic) {
  const auto at = values.find(case_name + "," + statistic);
  if (at == values.end()) throw std::runtime_error("no reference for " + case_name + "," + statistic);
  return at->second;
}

/// Answer codes from CSV columns of whole numbers (NA = missing), one column per item.
inline ls::responses::response_matrix codes_from(const csv_table& table,
                                                 const std::vector<std::string>& items) {
  ls::responses::response_matrix m(items, table.rows);
  for (std::size_t j = 0; j < items.size(); ++j) {
    const auto& column = table[items[j]];
    for (std::size_t r = 0; r < table.rows; ++r)
      m.set(r, j, std::isnan(column[r]) ? ls::responses::missing_code
                                        : static_cast<std::int8_t>(column[r]));
  }
  return m;
}

/// Group codes from a CSV column of R group ids: the id itself is the group index, NA is
/// no group (-1). Ids that do not occur are groups without rows.
inline std::vector<std::int32_t> groups_from(const csv_table& table, const std::string& column) {
  std::vector<std::int32_t> out;
  for (double id : table[column]) out.push_back(std::isnan(id) ? -1 : static_cast<std::int32_t>(id));
  return out;
}

inline std::vector<ls::responses::item_coding> integer_codings(std::size_t items, int lo, int hi) {
  return std::vector<ls::responses::item_coding>(
      items, ls::responses::make_item_coding(ls::responses::integer_scale(lo, hi)));
}

}  // namespace ls_test::agreement_reference
