#!/bin/sh
# Runs the TLS setup of docs/security.md for real: `polyfon serve --secure-cookies --behind-proxy` on
# loopback behind nginx terminating TLS with a self-signed certificate, nginx configured like the
# documented config (Host passed through, X-Forwarded-For, HSTS). Over https, with curl trusting only
# that certificate, it checks the HSTS header, that the session cookie is Secure, HttpOnly and
# SameSite=Strict, that the CSRF token and the Origin check work through the proxy, and that a client
# cannot forge its address in the account log with its own X-Forwarded-For. nginx runs as the
# current user with its config, logs, pid and temp files in a temp dir: no root, nothing of the system.
#   usage: tests/security/tls_proxy.sh POLYFON_BINARY
set -eu

binary=${1:?usage: tls_proxy.sh POLYFON_BINARY}
nginx_binary=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_binary" ] || { echo "nginx is not installed (scripts/install-deps test installs it)" >&2; exit 1; }
for tool in openssl curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (scripts/install-deps test installs it)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/polyfon-tls.XXXXXX")
server=""
proxy=""
stop() {  # stop PID: ends a process this script started and waits for it.
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  [ -n "$proxy" ] && stop "$proxy"
  [ -n "$server" ] && stop "$server"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
  echo "tls_proxy: FAILED: $*" >&2
  for log in serve.err error.log nginx.err; do
    [ -s "$work/$log" ] && { echo "--- $log:" >&2; tail -20 "$work/$log" >&2; }
  done
  exit 1
}

# A self-signed certificate for 127.0.0.1 and localhost.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>"$work/openssl.err" ||
  { cat "$work/openssl.err" >&2; fail "openssl could not make a certificate"; }

# Polyfon with the demo data, an admin and a reporter, behind the proxy.
db="$work/x.db"
"$binary" --db "$db" demo >/dev/null
password='a long admin password'
echo "$password" | "$binary" --db "$db" user add ada --role admin >/dev/null
echo 'a long reporter password' | "$binary" --db "$db" user add rita --role reporter --org-unit HV-BERGEN >/dev/null
"$binary" --db "$db" serve --port 0 --secure-cookies --behind-proxy >"$work/serve.out" 2>"$work/serve.err" &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || fail "polyfon serve did not start"

# nginx, configured like docs/security.md, on a free port tried at random.
mkdir -p "$work/temp"
write_config() {  # write_config PORT
  cat >"$work/nginx.conf" <<EOF
user $(id -un) $(id -gn);
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 64; }
http {
  access_log $work/access.log;
  client_body_temp_path $work/temp/body;
  proxy_temp_path $work/temp/proxy;
  fastcgi_temp_path $work/temp/fastcgi;
  uwsgi_temp_path $work/temp/uwsgi;
  scgi_temp_path $work/temp/scgi;
  server {
    listen 127.0.0.1:$1 ssl http2;
    server_name localhost;
    ssl_certificate     $work/cert.pem;
    ssl_certificate_key $work/key.pem;
    add_header Strict-Transport-Security "max-age=31536000" always;
    client_max_body_size 8m;
    location / {
      proxy_pass http://127.0.0.1:$port;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
EOF
}
tls_port=""
for _ in $(seq 1 10); do
  candidate=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000))
  write_config "$candidate"
  "$nginx_binary" -e "$work/error.log" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' 2>>"$work/nginx.err" &
  proxy=$!
  for _ in $(seq 1 50); do
    if curl -s -o /dev/null --max-time 2 --cacert "$work/cert.pem" "https://127.0.0.1:$candidate/api/health"; then
      tls_port=$candidate
      break
    fi
    kill -0 "$proxy" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$tls_port" ] && break
  stop "$proxy"  # the port was taken (or nginx did not answer): try another
  proxy=""
done
[ -n "$tls_port" ] || fail "nginx did not start on any of 10 random ports"
base="https://127.0.0.1:$tls_port"
origin="Origin: $base"

