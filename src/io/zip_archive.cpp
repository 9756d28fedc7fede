#include "io/zip_archive.hpp"

#include <zip.h>

#include <array>
#include <cstring>

namespace polyfon::io {

namespace {

constexpr std::string_view kCompoundFileMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// libzip's error text, released afterwards.
std::string ErrorText(zip_error_t& error) {
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

}  // namespace

void ZipArchive::Closer::operator()(zip* archive) const {
  if (archive != nullptr) zip_discard(archive);  // read-only: nothing to write back
}

std::string DescribeBytes(size_t bytes) {
  constexpr size_t kKiB = 1024;
  constexpr size_t kMiB = kKiB * 1024;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

core::Result<ZipArchive> ZipArchive::Open(std::string_view file_name, std::string_view content) {
  const std::string name(file_name);
  if (content.empty()) return core::Status::InvalidArgument(name + ": file is empty");
  // Excel saves password-protected workbooks, and old .xls ones, as OLE compound files.
  if (content.starts_with(kCompoundFileMagic)) {
    return core::Status::InvalidArgument(
        name + ": not an XLSX workbook (an old .xls file or a password-protected workbook; save it as .xlsx "
               "without a password)");
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(content.data(), content.size(), 0, &error);
  if (source == nullptr) return core::Status::Internal(name + ": cannot read the zip archive: " + ErrorText(error));
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    const bool not_zip = zip_error_code_zip(&error) == ZIP_ER_NOZIP;
    const std::string why = ErrorText(error);
    return core::Status::InvalidArgument(
        name + ": not an XLSX workbook (" +
        (not_zip ? std::string("not a zip archive, or a truncated one") : "a damaged zip archive: " + why) + ")");
  }
  zip_error_fini(&error);
  return ZipArchive(name, archive);
}

core::Result<std::optional<std::string>> ZipArchive::Read(std::string_view name, size_t max_bytes) const {
  const std::string member(name);
  const zip_int64_t index = zip_name_locate(zip_.get(), member.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::optional<std::string>();
  const auto where = [&](const std::string& what) {
    return core::Status::InvalidArgument(file_name_ + ": " + member + ": " + what);
  };
  const auto too_large = [&] { return where("more than " + DescribeBytes(max_bytes) + " uncompressed; not read"); };
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
      (stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > max_bytes) {
    return too_large();
  }
  zip_file_t* file = zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) return where(std::string("cannot be read (") + zip_strerror(zip_.get()) + ")");
  struct Close {
    zip_file_t* file;
    ~Close() { zip_fclose(file); }
  } close{file};
  // Read in chunks up to one byte past the limit: a header may understate the size.
  std::string bytes;
  std::array<char, 64 * 1024> chunk;
  while (true) {
    const zip_int64_t got = zip_fread(file, chunk.data(), chunk.size());
    if (got < 0) return where(std::string("cannot be read (") + zip_file_strerror(file) + ")");
    if (got == 0) break;
    if (bytes.size() + static_cast<size_t>(got) > max_bytes) return too_large();
    bytes.append(chunk.data(), static_cast<size_t>(got));
  }
  return std::optional<std::string>(std::move(bytes));
}

}  // namespace polyfon::io
