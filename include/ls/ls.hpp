#pragma once
/// \file
/// Everything public in libls. Include single headers instead to compile less.

#include <ls/version.hpp>

#include <ls/core/error.hpp>
#include <ls/core/issue.hpp>
#include <ls/core/issue_sink.hpp>
#include <ls/core/validate.hpp>
#include <ls/core/validation_report.hpp>

#include <ls/reflect/traits.hpp>

#include <ls/json/load.hpp>
#include <ls/json/read.hpp>
#include <ls/json/read_options.hpp>
#include <ls/json/serializer.hpp>
#include <ls/json/write.hpp>

#include <ls/survey/response_scale.hpp>

#include <ls/stats/moments.hpp>

#include <ls/public_types.hpp>
