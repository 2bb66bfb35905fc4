#!/usr/bin/env bash
# Installs what Cunce needs on a fresh machine: pnpm, the workspace's packages (the sqlite3 addon is built
# from source, about 2 minutes), and, with --browser, Debian's Chromium and a Chinese font (Noto CJK) for the
# browser tests (without the font the screenshots show boxes instead of Chinese).
# Needs Node.js 20.19+ with npm, and python3, make and g++ for the sqlite3 build.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "10.34.8" ]; then
  npm i -g pnpm@10.34.8
fi

if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/opentype/noto ]; }; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
fi

CI=true pnpm install --frozen-lockfile --reporter=default
