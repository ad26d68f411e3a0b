#include <ls/json/read.hpp>

#include <cmath>
#include <limits>

LS_BEGIN_NAMESPACE
namespace json {

std::string describe_kind(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number with a fraction";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "an unsupported value";
  }
}

namespace detail {

void report_type_mismatch(const nlohmann::json& in, const char* expected,
                          const issue_sink& sink) {
  sink.error("json.type_mismatch",
             std::string("expected ") + expected + ", got " + describe_kind(in));
}

void report_out_of_range(const nlohmann::json& in, const issue_sink& sink) {
  sink.error("json.out_of_range", in.dump() + " is out of range for this field");
}

bool read_double(const nlohmann::json& in, double& out, const issue_sink& sink) {
  if (in.is_number()) {
    out = in.get<double>();
    return true;
  }
  if (in.is_null()) {
    out = std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  if (in.is_string()) {
    const auto& text = in.get_ref<const std::string&>();
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (text == "NaN") out = std::numeric_limits<double>::quiet_NaN();
    else if (text == "Infinity") out = inf;
    else if (text == "-Infinity") out = -inf;
    else {
      report_type_mismatch(in, "a number, null, \"NaN\", \"Infinity\" or \"-Infinity\"", sink);
      return false;
    }
    return true;
  }
  report_type_mismatch(in, "a number", sink);
  return false;
}

bool read_int64(const nlohmann::json& in, std::int64_t& out, const issue_sink& sink) {
  if (in.is_number_unsigned()) {
    auto wide = in.get<std::uint64_t>();
    if (wide > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      report_out_of_range(in, sink);
      return false;
    }
    out = static_cast<std::int64_t>(wide);
    return true;
  }
  if (in.is_number_integer()) {
    out = in.get<std::int64_t>();
    return true;
  }
  report_type_mismatch(in, "an integer", sink);
  return false;
}

bool read_uint64(const nlohmann::json& in, std::uint64_t& out, const issue_sink& sink) {
  if (in.is_number_unsigned()) {
    out = in.get<std::uint64_t>();
    return true;
  }
  if (in.is_number_integer()) {  // a negative integer
    report_out_of_range(in, sink);
    return false;
  }
  report_type_mismatch(in, "a non-negative integer", sink);
  return false;
}

}  // namespace detail
}  // namespace json
LS_END_NAMESPACE
