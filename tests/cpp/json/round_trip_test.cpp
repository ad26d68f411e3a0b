// Property: for every public type and many arbitrary values, writing to JSON text and
// reading back gives the same JSON (so NaN, infinities, odd strings and extremes survive).
#include "support/arbitrary.hpp"

#include <ls/json/load.hpp>
#include <ls/json/write.hpp>
#include <ls/public_types.hpp>

#include <catch2/catch.hpp>

#include <random>

namespace {

template <class T>
void check_round_trips(std::mt19937_64& rng) {
  for (int trial = 0; trial < 200; ++trial) {
    const T original = ls_test::arbitrary<T>(rng);
    const auto text = ls::json::to_string(original);
    ls::validation_report report;
    T copy{};
    ls::json::read_value(nlohmann::json::parse(text), copy, ls::issue_sink(report),
                         ls::json::read_options{true});
    INFO(ls::reflect::short_name<T>() << ": " << text << "\n" << report.to_string());
    REQUIRE(report.issues.empty());
    REQUIRE(ls::json::to_string(copy) == text);
  }
}

}  // namespace

TEST_CASE("every public struct survives a JSON round trip") {
  std::mt19937_64 rng(20261122);
  boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, ls::public_structs>>(
      [&](auto type) { check_round_trips<typename decltype(type)::type>(rng); });
}

TEST_CASE("every public enum survives a JSON round trip") {
  boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, ls::public_enums>>(
      [](auto type) {
        using E = typename decltype(type)::type;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([](auto d) {
          CHECK(ls::json::load<E>(ls::json::to_string(d.value)) == d.value);
        });
      });
}
