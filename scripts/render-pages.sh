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
# LibreOffice prints every sheet into one PDF, hidden ones too: keep only the first sheet whose name matches. The
# workbook is edited as a zip, not read and written again by ExcelJS, which drops the sheets' manual page breaks.
node -e '
const JSZip = require("jszip");
const fs = require("fs");
(async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(process.argv[1]));
  const re = new RegExp(process.argv[3]);
  let xml = await zip.file("xl/workbook.xml").async("string");
  const unescape = (s) => s.replace(/&apos;/g, "\x27").replace(/&quot;/g, "\"").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  let index = 0;
  let keep = -1;
  xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = unescape(/\bname="([^"]*)"/.exec(tag)[1]);
    const i = index++;
    if (keep < 0 && re.test(name)) {
      keep = i;
      return tag.replace(/\s*\bstate="[^"]*"/, "");
    }
    return "";
  });
  if (keep < 0) throw new Error("no sheet matching /" + process.argv[3] + "/ in " + process.argv[1]);
  // names local to a sheet: the kept sheet is now the first
  xml = xml.replace(/<definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (tag, id) =>
    Number(id) === keep ? tag.replace(/localSheetId="\d+"/, "localSheetId=\"0\"") : ""
  );
  xml = xml.replace(/\s*\b(activeTab|firstSheet)="\d+"/g, "");
  zip.file("xl/workbook.xml", xml);
  fs.writeFileSync(process.argv[2], await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
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
