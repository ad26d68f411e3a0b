#pragma once
/// \file
/// Descriptors that say the same thing (equal normalised text) anywhere in a chart. Two
/// in one cell are a warning of check(kasab_cell); the same descriptor under two roles
/// or two rows is legitimate (leaders and teams may share a responsibility) but worth a
/// look when the team reviews the chart, so this lists both kinds.

#include <ls/kasab/chart.hpp>

#include <boost/describe.hpp>

#include <cstddef>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE
namespace kasab {

/// Where one descriptor is.
struct kasab_descriptor_location {
  kasab_dimension dimension = kasab_dimension::knowledge;
  std::string role;
  /// Index into chart.cells and into that cell's descriptors.
  std::size_t cell = 0;
  std::size_t descriptor = 0;
  /// The same as a JSON pointer, "/cells/2/descriptors/0", as in validation issues.
  std::string path;
  /// The text as written there.
  std::string text;
};
BOOST_DESCRIBE_STRUCT(kasab_descriptor_location, (),
                      (dimension, role, cell, descriptor, path, text))

/// One text found more than once.
struct kasab_duplicate {
  /// The common normalised text (see normalised_descriptor_text).
  std::string normalised_text;
  /// Every occurrence, in chart order (two or more).
  std::vector<kasab_descriptor_location> occurrences;
  /// How many different cells the occurrences are in: 1 means a repeat inside one cell.
  std::size_t cell_count = 0;
};
BOOST_DESCRIBE_STRUCT(kasab_duplicate, (), (normalised_text, occurrences, cell_count))

/// Every text that occurs more than once in `chart`, ordered by first occurrence. Blank
/// descriptors are not listed (they are an error of their own). Does not modify input.
std::vector<kasab_duplicate> find_duplicates(const kasab_chart& chart);

}  // namespace kasab
LS_END_NAMESPACE
