#include <ls/core/error.hpp>

LS_BEGIN_NAMESPACE

error::~error() = default;

validation_error::validation_error(validation_report report)
    : error("invalid input: " + report.to_string()), report_(std::move(report)) {}

validation_error::~validation_error() = default;

LS_END_NAMESPACE
