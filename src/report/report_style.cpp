#include "report/report_style.hpp"

namespace polyfon::report {

const char* const kReportStyle = R"css(
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
:root { color: #1e2b3c; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
header.cover { border-bottom: 3px solid #0062ba; margin-bottom: 1.5rem; padding-bottom: 0.5rem; }
h1 { font-size: 2rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #c6d2df; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.35rem; }
.lead, .meta, .note { color: #3d4f63; }
.meta { font-size: 0.85rem; }
.dimension { font-size: 0.85rem; color: #3d4f63; margin: 0; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
table.wide { width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border-bottom: 1px solid #dde4ec; padding: 0.2rem 0.6rem 0.2rem 0; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; }
thead th { border-bottom: 2px solid #8196ad; }
.chart { width: 540px; min-height: 200px; }
.overdue { color: #a4161a; }
.progress { background: #eef3f8; padding: 0.4rem 0.6rem; border-left: 4px solid #0062ba; }
article.indicator { break-inside: avoid; margin-bottom: 1.25rem; }
section { break-before: auto; }
nav ol { padding-left: 1.2rem; }
footer { margin-top: 2rem; font-size: 0.8rem; color: #3d4f63; border-top: 1px solid #c6d2df; padding-top: 0.5rem; }
@media print { body { margin: 0; max-width: none; } nav { break-after: page; } a { color: inherit; text-decoration: none; } }
)css";

}  // namespace polyfon::report
