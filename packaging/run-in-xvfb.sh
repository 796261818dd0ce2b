#!/usr/bin/env bash
# Runs a command on the most common laptop screen, 1366×768, under Xvfb with a real window
# manager (Openbox): windows get frames and title bars, and nothing shrinks a window that is too
# big, as on Openbox, Xfce or Windows. ctest runs the tests labelled "xvfb" through it:
#
#   bash packaging/run-in-xvfb.sh build/tests/tst_laptopscreen
#
# Needs: xvfb, xauth, openbox, x11-utils (packaging/install-deps.sh installs them).
set -euo pipefail

if [ "${EVIMAP_IN_XVFB:-}" != 1 ]; then
  for tool in xvfb-run openbox xprop; do
    command -v "$tool" >/dev/null || { echo "run-in-xvfb: $tool is missing (bash packaging/install-deps.sh)" >&2; exit 1; }
  done
  exec env EVIMAP_IN_XVFB=1 xvfb-run -a -s "-screen 0 1366x768x24" bash "$0" "$@"
fi

# --- Inside Xvfb ---
openbox --sm-disable >/dev/null 2>&1 & wm=$!
trap 'kill "$wm" 2>/dev/null || true' EXIT
# Openbox manages the screen once it has set the root window's _NET_SUPPORTING_WM_CHECK.
for _ in $(seq 1 100); do
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
  sleep 0.1
done
xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' ||
  { echo "run-in-xvfb: openbox did not start" >&2; exit 1; }
QT_QPA_PLATFORM=xcb "$@"
