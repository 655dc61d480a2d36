#!/usr/bin/env bash
# Whole processes side by side on a city-sized network (issue 14): QGIS's native:serviceareafromlayer
# (lines only, 1000 m) against sozialraum:isochrones (bands 500 and 1000 m, polygons and lines), both
# run by sozialraum_process from a shell, as a user runs them: start, reading, search, writing, exit.
# The grid (216 x 216 intersections, 185,760 edges) and its 300 facilities are written once into
# BUILD/bench-work. Part of make bench (run_bench.sh); runs alone as
#   bench/bench_city_processes.sh [build dir] [runs of ours, default 5] [runs of QGIS's, default 2]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
qgisRuns=${3:-2}
export QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr LC_ALL=C.UTF-8
process="$build/bin/sozialraum_process"
work="$build/bench-work"
mkdir -p "$work"
{ read -r network; read -r facilities; } < <("$build/bin/sozialraum_bench" --prepare-city "$work" 216 300)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }

# run NAME COMMAND...: one whole process into fresh outputs; appends "start end" to $out/NAME.times
# and keeps the phase marks of the last run (SOZIALRAUM_TIMINGS) in $out/NAME.log.
run() {
  local name=$1
  shift
  rm -rf "$out/result" && mkdir "$out/result"
  local start end
  start=$(now)
  SOZIALRAUM_TIMINGS=1 "$@" >"$out/$name.out" 2>"$out/$name.log" || { cat "$out/$name.log"; exit 1; }
  end=$(now)
  echo "$start $end" >>"$out/$name.times"
  local n
  n=$(wc -l <"$out/$name.times")
  echo "$start $end" >"$out/$name.last.$n"
  cp "$out/$name.log" "$out/$name.log.$n"
}

# stats NAME: best and median wall-clock seconds of NAME's runs
stats() {
  awk '{ print $2 - $1 }' "$out/$1.times" | sort -g | awk '{ v[NR] = $1 } END { printf "%.3f %.3f\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

ours() {
  run ours "$process" run sozialraum:isochrones --NETWORK="$network" --FACILITIES="$facilities" --COST_TYPE=0 \
    --BANDS=500,1000 --ACCESS_COST=false --OUTPUT="$out/result/isochrones.gpkg" --OUTPUT_LINES="$out/result/lines.gpkg"
}
theirs() {
  run qgis "$process" run native:serviceareafromlayer --INPUT="$network" --STRATEGY=0 --START_POINTS="$facilities" \
    --TRAVEL_COST2=1000 --OUTPUT_LINES="$out/result/service_area.gpkg"
}

ours # warm-up: file cache, fontconfig cache; not counted
rm -f "$out"/ours.*
for ((i = 0; i < qgisRuns; ++i)); do theirs; done
for ((i = 0; i < runs; ++i)); do ours; done

read -r qgisBest qgisMedian < <(stats qgis)
read -r oursBest oursMedian < <(stats ours)
printf "  grid of 216 x 216 intersections: %d lines, %s edges; 300 facilities; best (median) of %d and %d runs\n" \
  $((2 * 216 * 215)) "$(grep -o '[0-9]* edges' "$out/ours.log" | head -1 | cut -d' ' -f1)" "$qgisRuns" "$runs"
printf "  native:serviceareafromlayer (lines only), whole process    %8.3f s  (median %.3f s)\n" "$qgisBest" "$qgisMedian"
printf "  sozialraum:isochrones (polygons + lines), whole process    %8.3f s  (median %.3f s)   ratio %.1fx (medians %.1fx)\n" \
  "$oursBest" "$oursMedian" "$(awk -v a="$qgisBest" -v b="$oursBest" 'BEGIN { print a / b }')" \
  "$(awk -v a="$qgisMedian" -v b="$oursMedian" 'BEGIN { print a / b }')"

# Phases of every run of ours, from the runner's marks ([timing] EPOCH WHAT) and the shell's clock;
# the median of each phase is printed.
for log in "$out"/ours.log.*; do
  read -r start end <"${log/ours.log/ours.last}"
  grep -o '\[timing\].*' "$log" | awk -v start="$start" -v end="$end" '
    { t = $2; $1 = ""; $2 = ""; sub(/^ +/, ""); what = $0 }
    what == "main" { main = t }
    what == "providers registered" { ready = t }
    what == "algorithm starts" { algorithm = t }
    algorithm && !first && what != "algorithm starts" && what !~ /^progress/ { first = t }
    what ~ /^Building the network graph/ { graphStart = t }
    what ~ /^Network: / { graphEnd = t }
    what == "algorithm returned" { returned = t }
    what == "results printed" { printed = t }
    END { print first - start, main - start, ready - main, first - ready, graphEnd - graphStart, returned - graphEnd, end - printed, end - start }'
done >"$out/phases"
awk '
  { for (i = 1; i <= NF; ++i) v[i, NR] = $i }
  END {
    for (i = 1; i <= 8; ++i) {
      n = 0
      for (r = 1; r <= NR; ++r) s[++n] = v[i, r]
      for (a = 1; a <= n; ++a) for (b = a + 1; b <= n; ++b) if (s[b] < s[a]) { x = s[a]; s[a] = s[b]; s[b] = x }
      m[i] = n % 2 ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
    }
    printf "  phases of sozialraum:isochrones, median of %d runs (seconds):\n", NR
    printf "    start to the first algorithm line   %6.3f   (loading QGIS'"'"'s libraries before main %.3f, starting QGIS %.3f, layers and checks %.3f)\n", m[1], m[2], m[3], m[4]
    printf "    graph build (reading the lines too) %6.3f\n", m[5]
    printf "    index, snapping, searches, writing  %6.3f\n", m[6]
    printf "    exit after the outputs are closed   %6.3f\n", m[7]
    printf "    whole process                       %6.3f\n", m[8]
  }' "$out/phases"
