#!/usr/bin/env bash
# Measure how long `dossier serve` takes to show an editor's change on the page.
#
# Usage: bench/serve-latency.sh [SIZE...]
#   SIZE...       corpus sizes in articles (default: 1000 10000)
# Environment:
#   DOSSIER_BIN   time this dossier binary (default: <repo>/.build/release/dossier,
#                 built with `swift build -c release --product dossier` if missing)
#   GEN_CORPUS    corpus generator (default: <repo>/../shared/bench/gen_corpus.py)
#   EDITS         timed edits of each kind per size (default: 3; median and max)
#   KEEP_WORK=1   keep the temporary work folder instead of deleting it
#   START_TIMEOUT seconds to wait for the first build (default: 3600)
#
# For each size: generate the corpus plus one note, start `dossier serve --port 0`
# and time the first build (start to the "Serving ... at URL" line). Then EDITS
# times rewrite the note with a new marker, and EDITS times append a marked
# sentence to the first source file; each latency is the wall time from just
# after the write until its page, fetched with curl every 20 ms, shows the marker
# (or "timeout" after 600 s). Between edits the script waits for the server's
# "Rebuilt after changes to ..." line and 1 s more, so edits never overlap.
# Peak RSS is VmHWM of the serve process just before it is stopped.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN_CORPUS=${GEN_CORPUS:-$REPO/../shared/bench/gen_corpus.py}
EDITS=${EDITS:-3}
START_TIMEOUT=${START_TIMEOUT:-3600}
EDIT_TIMEOUT=600
SIZES=()
for arg in "$@"; do
  case $arg in
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    ''|*[!0-9]*) echo "bench/serve-latency.sh: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
    *) SIZES+=("$arg") ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

die() { echo "bench/serve-latency.sh: $*" >&2; exit 1; }
say() { echo "$*" >&2; }
case $EDITS in ''|*[!0-9]*|0) die "EDITS must be a positive whole number, not '$EDITS'" ;; esac
command -v python3 >/dev/null || die "python3 is required"
command -v curl >/dev/null || die "curl is required"
[ -f "$GEN_CORPUS" ] || die "corpus generator not found: $GEN_CORPUS (set GEN_CORPUS)"

DOSSIER=${DOSSIER_BIN:-$REPO/.build/release/dossier}
if [ -z "${DOSSIER_BIN:-}" ] && [ ! -x "$DOSSIER" ]; then
  say "Building dossier (release)..."
  (cd "$REPO" && swift build -c release --product dossier) >&2 || die "swift build failed"
fi
[ -x "$DOSSIER" ] || die "not an executable: $DOSSIER (set DOSSIER_BIN)"
DOSSIER=$(cd "$(dirname "$DOSSIER")" && pwd)/$(basename "$DOSSIER")  # serve runs in WORK/SIZE
"$DOSSIER" serve --help 2>&1 | grep -q -- '--port' || die "$DOSSIER has no 'serve --port'"

