// The README's C++ example, compiled and run against the installed library by ctest.
#include <ls/ls.hpp>

#include <iostream>

int main() {
  // Load a response scale from JSON; load() throws ls::validation_error listing every issue.
  auto scale = ls::json::load<ls::survey::response_scale>(R"({
    "id": "agreement-4",
    "options": [
      {"code": 1, "label": "strongly disagree"},
      {"code": 2, "label": "disagree"},
      {"code": 3, "label": "agree", "favorable": true},
      {"code": 4, "label": "strongly agree", "favorable": true}]})");
  std::cout << scale.id << ": " << scale.substantive_count() << " answers\n";

  try {
    ls::json::load<ls::survey::response_scale>(R"({"id": "", "options": [{"code": "1"}]})");
    return 1;  // must not be reached
  } catch (const ls::validation_error& e) {
    std::cout << e.issues().size() << " issues, first at " << e.issues().front().path << "\n";
  }

  // Summaries merge, so chunks can be summarised apart and combined.
  ls::stats::moments morning, afternoon;
  for (double x : {3.0, 4.0}) morning.add(x);
  for (double x : {5.0, 6.0}) afternoon.add(x);
  morning.merge(afternoon);
  std::cout << "mean " << morning.result().mean << ", libls " << ls::version() << "\n";
  return morning.result().mean == 4.5 && ls::json::to_string(scale).size() > 0 ? 0 : 1;
}
