#!/usr/bin/env bash
# make demo: generates the synthetic town "Neustadt am Fluss", runs every Sozialraum
# algorithm on it through the headless runner and renders the results with QGIS's own
# map renderer. Usage: demo/run_demo.sh BUILD_DIR OUTPUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
out=${2:-demo-output}
mkdir -p "$out"
out=$(cd "$out" && pwd)
run="$build/bin/sozialraum_process"
py=/usr/bin/python3 # Debian's Python, which has PyQGIS
export QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QGIS_CUSTOM_CONFIG_PATH="$scratch" XDG_RUNTIME_DIR="$scratch"

town="$out/demo-town.gpkg"
step() { echo; echo "== $*"; }

step "Generating the demo town"
rm -f "$town"
"$py" "$here/make_town.py" "$town"

areas="$town|layername=areas"
streets="$town|layername=streets"
residents="$town|layername=residents"
youth="$town|layername=facilities|subset=\"kind\" = 'youth_centre'"
kitas="$town|layername=facilities|subset=\"kind\" = 'kita'"

step "sozialraum:socialindex (MSS status recipe, 500 sensitivity runs)"
"$run" run sozialraum:socialindex --INPUT="$areas" --INDICATORS="s1;s3;s4" \
  --POPULATION_FIELD=inhabitants --MIN_POPULATION=300 --SENSITIVITY=500 \
  --OUTPUT="$out/social-index.gpkg"

step "sozialraum:socialindex (Jenks classes of a weighted index with an inverted indicator)"
"$run" run sozialraum:socialindex --INPUT="$areas" --INDICATORS="s1;s3;s4;share_single_parent" \
  --WEIGHTS=1,1,2,0.5 --NORMALIZATION=1 --AGGREGATION=1 --FINAL_SCALING=3 --CLASSIFICATION=4 --CLASSES=5 \
  --POPULATION_FIELD=inhabitants --MIN_POPULATION=300 --OUTPUT="$out/social-index-jenks.gpkg"

step "sozialraum:monitoring (status and dynamics, Berlin MSS scheme)"
"$run" run sozialraum:monitoring --INPUT="$areas" --STATUS_INDICATORS="s1;s3;s4" --DYNAMICS_INDICATORS="d1;d3;d4" \
  --POPULATION_FIELD=inhabitants --MIN_POPULATION=300 --OUTPUT="$out/monitoring.gpkg"

step "sozialraum:isochrones (5/10/15 minutes on foot from every youth centre)"
"$run" run sozialraum:isochrones --NETWORK="$streets" --FACILITIES="$youth" --FACILITY_ID=facility_id \
  --COST_TYPE=1 --SPEED=4.5 --BANDS=5,10,15 --BUFFER=40 \
  --OUTPUT="$out/isochrones-youth.gpkg" --OUTPUT_LINES="$out/isochrones-youth-lines.gpkg"

step "sozialraum:isochrones (dissolved: the town within 5/10/15 minutes of any youth centre)"
"$run" run sozialraum:isochrones --NETWORK="$streets" --FACILITIES="$youth" --FACILITY_ID=facility_id \
  --COST_TYPE=1 --SPEED=4.5 --BANDS=5,10,15 --DISSOLVE=true --OUTPUT="$out/isochrones-youth-dissolved.gpkg"

step "sozialraum:nearestfacility (walking minutes from every address to the nearest Kita)"
"$run" run sozialraum:nearestfacility --NETWORK="$streets" --ORIGINS="$residents" --FACILITIES="$kitas" \
  --FACILITY_ID=facility_id --COST_TYPE=1 --OUTPUT="$out/nearest-kita.gpkg"

step "sozialraum:odmatrix (addresses to all facilities within 15 minutes)"
"$run" run sozialraum:odmatrix --NETWORK="$streets" --ORIGINS="$residents" --DESTINATIONS="$town|layername=facilities" \
  --DESTINATION_ID=facility_id --COST_TYPE=1 --MAX_COST=15 --OUTPUT="$out/od-matrix.gpkg"

step "Rendering maps"
render() { "$py" "$here/render.py" "$@"; }
bg=(--layer "$town|layername=river" --style "simple:fill=#a6cee3,outline=#a6cee3,line=#6baed6,width=1.2" --name "Fluss")
render --out "$out/map-social-index.png" --title "Sozialindex (MSS-Statusrezept)" --subtitle "si_class: z-Werte (Populations-SD) von s1, s3, s4, summiert und erneut z-standardisiert" \
  --layer "$out/social-index.gpkg" --style "categorized:si_class:Reds,labels=1:1 hoch|2:2 mittel|3:3 niedrig|4:4 sehr niedrig,nodata=ohne Zuordnung" --name "Statusklasse" "${bg[@]}"
render --out "$out/map-social-index-stability.png" --title "Wie sicher ist die Klasse? (500 Monte-Carlo-Läufe)" --subtitle "Anteil der Läufe, in denen das Gebiet seine Klasse behält" \
  --layer "$out/social-index.gpkg" --style "graduated:si_class_stability:RdYlGn,classes=5,mode=equal" --name "Klassenstabilität" "${bg[@]}"
render --out "$out/map-social-index-jenks.png" --title "Gewichteter Index, natürliche Brüche (Jenks)" \
  --layer "$out/social-index-jenks.gpkg" --style "categorized:si_class:Reds,nodata=ohne Zuordnung" --name "Klasse" "${bg[@]}"
render --out "$out/map-monitoring.png" --title "Monitoring: Status und Dynamik" --subtitle "Status niedrig/sehr niedrig oder mittel mit negativer Dynamik: zuerst hinsehen" \
  --layer "$town|layername=programme_area" --style "simple:fill=none,outline=#2166ac,width=1.2" --name "Programmgebiet" \
  --layer "$out/monitoring.gpkg" --style "categorized:status_class:Reds,labels=1:hoch|2:mittel|3:niedrig|4:sehr niedrig,nodata=ohne Zuordnung" --name "Statusindex" --label dynamics_label "${bg[@]}"
render --out "$out/map-isochrones.png" --title "Jugendfreizeiteinrichtungen: 5/10/15 Minuten zu Fuß" --subtitle "Netzpuffer um das erreichte Wegenetz (40 m), aufgelöst je Zeitband" \
  --layer "$town|layername=facilities|subset=\"kind\" = 'youth_centre'" --style "simple:fill=#d7301f,outline=#ffffff,size=3.2" --name "Jugendeinrichtung" \
  --layer "$out/isochrones-youth-dissolved.gpkg" --style "categorized:band,colors=5:#08519c|10:#4292c6|15:#c6dbef,labels=5:5 min|10:10 min|15:15 min,opacity=0.85" --name "Gehzeit" \
  --layer "$streets" --style "simple:line=#bdbdbd,width=0.25" --name "Wegenetz" \
  --layer "$areas" --style "simple:fill=#f7f7f7,outline=#969696,width=0.3" --name "Planungsräume" "${bg[@]}"
render --out "$out/map-nearest-kita.png" --title "Gehzeit zur nächsten Kita" --subtitle "Jede Adresse, Minuten auf dem Wegenetz (4,5 km/h)" \
  --layer "$town|layername=facilities|subset=\"kind\" = 'kita'" --style "simple:fill=#000000,outline=#ffffff,size=2.6" --name "Kita" \
  --layer "$out/nearest-kita.gpkg" --style "graduated:nearest_cost:YlOrRd,classes=5,mode=pretty" --name "Minuten" \
  --layer "$areas" --style "simple:fill=#ffffff,outline=#969696,width=0.3" --name "Planungsräume" "${bg[@]}"

step "Done"
ls -1 "$out"
