#include "store/memory/memory_store.hpp"

#include <mutex>
#include <optional>

#include "store/memory/memory_accounts.hpp"
#include "store/memory/memory_state.hpp"

namespace polyfon::store::memory {

using core::Change;
using core::Result;
using core::Status;

namespace {

class MemoryStore;

// Works on a private copy of the state; Commit() hands it to the store.
class MemoryWriter final : public core::StoreWriter {
 public:
  MemoryWriter(MemoryStore& store, MemoryState state) : store_(store), state_(std::move(state)) {
    state_.BeginTransaction();
  }
  ~MemoryWriter() override;

  Result<Change> PutOrgUnit(const core::OrgUnit& unit) override { return Track(state_.PutOrgUnit(unit)); }
  Result<Change> ReplaceParentLinks(std::string_view child, std::span<const core::ParentLink> links) override {
    return Track(state_.ReplaceParentLinks(child, links));
  }
  Result<Change> PutElement(const core::DataElement& element) override { return Track(state_.PutElement(element)); }
  Result<Change> PutCombo(const core::CategoryOptionCombo& combo) override { return Track(state_.PutCombo(combo)); }
  Result<Change> PutIndicator(const core::Indicator& indicator) override {
    return Track(state_.PutIndicator(indicator));
  }
  Result<Change> PutParticipant(const core::Participant& participant) override {
    return Track(state_.PutParticipant(participant));
  }
  Result<Change> PutBody(const core::GovernanceBody& body) override { return Track(Registry().PutBody(body)); }
  Result<Change> PutActivity(const core::Activity& activity) override {
    return Track(Registry().PutActivity(activity));
  }
  Result<Change> PutGoal(const core::Goal& goal) override { return Track(Registry().PutGoal(goal)); }
  Result<Change> PutPlanItem(const core::PlanItem& item) override { return Track(Registry().PutPlanItem(item)); }
  Status DeleteRegistryItem(core::RegistryKind kind, std::string_view code) override {
    if (finished_) return Finished();
    Status status = Registry().Delete(kind, code);
    if (status.ok()) changed_ = true;
    return status;
  }
  Result<core::WriteCounts> PutValues(std::span<const core::DataValue> values,
                                      const core::ImportSource& source) override {
    if (finished_) return Finished();
    Result<core::WriteCounts> counts = state_.PutValues(values, source);
    if (counts && counts->changed() > 0) changed_ = true;
    return counts;
  }
  Result<core::UndoCounts> UndoSource(int64_t source_id, const core::ImportSource& undo) override {
    if (finished_) return Finished();
    Result<core::UndoCounts> counts = state_.UndoSource(source_id, undo);
    if (counts) changed_ = true;  // the undo's own record, at least
    return counts;
  }
  Status Commit() override;

 private:
  MemoryRegistry& Registry() { return state_.registry(); }
  static Status Finished() { return Status::Internal("write transaction on the memory store already ended"); }
  Result<Change> Track(Result<Change> change) {
    if (finished_) return Finished();
    if (change && *change != Change::kUnchanged) changed_ = true;
    return change;
  }

  MemoryStore& store_;
  MemoryState state_;
  bool changed_ = false;
  bool finished_ = false;
};

class MemoryStore final : public core::Store {
 public:
  Result<core::Catalog> LoadCatalog() override {
    std::lock_guard lock(mutex_);
    return state_.Catalog();
  }
  Result<core::ClusterRegistry> LoadRegistry() override {
    std::lock_guard lock(mutex_);
    return state_.registry().Registry();
  }
  Result<std::vector<core::DataValue>> LoadValues(const core::ValueFilter& filter) override {
    std::lock_guard lock(mutex_);
    return state_.Values(filter);
  }
  Result<std::vector<core::ValueChange>> LoadHistory(const core::HistoryFilter& filter) override {
    std::lock_guard lock(mutex_);
    return state_.History(filter);
  }
  Result<std::vector<core::RecordedSource>> LoadSources() override {
    std::lock_guard lock(mutex_);
    return state_.Sources();
  }
  Result<std::unique_ptr<core::StoreWriter>> BeginWrite() override {
    std::lock_guard lock(mutex_);
    if (writer_open_) {
      return Status::Unavailable("the memory store already has an open write transaction; one writer at a time");
    }
    writer_open_ = true;
    return std::unique_ptr<core::StoreWriter>(std::make_unique<MemoryWriter>(*this, state_));
  }
  Result<int64_t> DataVersion() override {
    std::lock_guard lock(mutex_);
    return state_.data_version();
  }
  core::AccountStore& Accounts() override { return accounts_; }

  // Ends the open write transaction, installing its state if it changed anything. Like SQLite's
  // lock, the writer slot is free again from the commit on, not only from the writer's destruction.
  void Finish(std::optional<MemoryState> state) {
    std::lock_guard lock(mutex_);
    if (state) state_ = std::move(*state);
    writer_open_ = false;
  }
  void ReleaseWriter() {
    std::lock_guard lock(mutex_);
    writer_open_ = false;
  }

 private:
  std::mutex mutex_;  // guards everything below
  MemoryState state_;
  bool writer_open_ = false;
  MemoryAccounts accounts_;  // guarded by its own mutex; not part of the data, so not copied by writers
};

MemoryWriter::~MemoryWriter() {
  if (!finished_) store_.ReleaseWriter();
}

Status MemoryWriter::Commit() {
  if (finished_) return Finished();
  finished_ = true;
  if (changed_) state_.BumpDataVersion();
  store_.Finish(changed_ ? std::optional<MemoryState>(std::move(state_)) : std::nullopt);
  return Status::Ok();
}

}  // namespace

std::unique_ptr<core::Store> NewMemoryStore() { return std::make_unique<MemoryStore>(); }

}  // namespace polyfon::store::memory
