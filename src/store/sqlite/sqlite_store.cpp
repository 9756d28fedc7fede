#include "store/sqlite/sqlite_store.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "store/sqlite/catalog_reader.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/history_reader.hpp"
#include "store/sqlite/migrations.hpp"
#include "store/sqlite/registry_reader.hpp"
#include "store/sqlite/sqlite_accounts.hpp"
#include "store/sqlite/sqlite_writer.hpp"
#include "store/sqlite/value_reader.hpp"

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

namespace {

constexpr const char* kMemoryPath = ":memory:";

// The file behind ":memory:". SQLite's own in-memory databases cannot be shared by two
// connections in WAL mode, and the store needs a writer connection beside its reader.
Result<std::string> CreateTemporaryFile() {
  std::error_code error;
  std::filesystem::path folder = std::filesystem::temp_directory_path(error);
  if (error) folder = "/tmp";
  std::string name = (folder / "polyfon-memory-XXXXXX").string();
  const int fd = mkstemp(name.data());
  if (fd < 0) {
    return Status::Unavailable("cannot create a temporary file for database :memory: in " + folder.string() + ": " +
                               std::strerror(errno));
  }
  close(fd);
  return name;
}

void RemoveDatabaseFiles(const std::string& file) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(file + suffix, ignored);
}

class SqliteStore final : public core::Store {
 public:
  SqliteStore(std::string file, std::string label, ConnectionOptions writer_options, bool temporary,
              std::unique_ptr<Connection> reader)
      : file_(std::move(file)),
        label_(std::move(label)),
        writer_options_(writer_options),
        temporary_(temporary),
        reader_(std::move(reader)),
        accounts_(*reader_, mutex_, file_, label_, writer_options_) {}

  ~SqliteStore() override {
    reader_.reset();
    if (temporary_) RemoveDatabaseFiles(file_);
  }

  Result<core::Catalog> LoadCatalog() override {
    std::lock_guard lock(mutex_);
    return InReadTransaction([&] { return ReadCatalog(*reader_); });
  }

  Result<core::ClusterRegistry> LoadRegistry() override {
    std::lock_guard lock(mutex_);
    return InReadTransaction([&] { return ReadRegistry(*reader_); });
  }

  Result<std::vector<core::DataValue>> LoadValues(const core::ValueFilter& filter) override {
    std::lock_guard lock(mutex_);
    return InReadTransaction([&] { return ReadValues(*reader_, filter); });
  }

  Result<std::vector<core::ValueChange>> LoadHistory(const core::HistoryFilter& filter) override {
    std::lock_guard lock(mutex_);
    return InReadTransaction([&] { return ReadHistory(*reader_, filter); });
  }

  Result<std::vector<core::RecordedSource>> LoadSources() override {
    std::lock_guard lock(mutex_);
    return InReadTransaction([&] { return ReadSources(*reader_); });
  }

  Result<std::unique_ptr<core::StoreWriter>> BeginWrite() override {
    POLYFON_ASSIGN_OR_RETURN(auto connection, Connection::Open(file_, label_, writer_options_));
    // A bulk import touches many pages; 64 MiB of cache keeps the B-trees' upper levels in memory.
    POLYFON_RETURN_IF_ERROR(connection->Exec("PRAGMA cache_size = -65536"));
    POLYFON_ASSIGN_OR_RETURN(auto writer, SqliteWriter::Begin(std::move(connection)));
    return std::unique_ptr<core::StoreWriter>(std::move(writer));
  }

  Result<int64_t> DataVersion() override {
    std::lock_guard lock(mutex_);
    POLYFON_ASSIGN_OR_RETURN(Statement * statement,
                             reader_->Cached("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'"));
    int64_t version = 0;
    POLYFON_RETURN_IF_ERROR(statement->ForEach([&](Statement& row) { version = row.Int(0); }));
    return version;
  }

  core::AccountStore& Accounts() override { return accounts_; }

 private:
  // Runs `read` in one read transaction, so that what it reads in several queries comes from the
  // same commit. REQUIRES: mutex_ is held.
  template <typename Read>
  auto InReadTransaction(Read read) -> decltype(read()) {
    POLYFON_RETURN_IF_ERROR(reader_->Exec("BEGIN"));
    auto result = read();
    Status end = reader_->Exec(result ? "COMMIT" : "ROLLBACK");
    if (result && !end.ok()) return end;
    return result;
  }

  const std::string file_;
  const std::string label_;
  const ConnectionOptions writer_options_;
  const bool temporary_;
  std::mutex mutex_;  // guards reader_
  std::unique_ptr<Connection> reader_;
  SqliteAccounts accounts_;  // uses reader_ and mutex_
};

}  // namespace

Result<std::unique_ptr<core::Store>> OpenSqliteStore(const std::string& path, OpenMode mode,
                                                     const SqliteOptions& options) {
  const bool temporary = path == kMemoryPath;
  std::string file = path;
  if (temporary) {
    POLYFON_ASSIGN_OR_RETURN(file, CreateTemporaryFile());
  } else if (mode == OpenMode::kMustExist) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      return Status::NotFound("database " + path + " does not exist; run 'polyfon init' or 'polyfon demo' first");
    }
  }
  const ConnectionOptions connection_options{.create = mode == OpenMode::kCreateIfMissing || temporary,
                                             .busy_timeout_ms = options.busy_timeout_ms,
                                             .durable = !temporary};
  Result<std::unique_ptr<Connection>> reader = Connection::Open(file, path, connection_options);
  Status status = reader.status();
  if (status.ok()) status = Migrate(**reader);
  // The reader never writes; saying so turns a stray write into an error instead of a surprise.
  if (status.ok()) status = (*reader)->Exec("PRAGMA query_only = ON");
  if (!status.ok()) {
    if (temporary) {
      if (reader) reader->reset();
      RemoveDatabaseFiles(file);
    }
    return status;
  }
  ConnectionOptions writer_options = connection_options;
  writer_options.create = false;
  return std::unique_ptr<core::Store>(
      new SqliteStore(std::move(file), path, writer_options, temporary, std::move(reader).value()));
}

}  // namespace polyfon::store::sqlite
