#include <ls/core/walk.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {
struct leaf {
  int n = 0;
};
BOOST_DESCRIBE_STRUCT(leaf, (), (n))
struct tree {
  leaf first;
  std::vector<leaf> many;
  std::optional<leaf> present;
  std::optional<leaf> absent;
  std::map<std::string, leaf> named;
};
BOOST_DESCRIBE_STRUCT(tree, (), (first, many, present, absent, named))
}  // namespace

TEST_CASE("walk visits the value and every nested struct once, with its JSON pointer") {
  tree t{{1}, {{2}, {3}}, leaf{4}, std::nullopt, {{"a/b", {5}}}};
  ls::validation_report report;
  std::vector<std::string> visited;
  ls::walk(t, ls::issue_sink(report), [&](const auto& value, const ls::issue_sink& at) {
    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, leaf>)
      visited.push_back(at.path() + "=" + std::to_string(value.n));
    else
      visited.push_back("tree at '" + at.path() + "'");
  });
  CHECK(visited == std::vector<std::string>{"tree at ''", "/first=1", "/many/0=2", "/many/1=3",
                                            "/present=4", "/named/a~1b=5"});
}
