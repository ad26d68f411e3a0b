#include <ls/survey/builtin_instruments.hpp>

#include <ls/core/error.hpp>
#include <ls/data/builtin.hpp>

LS_BEGIN_NAMESPACE
namespace survey {

const std::vector<instrument>& builtin_instruments() {
  // File names are the ids, so file-name order is id order (a test checks).
  static const std::vector<instrument> all = load_builtin_folder<instrument>("instruments/");
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
