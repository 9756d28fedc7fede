#include "cli/read_file.hpp"

#include <fstream>
#include <sstream>

namespace polyfon::cli {

core::Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Status::NotFound("cannot open " + path);
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return core::Status::Unavailable("cannot read " + path);
  return content.str();
}

}  // namespace polyfon::cli
