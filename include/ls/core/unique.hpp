#pragma once
/// \file
/// One rule many types need: a key (an id, a code, a label) appears once in a list. Each
/// repeat is reported where it occurs, naming the index of the first occurrence.

#include <ls/core/issue_sink.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <type_traits>

LS_BEGIN_NAMESPACE

/// For each element of `items` (a vector) whose `key(element)` was seen before, an error
/// `code` at `sink.at(i).at(field)`. Blank string keys are skipped: a missing id is its
/// own rule, not a duplicate.
template <class Items, class Key>
void check_unique(const Items& items, const issue_sink& sink, const char* field,
                  const char* code, Key key) {
  using key_type = std::decay_t<decltype(key(items.front()))>;
  std::map<key_type, std::size_t> first_seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& k = key(items[i]);
    if constexpr (std::is_same_v<key_type, std::string>)
      if (k.empty()) continue;
    auto [where, inserted] = first_seen.emplace(k, i);
    if (!inserted)
      sink.at(i).at(field).error(code, std::string(field) + " repeats the one of element " +
                                           std::to_string(where->second));
  }
}

LS_END_NAMESPACE
