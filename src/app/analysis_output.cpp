#include "app/analysis_output.hpp"

#include <cstdio>

#include "app/json_number.hpp"
#include "app/query_output.hpp"
#include "app/text_table.hpp"

namespace polyfon::app {

namespace {

using analytics::RowStatus;
using analytics::RowStatusName;
using Json = nlohmann::ordered_json;

void SetIf(Json& json, const char* name, const std::optional<double>& value) {
  if (value) json[name] = JsonNumber(*value);
}

Json Cell(const analytics::ResultRow& row) {
  Json cell{{"ou", row.ou}, {"pe", row.pe}};
  if (row.status == RowStatus::kOk) {
    SetIf(cell, "value", row.value);
    SetIf(cell, "numerator", row.numerator);
    SetIf(cell, "denominator", row.denominator);
  }
  cell["status"] = RowStatusName(row.status);
  return cell;
}

std::string Optional(const std::optional<double>& value) { return value ? FormatNumber(*value) : ""; }

std::string Probability(const std::optional<double>& p) {
  if (!p) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", *p);
  return buf;
}

std::string Percent(const std::optional<double>& value) { return value ? FormatNumber(*value) + " %" : ""; }

}  // namespace

std::string RenderRatioJson(const RatioResult& result, double level) {
  const analytics::Comparison& c = result.comparison;
  Json out{{"dx", result.a.dx}, {"a", Cell(result.a)}, {"b", Cell(result.b)}};
  if (c.status == RowStatus::kOk) {
    SetIf(out, "ratio", c.ratio);
    SetIf(out, "ci_low", c.ci_low);
    SetIf(out, "ci_high", c.ci_high);
    if (c.ci_high && !std::isfinite(*c.ci_high)) out["ci_high"] = nullptr;
    if (c.p_value) out["p_value"] = JsonProbability(*c.p_value);
  }
  out["level"] = level;
  out["status"] = RowStatusName(c.status);
  return out.dump();
}

std::string RenderRatioTable(const RatioResult& result, double level) {
  const analytics::Comparison& c = result.comparison;
  const auto& a = result.a;
  const auto& b = result.b;
  std::vector<std::vector<std::string>> rows = {
      {"dx", "a", "b", "value a", "value b", "ratio a/b", IntervalLabel(level), "p", "status"},
      {a.dx, a.ou + " " + a.pe, b.ou + " " + b.pe, Optional(a.value), Optional(b.value), Optional(c.ratio),
       FormatInterval(c.ci_low, c.ci_high), Probability(c.p_value), RowStatusName(c.status)}};
  return AlignColumns(rows, {false, false, false, true, true, true, true, true, false});
}

std::string RenderGrowthJson(const std::vector<GrowthResult>& results, double level) {
  Json out{{"rows", Json::array()}};
  for (const GrowthResult& r : results) {
    Json row{{"dx", r.first.dx}, {"ou", r.first.ou}, {"from", r.first.pe}, {"to", r.last.pe}};
    const analytics::Growth& g = r.growth;
    if (g.status == RowStatus::kOk) {
      SetIf(row, "value_from", r.first.value);
      SetIf(row, "value_to", r.last.value);
      SetIf(row, "change", g.change);
      SetIf(row, "percent_change", g.percent_change);
      SetIf(row, "ci_low", g.ci_low);
      SetIf(row, "ci_high", g.ci_high);
      if (g.p_value) row["p_value"] = JsonProbability(*g.p_value);
      SetIf(row, "annual_growth_percent", g.annual_growth_percent);
      row["years"] = JsonNumber(r.years);
    }
    row["status"] = RowStatusName(g.status);
    out["rows"].push_back(std::move(row));
  }
  out["level"] = level;
  return out.dump();
}

std::string RenderGrowthTable(const std::vector<GrowthResult>& results, double level) {
  std::vector<std::vector<std::string>> rows = {{"dx", "ou", "from", "to", "value from", "value to", "change",
                                                 "change %", IntervalLabel(level), "p", "per year", "status"}};
  for (const GrowthResult& r : results) {
    const analytics::Growth& g = r.growth;
    const bool ok = g.status == RowStatus::kOk;
    rows.push_back({r.first.dx, r.first.ou, r.first.pe, r.last.pe, ok ? Optional(r.first.value) : "",
                    ok ? Optional(r.last.value) : "", Optional(g.change), Percent(g.percent_change),
                    g.ci_low && g.ci_high ? FormatInterval(g.ci_low, g.ci_high) + " %" : "", Probability(g.p_value),
                    Percent(g.annual_growth_percent), RowStatusName(g.status)});
  }
  return AlignColumns(rows, {false, false, false, false, true, true, true, true, true, true, true, false});
}

std::string RenderGapJson(const GapResult& result, double level) {
  Json out{{"reference", {{"label", result.reference_label}, {"rate", JsonNumber(result.reference_rate)}}},
           {"rows", Json::array()}};
  for (const analytics::EqualAccessRow& r : result.rows) {
    Json row{{"dx", r.observed.dx}, {"ou", r.observed.ou}, {"pe", r.observed.pe}};
    if (r.status == RowStatus::kOk) {
      SetIf(row, "observed", r.observed.numerator);
      SetIf(row, "denominator", r.observed.denominator);
      SetIf(row, "rate", r.observed.value);
      SetIf(row, "expected", r.expected);
      SetIf(row, "expected_ratio", r.expected_ratio);
      SetIf(row, "gap", r.gap);
      SetIf(row, "gap_low", r.gap_low);
      SetIf(row, "gap_high", r.gap_high);
    }
    row["status"] = RowStatusName(r.status);
    out["rows"].push_back(std::move(row));
  }
  out["level"] = level;
  return out.dump();
}

std::string RenderGapTable(const GapResult& result, double level) {
  std::string out = "reference: " + result.reference_label + ", rate " + FormatNumber(result.reference_rate) + "\n";
  std::vector<std::vector<std::string>> rows = {{"dx", "ou", "pe", "observed", "rate", "expected", "expected ratio",
                                                 "gap", "gap " + IntervalLabel(level), "status"}};
  for (const analytics::EqualAccessRow& r : result.rows) {
    const bool ok = r.status == RowStatus::kOk;
    rows.push_back({r.observed.dx, r.observed.ou, r.observed.pe, ok ? Optional(r.observed.numerator) : "",
                    ok ? Optional(r.observed.value) : "", Optional(r.expected), Optional(r.expected_ratio),
                    Optional(r.gap), FormatInterval(r.gap_low, r.gap_high), RowStatusName(r.status)});
  }
  return out + AlignColumns(rows, {false, false, false, true, true, true, true, true, true, false});
}

namespace {
std::optional<double> PercentOf(const std::optional<double>& factor) {
  if (!factor) return std::nullopt;
  return (*factor - 1) * 100;
}
}  // namespace

std::string RenderTrendJson(const std::vector<TrendRow>& rows, double level) {
  Json out{{"rows", Json::array()}};
  for (const TrendRow& r : rows) {
    Json row{{"dx", r.dx}, {"ou", r.ou}};
    if (r.status == RowStatus::kOk) {
      row["points"] = r.points;
      if (r.growth_factor) row["growth_factor"] = JsonProbability(*r.growth_factor);
      SetIf(row, "annual_percent", PercentOf(r.growth_factor));
      SetIf(row, "ci_low", PercentOf(r.low));
      SetIf(row, "ci_high", PercentOf(r.high));
      SetIf(row, "dispersion", r.dispersion);
    }
    row["status"] = RowStatusName(r.status);
    out["rows"].push_back(std::move(row));
  }
  out["level"] = level;
  return out.dump();
}

std::string RenderTrendTable(const std::vector<TrendRow>& rows, double level) {
  std::vector<std::vector<std::string>> cells = {
      {"dx", "ou", "points", "per year", IntervalLabel(level), "dispersion", "status"}};
  for (const TrendRow& r : rows) {
    const bool ok = r.status == RowStatus::kOk;
    const auto low = PercentOf(r.low);
    const auto high = PercentOf(r.high);
    cells.push_back({r.dx, r.ou, ok ? std::to_string(r.points) : "", Percent(PercentOf(r.growth_factor)),
                     low && high ? FormatInterval(low, high) + " %" : "", Optional(r.dispersion),
                     RowStatusName(r.status)});
  }
  return AlignColumns(cells, {false, false, true, true, true, true, false});
}

std::string RenderEffectJson(const analytics::ClusterEffect& e, double level) {
  Json out{{"coefficient", JsonProbability(e.coefficient)},
           {"irr", JsonProbability(e.irr)},
           {"se_model", JsonProbability(e.se_model)},
           {"se_quasi", JsonProbability(e.se_quasi)},
           {"se_robust", JsonProbability(e.se_robust)},
           {"ci_low", JsonProbability(e.ci_low)},
           {"ci_high", JsonProbability(e.ci_high)},
           {"dispersion", JsonProbability(e.dispersion)},
           {"deviance", JsonProbability(e.deviance)},
           {"p_randomization", JsonProbability(e.p_randomization)},
           {"permutations", e.permutations},
           {"exhaustive", e.exhaustive},
           {"units", e.units},
           {"periods", e.periods},
           {"cells", e.cells},
           {"level", level},
           {"caveats", e.caveats}};
  return out.dump();
}

std::string RenderEffectTable(const analytics::ClusterEffect& e, double level) {
  char buf[64];
  auto g = [&buf](double x) {
    std::snprintf(buf, sizeof buf, "%.4g", x);
    return std::string(buf);
  };
  std::vector<std::vector<std::string>> cells = {
      {"coefficient", g(e.coefficient)},
      {"incidence rate ratio", g(e.irr) + " (" + IntervalLabel(level) + " " + g(e.ci_low) + "–" + g(e.ci_high) + ")"},
      {"standard error: model / quasi / robust", g(e.se_model) + " / " + g(e.se_quasi) + " / " + g(e.se_robust)},
      {"dispersion, deviance", g(e.dispersion) + ", " + g(e.deviance)},
      {"randomization p", g(e.p_randomization) + " (" + std::to_string(e.permutations) +
                              (e.exhaustive ? " permutations, all)" : " permutations drawn)")},
      {"units × periods (cells)", std::to_string(e.units) + " × " + std::to_string(e.periods) + " (" +
                                     std::to_string(e.cells) + ")"}};
  std::string out = AlignColumns(cells, {false, false});
  for (const std::string& caveat : e.caveats) out += "caveat: " + caveat + "\n";
  return out;
}

std::string RenderSensitivityJson(const SensitivityResult& result) {
  Json out{{"rows", Json::array()}};
  for (size_t i = 0; i < result.rates.size(); ++i) {
    const analytics::RateRange& r = result.rates[i];
    Json row{{"dx", r.observed.dx}, {"ou", r.observed.ou}, {"pe", r.observed.pe}};
    if (r.observed.status == RowStatus::kOk) {
      SetIf(row, "value", r.observed.value);
      SetIf(row, "low", r.low);
      SetIf(row, "high", r.high);
      if (i < result.gaps.size() && result.gaps[i]) {
        const analytics::GapRange& g = *result.gaps[i];
        SetIf(row, "observed", g.observed.observed.numerator);
        SetIf(row, "expected", g.observed.expected);
        SetIf(row, "expected_low", g.expected_low);
        SetIf(row, "expected_high", g.expected_high);
        SetIf(row, "gap", g.observed.gap);
        SetIf(row, "gap_low", g.gap_low);
        SetIf(row, "gap_high", g.gap_high);
      }
    }
    row["status"] = RowStatusName(r.observed.status);
    out["rows"].push_back(std::move(row));
  }
  if (!result.gap_references.empty()) {
    out["references"] = Json::array();
    for (const SensitivityReference& g : result.gap_references) {
      out["references"].push_back({{"pe", g.pe},
                                   {"label", g.label},
                                   {"rate", JsonNumber(g.rate)},
                                   {"completeness_low", JsonNumber(g.completeness.low)},
                                   {"completeness_high", JsonNumber(g.completeness.high)}});
    }
  }
  if (result.effect) {
    const analytics::EffectRange& e = *result.effect;
    out["effect"] = {{"coefficient", JsonProbability(e.observed.coefficient)},
                     {"coefficient_low", JsonProbability(e.coefficient_low)},
                     {"coefficient_high", JsonProbability(e.coefficient_high)},
                     {"irr", JsonProbability(e.observed.irr)},
                     {"irr_low", JsonProbability(e.irr_low)},
                     {"irr_high", JsonProbability(e.irr_high)},
                     {"scenarios", e.scenarios}};
  }
  return out.dump();
}

std::string RenderSensitivityTable(const SensitivityResult& result) {
  const bool gaps = !result.gaps.empty();
  std::vector<std::vector<std::string>> cells = {{"dx", "ou", "pe", "observed", "if under-registered", "status"}};
  if (gaps) cells.front().insert(cells.front().end() - 1, {"gap", "gap if under-registered"});
  for (size_t i = 0; i < result.rates.size(); ++i) {
    const analytics::RateRange& r = result.rates[i];
    std::vector<std::string> row = {r.observed.dx, r.observed.ou, r.observed.pe, Optional(r.observed.value),
                                    FormatInterval(r.low, r.high), RowStatusName(r.observed.status)};
    if (gaps) {
      const auto& g = result.gaps[i];
      row.insert(row.end() - 1, {g ? Optional(g->observed.gap) : "", g ? FormatInterval(g->gap_low, g->gap_high) : ""});
    }
    cells.push_back(std::move(row));
  }
  std::vector<bool> right = {false, false, false, true, true};
  if (gaps) right.insert(right.end(), {true, true});
  right.push_back(false);
  std::string out;
  for (const SensitivityReference& g : result.gap_references) {
    out += "gap reference " + g.pe + ": " + g.label + ", rate " + FormatNumber(g.rate) + ", assumed completeness " +
           FormatNumber(g.completeness.low) + "–" + FormatNumber(g.completeness.high) + "\n";
  }
  out += AlignColumns(cells, right);
  if (result.effect) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "cluster effect: IRR %.4g, from %.4g to %.4g over %d completeness scenarios\n",
                  result.effect->observed.irr, result.effect->irr_low, result.effect->irr_high,
                  result.effect->scenarios);
    out += buf;
  }
  return out;
}

std::string RenderCoverageJson(const std::vector<CoverageRow>& rows) {
  Json out{{"rows", Json::array()}};
  for (const CoverageRow& r : rows) {
    Json row{{"ou", r.ou}, {"pe", r.pe}};
    if (r.share) row["coverage"] = JsonProbability(*r.share);
    if (r.source == "membership") {
      row["members"] = r.members;
      row["units"] = r.units;
    }
    row["source"] = r.source;
    out["rows"].push_back(std::move(row));
  }
  return out.dump();
}

std::string RenderCoverageTable(const std::vector<CoverageRow>& rows) {
  std::vector<std::vector<std::string>> cells = {{"ou", "pe", "coverage", "members", "health trusts", "source"}};
  for (const CoverageRow& r : rows) {
    const bool counted = r.source == "membership";
    cells.push_back({r.ou, r.pe, r.share ? FormatNumber(*r.share * 100) + " %" : "",
                     counted ? std::to_string(r.members) : "", counted ? std::to_string(r.units) : "", r.source});
  }
  return AlignColumns(cells, {false, false, true, true, true, false});
}

}  // namespace polyfon::app
