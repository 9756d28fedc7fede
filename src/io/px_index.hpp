#pragma once

#include <map>
#include <string_view>
#include <tuple>

#include "core/status.hpp"
#include "io/px_keywords.hpp"

namespace polyfon::io {

// The records of a PX-Axis file that px_parser reads, checked and found by keyword, language and
// subkey. Points into the PxFile, which must outlive it.
class PxIndex {
 public:
  // Checks the value of every keyword the parser knows (a quoted text, a list of them, a whole
  // number, a TIMEVAL), refuses KEYS (sparse DATA), and indexes the records. Other keywords are
  // skipped. Fails with "FILE:LINE: NAME: what", e.g. "t.px:3: VALUES("a"): given twice (first on
  // line 2)" or "t.px:1: DECIMALS: expected a whole number, found two".
  static core::Result<PxIndex> Build(std::string_view file_name, const PxFile& file);

  // KEYWORD[language]("subkey"), or null. Records with two or more subkeys (PRECISION("variable",
  // "value")) are checked but not indexed.
  const PxRecord* Find(std::string_view keyword, std::string_view language = {}, std::string_view subkey = {}) const {
    const auto found = records_.find({keyword, language, subkey});
    return found == records_.end() ? nullptr : found->second;
  }

 private:
  std::map<std::tuple<std::string_view, std::string_view, std::string_view>, const PxRecord*> records_;
};

}  // namespace polyfon::io
