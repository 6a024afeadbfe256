#!/bin/sh
# The main job on the bundled examples: import → check → fill → report → consolidate → approve → next year,
# results in out/.
#   npm run demo        (builds the command line first)
# The facts in examples/*-namuna.xlsx are made-up example data.
set -eu
cd "$(dirname "$0")/.."
npm run --silent build:cli
mkdir -p out
reja() { node bin/reja.js "$@"; }
# `reja check` exits 1 when the plan has errors: shown, and the job goes on; 2 (unusable input) stops it.
tolerate_findings() { set +e; "$@"; code=$?; set -e; [ "$code" -le 1 ] || exit "$code"; }
QUARTER=${QUARTER:-2}

echo "== 1. import: the Jondor plan (exported text) → structured plan workbook"
reja import examples/jondor-2026-ish-reja.txt -o out/jondor-2026-reja.xlsx

echo; echo "== 2. check: the plan and the three example districts"
tolerate_findings reja check examples/jondor-2026-ish-reja.txt
for f in examples/*-namuna.xlsx; do
  tolerate_findings reja check "$f" --quarter "$QUARTER" --json >"out/$(basename "$f" .xlsx)-check.json"
  echo "$f: $(node -e 'const d=JSON.parse(require("fs").readFileSync(0)).diagnostics;const n=s=>d.filter(x=>x.severity===s).length;console.log(n("error")+" errors, "+n("warning")+" warnings")' <"out/$(basename "$f" .xlsx)-check.json")"
done

echo; echo "== 3. fill: statuses and ratios for quarter $QUARTER"
reja fill examples/jondor-2026-namuna.xlsx --quarter "$QUARTER" -o out/jondor-2026-ish-reja.xlsx

echo; echo "== 4. report: the regional submission sheet"
reja report out/jondor-2026-ish-reja.xlsx --quarter "$QUARTER" -o out/jondor-2026-hisobot.xlsx
reja report out/jondor-2026-ish-reja.xlsx --quarter "$QUARTER" -o out/jondor-2026-hisobot.xlsx --json >out/jondor-2026-hisobot.json

echo; echo "== 5. consolidate: three districts into one regional workbook"
tolerate_findings reja consolidate examples/jondor-2026-namuna.xlsx examples/vobkent-2026-namuna.xlsx \
  examples/qorakol-2026-namuna.xlsx --quarter "$QUARTER" -o out/viloyat-2026.xlsx

if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
  echo; echo "== 6. render: the report's first page"
  scripts/render-report.sh out/jondor-2026-hisobot.xlsx out/jondor-2026-hisobot-page1.png
fi

echo; echo "== 7. approve: the filled plan approved and locked (facts and Izoh stay editable)"
reja approve out/jondor-2026-ish-reja.xlsx --by "R. Halimov" --date 2026-01-12 -o out/jondor-2026-tasdiqlangan.xlsx

echo; echo "== 8. next year: the 2027 draft from the 2026 workbook (2026 facts as last year's fact)"
reja next-year out/jondor-2026-ish-reja.xlsx -o out/jondor-2027-loyiha.xlsx --suggest
tolerate_findings reja check out/jondor-2027-loyiha.xlsx --json >out/jondor-2027-loyiha-check.json
reja inspect out/jondor-2027-loyiha.xlsx | head -n 12

echo; echo "== 9. back to Word: the 2027 plan as the official .docx, read back by Reja"
reja next-year examples/jondor-2026-namuna.xlsx -o out/2027.xlsx --force
reja docx out/2027.xlsx -o out/2027.docx --force
reja inspect out/2027.docx | head -n 6

echo
echo "Results in $(pwd)/out:"
echo "  out/jondor-2026-reja.xlsx        structured plan workbook (import)"
echo "  out/jondor-2026-ish-reja.xlsx    the example workbook with statuses and ratios (fill)"
echo "  out/jondor-2026-hisobot.xlsx     the same with the report sheet (report); JSON: out/jondor-2026-hisobot.json"
echo "  out/viloyat-2026.xlsx            regional consolidation and problems sheets (consolidate)"
echo "  out/*-check.json                 findings of each example district (check)"
echo "  out/jondor-2026-tasdiqlangan.xlsx the plan approved and locked (approve)"
echo "  out/jondor-2027-loyiha.xlsx      the 2027 draft: same items, 2026 facts, suggestions in Izoh (next-year)"
echo "  out/2027.docx                    the 2027 plan as a Word document in the official layout (docx)"
