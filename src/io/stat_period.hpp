#pragma once

#include <string>
#include <string_view>

#include "core/status.hpp"

namespace polyfon::io {

// The DHIS2 period id of a time category as statistics offices write it:
//   years     "2020"                                  -> "2020"
//   quarters  "2020K1" (SSB), "20201" (PX), "2020Q1"  -> "2020Q1"
//   months    "2020M01" (SSB), "202001" (PX, DHIS2)   -> "202001"
//   weeks     "2020U01" (SSB), "2020W01", "2020W1"    -> "2020W01"
// Fails with kInvalidArgument saying which forms are read, or why a recognised one is out of range
// ("'2020M13': month must be 01 to 12"). Half-years, school years ("2020-2021") and days are not
// read: Polyfon stores no such periods.
core::Result<std::string> StatPeriodId(std::string_view code);

}  // namespace polyfon::io