SERVER_PID=
stop_server() {
  local pid=$SERVER_PID i
  [ -n "$pid" ] || return 0
  SERVER_PID=
  if kill -0 "$pid" 2>/dev/null; then
    # The server runs in its own session (setsid), so its process group holds it
    # and any children; otherwise stop it and its direct children.
    if [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ]; then
      kill -TERM -- "-$pid" 2>/dev/null || true
    else
      kill -TERM $(pgrep -P "$pid" || true) "$pid" 2>/dev/null || true
    fi
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dossier-serve-bench.XXXXXX")
cleanup() {
  stop_server
  if [ "${KEEP_WORK:-0}" = 1 ]; then say "Work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
older_than() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { exit !(b - a > t) }'; }  # START NOW SECONDS

# Fail with the end of the log if the server has stopped.
check_alive() {
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    say "--- last lines of $LOG:"; tail -n 20 "$LOG" >&2
    SERVER_PID=
    die "dossier serve stopped unexpectedly (size $N)"
  fi
}

# Rebuilds (good or failed) the server has reported so far.
rebuilds() { grep -c -E '^(Rebuilt after changes|error: build failed after changes)' "$LOG" || true; }

# wait_rebuild BEFORE: wait until more than BEFORE rebuilds are logged, then 1 s.
wait_rebuild() {
  local start; start=$(now)
  while [ "$(rebuilds)" -le "$1" ]; do
    check_alive
    if older_than "$start" "$(now)" "$EDIT_TIMEOUT"; then
      say "warning: no 'Rebuilt' line within $EDIT_TIMEOUT s"; return 0
    fi
    sleep 0.02
  done
  sleep 1
}

# poll URL NEEDLE START: print seconds from START until the page contains NEEDLE.
poll() {
  local body
  while :; do
    body=$(curl -s --max-time 30 "$1" || true)
    [[ $body == *"$2"* ]] && { elapsed "$3" "$(now)"; return; }
    check_alive
    older_than "$3" "$(now)" "$EDIT_TIMEOUT" && { echo timeout; return; }
    sleep 0.02
  done
}

# stats VALUE...: "median max" with 2 decimals; "timeout" counts as infinite.
stats() {
  python3 - "$@" <<'EOF'
import statistics, sys
v = sorted(float("inf") if a == "timeout" else float(a) for a in sys.argv[1:])
f = lambda x: "timeout" if x == float("inf") else "%.2f" % x
print(f(statistics.median(v)), f(v[-1]))
EOF
}

# write_note K: the probe note with marker mK.
write_note() { printf -- '---\ntitle: Latency probe\n---\n\nLatency probe note. Marker: m%s.\n' "$1" >"$NOTE"; }

# source_page: the page of $SOURCE, relative to the site root, from the site's
# data file (sources[].file names the file, sources[].path the page), else by
# grepping the source pages for the source's first line (its headline).
source_page() {
  local page
  page=$(python3 - "$DIR/public/data/dossier.json" "$SOURCE_REL" <<'EOF' 2>/dev/null || true
import json, os, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
want = os.path.normpath(sys.argv[2])
same = [lambda f: f == want or f.endswith(os.sep + want),
        lambda f: os.path.basename(f) == os.path.basename(want)]
hits = [s for test in same for s in data.get("sources", [])
        if s.get("file") and test(os.path.normpath(s["file"]))]
if hits:
    print(hits[0].get("path") or "sources/%s/index.html" % hits[0]["id"])
EOF
  )
  if [ -z "$page" ]; then
    local phrase
    phrase=$(grep -m1 -v '^[[:space:]]*$' "$DIR/$SOURCE_REL" | sed -E 's/^[[:space:]]*date [0-9-]+[[:space:]]*//' | cut -c1-40)
    if [ -n "$phrase" ]; then
      # Other sources' pages link to it by title, so look in <title> first, and
      # take a match in the whole page only if it is the only one.
      page=$(grep -lF -- "<title>$phrase" "$DIR"/public/sources/*/index.html 2>/dev/null | head -n 1 || true)
      if [ -z "$page" ]; then
        page=$(grep -lF -- "$phrase" "$DIR"/public/sources/*/index.html 2>/dev/null || true)
        [ "$(grep -c . <<<"$page")" = 1 ] || page=
      fi
    fi
    page=${page#"$DIR/public/"}
  fi
  echo "$page"
}

echo "dossier serve latency: binary $DOSSIER ($("$DOSSIER" --version 2>/dev/null || echo 'version unknown'))"
echo "edits per kind: $EDITS (median and max s); $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s %7s %9s %12s %10s %14s %12s %8s\n' size pages 'first s' 'note med s' 'note max s' 'source med s' 'source max s' 'peak MB'

for N in "${SIZES[@]}"; do
  DIR=$WORK/$N LOG=$WORK/$N/serve.log NOTE=$WORK/$N/content/notes/latency.md
  say "== $N articles: generating corpus"
  mkdir -p "$DIR/content/notes"
  python3 "$GEN_CORPUS" "$N" "$DIR/content/sources" >/dev/null || die "corpus generator failed: $GEN_CORPUS $N"
  printf 'title: Benchmark\n' >"$DIR/dossier.yml"
  write_note 0
  SOURCE_REL=content/sources/$(cd "$DIR/content/sources" && LC_ALL=C ls | awk 'NR == 1')  # awk reads all: no SIGPIPE under pipefail
  [ -f "$DIR/$SOURCE_REL" ] || die "the generator wrote no source files into $DIR/content/sources"
  SOURCE_TEXT=$(<"$DIR/$SOURCE_REL")  # without its trailing newlines

  say "== $N articles: dossier serve, first build"
  start=$(now)
  ( cd "$DIR" && exec setsid "$DOSSIER" serve --port 0 --content content --output public --config dossier.yml ) >"$LOG" 2>&1 &
  SERVER_PID=$!
  until grep -q '^Serving .* at http' "$LOG"; do
    check_alive
    older_than "$start" "$(now)" "$START_TIMEOUT" && die "no 'Serving ... at' line within $START_TIMEOUT s (size $N; log: $LOG)"
    sleep 0.02
  done
  first=$(elapsed "$start" "$(now)")
  URL=$(grep -m1 '^Serving .* at http' "$LOG" | grep -o 'http://[^ ]*')
  URL=${URL%/}
  pages=$(grep -m1 -o -E '^Built [0-9]+ page' "$LOG" | grep -o -E '[0-9]+' || echo '?')
  say "   first build ${first} s, $pages pages, serving at $URL"

  NOTE_URL=$URL/notes/latency/index.html
  curl -s --max-time 30 "$NOTE_URL" | grep -qF 'Marker: m0.' || die "the probe note is not served at $NOTE_URL"
  page=$(source_page)
  [ -n "$page" ] || die "cannot find the page of $SOURCE_REL in $DIR/public"
  SOURCE_URL=$URL/$page
  curl -sf --max-time 30 "$SOURCE_URL" >/dev/null || die "the page of $SOURCE_REL is not served at $SOURCE_URL"
  say "   source probe: $SOURCE_REL -> $page"
  sleep 1  # let the watcher take its first look

  note=()
  for ((k = 1; k <= EDITS; k++)); do
    before=$(rebuilds)
    write_note "$k"
    t=$(poll "$NOTE_URL" "Marker: m$k." "$(now)")
    note+=("$t")
    say "   note edit $k: $t s"
    wait_rebuild "$before"
  done

  src=()
  for ((k = 1; k <= EDITS; k++)); do
    before=$(rebuilds)
    printf '%s Probe sentence s%s.\n' "$SOURCE_TEXT" "$k" >"$DIR/$SOURCE_REL"
    t=$(poll "$SOURCE_URL" "Probe sentence s$k." "$(now)")
    src+=("$t")
    say "   source edit $k: $t s"
    wait_rebuild "$before"
  done

  check_alive
  hwm=$(awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status" 2>/dev/null || true)
  stop_server
  read -r note_med note_max <<<"$(stats "${note[@]}")"
  read -r src_med src_max <<<"$(stats "${src[@]}")"
  printf '%8s %7s %9.2f %12s %10s %14s %12s %8s\n' "$N" "$pages" "$first" \
    "$note_med" "$note_max" "$src_med" "$src_max" "${hwm:-n/a}"
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$DIR/content" "$DIR/public"  # free disk early
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
