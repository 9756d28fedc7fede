#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "io/px_keywords.hpp"

namespace polyfon::io {

// A PX-Axis TIMEVAL: the time variable's periods and the scale they are counted in.
struct PxTimeList {
  std::string scale;               // "A1" years, "H1" half-years, "Q1" quarters, "M1" months, "W1" weeks;
                                   // empty for a list without TLIST, as some old files write
  std::vector<std::string> codes;  // as written ("20061", "2006K1", "200409"); a range is expanded
};

// Reads TIMEVAL's value in any of its forms:
//   TLIST(A1),"2004","2005"     TLIST(A1,"1994"-"1996")     TLIST(A1),"1994"-"1996"     "2004","2005"
// Listed codes are kept as written, since producers differ ("20061" or "2006K1"); a range is
// expanded in the format's own codes (YYYY, YYYYH, YYYYQ, YYYYMM, YYYYWW with ISO weeks) and so
// must be written in them.
// Fails with kInvalidArgument as "FILE:LINE: TIMEVAL("period"): what".
core::Result<PxTimeList> ReadPxTimeList(std::string_view file_name, const PxRecord& record);

}  // namespace polyfon::io
