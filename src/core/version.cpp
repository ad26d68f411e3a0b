#include <ls/version.hpp>

LS_BEGIN_NAMESPACE

const char* version() noexcept { return LS_VERSION_STRING; }

LS_END_NAMESPACE
