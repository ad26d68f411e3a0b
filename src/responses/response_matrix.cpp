#include <ls/responses/response_matrix.hpp>

#include <ls/core/error.hpp>

#include <algorithm>
#include <string>

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

response_matrix::response_matrix(std::vector<std::string> item_ids, std::size_t rows)
    : item_ids_(std::move(item_ids)), rows_(rows), codes_(item_ids_.size() * rows, missing_code) {}

response_matrix::response_matrix(std::vector<std::string> item_ids, std::size_t rows,
                                 std::vector<std::int8_t> codes)
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
