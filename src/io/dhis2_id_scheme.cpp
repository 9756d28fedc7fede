#include "io/dhis2_id_scheme.hpp"

#include <string>

#include "io/row_view.hpp"

namespace polyfon::io {

namespace {

// The members kIdSchemeKeys name, in the same order.
constexpr std::array<std::optional<IdScheme> IdSchemes::*, kIdSchemeKeys.size()> kMembers{
    &IdSchemes::general, &IdSchemes::element,         &IdSchemes::org_unit,
    &IdSchemes::combo,   &IdSchemes::attribute_combo, &IdSchemes::data_set};

}  // namespace

const char* IdSchemeName(IdScheme scheme) {
  switch (scheme) {
    case IdScheme::kCode: return "CODE";
    case IdScheme::kUid: return "UID";
  }
  return "CODE";
}

core::Result<IdScheme> ParseIdScheme(std::string_view text) {
  const std::string lower = AsciiLower(text);
  if (lower == "code") return IdScheme::kCode;
  if (lower == "uid") return IdScheme::kUid;
  return core::Status::InvalidArgument("'" + std::string(text) + "' is not supported (expected CODE or UID)");
}

bool IdSchemes::AllCode() const {
  return Element() == IdScheme::kCode && OrgUnit() == IdScheme::kCode && Combo() == IdScheme::kCode &&
         AttributeCombo() == IdScheme::kCode;
}

IdSchemes IdSchemes::Overridden(const IdSchemes& over) const {
  IdSchemes out = *this;
  for (const auto member : kMembers) {
    if (over.*member) out.*member = over.*member;
  }
  return out;
}

std::optional<IdScheme>* IdSchemeSlot(IdSchemes& schemes, std::string_view name) {
  for (size_t i = 0; i < kIdSchemeKeys.size(); ++i) {
    if (name == kIdSchemeKeys[i]) return &(schemes.*kMembers[i]);
  }
  return nullptr;
}

}  // namespace polyfon::io
