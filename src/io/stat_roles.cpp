#include "io/stat_roles.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "io/stat_period.hpp"

namespace polyfon::io {

namespace {

// How a role that every cell needs is found when no rule names its dimension.
struct Convention {
  StatRole role;
  DimensionRole file_role;
  std::string_view file_role_name;
  std::array<std::string_view, 2> names;  // SSB's, and Polyfon's own export's
  std::string_view keyword;               // in the mapping file
  std::string_view what;                  // in messages
};
constexpr std::array<Convention, 3> kConventions{{
    {StatRole::kOrgUnit, DimensionRole::kGeo, "geo", {"Region", "ou"}, "orgunit", "org unit"},
    {StatRole::kPeriod, DimensionRole::kTime, "time", {"Tid", "pe"}, "period", "period"},
    {StatRole::kElement, DimensionRole::kMetric, "metric", {"ContentsCode", "dx"}, "element", "data element"},
}};

std::optional<size_t> Find(const StatCube& cube, std::string_view id) {
  for (size_t d = 0; d < cube.dimensions.size(); ++d) {
    if (cube.dimensions[d].id == id) return d;
  }
  return std::nullopt;
}

std::string DimensionIds(const StatCube& cube) {
  std::string ids;
  for (const StatDimension& dim : cube.dimensions) ids += (ids.empty() ? "" : ", ") + dim.id;
  return ids;
}

void ApplyRules(const StatCube& cube, const StatMapping& mapping, StatRoles& roles, ProblemList& rule_problems) {
  for (const StatMapping::DimensionRule& rule : mapping.dimensions) {
    const std::optional<size_t> d = Find(cube, rule.dimension);
    if (!d) {
      rule_problems.AddLine(rule.line,
                            "the table has no dimension " + rule.dimension + " (it has " + DimensionIds(cube) + ")");
      continue;
    }
    if (rule.role != StatRole::kKeep) {
      roles.roles[*d] = rule.role;
      continue;
    }
    // Keeping a category filters the cells; the dimension may still give, say, the org unit.
    const std::vector<StatCategory>& categories = cube.dimensions[*d].categories;
    const auto kept =
        std::find_if(categories.begin(), categories.end(), [&](const StatCategory& c) { return c.code == rule.keep; });
    if (kept == categories.end()) {
      rule_problems.AddLine(rule.line, "dimension " + rule.dimension + " has no category " + rule.keep);
    }
    // After a problem no cell is read; marking the dimension kept spares a second message about it.
    roles.kept[*d] = kept == categories.end() ? 0 : static_cast<size_t>(kept - categories.begin());
  }
}

// Finds the dimension of a role every cell needs, unless a rule named it. A fixed code wins over a
// dimension found by convention only when that dimension has one category (or is kept to one).
void Detect(const StatCube& cube, const Convention& convention, const StatMapping::Fixed* fixed, StatRoles& roles,
            ProblemList& problems, ProblemList& rule_problems) {
  const bool has_fixed = fixed != nullptr && !fixed->code.empty();
  auto conflict = [&](size_t d) {
    rule_problems.AddLine(fixed->line, std::string(convention.keyword) + " = " + fixed->code + ", but dimension " +
                                           cube.dimensions[d].id + " gives the " + std::string(convention.what) +
                                           "; keep one of the two rules");
  };
  const auto given = std::find(roles.roles.begin(), roles.roles.end(), convention.role);
  if (given != roles.roles.end()) {
    if (has_fixed) conflict(static_cast<size_t>(given - roles.roles.begin()));
    return;
  }
  std::vector<size_t> candidates;
  for (size_t d = 0; d < cube.dimensions.size(); ++d) {
    if (!roles.roles[d] && cube.dimensions[d].role == convention.file_role) candidates.push_back(d);
  }
  if (candidates.empty()) {
    for (size_t d = 0; d < cube.dimensions.size(); ++d) {
      const auto& names = convention.names;
      if (!roles.roles[d] && std::find(names.begin(), names.end(), cube.dimensions[d].id) != names.end()) {
        candidates.push_back(d);
      }
    }
  }
  if (has_fixed) {
    bool clash = false;
    for (size_t d : candidates) {
      if (cube.dimensions[d].categories.size() > 1 && !roles.kept[d]) {
        conflict(d);
        clash = true;
      }
    }
    // The dimension keeps its role, so the fixed code is not checked and no "no role" follows.
    if (clash && candidates.size() == 1) roles.roles[candidates[0]] = convention.role;
    return;
  }
  if (candidates.size() == 1) {
    roles.roles[candidates[0]] = convention.role;
    return;
  }
  std::string why = "no dimension gives the " + std::string(convention.what) + " (none has the role " +
                    std::string(convention.file_role_name) + " or is called " + std::string(convention.names[0]) + ")";
  if (!candidates.empty()) {
    why = "dimensions";
    for (size_t i = 0; i < candidates.size(); ++i) {
      why += (i == 0 ? " " : " and ") + cube.dimensions[candidates[i]].id;
    }
    why += " could each give the " + std::string(convention.what);
  }
  problems.AddFile(why + ": name its dimension in a mapping file (--mapping) with 'dimension NAME = " +
                   std::string(convention.keyword) + "', or give one code for every cell with '" +
                   std::string(convention.keyword) + " = CODE'");
}

// A dimension of several categories without a role would have its cells summed or dropped.
void CheckUnassigned(const StatCube& cube, StatRoles& roles, ProblemList& problems) {
  for (size_t d = 0; d < cube.dimensions.size(); ++d) {
    const StatDimension& dim = cube.dimensions[d];
    if (roles.roles[d]) continue;
    if (dim.id == "co") roles.roles[d] = StatRole::kCombo;  // Polyfon's own export
    if (dim.id == "ao") roles.roles[d] = StatRole::kAttribute;
    if (roles.roles[d] || roles.kept[d] || dim.categories.size() <= 1) continue;
    std::string some;
    for (size_t c = 0; c < std::min<size_t>(dim.categories.size(), 3); ++c) some += dim.categories[c].code + ", ";
    problems.AddFile("dimension " + dim.id + (dim.label.empty() || dim.label == dim.id ? "" : " (" + dim.label + ")") +
                     " has " + std::to_string(dim.categories.size()) +
                     " categories and no role: read one of them with '" + "dimension " + dim.id + " = keep CODE' (" +
                     some + "...) or map them with 'dimension " + dim.id + " = combo' in a mapping file (--mapping)");
  }
}

}  // namespace

StatRoles AssignStatRoles(const StatCube& cube, const StatMapping* mapping, const core::CatalogIndex& catalog,
                          ProblemList& problems, ProblemList& rule_problems) {
  StatRoles roles;
  roles.roles.resize(cube.dimensions.size());
  roles.kept.resize(cube.dimensions.size());
  if (mapping != nullptr) ApplyRules(cube, *mapping, roles, rule_problems);
  const std::array<const StatMapping::Fixed*, 3> fixed{mapping ? &mapping->org_unit : nullptr,
                                                       mapping ? &mapping->period : nullptr,
                                                       mapping ? &mapping->element : nullptr};
  for (size_t r = 0; r < kConventions.size(); ++r) {
    Detect(cube, kConventions[r], fixed[r], roles, problems, rule_problems);
  }
  CheckUnassigned(cube, roles, problems);

  auto fixed_code = [&](size_t r) -> const StatMapping::Fixed* {
    const bool from_dimension =
        std::find(roles.roles.begin(), roles.roles.end(), kConventions[r].role) != roles.roles.end();
    return fixed[r] != nullptr && !fixed[r]->code.empty() && !from_dimension ? fixed[r] : nullptr;
  };
  if (const StatMapping::Fixed* unit = fixed_code(0)) {
    if (catalog.FindOrgUnit(unit->code) == nullptr) {
      rule_problems.AddLine(unit->line, "org unit " + unit->code + " is not in the catalog");
    }
    roles.org_unit = unit->code;
  }
  if (const StatMapping::Fixed* period = fixed_code(1)) {
    auto id = StatPeriodId(period->code);
    if (id) {
      roles.period = *id;
    } else {
      rule_problems.AddLine(period->line, id.error().message());
    }
  }
  if (const StatMapping::Fixed* element = fixed_code(2)) {
    if (catalog.FindElement(element->code) == nullptr) {
      rule_problems.AddLine(element->line, "data element " + element->code + " is not in the catalog");
    }
    roles.element = element->code;
  }
  return roles;
}

}  // namespace polyfon::io
