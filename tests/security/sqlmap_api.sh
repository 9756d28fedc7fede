#!/bin/sh
# Plays an attacker with sqlmap against a real `polyfon serve` on loopback: every API parameter of
# the routes below (query strings, JSON bodies, the sign-in form, as anonymous and as an admin with a
# token) is tested for SQL injection. Fails if sqlmap reports any injectable parameter, or if it did
# not get to test the parameters at all.
#   usage: tests/security/sqlmap_api.sh POLYFON_BINARY [LEVEL] [RISK]
set -eu

binary=${1:?usage: sqlmap_api.sh POLYFON_BINARY [LEVEL] [RISK]}
level=${2:-2}
risk=${3:-1}
command -v sqlmap >/dev/null || { echo "sqlmap is not installed (scripts/install-deps test installs it)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/polyfon-sqlmap.XXXXXX")
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

db="$work/x.db"
"$binary" --db "$db" demo >/dev/null
echo 'a long admin password' | "$binary" --db "$db" user add ada --role admin >/dev/null
token=$("$binary" --db "$db" user token add ada --label sqlmap 2>/dev/null)
"$binary" --db "$db" serve --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "polyfon serve did not start:" >&2; cat "$work/serve.err" >&2; exit 1; }
base="http://127.0.0.1:$port"

# One sqlmap run; its log is kept for the verdict below.
run=0
probe() {
  run=$((run + 1))
  sqlmap --batch --flush-session --disable-coloring --level "$level" --risk "$risk" --threads 2 \
    --output-dir "$work/out" "$@" >"$work/run$run.log" 2>&1 || true
}
auth="Authorization: Bearer $token"

probe -u "$base/api/analytics?dx=mt_patients&ou=NO-HV&pe=2016:2018&ci=0.95&format=json"
probe -u "$base/api/analyze/gap?dx=mt_patients_per_100k&ou=NO-HV,NO-HSO&pe=2018&reference=NO"
probe -u "$base/api/analyze/sensitivity?dx=mt_patients_per_100k&ou=NO-HV&pe=2018&completeness=0.6:1&exposure=cluster_coverage"
probe -u "$base/api/orgunits/NO-HV*"
probe -u "$base/api/dataValueSets?de=mt_patients&ou=NO-HV&pe=2018&idScheme=code"
probe -u "$base/api/template?participant=BETANIEN&year=2025"
probe -u "$base/api/audit?element=mt_patients&ou=NO-HV&pe=2018&source=1&limit=5" -H "$auth"
probe -u "$base/api/account-log?limit=5" -H "$auth"
probe -u "$base/api/login" --data '{"user":"ada","password":"guess"}' -H "Content-Type: application/json" --ignore-code 401,429
probe -u "$base/api/tokens" --data '{"label":"x"}' -H "Content-Type: application/json" -H "$auth"
probe -u "$base/api/dataValueSets?dryRun=true" -H "$auth" -H "Content-Type: application/json" \
  --data '{"period":"2019","orgUnit":"NO-HV","dataValues":[{"dataElement":"mt_patients","value":"5","comment":"c"}]}'

status=0
tested=0
for log in "$work"/run*.log; do
  if grep -Eq "is vulnerable|identified the following injection point|might be injectable|appears to be injectable" "$log"; then
    echo "sqlmap found an injection ($log):" >&2
    cat "$log" >&2
    status=1
  fi
  if grep -q "all tested parameters do not appear to be injectable" "$log"; then
    tested=$((tested + 1))
  else
    echo "sqlmap did not finish testing in $(basename "$log"):" >&2
    tail -20 "$log" >&2
    status=1
  fi
done
echo "sqlmap (level $level, risk $risk): $tested of $run runs tested every parameter and found nothing injectable"
exit $status
