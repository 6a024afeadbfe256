#!/bin/sh
# Renders printed pages of Reja's sheets to PNG with LibreOffice, to look at them (and for the README).
#   scripts/render-report.sh [REPORT.xlsx] [OUT.png]   the first page of a report sheet
#       defaults: out/jondor-2026-hisobot.xlsx (made by `npm run demo`) → docs/report-page1.png
#   scripts/render-report.sh --docs                    the pictures in docs/print/: the plan sheet's first two
#       pages (plan columns, then tracking columns) in uz and uz-Cyrl, and the report's first and last pages in
#       uz, uz-Cyrl and ru, made from examples/jondor-2026-namuna.xlsx (needs `npm run build:cli`)
# Needs soffice (Debian: libreoffice-calc-nogui, with fonts-crosextra-carlito for Calibri's metrics) and
# pdftoppm/pdfinfo (poppler-utils); see scripts/render-pages.sh.
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--docs" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  reja() { node bin/reja.js "$@" >/dev/null; }
  mkdir -p docs/print
  page() { # BOOK SHEET NAME PAGES… → docs/print/NAME-first.png, NAME-last.png or NAME-pN.png
    RES=60 scripts/render-pages.sh "$1" "$2" "$tmp/page" "$4" | while read -r png _; do
      n=${png##*-p}; n=${n%.png}
      case "$4" in first,last) [ "$n" = 1 ] && name=first || name=last ;; *) name=p$n ;; esac
      cp "$png" "docs/print/$3-$name.png"; echo "docs/print/$3-$name.png"
    done
  }
  # the workbook's language (the settings' "lang"): Reja's own words in the plan sheet and the report follow it
  for lang in uz uz-Cyrl ru; do
    reja import examples/jondor-2026-namuna.xlsx -o "$tmp/plan-$lang.xlsx" --book-lang "$lang"
    reja fill "$tmp/plan-$lang.xlsx" --quarter 2
    reja report "$tmp/plan-$lang.xlsx" --quarter 2 --date 2026-07-05 -o "$tmp/report-$lang.xlsx"
  done
  page "$tmp/plan-uz.xlsx" '^Ish reja$' plan-uz 1,2
  page "$tmp/plan-uz-Cyrl.xlsx" '^Ish reja$' plan-uz-Cyrl 1,2
  page "$tmp/report-uz.xlsx" '^Hisobot' report-uz first,last
  page "$tmp/report-uz-Cyrl.xlsx" '^Hisobot' report-uz-Cyrl first,last
  page "$tmp/report-ru.xlsx" '^Hisobot' report-ru first,last
  exit 0
fi
REPORT=${1:-out/jondor-2026-hisobot.xlsx}
PNG=${2:-docs/report-page1.png}
[ -f "$REPORT" ] || { echo "render-report: no such file: $REPORT (run npm run demo first)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
RES=80 scripts/render-pages.sh "$REPORT" '^(Hisobot|Tumanlar|Viloyat|Muammolar)\b' "$tmp/page" first >/dev/null
mkdir -p "$(dirname "$PNG")"
cp "$tmp/page-p1.png" "$PNG"
echo "$PNG"
