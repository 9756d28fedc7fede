#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "report/report_words.hpp"

namespace polyfon::report {

// The report's sections on the cluster itself, each rendered from its part of the snapshot.
std::string MembershipSection(const nlohmann::json& snapshot, const ReportWords& words);
std::string ActivitiesSection(const nlohmann::json& snapshot, const ReportWords& words);
std::string PlanSection(const nlohmann::json& snapshot, const ReportWords& words);
std::string BodiesSection(const nlohmann::json& snapshot, const ReportWords& words);

// A participant's name from the snapshot, escaped; the code itself when unknown, and the
// secretariat for an empty code.
std::string ParticipantName(const nlohmann::json& snapshot, const std::string& code, const ReportWords& words);

}  // namespace polyfon::report
