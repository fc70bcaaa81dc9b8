#!/usr/bin/env bash
# Benchmark of Ownership's key pages on the large generated organization.
#
#   bench/run.sh            # generates the dataset on first use (data/large), then measures
#
# Needs: a JDK 17, wrk (Debian: apt-get install wrk), curl. Targets 127.0.0.1 only; every load
# run is bounded (BENCH_SECONDS, default 20 s at 16 connections). Writes docs/performance.md.
#
# Options (environment): BENCH_ONLY=regex (pages whose name matches; the gate is always measured),
# BENCH_JAR=path (measure that jar as it is, e.g. an older build side by side; no rebuild),
# BENCH_SKIP_DATASET=1 (use the generated dataset as it is, without the loading step),
# BENCH_JFR=file.jfr (record the app with JFR from its start: -XX:StartFlightRecording),
# BENCH_WARMUP / BENCH_GLOBAL_WARMUP (seconds of warm-up per page before its measure / of every
# page and of the gate before the first measure), BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PORT, BENCH_OUT,
# BENCH_HEAP (the JVM's memory options), MALLOC_ARENA_MAX (default 2), BENCH_JVM_OPTS (more JVM options, after
# BENCH_HEAP, e.g. one option measured side by side). With -XX:NativeMemoryTracking=summary among them, the JVM's
# native memory (jcmd VM.native_memory summary) and the app's RSS are written after each page and at the end into
# BENCH_NMT (default: BENCH_OUT with .nmt.txt for .md).
# The ways of running the app a container may choose, measured side by side (each alone or together):
#   BENCH_JAVA=path            the java binary that runs the app (and the dataset step), e.g. the newest JDK
#                              installed running the Java 17 bytecode:
#                              BENCH_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   BENCH_LAYOUT=extracted     run from the jar extracted as Spring Boot documents for containers
#                              (java -Djarmode=tools -jar app.jar extract --destination DIR: the application's
#                              jar and lib/ next to it, no nested jars) instead of the fat jar
#   BENCH_CDS=1                class-data sharing: a training run (-XX:ArchiveClassesAtExit, the context
#                              started and closed with -Dspring.context.exit=onRefresh) writes an archive that the
#                              measured run maps (-XX:SharedArchiveFile); implies BENCH_LAYOUT=extracted (CDS
#                              needs a class path of plain jars)
# Next to requests/s it reports CPU milliseconds per request of the app's JVM and of PostgreSQL's
# processes (from /proc), which are far less sensitive than requests/s to other load on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DATA_DIR=${BENCH_DATA_DIR:-data/large}
SECONDS_PER_PAGE=${BENCH_SECONDS:-20}
WARMUP_SECONDS=${BENCH_WARMUP:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PASSWORD=${BENCH_PASSWORD:-bench-password}
# The run options of README and the Dockerfile (docs/performance.md, "The run options side by side"): a 512 MiB heap
# with the default collector, small thread stacks, and two malloc arenas for the app (MALLOC_ARENA_MAX, passed to the
# app; set it to 8 times the cores, glibc's default, to measure without it).
HEAP=${BENCH_HEAP:--Xmx512m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
JAR=${BENCH_JAR:-ownership-web/target/ownership-web-0.1.0-SNAPSHOT.jar}
JAVA=${BENCH_JAVA:-java}
LAYOUT=${BENCH_LAYOUT:-jar}
if [ -n "${BENCH_CDS:-}" ]; then LAYOUT=extracted; fi
OUT=${BENCH_OUT:-docs/performance.md}
WORK=$(mktemp -d)
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$JAR" ] || [ -n "${BENCH_REBUILD:-}" ] \
  || [ -n "$(find ownership-*/src/main pom.xml ownership-*/pom.xml -newer "$JAR" -type f 2>/dev/null | head -1)" ]; }; then
  ./mvnw -B -q -DskipTests package
fi

if [ -n "${BENCH_SKIP_DATASET:-}" ] && [ -d "$DATA_DIR" ]; then
  echo "== Dataset in $DATA_DIR (as it is: BENCH_SKIP_DATASET)"
else
echo "== Dataset in $DATA_DIR"
start=$(date +%s)
"$JAVA" -jar "$JAR" --spring.profiles.active=large-dataset --server.port=0 \
  --ownership.embedded-database.data-dir="$DATA_DIR" --ownership.dataset.password="$PASSWORD" \
  > "$WORK/generate.log" 2>&1 || { cat "$WORK/generate.log" >&2; exit 1; }
grep -E "Large organization|already loaded" "$WORK/generate.log" || true
echo "   dataset step took $(( $(date +%s) - start )) s"
fi

JVM_OPTS=${BENCH_JVM_OPTS:-}
NMT_OUT=""
if [[ "$JVM_OPTS" == *NativeMemoryTracking=* ]]; then
  NMT_OUT=${BENCH_NMT:-${OUT%.md}.nmt.txt}
  : > "$NMT_OUT"
  echo "== Native memory of the JVM after each page into $NMT_OUT"
fi
JFR_OPTION=""
if [ -n "${BENCH_JFR:-}" ]; then
  # Stacks of 256 frames (JFR keeps 64 by default: a rendering request's stack is deeper, its filters were cut off)
  JFR_OPTION="-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true"
  echo "== JFR records the app from its start into $BENCH_JFR"
fi
RUN_JAR=$JAR
if [ "$LAYOUT" = extracted ]; then
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
  RUN_JAR="$WORK/extracted/$(basename "$JAR")"
  echo "== Running the jar extracted into $WORK/extracted (BENCH_LAYOUT=extracted)"
elif [ "$LAYOUT" != jar ]; then
  echo "BENCH_LAYOUT is jar or extracted, not $LAYOUT" >&2; exit 1
fi
# The escalation job is off while measuring: its first run over the large organization opens 22,000 escalations
# with 66,000 notices, more than ten minutes of writes, each of which makes every kept page render again (seen on
# 2026-12-06: the team dashboard at 9 to 45 statements per request instead of 4).
APP_ARGS=(--spring.profiles.active=bench --server.port="$PORT" --server.address=127.0.0.1
  --ownership.embedded-database.data-dir="$DATA_DIR" --ownership.escalation.jobs-cron=-)
CDS_OPTION=""
if [ -n "${BENCH_CDS:-}" ]; then
  echo "== CDS training run (BENCH_CDS): the context starts and closes, the archive is written at exit"
  "$JAVA" $HEAP -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
    "${APP_ARGS[@]}" > "$WORK/training.log" 2>&1 || { cat "$WORK/training.log" >&2; exit 1; }
  [ -f "$WORK/app.jsa" ] || { echo "the training run wrote no archive" >&2; cat "$WORK/training.log" >&2; exit 1; }
  # The training run exits on refresh without stopping the embedded PostgreSQL it started: stop it (by the pid
  # in its data directory) before the measured run starts its own.
  TRAINED_PG=$(find "$DATA_DIR" -maxdepth 3 -name postmaster.pid 2>/dev/null | head -1)
  if [ -n "$TRAINED_PG" ] && kill -0 "$(head -1 "$TRAINED_PG")" 2>/dev/null; then
    pg_pid=$(head -1 "$TRAINED_PG")
    kill -TERM "$pg_pid"
    for _ in $(seq 1 60); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 1; done
  fi
  CDS_OPTION="-XX:SharedArchiveFile=$WORK/app.jsa"
fi
echo "== Starting the app (bench profile, $HEAP${JVM_OPTS:+ $JVM_OPTS}, $("$JAVA" -version 2>&1 | head -1), layout $LAYOUT${CDS_OPTION:+, CDS}) on 127.0.0.1:$PORT"
"$JAVA" $HEAP $JVM_OPTS $JFR_OPTION $CDS_OPTION -jar "$RUN_JAR" "${APP_ARGS[@]}" > "$WORK/app.log" 2>&1 &
APP_PID=$!
# Start-up takes 20 s on a quiet machine, minutes on a busy one: wait up to BENCH_START_SECONDS.
for _ in $(seq 1 "${BENCH_START_SECONDS:-600}"); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
BASE="http://127.0.0.1:$PORT"
STARTED_IN=$(grep -o "Started [A-Za-z]* in [0-9.]* seconds" "$WORK/app.log" | head -1 || true)
echo "   ${STARTED_IN:-started}"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# CPU time (clock ticks, user and system) of the app's JVM and of PostgreSQL's server processes.
TICKS=$(getconf CLK_TCK)
POSTMASTER=$(head -1 "$(find "$DATA_DIR" -maxdepth 3 -name postmaster.pid | head -1)")
ticks() { # pids -> sum of utime + stime
  local pid total=0 t
  for pid in "$@"; do
    t=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }') || t=0
    total=$(( total + ${t:-0} ))
  done
  echo "$total"
}
app_ticks() { ticks "$APP_PID"; }
# PostgreSQL's server processes come and go (a connection closed, a worker done): the postmaster's
# cutime and cstime hold the time of those it has reaped, so that a process ending between two
# samples moves its time from one term to the other instead of out of the sum.
reaped_ticks() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $14 + $15 }' || echo 0; }
db_ticks() { echo $(( $(ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER" || true)) + $(reaped_ticks "$POSTMASTER") )); }

# native_memory label: under BENCH_JVM_OPTS' -XX:NativeMemoryTracking, the RSS (now and peak) and the JVM's own
# account of its native memory, after a page or at the end, appended to NMT_OUT.
native_memory() {
  [ -n "$NMT_OUT" ] || return 0
  {
    echo "=== $1: $(grep -E 'VmRSS|VmHWM' "/proc/$APP_PID/status" | tr -s ' \t\n' ' ')"
    jcmd "$APP_PID" VM.native_memory summary scale=MB | sed '1,2d'
  } >> "$NMT_OUT" 2>&1 || true
}

login() { # user -> prints the session cookie
  local jar="$WORK/cookies-$1" token
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar"
}

declare -A SESSION
for user in bench-admin bench-manager bench-po bench-member bench-auditor; do
  SESSION[$user]=$(login "$user")
done

ids=$(curl -fs -H "Cookie: ${SESSION[bench-manager]}" "$BASE/bench/ids")
id() { echo "$ids" | awk -F= -v k="$1" '$1 == k { print $2 }'; }

cat > "$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %.2f %.2f %.2f\n", summary.requests, summary.duration, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA

# The style sheet as pages link to it (a content-versioned URL where the app versions it).
CSS_PATH=$(curl -fs "$BASE/login" | grep -o '/css/ownership[-0-9a-f]*\.css' | head -1)

# name | user (- for none: no session cookie) | path [| a request header, e.g. Accept-Encoding: gzip (a compressed
# answer, as browsers ask) or Cache-Control: no-cache (a kept page rendered afresh, as on a reload)]
PAGES=$(cat <<LIST
Static asset (reference)|bench-manager|${CSS_PATH:-/css/ownership.css}
Bare 50-row table, no security, session or layout (reference)|-|/bench/bare
50-row table, no database (reference)|bench-manager|/bench/table
50-row table, compressed (reference)|bench-manager|/bench/table|Accept-Encoding: gzip
Products list, filtered, page 3|bench-manager|/products?kind=BUSINESS_SERVICE&page=3
Product ownership page|bench-manager|/products/$(id product)
Team dashboard|bench-member|/teams/$(id team)
Team dashboard, compressed|bench-member|/teams/$(id team)|Accept-Encoding: gzip
Team dashboard, rendered afresh (not kept)|bench-member|/teams/$(id team)|Cache-Control: no-cache
Matrix page|bench-manager|/matrices/$(id matrix)
Product responsibilities|bench-manager|/products/$(id product)/responsibilities
Matrix editor (not a key page)|bench-manager|/matrices/$(id matrix)/edit
Risk register, two filters|bench-manager|/risks?level=HIGH&status=OPEN
Risk register, two filters, compressed|bench-manager|/risks?level=HIGH&status=OPEN|Accept-Encoding: gzip
Risk page|bench-manager|/risks/$(id risk)
Approvals inbox|bench-manager|/approvals
Approvals inbox, filtered|bench-manager|/approvals?age=7&level=HIGH&product=a
Notifications, filtered|bench-manager|/notifications?within=30&unread=true
New risk, prefilled|bench-manager|/risks/new?product=$(id product)&source=VULNERABILITY&likelihood=4&impact=4
Champions roster|bench-manager|/champions
Program overview|bench-manager|/program
History, CSV export|bench-auditor|/audit/export.csv
Organization dashboard|bench-manager|/dashboard
Team scorecards|bench-manager|/dashboard/teams?sort=OPEN_RISKS&dir=desc
Home, security manager|bench-manager|/
Home, risk owner|bench-po|/
Home, team member|bench-member|/
Home, auditor|bench-auditor|/
Home, administrator|bench-admin|/
Maturity matrix of the organization|bench-manager|/maturity
Team maturity page|bench-member|/teams/$(id team)/maturity
Product threat modeling|bench-member|/products/$(id product)/threats
Team threat modeling|bench-member|/teams/$(id team)/threats
Gate evaluations of every product, 30 days|bench-manager|/gate/evaluations?days=30
Assets without owner or responsible product|bench-manager|/assets?gaps=true
Incidents, filtered by team|bench-manager|/incidents?team=$(id team)&status=RESOLVED
Incidents, CSV|bench-manager|/incidents.csv
Product incidents|bench-manager|/products/$(id product)/incidents
Team reviews and retrospectives|bench-member|/teams/$(id team)/reviews
Suggestions, filtered|bench-manager|/suggestions?status=SUBMITTED&topic=TOOLS
Suggestions, own|bench-member|/suggestions
Escalation path editor|bench-manager|/matrices/$(id matrix)/escalation
Incident page|bench-manager|/incidents/$(id incident)
Review page|bench-member|/reviews/$(id review)
Suggestion page|bench-member|/suggestions/$(id suggestion)
Action editor|bench-manager|/actions/$(id action)/edit
Suggestions of an action owner field|bench-manager|/actions/owners?q=person%2012
Suggestions of the new risk's product field|bench-manager|/risks/new/products?q=product%2012
Suggestions of an escalation step's party|bench-manager|/matrices/$(id matrix)/escalation/parties?q=person%2012
LIST
)
# BENCH_ONLY (an extended regular expression) measures only the pages whose name matches, e.g. BENCH_ONLY=gate.
if [ -n "${BENCH_ONLY:-}" ]; then
  PAGES=$(grep -E -i -- "$BENCH_ONLY" <<<"$PAGES" || true)
fi

# The security gate: a pipeline's POST with a bearer token (created on the token page, like a user would).
csrf=$(curl -fs -H "Cookie: ${SESSION[bench-manager]}" "$BASE/tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
GATE_TOKEN=$(curl -fs -H "Cookie: ${SESSION[bench-manager]}" --data-urlencode "_csrf=$csrf" --data-urlencode "name=bench pipeline" \
  --data-urlencode "scope=ALL" --data-urlencode "permissions=gate" "$BASE/tokens" \
  | grep -o 'id="token-secret">[^<]*' | sed 's/.*>//')
GATE_PATH="/api/v1/products/$(id product)/gate"
for kind in sast sca; do
  curl -fs -o /dev/null -H "Authorization: Bearer $GATE_TOKEN" -H "Content-Type: application/json" \
    --data-binary @ownership-web/src/test/resources/gate/$( [ "$kind" = sast ] && echo semgrep.sarif || echo trivy-cyclonedx.json ) \
    "$BASE/api/v1/products/$(id product)/check-runs?artifact=bench-api&version=1.0&kind=$kind&tool=bench"
done
cat > "$WORK/gate.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"artifact":{"name":"bench-api","version":"1.0"},"environment":"production"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $GATE_TOKEN"
LUA
cat "$WORK/report.lua" >> "$WORK/gate.lua"

# The JIT compiles for minutes after start on two cores: load every page once before measuring.
GLOBAL_WARMUP=${BENCH_GLOBAL_WARMUP:-8}
echo "== Warming up every page for ${GLOBAL_WARMUP} s"
while IFS='|' read -r name user path _; do
  [ -n "$name" ] || continue
  wrk -t2 -c"$CONNECTIONS" -d"${GLOBAL_WARMUP}s" -H "Cookie: ${SESSION[$user]:-}" "$BASE$path" >/dev/null
done <<<"$PAGES"
# The gate too: measured last after only its own warm-up, its first seconds were the JIT compiling its POST, JSON
# and recorder code and recompiling the filters' code compiled for GET pages (docs/performance-notes.md, 2026-12-06
# sixth session: 33-36 compilations, about 10 s of compiler time, in its measured window).
wrk -t2 -c"$CONNECTIONS" -d"${GLOBAL_WARMUP}s" -s "$WORK/gate.lua" "$BASE$GATE_PATH" >/dev/null

rows=()
table_rps=""
bare_rps=""
# measure name path [wrk option...]: one measured run after the page's own warm-up; adds a row.
measure() {
  local name=$1 path=$2 before after app0 app1 db0 db1 result requests duration
  shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" "$@" "$BASE$path" >/dev/null
  before=$(curl -fs -H "Cookie: ${SESSION[bench-manager]}" "$BASE/bench/statements")
  app0=$(app_ticks); db0=$(db_ticks)
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" --timeout 5s "$@" "$BASE$path" \
    | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 }')
  app1=$(app_ticks); db1=$(db_ticks)
  after=$(curl -fs -H "Cookie: ${SESSION[bench-manager]}" "$BASE/bench/statements")
  read -r requests duration errors p50 p95 p99 <<<"$result"
  rps=$(awk -v r="$requests" -v d="$duration" 'BEGIN { printf "%.0f", r / (d / 1000000) }')
  spr=$(awk -v a="$after" -v b="$before" -v r="$requests" 'BEGIN { printf "%.1f", (a - b) / r }')
  app_ms=$(awk -v a="$app1" -v b="$app0" -v t="$TICKS" -v r="$requests" 'BEGIN { printf "%.2f", (a - b) * 1000 / t / r }')
  db_ms=$(awk -v a="$db1" -v b="$db0" -v t="$TICKS" -v r="$requests" 'BEGIN { printf "%.2f", (a - b) * 1000 / t / r }')
  ratio=$( [ -n "$table_rps" ] && awk -v a="$rps" -v b="$table_rps" 'BEGIN { printf "%.2f", a / b }' || echo "")
  row="| $name | \`${SHOWN_PATH:-$path}\` | $rps | $p50 | $p95 | $p99 | $app_ms | $db_ms | $spr | $ratio | $errors |"
  echo "-- $name: $rps req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, CPU ms/request app $app_ms, PostgreSQL $db_ms, $spr statements/request, errors $errors"
  native_memory "after $name"
}

while IFS='|' read -r name user path header; do
  [ -n "$name" ] || continue
  # BENCH_MEASURE (an extended regular expression): of the pages warmed up, measure only those whose line matches,
  # e.g. BENCH_MEASURE='^$' measures none: the gate then runs after every page's warm-up, as in the full run.
  if [ -n "${BENCH_MEASURE:-}" ] && ! grep -q -E -i -- "$BENCH_MEASURE" <<<"$name|$user|$path"; then continue; fi
  cookie=${SESSION[$user]:-}
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  if [ "$status" != "200" ]; then
    rows+=("| $name | \`$path\` | HTTP $status: not measured | | | | | | | | | |")
    echo "-- $name: HTTP $status, skipped"
    continue
  fi
  measure "$name" "$path" -s "$WORK/report.lua" -H "Cookie: $cookie" ${header:+-H "$header"}
  verdict=$(awk -v r="$rps" -v p="$p99" 'BEGIN { print (r >= 1000 && p <= 100) ? "meets" : "below" }')
  rows+=("$row $verdict |")
  case "$name" in
    "Bare 50-row table"*) bare_rps=$rps ;;
    "50-row table, no database (reference)") table_rps=$rps ;;
  esac
done <<<"$PAGES"

name="Security gate evaluation (POST, token)"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $GATE_TOKEN" -H "Content-Type: application/json" \
  -d '{"artifact":{"name":"bench-api","version":"1.0"}}' "$BASE$GATE_PATH")
if [ "$status" != "200" ]; then
  rows+=("| $name | \`POST $GATE_PATH\` | HTTP $status: not measured | | | | | | | | | |")
else
  SHOWN_PATH="POST $GATE_PATH" measure "$name" "$GATE_PATH" -s "$WORK/gate.lua"
  verdict=$(awk -v r="$rps" 'BEGIN { print (r >= 1000) ? "meets (1,000/s)" : "below (1,000/s)" }')
  rows+=("$row $verdict |")
fi

native_memory "at the end"
peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$APP_PID/status")
java_version="$("$JAVA" -version 2>&1 | head -1) (layout: $LAYOUT${CDS_OPTION:+, class-data sharing})"
pg_version=$(grep -o "embedded PostgreSQL [0-9.]*" "$WORK/app.log" | head -1 || true)
{
  echo "# Performance"
  echo
  echo "Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB,"
  echo "$java_version, ${pg_version:-external PostgreSQL}, app started with \`$HEAP${JVM_OPTS:+ $JVM_OPTS}\` and MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX (${STARTED_IN:-start time unknown}); app, database and wrk on the"
  echo "same machine. wrk: 2 threads, $CONNECTIONS connections, ${SECONDS_PER_PAGE} s per page after ${WARMUP_SECONDS} s of warm-up"
  echo "(and ${GLOBAL_WARMUP} s per page of warm-up of every page before the first measurement)."
  echo "Statements per request counts every statement the app prepared during the run (the session's included);"
  echo "CPU ms/request is the CPU time of the app's JVM and of PostgreSQL's processes (from /proc) divided by the"
  echo "requests served. Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Target (issue 19): at least 1,000 requests/s with p99 at most 100 ms. Peak RSS of the app: $(( peak_kb / 1024 )) MiB."
  if [ -n "$bare_rps" ] && [ -n "$table_rps" ]; then
    echo "The app's 50-row table serves $(awk -v a="$table_rps" -v b="$bare_rps" 'BEGIN { printf "%.2f", a / b }') times the requests/s of the bare table (target: at least 0.5)."
  fi
  echo
  echo "| page | path | req/s | p50 ms | p95 ms | p99 ms | app CPU ms/request | PostgreSQL CPU ms/request | statements/request | ratio to table | errors | target |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  if [ -f docs/performance-notes.md ]; then echo; cat docs/performance-notes.md; fi
} > "$OUT"
echo "== Written to $OUT"
