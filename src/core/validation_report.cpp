#include <ls/core/validation_report.hpp>

#include <algorithm>

LS_BEGIN_NAMESPACE

namespace {
std::size_t count_of(const std::vector<issue>& issues, severity level) {
  return static_cast<std::size_t>(std::count_if(
      issues.begin(), issues.end(), [&](const issue& i) { return i.severity == level; }));
}
}  // namespace

bool validation_report::ok() const noexcept { return error_count() == 0; }

std::size_t validation_report::error_count() const noexcept {
  return count_of(issues, severity::error);
}

std::size_t validation_report::warning_count() const noexcept {
  return count_of(issues, severity::warning);
}

void validation_report::append(const validation_report& other, const std::string& path_prefix) {
  for (auto problem : other.issues) {
    problem.path = path_prefix + problem.path;
    issues.push_back(std::move(problem));
  }
}

std::string validation_report::to_string() const {
  if (issues.empty()) return "no issues";
  auto text = std::to_string(error_count()) + " error(s), " + std::to_string(warning_count()) +
              " warning(s):";
  for (const auto& problem : issues) text += "\n  " + ls::to_string(problem);
  return text;
}

LS_END_NAMESPACE
