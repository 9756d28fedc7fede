#pragma once

#include <string>

#include "core/catalog.hpp"

namespace polyfon::app {

// What a query item (analytics::QuerySpec::items) is called in downloads: an indicator's name, a
// data element's name, "Name (IBBE10)" for one disaggregation of an element, or the item itself
// when the catalog has none of these.
std::string ItemLabel(const std::string& item, const core::CatalogIndex& index);

}  // namespace polyfon::app
