#!/usr/bin/env bash
# The package as a person meets it, by hand (not in CI: it installs and removes a package as root).
# Builds the .deb from BUILD_DIR, installs it with apt in a fresh HOME, and under Xvfb with a
# window manager: starts EviMap from its desktop entry, opens the demo project by MIME type
# (gio open; xdg-open on a renamed copy, recognised by its content), opens Edit > Preferences and
# Help > Guide, and the German window; takes a screenshot of each into OUT_DIR. Then removes the
# package. Look at the screenshots: this script only proves that nothing crashed.
#
#   bash packaging/check-desktop.sh [BUILD_DIR] [OUT_DIR]
# Needs: dpkg-dev, xvfb, xdotool, openbox, imagemagick, libgtk-3-bin (gtk-launch),
#        libglib2.0-bin (gio), xdg-utils with libfile-mimeinfo-perl.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ "${EVIMAP_IN_XVFB:-}" != 1 ]; then
  (cd "$build" && rm -f evimap_*.deb && cpack -G DEB >/dev/null)
  deb=$(ls "$build"/evimap_*.deb)
  cp "$deb" "$out/"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "$out/$(basename "$deb")" >/dev/null
  trap 'apt-get remove -y -qq evimap >/dev/null' EXIT
  dpkg-deb -f "$out/$(basename "$deb")" Depends > "$out/depends.txt"
  HOME="$out/home" evimap demo --output "$out/demo" >/dev/null
  cp "$out/demo/demo.evimap" "$out/renamed.db"
  EVIMAP_IN_XVFB=1 xvfb-run -a -s "-screen 0 1440x900x24" bash "$0" "$build" "$out"
  echo "screenshots in $out"
  exit 0
fi

# --- Inside Xvfb ---
export HOME="$out/home"
mkdir -p "$HOME"
openbox & wm=$!
sleep 2
shot() { sleep "${2:-2}"; import -window root "$out/$1.png"; }
# Ends the EviMap windows of this display, by the pids of their windows: ours, nobody else's.
stop_ours() {
  for w in $(xdotool search --class evimap 2>/dev/null); do
    pid=$(xdotool getwindowpid "$w" 2>/dev/null) && [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  sleep 2
}
focus() { xdotool search --onlyvisible --name "$1" | head -1 | xargs -r -I{} xdotool windowfocus --sync {}; }

{
  xdg-mime query filetype "$out/demo/demo.evimap"
  xdg-mime query filetype "$out/renamed.db"
  xdg-mime query default application/x-evimap-project
} > "$out/mime.txt"

gtk-launch org.evimap.EviMap &
shot 1-desktop-entry 6
stop_ours

gio open "$out/demo/demo.evimap" &
shot 2-gio-open-asks-reviewer 7
focus "Who is reviewing"
xdotool type --delay 40 "Amina Rahman"
sleep 1
xdotool key Return
sleep 1
# A name completer popup takes the first Return; the second accepts the dialog.
if xdotool search --onlyvisible --name "Who is reviewing" >/dev/null; then xdotool key Return; fi
shot 3-gio-open-project 3
focus "EviMap"
xdotool key ctrl+comma
shot 4-preferences 3
xdotool key Escape
sleep 1
focus "EviMap"
xdotool key F1
shot 5-guide 3
stop_ours

xdg-open "$out/renamed.db" &
shot 6-xdg-open-renamed 7
stop_ours

LANG=de_DE.UTF-8 LANGUAGE=de gio open "$out/demo/demo.evimap" &
sleep 7
focus "EviMap"
xdotool key alt+d
shot 7-german 2
stop_ours
kill "$wm"
