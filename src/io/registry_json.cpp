// Reading the registry JSON document (docs/formats/registry.md). Writing is in
// registry_json_render.cpp. Documents are small (hundreds of items), so a DOM is fine here.

#include "io/registry_json.hpp"

#include <cstdint>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/enum_name_list.hpp"
#include "io/json_errors.hpp"
#include "io/problem_list.hpp"

namespace polyfon::io {

namespace {

// Ordered, so that problems are named in the order of the document's lists and keys.
using Json = nlohmann::ordered_json;

std::string Found(std::string_view expected, const Json& json) { return FoundJson(expected, json); }

std::string Join(std::initializer_list<std::string_view> keys) {
  std::string text;
  size_t i = 0;
  for (std::string_view key : keys) {
    if (i > 0) text += i + 1 == keys.size() ? " or " : ", ";
    text += key;
    ++i;
  }
  return text;
}

// "FILE: PATH: what", or "FILE: what" for the document itself (a single item's fields have paths
// such as "code", so only the item as a whole has none). Reported in document order: the readers
// walk the document in the spec's key order, and ProblemList keeps equal positions in that order.
void Report(ProblemList& problems, const std::string& path, std::string_view what) {
  if (path.empty()) {
    problems.AddFile(what);
  } else {
    problems.AddAt(0, path, what);
  }
}

// Reads the fields of one JSON object at `path`, each by name, reporting unknown keys, wrong types
// and missing required fields with their path.
class Fields {
 public:
  Fields(const Json& json, std::string path, std::initializer_list<std::string_view> keys, ProblemList& problems)
      : json_(json), path_(std::move(path)), problems_(problems), first_problem_(problems.size()) {
    if (!json.is_object()) {
      Report(problems_, path_, Found("an object", json));
      return;
    }
    for (const auto& [key, value] : json.items()) {
      bool known = false;
      for (std::string_view k : keys) known = known || k == key;
      if (!known) Report(problems_, Path(key), "unknown key (expected " + Join(keys) + ")");
    }
  }

  // True while nothing about this object (or what was read through it) has been reported.
  bool ok() const { return problems_.size() == first_problem_; }
  std::string Path(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  }
  void Problem(std::string_view key, std::string_view what) { Report(problems_, Path(key), what); }
  ProblemList& problems() { return problems_; }

  // The value of `key`, or nullptr when absent (or when the value is not an object at all).
  const Json* Find(std::string_view key) const {
    if (!json_.is_object()) return nullptr;
    const auto it = json_.find(key);
    return it == json_.end() ? nullptr : &*it;
  }

  // A string; "" when absent or null, reported when it is required and absent.
  std::string String(std::string_view key, bool required = false) {
    const Json* value = Find(key);
    if (value == nullptr || (value->is_null() && !required)) {
      if (required && json_.is_object()) Problem(key, "missing");
      return {};
    }
    if (!value->is_string()) {
      Problem(key, Found("a string", *value));
      return {};
    }
    return value->get<std::string>();
  }

  // A date written YYYY-MM-DD; nullopt when absent or null (reported when required).
  std::optional<core::Date> Date(std::string_view key, bool required) {
    const Json* value = Find(key);
    if (value == nullptr || (value->is_null() && !required)) {
      if (required && json_.is_object()) Problem(key, "missing");
      return std::nullopt;
    }
    const std::string text = value->is_string() ? value->get<std::string>() : std::string();
    const std::optional<core::Date> date = text.size() == 10 ? core::ParseDate(text) : std::nullopt;
    if (!date) Problem(key, value->is_string() ? "'" + text + "' is not a date (YYYY-MM-DD)" : Found("a date", *value));
    return date;
  }

