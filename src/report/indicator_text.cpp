#include "report/indicator_text.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/report_words.hpp"

namespace polyfon::report {

namespace {

struct Sentences {
  const char* rose;       // {0} previous, {1} its year, {2} current, {3} year
  const char* fell;
  const char* same;
  const char* first;      // {0} current, {1} year
  const char* interval;   // {0} low, {1} high
  const char* clear;
  const char* unclear;
  const char* hidden;     // {0} year, {1} min count
  const char* missing;    // {0} year
  const char* met;        // {0} year, {1} target
  const char* not_met;
  const char* undecided;
  const char* no_target;  // {0} year
  const char* baseline;   // {0} first figure, {1} its year
};

constexpr Sentences kNynorsk{
    "Auka frå {0} i {1} til {2} i {3}", "Minka frå {0} i {1} til {2} i {3}", "Uendra frå {1} til {3}: {2}",
    "{0} i {1}", " (95 % intervall {0}–{1})",
    ". Endringa er større enn det tilfeldig variasjon forklarar: intervalla overlappar ikkje.",
    ". Endringa kan vere tilfeldig: intervalla overlappar.",
    "Talet for {0} er skjult fordi det er under {1}.", "Det finst ikkje tal for {0}.",
    " Målet for {0}, {1}, er nådd.", " Målet for {0}, {1}, er ikkje nådd.",
    " Målet ligg innanfor intervallet, så tala kan ikkje avgjere om det er nådd.",
    " Det er ikkje sett noko mål for {0}.", " Første tal i serien: {0} i {1}."};

constexpr Sentences kBokmal{
    "Økte fra {0} i {1} til {2} i {3}", "Sank fra {0} i {1} til {2} i {3}", "Uendret fra {1} til {3}: {2}",
    "{0} i {1}", " (95 % intervall {0}–{1})",
    ". Endringen er større enn det tilfeldig variasjon forklarer: intervallene overlapper ikke.",
    ". Endringen kan være tilfeldig: intervallene overlapper.",
    "Tallet for {0} er skjult fordi det er under {1}.", "Det finnes ikke tall for {0}.",
    " Målet for {0}, {1}, er nådd.", " Målet for {0}, {1}, er ikke nådd.",
    " Målet ligger innenfor intervallet, så tallene kan ikke avgjøre om det er nådd.",
    " Det er ikke satt noe mål for {0}.", " Første tall i serien: {0} i {1}."};

constexpr Sentences kEnglish{
    "Rose from {0} in {1} to {2} in {3}", "Fell from {0} in {1} to {2} in {3}", "Unchanged from {1} to {3}: {2}",
    "{0} in {1}", " (95 % interval {0}–{1})",
    ". The change is larger than chance explains: the intervals do not overlap.",
    ". The change may be chance: the intervals overlap.",
    "The figure for {0} is hidden because it is below {1}.", "There is no figure for {0}.",
    " The target for {0}, {1}, is reached.", " The target for {0}, {1}, is not reached.",
    " The target lies within the interval, so the figures cannot tell whether it is reached.",
    " No target is set for {0}.", " The series' first figure: {0} in {1}."};

const Sentences& SentencesFor(const std::string& language) {
  if (language == "nb") return kBokmal;
  if (language == "en") return kEnglish;
  return kNynorsk;
}

int DecimalsFor(double value, const FigureFormat& format) {
  if (format.kind == "rate") return 1;
  if (format.kind == "percent") return 0;
  return std::fabs(value - std::round(value)) < 1e-9 ? 0 : 1;
}

constexpr const char* kProgressLines[] = {
    "Framdrift: {0} indikatorar. Mål for året: {1} av {2} nådde. Klart betre: {3}, klart verre: {4}. "
    "Utan tal for året: {5}.",
    "Fremdrift: {0} indikatorer. Mål for året: {1} av {2} nådd. Klart bedre: {3}, klart verre: {4}. "
    "Uten tall for året: {5}.",
    "Progress: {0} indicators. Targets for the year: {1} of {2} reached. Clearly better: {3}, clearly worse: {4}. "
    "Without a figure for the year: {5}.",
};

}  // namespace

std::string ProgressLine(const analytics::GoalProgress& summary, const std::string& language) {
  const char* pattern = kProgressLines[language == "nb" ? 1 : language == "en" ? 2 : 0];
  return fmt::format(fmt::runtime(pattern), summary.indicators, summary.met, summary.with_target,
                     summary.clearly_better, summary.clearly_worse, summary.without_data);
}

FigureFormat FigureFormatOf(const nlohmann::json& indicator) {
  FigureFormat format;
  const nlohmann::json& unit = indicator.at("unit");
  format.kind = unit.at("kind").get<std::string>();
  if (unit.contains("per")) format.per = unit.at("per").get<double>();
  return format;
}

std::string FormatBare(double value, const FigureFormat& format, const std::string& language) {
  return FormatNumber(value, DecimalsFor(value, format), language);
}

std::string FormatFigure(double value, const FigureFormat& format, const std::string& language) {
  std::string text = FormatBare(value, format, language);
  if (format.kind == "percent") return text + "\u00a0%";
  if (format.kind == "rate") return text + " per " + FormatNumber(format.per, 0, language);
  return text;
}

std::string DescribeProgress(const analytics::IndicatorProgress& progress, const FigureFormat& format, int year,
                             int min_count, const std::string& language) {
  const Sentences& s = SentencesFor(language);
  if (!progress.current || progress.current->status == analytics::RowStatus::kSuppressed) {
    if (progress.current) return fmt::format(fmt::runtime(s.hidden), year, min_count);
    return fmt::format(fmt::runtime(s.missing), year);
  }
  if (progress.verdict == analytics::Verdict::kNoData) return fmt::format(fmt::runtime(s.missing), year);
  const analytics::MeasurePoint& now = *progress.current;
  const std::string current = FormatFigure(*now.value, format, language);
  std::string text;
  if (progress.previous) {
    const std::string before = FormatFigure(*progress.previous->value, format, language);
    const char* pattern = progress.trend == analytics::Trend::kUp     ? s.rose
                          : progress.trend == analytics::Trend::kDown ? s.fell
                                                                      : s.same;
    text = fmt::format(fmt::runtime(pattern), before, progress.previous->year, current, year);
  } else {
    text = fmt::format(fmt::runtime(s.first), current, year);
  }
  if (now.ci_low && now.ci_high) {
    text += fmt::format(fmt::runtime(s.interval), FormatBare(*now.ci_low, format, language),
                        FormatBare(*now.ci_high, format, language));
  }
  bool judged = progress.previous && progress.trend != analytics::Trend::kSame && now.ci_low &&
                progress.previous->ci_low;
  if (judged) text += progress.clear_change ? s.clear : s.unclear;
  else text += ".";
  if (progress.first && progress.previous && progress.first->year != progress.previous->year) {
    text += fmt::format(fmt::runtime(s.baseline), FormatFigure(*progress.first->value, format, language),
                        progress.first->year);
  }
  if (progress.target) {
    const std::string target = FormatFigure(*progress.target, format, language);
    text += fmt::format(fmt::runtime(progress.verdict == analytics::Verdict::kMet ? s.met : s.not_met), year, target);
    if (progress.target_in_interval) text += s.undecided;
  } else {
    text += fmt::format(fmt::runtime(s.no_target), year);
  }
  return text;
}

}  // namespace polyfon::report
