#!/usr/bin/env bash
# The Debian package (issue 14): `cpack -G DEB` builds qgis-plugin-sozialraum_*.deb, and it
# installs on a system that has never seen the build tree.
#
# usage: test_debian_package.sh BUILD_DIR RUNNER_IN_BUILD [PACKAGE.deb]
#   BUILD_DIR        the configured and built tree (holds CPackConfig.cmake)
#   RUNNER_IN_BUILD  the build's bin/sozialraum_process (its `list` is the expected one)
#   PACKAGE.deb      an already built package to check instead of running cpack
#
# Checks, in about half a minute:
#   1. cpack builds exactly one .deb (into a scratch folder, never into BUILD_DIR);
#   2. control fields: name, version = metadata.txt's, section science, maintainer, and the
#      dependencies dpkg-shlibdeps computed (QGIS 3.22 libraries, Qt) plus the run-time ones;
#   3. the file list is exactly the expected one, under /usr, root-owned, 0755 for programs and
#      0644 for the rest (Debian's mode for shared objects too), no symlinks,
#      no .qm files (the translations are Qt resources inside the binaries), stripped ELF files
#      without RPATH/RUNPATH;
#   4. `apt-get install --simulate ./the.deb` against an EMPTY dpkg status: every dependency
#      resolves from Debian 12's archive (as on a clean system; needs apt's package lists);
#   5. `dpkg --root=FRESH -i` into an empty root (dependencies forced: they are checked in 4),
#      then from that root: the shim's library_path.txt resolves to the installed .so, the
#      installed sozialraum_process lists the same sozialraum:* algorithms as the build's and
#      answers in German under a German locale, and QGIS's qgis_process.bin loads the installed
#      shim, which loads the installed .so; `dpkg --root=FRESH --purge` leaves nothing behind
#      (not even the __pycache__ QGIS writes beside the shim when run as root).
set -uo pipefail
build=$(cd "$1" && pwd)
build_runner=$2
deb=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
note() { echo "--- $*"; }
SECONDS=0

for tool in dpkg dpkg-deb readelf; do
  command -v "$tool" > /dev/null || fail "$tool not found"
done

# 1. Build the package.
if [ -z "$deb" ]; then
  [ -f "$build/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build"
  cpack=$(command -v cpack) || fail "cpack not found"
  note "cpack -G DEB"
  (cd "$build" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") > "$work/cpack.log" 2>&1 \
    || { tail -30 "$work/cpack.log"; fail "cpack failed"; }
  mapfile -t debs < <(find "$work/out" -maxdepth 1 -name '*.deb')
  [ "${#debs[@]}" = 1 ] || fail "cpack made ${#debs[@]} packages: ${debs[*]}"
  deb=${debs[0]}
  echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) kB) in ${SECONDS}s"
fi
[ -f "$deb" ] || fail "no package $deb"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

