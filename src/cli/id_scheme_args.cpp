#include "cli/id_scheme_args.hpp"

#include <optional>
#include <string>

namespace polyfon::cli {

namespace {

struct SchemeOption {
  const char* name;
  const std::string& text;
  std::optional<io::IdScheme>& scheme;
};

}  // namespace

core::Result<io::IdSchemes> ParseIdSchemeArgs(const IdSchemeArgs& args) {
  io::IdSchemes schemes;
  const SchemeOption options[] = {
      {"--id-scheme", args.general, schemes.general},
      {"--data-element-id-scheme", args.element, schemes.element},
      {"--org-unit-id-scheme", args.org_unit, schemes.org_unit},
      {"--category-option-combo-id-scheme", args.combo, schemes.combo},
      {"--attribute-option-combo-id-scheme", args.attribute_combo, schemes.attribute_combo},
  };
  for (const SchemeOption& option : options) {
    if (option.text.empty()) continue;
    auto scheme = io::ParseIdScheme(option.text);
    if (!scheme) return core::Status::InvalidArgument(std::string(option.name) + ": " + scheme.error().message());
    option.scheme = *scheme;
  }
  return schemes;
}

}  // namespace polyfon::cli
