#pragma once

// The layout of the yearly reporting template (docs/formats/xlsx_template.md), shared by its
// writer and its parser so that what one writes the other finds. Texts a person reads are Nynorsk,
// with the codes a machine reads in brackets.

#include <array>
#include <cstddef>
#include <string_view>

namespace polyfon::io {

// The one sheet the template has and the parser reads.
inline constexpr std::string_view kTemplateSheet = "Rapport";

// The columns of the template's table, 0-based (A, B, ...).
enum TemplateColumn : size_t {
  kTemplateOrgUnit,      // A: org unit code
  kTemplateOrgUnitName,  // B
  kTemplateElement,      // C: data element code
  kTemplateElementName,  // D: what is reported, with the combo's meaning
  kTemplateCombo,        // E: category option combo code ("default" for the total)
  kTemplatePeriod,       // F: DHIS2 period id ("2025")
  kTemplateLastYear,     // G: the stored value of the year before (read-only)
  kTemplateValue,        // H: this year's value: the input
  kTemplateComment,      // I: a comment on the value: input too
};
inline constexpr size_t kTemplateColumnCount = 9;

// The table's header row. The parser finds the table by its first and value headers, so these are
// part of the format: change them and older templates no longer import.
inline constexpr std::array<std::string_view, kTemplateColumnCount> kTemplateHeaders{{
    "Eining (orgunit)",
    "Namn på eininga",
    "Dataelement (dataelement)",
    "Kva som skal rapporterast",
    "Kategori (categoryoptioncombo)",
    "Periode (period)",
    "Verdi i fjor",
    "Verdi i år (value)",
    "Kommentar (comment)",
}};

}  // namespace polyfon::io
