#pragma once
// Private to src/responses: a hash table from text to a dense index, for the hot paths of
// reading response data (interning school names, finding repeated respondent ids in a
// million rows). Open addressing over a power-of-two array of {index, hash tag} slots;
// the keys themselves live with the caller (a vector of strings), so an id is stored
// once. std::unordered_map would allocate a node per key.

#include <ls/version.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

LS_BEGIN_NAMESPACE
namespace responses::detail {

inline std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/// A fast hash of short text (ids, school names), 8 bytes at a time.
inline std::uint64_t hash_text(std::string_view text) noexcept {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ text.size();
  const char* p = text.data();
  std::size_t n = text.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = mix64(h ^ word);
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return mix64(h ^ tail ^ (static_cast<std::uint64_t>(n) << 59));
}

class string_table {
 public:
  static constexpr std::uint32_t none = 0xffffffffu;

  /// The index stored for `key`, or `candidate` after storing it when the key is new.
  /// `key_at(i)` gives the key of a stored index.
  template <class KeyAt>
  std::uint32_t find_or_insert(std::string_view key, std::uint64_t hash, std::uint32_t candidate,
                               const KeyAt& key_at) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t at = tag & mask_;; at = (at + 1) & mask_) {
      auto& slot = slots_[at];
      if (slot.index == none) {
        slot = {candidate, tag};
        ++count_;
        return candidate;
      }
      if (slot.tag == tag && std::string_view(key_at(slot.index)) == key) return slot.index;
    }
  }

  std::size_t size() const noexcept { return count_; }
  void clear() {
    slots_.clear();
    mask_ = 0;
    count_ = 0;
  }

 private:
  struct slot_t {
    std::uint32_t index = none;
    std::uint32_t tag = 0;
  };

  void grow() {
    std::vector<slot_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, slot_t{});
    mask_ = slots_.size() - 1;
    for (const auto& slot : old) {
      if (slot.index == none) continue;
      std::size_t at = slot.tag & mask_;
      while (slots_[at].index != none) at = (at + 1) & mask_;
      slots_[at] = slot;
    }
  }

  std::vector<slot_t> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

/// Labels of a categorical column, each stored once, with their dense indices. Remembers
/// the last label seen: exported data are often sorted by school, so most lookups are a
/// single comparison.
class label_index {
 public:
  std::int32_t intern(std::string_view label) {
    if (last_ >= 0 && labels_[static_cast<std::size_t>(last_)] == label) return last_;
    const auto candidate = static_cast<std::uint32_t>(labels_.size());
    const auto found = table_.find_or_insert(label, hash_text(label), candidate,
                                             [this](std::uint32_t i) -> const std::string& {
                                               return labels_[i];
                                             });
    if (found == candidate) labels_.emplace_back(label);
    return last_ = static_cast<std::int32_t>(found);
  }
  const std::vector<std::string>& labels() const noexcept { return labels_; }
  std::vector<std::string> release() {
    table_.clear();
    last_ = -1;
    return std::move(labels_);
  }

 private:
  std::vector<std::string> labels_;
  string_table table_;
  std::int32_t last_ = -1;
};

}  // namespace responses::detail
LS_END_NAMESPACE
