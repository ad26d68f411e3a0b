#pragma once
/// \file
/// Loading a typed document from JSON text: parse, read the structure, then apply the
/// type's rules (ls::validate). try_load reports; load throws the whole report.
///
/// Rules are applied only when the structure was read without error: a value that
/// could not be read would otherwise cause confusing follow-on issues.

#include <ls/core/error.hpp>
#include <ls/core/validate.hpp>
#include <ls/json/read.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>
#include <utility>

LS_BEGIN_NAMESPACE
namespace json {

/// What try_load found: the value (when there is no error) and every issue.
template <class T>
struct load_result {
  std::optional<T> value;
  validation_report report;
};

/// Parse JSON text. On a syntax error, or nesting deeper than options.max_depth, an issue
/// (code json.syntax / json.too_deep) goes to `report` and the result is discarded.
std::optional<nlohmann::json> parse(std::string_view text, validation_report& report,
                                    const read_options& options = {});

/// Read and validate an already parsed document. Never throws for bad content.
template <class T>
load_result<T> try_load_value(const nlohmann::json& document, const read_options& options = {}) {
  load_result<T> result;
  T value{};
  read_value(document, value, issue_sink(result.report), options);
  if (result.report.ok()) result.report.append(validate(value));
  if (result.report.ok()) result.value = std::move(value);
  return result;
}

/// Parse, read and validate JSON text. Never throws for bad content.
template <class T>
load_result<T> try_load(std::string_view text, const read_options& options = {}) {
  validation_report report;
  auto document = parse(text, report, options);
  if (!document) return {std::nullopt, std::move(report)};
  return try_load_value<T>(*document, options);
}

namespace detail {
template <class T>
T value_or_throw(load_result<T>&& result) {
  if (!result.value) throw validation_error(std::move(result.report));
  return std::move(*result.value);
}
}  // namespace detail

/// Like try_load, but throws validation_error (with every issue) when there is an error.
/// Warnings alone do not throw; use try_load to see them.
template <class T>
T load(std::string_view text, const read_options& options = {}) {
  return detail::value_or_throw(try_load<T>(text, options));
}

/// Like try_load_value, but throws validation_error when there is an error.
template <class T>
T load_value(const nlohmann::json& document, const read_options& options = {}) {
  return detail::value_or_throw(try_load_value<T>(document, options));
}

}  // namespace json
LS_END_NAMESPACE
