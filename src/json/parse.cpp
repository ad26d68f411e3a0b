#include <ls/json/load.hpp>

#include <string>

LS_BEGIN_NAMESPACE
namespace json {

std::optional<nlohmann::json> parse(std::string_view text, validation_report& report,
                                    const read_options& options) {
  // The callback sees every value as it is parsed, so a hostile, deeply nested document
  // is rejected before a recursive reader could run out of stack on it.
  bool too_deep = false;
  auto limit_depth = [&](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (static_cast<std::size_t>(depth) > options.max_depth) too_deep = true;
    return !too_deep;
  };
  issue_sink sink(report);
  try {
    auto document = nlohmann::json::parse(text.begin(), text.end(), limit_depth);
    if (!too_deep) return document;
  } catch (const nlohmann::json::parse_error& e) {
    if (!too_deep) {
      sink.error("json.syntax", "not valid JSON at byte " + std::to_string(e.byte) + ": " +
                                    e.what());
      return std::nullopt;
    }
  }
  sink.error("json.too_deep",
             "nesting deeper than " + std::to_string(options.max_depth) + " levels");
  return std::nullopt;
}

}  // namespace json
LS_END_NAMESPACE
