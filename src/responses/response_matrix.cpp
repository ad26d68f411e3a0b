#include <ls/responses/response_matrix.hpp>

#include <ls/core/error.hpp>

#include "huge_pages.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

LS_BEGIN_NAMESPACE
namespace responses {

std::int32_t category_column::intern(std::string_view label) {
  auto found = std::find(categories.begin(), categories.end(), label);
  if (found != categories.end()) return static_cast<std::int32_t>(found - categories.begin());
  categories.emplace_back(label);
  return static_cast<std::int32_t>(categories.size() - 1);
}

std::string_view category_column::label(std::size_t row) const {
  const auto code = codes.at(row);
  return code == no_category ? std::string_view() : std::string_view(categories.at(static_cast<std::size_t>(code)));
}

code_storage::code_storage(std::vector<std::int8_t> codes) noexcept
    : vector_(std::move(codes)), data_(vector_.data()), size_(vector_.size()) {}

code_storage code_storage::uninitialized(std::size_t n) {
  code_storage out;
  out.block_ = new std::int8_t[n == 0 ? 1 : n];  // default-initialised: no value written
  out.block_size_ = n;
  detail::advise_huge_pages(out.block_, n);
  out.data_ = out.block_;
  out.size_ = n;
  return out;
}

code_storage::code_storage(const code_storage& other)
    : code_storage(std::vector<std::int8_t>(other.data_, other.data_ + other.size_)) {}

code_storage& code_storage::operator=(const code_storage& other) {
  if (this != &other) *this = code_storage(other);
  return *this;
}

code_storage::code_storage(code_storage&& other) noexcept
    : vector_(std::move(other.vector_)),
      block_(std::exchange(other.block_, nullptr)),
      block_size_(std::exchange(other.block_size_, 0)),
      data_(block_ ? block_ : vector_.data()),
      size_(std::exchange(other.size_, 0)) {
  other.data_ = nullptr;
}

code_storage& code_storage::operator=(code_storage&& other) noexcept {
  if (this == &other) return *this;
  delete[] block_;
  vector_ = std::move(other.vector_);
  block_ = std::exchange(other.block_, nullptr);
  block_size_ = std::exchange(other.block_size_, 0);
  data_ = block_ ? block_ : vector_.data();
  size_ = std::exchange(other.size_, 0);
  other.data_ = nullptr;
  return *this;
}

code_storage::~code_storage() { delete[] block_; }

std::size_t code_storage::capacity() const noexcept {
  return block_ ? block_size_ : vector_.capacity();
}

response_matrix::response_matrix(std::vector<std::string> item_ids, std::size_t rows)
    : item_ids_(std::move(item_ids)),
      rows_(rows),
      codes_(std::vector<std::int8_t>(item_ids_.size() * rows, missing_code)) {}

response_matrix::response_matrix(std::vector<std::string> item_ids, std::size_t rows,
                                 std::vector<std::int8_t> codes)
    : response_matrix(std::move(item_ids), rows, code_storage(std::move(codes))) {}

response_matrix::response_matrix(std::vector<std::string> item_ids, std::size_t rows,
                                 code_storage codes)
    : item_ids_(std::move(item_ids)), rows_(rows), codes_(std::move(codes)) {
  if (codes_.size() != item_ids_.size() * rows_)
    throw error("a response matrix of " + std::to_string(rows_) + " rows and " +
                std::to_string(item_ids_.size()) + " items needs " +
                std::to_string(item_ids_.size() * rows_) + " codes, got " +
                std::to_string(codes_.size()));
}

std::size_t response_matrix::item_index(std::string_view item_id) const {
  auto found = std::find(item_ids_.begin(), item_ids_.end(), item_id);
  if (found == item_ids_.end())
    throw error("no item \"" + std::string(item_id) + "\" in the response data");
  return static_cast<std::size_t>(found - item_ids_.begin());
}

std::size_t response_matrix::memory_bytes() const noexcept {
  auto strings = [](const std::vector<std::string>& v) {
    std::size_t n = v.capacity() * sizeof(std::string);
    for (const auto& s : v) n += s.capacity() > 15 ? s.capacity() : 0;  // beyond the SSO buffer
    return n;
  };
  auto column = [&](const category_column& c) {
    return strings(c.categories) + c.codes.capacity() * sizeof(std::int32_t);
  };
  return codes_.capacity() + strings(item_ids_) + strings(metadata.ids) +
         column(metadata.system) + column(metadata.school) + column(metadata.team) +
         column(metadata.role) + column(metadata.wave) +
         metadata.weights.capacity() * sizeof(double);
}

}  // namespace responses
LS_END_NAMESPACE
