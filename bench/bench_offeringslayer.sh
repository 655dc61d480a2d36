#!/usr/bin/env bash
# sozialraum:offeringslayer on Berlin's 2,880 Kitas: imports them into a catalogue once, then times
# one run of the layer (issue 16: ~71 s when every offering was read with its own queries).
# Part of make bench (run_bench.sh); runs alone as bench/bench_offeringslayer.sh [build dir].
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
export QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr LC_ALL=C.UTF-8
process="$build/bin/sozialraum_process"
data=$(sed -n 's/^SOZIALRAUM_SHARED_DATA:PATH=//p' "$build/CMakeCache.txt")
kitas="$data/berlin-kindertagesstaetten.geojson"
if [ ! -f "$kitas" ]; then
  echo "  skipped: $kitas not found"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { sed -n 's/^ *"seconds": \([0-9.]*\).*/\1/p' "$1"; }

# the same mapping as the algorithm tests, with addresses
"$process" --json run sozialraum:importofferings --INPUT="$kitas" --CATALOGUE="$work/kitas.sqlite" \
  --NAME_FIELD=e_name --EXTERNAL_ID_FIELD=e_nr --PROVIDER_FIELD=t_name --CAPACITY_FIELD=e_platz \
  --TARGET_GROUPS=child --THEMES=education --ADDRESS='"e_strasse" || '"' '"' || "e_hnr"' \
  --POSTCODE_FIELD=e_plz --CITY_FIELD=e_ort >"$work/import.json" 2>"$work/import.log" ||
  { cat "$work/import.log"; exit 1; }
printf "  sozialraum:importofferings (setup, once)                  %8.3f s\n" "$(seconds "$work/import.json")"

start=$(date +%s.%N)
"$process" --json run sozialraum:offeringslayer --CATALOGUE="$work/kitas.sqlite" --OUTPUT="$work/kitas.gpkg" \
  >"$work/layer.json" 2>"$work/layer.log" || { cat "$work/layer.log"; exit 1; }
end=$(date +%s.%N)
sites=$(grep -o '[0-9]* offering sites written' "$work/layer.json" | cut -d' ' -f1)
printf "  sozialraum:offeringslayer (%s sites, algorithm)         %8.3f s\n" "$sites" "$(seconds "$work/layer.json")"
printf "  sozialraum:offeringslayer (whole sozialraum_process run)  %8.3f s\n" "$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')"
