#include <ls/data/embedded.hpp>
#include <ls/json/load.hpp>
#include <ls/survey/response_scale.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {
std::string read_source_file(const std::filesystem::path& relative) {
  std::ifstream in(std::filesystem::path(LS_SOURCE_DIR) / relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
}  // namespace

TEST_CASE("every JSON file under data/ is embedded byte for byte") {
  const auto names = ls::embedded_data_names();
  CHECK(std::is_sorted(names.begin(), names.end()));
  std::size_t on_disk = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::filesystem::path(LS_SOURCE_DIR) / "data")) {
    if (entry.path().extension() != ".json") continue;
    ++on_disk;
    const auto name = std::filesystem::relative(entry.path(), std::filesystem::path(LS_SOURCE_DIR) / "data")
                          .generic_string();
    INFO(name);
    auto text = ls::embedded_data(name);
    REQUIRE(text);
    CHECK(*text == read_source_file(std::filesystem::path("data") / name));
  }
  CHECK(names.size() == on_disk);
}

TEST_CASE("an embedded scale loads, and an unknown name gives nothing") {
  auto text = ls::embedded_data("scales/agreement_5_no_opinion.json");
  REQUIRE(text);
  auto scale = ls::json::load<ls::survey::response_scale>(*text);
  CHECK(scale.substantive_count() == 4);
  CHECK_FALSE(ls::embedded_data("scales/nothing.json"));
  CHECK_FALSE(ls::embedded_data(""));
}
