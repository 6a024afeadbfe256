#!/bin/sh
# Renders the first page of a report sheet to PNG with LibreOffice, to look at it (and for the README).
#   scripts/render-report.sh [REPORT.xlsx] [OUT.png]
# Defaults: out/jondor-2026-hisobot.xlsx (made by `npm run demo`) → docs/report-page1.png
# Needs soffice (Debian: libreoffice-calc-nogui) and pdftoppm (poppler-utils).
set -eu
cd "$(dirname "$0")/.."
REPORT=${1:-out/jondor-2026-hisobot.xlsx}
PNG=${2:-docs/report-page1.png}
for tool in soffice pdftoppm node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "render-report: $tool is not installed" >&2; exit 3; }
done
[ -f "$REPORT" ] || { echo "render-report: no such file: $REPORT (run npm run demo first)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# LibreOffice prints every sheet into one PDF: keep only the generated report sheet(s) so page 1 is the report.
node -e '
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[1]);
  const keep = wb.worksheets.filter((ws) => /^(Hisobot|Tumanlar|Viloyat|Muammolar)\b/.test(ws.name));
  if (keep.length === 0) throw new Error("no report sheet (Hisobot …) in " + process.argv[1]);
  for (const ws of wb.worksheets) if (ws !== keep[0]) wb.removeWorksheet(ws.id);
  await wb.xlsx.writeFile(process.argv[2]);
})().catch((e) => { console.error("render-report: " + e.message); process.exit(2); });
' "$REPORT" "$tmp/report.xlsx"
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/report.xlsx" >/dev/null 2>&1
[ -f "$tmp/report.pdf" ] || { echo "render-report: soffice made no PDF" >&2; exit 1; }
mkdir -p "$(dirname "$PNG")"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$tmp/report.pdf" "$tmp/page"
cp "$tmp/page.png" "$PNG"
echo "$PNG (page 1 of $(pdfinfo "$tmp/report.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || echo '?') pages)"