# 2. Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
version=$(sed -n 's/^version=//p' "$(dirname "$0")/../metadata.txt")
arch=$(dpkg --print-architecture)
[ "$(field Package)" = qgis-plugin-sozialraum ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || fail "Version is '$(field Version)', metadata.txt says $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)'"
grep -q '^Sozialraum developers <' <<< "$(field Maintainer)" || fail "Maintainer is '$(field Maintainer)'"
[ "$(basename "$deb")" = "qgis-plugin-sozialraum_${version}-1_${arch}.deb" ] || fail "file name $(basename "$deb")"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
for dep in 'libqgis-core3\.22\.[0-9]+ \(>= ' 'libqgis-gui3\.22\.[0-9]+ \(>= ' 'libqgis-analysis3\.22\.[0-9]+ \(>= ' \
    'libqt5core5a \(>= ' 'libc6 \(>= ' 'qgis-providers' 'python3-qgis' 'libsqlite3-mod-spatialite'; do
  grep -Eq "(^|, )$dep" <<< "$depends" || fail "Depends lacks $dep (dpkg-shlibdeps or the fixed list)"
done
grep -Eq '(^|, )qgis( |,|$)' <<< "$(field Recommends)" || fail "Recommends lacks qgis"
grep -q 'social planning' <<< "$(field Description)" || fail "no description"

# 3. Contents.
dpkg-deb --contents "$deb" > "$work/contents.txt"
awk '$1 !~ /^d/ { sub(/^\.\//, "/", $6); print $6 }' "$work/contents.txt" | sort > "$work/files.txt"
sort > "$work/expected.txt" <<EOF
/usr/bin/sozialraum_process
/usr/lib/qgis/plugins/libsozialraumplugin.so
/usr/share/doc/qgis-plugin-sozialraum/changelog.Debian.gz
/usr/share/doc/qgis-plugin-sozialraum/copyright
/usr/share/doc/qgis-plugin-sozialraum/examples/qgis_global_settings.ini
/usr/share/man/man1/sozialraum_process.1.gz
/usr/share/qgis/python/plugins/sozialraum_processing/__init__.py
/usr/share/qgis/python/plugins/sozialraum_processing/icon.svg
/usr/share/qgis/python/plugins/sozialraum_processing/library_path.txt
/usr/share/qgis/python/plugins/sozialraum_processing/metadata.txt
EOF
diff -u "$work/expected.txt" "$work/files.txt" || fail "the package's files differ from the expected list (- expected, + in the package)"
cat "$work/files.txt"
# Every entry: root:root, a plain file or folder (QGIS skips symlinked plugins), usual modes.
while read -r mode owner _ _ _ path _; do
  [ "$owner" = root/root ] || fail "$path owned by $owner"
  case "$mode" in
    d*) [ "$mode" = drwxr-xr-x ] || fail "folder $path has mode $mode" ;;
    -*) case "$path" in
          ./usr/bin/*) [ "$mode" = -rwxr-xr-x ] || fail "$path has mode $mode, expected 0755" ;;
          *) [ "$mode" = -rw-r--r-- ] || fail "$path has mode $mode, expected 0644" ;;
        esac ;;
    *) fail "$path is not a plain file or folder ($mode)" ;;
  esac
  case "$path" in ./usr/local/*|./usr/local) fail "$path is under /usr/local" ;; ./usr/*|./usr/|./) ;; *) fail "$path outside /usr" ;; esac
done < "$work/contents.txt"

# 4. Dependencies resolve from the archive on a system with nothing installed.
if compgen -G "/var/lib/apt/lists/*_Packages*" > /dev/null; then
  : > "$work/empty-status"
  apt-get --simulate -o Dir::State::status="$work/empty-status" -o Debug::NoLocking=1 \
      install "$deb" > "$work/apt-sim.txt" 2>&1 || { tail -20 "$work/apt-sim.txt"; fail "apt-get --simulate install ./$(basename "$deb") on an empty system failed"; }
  for pkg in qgis-plugin-sozialraum qgis-providers 'libqgis-core3\.22\.[0-9]+' python3-qgis libsqlite3-mod-spatialite qgis; do
    grep -Eq "^Inst $pkg " "$work/apt-sim.txt" || fail "apt would not install $pkg (see below)
$(grep -E '^(Inst|E:)' "$work/apt-sim.txt" | head -20)"
  done
  echo "apt on an empty system would install $(grep -c '^Inst ' "$work/apt-sim.txt") packages, none missing"
else
  echo "SKIP apt simulation: no package lists (apt-get update)"
fi

# 5. Install into a fresh, empty root.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: > "$root/var/lib/dpkg/status"
# --force-script-chrootless: the empty root has no shell; the prerm honours $DPKG_ROOT.
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless -i "$deb" > "$work/dpkg.log" 2>&1 \
  || { cat "$work/dpkg.log"; fail "dpkg -i into a fresh root failed"; }
[ "$(dpkg --root="$root" -s qgis-plugin-sozialraum | sed -n 's/^Status: //p')" = "install ok installed" ] \
  || fail "not 'install ok installed' in the fresh root"
so=$root/usr/lib/qgis/plugins/libsozialraumplugin.so
runner=$root/usr/bin/sozialraum_process
shim=$root/usr/share/qgis/python/plugins/sozialraum_processing
listed=$(head -n 1 "$shim/library_path.txt")
case "$listed" in /*) fail "library_path.txt is absolute ($listed): it must be relative to the shim" ;; esac
[ "$(realpath -m "$shim/$listed")" = "$(realpath "$so")" ] || fail "library_path.txt names '$listed' = $(realpath -m "$shim/$listed"), not the installed .so"
for elf in "$so" "$runner"; do
  readelf -d "$elf" | grep -Eq 'R(UN)?PATH' && fail "$elf has an RPATH/RUNPATH: $(readelf -d "$elf" | grep -E 'R(UN)?PATH')"
  readelf -S "$elf" | grep -q '\.debug_info' && fail "$elf is not stripped"
  readelf -d "$elf" | grep -q "$build" && fail "$elf mentions the build tree"
done

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
unset QGIS_CUSTOM_CONFIG_PATH QGIS_PLUGINPATH SOZIALRAUM_PLUGIN_LIBRARY QGIS_PREFIX_PATH
"$runner" list > "$work/list.txt" 2> "$work/list.err" || fail "installed sozialraum_process list failed: $(tail -5 "$work/list.err")"
"$build_runner" list 2> /dev/null | grep -P '^\tsozialraum:' | sort > "$work/list-build.txt"
grep -P '^\tsozialraum:' "$work/list.txt" | sort > "$work/list-installed.txt"
[ -s "$work/list-installed.txt" ] || fail "the installed runner lists no sozialraum:* algorithm"
diff -u "$work/list-build.txt" "$work/list-installed.txt" || fail "installed and built runner list different algorithms"
grep -qP '^\tnative:buffer\t' "$work/list.txt" || fail "the installed runner lacks QGIS's native algorithms"
echo "installed runner lists $(wc -l < "$work/list-installed.txt") sozialraum:* algorithms"
LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 LANGUAGE=de "$runner" help sozialraum:socialindex > "$work/help-de.txt" 2>&1 \
  || fail "installed runner: help failed"
grep -q Argumente "$work/help-de.txt" && grep -q Indikatoren "$work/help-de.txt" \
  || fail "installed runner does not answer in German (translations not embedded?): $(head -5 "$work/help-de.txt")"

qgis_process=$(command -v qgis_process.bin || true)
if [ -n "$qgis_process" ]; then
  if [ -e /usr/lib/qgis/plugins/libsozialraumplugin.so ]; then
    echo "NOTE: /usr/lib/qgis/plugins/libsozialraumplugin.so exists on this machine; the shim could fall back to it"
  fi
  mkdir -p "$work/config/profiles/default/QGIS"
  printf '[PythonPlugins]\nsozialraum_processing=true\n' > "$work/config/profiles/default/QGIS/QGIS3.ini"
  QGIS_CUSTOM_CONFIG_PATH=$work/config QGIS_PLUGINPATH=$root/usr/share/qgis/python/plugins QGIS_PREFIX_PATH=/usr \
    "$qgis_process" list > "$work/qp-list.txt" 2> "$work/qp-list.err" || fail "qgis_process list failed: $(tail -5 "$work/qp-list.err")"
  grep -q error "$work/qp-list.err" && fail "qgis_process list: $(grep error "$work/qp-list.err")"
  grep -qP '^\tsozialraum:socialindex\t' "$work/qp-list.txt" || fail "qgis_process with the installed shim lacks sozialraum:socialindex"
  echo "qgis_process.bin loads the installed shim: $(grep -cP '^\tsozialraum:' "$work/qp-list.txt") sozialraum:* algorithms"
else
  echo "SKIP qgis_process: qgis_process.bin not installed"
fi

# qgis_process (run as root here, as on a machine where an admin tries it) byte-compiles the shim
# into __pycache__; the prerm removes it, so removing the package leaves nothing behind.
[ -d "$shim/__pycache__" ] || { mkdir "$shim/__pycache__" && : > "$shim/__pycache__/__init__.cpython-311.pyc"; }
dpkg --root="$root" --force-not-root --force-script-chrootless --purge qgis-plugin-sozialraum > "$work/purge.log" 2>&1 \
  || { cat "$work/purge.log"; fail "dpkg --purge failed"; }
grep -q 'not empty so not removed' "$work/purge.log" && fail "purge left folders: $(cat "$work/purge.log")"
left=$(find "$root/usr" 2>/dev/null)
[ -z "$left" ] || fail "left after purge: $left"

echo "OK: $(basename "$deb") checked in ${SECONDS}s"
