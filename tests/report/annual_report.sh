#!/bin/sh
# The annual report as a user gets it: `polyfon report --year 2018` on the bundled data, as HTML
# and as PDF. Checks the HTML's content, that a rebuild from the snapshot is byte-identical, the
# PDF's text, and its first pages rendered to PNG (pdftoppm) against reference images, loosely:
# fonts and anti-aliasing differ between machines, the layout must not.
# Usage: annual_report.sh POLYFON [--rewrite]   (--rewrite stores new reference images)
set -eu
polyfon=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

db="$work/polyfon.db"
"$polyfon" --db "$db" demo > /dev/null
taken=2026-12-01T12:00:00Z

# HTML, and the snapshot beside it.
"$polyfon" --db "$db" report --year 2018 -o "$work/report.html" --taken-at $taken 2> "$work/stderr"
[ -s "$work/report.snapshot.json" ] || fail "no snapshot beside the report"
grep -q "froze the report's data in $work/report.snapshot.json" "$work/stderr" || fail "no word of the snapshot"
for text in '<html lang="nn">' 'Årsrapport 2018' 'Hovudmål: Musikkterapi for alle som ønskjer og treng det' \
  'Auka frå 283 i 2017 til 456 i 2018 (95 % intervall 415,1–499,8)' 'Første tal i serien: 214 i 2016' \
  'intervalla overlappar ikkje' \
  'Betanien sjukehus' 'Høgskulen på Vestlandet' 'POLYFON-konferansen 2018' 'Musikkterapi og samhandling' \
  'Geir Lien' 'Dekningsgrad' 'Status per 2026-12-01' 'rekkevidd (RE-AIM)' 'utbreiing (Proctor)' \
  'application/vnd.vegalite+json'; do
  grep -qF "$text" "$work/report.html" || fail "report.html lacks: $text"
done
hash=$(sed -n 's/.*<meta name="polyfon-snapshot" content="\([0-9a-f]*\)".*/\1/p' "$work/report.html")
[ ${#hash} -eq 64 ] || fail "no snapshot hash in the report"
grep -q "sha256:$hash" "$work/stderr" || fail "the command names another hash than the report"

# Rebuilt from the snapshot: the same bytes. Taken again from the unchanged database: the same too.
"$polyfon" report --from-snapshot "$work/report.snapshot.json" -o "$work/rebuilt.html" 2> /dev/null
cmp "$work/report.html" "$work/rebuilt.html" || fail "the rebuild from the snapshot differs"
"$polyfon" --db "$db" report --year 2018 -o "$work/again.html" --taken-at $taken 2> /dev/null
cmp "$work/report.html" "$work/again.html" || fail "a second report from the same data differs"
# Any change to the snapshot's content changes the hash the report shows.
sed 's/"year":2018/"year":2018,"note":"edited"/' "$work/report.snapshot.json" > "$work/edited.json"
"$polyfon" report --from-snapshot "$work/edited.json" -o "$work/edited.html" 2> /dev/null
grep -q "content=\"$hash\"" "$work/edited.html" && fail "an edited snapshot kept the hash"

# A snapshot that is not one is refused with exit 3 (invalid input).
echo '{"schema":"something else"}' > "$work/bad.json"
status=0
"$polyfon" report --from-snapshot "$work/bad.json" -o "$work/bad.html" 2> "$work/bad.err" || status=$?
[ $status -eq 3 ] || fail "a bad snapshot gave exit $status"
grep -q "schema" "$work/bad.err" || fail "a bad snapshot's message does not name the schema"

# PDF, printed by headless Chromium from the same snapshot.
"$polyfon" report --from-snapshot "$work/report.snapshot.json" -o "$work/report.pdf" 2> /dev/null
pages=$(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p')
[ "$pages" -ge 3 ] || fail "the PDF has $pages pages"
pdfinfo "$work/report.pdf" | grep -q 'Page size:.*(A4)' || fail "the PDF is not A4"
pdftotext -layout "$work/report.pdf" "$work/report.txt"
for text in 'Årsrapport 2018' 'Auka frå 283 i 2017 til 456 i 2018' 'Betanien sjukehus' 'Geir Lien' 'Chagall'; do
  grep -qF "$text" "$work/report.txt" || fail "the PDF lacks: $text"
done
# The charts were drawn before printing: each chart's x-axis title "År" stands alone on its line
# (in the tables it heads a row of column names). A chart whose series is all missing has no axis.
charts=$(grep -o 'data-chart="' "$work/report.html" | wc -l)
axes=$(grep -c '^[[:space:]]*År[[:space:]]*$' "$work/report.txt" || true)
[ "$charts" -ge 5 ] && [ "$axes" -ge $((charts - 2)) ] || fail "the PDF shows $axes chart axes for $charts charts"

pdftoppm -r 40 -png -f 1 -l 3 "$work/report.pdf" "$work/page"
for n in 1 2 3; do
  page=$(ls "$work"/page-*"$n".png | head -1)
  reference="$here/expected/page-$n.png"
  if [ "${2:-}" = "--rewrite" ]; then
    mkdir -p "$here/expected"
    cp "$page" "$reference"
    continue
  fi
  [ -f "$reference" ] || fail "no reference image $reference (run with --rewrite)"
  # Normalised root-mean-square difference of the pixels: 0 equal, 1 opposite.
  difference=$(compare -metric RMSE "$page" "$reference" null: 2>&1 | sed -n 's/.*(\(.*\)).*/\1/p')
  awk -v d="$difference" 'BEGIN { exit !(d < 0.08) }' || fail "page $n differs from its reference (RMSE $difference)"
  echo "page $n: RMSE $difference"
done
echo "annual report: HTML content, identical rebuild, PDF text and pages checked"
