#pragma once
/// \file
/// One problem found in user input: what (a stable code), where (a JSON pointer), and
/// how bad (error or warning).

#include <boost/describe.hpp>
#include <ls/version.hpp>

#include <string>

LS_BEGIN_NAMESPACE

/// How bad an issue is. Errors make input unusable; warnings are reported and the
/// input is still used (for example a rating given without an example).
enum class severity { error, warning };
BOOST_DESCRIBE_ENUM(severity, error, warning)

/// A single problem with its location.
///
/// `code` is stable across releases (tests and user code may match on it), e.g.
/// "json.type_mismatch". `path` is a JSON pointer (RFC 6901) into the document,
/// "" for the whole document, "/options/2/label" for a nested value; for CSV input it is
/// "/<line>/<column>".
struct issue {
  std::string code;
  std::string path;
  std::string message;
  ls::severity severity = ls::severity::error;

  friend bool operator==(const issue&, const issue&) = default;
};
BOOST_DESCRIBE_STRUCT(issue, (), (code, path, message, severity))

/// "error json.type_mismatch at /options/0/code: expected an integer, got a string"
std::string to_string(const issue& problem);

LS_END_NAMESPACE
