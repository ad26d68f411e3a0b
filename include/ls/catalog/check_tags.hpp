#pragma once
/// \file
/// `check_tags(value, set)`: resolve every tag anywhere inside a value (an instrument's
/// items, a chart, a map) against a set of catalogs, reporting each tag that does not
/// resolve at its path. validate() alone only warns about tags into the built-in catalogs;
/// this is the check for a user who works with catalogs of their own.

#include <ls/catalog/catalog_set.hpp>
#include <ls/core/walk.hpp>

#include <type_traits>

LS_BEGIN_NAMESPACE
namespace catalog {

/// Every tag inside `value` that `set` cannot resolve (errors tag.unknown_scheme,
/// tag.unknown_id). Never throws for bad content.
template <class T>
validation_report check_tags(const T& value, const catalog_set& set = builtin_catalogs()) {
  validation_report report;
  walk(value, issue_sink(report), [&](const auto& nested, const issue_sink& at) {
    if constexpr (std::is_same_v<std::decay_t<decltype(nested)>, tag>) check_tag(nested, set, at);
  });
  return report;
}

}  // namespace catalog
LS_END_NAMESPACE
