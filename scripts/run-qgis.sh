#!/usr/bin/env bash
# Starts desktop QGIS with the freshly built plugin enabled, in a separate profile
# (your own QGIS profile is not touched).
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
profiles="$build/qgis-profiles"
ini="$profiles/profiles/sozialraum-dev/QGIS/QGIS3.ini"
mkdir -p "$(dirname "$ini")"
if [ ! -f "$ini" ]; then
  cat > "$ini" <<INI
[Plugins]
libsozialraumplugin=true
[plugins]
searchPathsForPlugins=$build/plugin
[qgis]
showTips=false
checkVersion=false
INI
fi
exec qgis --profiles-path "$profiles" --profile sozialraum-dev --noversioncheck "${@:2}"
