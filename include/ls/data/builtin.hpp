#pragma once
/// \file
/// Loading the built-in data of one kind: every embedded file under a folder of data/
/// ("protocols/", "instruments/", ...), read strictly and validated like a user's file.
/// Each folder of the library that ships data loads it once, through this, so a broken
/// built-in file fails the same way everywhere (and the tests load every file).

#include <ls/data/embedded.hpp>
#include <ls/json/load.hpp>

#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE

/// The files under `folder`, in file-name order, each loaded as a T (strict: an unknown
/// key is an error). Throws ls::validation_error for a file with errors.
template <class T>
std::vector<T> load_builtin_folder(std::string_view folder) {
  std::vector<T> out;
  for (auto name : embedded_data_names())
    if (name.starts_with(folder))
      out.push_back(json::load<T>(*embedded_data(name), json::read_options{true}));
  return out;
}

LS_END_NAMESPACE
