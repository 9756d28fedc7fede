#include "store/sqlite/sqlite_writer.hpp"

#include "store/put_checks.hpp"
#include "store/registry_checks.hpp"
#include "store/sqlite/catalog_reader.hpp"
#include "store/sqlite/registry_reader.hpp"
#include "store/sqlite/registry_writer.hpp"
#include "store/sqlite/source_undo.hpp"

namespace polyfon::store::sqlite {

using core::Change;
using core::Result;
using core::Status;

namespace {

// An element's combos and a participant's memberships are lists in core, rows with a position here.
void BindAlias(Statement& s, const std::string& alias) { s.BindText(3, alias); }
void BindComboCode(Statement& s, const std::string& combo) { s.BindText(3, combo); }

struct MembershipTexts {
  std::string status;
  std::string from;
};
void BindMembership(Statement& s, const MembershipTexts& m) {
  s.BindText(3, m.status);
  s.BindText(4, m.from);
}

std::optional<std::string> DateText(const std::optional<core::Date>& date) {
  return date ? std::optional<std::string>(date->ToString()) : std::nullopt;
}

void BindOptionalText(Statement& s, int index, const std::optional<std::string>& text) {
  if (text)
    s.BindText(index, *text);
  else
    s.BindNull(index);
}

}  // namespace

Result<std::unique_ptr<SqliteWriter>> SqliteWriter::Begin(std::unique_ptr<Connection> connection) {
  POLYFON_RETURN_IF_ERROR(connection->Exec("BEGIN IMMEDIATE"));
  Result<CodeMaps> maps = LoadCodeMaps(*connection);
  if (!maps) {
    (void)connection->Exec("ROLLBACK");
    return maps.error();
  }
  return std::unique_ptr<SqliteWriter>(new SqliteWriter(std::move(connection), std::move(maps).value()));
}

SqliteWriter::~SqliteWriter() {
  if (!finished_) (void)connection_->Exec("ROLLBACK");
}

Status SqliteWriter::Usable() const {
  if (!failure_.ok()) {
    return Status(failure_.code(),
                  "an earlier write in this transaction failed, so it can only be discarded: " + failure_.message());
  }
  if (finished_) return Status::Internal("write transaction on database " + connection_->label() + " already ended");
  return Status::Ok();
}

Result<Change> SqliteWriter::Apply(Change change, const std::function<Status()>& write) {
  Status status = write();
  if (!status.ok()) {
    failure_ = status;
    return status;
  }
  changed_ = true;
  return change;
}

Result<int64_t> SqliteWriter::Upsert(const char* sql, const std::function<void(Statement&)>& bind) {
  POLYFON_ASSIGN_OR_RETURN(Statement * statement, connection_->Cached(sql));
  bind(*statement);
  int64_t id = 0;
  POLYFON_RETURN_IF_ERROR(statement->ForEach([&](Statement& row) { id = row.Int(0); }));
  return id;
}

template <typename Item>
Status SqliteWriter::ReplaceChildren(const char* delete_sql, const char* insert_sql, int64_t owner_id,
                                     const std::vector<Item>& items, void (*bind)(Statement&, const Item&)) {
  POLYFON_ASSIGN_OR_RETURN(Statement * remove, connection_->Cached(delete_sql));
  remove->BindInt(1, owner_id);
  POLYFON_RETURN_IF_ERROR(remove->Run());
  POLYFON_ASSIGN_OR_RETURN(Statement * insert, connection_->Cached(insert_sql));
  for (size_t i = 0; i < items.size(); ++i) {
    insert->BindInt(1, owner_id);
    insert->BindInt(2, static_cast<int64_t>(i));
    bind(*insert, items[i]);
    POLYFON_RETURN_IF_ERROR(insert->Run());
  }
  return Status::Ok();
}

Result<Change> SqliteWriter::PutOrgUnit(const core::OrgUnit& unit) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckCode("org unit", unit.code));
  POLYFON_RETURN_IF_ERROR(CheckUid("org unit", unit.code, unit.uid));
  POLYFON_ASSIGN_OR_RETURN(auto stored, ReadOrgUnits(*connection_, unit.code));
  if (!stored.empty() && stored.front() == unit) return Change::kUnchanged;
  return Apply(stored.empty() ? Change::kInserted : Change::kUpdated, [&]() -> Status {
    POLYFON_ASSIGN_OR_RETURN(const int64_t id,
                             Upsert("INSERT INTO org_unit (code, name, kind, uid) VALUES (?1, ?2, ?3, ?4) "
                                    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                                    "uid = excluded.uid RETURNING id",
                                    [&](Statement& s) {
                                      s.BindText(1, unit.code);
                                      s.BindText(2, unit.name);
                                      s.BindText(3, core::OrgUnitKindName(unit.kind));
                                      s.BindText(4, unit.uid);
                                    }));
    maps_.org_units.insert_or_assign(unit.code, id);
    return ReplaceChildren("DELETE FROM org_unit_alias WHERE org_unit_id = ?1",
                           "INSERT INTO org_unit_alias (org_unit_id, position, alias) VALUES (?1, ?2, ?3)", id,
                           unit.aliases, BindAlias);
  });
}

