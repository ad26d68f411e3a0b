#pragma once
/// \file
/// Small predicates on text that many rules share.

#include <ls/version.hpp>

#include <string_view>

LS_BEGIN_NAMESPACE

/// True when `text` is empty or only spaces, tabs and line breaks.
bool is_blank(std::string_view text) noexcept;

/// True for a stable id: lower-case ASCII letters, digits and '_', in dot-separated parts
/// that each start with a letter ("learning_communities.collective_responsibility").
bool is_stable_id(std::string_view text) noexcept;

LS_END_NAMESPACE
