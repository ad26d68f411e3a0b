#include <ls/protocol/builtin.hpp>

#include <ls/core/error.hpp>
#include <ls/data/builtin.hpp>

#include <algorithm>

LS_BEGIN_NAMESPACE
namespace protocol {

namespace {

/// Loaded once; a broken built-in file is a bug of the library, so it throws (and the
/// tests load every file).
const std::vector<protocol>& loaded() {
  static const std::vector<protocol> all = [] {
    auto out = load_builtin_folder<protocol>("protocols/");
    std::sort(out.begin(), out.end(),
              [](const protocol& a, const protocol& b) { return a.id < b.id; });
    return out;
  }();
  return all;
}

}  // namespace

std::vector<protocol> builtin_protocols() { return loaded(); }

std::vector<std::string> builtin_protocol_ids() {
  std::vector<std::string> ids;
  for (const auto& p : loaded()) ids.push_back(p.id);
  return ids;
}

protocol builtin_protocol(std::string_view id) {
  const auto& all = loaded();
  auto found = std::find_if(all.begin(), all.end(), [&](const protocol& p) { return p.id == id; });
  if (found != all.end()) return *found;
  std::string known;
  for (const auto& p : all) known += (known.empty() ? "" : ", ") + p.id;
  throw error("no built-in protocol '" + std::string(id) + "'; the built-in ones are: " + known);
}

}  // namespace protocol
LS_END_NAMESPACE
