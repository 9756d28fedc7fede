#pragma once

#include <cstddef>
#include <string>

#include "core/date.hpp"
#include "core/status.hpp"
#include "core/store.hpp"
#include "io/xlsx_template_writer.hpp"

namespace polyfon::app {

// Which yearly reporting template to make.
struct TemplateRequest {
  std::string participant;  // participant code
  int year = 0;             // the year reported for
  core::Date day;           // the hierarchy of this day decides the units below the participant's
  // Public output (anonymous web requests): last year's small counts are hidden, as the web form's
  // GET /api/dataValueSets hides them, and shown as "prikka".
  bool public_output = false;
};

// The figures the template asks for, chosen as the web reporting form (web/ui report.ts) chooses
// them, so a template and the form ask for the same: the participant's org unit and the units
// below it on `day`; the data elements mt_positions, mt_patients and any whose code names an
// activity, in that order; and for each element the total (combo "default") and then each of its
// combos (mt_patients: IBBE10, IBBE20). Each row carries the element's value type, the value
// stored for the year before, and the value and comment already stored for the year (prefilled,
// as the form prefills its fields; with public output a hidden small count is left empty). Fails with kNotFound for an unknown participant, kInvalidArgument
// for a year outside 1900-9999, kFailedPrecondition for a participant tied to no org unit (there is
// nothing to report for), and passes on store errors.
core::Result<io::TemplateSheet> BuildReportingTemplate(core::Store& store, const TemplateRequest& request);

// A template as a file to offer: its name ("rapport-HELSE-BERGEN-2025.xlsx", safe in a header) and
// its .xlsx bytes.
struct RenderedTemplate {
  std::string file_name;
  std::string bytes;
  size_t rows = 0;  // figures asked for
};

// BuildReportingTemplate written as .xlsx (io::WriteXlsxTemplate); fails as they do.
core::Result<RenderedTemplate> RenderReportingTemplate(core::Store& store, const TemplateRequest& request);

}  // namespace polyfon::app
