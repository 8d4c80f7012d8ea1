#!/usr/bin/env bash
# Sets up a fresh machine and then either opens the planner or runs the whole test suite.
#   bash scripts/bootstrap.sh open [PROJECT]   install, then open PROJECT (the Qods sample by default)
#   bash scripts/bootstrap.sh test [PYTEST ARGS] install, then run every test
# Installs Debian packages (when run as root on Debian/Ubuntu) and a virtual environment in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-open}"; shift || true

# Qt's runtime libraries, fonts, and the real clients the tests open files with.
debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
      libglib2.0-0 fonts-dejavu-core poppler-utils libreoffice-calc-nogui
      libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
      chromium)  # the floor map's browser tests: Playwright drives this one, never downloads one
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  missing=()
  for p in "${debs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'

case "$mode" in
  open)
    exec .venv/bin/qods-planner "${1:-samples/qods-industries-2026.qods.json}" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest "$@"
    rc=$?
    if [ "$rc" = 5 ]; then echo "pytest collected no tests: that is a failure here"; exit 1; fi
    exit "$rc" ;;
  *)
    echo "usage: bash scripts/bootstrap.sh open [PROJECT] | test [PYTEST ARGS]" >&2; exit 2 ;;
esac
