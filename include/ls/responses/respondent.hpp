#pragma once
/// \file
/// Who one respondent is: an id and where they sit (system, school, team), their role and
/// the survey wave. The row metadata of a response matrix, one respondent at a time, as the
/// matrix builder and JSON response records take it. (Survey weights are given apart: they
/// are often attached later, by respondent id.)

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <string>

LS_BEGIN_NAMESPACE
namespace responses {

struct respondent {
  /// The respondent's id in the data ("r0193"). Unique in one data set.
  std::string id;
  /// The organisational levels (DOMAIN.md: system -> school -> team), as the data names
  /// them. Absent when unknown.
  std::optional<std::string> system;
  std::optional<std::string> school;
  std::optional<std::string> team;
  /// "teacher", "principal", ...: free text, since data sets use their own role names.
  std::optional<std::string> role;
  /// The survey administration ("2026", "2026-spring").
  std::optional<std::string> wave;

  friend bool operator==(const respondent&, const respondent&) = default;
};
BOOST_DESCRIBE_STRUCT(respondent, (), (id, system, school, team, role, wave))

/// Rule: a metadata value given as blank text is a warning (responses.blank_metadata): it
/// is read as "unknown", which null says without ambiguity.
void check(const respondent& value, const issue_sink& sink);

}  // namespace responses
LS_END_NAMESPACE
