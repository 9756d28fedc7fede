#pragma once

#include <memory>

#include "core/store.hpp"

namespace polyfon::testing {

// Wraps a store and makes its writer fail at a chosen point (leveldb's FaultInjectionTestEnv idea),
// to prove that a failure anywhere in a write leaves the store as it was.
class FaultInjectingStore : public core::Store {
 public:
  enum class Fault { kNone, kPutValues, kPutRegistry, kCommit };

  explicit FaultInjectingStore(core::Store& inner) : inner_(inner) {}
  // The `nth` (1-based) PutValues call, the `nth` registry item put (body, activity, goal or plan
  // item), or the commit, fails with kUnavailable.
  void FailAt(Fault fault, int nth = 1) {
    fault_ = fault;
    nth_ = nth;
  }

  core::Result<core::Catalog> LoadCatalog() override { return inner_.LoadCatalog(); }
  core::Result<core::ClusterRegistry> LoadRegistry() override { return inner_.LoadRegistry(); }
  core::Result<std::vector<core::DataValue>> LoadValues(const core::ValueFilter& f) override {
    return inner_.LoadValues(f);
  }
  core::Result<std::vector<core::ValueChange>> LoadHistory(const core::HistoryFilter& f) override {
    return inner_.LoadHistory(f);
  }
  core::Result<std::vector<core::RecordedSource>> LoadSources() override { return inner_.LoadSources(); }
  core::Result<int64_t> DataVersion() override { return inner_.DataVersion(); }
  // Account writes are not data writes and get no faults.
  core::AccountStore& Accounts() override { return inner_.Accounts(); }
  core::Result<std::unique_ptr<core::StoreWriter>> BeginWrite() override;

 private:
  class Writer;
  core::Store& inner_;
  Fault fault_ = Fault::kNone;
  int nth_ = 1;
};

class FaultInjectingStore::Writer : public core::StoreWriter {
 public:
  Writer(std::unique_ptr<core::StoreWriter> inner, Fault fault, int nth)
      : inner_(std::move(inner)), fault_(fault), nth_(nth) {}

  core::Result<core::Change> PutOrgUnit(const core::OrgUnit& x) override { return inner_->PutOrgUnit(x); }
  core::Result<core::Change> ReplaceParentLinks(std::string_view child,
                                                std::span<const core::ParentLink> links) override {
    return inner_->ReplaceParentLinks(child, links);
  }
  core::Result<core::Change> PutElement(const core::DataElement& x) override { return inner_->PutElement(x); }
  core::Result<core::Change> PutCombo(const core::CategoryOptionCombo& x) override { return inner_->PutCombo(x); }
  core::Result<core::Change> PutIndicator(const core::Indicator& x) override { return inner_->PutIndicator(x); }
  core::Result<core::Change> PutParticipant(const core::Participant& x) override { return inner_->PutParticipant(x); }
  core::Result<core::Change> PutBody(const core::GovernanceBody& x) override { return Registry(inner_->PutBody(x)); }
  core::Result<core::Change> PutActivity(const core::Activity& x) override { return Registry(inner_->PutActivity(x)); }
  core::Result<core::Change> PutGoal(const core::Goal& x) override { return Registry(inner_->PutGoal(x)); }
  core::Result<core::Change> PutPlanItem(const core::PlanItem& x) override { return Registry(inner_->PutPlanItem(x)); }
  core::Status DeleteRegistryItem(core::RegistryKind kind, std::string_view code) override {
    return inner_->DeleteRegistryItem(kind, code);
  }
  core::Result<core::WriteCounts> PutValues(std::span<const core::DataValue> values,
                                            const core::ImportSource& source) override {
    auto result = inner_->PutValues(values, source);  // the write happens, then the "crash"
    if (fault_ == Fault::kPutValues && ++calls_ == nth_) return core::Status::Unavailable("injected fault in PutValues");
    return result;
  }
  core::Result<core::UndoCounts> UndoSource(int64_t source_id, const core::ImportSource& undo) override {
    return inner_->UndoSource(source_id, undo);
  }
  core::Status Commit() override {
    if (fault_ == Fault::kCommit) return core::Status::Unavailable("injected fault in Commit");
    return inner_->Commit();
  }

 private:
  // The put happens, then the "crash", as for PutValues.
  core::Result<core::Change> Registry(core::Result<core::Change> result) {
    if (fault_ == Fault::kPutRegistry && ++calls_ == nth_) {
      return core::Status::Unavailable("injected fault in a registry put");
    }
    return result;
  }

  std::unique_ptr<core::StoreWriter> inner_;
  Fault fault_;
  int nth_;
  int calls_ = 0;
};

inline core::Result<std::unique_ptr<core::StoreWriter>> FaultInjectingStore::BeginWrite() {
  auto inner = inner_.BeginWrite();
  if (!inner) return inner.error();
  return std::unique_ptr<core::StoreWriter>(std::make_unique<Writer>(std::move(*inner), fault_, nth_));
}

}  // namespace polyfon::testing
