#include "report/indicator_chart.hpp"

#include "report/report_words.hpp"

namespace polyfon::report {

namespace {
using nlohmann::json;

const char* kInk = "#1e2b3c";
const char* kAccent = "#0062ba";
const char* kTarget = "#c01b1b";
}  // namespace

json IndicatorChartSpec(const json& indicator, const std::string& y_title, const std::string& language) {
  const ReportWords& words = *WordsFor(language);
  json values = json::array();
  for (const json& point : indicator.at("series")) {
    json row = {{"year", std::to_string(point.at("year").get<int>())}, {"status", point.at("status")}};
    if (!point.at("value").is_null()) row["value"] = point.at("value");
    if (!point.at("ci_low").is_null()) row["low"] = point.at("ci_low");
    if (!point.at("ci_high").is_null()) row["high"] = point.at("ci_high");
    values.push_back(row);
  }
  json targets = json::array();
  for (const auto& [year, value] : indicator.at("targets").items()) targets.push_back({{"year", year}, {"target", value}});
  const json x = {{"field", "year"}, {"type", "ordinal"}, {"title", words.year}, {"axis", {{"labelAngle", 0}}}};
  json layers = json::array({
      {{"mark", {{"type", "rule"}, {"color", kAccent}, {"strokeWidth", 1.5}}},
       {"transform", json::array({{{"filter", "isValid(datum.low)"}}})},
       {"encoding", {{"x", x}, {"y", {{"field", "low"}, {"type", "quantitative"}}}, {"y2", {{"field", "high"}}}}}},
      {{"mark", {{"type", "line"}, {"color", kAccent}, {"point", {{"filled", true}, {"size", 45}, {"color", kAccent}}}}},
       {"transform", json::array({{{"filter", "isValid(datum.value)"}}})},
       {"encoding",
        {{"x", x}, {"y", {{"field", "value"}, {"type", "quantitative"}, {"title", y_title}, {"scale", {{"zero", true}}}}}}}},
      {{"mark", {{"type", "text"}, {"text", words.hidden}, {"color", kInk}, {"dy", -6}, {"fontSize", 10}}},
       {"transform", json::array({{{"filter", "datum.status === 'suppressed'"}}, {{"calculate", "0"}, {"as", "zero"}}})},
       {"encoding", {{"x", x}, {"y", {{"field", "zero"}, {"type", "quantitative"}}}}}},
  });
  if (!targets.empty()) {
    layers.push_back({{"data", {{"values", targets}}},
                      {"mark", {{"type", "point"}, {"shape", "diamond"}, {"size", 80}, {"color", kTarget}, {"filled", false}}},
                      {"encoding", {{"x", x}, {"y", {{"field", "target"}, {"type", "quantitative"}}}}}});
  }
  return {{"$schema", "https://vega.github.io/schema/vega-lite/v6.json"},
          {"width", 520},
          {"height", 150},
          {"background", "white"},
          {"config", {{"font", "sans-serif"}, {"axis", {{"labelColor", kInk}, {"titleColor", kInk}, {"grid", true}}},
                      {"view", {{"stroke", nullptr}}}}},
          {"data", {{"values", values}}},
          {"layer", layers}};
}

}  // namespace polyfon::report
