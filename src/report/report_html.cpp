#include "report/report_html.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytics/goal_progress.hpp"
#include "app/report_snapshot.hpp"
#include "report/chart_runtime.hpp"
#include "report/cluster_sections.hpp"
#include "report/html_parts.hpp"
#include "report/html_text.hpp"
#include "report/indicator_chart.hpp"
#include "report/indicator_text.hpp"
#include "report/report_style.hpp"
#include "report/report_words.hpp"

namespace polyfon::report {

namespace {
using nlohmann::json;

std::string Str(const json& value) { return value.is_string() ? value.get<std::string>() : ""; }

std::string LocalOf(const json& text, const std::string& language) {
  std::string chosen = Str(text.value(language, json()));
  return chosen.empty() ? Str(text.value("nn", json())) : chosen;
}

std::optional<double> Opt(const json& value) {
  return value.is_null() ? std::nullopt : std::optional<double>(value.get<double>());
}

// The indicator back in the form the analytics assess (targets, direction, series).
core::GoalIndicator IndicatorOf(const json& indicator) {
  core::GoalIndicator out;
  out.higher_is_better = Str(indicator.at("direction")) != "lower";
  for (const auto& [year, value] : indicator.at("targets").items()) out.targets[std::stoi(year)] = value.get<double>();
  return out;
}

std::vector<analytics::MeasurePoint> SeriesOf(const json& indicator) {
  std::vector<analytics::MeasurePoint> series;
  for (const json& point : indicator.at("series")) {
    const std::string status = Str(point.at("status"));
    analytics::RowStatus row_status = status == "ok"           ? analytics::RowStatus::kOk
                                      : status == "suppressed" ? analytics::RowStatus::kSuppressed
                                                               : analytics::RowStatus::kMissing;
    series.push_back({point.at("year").get<int>(), row_status, Opt(point.at("value")), Opt(point.at("ci_low")),
                      Opt(point.at("ci_high"))});
  }
  return series;
}

std::string IndicatorLabel(const json& snapshot, const json& indicator, const std::string& language) {
  std::string label = LocalOf(indicator.at("label"), language);
  if (!label.empty()) return label;
  std::string name = Str(indicator.at("name"));
  if (name.empty()) name = Term(Str(indicator.at("kind")), language) + (Str(indicator.at("code")).empty() ? "" : ": " + Term(Str(indicator.at("code")), language));
  const std::string ou = Str(indicator.at("ou"));
  const json& names = snapshot.at("names").at("org_units");
  if (!ou.empty()) name += ", " + (names.contains(ou) ? names.at(ou).get<std::string>() : ou);
  return name;
}

// The y axis names the unit; the indicator's name stands above the chart.
std::string AxisTitle(const FigureFormat& format, const ReportWords& words) {
  if (format.kind == "rate") return "per " + FormatNumber(format.per, 0, words.lang);
  if (format.kind == "percent") return "%";
  return words.value;
}

std::string IndicatorTable(const json& indicator, const FigureFormat& format, const ReportWords& words,
                           const std::string& label) {
  std::vector<std::vector<std::string>> rows;
  for (const json& point : indicator.at("series")) {
    const std::string status = Str(point.at("status"));
    std::string value = status == "ok" && !point.at("value").is_null() ? FormatBare(point.at("value").get<double>(), format, words.lang)
                        : status == "suppressed" ? words.hidden
                                                 : words.missing;
    std::string interval = point.at("ci_low").is_null() ? ""
                           : FormatBare(point.at("ci_low").get<double>(), format, words.lang) + "–" +
                                 FormatBare(point.at("ci_high").get<double>(), format, words.lang);
    const std::string year = std::to_string(point.at("year").get<int>());
    const json& targets = indicator.at("targets");
    std::string target = targets.contains(year) ? FormatBare(targets.at(year).get<double>(), format, words.lang) : "";
    rows.push_back({year, EscapeHtml(value), interval, target});
  }
  return HtmlTable(EscapeHtml(label), {words.year, words.value, words.interval, words.target}, rows);
}

std::string GoalSection(const json& snapshot, const json& goal, const ReportWords& words, int& chart_number) {
  const std::string language = words.lang;
  const int year = snapshot.at("year").get<int>();
  const std::string code = Str(goal.at("code"));
  const std::string heading = (code == "main" ? std::string(words.main_goal) : std::string(words.sub_goal) + " " + code) +
                              ": " + LocalOf(goal.at("title"), language);
  std::string body;
  core::Goal assessed;
  assessed.code = code;
  std::vector<analytics::IndicatorProgress> progress;
  for (const json& indicator : goal.at("indicators")) {
    const FigureFormat format = FigureFormatOf(indicator);
    const std::string label = IndicatorLabel(snapshot, indicator, language);
    const core::GoalIndicator parsed = IndicatorOf(indicator);
    assessed.indicators.push_back(parsed);
    progress.push_back(analytics::AssessIndicator(parsed, SeriesOf(indicator), year));
    const std::string chart_id = "chart-" + std::to_string(++chart_number);
    body += "<article class=\"indicator\"><h3>" + EscapeHtml(label) + "</h3>\n";
    body += "<p class=\"dimension\">" + EscapeHtml(words.dimension) + ": " +
            EscapeHtml(Term(Str(indicator.at("dimension")), language)) + "</p>\n";
    body += "<p>" + EscapeHtml(DescribeProgress(progress.back(), format, year, snapshot.at("min_count").get<int>(), language)) + "</p>\n";
    body += "<figure><div class=\"chart\" id=\"" + chart_id + "\" aria-label=\"" + EscapeHtml(label) + "\"></div>";
    body += "<script type=\"application/vnd.vegalite+json\" data-chart=\"" + chart_id + "\">" +
            EscapeScript(IndicatorChartSpec(indicator, AxisTitle(format, words), language).dump()) + "</script></figure>\n";
    body += IndicatorTable(indicator, format, words, label) + "</article>\n";
  }
  if (goal.at("indicators").empty()) {
    body += "<p>" + EscapeHtml(words.no_indicators) + "</p>\n";
  } else {
    const analytics::GoalProgress summary = analytics::SummariseGoal(assessed, progress);
    body = "<p class=\"progress\">" + EscapeHtml(ProgressLine(summary, language)) + "</p>\n" + body;
  }
  return Section("goal-" + code, EscapeHtml(heading), body);
}

std::string Contents(const json& snapshot, const ReportWords& words) {
  std::string html = "<nav aria-labelledby=\"contents-h\"><h2 id=\"contents-h\">" + EscapeHtml(words.contents) + "</h2><ol>";
  for (const json& goal : snapshot.at("goals")) {
    const std::string code = Str(goal.at("code"));
    html += "<li><a href=\"#goal-" + EscapeHtml(code) + "\">" +
            EscapeHtml((code == "main" ? std::string(words.main_goal) : std::string(words.sub_goal) + " " + code) + ": " +
                       LocalOf(goal.at("title"), words.lang)) +
            "</a></li>";
  }
  for (const auto& [id, title] : {std::pair<const char*, const char*>{"membership", words.membership},
                                  {"activities", words.activities}, {"plan", words.plan}, {"bodies", words.bodies}}) {
    html += std::string("<li><a href=\"#") + id + "\">" + EscapeHtml(title) + "</a></li>";
  }
  return html + "</ol></nav>\n";
}

core::Result<json> ParseSnapshot(std::string_view text) {
  json snapshot = json::parse(text, nullptr, false);
  if (snapshot.is_discarded() || !snapshot.is_object()) {
    return core::Status::InvalidArgument("the report snapshot is not a JSON object");
  }
  if (snapshot.value("schema", "") != "polyfon.report-snapshot/1") {
    return core::Status::InvalidArgument("the report snapshot's schema is not polyfon.report-snapshot/1");
  }
  return snapshot;
}
}  // namespace

core::Result<std::string> RenderReportHtml(std::string_view snapshot_text, const std::string& language) {
  const ReportWords* words = WordsFor(language);
  if (words == nullptr) return core::Status::InvalidArgument("unknown report language '" + language + "' (nn, nb or en)");
  POLYFON_ASSIGN_OR_RETURN(const json snapshot, ParseSnapshot(snapshot_text));
  POLYFON_ASSIGN_OR_RETURN(const std::string hash, app::SnapshotHash(snapshot_text));
  try {
    const int year = snapshot.at("year").get<int>();
    const std::string title = std::string(words->title) + " " + std::to_string(year);
    std::string html = "<!doctype html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<meta name=\"polyfon-snapshot\" content=\"" + hash + "\">\n";
    html += "<title>POLYFON – " + EscapeHtml(title) + "</title>\n<style>" + kReportStyle + "</style>\n</head>\n<body>\n";
    html += "<header class=\"cover\"><h1>" + EscapeHtml(title) + "</h1><p class=\"lead\">" + EscapeHtml(words->cluster) + "</p>";
    html += "<p class=\"meta\">" + EscapeHtml(fmt::format(fmt::runtime(words->suppression), snapshot.at("min_count").get<int>() - 1)) + "</p></header>\n";
    html += "<main>\n" + Contents(snapshot, *words);
    html += "<p class=\"lead\">" + EscapeHtml(words->goals_lead) + "</p>\n";
    int chart_number = 0;
    for (const json& goal : snapshot.at("goals")) html += GoalSection(snapshot, goal, *words, chart_number);
    html += MembershipSection(snapshot, *words) + ActivitiesSection(snapshot, *words) + PlanSection(snapshot, *words) +
            BodiesSection(snapshot, *words);
    html += "</main>\n<footer><p>" + EscapeHtml(words->snapshot) + " <code>" + hash + "</code> (" + EscapeHtml(words->taken) +
            " " + EscapeHtml(Str(snapshot.at("taken_at"))) + ", " + EscapeHtml(words->data_version) + " " +
            std::to_string(snapshot.at("data_version").get<int64_t>()) + ").</p></footer>\n";
    html += "<script>" + EscapeScript(ChartRuntime()) + "</script>\n</body>\n</html>\n";
    return html;
  } catch (const json::exception& error) {
    return core::Status::InvalidArgument(std::string("the report snapshot lacks a field: ") + error.what());
  }
}

}  // namespace polyfon::report
