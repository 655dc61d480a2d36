#!/usr/bin/env bash
# Starts real QGIS under Xvfb with a fresh profile and the build's plugin enabled;
# check.py verifies the provider and the dock from inside QGIS, exercises unload and
# reload, and saves a screenshot. Fails on a crash, a timeout or a failed check.
# usage: run_desktop_test.sh PLUGIN_DIR ARTIFACTS [LOCALE]   (LOCALE: en_US by default, e.g. de_DE)
set -uo pipefail
plugin_dir=$(cd "$1" && pwd)
artifacts=$(mkdir -p "$2" && cd "$2" && pwd)
locale=${3:-en_US}
suffix=""
case "$locale" in en*) ;; *) suffix="-${locale:0:2}" ;; esac
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ini="$work/profiles/profiles/test/QGIS/QGIS3.ini"
mkdir -p "$(dirname "$ini")"
cat > "$ini" <<INI
[Plugins]
libsozialraumplugin=true
[plugins]
searchPathsForPlugins=$plugin_dir
[qgis]
showTips=false
checkVersion=false
[locale]
overrideFlag=true
userLocale=$locale
INI

# A catalogue of Berlin's youth centres and Kitas, imported headless, for the dock to show.
runner="$(dirname "$plugin_dir")/bin/sozialraum_process"
data="$here/../../../shared/data"
berlin="$work/berlin.sqlite"
for source in "jugendfreizeiteinrichtungen:juvenile" "kindertagesstaetten:child"; do
  QT_QPA_PLATFORM=offscreen "$runner" run sozialraum:importofferings --INPUT="$data/berlin-${source%%:*}.geojson" \
    --CATALOGUE="$berlin" --NAME_FIELD=e_name --EXTERNAL_ID_FIELD=e_nr --PROVIDER_FIELD=t_name --CAPACITY_FIELD=e_platz \
    --TARGET_GROUPS="${source##*:}" --ADDRESS='"e_strasse" || '"' '"' || "e_hnr"' --POSTCODE_FIELD=e_plz --CITY_FIELD=e_ort \
    > "$artifacts/desktop-import-${source%%:*}$suffix.log" 2>&1 || { echo "importing Berlin's ${source%%:*} failed"; tail -5 "$artifacts/desktop-import-${source%%:*}$suffix.log"; exit 1; }
done
export SOZIALRAUM_BERLIN_CATALOGUE="$berlin" SOZIALRAUM_BERLIN_OFFERINGS=$((407 + 2880))
export SOZIALRAUM_BERLIN_AREAS="$data/berlin-planungsraeume-2019-mss.geojson"
export SOZIALRAUM_TEST_ARTIFACTS="$artifacts" SOZIALRAUM_TEST_LOCALE="$locale"
export SOZIALRAUM_TEST_RESULT="$work/result.txt"
unset QT_QPA_PLATFORM
timeout 150 xvfb-run -a -s "-screen 0 1280x800x24" \
  qgis --profiles-path "$work/profiles" --profile test --nologo --noversioncheck --code "$here/check.py" \
  > "$artifacts/desktop-qgis$suffix.log" 2>&1
code=$?
cat "$SOZIALRAUM_TEST_RESULT" 2>/dev/null
if [ $code -ne 0 ]; then
  echo "QGIS exited with code $code (log: $artifacts/desktop-qgis$suffix.log)"
  tail -n 30 "$artifacts/desktop-qgis$suffix.log"
  exit 1
fi
grep -q '^PASS' "$SOZIALRAUM_TEST_RESULT" || { echo "check.py did not report PASS"; exit 1; }
echo "screenshots: $artifacts/desktop-*$suffix.png"
