#include <ls/kasab/dimension.hpp>

#include <ls/catalog/catalog_set.hpp>
#include <ls/reflect/traits.hpp>

LS_BEGIN_NAMESPACE
namespace kasab {

std::string_view kasab_letter(kasab_dimension dimension) noexcept {
  switch (dimension) {
    case kasab_dimension::knowledge: return "K";
    case kasab_dimension::attitudes: return "A";
    case kasab_dimension::skills: return "S";
    case kasab_dimension::aspirations: return "A";
    case kasab_dimension::behaviors: return "B";
  }
  return "";
}

// Titles and descriptions are the kasab catalog's (data/catalogs/kasab.json): one source.
std::string_view kasab_dimension_title(kasab_dimension dimension) {
  return catalog::builtin_title(catalog::scheme::kasab, reflect::enumerator_name(dimension));
}

std::string_view kasab_dimension_description(kasab_dimension dimension) {
  return catalog::builtin_description(catalog::scheme::kasab, reflect::enumerator_name(dimension));
}

}  // namespace kasab
LS_END_NAMESPACE
