#include <ls/version.hpp>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("the compiled library reports the version its headers declare") {
  CHECK(std::string(ls::version()) == LS_VERSION_STRING);
  CHECK(std::string(LS_VERSION_STRING) ==
        std::to_string(LS_VERSION_MAJOR) + "." + std::to_string(LS_VERSION_MINOR) + "." +
            std::to_string(LS_VERSION_PATCH));
}
