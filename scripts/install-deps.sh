#!/usr/bin/env bash
# Installs the Debian 12 packages Sozialraum builds, tests and demos with — only the missing ones.
set -euo pipefail
packages=(
  build-essential cmake
  qgis qgis-providers libqgis-dev python3-qgis
  qtbase5-dev qttools5-dev qttools5-dev-tools libqt5svg5-dev
  libgdal-dev libgeos-dev libspatialite-dev libsqlite3-dev
  libeigen3-dev nlohmann-json3-dev libsqlite3-mod-spatialite
  xvfb xauth
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
