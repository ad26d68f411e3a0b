#pragma once
// Assertions on validation reports that every rule test needs. On failure they print the
// whole report, so a wrong path or an extra issue is seen at once.

#include <ls/core/validation_report.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace ls_test {

/// "code path" for every issue, in order, so one CHECK compares a whole report.
inline std::vector<std::string> codes_and_paths(const ls::validation_report& report) {
  std::vector<std::string> out;
  for (const auto& i : report.issues) out.push_back(i.code + " " + i.path);
  return out;
}

/// The report's single issue (REQUIREs that there is exactly one). Returned by value: the
/// report is often a temporary.
inline ls::issue only_issue(const ls::validation_report& report) {
  INFO(report.to_string());
  REQUIRE(report.issues.size() == 1);
  return report.issues.front();
}

/// The report has exactly one issue, with this code, path and severity.
inline void require_one(const ls::validation_report& report, const char* code, const char* path,
                        ls::severity level = ls::severity::error) {
  const auto issue = only_issue(report);
  CHECK(issue.code == code);
  CHECK(issue.path == path);
  CHECK(issue.severity == level);
}

}  // namespace ls_test
