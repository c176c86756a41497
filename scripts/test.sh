#!/usr/bin/env bash
# Runs every TechBridge test. Installs what the tests need when it is missing (PostgreSQL, Chromium,
# Korean fonts), starts a throw-away PostgreSQL cluster, runs all test projects, and exits non-zero on
# any failure. Usage: ./scripts/test.sh [extra dotnet test arguments, e.g. --filter Name~Directory]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local packages=()
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || packages+=(postgresql postgresql-contrib)
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  # NanumGothic also goes into PDF statements (Core/Shared/Export/NanumFontResolver).
  [ -f /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] && fc-list 2>/dev/null | grep -qi nanum || packages+=(fonts-nanum fontconfig)
  if [ ${#packages[@]} -gt 0 ]; then
    log "Installing ${packages[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
}

start_postgres() {
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PGDATA=$(mktemp -d /tmp/techbridge-pg.XXXXXX)
  port=$(( 20000 + RANDOM % 20000 ))
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PGDATA"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -o \
    "-p $port -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$PGDATA" -m immediate stop)
  export TECHBRIDGE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $PGDATA)"
}

stop_postgres() {
  if [ -n "${PGDATA:-}" ]; then
    "${PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$PGDATA"
  fi
}

summarise() {
  # One closing line over every test project: "N passed, N failed, N skipped".
  local passed=0 failed=0 total=0 p f t
  for trx in "$RESULTS"/*.trx; do
    [ -f "$trx" ] || continue
    read -r t p f < <(grep -o '<Counters [^>]*' "$trx" | sed -E 's/.*total="([0-9]+)".*passed="([0-9]+)" failed="([0-9]+)".*/\1 \2 \3/')
    total=$((total + t)); passed=$((passed + p)); failed=$((failed + f))
  done
  echo "Tests: $passed passed, $failed failed, $((total - passed - failed)) skipped"
}

install_missing
trap stop_postgres EXIT
start_postgres

export TECHBRIDGE_CHROMIUM=/usr/bin/chromium
export TECHBRIDGE_ARTIFACTS="$ROOT/artifacts"
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS" "$ROOT/artifacts/screenshots"

log "Building"
dotnet build TechBridge.sln -c Release -nologo -v q -warnaserror

log "Testing"
status=0
dotnet test TechBridge.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" "$@" || status=$?
summarise
exit $status