# request NAME [CURL ARGUMENTS]: one https request through the proxy; the answer's headers go to
# $work/NAME.headers and its body to $work/NAME.body, its status to stdout.
request() {
  name=$1
  shift
  curl -sS --max-time 30 --cacert "$work/cert.pem" -D "$work/$name.headers" -o "$work/$name.body" -w '%{http_code}' "$@" ||
    fail "curl could not reach $base ($name)"
}
expect() {  # expect NAME WANTED GOT
  [ "$3" = "$2" ] || fail "$1: wanted status $2, got $3: $(cat "$work/$1.body" 2>/dev/null)"
}
has_header() {  # has_header NAME PATTERN: an answer's header matches (case-insensitive extended regex).
  tr -d '\r' <"$work/$1.headers" | grep -Eqi "$2"
}
checks=0
pass() { checks=$((checks + 1)); }

# Health over https, with HSTS.
status=$(request health "$base/api/health")
expect health 200 "$status"
has_header health '^strict-transport-security: max-age=31536000' || fail "no Strict-Transport-Security header on $base/api/health"
pass

# Sign-in: the cookie is Secure, HttpOnly and SameSite=Strict.
status=$(request login -H "$origin" -H 'Content-Type: application/json' \
  --data "{\"user\":\"ada\",\"password\":\"$password\"}" "$base/api/login")
expect login 200 "$status"
cookie_line=$(tr -d '\r' <"$work/login.headers" | grep -i '^set-cookie:' | head -1)
[ -n "$cookie_line" ] || fail "sign-in answered no Set-Cookie"
for attribute in Secure HttpOnly SameSite=Strict; do
  echo "$cookie_line" | grep -Eqi "; *$attribute(;|\$)" || fail "session cookie lacks $attribute: $cookie_line"
done
cookie=$(echo "$cookie_line" | sed 's/^[^:]*: *//; s/;.*//')
csrf=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["csrf_token"])' <"$work/login.body") ||
  fail "no csrf_token in the sign-in answer: $(cat "$work/login.body")"
pass

# The session changes something only with its CSRF token and from its own origin.
status=$(request token -H "$origin" -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' --data '{"label":"tls proxy"}' "$base/api/tokens")
expect token 201 "$status"
status=$(request nocsrf -H "$origin" -H "Cookie: $cookie" \
  -H 'Content-Type: application/json' --data '{"label":"no csrf"}' "$base/api/tokens")
expect nocsrf 403 "$status"
status=$(request evil -H 'Origin: https://evil.example' -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' --data '{"label":"evil"}' "$base/api/tokens")
expect evil 403 "$status"
pass

# A failed sign-in with a forged X-Forwarded-For is logged with the address nginx saw. The client
# connects from 127.0.0.2 (all of 127/8 is loopback) so that its address differs from nginx's own,
# 127.0.0.1: a Polyfon that ignored X-Forwarded-For would log 127.0.0.1 and fail here too.
status=$(request forged --interface 127.0.0.2 -H "$origin" -H 'X-Forwarded-For: 203.0.113.7' \
  -H 'Content-Type: application/json' --data '{"user":"rita","password":"not her password"}' "$base/api/login")
expect forged 401 "$status"
"$binary" --db "$db" user log --limit 0 --format json >"$work/log.json" || fail "polyfon user log failed"
logged=$(python3 -c '
import json, sys
events = json.load(open(sys.argv[1]))
events = events.get("events", events) if isinstance(events, dict) else events
print("\n".join(e.get("detail", "") for e in events
                if e.get("action") == "login_failed" and e.get("subject") == "rita"))
' "$work/log.json") || fail "could not read the account log: $(cat "$work/log.json")"
[ "$logged" = "from 127.0.0.2" ] ||
  fail "the failed sign-in should be logged 'from 127.0.0.2' (the address nginx saw), not the forged 203.0.113.7 nor nginx's 127.0.0.1; logged: '$logged'"
pass

# Plain http straight to Polyfon on loopback still answers.
status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health") || fail "polyfon on http://127.0.0.1:$port/ did not answer"
[ "$status" = 200 ] || fail "plain http on loopback: wanted status 200, got $status"
pass

echo "tls_proxy: $checks of 5 checks passed: polyfon --secure-cookies --behind-proxy behind nginx (TLS on $base, self-signed): HSTS, Secure/HttpOnly/SameSite=Strict cookie, CSRF token and Origin check (201/403/403), forged X-Forwarded-For logged as the real 127.0.0.2, plain http on loopback"
