#include <ls/core/issue_sink.hpp>

LS_BEGIN_NAMESPACE

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

issue_sink issue_sink::at(std::string_view key) const {
  return issue_sink(*report_, path_ + "/" + escape_pointer_token(key));
}

issue_sink issue_sink::at(std::size_t index) const {
  return issue_sink(*report_, path_ + "/" + std::to_string(index));
}

void issue_sink::add(std::string code, std::string message, severity level) const {
  report_->issues.push_back({std::move(code), path_, std::move(message), level});
}

void issue_sink::error(std::string code, std::string message) const {
  add(std::move(code), std::move(message), severity::error);
}

void issue_sink::warning(std::string code, std::string message) const {
  add(std::move(code), std::move(message), severity::warning);
}

LS_END_NAMESPACE
