#include <ls/catalog/crosswalk.hpp>

#include <ls/core/text.hpp>

#include <algorithm>
#include <set>
#include <utility>

LS_BEGIN_NAMESPACE
namespace catalog {

namespace {
template <class Keep>
std::vector<crosswalk_link> links_where(const crosswalk& c, Keep keep) {
  std::vector<crosswalk_link> out;
  std::copy_if(c.links.begin(), c.links.end(), std::back_inserter(out), keep);
  return out;
}

void check_unlinked(const std::vector<std::string>& ids, const std::set<std::string>& linked,
                    const issue_sink& sink) {
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (linked.count(ids[i]))
      sink.at(i).error("crosswalk.linked_without_counterpart",
                       "\"" + ids[i] + "\" is said to have no counterpart but has a link");
}

void check_stable(const std::string& text, const issue_sink& sink, const char* code) {
  if (!is_stable_id(text)) sink.error(code, "\"" + text + "\" is not a stable id");
}
}  // namespace

std::vector<crosswalk_link> crosswalk::links_from(const std::string& from_id) const {
  return links_where(*this, [&](const crosswalk_link& l) { return l.from_id == from_id; });
}

std::vector<crosswalk_link> crosswalk::links_to(const std::string& to_id) const {
  return links_where(*this, [&](const crosswalk_link& l) { return l.to_id == to_id; });
}

void check(const crosswalk_link& link, const issue_sink& sink) {
  if (is_blank(link.from_id)) sink.at("from_id").error("crosswalk.blank_id", "a link needs a from_id");
  if (is_blank(link.to_id)) sink.at("to_id").error("crosswalk.blank_id", "a link needs a to_id");
}

void check(const crosswalk& value, const issue_sink& sink) {
  check_stable(value.id, sink.at("id"), "crosswalk.invalid_id");
  check_stable(value.from_scheme, sink.at("from_scheme"), "crosswalk.invalid_scheme");
  check_stable(value.to_scheme, sink.at("to_scheme"), "crosswalk.invalid_scheme");
  if (!value.from_scheme.empty() && value.from_scheme == value.to_scheme)
    sink.at("to_scheme").error("crosswalk.same_scheme",
                               "a crosswalk links two different catalogs");
  std::set<std::pair<std::string, std::string>> seen;
  std::set<std::string> linked_from, linked_to;
  for (std::size_t i = 0; i < value.links.size(); ++i) {
    const auto& link = value.links[i];
    if (!seen.emplace(link.from_id, link.to_id).second)
      sink.at("links").at(i).error("crosswalk.duplicate_link",
                                   link.from_id + " -> " + link.to_id + " is listed twice");
    linked_from.insert(link.from_id);
    linked_to.insert(link.to_id);
  }
  check_unlinked(value.from_without_counterpart, linked_from, sink.at("from_without_counterpart"));
  check_unlinked(value.to_without_counterpart, linked_to, sink.at("to_without_counterpart"));
}

}  // namespace catalog
LS_END_NAMESPACE
