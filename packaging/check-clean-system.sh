#!/usr/bin/env bash
# The full clean-system check of the Debian package, by hand (not part of CTest: it downloads
# about 600 MB from deb.debian.org and takes 7-8 minutes; tests/test_debian_package.sh is the fast
# part). Needs root, debootstrap, and network access to deb.debian.org.
#
# usage: sudo packaging/check-clean-system.sh build/qgis-plugin-sozialraum_*.deb [WORKDIR]
#
# 1. debootstrap a minimal Debian 12 (bookworm, + updates and security) into WORKDIR/root;
# 2. apt-get install ./the.deb there: apt pulls QGIS and everything else it needs;
# 3. sozialraum_process list / run / German help, as on an IT department's machine;
# 4. qgis_process.bin with the shim: plugins enable, list, run;
# 5. the desktop (Xvfb) with a fresh profile and only a global settings file (the package's
#    example): the plugin loads from /usr/lib/qgis/plugins without any plugin path setting;
# 6. apt-get purge: nothing left.
set -euo pipefail
deb=$(realpath "$1")
work=$(realpath -m "${2:-/var/tmp/sozialraum-clean-system}")
root=$work/root
here=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" = 0 ] || { echo "run as root"; exit 2; }
command -v debootstrap > /dev/null || { echo "apt-get install debootstrap"; exit 2; }
[ ! -e "$root" ] || { echo "$root exists: remove it first"; exit 2; }
mkdir -p "$work"
step() { echo; echo "=== $* (${SECONDS}s)"; }
cleanup() { umount "$root/dev/pts" 2> /dev/null || true; umount "$root/dev" 2> /dev/null || true; umount "$root/proc" 2> /dev/null || true; }
trap cleanup EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
SECONDS=0

step "debootstrap bookworm (minbase)"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian > "$work/debootstrap.log"
cat > "$root/etc/apt/sources.list" << 'EOF'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d" # no services start in the chroot
chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root apt-get update -qq

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "./tmp/$(basename "$deb")" > "$work/apt-install.log"
grep -E '^[0-9]+ upgraded|^Need to get' "$work/apt-install.log"
in_root dpkg -s qgis-plugin-sozialraum | grep '^Status: install ok installed'

step "sozialraum_process"
mkdir -p "$root/tmp/data"
cp "$here/../tests/data/areas.csv" "$root/tmp/data/"
in_root sh -c 'cd /tmp/data && sozialraum_process list' > "$work/list.txt"
grep -P '^\tsozialraum:' "$work/list.txt"
in_root sh -c 'cd /tmp/data && sozialraum_process run sozialraum:socialindex --INPUT=areas.csv \
  --INDICATORS="unemployed;transfer;child_poverty" --OUTPUT=si.csv' > "$work/run.log" 2>&1
head -3 "$root/tmp/data/si.csv"
in_root env LC_ALL=de_DE.UTF-8 LANGUAGE=de sozialraum_process help sozialraum:socialindex > "$work/help-de.txt"
grep -c Indikatoren "$work/help-de.txt" # German help: the translation is inside the binary

step "qgis_process.bin with the shim"
in_root env QT_QPA_PLATFORM=offscreen qgis_process.bin plugins enable sozialraum_processing > /dev/null 2>&1
in_root env QT_QPA_PLATFORM=offscreen qgis_process.bin plugins 2>&1 | grep sozialraum_processing
in_root env QT_QPA_PLATFORM=offscreen qgis_process.bin list 2> /dev/null | grep -cP '^\tsozialraum:'
in_root sh -c 'cd /tmp/data && QT_QPA_PLATFORM=offscreen qgis_process.bin run sozialraum:socialindex --INPUT=areas.csv \
  --INDICATORS="unemployed;transfer;child_poverty" --OUTPUT=si-qp.csv' > "$work/run-qp.log" 2>&1
cmp <(cut -d, -f1,13- "$root/tmp/data/si.csv") <(cut -d, -f1,13- "$root/tmp/data/si-qp.csv") && echo "same index as sozialraum_process"

step "desktop: plugin enabled for all users by the global settings file only"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth > /dev/null
mkdir -p "$root/etc/qgis" "$root/tmp/profiles/profiles/default/QGIS"
cp "$root/usr/share/doc/qgis-plugin-sozialraum/examples/qgis_global_settings.ini" "$root/etc/qgis/"
printf '[qgis]\nshowTips=false\ncheckVersion=false\n' > "$root/tmp/profiles/profiles/default/QGIS/QGIS3.ini"
cat > "$root/tmp/check.py" << 'EOF'
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.core import QgsApplication, QgsSettings
from qgis.utils import iface
def check():
    ids = [p.id() for p in QgsApplication.processingRegistry().providers()]
    docks = [d.objectName() for d in iface.mainWindow().findChildren(QDockWidget) if "Sozialraum" in d.objectName()]
    with open("/tmp/desktop.txt", "w") as out:
        out.write("global settings: %s\nplugin paths: %r\nsozialraum providers: %d\ndocks: %r\n" % (
            QgsSettings.globalSettingsPath(), QgsSettings().value("plugins/searchPathsForPlugins", ""), ids.count("sozialraum"), docks))
    QgsApplication.exit(0)
QTimer.singleShot(5000, check)
EOF
in_root env QGIS_GLOBAL_SETTINGS_FILE=/etc/qgis/qgis_global_settings.ini timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
  qgis --profiles-path /tmp/profiles --nologo --code /tmp/check.py > "$work/desktop.log" 2>&1
cat "$root/tmp/desktop.txt"
grep -q 'sozialraum providers: 1' "$root/tmp/desktop.txt"

step "apt-get purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y qgis-plugin-sozialraum > "$work/purge.log"
for path in /usr/lib/qgis/plugins/libsozialraumplugin.so /usr/bin/sozialraum_process \
    /usr/share/qgis/python/plugins/sozialraum_processing /usr/share/doc/qgis-plugin-sozialraum; do
  [ ! -e "$root$path" ] || { echo "left behind: $path"; exit 1; }
done
step "PASS (chroot in $root; remove it with: rm -rf $root)"
