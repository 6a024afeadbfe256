#!/bin/sh
# Renders pages of one sheet of a workbook to PNG with LibreOffice, as it prints (page setup, print titles,
# breaks): to look at the printed layout, and for the pictures in docs/.
#   scripts/render-pages.sh WORKBOOK.xlsx SHEET-REGEX OUT-PREFIX [PAGES]
# PAGES: "first", "last", "first,last" (default) or "all"; writes OUT-PREFIX-p<N>.png per page.
# Needs soffice (Debian: libreoffice-calc-nogui) and pdftoppm/pdfinfo (poppler-utils).
set -eu
cd "$(dirname "$0")/.."
BOOK=$1
SHEET=$2
PREFIX=$3
PAGES=${4:-first,last}
RES=${RES:-60}
for tool in soffice pdftoppm pdfinfo node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "render-pages: $tool is not installed" >&2; exit 3; }
done
[ -f "$BOOK" ] || { echo "render-pages: no such file: $BOOK" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# LibreOffice prints every sheet into one PDF: keep only the first sheet whose name matches.
node -e '
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[1]);
  const re = new RegExp(process.argv[3]);
  const keep = wb.worksheets.find((ws) => re.test(ws.name));
  if (!keep) throw new Error("no sheet matching /" + process.argv[3] + "/ in " + process.argv[1]);
  for (const ws of wb.worksheets) if (ws !== keep) wb.removeWorksheet(ws.id);
  await wb.xlsx.writeFile(process.argv[2]);
})().catch((e) => { console.error("render-pages: " + e.message); process.exit(2); });
' "$BOOK" "$tmp/book.xlsx" "$SHEET"
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/book.xlsx" >/dev/null 2>&1
[ -f "$tmp/book.pdf" ] || { echo "render-pages: soffice made no PDF" >&2; exit 1; }
n=$(pdfinfo "$tmp/book.pdf" | sed -n 's/^Pages: *//p')
case "$PAGES" in
  all) list=$(seq 1 "$n") ;;
  *) list=$(echo "$PAGES" | tr ',' ' ' | sed "s/first/1/; s/last/$n/") ;;
esac
mkdir -p "$(dirname "$PREFIX")"
for p in $list; do
  pdftoppm -png -r "$RES" -f "$p" -l "$p" -singlefile "$tmp/book.pdf" "$tmp/page"
  cp "$tmp/page.png" "$PREFIX-p$p.png"
  echo "$PREFIX-p$p.png (page $p of $n)"
done
