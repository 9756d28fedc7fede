// JSON-stat 2.0 datasets, as SSB's and other statistics offices' APIs write them. Spec:
// docs/formats/json_stat.md. Files are tables of thousands of cells, so a DOM is fine here.

#include "io/json_stat_parser.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "io/json_errors.hpp"
#include "io/problem_list.hpp"

namespace polyfon::io {

namespace {

using Json = nlohmann::json;

// More cells than any table a cluster imports; keeps a typo in `size` from allocating gigabytes.
constexpr size_t kMaxCells = 10'000'000;

std::string Found(std::string_view expected, const Json& json) { return FoundJson(expected, json); }

// A cell index written as an object key ("12"), if it is one below `cells`.
std::optional<size_t> CellIndex(const std::string& key, size_t cells) {
  size_t index = 0;
  const auto [end, error] = std::from_chars(key.data(), key.data() + key.size(), index);
  if (key.empty() || error != std::errc() || end != key.data() + key.size() || index >= cells) return std::nullopt;
  return index;
}

std::string NotACell(size_t cells) {
  return cells == 0 ? "is not a cell (the table has none)"
                    : "is not a cell (an index from 0 to " + std::to_string(cells - 1) + ")";
}

// Reads one dataset object; `prefix` locates it in the file ("" or "link.item[0].").
class DatasetReader {
 public:
  DatasetReader(const Json& dataset, std::string prefix, ProblemList& problems)
      : dataset_(dataset), prefix_(std::move(prefix)), problems_(problems) {}

  // Dimensions and roles; false after reporting problems that leave no cube to read cells into.
  bool Dimensions(StatCube& cube);
  void Values(StatCube& cube);
  void Statuses(StatCube& cube);

 private:
  void Problem(const std::string& path, std::string_view what, size_t position = 0) {
    problems_.AddAt(static_cast<int64_t>(position), prefix_ + path, what);
  }
  void Dimension(const std::string& id, const Json& json, size_t size, StatDimension& out);
  void Roles(StatCube& cube);

