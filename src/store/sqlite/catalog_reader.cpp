#include "store/sqlite/catalog_reader.hpp"

#include <string>

#include "store/sqlite/row_decoding.hpp"

namespace polyfon::store::sqlite {

using core::Result;
using core::Status;

Result<std::vector<core::OrgUnit>> ReadOrgUnits(Connection& connection, std::optional<std::string_view> code) {
  WithChildren<core::OrgUnit> units;
  POLYFON_RETURN_IF_ERROR(Query(connection, "SELECT o.id, o.code, o.name, o.kind, o.uid FROM org_unit o", "o.code",
                                code, "o.id", [&](Statement& row) -> Status {
                                  core::OrgUnit unit;
                                  unit.code = row.Text(1);
                                  unit.name = row.Text(2);
                                  unit.uid = row.Text(4);
                                  POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseOrgUnitKind, row.TextView(3),
                                                                 "kind", "org unit " + unit.code, unit.kind));
                                  return units.AddMain(row.Int(0), std::move(unit));
                                }));
  POLYFON_RETURN_IF_ERROR(Query(connection,
                                "SELECT a.org_unit_id, a.alias FROM org_unit_alias a "
                                "JOIN org_unit o ON o.id = a.org_unit_id",
                                "o.code", code, "a.org_unit_id, a.position", [&](Statement& row) {
                                  if (auto* unit = units.Owner(row.Int(0))) unit->aliases.push_back(row.Text(1));
                                }));
  return units.Take();
}

Result<std::vector<core::ParentLink>> ReadParentLinks(Connection& connection, std::optional<std::string_view> child) {
  std::vector<core::ParentLink> links;
  POLYFON_RETURN_IF_ERROR(
      Query(connection,
            "SELECT c.code, p.code, l.valid_from, l.valid_to FROM org_unit_parent l "
            "JOIN org_unit c ON c.id = l.child_id JOIN org_unit p ON p.id = l.parent_id",
            "c.code", child, "l.child_id, l.id", [&](Statement& row) -> Status {
              core::ParentLink link;
              link.child = row.Text(0);
              link.parent = row.Text(1);
              const std::string owner = "the parent link of " + link.child;
              POLYFON_RETURN_IF_ERROR(DecodeDate(connection, row, 2, "valid_from", owner, link.valid_from));
              POLYFON_RETURN_IF_ERROR(DecodeDate(connection, row, 3, "valid_to", owner, link.valid_to));
              links.push_back(std::move(link));
              return Status::Ok();
            }));
  return links;
}

Result<std::vector<core::DataElement>> ReadElements(Connection& connection, std::optional<std::string_view> code) {
  WithChildren<core::DataElement> elements;
  POLYFON_RETURN_IF_ERROR(
      Query(connection,
            "SELECT e.id, e.code, e.name, e.value_type, e.aggregation, e.description, e.uid FROM data_element e",
            "e.code", code, "e.id", [&](Statement& row) -> Status {
              core::DataElement element;
              element.code = row.Text(1);
              element.name = row.Text(2);
              element.description = row.Text(5);
              element.uid = row.Text(6);
              const std::string owner = "data element " + element.code;
              POLYFON_RETURN_IF_ERROR(
                  Decode(connection, core::ParseValueType, row.TextView(3), "value_type", owner, element.value_type));
              POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseAggregationType, row.TextView(4), "aggregation",
                                             owner, element.aggregation));
              return elements.AddMain(row.Int(0), std::move(element));
            }));
  POLYFON_RETURN_IF_ERROR(Query(connection,
                                "SELECT c.element_id, c.combo_code FROM data_element_combo c "
                                "JOIN data_element e ON e.id = c.element_id",
                                "e.code", code, "c.element_id, c.position", [&](Statement& row) {
                                  if (auto* element = elements.Owner(row.Int(0)))
                                    element->combos.push_back(row.Text(1));
                                }));
  return elements.Take();
}

