#!/usr/bin/env bash
# Benchmark `dossier build` on generated corpora, with Hugo as a baseline.
#
# Usage: bench/run.sh [--no-hugo] [--no-dossier] [SIZE...]
#   SIZE...       corpus sizes in articles (default: 1000 10000)
#   --no-hugo     skip the Hugo baseline
#   --no-dossier  skip building and timing dossier (e.g. while it does not compile)
# Environment:
#   GEN_CORPUS    corpus generator (default: <repo>/../shared/bench/gen_corpus.py)
#   RUNS          timed runs per tool and size (default: 3; median time, max memory)
#   KEEP_WORK=1   keep the temporary work folder instead of deleting it
#   DOSSIER_BIN   time this dossier binary instead of building one
#
# Each run starts from an empty output folder. Times are wall-clock seconds and
# peak resident memory from /usr/bin/time (GNU time). Method: docs/PERFORMANCE.md.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN_CORPUS=${GEN_CORPUS:-$REPO/../shared/bench/gen_corpus.py}
RUNS=${RUNS:-3}
DO_HUGO=1 DO_DOSSIER=1 SIZES=()
for arg in "$@"; do
  case $arg in
    --no-hugo) DO_HUGO=0 ;;
    --hugo) DO_HUGO=1 ;;
    --no-dossier) DO_DOSSIER=0 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    ''|*[!0-9]*) echo "bench/run.sh: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
    *) SIZES+=("$arg") ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

die() { echo "bench/run.sh: $*" >&2; exit 1; }
[ -f "$GEN_CORPUS" ] || die "corpus generator not found: $GEN_CORPUS (set GEN_CORPUS)"
if [ ! -x /usr/bin/time ]; then
  echo "Installing GNU time (apt-get install -y time)..." >&2
  apt-get install -y -qq time >/dev/null || die "/usr/bin/time is missing and could not be installed"
fi
if [ "$DO_HUGO" = 1 ] && ! command -v hugo >/dev/null; then
  echo "hugo not found (apt-get install -y hugo); skipping the Hugo baseline" >&2
  DO_HUGO=0
fi

DOSSIER=${DOSSIER_BIN:-$REPO/.build/release/dossier}
if [ "$DO_DOSSIER" = 1 ]; then
  if [ -z "${DOSSIER_BIN:-}" ]; then
    echo "Building dossier (release)..." >&2
    (cd "$REPO" && swift build -c release --product dossier) >&2 \
      || die "swift build failed; run with --no-dossier to time Hugo alone"
  fi
  [ -x "$DOSSIER" ] || die "not an executable: $DOSSIER"
  # Builds run from the work folder, so point at the repo's templates; pass
  # --templates and --config only if this version of the tool has them.
  HELP=$("$DOSSIER" build --help 2>&1 || true)
  HAS_CONFIG=0 EXTRA=()
  grep -q -- '--config' <<<"$HELP" && HAS_CONFIG=1
  grep -q -- '--templates' <<<"$HELP" && EXTRA+=(--templates "$REPO/Templates")
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")
if [ "${KEEP_WORK:-0}" = 1 ]; then echo "Work folder: $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi

# timed OUT LOG CMD... : run CMD $RUNS times, each into a fresh output folder
# OUT.1, OUT.2, ... (so every run is a clean build), then move the last one to
# OUT. Sets T (median wall s), CPU (median user+sys s), KB (max peak RSS, KiB)
# and FIRST (wall s of the first run). {OUT} in CMD stands for the run's folder.
timed() {
  local out=$1 log=$2 i; shift 2
  : >"$log.times"
  for ((i = 1; i <= RUNS; i++)); do
    if ! /usr/bin/time -f '%e %M %U %S' -o "$log.t" "${@//\{OUT\}/$out.$i}" >"$log" 2>&1; then
      cat "$log" >&2; die "failed: $*"
    fi
    tail -n 1 "$log.t" >>"$log.times"
  done
  rm -rf "$out"; mv "$out.$RUNS" "$out"
  for ((i = 1; i < RUNS; i++)); do rm -rf "$out.$i"; done
  local mid=$(((RUNS + 1) / 2))
  T=$(cut -d' ' -f1 "$log.times" | sort -g | sed -n "${mid}p")
  CPU=$(awk '{ print $3 + $4 }' "$log.times" | sort -g | sed -n "${mid}p")
  KB=$(cut -d' ' -f2 "$log.times" | sort -g | tail -n 1)
  FIRST=$(head -n 1 "$log.times" | cut -d' ' -f1)
}

RESULTS=()  # "size tool median_s peak_kb pages first_s cpu_s"
LOAD=$(cut -d" " -f1-3 /proc/loadavg)
for n in "${SIZES[@]}"; do
  dir=$WORK/$n
  echo "== $n articles: generating corpus" >&2
  python3 "$GEN_CORPUS" "$n" "$dir/content/sources" --hugo "$dir/hugo" >&2
  if [ "$DO_DOSSIER" = 1 ]; then
    echo "== $n articles: dossier build x$RUNS" >&2
    printf 'title: Benchmark\n' >"$dir/dossier.yml"
    cfg=("${EXTRA[@]}"); [ "$HAS_CONFIG" = 1 ] && cfg+=(--config "$dir/dossier.yml")
    timed "$dir/public" "$dir/dossier.log" env -C "$dir" \
      "$DOSSIER" build --content "$dir/content" --output '{OUT}' --quiet "${cfg[@]}"
    RESULTS+=("$n dossier $T $KB $(find "$dir/public" -name '*.html' | wc -l) $FIRST $CPU")
  fi
  if [ "$DO_HUGO" = 1 ]; then
    echo "== $n articles: hugo x$RUNS" >&2
    cp -R "$REPO/bench/hugo/." "$dir/hugo/"
    timed "$dir/hugo-public" "$dir/hugo.log" hugo --quiet -s "$dir/hugo" -d '{OUT}'
    RESULTS+=("$n hugo $T $KB $(find "$dir/hugo-public" -name '*.html' | wc -l) $FIRST $CPU")
  fi
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$dir/content" "$dir/hugo/content"  # free disk early
done

echo
echo "runs per cell: $RUNS (median wall and CPU time, max peak RSS); $(nproc) cores;" \
  "load average at start: $LOAD, at end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s  %-8s %9s %9s %9s %11s %8s %7s\n' size tool 'median s' 'first s' 'cpu s' 'articles/s' 'peak MB' pages
for r in "${RESULTS[@]}"; do
  read -r n tool t kb pages first cpu <<<"$r"
  printf '%8s  %-8s %9.2f %9.2f %9.2f %11.0f %8.1f %7s\n' "$n" "$tool" "$t" "$first" "$cpu" \
    "$(awk -v n="$n" -v t="$t" 'BEGIN { print (t > 0 ? n / t : 0) }')" \
    "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$pages"
done
if [ "$DO_DOSSIER" = 1 ] && [ "$DO_HUGO" = 1 ]; then
  echo
  for n in "${SIZES[@]}"; do
    d=$(printf '%s\n' "${RESULTS[@]}" | awk -v n="$n" '$1 == n && $2 == "dossier" { print $3 }')
    h=$(printf '%s\n' "${RESULTS[@]}" | awk -v n="$n" '$1 == n && $2 == "hugo" { print $3 }')
    awk -v n="$n" -v d="$d" -v h="$h" \
      'BEGIN { if (h > 0) printf "%8s articles: dossier/hugo time = %.2f\n", n, d / h; else printf "%8s articles: dossier/hugo time = n/a (hugo < 0.01 s)\n", n }'
  done
fi
