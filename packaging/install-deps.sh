#!/usr/bin/env bash
# Installs the Debian 12 packages EviMap needs to build, test and run.
# Idempotent: quiet and quick when everything is already present. Works as root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev
  libpoppler-qt6-dev libsqlite3-dev libssl-dev libbenchmark-dev
  xvfb xauth openbox x11-utils poppler-utils chromium
  qt6-qpa-plugins libgl1-mesa-dri
  desktop-file-utils appstream dpkg-dev clang-format clang-tidy
  python3-sklearn
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
