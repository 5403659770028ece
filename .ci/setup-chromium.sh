#!/usr/bin/env bash
# Installs Debian's Chromium for the web app's browser tests (test/web). Never downloads a browser
# from anywhere else: playwright-core drives /usr/bin/chromium.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "== chromium already installed: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "== installing chromium from the Debian archive"
$SUDO apt-get update -qq
# Without the desktop extras it recommends; the fonts keep screenshots and layout the same as on a desktop.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation fonts-dejavu-core
/usr/bin/chromium --version 2>/dev/null | head -n 1
