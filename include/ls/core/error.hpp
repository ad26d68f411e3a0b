#pragma once
/// \file
/// The library's two exception types. Everything libls throws derives from ls::error.

#include <ls/core/validation_report.hpp>

#include <stdexcept>
#include <string>
#include <vector>

LS_BEGIN_NAMESPACE

/// Base of every exception libls throws (a misuse of the API, an I/O failure).
/// The destructor is defined in the compiled library so the type's identity is
/// shared across shared-library boundaries (a catch in another module works).
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  ~error() override;
};

/// Input was rejected. Carries the whole report: every problem, each with code and path.
class validation_error : public error {
 public:
  explicit validation_error(validation_report report);
  ~validation_error() override;

  const validation_report& report() const noexcept { return report_; }
  const std::vector<issue>& issues() const noexcept { return report_.issues; }

 private:
  validation_report report_;
};

LS_END_NAMESPACE
