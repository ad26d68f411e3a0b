#pragma once
// Private to src/responses: a hash table from text to a dense index, for the hot paths of
// reading response data (interning school names, finding repeated respondent ids in a
// million rows). Open addressing over a power-of-two array of {index, hash tag} slots;
// the keys themselves live with the caller (a vector of strings), so an id is stored
// once. std::unordered_map would allocate a node per key.

#include "huge_pages.hpp"

#include <ls/version.hpp>

#include <array>
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

/// Up to 8 bytes of text as one word, without copying byte by byte (which stalls on
/// reading back what was just written): overlapping loads that together cover every
/// byte, so with the length the word determines the text.
inline std::uint64_t pack_short(const char* p, std::size_t n) noexcept {
  if (n >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    return word;
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return (static_cast<std::uint64_t>(a) << 32) | b;
  }
  if (n == 0) return 0;
  const auto byte = [](char c) { return static_cast<std::uint64_t>(static_cast<unsigned char>(c)); };
  return (byte(p[0]) << 16) | (byte(p[n / 2]) << 8) | byte(p[n - 1]);
}

/// hash_text of a text of n <= 8 bytes whose pack_short is `packed`.
inline std::uint64_t hash_short(std::uint64_t packed, std::size_t n) noexcept {
  return mix64(0x9e3779b97f4a7c15ULL ^ n ^ packed ^ (static_cast<std::uint64_t>(n) << 59));
}

/// A fast hash of short text (ids, school names), 8 bytes at a time.
inline std::uint64_t hash_text(std::string_view text) noexcept {
  if (text.size() <= 8) return hash_short(pack_short(text.data(), text.size()), text.size());
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ text.size();
  const char* p = text.data();
  std::size_t n = text.size();
  for (; n > 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = mix64(h ^ word);
  }
  return mix64(h ^ pack_short(p, n) ^ (static_cast<std::uint64_t>(n) << 59));
}

class string_table {
 public:
  static constexpr std::uint32_t none = 0xffffffffu;

  /// The index stored for `key`, or `candidate` after storing it when the key is new.
  /// `hash` must be hash_text(key). `key_at(i)` gives the key of a stored index; lookups
  /// call it only for keys longer than 8 bytes (shorter ones are compared within the slot,
  /// so a lookup touches one cache line), growing calls it for every key.
  template <class KeyAt>
  std::uint32_t find_or_insert(std::string_view key, std::uint64_t hash, std::uint32_t candidate,
                               const KeyAt& key_at) {
    if ((count_ + 1) * 4 > slots_.size() * 3) grow(key_at);
    const auto tag = tag_of(hash, key.size());
    const auto prefix = prefix_of(key);
    for (std::size_t at = (hash >> 32) & mask_;; at = (at + 1) & mask_) {
      auto& slot = slots_[at];
      if (slot.index == none) {
        slot = {candidate, tag, prefix};
        ++count_;
        return candidate;
      }
      if (slot.tag == tag && slot.prefix == prefix &&
          (key.size() <= 8 || std::string_view(key_at(slot.index)) == key))
        return slot.index;
    }
  }

  /// The index stored for the key of n <= 8 bytes with this hash and pack_short, or none:
  /// a lookup without a call or an insert, for hot loops (insert with find_or_insert).
  std::uint32_t find_short(std::uint64_t hash, std::size_t n, std::uint64_t packed) const noexcept {
    if (slots_.empty()) return none;
    const auto tag = tag_of(hash, n);
    for (std::size_t at = (hash >> 32) & mask_;; at = (at + 1) & mask_) {
      const auto& slot = slots_[at];
      if (slot.index == none) return none;  // the table is never full
      if (slot.tag == tag && slot.prefix == packed) return slot.index;
    }
  }

