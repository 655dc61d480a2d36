#!/usr/bin/env bash
# QGIS's own qgis_process (3.22 loads Python plugins only) runs the Sozialraum algorithms through
# the Python shim sozialraum_processing, and gets the same numbers as sozialraum_process.
#
# usage: test_qgis_process.sh QGIS_PROCESS SHIM_PLUGINS_DIR PLUGIN_SO SOZIALRAUM_PROCESS DATA ARTIFACTS
#   QGIS_PROCESS        /usr/bin/qgis_process.bin (Debian's wrapper adds an option 3.22 rejects)
#   SHIM_PLUGINS_DIR    the build's python/plugins (holds sozialraum_processing/)
#   PLUGIN_SO           the build's plugin/libsozialraumplugin.so
#   SOZIALRAUM_PROCESS  the build's bin/sozialraum_process
#   DATA                berlin-planungsraeume-2019-mss.geojson
#   ARTIFACTS           where logs and the two GeoPackages are kept
set -uo pipefail
qgis_process=$1
shim_plugins=$(cd "$2" && pwd)
plugin_so=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
runner=$4
data=$5
artifacts=$(mkdir -p "$6" && cd "$6" && pwd)/qgis_process
mkdir -p "$artifacts"
pyqgis=/usr/bin/python3 # the Debian Python that python3-qgis belongs to (not a pyenv shim)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

[ -x "$qgis_process" ] || fail "$qgis_process not found (package qgis)"
[ -f "$shim_plugins/sozialraum_processing/__init__.py" ] || fail "no shim in $shim_plugins"
[ -f "$plugin_so" ] || fail "no $plugin_so"
[ -f "$data" ] || fail "no $data"

# The shim finds the .so through library_path.txt, written by the build.
listed=$(head -n 1 "$shim_plugins/sozialraum_processing/library_path.txt")
[ "$(realpath "$listed")" = "$(realpath "$plugin_so")" ] || fail "library_path.txt names '$listed', expected $plugin_so"

# A throw-away profile: qgis_process 3.22 uses $QGIS_CUSTOM_CONFIG_PATH/profiles/default and
# starts a Python plugin only when PythonPlugins/<folder name> is true there and its
# metadata.txt says hasProcessingProvider=yes. QGIS_PLUGINPATH adds the build's plugin folder.
mkdir -p "$work/config/profiles/default/QGIS"
cat > "$work/config/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
sozialraum_processing=true
INI
export QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
export QGIS_CUSTOM_CONFIG_PATH="$work/config" QGIS_PLUGINPATH="$shim_plugins"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
unset SOZIALRAUM_PLUGIN_LIBRARY

# 1. list: the provider is there, once.
"$qgis_process" list > "$artifacts/list.txt" 2> "$artifacts/list.err" || fail "qgis_process list failed: $(tail -5 "$artifacts/list.err")"
if grep -q "error" "$artifacts/list.err"; then fail "qgis_process list: $(grep error "$artifacts/list.err")"; fi
grep -P '^\tsozialraum:socialindex\t' "$artifacts/list.txt" || fail "sozialraum:socialindex not in qgis_process list"
count=$(grep -cP '^\tsozialraum:socialindex\t' "$artifacts/list.txt")
[ "$count" = 1 ] || fail "sozialraum:socialindex listed $count times"
"$qgis_process" plugins > "$artifacts/plugins.txt" 2>&1
grep -q '^\* sozialraum_processing$' "$artifacts/plugins.txt" || fail "qgis_process plugins does not show sozialraum_processing as loaded"

# 2. run through qgis_process and through sozialraum_process: the same index.
indicators="s1_percentage_unemployed;s3_percentage_transfer_payments_recipients"
"$qgis_process" run sozialraum:socialindex --INPUT="$data" --INDICATORS="$indicators" --OUTPUT="$artifacts/a.gpkg" \
  > "$artifacts/run-qgis_process.log" 2>&1 || fail "qgis_process run failed: $(tail -5 "$artifacts/run-qgis_process.log")"
"$runner" run sozialraum:socialindex --INPUT="$data" --INDICATORS="$indicators" --OUTPUT="$artifacts/b.gpkg" \
  > "$artifacts/run-sozialraum_process.log" 2>&1 || fail "sozialraum_process run failed: $(tail -5 "$artifacts/run-sozialraum_process.log")"
"$pyqgis" - "$artifacts/a.gpkg" "$artifacts/b.gpkg" <<'PY' || fail "the two outputs differ"
import sqlite3, sys

def read(path):
    db = sqlite3.connect(path)
    (table,) = db.execute("SELECT table_name FROM gpkg_contents").fetchone()
    rows = db.execute(f'SELECT "id", si_score, si_rank, si_class FROM "{table}" ORDER BY fid').fetchall()
    db.close()
    return rows

a, b = read(sys.argv[1]), read(sys.argv[2])
assert len(a) == len(b) == 448, (len(a), len(b))
assert [r[0] for r in a] == [r[0] for r in b], "area ids differ"
scored = sum(1 for r in a if r[1] is not None)
diffs = [abs(x[1] - y[1]) for x, y in zip(a, b) if x[1] is not None and y[1] is not None]
same_nulls = all((x[1] is None) == (y[1] is None) for x, y in zip(a, b))
print(f"{len(a)} areas, {scored} with si_score; max |si_score(qgis_process) - si_score(sozialraum_process)| = "
      f"{max(diffs) if diffs else 0}; NULLs alike: {same_nulls}; rank and class alike: "
      f"{[r[2:] for r in a] == [r[2:] for r in b]}")
assert scored > 400 and same_nulls and max(diffs) == 0.0 and [r[2:] for r in a] == [r[2:] for r in b]
PY

# 3. the exported functions: never a second provider, and unload removes only its own.
"$pyqgis" - "$plugin_so" > "$artifacts/entrypoints.log" 2>&1 <<'PY' || { cat "$artifacts/entrypoints.log"; fail "entry points"; }
import ctypes, sys
from qgis.core import QgsApplication, QgsProcessingProvider

app = QgsApplication([], False)
app.initQgis()
registry = QgsApplication.processingRegistry()
lib = ctypes.CDLL(sys.argv[1])
register, unregister = lib.sozialraum_register_processing_provider, lib.sozialraum_unregister_processing_provider
register.restype = unregister.restype = ctypes.c_bool

ids = lambda: [p.id() for p in registry.providers()]
assert register() and register(), "register failed"
assert ids().count("sozialraum") == 1, ids()
assert len(registry.providerById("sozialraum").algorithms()) > 10
assert unregister() and "sozialraum" not in ids() and not unregister(), ids()

class Other(QgsProcessingProvider):  # stands in for the desktop C++ plugin's provider
    def id(self): return "sozialraum"
    def name(self): return "other"
    def loadAlgorithms(self): pass

other = Other()
assert registry.addProvider(other)
assert register(), "register must report the provider as available"
assert registry.providerById("sozialraum") is other and ids().count("sozialraum") == 1, ids()
assert not unregister() and registry.providerById("sozialraum") is other, "removed a provider it does not own"
registry.removeProvider(other)
del other
app.exitQgis()
print("entry points OK")
PY
cat "$artifacts/entrypoints.log"
echo "PASS"
