#!/usr/bin/env bash
# make bench: engine benchmarks and comparisons with QGIS's own algorithms.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
export QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr
echo "== Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
echo
echo "== Isochrones against native:serviceareafromlayer (same network, facilities and cost, one process)"
"$build/bin/sozialraum_bench" 100
echo
echo "== Whole processes: native:serviceareafromlayer against sozialraum:isochrones on a 185,760-edge city grid"
"$(dirname "$0")/bench_city_processes.sh" "$build"
for exe in sozialraum_engine_bench sozialraum_network_bench sozialraum_gaps_bench; do
  if [ -x "$build/bin/$exe" ]; then
    echo
    echo "== $exe"
    "$build/bin/$exe"
  fi
done
echo
echo "== sozialraum:offeringslayer on Berlin's 2,880 Kitas (catalogue imported once)"
"$(dirname "$0")/bench_offeringslayer.sh" "$build"
