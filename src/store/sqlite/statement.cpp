#include "store/sqlite/statement.hpp"

#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

Result<bool> Statement::Step() {
  const int rc = StepRaw();
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status status = Error(rc);
  Reset();
  return status;
}

Status Statement::Run() {
  const int rc = StepRaw();
  Status status = (rc == SQLITE_DONE || rc == SQLITE_ROW) ? Status::Ok() : Error(rc);
  Reset();
  return status;
}

Status Statement::Error(int rc) const {
  const char* sql = sqlite3_sql(stmt_);
  return connection_->Error(rc, "running " + std::string(sql ? std::string_view(sql).substr(0, 60) : "") + "...");
}

}  // namespace polyfon::store::sqlite
