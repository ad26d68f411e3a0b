#pragma once
// Arbitrary values of any described type, built by walking its description: the
// generator half of the property tests. Doubles include NaN and infinities.

#include <ls/reflect/traits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <limits>
#include <random>
#include <string>
#include <type_traits>

namespace ls_test {

template <class T>
T arbitrary(std::mt19937_64& rng, int depth = 0);

inline double arbitrary_double(std::mt19937_64& rng) {
  switch (rng() % 8) {
    case 0: return std::numeric_limits<double>::quiet_NaN();
    case 1: return std::numeric_limits<double>::infinity();
    case 2: return -std::numeric_limits<double>::infinity();
    case 3: return 0.0;
    default: return std::uniform_real_distribution<double>(-1e6, 1e6)(rng);
  }
}

inline std::string arbitrary_string(std::mt19937_64& rng) {
  // Quotes, slashes, tildes, control characters and UTF-8 are all fair game.
  static const std::string pieces[] = {"a", "Z", " ", "\"", "\\", "/", "~", "\n", "\t",
                                       "\xc3\xa9", "\xe2\x9c\x93", "0"};
  std::string out;
  for (auto n = rng() % 6; n > 0; --n) out += pieces[rng() % std::size(pieces)];
  return out;
}

template <class T>
T arbitrary(std::mt19937_64& rng, int depth) {
  using namespace ls::reflect;
  if constexpr (std::is_same_v<T, bool>) {
    return rng() % 2 == 0;
  } else if constexpr (std::is_integral_v<T>) {
    return static_cast<T>(rng());  // any bit pattern, extremes included
  } else if constexpr (std::is_floating_point_v<T>) {
    return static_cast<T>(arbitrary_double(rng));
  } else if constexpr (std::is_same_v<T, std::string>) {
    return arbitrary_string(rng);
  } else if constexpr (is_described_enum_v<T>) {
    T value{};
    std::size_t pick = rng() % boost::mp11::mp_size<boost::describe::describe_enumerators<T>>::value;
    std::size_t i = 0;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto d) {
      if (i++ == pick) value = d.value;
    });
    return value;
  } else if constexpr (is_optional_v<T>) {
    if (rng() % 2 == 0) return T{};
    return T{arbitrary<typename T::value_type>(rng, depth + 1)};
  } else if constexpr (is_vector_v<T>) {
    T out;
    for (auto n = depth > 2 ? 0 : rng() % 4; n > 0; --n)
      out.push_back(arbitrary<typename T::value_type>(rng, depth + 1));
    return out;
  } else if constexpr (is_string_map_v<T>) {
    T out;
    for (auto n = depth > 2 ? 0 : rng() % 3; n > 0; --n)
      out[arbitrary_string(rng)] = arbitrary<typename T::mapped_type>(rng, depth + 1);
    return out;
  } else {
    static_assert(is_described_struct_v<T>);
    T out{};
    boost::mp11::mp_for_each<data_members<T>>([&](auto member) {
      using field_type = std::decay_t<decltype(out.*member.pointer)>;
      out.*member.pointer = arbitrary<field_type>(rng, depth + 1);
    });
    return out;
  }
}

}  // namespace ls_test
