#include <ls/json/schema.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {
enum class colour { red, green };
BOOST_DESCRIBE_ENUM(colour, red, green)

struct part {
  std::uint8_t small = 0;
  std::vector<part> children;  // recursive: the schema refers to itself
};
BOOST_DESCRIBE_STRUCT(part, (), (small, children))

struct whole {
  std::string name;
  int count = 0;
  double weight = 0;
  bool flag = false;
  colour shade = colour::red;
  std::optional<std::string> note;
  std::map<std::string, part> parts;
};
BOOST_DESCRIBE_STRUCT(whole, (), (name, count, weight, flag, shade, note, parts))
}  // namespace

TEST_CASE("a schema states required keys, kinds, ranges and enum names") {
  const auto s = ls::json::schema<whole>();
  CHECK(s["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  CHECK(s["$ref"] == "#/$defs/whole");
  const auto& w = s["$defs"]["whole"];
  CHECK(w["required"] == nlohmann::json::array({"name", "count", "weight", "shade"}));
  CHECK(w["additionalProperties"] == false);
  CHECK(w["properties"]["count"]["minimum"] == INT32_MIN);
  CHECK(w["properties"]["count"]["maximum"] == INT32_MAX);
  CHECK(w["properties"]["flag"]["type"] == "boolean");
  CHECK(w["properties"]["note"]["anyOf"][1]["type"] == "null");
  CHECK(w["properties"]["weight"]["anyOf"][2]["enum"] ==
        nlohmann::json::array({"NaN", "Infinity", "-Infinity"}));
  CHECK(s["$defs"]["colour"]["enum"] == nlohmann::json::array({"red", "green"}));
  CHECK(w["properties"]["parts"]["additionalProperties"]["$ref"] == "#/$defs/part");
  const auto& p = s["$defs"]["part"];
  CHECK(p["properties"]["small"]["maximum"] == 255);
  CHECK(p["properties"]["small"]["minimum"] == 0);
  CHECK(p["properties"]["children"]["items"]["$ref"] == "#/$defs/part");
}
