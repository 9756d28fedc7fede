#include "cli/query_spec_args.hpp"

#include "core/text.hpp"

namespace polyfon::cli {

core::Result<analytics::QuerySpec> SpecFromArgs(const QueryArgs& args) {
  analytics::QuerySpec spec;
  if (!args.indicator.empty() || !args.element.empty()) {
    spec.items = {args.indicator.empty() ? args.element : args.indicator};
  }
  spec.org_units = core::SplitList(args.org_units);
  auto periods = core::ParsePeriodSelection(args.periods);
  if (!periods) return core::Status::InvalidArgument("--pe: " + periods.error().message());
  spec.periods = std::move(*periods);
  spec.level = args.ci;
  spec.public_output = args.public_output;
  spec.min_count = args.min_count;
  return spec;
}

}  // namespace polyfon::cli
