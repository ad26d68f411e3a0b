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
#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>

LS_BEGIN_NAMESPACE

namespace detail {

template <class T>
concept has_check = requires(const T& value, const issue_sink& sink) { check(value, sink); };

template <class T>
void walk_rules(const T& value, const issue_sink& sink) {
  using namespace ls::reflect;
  if constexpr (is_optional_v<T>) {
    if (value) walk_rules(*value, sink);
  } else if constexpr (is_vector_v<T>) {
    for (std::size_t i = 0; i < value.size(); ++i) walk_rules(value[i], sink.at(i));
  } else if constexpr (is_string_map_v<T>) {
    for (const auto& [key, element] : value) walk_rules(element, sink.at(key));
  } else if constexpr (is_described_struct_v<T>) {
    if constexpr (has_check<T>) check(value, sink);
    boost::mp11::mp_for_each<data_members<T>>(
        [&](auto member) { walk_rules(value.*member.pointer, sink.at(member.name)); });
  }
}

}  // namespace detail

/// Every issue in `value` and everything it contains. Does not throw for bad content.
template <class T>
validation_report validate(const T& value) {
  validation_report report;
  issue_sink sink(report);
  detail::walk_rules(value, sink);
  return report;
}

/// Throw validation_error when validate(value) finds an error; warnings pass.
template <class T>
void require_valid(const T& value) {
  auto report = validate(value);
  if (!report.ok()) throw validation_error(std::move(report));
}

LS_END_NAMESPACE