Result<Change> SqliteWriter::ReplaceParentLinks(std::string_view child, std::span<const core::ParentLink> links) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckLinksOfChild(child, links));
  auto child_id = maps_.org_units.find(child);
  if (child_id == maps_.org_units.end()) return UnknownInLink(child, child);
  std::vector<int64_t> parent_ids;
  for (const core::ParentLink& link : links) {
    auto parent = maps_.org_units.find(link.parent);
    if (parent == maps_.org_units.end()) return UnknownInLink(child, link.parent);
    parent_ids.push_back(parent->second);
  }
  POLYFON_ASSIGN_OR_RETURN(auto stored, ReadParentLinks(*connection_, child));
  const Change change = LinksChange(stored, links);
  if (change == Change::kUnchanged) return change;
  return Apply(change, [&]() -> Status {
    POLYFON_ASSIGN_OR_RETURN(Statement * remove,
                             connection_->Cached("DELETE FROM org_unit_parent WHERE child_id = ?1"));
    remove->BindInt(1, child_id->second);
    POLYFON_RETURN_IF_ERROR(remove->Run());
    POLYFON_ASSIGN_OR_RETURN(Statement * insert,
                             connection_->Cached("INSERT INTO org_unit_parent (child_id, parent_id, valid_from, "
                                                 "valid_to) VALUES (?1, ?2, ?3, ?4)"));
    for (size_t i = 0; i < links.size(); ++i) {
      const auto from = DateText(links[i].valid_from), to = DateText(links[i].valid_to);
      insert->BindInt(1, child_id->second);
      insert->BindInt(2, parent_ids[i]);
      BindOptionalText(*insert, 3, from);
      BindOptionalText(*insert, 4, to);
      POLYFON_RETURN_IF_ERROR(insert->Run());
    }
    return Status::Ok();
  });
}

Result<Change> SqliteWriter::PutElement(const core::DataElement& element) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckCode("data element", element.code));
  POLYFON_RETURN_IF_ERROR(CheckUid("data element", element.code, element.uid));
  POLYFON_ASSIGN_OR_RETURN(auto stored, ReadElements(*connection_, element.code));
  if (!stored.empty() && stored.front() == element) return Change::kUnchanged;
  return Apply(stored.empty() ? Change::kInserted : Change::kUpdated, [&]() -> Status {
    POLYFON_ASSIGN_OR_RETURN(
        const int64_t id,
        Upsert("INSERT INTO data_element (code, name, value_type, aggregation, description, uid) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
               "value_type = excluded.value_type, aggregation = excluded.aggregation, "
               "description = excluded.description, uid = excluded.uid RETURNING id",
               [&](Statement& s) {
                 s.BindText(1, element.code);
                 s.BindText(2, element.name);
                 s.BindText(3, core::ValueTypeName(element.value_type));
                 s.BindText(4, core::AggregationTypeName(element.aggregation));
                 s.BindText(5, element.description);
                 s.BindText(6, element.uid);
               }));
    maps_.elements.insert_or_assign(element.code, id);
    return ReplaceChildren("DELETE FROM data_element_combo WHERE element_id = ?1",
                           "INSERT INTO data_element_combo (element_id, position, combo_code) VALUES (?1, ?2, ?3)", id,
                           element.combos, BindComboCode);
  });
}