  // One of the names `name_of` gives; `fallback` when absent, reported as missing if there is none.
  template <typename E>
  std::optional<E> Enum(std::string_view key, std::optional<E> (*parse)(std::string_view), const char* (*name_of)(E),
                        std::optional<E> fallback = std::nullopt) {
    const Json* value = Find(key);
    if (value == nullptr) {
      if (!fallback && json_.is_object()) Problem(key, "missing (expected " + EnumNameList(name_of) + ")");
      return fallback;
    }
    const std::optional<E> parsed = value->is_string() ? parse(value->get<std::string>()) : std::nullopt;
    if (!parsed) {
      Problem(key,
              (value->is_string() ? "unknown value '" + value->get<std::string>() + "'" : Found("a string", *value)) +
                  " (expected " + EnumNameList(name_of) + ")");
    }
    return parsed;
  }

  // A text in the three languages: {"nn", "nb", "en"}, each optional; empty when absent or null.
  core::LocalText Text(std::string_view key) {
    const Json* value = Find(key);
    if (value == nullptr || value->is_null()) return {};
    Fields text(*value, Path(key), {"nn", "nb", "en"}, problems_);
    return {text.String("nn"), text.String("nb"), text.String("en")};
  }

  // The array of `key` (empty when absent), or nullptr after reporting a value that is not one.
  const Json* Array(std::string_view key) {
    static const Json kEmpty = Json::array();
    const Json* value = Find(key);
    if (value == nullptr) return &kEmpty;
    if (!value->is_array()) {
      Problem(key, Found("an array", *value));
      return nullptr;
    }
    return value;
  }

