#pragma once
/// \file
/// The protocols libls ships: every file under data/protocols/, loaded through
/// ls::json::load<protocol> like a user's own file, so they obey the same rules. Their
/// texts are ours; their step numbers and minutes are those of the source (and so is a
/// session whose steps do not fill its time: such a protocol loads, and
/// ls::validate(p) shows the warning).
///
///   kasab_roles         declaring roles and responsibilities with KASAB (two sessions)
///   six_factor_support  assessing district support for professional learning

#include <ls/protocol/protocol.hpp>

#include <string>
#include <string_view>
#include <vector>

LS_BEGIN_NAMESPACE
namespace protocol {

/// Every built-in protocol, sorted by id.
std::vector<protocol> builtin_protocols();

/// The ids of the built-in protocols, sorted.
std::vector<std::string> builtin_protocol_ids();

/// The built-in protocol with this id; throws ls::error naming the known ids if there is
/// none.
protocol builtin_protocol(std::string_view id);

}  // namespace protocol
LS_END_NAMESPACE
