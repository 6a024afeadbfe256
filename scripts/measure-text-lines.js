#!/usr/bin/env node
// Measures how many lines LibreOffice wraps the text of generated sheets into, for the row-height estimate
// (src/core/layout/text-size.ts) and its test fixture (test/fixtures/wrapped-lines.json).
//   node scripts/measure-text-lines.js OUT.json BOOK.xlsx:SHEET-REGEX…
// Every wrapped text cell of the named sheets (its width: the column, or the sum of a merge's columns; its font
// size and weight) is copied into a calibration workbook, one cell a printed page, each in a column of that
// width and a row as tall as a row gets; LibreOffice prints it to PDF at 100 % and the lines are counted from
// the words' positions (pdftotext -bbox). Needs soffice (with fonts-crosextra-carlito) and pdftotext.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const DEFAULT_WIDTH = 8.43;

function colIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function cellText(cell) {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "object" && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  return "";
}

async function samplesOf(file, sheetRe) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => new RegExp(sheetRe).test(w.name));
  if (!ws) throw new Error(`no sheet matching /${sheetRe}/ in ${file}`);
  const spans = new Map();
  for (const m of ws.model.merges ?? []) {
    const [a, b] = m.split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a);
    const [, c2] = /^([A-Z]+)(\d+)$/.exec(b);
    spans.set(`${r1}:${colIndex(c1)}`, colIndex(c2) - colIndex(c1) + 1);
  }
  const out = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!cell.alignment?.wrapText || (cell.isMerged && cell.master !== cell)) return;
      const text = cellText(cell).trim();
      if (text === "") return;
      let width = 0;
      for (let k = c; k < c + (spans.get(`${r}:${c}`) ?? 1); k++)
        width += ws.getColumn(k).width ?? DEFAULT_WIDTH;
      out.push({
        text,
        width: Math.round(width * 100) / 100,
        size: cell.font?.size ?? 11,
        bold: !!cell.font?.bold,
      });
    })
  );
  return out;
}

async function main() {
  const [outFile, ...inputs] = process.argv.slice(2);
  if (!outFile || inputs.length === 0) {
    console.error("usage: measure-text-lines.js OUT.json BOOK.xlsx:SHEET-REGEX…");
    process.exit(2);
  }
  const seen = new Set();
  const samples = [];
  for (const input of inputs) {
    const i = input.lastIndexOf(":");
    for (const s of await samplesOf(input.slice(0, i), input.slice(i + 1))) {
      const key = JSON.stringify([s.text, s.width, s.size, s.bold]);
      if (seen.has(key)) continue;
      seen.add(key);
      samples.push(s);
    }
  }
  // one sheet per width, one cell a page, in the order the pages print
  const byWidth = new Map();
  for (const s of samples) byWidth.set(s.width, [...(byWidth.get(s.width) ?? []), s]);
  const ordered = [];
  const wb = new ExcelJS.Workbook();
  [...byWidth.keys()].forEach((width, k) => {
    const ws = wb.addWorksheet(`w${k}`, {
      pageSetup: { paperSize: 8, orientation: "landscape", scale: 100, fitToPage: false },
    });
    ws.pageSetup.margins = { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 };
    ws.getColumn(1).width = width;
    byWidth.get(width).forEach((s, j) => {
      const row = ws.getRow(j + 1);
      row.height = 409;
      const cell = row.getCell(1);
      cell.value = s.text;
      cell.font = { name: "Calibri", size: s.size, bold: s.bold };
      cell.alignment = { wrapText: true, vertical: "top" };
      row.addPageBreak();
      ordered.push(s);
    });
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "measure-lines-"));
  try {
    await wb.xlsx.writeFile(path.join(tmp, "lines.xlsx"));
    execFileSync("soffice", [
      `-env:UserInstallation=file://${tmp}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      tmp,
      path.join(tmp, "lines.xlsx"),
    ]);
    execFileSync("pdftotext", ["-bbox", path.join(tmp, "lines.pdf"), path.join(tmp, "lines.html")]);
    const html = fs.readFileSync(path.join(tmp, "lines.html"), "utf8");
    const pages = html.split("<page ").slice(1);
    if (pages.length !== ordered.length)
      throw new Error(`${pages.length} pages printed for ${ordered.length} cells`);
    pages.forEach((page, k) => {
      const tops = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"/g)].map((m) => Number(m[1]));
      const lines = [];
      for (const y of tops.sort((a, b) => a - b))
        if (!lines.length || y - lines[lines.length - 1] > 2) lines.push(y);
      // an empty line between paragraphs has no words: count lines by the distance from the first to the last
      const gaps = lines.slice(1).map((y, i) => y - lines[i]);
      const pitch = gaps.length ? Math.min(...gaps) : 1;
      ordered[k].lines =
        lines.length < 2 ? lines.length : Math.round((lines[lines.length - 1] - lines[0]) / pitch) + 1;
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.writeFileSync(outFile, JSON.stringify(ordered, null, 1) + "\n");
  console.log(`${outFile}: ${ordered.length} cells measured`);
}

main().catch((e) => {
  console.error("measure-text-lines: " + e.message);
  process.exit(1);
});
