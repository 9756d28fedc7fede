#pragma once

#include <string>
#include <string_view>

namespace polyfon::core {

// A text the cluster writes in the interface's three languages. Empty translations fall back to
// Nynorsk, the cluster's own language.
struct LocalText {
  std::string nn;
  std::string nb;
  std::string en;

  // The text in `language` ("nn", "nb", "en"), or the Nynorsk text when that one is empty.
  const std::string& In(std::string_view language) const;
  bool operator==(const LocalText&) const = default;
};

}  // namespace polyfon::core
