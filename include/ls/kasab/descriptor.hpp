#pragma once
/// \file
/// A descriptor: one statement in a cell of a KASAB chart ("reads the district's
/// definition of professional learning with the staff"), who wrote it, and whether the
/// team has agreed to it yet. Session I produces drafts; session II agrees them.

#include <ls/core/issue_sink.hpp>

#include <boost/describe.hpp>

#include <string>
#include <string_view>

LS_BEGIN_NAMESPACE
namespace kasab {

enum class descriptor_status { draft, agreed };
BOOST_DESCRIBE_ENUM(descriptor_status, draft, agreed)

struct kasab_descriptor {
  /// The statement itself.
  std::string text;
  /// Who proposed it (a person, a table group): kept so the facilitator can go back to
  /// its author when the wording is unclear.
  std::string author;
  descriptor_status status = descriptor_status::draft;

  friend bool operator==(const kasab_descriptor&, const kasab_descriptor&) = default;
};
BOOST_DESCRIBE_STRUCT(kasab_descriptor, (), (text, author, status))

/// Rules: text and author are not blank (kasab.blank_descriptor, kasab.blank_author).
void check(const kasab_descriptor& descriptor, const issue_sink& sink);

/// The form in which two descriptors are compared: ASCII letters lower-cased, runs of
/// spaces, tabs and line breaks made one space, leading and trailing space removed.
/// "Reads  the Data\n" and "reads the data" are the same descriptor. Non-ASCII letters
/// are compared as written (no Unicode case folding).
std::string normalised_descriptor_text(std::string_view text);

}  // namespace kasab
LS_END_NAMESPACE