  const Json& dataset_;
  std::string prefix_;
  ProblemList& problems_;
  size_t cells_ = 0;
};

bool DatasetReader::Dimensions(StatCube& cube) {
  const auto id = dataset_.find("id");
  const auto size = dataset_.find("size");
  const auto dimension = dataset_.find("dimension");
  if (id == dataset_.end() || !id->is_array() || id->empty()) {
    Problem("id",
            id == dataset_.end() ? "missing; a dataset lists its dimensions in id" : Found("a non-empty array", *id));
  }
  if (size == dataset_.end() || !size->is_array()) {
    Problem("size",
            size == dataset_.end() ? "missing; a dataset gives each dimension's size" : Found("an array", *size));
  }
  if (dimension == dataset_.end() || !dimension->is_object()) {
    Problem("dimension", dimension == dataset_.end() ? "missing" : Found("an object", *dimension));
  }
  if (!problems_.empty()) return false;
  if (id->size() != size->size()) {
    Problem("size",
            "has " + std::to_string(size->size()) + " entries for " + std::to_string(id->size()) + " dimensions in id");
    return false;
  }
  std::set<std::string> seen;
  cells_ = 1;
  for (size_t i = 0; i < id->size(); ++i) {
    const Json& name = (*id)[i];
    const Json& count = (*size)[i];
    const std::string at = "[" + std::to_string(i) + "]";
    if (!name.is_string() || name.get_ref<const std::string&>().empty()) {
      Problem("id" + at, Found("a dimension id (a non-empty string)", name));
      continue;
    }
    const std::string& dim_id = name.get_ref<const std::string&>();
    if (!seen.insert(dim_id).second) Problem("id" + at, "'" + dim_id + "' is given twice");
    if (!count.is_number_unsigned()) {
      Problem("size" + at, Found("a whole number of 0 or more", count));
      continue;
    }
    const auto n = count.get<uint64_t>();
    cells_ = n == 0 || cells_ <= kMaxCells / n ? cells_ * static_cast<size_t>(n) : kMaxCells + 1;
    const auto json = dimension->find(dim_id);
    StatDimension out;
    out.id = dim_id;
    if (json == dimension->end()) {
      Problem("dimension", "has no '" + dim_id + "', which id lists");
    } else {
      Dimension(dim_id, *json, static_cast<size_t>(n), out);
    }
    cube.dimensions.push_back(std::move(out));
  }
  if (cells_ > kMaxCells) {
    Problem("size", "gives more than " + std::to_string(kMaxCells) + " cells, more than Polyfon reads from one table");
  }
  if (!problems_.empty()) return false;
  Roles(cube);
  return problems_.empty();
}

void DatasetReader::Dimension(const std::string& id, const Json& json, size_t size, StatDimension& out) {
  const std::string path = "dimension." + id;
  if (!json.is_object()) return Problem(path, Found("an object", json));
  out.label = id;
  if (const auto label = json.find("label"); label != json.end()) {
    if (label->is_string())
      out.label = label->get<std::string>();
    else
      Problem(path + ".label", Found("a string", *label));
  }
  const auto category = json.find("category");
  if (category == json.end() || !category->is_object()) {
    return Problem(path + ".category", category == json.end() ? "missing" : Found("an object", *category));
  }
  const auto index = category->find("index");
  const auto labels = category->find("label");
  if (labels != category->end() && !labels->is_object()) Problem(path + ".category.label", Found("an object", *labels));
  std::vector<std::string> codes;
  if (index == category->end()) {
    // JSON-stat leaves out the index of a dimension of one category; its code is the label's key.
    if (labels == category->end() || !labels->is_object() || labels->size() != 1) {
      return Problem(path + ".category",
                     "has no index, which only a dimension of one category (one label) may leave out");
    }
    codes.push_back(labels->begin().key());
  } else if (index->is_array()) {
    for (size_t i = 0; i < index->size(); ++i) {
      const Json& code = (*index)[i];
      if (!code.is_string())
        return Problem(path + ".category.index[" + std::to_string(i) + "]", Found("a string", code));
      codes.push_back(code.get<std::string>());
    }
  } else if (index->is_object()) {
    codes.resize(index->size());
    std::vector<bool> taken(index->size(), false);
    for (const auto& [code, position] : index->items()) {
      const std::string where = path + ".category.index." + code;
      if (!position.is_number_unsigned() || position.get<uint64_t>() >= codes.size()) {
        return Problem(where, "must be a position from 0 to " + std::to_string(codes.size() - 1) + ", found " +
                                  (position.is_number() ? position.dump() : JsonKindName(position.type())));
      }
      const auto at = static_cast<size_t>(position.get<uint64_t>());
      if (taken[at]) return Problem(where, "position " + std::to_string(at) + " is given twice");
      taken[at] = true;
      codes[at] = code;
    }
  } else {
    return Problem(path + ".category.index", Found("an array or an object", *index));
  }
  if (codes.size() != size) {
    return Problem(path + ".category",
                   "has " + std::to_string(codes.size()) + " categories but size gives " + std::to_string(size));
  }
  std::set<std::string> seen;
  for (std::string& code : codes) {
    if (!seen.insert(code).second) Problem(path + ".category.index", "'" + code + "' is given twice");
    StatCategory item{code, code};
    if (labels != category->end() && labels->is_object()) {
      if (const auto label = labels->find(code); label != labels->end()) {
        if (label->is_string())
          item.label = label->get<std::string>();
        else
          Problem(path + ".category.label." + code, Found("a string", *label));
      }
    }
    out.categories.push_back(std::move(item));
  }
}

void DatasetReader::Roles(StatCube& cube) {
  const auto role = dataset_.find("role");
  if (role == dataset_.end() || role->is_null()) return;
  if (!role->is_object()) return Problem("role", Found("an object", *role));
  constexpr std::array<std::pair<const char*, DimensionRole>, 3> kRoles{
      {{"time", DimensionRole::kTime}, {"geo", DimensionRole::kGeo}, {"metric", DimensionRole::kMetric}}};
  for (const auto& [name, kind] : kRoles) {
    const auto ids = role->find(name);
    if (ids == role->end()) continue;
    const std::string path = std::string("role.") + name;
    if (!ids->is_array()) {
      Problem(path, Found("an array of dimension ids", *ids));
      continue;
    }
    for (size_t i = 0; i < ids->size(); ++i) {
      const Json& id = (*ids)[i];
      StatDimension* dim = nullptr;
      for (StatDimension& d : cube.dimensions) {
        if (id.is_string() && d.id == id.get_ref<const std::string&>()) dim = &d;
      }
      if (dim == nullptr) {
        Problem(path + "[" + std::to_string(i) + "]",
                id.is_string() ? "'" + id.get<std::string>() + "' is not in id" : Found("a dimension id", id));
      } else if (dim->role == DimensionRole::kOther) {
        dim->role = kind;  // a dimension in two roles keeps the first
      }
    }
  }
}

void DatasetReader::Values(StatCube& cube) {
  cube.values.assign(cells_, std::nullopt);
  const auto value = dataset_.find("value");
  if (value == dataset_.end()) return Problem("value", "missing; a dataset gives its cells in value");
  auto read = [&](const std::string& path, const Json& json, size_t cell) {
    if (json.is_number()) {
      cube.values[cell] = json.get<double>();
    } else if (!json.is_null()) {
      Problem(path, Found("a number or null", json), cell + 1);
    }
  };
  if (value->is_array()) {
    if (value->empty()) return;  // metadata only: every cell empty
    if (value->size() != cells_) {
      return Problem("value", "has " + std::to_string(value->size()) + " entries for " + std::to_string(cells_) +
                                  " cells (the product of size)");
    }
    for (size_t i = 0; i < cells_; ++i) read("value[" + std::to_string(i) + "]", (*value)[i], i);
  } else if (value->is_object()) {
    for (const auto& [key, json] : value->items()) {
      const auto cell = CellIndex(key, cells_);
      if (!cell) {
        Problem("value." + key, NotACell(cells_));
      } else {
        read("value." + key, json, *cell);
      }
    }
  } else {
    Problem("value", Found("an array or an object", *value));
  }
}

void DatasetReader::Statuses(StatCube& cube) {
  const auto status = dataset_.find("status");
  if (status == dataset_.end() || status->is_null()) return;
  auto put = [&](const std::string& path, const Json& json, size_t cell) {
    if (json.is_string()) {
      if (!json.get_ref<const std::string&>().empty()) cube.symbols[cell] = json.get<std::string>();
    } else if (!json.is_null()) {
      Problem(path, Found("a string or null", json), cell + 1);
    }
  };
  if (status->is_string()) {
    for (size_t i = 0; i < cells_; ++i) put("status", *status, i);  // one status for every cell
  } else if (status->is_array() && status->size() == 1) {
    for (size_t i = 0; i < cells_; ++i) put("status[0]", (*status)[0], i);
  } else if (status->is_array()) {
    if (status->size() != cells_) {
      return Problem("status",
                     "has " + std::to_string(status->size()) + " entries for " + std::to_string(cells_) + " cells");
    }
    for (size_t i = 0; i < cells_; ++i) put("status[" + std::to_string(i) + "]", (*status)[i], i);
  } else if (status->is_object()) {
    for (const auto& [key, json] : status->items()) {
      const auto cell = CellIndex(key, cells_);
      if (!cell) {
        Problem("status." + key, NotACell(cells_));
      } else {
        put("status." + key, json, *cell);
      }
    }
  } else {
    Problem("status", Found("a string, an array or an object", *status));
  }
}

// The dataset in `doc`: itself, or the one a collection embeds; nullptr after reporting why none.
const Json* FindDataset(const Json& doc, std::string& prefix, ProblemList& problems) {
  const auto version = doc.find("version");
  if (version == doc.end()) {
    problems.AddAt(0, "version", "missing; only JSON-stat 2.0 (\"version\": \"2.0\") is read, not JSON-stat 1.x");
    return nullptr;
  }
  if (!version->is_string() || !version->get_ref<const std::string&>().starts_with("2.")) {
    problems.AddAt(0, "version",
                   (version->is_string() ? "'" + version->get<std::string>() + "'" : version->dump()) +
                       " is not read; only JSON-stat 2.0 is");
    return nullptr;
  }
  const auto kind = doc.find("class");
  const std::string name = kind != doc.end() && kind->is_string() ? kind->get<std::string>() : "";
  if (name == "dataset") return &doc;
  if (name == "collection") {
    const auto link = doc.find("link");
    const Json* items = nullptr;
    if (link != doc.end() && link->is_object()) {
      const auto item = link->find("item");
      if (item != link->end() && item->is_array()) items = &*item;
    }
    if (items != nullptr && items->size() == 1 && (*items)[0].is_object() &&
        (*items)[0].value("class", "") == "dataset" && (*items)[0].contains("dimension")) {
      prefix = "link.item[0].";
      return &(*items)[0];
    }
    problems.AddAt(0, "class",
                   "a collection is read only when it embeds exactly one dataset; this one has " +
                       std::to_string(items != nullptr ? items->size() : 0) +
                       " items: import its datasets one at a time");
    return nullptr;
  }
  problems.AddAt(0, "class",
                 kind == doc.end() ? std::string("missing; a JSON-stat 2.0 dataset has \"class\": \"dataset\"")
                 : name.empty()    ? Found("a string", *kind)
                                : "'" + name + "' is not read; import one dataset (\"class\": \"dataset\") at a time");
  return nullptr;
}

}  // namespace

core::Result<StatCube> ParseJsonStat(std::string_view file_name, std::string_view content) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const std::string file(file_name);
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  POLYFON_RETURN_IF_ERROR(CheckJsonText(file_name, content));
  Json doc;
  try {
    doc = Json::parse(content);
  } catch (const Json::exception& error) {
    return core::Status::InvalidArgument(MalformedJsonMessage(file_name, content, error.what()));
  }
  if (!doc.is_object()) {
    return core::Status::InvalidArgument(file + ": expected a JSON-stat dataset (a JSON object), found " +
                                         JsonKindName(doc.type()));
  }
  ProblemList problems(file_name);
  std::string prefix;
  const Json* dataset = FindDataset(doc, prefix, problems);
  if (dataset == nullptr) return problems.ToStatus();
  StatCube cube;
  if (const auto label = dataset->find("label"); label != dataset->end() && label->is_string()) {
    cube.title = label->get<std::string>();
  }
  DatasetReader reader(*dataset, prefix, problems);
  if (!reader.Dimensions(cube)) return problems.ToStatus();
  reader.Values(cube);
  reader.Statuses(cube);
  if (!problems.empty()) return problems.ToStatus();
  return cube;
}

}  // namespace polyfon::io
