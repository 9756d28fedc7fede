#include "app/item_label.hpp"

namespace polyfon::app {

std::string ItemLabel(const std::string& item, const core::CatalogIndex& index) {
  if (const core::Indicator* indicator = index.FindIndicator(item)) return indicator->name;
  const size_t dot = item.find('.');
  const core::DataElement* element = index.FindElement(item.substr(0, dot));
  if (element == nullptr) return item;
  return dot == std::string::npos ? element->name : element->name + " (" + item.substr(dot + 1) + ")";
}

}  // namespace polyfon::app
