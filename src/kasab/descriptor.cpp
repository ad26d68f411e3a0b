#include <ls/kasab/descriptor.hpp>

#include <ls/core/text.hpp>

LS_BEGIN_NAMESPACE
namespace kasab {

void check(const kasab_descriptor& descriptor, const issue_sink& sink) {
  if (is_blank(descriptor.text))
    sink.at("text").error("kasab.blank_descriptor", "a descriptor needs a text");
  if (is_blank(descriptor.author))
    sink.at("author").error("kasab.blank_author",
                            "the descriptor \"" + descriptor.text + "\" needs an author");
}

std::string normalised_descriptor_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace kasab
LS_END_NAMESPACE