Result<Change> SqliteWriter::PutCombo(const core::CategoryOptionCombo& combo) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckCode("category option combo", combo.code));
  POLYFON_RETURN_IF_ERROR(CheckUid("category option combo", combo.code, combo.uid));
  POLYFON_ASSIGN_OR_RETURN(auto stored, ReadCombos(*connection_, combo.code));
  if (!stored.empty() && stored.front() == combo) return Change::kUnchanged;
  return Apply(stored.empty() ? Change::kInserted : Change::kUpdated, [&]() -> Status {
    POLYFON_ASSIGN_OR_RETURN(const int64_t id,
                             Upsert("INSERT INTO category_option_combo (code, name, category, uid) "
                                    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                    "category = excluded.category, uid = excluded.uid RETURNING id",
                                    [&](Statement& s) {
                                      s.BindText(1, combo.code);
                                      s.BindText(2, combo.name);
                                      s.BindText(3, combo.category);
                                      s.BindText(4, combo.uid);
                                    }));
    maps_.combos.insert_or_assign(combo.code, id);
    return Status::Ok();
  });
}

Result<Change> SqliteWriter::PutIndicator(const core::Indicator& indicator) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckCode("indicator", indicator.code));
  POLYFON_ASSIGN_OR_RETURN(auto stored, ReadIndicators(*connection_, indicator.code));
  if (!stored.empty() && stored.front() == indicator) return Change::kUnchanged;
  return Apply(stored.empty() ? Change::kInserted : Change::kUpdated, [&]() -> Status {
    return Upsert(
               "INSERT INTO indicator (code, name, numerator_element, numerator_combo, denominator_element, "
               "denominator_combo, factor, poisson_interval, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
               "ON CONFLICT (code) DO UPDATE SET name = excluded.name, numerator_element = excluded.numerator_element, "
               "numerator_combo = excluded.numerator_combo, denominator_element = excluded.denominator_element, "
               "denominator_combo = excluded.denominator_combo, factor = excluded.factor, "
               "poisson_interval = excluded.poisson_interval, description = excluded.description RETURNING id",
               [&](Statement& s) {
                 s.BindText(1, indicator.code);
                 s.BindText(2, indicator.name);
                 s.BindText(3, indicator.numerator.element);
                 s.BindText(4, indicator.numerator.combo);
                 if (indicator.denominator) {
                   s.BindText(5, indicator.denominator->element);
                   s.BindText(6, indicator.denominator->combo);
                 } else {
                   s.BindNull(5);
                   s.BindNull(6);
                 }
                 s.BindReal(7, indicator.factor);
                 s.BindInt(8, indicator.poisson_interval ? 1 : 0);
                 s.BindText(9, indicator.description);
               })
        .status();
  });
}

Result<Change> SqliteWriter::PutParticipant(const core::Participant& participant) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckCode("participant", participant.code));
  POLYFON_ASSIGN_OR_RETURN(auto stored, ReadParticipants(*connection_, participant.code));
  if (!stored.empty() && stored.front() == participant) return Change::kUnchanged;
  return Apply(stored.empty() ? Change::kInserted : Change::kUpdated, [&]() -> Status {
    POLYFON_ASSIGN_OR_RETURN(
        const int64_t id,
        Upsert("INSERT INTO participant (code, name, type, helix, health_region, org_unit, note, contact) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
               "type = excluded.type, helix = excluded.helix, health_region = excluded.health_region, "
               "org_unit = excluded.org_unit, note = excluded.note, contact = excluded.contact RETURNING id",
               [&](Statement& s) {
                 s.BindText(1, participant.code);
                 s.BindText(2, participant.name);
                 s.BindText(3, participant.type);
                 s.BindText(4, core::HelixCategoryName(participant.helix));
                 s.BindText(5, participant.health_region);
                 s.BindText(6, participant.org_unit);
                 s.BindText(7, participant.note);
                 s.BindText(8, participant.contact);
               }));
    std::vector<MembershipTexts> history;
    for (const core::MembershipEntry& entry : participant.history) {
      history.push_back({core::MembershipStatusName(entry.status), entry.from.ToString()});
    }
    return ReplaceChildren("DELETE FROM participant_membership WHERE participant_id = ?1",
                           "INSERT INTO participant_membership (participant_id, position, status, from_date) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           id, history, BindMembership);
  });
}

