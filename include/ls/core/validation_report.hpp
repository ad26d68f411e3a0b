#pragma once
/// \file
/// Every issue found in one piece of input. Validation never stops at the first problem:
/// the report lists them all, so a user can fix a file in one pass.

#include <ls/core/issue.hpp>

#include <cstddef>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE

struct validation_report {
  std::vector<issue> issues;

  /// True when there is no issue of severity error (warnings allowed).
  bool ok() const noexcept;
  std::size_t error_count() const noexcept;
  std::size_t warning_count() const noexcept;
  /// Issues found in a sub-document, their paths prefixed with `path_prefix`.
  void append(const validation_report& other, const std::string& path_prefix = {});
  /// One line per issue, preceded by a count line; "no issues" when empty.
  std::string to_string() const;

  friend bool operator==(const validation_report&, const validation_report&) = default;
};
BOOST_DESCRIBE_STRUCT(validation_report, (),
                      (issues, ok, error_count, warning_count, to_string))

LS_END_NAMESPACE
