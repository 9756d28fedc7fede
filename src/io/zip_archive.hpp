#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

struct zip;  // libzip's archive; only zip_archive.cpp includes libzip

namespace polyfon::io {

// A zip archive read from memory (libzip), for the packages of Office Open XML files. Reads one
// member at a time, each bounded in size, so that a small archive that inflates to gigabytes (a zip
// bomb) is refused rather than read. Not thread-safe.
class ZipArchive {
 public:
  // Opens `content`, which must outlive the archive. Fails with kInvalidArgument naming
  // `file_name` when `content` is empty or no zip archive (truncated ones included), with a hint
  // when it is an old .xls or a password-protected workbook.
  static core::Result<ZipArchive> Open(std::string_view file_name, std::string_view content);

  // The uncompressed bytes of member `name` (found ignoring case, as OPC part names are), or
  // nullopt if the archive has none. Fails with kInvalidArgument naming the file and the member
  // when it inflates to more than `max_bytes` (whatever its header claims) or cannot be read
  // (corrupt data, a wrong checksum, encryption).
  core::Result<std::optional<std::string>> Read(std::string_view name, size_t max_bytes) const;

 private:
  struct Closer {
    void operator()(zip* archive) const;
  };
  ZipArchive(std::string file_name, zip* archive) : file_name_(std::move(file_name)), zip_(archive) {}

  std::string file_name_;
  std::unique_ptr<zip, Closer> zip_;
};

// "64 MiB", "1.5 KiB": a byte count for messages.
std::string DescribeBytes(size_t bytes);

}  // namespace polyfon::io
