#include <ls/aggregate/suppression.hpp>

#include <ls/core/error.hpp>

#include <algorithm>
#include <limits>
#include <string>

LS_BEGIN_NAMESPACE
namespace aggregate {

namespace {

constexpr std::size_t none_node = std::numeric_limits<std::size_t>::max();

void require_tree(const std::vector<std::int64_t>& parents, const std::vector<std::size_t>& n,
                  std::size_t min_size) {
  if (min_size == 0) throw error("the minimum group size must be at least 1");
  if (parents.size() != n.size())
    throw error("suppression needs one count per node: " + std::to_string(parents.size()) +
                " parents, " + std::to_string(n.size()) + " counts");
  for (std::size_t v = 0; v < parents.size(); ++v) {
    const bool ok = v == 0 ? parents[v] == -1
                           : parents[v] >= 0 && static_cast<std::size_t>(parents[v]) < v;
    if (!ok)
      throw error("node " + std::to_string(v) + " has parent " + std::to_string(parents[v]) +
                  "; the root is node 0 (parent -1) and every other parent comes earlier");
  }
}

/// The state of one round: nearest published ancestor, hidden part of each published node,
/// piece of each suppressed node (its respondents in no published node below it).
struct layout {
  std::vector<std::size_t> known_above;  // nearest published strict ancestor, or none_node
  std::vector<std::size_t> hidden;       // published nodes: n minus published below
  std::vector<std::size_t> piece;        // suppressed nodes: n minus published below

  layout(const std::vector<std::int64_t>& parents, const std::vector<std::size_t>& n,
         const std::vector<suppression_reason>& status) {
    const std::size_t nodes = parents.size();
    auto published = [&](std::size_t v) { return status[v] == suppression_reason::none; };
    known_above.assign(nodes, none_node);
    for (std::size_t v = 1; v < nodes; ++v) {
      const auto p = static_cast<std::size_t>(parents[v]);
      known_above[v] = published(p) ? p : known_above[p];
    }
    hidden.assign(nodes, 0);
    piece.assign(nodes, 0);
    for (std::size_t v = 0; v < nodes; ++v) (published(v) ? hidden : piece)[v] = n[v];
    for (std::size_t d = 1; d < nodes; ++d) {
      if (!published(d)) continue;
      const auto k = known_above[d];
      if (k != none_node) hidden[k] -= n[d];
      for (auto u = static_cast<std::size_t>(parents[d]); u != k;) {
        piece[u] -= n[d];
        if (u == 0) break;
        u = static_cast<std::size_t>(parents[u]);
      }
    }
  }
};

bool is_below(const std::vector<std::int64_t>& parents, std::size_t node, std::size_t ancestor) {
  while (node != 0 && node != ancestor) node = static_cast<std::size_t>(parents[node]);
  return node == ancestor;
}

/// Published nodes grouped by their nearest published ancestor (slot `nodes` for none),
/// and the suppressed nodes that hold the whole hidden part of each published node.
struct neighbours {
  std::vector<std::vector<std::size_t>> published_below;
  std::vector<std::vector<std::size_t>> holders;

  neighbours(const std::vector<std::size_t>& n, const std::vector<suppression_reason>& status,
             const layout& at) {
    const std::size_t nodes = n.size();
    published_below.resize(nodes + 1);
    holders.resize(nodes);
    for (std::size_t v = 1; v < nodes; ++v) {
      const auto k = at.known_above[v];
      if (status[v] == suppression_reason::none)
        published_below[k == none_node ? nodes : k].push_back(v);
      else if (k != none_node && n[v] > 0 && at.hidden[k] > 0 && at.piece[v] == at.hidden[k])
        holders[k].push_back(v);
    }
  }

  /// Among the published nodes whose nearest published ancestor is `above` and that pass
  /// `allowed`: the first adding respondents to the hidden part, then the smallest, then
  /// the lowest index.
  template <class Allowed>
  std::size_t pick(const std::vector<std::size_t>& n, const layout& at, std::size_t above,
                   Allowed allowed) const {
    std::size_t best = none_node;
    auto better = [&](std::size_t d) {
      if (best == none_node) return true;
      const bool adds = at.hidden[d] > 0, best_adds = at.hidden[best] > 0;
      if (adds != best_adds) return adds;
      return n[d] < n[best];
    };
    const auto& list = published_below[above == none_node ? n.size() : above];
    for (auto d : list)
      if (allowed(d) && better(d)) best = d;
    return best;
  }
};

bool breaks_hidden_size(const layout& at, std::size_t s, std::size_t min_size) {
  return at.hidden[s] > 0 && at.hidden[s] < min_size;
}

}  // namespace

std::vector<std::size_t> disclosure_violations(const std::vector<std::int64_t>& parents,
                                               const std::vector<std::size_t>& n,
                                               const std::vector<suppression_reason>& status,
                                               std::size_t min_size) {
  require_tree(parents, n, min_size);
  if (status.size() != n.size()) throw error("suppression needs one status per node");
  const layout at(parents, n, status);
  const neighbours near(n, status, at);
  std::vector<std::size_t> out;
  for (std::size_t v = 0; v < n.size(); ++v) {
    const bool published = status[v] == suppression_reason::none;
    if (published && (n[v] < min_size || breaks_hidden_size(at, v, min_size) ||
                      !near.holders[v].empty()))
      out.push_back(v);
    else if (!published && n[v] > 0 && at.piece[v] == 0)
      out.push_back(v);
  }
  return out;
}

std::vector<suppression_reason> suppress(const std::vector<std::int64_t>& parents,
                                         const std::vector<std::size_t>& n,
                                         std::size_t min_size) {
  require_tree(parents, n, min_size);
  const std::size_t nodes = n.size();
  std::vector<suppression_reason> status(nodes, suppression_reason::none);
  for (std::size_t v = 0; v < nodes; ++v)
    if (n[v] < min_size) status[v] = suppression_reason::below_minimum;

  for (;;) {
    const layout at(parents, n, status);
    const neighbours near(n, status, at);
    std::vector<std::size_t> fixes;
    for (std::size_t v = 0; v < nodes; ++v) {
      if (status[v] == suppression_reason::none) {
        const auto& holders = near.holders[v];
        if (!breaks_hidden_size(at, v, min_size) && holders.empty()) continue;
        const auto d = near.pick(n, at, v, [&](std::size_t candidate) {
          return std::none_of(holders.begin(), holders.end(), [&](std::size_t x) {
            return is_below(parents, candidate, x);
          });
        });
        fixes.push_back(d != none_node ? d : v);
      } else if (n[v] > 0 && at.piece[v] == 0) {
        // v's respondents are all in published nodes below it, whose nearest published
        // ancestor is v's: one of them is found.
        const auto d = near.pick(n, at, at.known_above[v], [&](std::size_t candidate) {
          return is_below(parents, candidate, v);
        });
        if (d == none_node) throw error("suppression: no published group below node " + std::to_string(v));
        fixes.push_back(d);
      }
    }
    if (fixes.empty()) return status;
    for (auto d : fixes) status[d] = suppression_reason::complementary;
  }
}

}  // namespace aggregate
LS_END_NAMESPACE
