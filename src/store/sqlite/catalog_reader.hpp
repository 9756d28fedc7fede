#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/catalog.hpp"
#include "core/status.hpp"
#include "store/sqlite/connection.hpp"

namespace polyfon::store::sqlite {

// Reads metadata rows back into core types, in insertion (id) order. With a `code` each function
// returns at most the one row with that code (links: those of that child), which is how a writer
// compares a put with what is stored. A stored enum name or date that core cannot parse is
// kCorruption naming the row. Each function runs within the caller's transaction, if any.
core::Result<std::vector<core::OrgUnit>> ReadOrgUnits(Connection& connection,
                                                      std::optional<std::string_view> code = std::nullopt);
core::Result<std::vector<core::ParentLink>> ReadParentLinks(Connection& connection,
                                                            std::optional<std::string_view> child = std::nullopt);
core::Result<std::vector<core::DataElement>> ReadElements(Connection& connection,
                                                          std::optional<std::string_view> code = std::nullopt);
core::Result<std::vector<core::CategoryOptionCombo>> ReadCombos(Connection& connection,
                                                                std::optional<std::string_view> code = std::nullopt);
core::Result<std::vector<core::Indicator>> ReadIndicators(Connection& connection,
                                                          std::optional<std::string_view> code = std::nullopt);
core::Result<std::vector<core::Participant>> ReadParticipants(Connection& connection,
                                                              std::optional<std::string_view> code = std::nullopt);

// All metadata. REQUIRES: a transaction is open, so the parts are one consistent snapshot.
core::Result<core::Catalog> ReadCatalog(Connection& connection);

}  // namespace polyfon::store::sqlite
