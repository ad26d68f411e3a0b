#include <ls/core/issue.hpp>
#include <ls/reflect/traits.hpp>

LS_BEGIN_NAMESPACE

std::string to_string(const issue& problem) {
  std::string line(reflect::enumerator_name(problem.severity));
  line += ' ';
  line += problem.code;
  line += " at ";
  line += problem.path.empty() ? "(document)" : problem.path;
  line += ": ";
  line += problem.message;
  return line;
}

LS_END_NAMESPACE