  std::size_t size() const noexcept { return count_; }
  /// Room for `n` keys without growing (growing re-reads every key).
  void reserve(std::size_t n) {
    std::size_t size = 64;
    while (n * 4 > size * 3) size *= 2;
    if (size <= slots_.size()) return;
    if (count_ != 0) return;  // only before the first key: growing needs the keys
    assign_huge(slots_, size, slot_t{});
    mask_ = size - 1;
  }
  /// Asks for the slot of `hash` to be brought into cache: for loops that look up many
  /// keys, a few ahead of the one they are on.
  void prefetch(std::uint64_t hash) const noexcept {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(hash >> 32) & mask_]);
  }
  void clear() {
    slots_.clear();
    mask_ = 0;
    count_ = 0;
  }

 private:
  /// The position comes from the hash's high half; the tag holds bits of its low half and
  /// the key's length, the prefix the key's first 8 bytes (packed by pack_short).
  struct slot_t {
    std::uint32_t index = none;
    std::uint32_t tag = 0;
    std::uint64_t prefix = 0;
  };

  static std::uint32_t tag_of(std::uint64_t hash, std::size_t length) noexcept {
    return (static_cast<std::uint32_t>(hash) & 0xffffff00u) |
           static_cast<std::uint32_t>(length < 255 ? length : 255);
  }
  /// Keys of up to 8 bytes are known exactly from this and their length.
  static std::uint64_t prefix_of(std::string_view key) noexcept {
    return pack_short(key.data(), key.size() < 8 ? key.size() : 8);
  }

  template <class KeyAt>
  void grow(const KeyAt& key_at) {
    std::vector<slot_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, slot_t{});
    mask_ = slots_.size() - 1;
    for (const auto& slot : old) {
      if (slot.index == none) continue;
      std::size_t at = (hash_text(key_at(slot.index)) >> 32) & mask_;
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
  std::int32_t intern(std::string_view label) { return intern(label, hash_text(label)); }
  /// With `hash` = hash_text(label) already known.
  std::int32_t intern(std::string_view label, std::uint64_t hash) {
    if (hash == last_hash_ && last_ >= 0 && labels_[static_cast<std::size_t>(last_)] == label)
      return last_;
    last_hash_ = hash;
    const auto candidate = static_cast<std::uint32_t>(labels_.size());
    const auto found = table_.find_or_insert(label, hash, candidate,
                                             [this](std::uint32_t i) -> const std::string& {
                                               return labels_[i];
                                             });
    if (found == candidate) labels_.emplace_back(label);
    return last_ = static_cast<std::int32_t>(found);
  }
  void prefetch(std::uint64_t hash) const noexcept { table_.prefetch(hash); }

  /// The index of a label of up to 8 bytes seen recently, from a small cache that needs
  /// no hash (roles, waves, teams: a few labels repeated on every row); -2 when not there.
  std::int32_t cached(std::string_view label) const noexcept {
    if (label.size() > 8) return -2;
    const auto& entry = recent_[slot_of(pack_short(label.data(), label.size()), label.size())];
    return entry.length == label.size() && entry.packed == pack_short(label.data(), label.size())
               ? entry.index
               : -2;
  }
  /// intern() that also remembers a short label in the cache.
  std::int32_t intern_and_cache(std::string_view label, std::uint64_t hash) {
    const auto index = intern(label, hash);
    if (label.size() <= 8) {
      const auto packed = pack_short(label.data(), label.size());
      recent_[slot_of(packed, label.size())] = {packed, label.size(), index};
    }
    return index;
  }

  /// The index of each of `labels[0 .. n)` (no_category for one without data), appended to
  /// `out`. n <= max_batch. Short labels are looked up in the cache of recent ones while it
  /// finds most of them (a few roles repeated on every row, or rows sorted by school);
  /// when it does not (40,000 schools in random order), it is left out for a while, and
  /// the table slots of the batch are fetched a few rows ahead of their lookups.
  static constexpr std::size_t max_batch = 256;
  void intern_batch(const std::string_view* labels, std::size_t n, std::vector<std::int32_t>& out) {
    std::array<std::int32_t, max_batch> found;
    std::array<std::uint64_t, max_batch> hashes;  // of the labels looked up in the table
    std::array<std::uint64_t, max_batch> packs;   // their pack_short (up to 8 bytes)
    std::array<std::uint32_t, max_batch> rows;    // which
    std::size_t lookups = 0, asked = 0;
    const bool use_cache = cache_on_;
    for (std::size_t r = 0; r < n; ++r) {
      found[r] = -1;  // category_column::no_category
      const auto label = labels[r];
      if (!label.data()) continue;
      ++asked;
      if (label.size() <= 8) {
        const auto packed = pack_short(label.data(), label.size());
        if (use_cache) {
          const auto& entry = recent_[slot_of(packed, label.size())];
          if (entry.length == label.size() && entry.packed == packed) {
            found[r] = entry.index;
            continue;
          }
        }
        packs[lookups] = packed;
        hashes[lookups] = hash_short(packed, label.size());
      } else {
        hashes[lookups] = hash_text(label);
      }
      rows[lookups++] = static_cast<std::uint32_t>(r);
    }
    constexpr std::size_t ahead = 12;
    for (std::size_t i = 0; i < lookups && i < ahead; ++i) prefetch(hashes[i]);
    for (std::size_t i = 0; i < lookups; ++i) {
      if (i + ahead < lookups) prefetch(hashes[i + ahead]);
      const auto& label = labels[rows[i]];
      std::int32_t index = -1;
      if (label.size() <= 8) {
        const auto at = table_.find_short(hashes[i], label.size(), packs[i]);
        index = at != string_table::none ? static_cast<std::int32_t>(at) : intern(label, hashes[i]);
        if (use_cache) recent_[slot_of(packs[i], label.size())] = {packs[i], label.size(), index};
      } else {
        index = intern(label, hashes[i]);
      }
      found[rows[i]] = index;
    }
    out.insert(out.end(), found.begin(), found.begin() + static_cast<std::ptrdiff_t>(n));
    if (use_cache) cache_on_ = 2 * lookups <= asked;
    else cache_on_ = ++batches_without_cache_ % 16 == 0;  // try it again now and then
  }

  const std::vector<std::string>& labels() const noexcept { return labels_; }
  /// Keeps the first n labels only (with their indices); the others are forgotten.
  void keep_first(std::size_t n) {
    if (n >= labels_.size()) return;
    label_index kept;
    for (std::size_t i = 0; i < n; ++i) kept.intern(labels_[i]);
    *this = std::move(kept);
  }
  std::vector<std::string> release() {
    table_.clear();
    last_ = -1;
    recent_ = {};
    return std::move(labels_);
  }

 private:
  struct recent_entry {
    std::uint64_t packed = 0;
    std::size_t length = 9;  // matches no label of up to 8 bytes
    std::int32_t index = -2;
  };
  static std::size_t slot_of(std::uint64_t packed, std::size_t length) noexcept {
    return static_cast<std::size_t>(((packed ^ length) * 0x9e3779b97f4a7c15ULL) >> 60);
  }
  std::array<recent_entry, 16> recent_{};
  bool cache_on_ = true;
  std::size_t batches_without_cache_ = 0;

  std::vector<std::string> labels_;
  string_table table_;
  std::int32_t last_ = -1;
  std::uint64_t last_hash_ = 0;
};

}  // namespace responses::detail
LS_END_NAMESPACE
