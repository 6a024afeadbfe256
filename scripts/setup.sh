#!/usr/bin/env bash
# Sets up a fresh machine for Reja: the Debian packages the tests and the report rendering use
# (Chromium for the browser tests, LibreOffice + poppler to render workbooks), then the npm packages.
# Nothing downloads a browser of its own: playwright-core drives Debian's /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# Carlito has Calibri's metrics: without it LibreOffice lays the sheets out in a wider font and prints them
# with other page breaks than Excel does
fc-list 2>/dev/null | grep -qi carlito || missing+=(fonts-crosextra-carlito)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm run build:cli
fi
