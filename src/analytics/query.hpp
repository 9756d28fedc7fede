#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analytics/value_cube.hpp"
#include "core/catalog.hpp"
#include "core/period.hpp"
#include "core/status.hpp"

namespace polyfon::analytics {

enum class RowStatus { kOk, kSuppressed, kMissing };
const char* RowStatusName(RowStatus status);  // "ok", "suppressed", "missing"

// One cell of a query: data item (dx) × org unit (ou) × period (pe). Numbers are absent when the
// status is not ok. For an indicator, numerator and denominator are the aggregated sides; for a
// data element, value is the aggregate and numerator/denominator are absent. The interval is the
// exact Poisson interval where the numerator is a count.
struct ResultRow {
  std::string dx;
  std::string ou;
  std::string pe;
  RowStatus status = RowStatus::kMissing;
  std::optional<double> value;
  std::optional<double> numerator;
  std::optional<double> denominator;
  std::optional<double> ci_low;
  std::optional<double> ci_high;
};

struct QuerySpec {
  std::vector<std::string> items;      // indicator codes or data references ("mt_patients.IBBE10")
  std::vector<std::string> org_units;  // codes
  std::vector<core::Period> periods;
  double level = 0.95;                 // confidence level of intervals
  bool public_output = false;          // hide small counts
  int min_count = 5;                   // with public_output: counts 1..min_count-1 are suppressed
  // With public_output: org units whose counts the reader knows (a reporter's own), shown as they
  // are and treated as known when protecting the others (Suppression::Compute).
  std::set<std::string> known_units;
};

// The data elements a query reads, so the caller loads only those. Fails with kNotFound naming an
// item that is neither an indicator nor a data element.
core::Result<std::vector<std::string>> ElementsNeeded(const core::CatalogIndex& catalog,
                                                      const std::vector<std::string>& items);

// Computes every cell, in the order items × org units × periods. Fails with kNotFound for an
// unknown item or org unit and kInvalidArgument for a level outside (0, 1). Suppression here is
// primary only (each small count on its own).
core::Result<std::vector<ResultRow>> RunQuery(const core::CatalogIndex& catalog, const ValueCube& cube,
                                              const QuerySpec& spec);

}  // namespace polyfon::analytics
