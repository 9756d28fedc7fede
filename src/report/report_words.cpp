#include "report/report_words.hpp"

#include <cmath>
#include <cstdio>
#include <array>
#include <map>

namespace polyfon::report {

namespace {
constexpr ReportWords kNynorsk{
    "nn", "Årsrapport", "Kunnskapsklynga POLYFON – musikkterapi for alle som ønskjer og treng det", "Innhald",
    "Hovudmål", "Delmål", "Styringsgruppa reflekterer over måla gjennom indikatorane under. Tal med intervall er 95 % konfidensintervall.",
    "Målet har ingen indikatorar enno.", "Dimensjon", "År", "Verdi", "95 % intervall", "Mål", "Status", "skjult", "manglar",
    "Framdrift", "Deltakarar og medlemskap", "Fullverdige medlemar", "Observerande deltakarar", "Gått ut", "Endringar i året",
    "Ingen endringar i medlemskap i året.", "Deltakar", "Aktørtype", "Helseregion", "Med sidan", "Dekningsgrad",
    "Delen av helseføretaka i regionen som er fullverdige medlemar ved utgangen av året, rekna ut frå medlemshistorikken.",
    "helseføretak", "Aktivitetar", "Ingen aktivitetar er registrerte for året.", "Dato", "Type", "Kva", "Arrangør",
    "Deltakarar", "Stad", "ikkje rapportert", "Aktivitetsindikatorar", "Haldne", "Planlagde", "Avlyste", "Utsette",
    "alle typar", "Handlingsplan", "Status per", "Ingen tiltak eller milepålar er registrerte for året.", "Mål", "Ansvarleg",
    "Frist", "forseinka", "Organ", "Ingen medlemar er registrerte for året.", "Rolle", "Periode",
    "Bygd frå øyeblikksbilete", "teke", "dataversjon",
    "Tal frå 1 til {} er skjulte, og nok andre tal til at dei ikkje kan reknast ut att.", "sekretariatet", "Person", "Representerer"};

constexpr ReportWords kBokmal{
    "nb", "Årsrapport", "Kunnskapsklyngen POLYFON – musikkterapi for alle som ønsker og trenger det", "Innhold",
    "Hovedmål", "Delmål", "Styringsgruppen reflekterer over målene gjennom indikatorene under. Tall med intervall er 95 % konfidensintervall.",
    "Målet har ingen indikatorer ennå.", "Dimensjon", "År", "Verdi", "95 % intervall", "Mål", "Status", "skjult", "mangler",
    "Fremdrift", "Deltakere og medlemskap", "Fullverdige medlemmer", "Observerende deltakere", "Gått ut", "Endringer i året",
    "Ingen endringer i medlemskap i året.", "Deltaker", "Aktørtype", "Helseregion", "Med siden", "Dekningsgrad",
    "Andelen av helseforetakene i regionen som er fullverdige medlemmer ved utgangen av året, regnet ut fra medlemshistorikken.",
    "helseforetak", "Aktiviteter", "Ingen aktiviteter er registrert for året.", "Dato", "Type", "Hva", "Arrangør",
    "Deltakere", "Sted", "ikke rapportert", "Aktivitetsindikatorer", "Holdt", "Planlagt", "Avlyst", "Utsatt",
    "alle typer", "Handlingsplan", "Status per", "Ingen tiltak eller milepæler er registrert for året.", "Mål", "Ansvarlig",
    "Frist", "forsinket", "Organ", "Ingen medlemmer er registrert for året.", "Rolle", "Periode",
    "Bygget fra øyeblikksbilde", "tatt", "dataversjon",
    "Tall fra 1 til {} er skjult, og nok andre tall til at de ikke kan regnes ut igjen.", "sekretariatet", "Person", "Representerer"};

constexpr ReportWords kEnglish{
    "en", "Annual report", "The POLYFON knowledge cluster – music therapy for everyone who wants and needs it", "Contents",
    "Main goal", "Sub-goal", "The steering group reflects on the goals through the indicators below. Intervals are 95 % confidence intervals.",
    "The goal has no indicators yet.", "Dimension", "Year", "Value", "95 % interval", "Target", "Status", "hidden", "missing",
    "Progress", "Participants and membership", "Full members", "Observers", "Left", "Changes in the year",
    "No membership changes in the year.", "Participant", "Helix category", "Health region", "Member since", "Coverage",
    "The share of the region's health trusts that are full members at the end of the year, from the membership history.",
    "health trusts", "Activities", "No activities are recorded for the year.", "Date", "Kind", "What", "Organiser",
    "Attendees", "Place", "not reported", "Activity indicators", "Held", "Planned", "Cancelled", "Postponed",
    "all kinds", "Action plan", "Status as of", "No actions or milestones are recorded for the year.", "Goal", "Responsible",
    "Due", "overdue", "Body", "No members are recorded for the year.", "Role", "Term",
    "Built from snapshot", "taken", "data version",
    "Counts from 1 to {} are hidden, and enough other figures that they cannot be worked out again.", "the secretariat", "Person", "Represents"};

using Terms = std::map<std::string_view, std::array<const char*, 3>, std::less<>>;

// nn, nb, en
const Terms& AllTerms() {
  static const Terms terms{
      {"reach", {"rekkevidd (RE-AIM)", "rekkevidde (RE-AIM)", "reach (RE-AIM)"}},
      {"effectiveness", {"effekt (RE-AIM)", "effekt (RE-AIM)", "effectiveness (RE-AIM)"}},
      {"adoption", {"adopsjon (RE-AIM)", "adopsjon (RE-AIM)", "adoption (RE-AIM)"}},
      {"implementation", {"implementering (RE-AIM)", "implementering (RE-AIM)", "implementation (RE-AIM)"}},
      {"maintenance", {"vedlikehald (RE-AIM)", "vedlikehold (RE-AIM)", "maintenance (RE-AIM)"}},
      {"acceptability", {"akseptabilitet (Proctor)", "akseptabilitet (Proctor)", "acceptability (Proctor)"}},
      {"appropriateness", {"føremålstenlegheit (Proctor)", "hensiktsmessighet (Proctor)", "appropriateness (Proctor)"}},
      {"feasibility", {"gjennomførbarheit (Proctor)", "gjennomførbarhet (Proctor)", "feasibility (Proctor)"}},
      {"fidelity", {"truskap til metoden (Proctor)", "troskap til metoden (Proctor)", "fidelity (Proctor)"}},
      {"cost", {"kostnad (Proctor)", "kostnad (Proctor)", "cost (Proctor)"}},
      {"penetration", {"utbreiing (Proctor)", "utbredelse (Proctor)", "penetration (Proctor)"}},
      {"sustainability", {"berekraft (Proctor)", "bærekraft (Proctor)", "sustainability (Proctor)"}},
      {"webinar", {"webinar", "webinar", "webinar"}},
      {"conference", {"konferanse", "konferanse", "conference"}},
      {"course", {"kurs", "kurs", "course"}},
      {"network_meeting", {"nettverksmøte", "nettverksmøte", "network meeting"}},
      {"seed_grant", {"prosjektmidlar", "prosjektmidler", "seed funding"}},
      {"dissemination_grant", {"formidlingsstøtte", "formidlingsstøtte", "dissemination grant"}},
      {"concert", {"konsert", "konsert", "concert"}},
      {"held", {"halde", "holdt", "held"}},
      {"planned", {"planlagd", "planlagt", "planned"}},
      {"cancelled", {"avlyst", "avlyst", "cancelled"}},
      {"postponed", {"utsett", "utsatt", "postponed"}},
      {"in_progress", {"i gang", "i gang", "in progress"}},
      {"done", {"gjennomført", "gjennomført", "done"}},
      {"milestone", {"milepål", "milepæl", "milestone"}},
      {"action", {"tiltak", "tiltak", "action"}},
      {"full_member", {"fullverdig medlem", "fullverdig medlem", "full member"}},
      {"observer", {"observerande deltakar", "observerende deltaker", "observer"}},
      {"left", {"gått ut", "gått ut", "left"}},
      {"government", {"myndigheiter", "myndigheter", "government"}},
      {"civil_society", {"sivilsamfunn", "sivilsamfunn", "civil society"}},
      {"industry", {"næring", "næring", "industry"}},
      {"services", {"tenester", "tjenester", "services"}},
      {"academia", {"akademia", "akademia", "academia"}},
      {"steering_group", {"styringsgruppe", "styringsgruppe", "steering group"}},
      {"strategy_group", {"strategigruppe", "strategigruppe", "strategy group"}},
      {"working_group", {"arbeidsgruppe", "arbeidsgruppe", "working group"}},
      {"experience_panel", {"erfaringspanel", "erfaringspanel", "experience panel"}},
      {"scientific_council", {"fagråd", "fagråd", "scientific advisory council"}},
      {"national_network", {"nasjonalt nettverk", "nasjonalt nettverk", "national network"}},
      {"regional_node", {"regional node", "regional node", "regional node"}},
      {"secretariat", {"sekretariat", "sekretariat", "secretariat"}},
      {"chair", {"leiar", "leder", "chair"}},
      {"leader", {"klyngeleiar", "klyngeleder", "cluster leader"}},
      {"member", {"medlem", "medlem", "member"}},
      {"deputy", {"vara", "vara", "deputy"}},
      {"user_representative", {"brukarrepresentant", "brukerrepresentant", "user representative"}},
  };
  return terms;
}
}  // namespace

const ReportWords* WordsFor(std::string_view language) {
  if (language == "nn") return &kNynorsk;
  if (language == "nb") return &kBokmal;
  if (language == "en") return &kEnglish;
  return nullptr;
}

std::string Term(std::string_view value, std::string_view language) {
  const Terms& terms = AllTerms();
  auto found = terms.find(value);
  if (found == terms.end()) return std::string(value);
  size_t index = language == "nb" ? 1 : language == "en" ? 2 : 0;
  return found->second[index];
}

std::string FormatNumber(double value, int decimals, std::string_view language) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
  std::string digits = buffer;
  std::string fraction;
  if (size_t point = digits.find('.'); point != std::string::npos) {
    fraction = digits.substr(point + 1);
    digits.resize(point);
  }
  const bool english = language == "en";
  const std::string group = english ? "," : "\u00a0";  // a no-break space keeps "1 106 295" on one line
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += group;
    grouped += digits[i];
  }
  std::string out = (value < 0 && std::round(value * std::pow(10, decimals)) != 0) ? "−" : "";
  out += grouped;
  if (!fraction.empty()) out += (english ? "." : ",") + fraction;
  return out;
}

}  // namespace polyfon::report
