#pragma once
/// \file
/// Where checks write issues. A sink knows the JSON pointer of the value being checked,
/// so a rule writes `sink.at("options").at(2).error(...)` and never builds paths by hand.

#include <ls/core/validation_report.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

LS_BEGIN_NAMESPACE

/// Escape one reference token of a JSON pointer (RFC 6901): '~' -> "~0", '/' -> "~1".
std::string escape_pointer_token(std::string_view token);

class issue_sink {
 public:
  explicit issue_sink(validation_report& report, std::string path = {})
      : report_(&report), path_(std::move(path)) {}

  /// The sink for a member or key below the current value.
  issue_sink at(std::string_view key) const;
  /// The sink for an array element below the current value.
  issue_sink at(std::size_t index) const;

  void error(std::string code, std::string message) const;
  void warning(std::string code, std::string message) const;
  void add(std::string code, std::string message, severity level) const;

  const std::string& path() const noexcept { return path_; }
  validation_report& report() const noexcept { return *report_; }

 private:
  validation_report* report_;
  std::string path_;
};

LS_END_NAMESPACE