template <typename Item, typename Read, typename Write>
Result<Change> SqliteWriter::PutRegistryItem(core::RegistryKind kind, const Item& item, Read read, Write write) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckCode(core::RegistryKindName(kind), item.code));
  POLYFON_ASSIGN_OR_RETURN(auto stored, read(*connection_, item.code));
  if (!stored.empty() && stored.front() == item) return Change::kUnchanged;
  return Apply(stored.empty() ? Change::kInserted : Change::kUpdated, [&] { return write(*connection_, item); });
}

Result<Change> SqliteWriter::PutBody(const core::GovernanceBody& body) {
  return PutRegistryItem(core::RegistryKind::kBody, CanonicalBody(body), ReadBodies, WriteBody);
}

Result<Change> SqliteWriter::PutActivity(const core::Activity& activity) {
  return PutRegistryItem(core::RegistryKind::kActivity, activity, ReadActivities, WriteActivity);
}

Result<Change> SqliteWriter::PutGoal(const core::Goal& goal) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(CheckTargets(goal));
  return PutRegistryItem(core::RegistryKind::kGoal, goal, ReadGoals, WriteGoal);
}

Result<Change> SqliteWriter::PutPlanItem(const core::PlanItem& item) {
  return PutRegistryItem(core::RegistryKind::kPlanItem, item, ReadPlanItems, WritePlanItem);
}

Status SqliteWriter::DeleteRegistryItem(core::RegistryKind kind, std::string_view code) {
  POLYFON_RETURN_IF_ERROR(Usable());
  Result<bool> deleted = DeleteItem(*connection_, kind, code);
  if (!deleted) {
    failure_ = deleted.error();
    return failure_;
  }
  if (!*deleted) return NotInRegistry(kind, code);  // nothing written: the writer stays usable
  changed_ = true;
  return Status::Ok();
}

Result<core::WriteCounts> SqliteWriter::PutValues(std::span<const core::DataValue> values,
                                                  const core::ImportSource& source) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_RETURN_IF_ERROR(values_.Resolve(values));  // nothing written yet: the writer stays usable
  Result<core::WriteCounts> counts = values_.Write(values, source);
  if (!counts) {
    failure_ = counts.error();
    return counts;
  }
  if (counts->changed() > 0) changed_ = true;
  return counts;
}

Result<core::UndoCounts> SqliteWriter::UndoSource(int64_t source_id, const core::ImportSource& undo) {
  POLYFON_RETURN_IF_ERROR(Usable());
  POLYFON_ASSIGN_OR_RETURN(const UndoPlan plan, PlanUndo(*connection_, source_id));  // a refusal writes nothing
  Result<core::UndoCounts> counts = ApplyUndo(*connection_, plan, undo);
  if (!counts) {
    failure_ = counts.error();
    return counts;
  }
  changed_ = true;  // the undo's own record, at least
  return counts;
}

Status SqliteWriter::Commit() {
  POLYFON_RETURN_IF_ERROR(Usable());
  finished_ = true;
  Status status = Status::Ok();
  if (changed_)
    status = connection_->Exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'");
  if (status.ok()) status = connection_->Exec("COMMIT");
  if (!status.ok()) {
    (void)connection_->Exec("ROLLBACK");
    failure_ = status;
  }
  return status;
}

}  // namespace polyfon::store::sqlite
