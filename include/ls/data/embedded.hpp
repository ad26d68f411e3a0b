#pragma once
/// \file
/// The data files compiled into the library: every JSON file under the repository's data/
/// folder (built-in catalogs, instruments, protocols), by its path relative to data/, e.g.
/// "catalogs/standards_2022.json". The same files are installed to share/ls/data, so users
/// can read and copy them as a starting point for their own.

#include <ls/version.hpp>

#include <optional>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE

/// The text of the embedded file `name`, or nothing if there is none by that name.
std::optional<std::string_view> embedded_data(std::string_view name) noexcept;

/// The names of all embedded files, sorted.
std::vector<std::string_view> embedded_data_names();

LS_END_NAMESPACE
