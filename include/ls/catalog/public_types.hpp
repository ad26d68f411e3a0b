#pragma once
/// \file
/// The public described types of ls::catalog, gathered by <ls/public_types.hpp>. Add every new
/// struct or enum of this folder here (structs after the types of their members).

#include <ls/catalog/catalog.hpp>
#include <ls/catalog/catalog_set.hpp>
#include <ls/catalog/crosswalk.hpp>
#include <ls/catalog/tag.hpp>

#include <boost/mp11/list.hpp>

LS_BEGIN_NAMESPACE
namespace catalog {

using public_enums = boost::mp11::mp_list<crosswalk_relation>;
using public_structs =
    boost::mp11::mp_list<tag, catalog_alias, catalog_entry, catalog, crosswalk_link, crosswalk,
                         tag_translation, catalog_set>;

}  // namespace catalog
LS_END_NAMESPACE
