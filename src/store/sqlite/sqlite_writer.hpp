#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "core/store.hpp"
#include "store/sqlite/code_map.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/value_writer.hpp"

namespace polyfon::store::sqlite {

// A StoreWriter over one BEGIN IMMEDIATE transaction on its own connection, so the store's
// readers keep seeing the last commit until Commit(). SQLite's write lock makes it the only writer
// of the database, across processes too. Metadata puts compare with the stored row and write
// only a difference. After a put fails while writing, the transaction can only be discarded:
// every later call, Commit() included, returns that failure.
class SqliteWriter final : public core::StoreWriter {
 public:
  // Takes `connection` and begins the transaction. Fails with kUnavailable when another writer
  // keeps the lock longer than the connection's busy timeout.
  static core::Result<std::unique_ptr<SqliteWriter>> Begin(std::unique_ptr<Connection> connection);
  // Rolls back unless committed.
  ~SqliteWriter() override;

  core::Result<core::Change> PutOrgUnit(const core::OrgUnit& unit) override;
  core::Result<core::Change> ReplaceParentLinks(std::string_view child,
                                                std::span<const core::ParentLink> links) override;
  core::Result<core::Change> PutElement(const core::DataElement& element) override;
  core::Result<core::Change> PutCombo(const core::CategoryOptionCombo& combo) override;
  core::Result<core::Change> PutIndicator(const core::Indicator& indicator) override;
  core::Result<core::Change> PutParticipant(const core::Participant& participant) override;
  core::Result<core::Change> PutBody(const core::GovernanceBody& body) override;
  core::Result<core::Change> PutActivity(const core::Activity& activity) override;
  core::Result<core::Change> PutGoal(const core::Goal& goal) override;
  core::Result<core::Change> PutPlanItem(const core::PlanItem& item) override;
  core::Status DeleteRegistryItem(core::RegistryKind kind, std::string_view code) override;
  core::Result<core::WriteCounts> PutValues(std::span<const core::DataValue> values,
                                            const core::ImportSource& source) override;
  core::Result<core::UndoCounts> UndoSource(int64_t source_id, const core::ImportSource& undo) override;
  // Bumps meta.data_version if anything changed, then commits durably (synchronous=FULL).
  core::Status Commit() override;

 private:
  SqliteWriter(std::unique_ptr<Connection> connection, CodeMaps maps)
      : connection_(std::move(connection)), maps_(std::move(maps)), values_(*connection_, maps_) {}

  // Ok while puts may still run: not committed, nothing failed.
  core::Status Usable() const;
  // Runs `write` for a put that changes something; a failure poisons the transaction.
  core::Result<core::Change> Apply(core::Change change, const std::function<core::Status()>& write);
  // Runs an INSERT .. ON CONFLICT(code) DO UPDATE .. RETURNING id after `bind` bound it.
  core::Result<int64_t> Upsert(const char* sql, const std::function<void(Statement&)>& bind);
  // Replaces the child rows of `owner_id`: deletes them, then inserts one per item.
  // Puts registry item `item` of `kind`: compares it with the stored one (`read` by code) and,
  // if they differ, writes it as a whole with `write` (registry_writer.hpp).
  template <typename Item, typename Read, typename Write>
  core::Result<core::Change> PutRegistryItem(core::RegistryKind kind, const Item& item, Read read, Write write);
  template <typename Item>
  core::Status ReplaceChildren(const char* delete_sql, const char* insert_sql, int64_t owner_id,
                               const std::vector<Item>& items, void (*bind)(Statement&, const Item&));

  std::unique_ptr<Connection> connection_;
  CodeMaps maps_;
  ValueWriter values_;
  bool changed_ = false;
  bool finished_ = false;  // committed, or the commit failed and was rolled back
  core::Status failure_;
};

}  // namespace polyfon::store::sqlite
