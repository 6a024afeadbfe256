#!/usr/bin/env bash
# Make the office fixtures in test/fixtures/office/ with a real office program (LibreOffice),
# so that tests can read what a word processor / spreadsheet writes without needing one.
# The outputs are committed; run this again only to remake them (outputs differ byte-wise
# between runs: LibreOffice stamps dates and ids into documents).
#
# Needs: LibreOffice (soffice with Writer and Calc; made with 7.4.7), python3 (any, for the
# source generator), Debian's python3-uno run by /usr/bin/python3 (only for the
# password-protected .xlsx: apt-get install -y python3-uno), iconv (only for UTF-16 BE, which
# LibreOffice cannot write), head and dd.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/test/fixtures/office"
SRC="$OUT/src"
SEED="$ROOT/test/fixtures/jondor-2026.txt"           # the Jondor seed plan, UTF-8
CYRILLIC="$ROOT/test/fixtures/unseen/qiziltepa-2026-cyrillic.txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A private LibreOffice profile: no clash with a running office or another run.
PROFILE="-env:UserInstallation=file://$WORK/profile"

office() { soffice "$PROFILE" --headless "$@" 2>&1 | grep -v javaldx || true; }

# Writer's "Text (encoded)" options: charset,line end,font,language.
# Calc's "Text - txt - csv (StarCalc)" options: separator (9 = tab, 44 = comma), text delimiter
# (empty = none, 34 = "), charset (76 = UTF-8), first line, column types (1/2 = column 1 text ...).
CALC_TSV_IN='Text - txt - csv (StarCalc):9,,76,1,1/2/2/2/3/2/4/1/5/1/6/2/7/2/8/2'

mkdir -p "$OUT" "$SRC"

echo "== 1. Word document (Writer) from an HTML source generated from the seed"
python3 "$SRC/make-sources.py" "$SEED" "$SRC"
office --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$OUT" "$SRC/jondor-2026.html"
# The same document saved in the formats Reja refuses (opened from the .docx, as a person would).
office --convert-to 'odt:writer8' --outdir "$OUT" "$OUT/jondor-2026.docx"
office --convert-to 'doc:MS Word 97' --outdir "$OUT" "$OUT/jondor-2026.docx"
office --convert-to 'rtf:Rich Text Format' --outdir "$OUT" "$OUT/jondor-2026.docx"

echo "== 2. Text exports (Writer 'Text (encoded)' re-saving the seed text in other charsets)"
# $1 input (UTF-8 text), $2 charset token, $3 output name. Each export gets its own
# directories: soffice names its output after its input.
text_export() {
  local d="$WORK/t-$2"
  mkdir -p "$d/in" "$d/out"
  cp "$1" "$d/in/plan.txt"
  office --infilter='Text (encoded):UTF8,LF,,' --convert-to "txt:Text (encoded):$2,CRLF,," \
    --outdir "$d/out" "$d/in/plan.txt"
  mv "$d/out/plan.txt" "$OUT/$3"
}
text_export "$SEED" UNICODE jondor-2026.utf16le.txt     # UTF-16 LE with BOM (FF FE)
text_export "$SEED" MS_1251 jondor-2026.cp1251.txt
text_export "$SEED" MS_1252 jondor-2026.cp1252.txt
text_export "$CYRILLIC" MS_1251 qiziltepa-2026.cp1251.txt
# LibreOffice has no UTF-16 BE text export: byte-swap LibreOffice's own UTF-16 LE export.
{ printf '\xfe\xff'; tail -c +3 "$OUT/jondor-2026.utf16le.txt" | iconv -f UTF-16LE -t UTF-16BE; } \
  >"$OUT/jondor-2026.utf16be.txt"

echo "== 3. Spreadsheets (Calc) from the seed text, every column text except the two numbers"
mkdir -p "$WORK/c"
cp "$SEED" "$WORK/c/jondor-2026.txt"
office --infilter="$CALC_TSV_IN" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$OUT" "$WORK/c/jondor-2026.txt"
office --infilter="$CALC_TSV_IN" --convert-to 'xls:MS Excel 97' --outdir "$OUT" "$WORK/c/jondor-2026.txt"
office --infilter="$CALC_TSV_IN" --convert-to 'ods:calc8' --outdir "$OUT" "$WORK/c/jondor-2026.txt"
office --infilter="$CALC_TSV_IN" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$OUT" "$WORK/c/jondor-2026.txt"

echo "== 3b. Password-protected .xlsx (password: reja) through UNO"
PORT=$((20000 + RANDOM % 20000))
soffice "$PROFILE" --headless --invisible --norestore \
  --accept="socket,host=127.0.0.1,port=$PORT;urp;" >/dev/null 2>&1 &
OFFICE_PID=$!
/usr/bin/python3 "$ROOT/scripts/office-save-with-password.py" "$PORT" \
  "$OUT/jondor-2026.xlsx" "$OUT/jondor-2026.protected.xlsx" reja ||
  { kill "$OFFICE_PID"; exit 1; }
wait "$OFFICE_PID" || true

echo "== 3c. Damaged files (cut with head, random bytes with dd)"
SIZE=$(stat -c %s "$OUT/jondor-2026.xlsx")
head -c $((SIZE / 2)) "$OUT/jondor-2026.xlsx" >"$OUT/jondor-2026.truncated.xlsx"
dd if=/dev/urandom of="$OUT/random-bytes.xlsx" bs=1024 count=8 status=none

echo "== 4. Workbook with a summary table and signature lines below the plan (Calc)"
mkdir -p "$WORK/s"
cp "$SRC/jondor-2026.second-table.tsv" "$WORK/s/jondor-2026.second-table.txt"
office --infilter="$CALC_TSV_IN" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$OUT" "$WORK/s/jondor-2026.second-table.txt"

echo "== made:"
(cd "$OUT" && file -- *.docx *.odt *.doc *.rtf *.txt *.xls *.ods *.csv *.xlsx)
