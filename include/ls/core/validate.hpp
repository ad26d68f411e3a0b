#pragma once
/// \file
/// `ls::validate(value)`: apply every rule of every type inside `value` and return one
/// report. A type states its own rules in a free function found by argument-dependent
/// lookup,
///
///     void check(const response_scale& scale, ls::issue_sink& sink);
///
/// which looks at that type's own level only; validate() walks described members,
/// vectors, maps and optionals and calls each nested type's check() with the right path.

#include <ls/core/error.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/core/walk.hpp>

#include <type_traits>

LS_BEGIN_NAMESPACE

namespace detail {

template <class T>
concept has_check = requires(const T& value, const issue_sink& sink) { check(value, sink); };

}  // namespace detail

/// Every issue in `value` and everything it contains. Does not throw for bad content.
template <class T>
validation_report validate(const T& value) {
  validation_report report;
  issue_sink sink(report);
  walk(value, sink, [](const auto& nested, const issue_sink& at) {
    if constexpr (detail::has_check<std::decay_t<decltype(nested)>>) check(nested, at);
  });
  return report;
}

/// Throw validation_error when validate(value) finds an error; warnings pass.
template <class T>
void require_valid(const T& value) {
  auto report = validate(value);
  if (!report.ok()) throw validation_error(std::move(report));
}

LS_END_NAMESPACE
