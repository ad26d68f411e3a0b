#pragma once
// Reading what the reference scripts under tests/reference/ committed (the data they used
// and the values R or another independent tool printed), so tests compare with them
// without running them. The primitives here are shared; each area's header reads its own
// script's output format on top of them, in its own namespace.

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace ls_test {

/// The path of a file under tests/reference/.
inline std::string reference_path(const std::string& relative) {
  return std::string(LS_SOURCE_DIR) + "/tests/reference/" + relative;
}

/// The fields of one line; a trailing separator gives a trailing empty field.
inline std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, separator);) out.push_back(field);
  if (!line.empty() && line.back() == separator) out.emplace_back();
  return out;
}

/// A field without the double quotes R's write.csv puts around it.
inline std::string unquote(std::string s) {
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return s;
}

/// R's way of printing a double: NA, NaN, Inf, -Inf or a number.
inline double parse_r_number(const std::string& text) {
  if (text == "NA" || text == "NaN") return std::nan("");
  if (text == "Inf") return INFINITY;
  if (text == "-Inf") return -INFINITY;
  return std::stod(text);
}

/// The acceptance rule of issue 4: within `tolerance` relative error (1e-9); NaN where the
/// reference is NA or NaN, the same infinity, and an exact zero (rwg truncated, AD of
/// identical answers) zero to rounding.
inline bool matches(double actual, double reference, double tolerance = 1e-9) {
  if (std::isnan(reference)) return std::isnan(actual);
  if (std::isinf(reference)) return actual == reference;
  if (reference == 0) return std::abs(actual) <= 1e-15;
  return std::abs(actual - reference) <= tolerance * std::abs(reference);
}

}  // namespace ls_test