 private:
  const Json& json_;
  std::string path_;
  ProblemList& problems_;
  size_t first_problem_;
};

std::optional<core::BodyMember> ReadMember(const Json& json, const std::string& path, ProblemList& problems) {
  Fields fields(json, path, {"person", "participant", "role", "from", "to"}, problems);
  core::BodyMember member;
  member.person = fields.String("person", true);
  member.participant = fields.String("participant");
  member.role = fields.String("role");
  const std::optional<core::Date> from = fields.Date("from", true);
  member.to = fields.Date("to", false);
  if (!fields.ok()) return std::nullopt;
  member.from = *from;
  return member;
}

std::optional<core::GovernanceBody> ReadBody(const Json& json, const std::string& path, ProblemList& problems) {
  Fields fields(json, path, {"code", "name", "kind", "note", "members"}, problems);
  core::GovernanceBody body;
  body.code = fields.String("code", true);
  body.name = fields.String("name");
  const std::optional<core::BodyKind> kind = fields.Enum("kind", core::ParseBodyKind, core::BodyKindName);
  body.note = fields.String("note");
  if (const Json* members = fields.Array("members")) {
    for (size_t i = 0; i < members->size(); ++i) {
      std::optional<core::BodyMember> member =
          ReadMember((*members)[i], fields.Path("members") + "[" + std::to_string(i) + "]", problems);
      if (member) body.members.push_back(std::move(*member));
    }
  }
  if (!fields.ok()) return std::nullopt;
  body.kind = *kind;
  return body;
}

// A whole number of 0 or more, or null / absent for a figure that was not reported.
std::optional<int64_t> Attendees(Fields& fields) {
  const Json* value = fields.Find("attendees");
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (!value->is_number_unsigned() || value->get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) {
    fields.Problem("attendees", Found("a whole number of 0 or more, or null when not reported", *value));
    return std::nullopt;
  }
  return value->get<int64_t>();
}

std::optional<core::Activity> ReadActivity(const Json& json, const std::string& path, ProblemList& problems) {
  Fields fields(json, path, {"code", "kind", "title", "date", "organiser", "attendees", "status", "place", "note"},
                problems);
  core::Activity activity;
  activity.code = fields.String("code", true);
  const std::optional<core::ActivityKind> kind = fields.Enum("kind", core::ParseActivityKind, core::ActivityKindName);
  activity.title = fields.String("title");
  const std::optional<core::Date> date = fields.Date("date", true);
  activity.organiser = fields.String("organiser");
  activity.attendees = Attendees(fields);
  const std::optional<core::ActivityStatus> status = fields.Enum(
      "status", core::ParseActivityStatus, core::ActivityStatusName, std::optional(core::ActivityStatus::kHeld));
  activity.place = fields.String("place");
  activity.note = fields.String("note");
  if (!fields.ok()) return std::nullopt;
  activity.kind = *kind;
  activity.date = *date;
  activity.status = *status;
  return activity;
}

// {"2018": 500, "2020": 650}: years written as keys, as JSON needs, each with a number.
std::map<int, double> ReadTargets(Fields& indicator) {
  std::map<int, double> targets;
  const Json* value = indicator.Find("targets");
  if (value == nullptr || value->is_null()) return targets;
  if (!value->is_object()) {
    indicator.Problem("targets", Found("an object of years and numbers ({\"2025\": 500})", *value));
    return targets;
  }
  for (const auto& [key, target] : value->items()) {
    const std::string path = indicator.Path("targets") + "." + key;
    const std::optional<core::Date> year = key.size() == 4 ? core::ParseDate(key) : std::nullopt;
    if (!year) {
      Report(indicator.problems(), path, "'" + key + "' is not a year (YYYY)");
    } else if (!target.is_number()) {
      Report(indicator.problems(), path, Found("a number", target));
    } else {
      targets[year->year] = target.get<double>();
    }
  }
  return targets;
}

std::optional<core::GoalIndicator> ReadIndicator(const Json& json, const std::string& path, ProblemList& problems) {
  Fields fields(json, path, {"measure", "dimension", "label", "targets", "direction"}, problems);
  core::GoalIndicator indicator;
  const Json* measure_json = fields.Find("measure");
  std::optional<core::Measure> measure;
  if (measure_json == nullptr) {
    if (json.is_object()) fields.Problem("measure", "missing");
  } else if (!measure_json->is_string()) {
    fields.Problem("measure", Found("a string such as \"indicator:mt_patients_per_100k@NO\"", *measure_json));
  } else {
    std::string error;
    measure = core::ParseMeasure(measure_json->get<std::string>(), &error);
    if (!measure) fields.Problem("measure", error);
  }
  const std::optional<core::Dimension> dimension = fields.Enum("dimension", core::ParseDimension, core::DimensionName);
  indicator.label = fields.Text("label");
  indicator.targets = ReadTargets(fields);
  // Absent or null means higher, as for most of what a cluster counts.
  std::string direction = fields.String("direction");
  if (direction.empty()) direction = "higher";
  if (fields.ok() && direction != "higher" && direction != "lower") {
    fields.Problem("direction", "unknown value '" + direction + "' (expected higher or lower)");
  }
  if (!fields.ok()) return std::nullopt;
  indicator.measure = *measure;
  indicator.dimension = *dimension;
  indicator.higher_is_better = direction == "higher";
  return indicator;
}

std::optional<core::Goal> ReadGoal(const Json& json, const std::string& path, ProblemList& problems) {
  Fields fields(json, path, {"code", "parent", "title", "indicators"}, problems);
  core::Goal goal;
  goal.code = fields.String("code", true);
  goal.parent = fields.String("parent");
  goal.title = fields.Text("title");
  if (const Json* indicators = fields.Array("indicators")) {
    for (size_t i = 0; i < indicators->size(); ++i) {
      std::optional<core::GoalIndicator> indicator =
          ReadIndicator((*indicators)[i], fields.Path("indicators") + "[" + std::to_string(i) + "]", problems);
      if (indicator) goal.indicators.push_back(std::move(*indicator));
    }
  }
  if (!fields.ok()) return std::nullopt;
  return goal;
}

std::optional<core::PlanItem> ReadPlanItem(const Json& json, const std::string& path, ProblemList& problems) {
  Fields fields(json, path, {"code", "kind", "plan", "goal", "title", "responsible", "due", "status", "note"},
                problems);
  core::PlanItem item;
  item.code = fields.String("code", true);
  const std::optional<core::PlanItemKind> kind = fields.Enum("kind", core::ParsePlanItemKind, core::PlanItemKindName);
  if (const Json* plan = fields.Find("plan"); plan == nullptr) {
    if (json.is_object()) fields.Problem("plan", "missing (the plan's year: 2030 for the long-term plan)");
  } else if (!plan->is_number_integer() || plan->get<int64_t>() < 0 || plan->get<int64_t>() > 9999) {
    fields.Problem("plan", Found("a year", *plan));
  } else {
    item.plan = plan->get<int>();
  }
  item.goal = fields.String("goal");
  item.title = fields.String("title");
  item.responsible = fields.String("responsible");
  const std::optional<core::Date> due = fields.Date("due", true);
  const std::optional<core::PlanItemStatus> status = fields.Enum(
      "status", core::ParsePlanItemStatus, core::PlanItemStatusName, std::optional(core::PlanItemStatus::kPlanned));
  item.note = fields.String("note");
  if (!fields.ok()) return std::nullopt;
  item.kind = *kind;
  item.due = *due;
  item.status = *status;
  return item;
}

// Reads the list `key` of the document with `read`, reporting a code given twice.
template <typename T, typename Read>
void ReadList(Fields& document, std::string_view key, Read read, std::vector<T>& out) {
  const Json* items = document.Array(key);
  if (items == nullptr) return;
  std::map<std::string, size_t> first;
  for (size_t i = 0; i < items->size(); ++i) {
    const std::string path = document.Path(key) + "[" + std::to_string(i) + "]";
    std::optional<T> item = read((*items)[i], path, document.problems());
    if (!item) continue;
    if (const auto [it, inserted] = first.emplace(item->code, i); !inserted) {
      Report(document.problems(), path + ".code",
             "'" + item->code + "' is already " + std::string(key) + "[" + std::to_string(it->second) + "]");
      continue;
    }
    out.push_back(std::move(*item));
  }
}

// The parsed document, or the status of malformed JSON.
core::Result<Json> ParseDocument(std::string_view file_name, std::string_view content) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  POLYFON_RETURN_IF_ERROR(CheckJsonText(file_name, content));
  try {
    return Json::parse(content);
  } catch (const Json::exception& error) {
    return core::Status::InvalidArgument(MalformedJsonMessage(file_name, content, error.what()));
  }
}

}  // namespace

