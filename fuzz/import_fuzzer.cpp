// libFuzzer entry point for one importer: FUZZ_FORMAT names the layout ("csv", "dhis2-json",
// "json-stat", "px", ...) as `polyfon import --format` takes it; "auto" fuzzes the detection too.
// Any input must give a batch or an error value: a crash, a sanitizer report, a leak or a hang is a
// bug. The catalog is the io tests' catalog of the real POLYFON codes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/importer.hpp"
#include "test_catalog.hpp"
#include "validation_fuzz_input.hpp"

namespace {

const polyfon::io::testing::CatalogHolder& Catalog() {
  static const auto* holder = new polyfon::io::testing::CatalogHolder();
  return *holder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  if (polyfon::fuzz::IsRulesTarget()) {
    polyfon::fuzz::FuzzRules(content, Catalog().index);
    return 0;
  }
  static const polyfon::io::ImportFormat format = *polyfon::io::ParseImportFormat(FUZZ_FORMAT);
  polyfon::io::ImportOptions options = polyfon::io::testing::TestOptions(format);
  auto batch = polyfon::io::ParseImport("fuzz", content, Catalog().index, options);
  if (batch) {
    // What a parser accepted must be consistent: no two values with the same key.
    for (size_t i = 1; i < batch->values.size() && i < 64; ++i) {
      if (batch->values[i].SameKey(batch->values[i - 1]) && batch->values[i] != batch->values[i - 1]) __builtin_trap();
    }
  }
  return 0;
}