Result<std::vector<core::CategoryOptionCombo>> ReadCombos(Connection& connection,
                                                          std::optional<std::string_view> code) {
  std::vector<core::CategoryOptionCombo> combos;
  POLYFON_RETURN_IF_ERROR(
      Query(connection, "SELECT c.code, c.name, c.category, c.uid FROM category_option_combo c", "c.code", code, "c.id",
            [&](Statement& row) {
              combos.push_back({.code = row.Text(0), .name = row.Text(1), .category = row.Text(2), .uid = row.Text(3)});
            }));
  return combos;
}

Result<std::vector<core::Indicator>> ReadIndicators(Connection& connection, std::optional<std::string_view> code) {
  std::vector<core::Indicator> indicators;
  POLYFON_RETURN_IF_ERROR(Query(connection,
                                "SELECT i.code, i.name, i.numerator_element, i.numerator_combo, "
                                "i.denominator_element, i.denominator_combo, i.factor, i.poisson_interval, "
                                "i.description FROM indicator i",
                                "i.code", code, "i.id", [&](Statement& row) {
                                  core::Indicator indicator;
                                  indicator.code = row.Text(0);
                                  indicator.name = row.Text(1);
                                  indicator.numerator = {.element = row.Text(2), .combo = row.Text(3)};
                                  indicator.factor = row.Real(6);
                                  indicator.poisson_interval = row.Int(7) != 0;
                                  indicator.description = row.Text(8);
                                  if (!row.IsNull(4)) {
                                    indicator.denominator = core::DataRef{.element = row.Text(4), .combo = row.Text(5)};
                                  }
                                  indicators.push_back(std::move(indicator));
                                }));
  return indicators;
}

Result<std::vector<core::Participant>> ReadParticipants(Connection& connection, std::optional<std::string_view> code) {
  WithChildren<core::Participant> participants;
  POLYFON_RETURN_IF_ERROR(Query(connection,
                                "SELECT p.id, p.code, p.name, p.type, p.helix, p.health_region, p.org_unit, p.note, "
                                "p.contact FROM participant p",
                                "p.code", code, "p.id", [&](Statement& row) -> Status {
                                  core::Participant participant;
                                  participant.code = row.Text(1);
                                  participant.name = row.Text(2);
                                  participant.type = row.Text(3);
                                  participant.health_region = row.Text(5);
                                  participant.org_unit = row.Text(6);
                                  participant.note = row.Text(7);
                                  participant.contact = row.Text(8);
                                  POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseHelixCategory, row.TextView(4),
                                                                 "helix", "participant " + participant.code,
                                                                 participant.helix));
                                  return participants.AddMain(row.Int(0), std::move(participant));
                                }));
  POLYFON_RETURN_IF_ERROR(Query(
      connection,
      "SELECT m.participant_id, m.status, m.from_date FROM participant_membership m "
      "JOIN participant p ON p.id = m.participant_id",
      "p.code", code, "m.participant_id, m.position", [&](Statement& row) -> Status {
        core::Participant* participant = participants.Owner(row.Int(0));
        if (!participant) return Status::Ok();
        const std::string owner = "a membership of participant " + participant->code;
        core::MembershipEntry entry;
        POLYFON_RETURN_IF_ERROR(
            Decode(connection, core::ParseMembershipStatus, row.TextView(1), "status", owner, entry.status));
        POLYFON_RETURN_IF_ERROR(Decode(connection, core::ParseDate, row.TextView(2), "from_date", owner, entry.from));
        participant->history.push_back(entry);
        return Status::Ok();
      }));
  return participants.Take();
}

Result<core::Catalog> ReadCatalog(Connection& connection) {
  core::Catalog catalog;
  POLYFON_ASSIGN_OR_RETURN(catalog.org_units, ReadOrgUnits(connection));
  POLYFON_ASSIGN_OR_RETURN(catalog.links, ReadParentLinks(connection));
  POLYFON_ASSIGN_OR_RETURN(catalog.elements, ReadElements(connection));
  POLYFON_ASSIGN_OR_RETURN(catalog.combos, ReadCombos(connection));
  POLYFON_ASSIGN_OR_RETURN(catalog.indicators, ReadIndicators(connection));
  POLYFON_ASSIGN_OR_RETURN(catalog.participants, ReadParticipants(connection));
  return catalog;
}

}  // namespace polyfon::store::sqlite
