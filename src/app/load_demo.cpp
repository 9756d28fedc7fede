#include "app/load_demo.hpp"

#include "app/bundled_data.hpp"

namespace polyfon::app {

core::Result<ImportReport> LoadDemo(core::Store& store, const std::string& now) {
  ImportRequest request;
  for (const BundledFile& file : BundledFiles()) {
    request.files.push_back({"data/" + std::string(file.name), std::string(file.content)});
  }
  request.options.stored_by = "polyfon demo";
  request.options.now = now;
  return ImportFiles(store, request);
}

}  // namespace polyfon::app
