#include "app/reporting_template.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <tuple>

#include "app/export_values.hpp"
#include "core/catalog.hpp"
#include "core/period.hpp"

namespace polyfon::app {

namespace {

// The elements the web form asks for first, in its order (report.ts: REPORTED).
constexpr std::array<std::string_view, 2> kReported{"mt_positions", "mt_patients"};

// Nynorsk names where the web form's i18n has them (dx.*); other elements and combos keep the
// catalog's name.
std::string ElementName(const core::DataElement& element) {
  if (element.code == "mt_positions") return "Musikkterapistillingar (årsverk)";
  if (element.code == "mt_patients") return "Pasientar med musikkterapikode (ulike personar)";
  return element.name;
}

std::string ComboName(const core::CatalogIndex& index, std::string_view combo) {
  if (combo == core::kDefaultCombo) return "totalt";
  if (combo == "IBBE10") return "individuell musikkterapi (IBBE10)";
  if (combo == "IBBE20") return "gruppemusikkterapi (IBBE20)";
  const core::CategoryOptionCombo* found = index.FindCombo(combo);
  return found != nullptr ? found->name : std::string(combo);
}

// report.ts's reportable(): the two reported elements and any whose code names an activity,
// reported ones first in their order, then the rest in catalog order.
std::vector<const core::DataElement*> ReportableElements(const core::Catalog& catalog) {
  const auto names_activity = [](std::string code) {
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::tolower(c); });
    return code.find("activit") != std::string::npos;
  };
  const auto rank = [](const core::DataElement* element) {
    const auto it = std::find(kReported.begin(), kReported.end(), element->code);
    return static_cast<size_t>(it - kReported.begin());
  };
  std::vector<const core::DataElement*> chosen;
  for (const core::DataElement& element : catalog.elements) {
    if (rank(&element) < kReported.size() || names_activity(element.code)) chosen.push_back(&element);
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [&](const core::DataElement* a, const core::DataElement* b) { return rank(a) < rank(b); });
  return chosen;
}

// Help lines for the elements the template has.
std::vector<std::string> Notes(const std::vector<const core::DataElement*>& elements) {
  std::vector<std::string> notes;
  for (const core::DataElement* element : elements) {
    if (element->code == "mt_positions") {
      notes.push_back("Musikkterapistillingar (mt_positions): årsverk; desimaltal er lov, til dømes 0,5 for ei halv "
                      "stilling.");
    } else if (element->code == "mt_patients") {
      notes.push_back("Pasientar (mt_patients): talet på ulike personar, totalt (default) og per prosedyrekode. "
                      "Totalen er ikkje summen av kodane: ein person kan ha fått begge.");
    }
  }
  return notes;
}

using ValueKey = std::tuple<std::string, std::string, std::string, std::string>;  // element, unit, combo, period

}  // namespace

core::Result<io::TemplateSheet> BuildReportingTemplate(core::Store& store, const TemplateRequest& request) {
  if (request.year < 1900 || request.year > 9999) {
    return core::Status::InvalidArgument("year must be from 1900 to 9999, not " + std::to_string(request.year));
  }
  POLYFON_ASSIGN_OR_RETURN(const core::Catalog catalog, store.LoadCatalog());
  const core::CatalogIndex index(catalog);
  const core::Participant* participant = index.FindParticipant(request.participant);
  if (participant == nullptr) return core::Status::NotFound("unknown participant '" + request.participant + "'");
  if (participant->org_unit.empty()) {
    return core::Status::FailedPrecondition("participant " + participant->code +
                                            " reports for no org unit (the participant register ties it to none)");
  }
  std::vector<std::string> units{participant->org_unit};
  for (std::string& child : index.ChildrenOn(participant->org_unit, request.day)) units.push_back(std::move(child));
  const std::vector<const core::DataElement*> elements = ReportableElements(catalog);

  // Last year's values, and this year's as far as they are stored (the form shows both).
  const std::string period = core::Period::Year(request.year).Id();
  const std::string last_period = core::Period::Year(request.year - 1).Id();
  ExportSpec spec;
  for (const core::DataElement* element : elements) spec.elements.push_back(element->code);
  spec.org_units = units;
  spec.periods = {core::Period::Year(request.year - 1), core::Period::Year(request.year)};
  spec.public_output = request.public_output;
  std::map<ValueKey, const ExportedValue*> stored;
  std::vector<ExportedValue> values;
  if (!elements.empty()) {
    POLYFON_ASSIGN_OR_RETURN(values, ExportValues(store, spec));
  }
  for (const ExportedValue& value : values) {
    const core::DataValue& v = value.value;
    if (v.attribute_combo != core::kDefaultCombo) continue;  // the form reports none other
    stored[{v.element, v.org_unit, v.combo, v.period}] = &value;
  }

  io::TemplateSheet sheet;
  sheet.participant_code = participant->code;
  sheet.participant_name = participant->name;
  sheet.year = request.year;
  sheet.period = period;
  sheet.notes = Notes(elements);
  for (const std::string& unit : units) {
    const core::OrgUnit* org_unit = index.FindOrgUnit(unit);
    for (const core::DataElement* element : elements) {
      std::vector<std::string> combos{std::string(core::kDefaultCombo)};
      combos.insert(combos.end(), element->combos.begin(), element->combos.end());
      for (const std::string& combo : combos) {
        io::TemplateRow row;
        row.org_unit = unit;
        row.org_unit_name = org_unit != nullptr ? org_unit->name : unit;
        row.element = element->code;
        row.element_name = ElementName(*element);
        if (!element->combos.empty()) row.element_name += " – " + ComboName(index, combo);
        row.combo = combo;
        row.value_type = element->value_type;
        if (const auto it = stored.find({element->code, unit, combo, last_period}); it != stored.end()) {
          row.last_year_suppressed = it->second->suppressed;
          if (!it->second->suppressed) row.last_year = it->second->value.value;
        }
        // A hidden small count is left empty: an empty cell imports as nothing, so it stays stored.
        if (const auto it = stored.find({element->code, unit, combo, period});
            it != stored.end() && !it->second->suppressed) {
          row.value = it->second->value.value;
          row.comment = it->second->value.provenance.comment;
        }
        sheet.rows.push_back(std::move(row));
      }
    }
  }
  return sheet;
}

core::Result<RenderedTemplate> RenderReportingTemplate(core::Store& store, const TemplateRequest& request) {
  POLYFON_ASSIGN_OR_RETURN(const io::TemplateSheet sheet, BuildReportingTemplate(store, request));
  POLYFON_ASSIGN_OR_RETURN(std::string bytes, io::WriteXlsxTemplate(sheet));
  // Codes come from the register; anything but letters, digits, '-' and '_' is still kept out of
  // the name, which goes into a Content-Disposition header.
  std::string code = sheet.participant_code;
  for (char& c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') c = '_';
  }
  return RenderedTemplate{"rapport-" + code + "-" + sheet.period + ".xlsx", std::move(bytes), sheet.rows.size()};
}

}  // namespace polyfon::app
