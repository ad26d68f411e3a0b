// Validate a response-scale JSON file and print every issue with its path.
//   ls_example_validate_scale examples/data/where-are-we-now.scale.json
#include <ls/ls.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " SCALE.json\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  if (!file) {
    std::cerr << "cannot open " << argv[1] << "\n";
    return 2;
  }
  std::stringstream text;
  text << file.rdbuf();
  auto result = ls::json::try_load<ls::survey::response_scale>(text.str());
  std::cout << argv[1] << ": " << result.report.to_string() << "\n";
  return result.value ? 0 : 1;
}
