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

step "sozialraum:catchmentratio (youth-centre places per young resident within 15 minutes, 2SFCA)"
"$run" run sozialraum:catchmentratio --NETWORK="$streets" --DEMAND="$residents" --DEMAND_FIELD=age_u18 \
  --SUPPLY="$youth" --SUPPLY_ID=facility_id --SUPPLY_FIELD=capacity_text --METHOD=0 --CATCHMENT=15 \
  --OUTPUT="$out/catchment-youth.gpkg" --OUTPUT_SUPPLY="$out/catchment-youth-supply.gpkg"

step "sozialraum:servicegaps (need = MSS status index, access to youth centres)"
"$run" run sozialraum:servicegaps --NETWORK="$streets" --AREAS="$out/monitoring.gpkg" --NEED_FIELD=status_index \
  --DEMAND="$residents" --DEMAND_FIELD=age_u18 --SUPPLY="$youth" --SUPPLY_FIELD=capacity --METHOD=0 --CATCHMENT=10 \
  --OUTPUT="$out/service-gaps.gpkg"

step "sozialraum:locationsuggest (3 new youth offerings, maximal covering, need-weighted)"
"$run" run sozialraum:locationsuggest --NETWORK="$streets" --CANDIDATES="$town|layername=candidates" --EXISTING="$youth" \
  --DEMAND="$out/service-gaps.gpkg" --WEIGHT='coalesce("pop_u18", 0) * (1 + coalesce("gap_score", 0))' --P=3 --RADIUS=10 \
  --OUTPUT="$out/new-sites.gpkg" --OUTPUT_SUMMARY="$out/new-sites-summary.csv"

step "sozialraum:programmetargeting (is the funding area where the need is?)"
"$run" run sozialraum:programmetargeting --AREAS="$out/monitoring.gpkg" --HIGH_NEED='"status_class" >= 3' \
  --PROGRAMME_AREAS="$town|layername=programme_area" --OUTPUT="$out/programme-targeting.gpkg"

step "sozialraum:budgetallocation (2 million euro by population x need, 10,000 to 150,000 per area)"
"$run" run sozialraum:budgetallocation --AREAS="$out/monitoring.gpkg" \
  --WEIGHT='coalesce("inhabitants", 0) * max(coalesce("status_index", 0) + 2, 0.1)' --BUDGET=2000000 \
  --MIN_PER_AREA=10000 --MAX_PER_AREA=150000 --ROUND_TO=100 \
  --OUTPUT="$out/budget.gpkg" --OUTPUT_SUMMARY="$out/budget-summary.csv"
"$run" run native:savefeatures --INPUT="$out/budget.gpkg" --OUTPUT="$out/budget-table.csv" > /dev/null

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

render --out "$out/map-service-gaps.png" --title "Versorgungslücken: Bedarf gegen Erreichbarkeit" --subtitle "Jugendeinrichtungen, 10 Minuten zu Fuß (2SFCA); Bedarf = MSS-Statusindex" \
  --layer "$out/new-sites.gpkg" --style "simple:fill=#1a9641,outline=#ffffff,size=4.5" --name "Vorgeschlagener Standort" --label rank \
  --layer "$town|layername=facilities|subset=\"kind\" = 'youth_centre'" --style "simple:fill=#000000,outline=#ffffff,size=2.6" --name "Jugendeinrichtung" \
  --layer "$out/service-gaps.gpkg" --style "categorized:gap_class,colors=1:#cb181d|2:#fcae91|3:#bdd7e7|4:#f0f0f0,labels=1:hoher Bedarf / schlechte Erreichbarkeit|2:hoher Bedarf / gute Erreichbarkeit|3:geringer Bedarf / schlechte Erreichbarkeit|4:geringer Bedarf / gute Erreichbarkeit,nodata=ohne Zuordnung" --name "Lückenklasse" "${bg[@]}"
render --out "$out/map-catchment.png" --title "Plätze je junge Einwohnerin/junger Einwohner (2SFCA, 15 min)" --subtitle "access_norm: 1,0 = Stadtdurchschnitt" \
  --layer "$town|layername=facilities|subset=\"kind\" = 'youth_centre'" --style "simple:fill=#000000,outline=#ffffff,size=2.6" --name "Jugendeinrichtung" \
  --layer "$out/catchment-youth.gpkg" --style "graduated:access_norm:RdYlGn,classes=5,mode=quantile" --name "Versorgung (normiert)" \
  --layer "$areas" --style "simple:fill=#ffffff,outline=#969696,width=0.3" --name "Planungsräume" "${bg[@]}"
render --out "$out/map-programme-targeting.png" --title "Förderkulisse und Bedarf" --subtitle "Gebiete mit Status niedrig/sehr niedrig außerhalb des Programmgebiets" \
  --layer "$town|layername=programme_area" --style "simple:fill=none,outline=#08306b,width=1.4" --name "Programmgebiet" \
  --layer "$out/programme-targeting.gpkg" --style "categorized:targeting,colors=high need outside programme:#cb181d|high need inside:#fd8d3c|programme without high need:#6baed6|neither:#f0f0f0" --name "Zielgenauigkeit" "${bg[@]}"
render --out "$out/map-budget.png" --title "Mittelverteilung: 2 Mio. Euro nach Bedarf" --subtitle "Einwohner × Bedarf, 10.000 bis 150.000 Euro je Gebiet" \
  --layer "$out/budget.gpkg" --style "graduated:allocation:Blues,classes=5,mode=jenks" --name "Euro" "${bg[@]}"

step "Done"
ls -1 "$out"
