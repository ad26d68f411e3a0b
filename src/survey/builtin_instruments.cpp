#include <ls/survey/builtin_instruments.hpp>

#include <ls/core/error.hpp>
#include <ls/data/embedded.hpp>
#include <ls/json/load.hpp>

LS_BEGIN_NAMESPACE
namespace survey {

namespace {
std::vector<instrument> load_all() {
  std::vector<instrument> out;
  for (auto name : embedded_data_names())
    if (name.starts_with("instruments/"))
      out.push_back(json::load<instrument>(*embedded_data(name), json::read_options{true}));
  return out;
}
}  // namespace

const std::vector<instrument>& builtin_instruments() {
  static const std::vector<instrument> all = load_all();
  return all;
}

instrument builtin_instrument(const std::string& id) {
  std::string known;
  for (const auto& i : builtin_instruments()) {
    if (i.id == id) return i;
    known += (known.empty() ? "" : ", ") + i.id;
  }
  throw error("no built-in instrument \"" + id + "\" (there are: " + known + ")");
}

}  // namespace survey
LS_END_NAMESPACE
