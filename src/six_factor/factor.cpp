#include <ls/six_factor/factor.hpp>

#include <ls/catalog/catalog_set.hpp>
#include <ls/reflect/traits.hpp>

LS_BEGIN_NAMESPACE
namespace six_factor {

int support_factor_number(support_factor factor) noexcept {
  switch (factor) {
    case support_factor::compelling_vision: return 1;
    case support_factor::standards_driven: return 2;
    case support_factor::definition_of_professional_learning: return 3;
    case support_factor::new_roles_and_responsibilities: return 4;
    case support_factor::evaluation: return 5;
    case support_factor::resources: return 6;
  }
  return 0;
}

// Titles and descriptions are the six_factor catalog's (data/catalogs/six_factor.json).
std::string_view support_factor_title(support_factor factor) {
  return catalog::builtin_title(catalog::scheme::six_factor, reflect::enumerator_name(factor));
}

std::string_view support_factor_description(support_factor factor) {
  return catalog::builtin_description(catalog::scheme::six_factor, reflect::enumerator_name(factor));
}

}  // namespace six_factor
LS_END_NAMESPACE
