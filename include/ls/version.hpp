#pragma once
/// \file
/// The library version, in one place. CMake and the Python package both read
/// LS_VERSION_{MAJOR,MINOR,PATCH} from this file, so it is the single source.

#define LS_VERSION_MAJOR 0
#define LS_VERSION_MINOR 1
#define LS_VERSION_PATCH 0

#define LS_VERSION_STRING_(a, b, c) #a "." #b "." #c
#define LS_VERSION_STRING_X_(a, b, c) LS_VERSION_STRING_(a, b, c)
#define LS_VERSION_STRING LS_VERSION_STRING_X_(LS_VERSION_MAJOR, LS_VERSION_MINOR, LS_VERSION_PATCH)

// Everything public lives in ls::v0 (inline), so a future ABI break can move
// to v1 without changing how users spell names: ls::validation_error works.
#define LS_BEGIN_NAMESPACE namespace ls { inline namespace v0 {
#define LS_END_NAMESPACE } }

LS_BEGIN_NAMESPACE

/// The version libls was compiled as, e.g. "0.1.0". Compare with LS_VERSION_STRING
/// to detect a header/library mismatch.
const char* version() noexcept;

LS_END_NAMESPACE
