#include "web/home_page.hpp"

namespace polyfon::web {

HttpResponse HomePage() {
  HttpResponse response;
  response.content_type = "text/html; charset=utf-8";
  response.body = R"(<!doctype html>
<html lang="nn">
<head><meta charset="utf-8"><title>Polyfon</title></head>
<body>
<h1>Polyfon</h1>
<p>Indikatordata for kunnskapsklynga: pasientar med prosedyrekode for musikkterapi per 100 000 innbyggjarar, med feilmargin.</p>
<ul>
<li><a href="/api/analytics?dx=mt_patients_per_100k&amp;ou=NO-HSO,NO-HV,NO-HMN,NO-HN,NO&amp;pe=2016:2018">Pasientar per 100 000 innbyggjarar, 2016–2018 (JSON)</a></li>
<li><a href="/api/orgunits">Organisasjonseiningar</a> · <a href="/api/dataelements">Dataelement</a> · <a href="/api/indicators">Indikatorar</a></li>
<li><a href="/api/health">Status</a></li>
</ul>
<p>Små tal (1–4) er prikka i alt som er ope for alle.</p>
</body>
</html>
)";
  return response;
}

}  // namespace polyfon::web
