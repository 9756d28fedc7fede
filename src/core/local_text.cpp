#include "core/local_text.hpp"

namespace polyfon::core {

const std::string& LocalText::In(std::string_view language) const {
  if (language == "nb" && !nb.empty()) return nb;
  if (language == "en" && !en.empty()) return en;
  return nn;
}

}  // namespace polyfon::core
