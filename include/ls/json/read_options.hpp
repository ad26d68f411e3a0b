#pragma once
/// \file
/// How strictly JSON input is read.

#include <ls/version.hpp>

#include <boost/describe.hpp>

#include <cstddef>

LS_BEGIN_NAMESPACE
namespace json {

struct read_options {
  /// Unknown keys are errors when strict, warnings otherwise. They are never ignored
  /// without a word: a misspelt key would otherwise silently lose data.
  bool strict = false;
  /// Deeper documents are rejected before they are read (protects the stack).
  std::size_t max_depth = 256;
};
BOOST_DESCRIBE_STRUCT(read_options, (), (strict, max_depth))

}  // namespace json
LS_END_NAMESPACE