core::Result<core::ClusterRegistry> ParseRegistryJson(std::string_view file_name, std::string_view content) {
  POLYFON_ASSIGN_OR_RETURN(const Json doc, ParseDocument(file_name, content));
  if (!doc.is_object()) {
    return core::Status::InvalidArgument(std::string(file_name) +
                                         ": expected a registry document (a JSON object), found " + JsonKindName(doc.type()));
  }
  ProblemList problems(file_name);
  Fields fields(doc, "", {"bodies", "activities", "goals", "planItems"}, problems);
  core::ClusterRegistry registry;
  for (const auto& [key, value] : doc.items()) {
    if (key == "bodies") ReadList(fields, key, ReadBody, registry.bodies);
    if (key == "activities") ReadList(fields, key, ReadActivity, registry.activities);
    if (key == "goals") ReadList(fields, key, ReadGoal, registry.goals);
    if (key == "planItems") ReadList(fields, key, ReadPlanItem, registry.plan_items);
  }
  if (!problems.empty()) return problems.ToStatus();
  return registry;
}

core::Result<core::ClusterRegistry> ParseRegistryItemJson(std::string_view file_name, std::string_view content,
                                                          core::RegistryKind kind) {
  POLYFON_ASSIGN_OR_RETURN(const Json doc, ParseDocument(file_name, content));
  ProblemList problems(file_name);
  core::ClusterRegistry registry;
  const auto add = [&](auto item, auto& list) {
    if (item) list.push_back(std::move(*item));
  };
  switch (kind) {
    case core::RegistryKind::kBody:
      add(ReadBody(doc, "", problems), registry.bodies);
      break;
    case core::RegistryKind::kActivity:
      add(ReadActivity(doc, "", problems), registry.activities);
      break;
    case core::RegistryKind::kGoal:
      add(ReadGoal(doc, "", problems), registry.goals);
      break;
    case core::RegistryKind::kPlanItem:
      add(ReadPlanItem(doc, "", problems), registry.plan_items);
      break;
  }
  if (!problems.empty()) return problems.ToStatus();
  return registry;
}

}  // namespace polyfon::io
