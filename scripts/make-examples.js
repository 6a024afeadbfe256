#!/usr/bin/env node
/**
 * Builds the example workbooks in examples/ (deterministic: same input, same cells):
 *   jondor-2026-namuna.xlsx    the Jondor plan (examples/jondor-2026-ish-reja.txt) with made-up facts for I–II
 *   vobkent-2026-namuna.xlsx   the same template with other numbers, facts for I–II
 *   qorakol-2026-namuna.xlsx   other numbers again, some II facts missing and mistakes (a unit not in the
 *                              vocabulary, a negative fact, a duplicate item number)
 * Every fact in them is MADE-UP EXAMPLE DATA; each workbook says so in its plan and settings sheets.
 *
 * Plain JavaScript against the compiled command line: run `npm run build:cli` first (`npm run examples` does both).
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const lib = (p) => path.join(root, "lib", p);
if (!fs.existsSync(lib("cli/main.js"))) {
  console.error("make-examples: lib/ is not built; run `npm run build:cli` first");
  process.exit(2);
}
const ExcelJS = require("exceljs");
const JSZip = require("jszip"); // ExcelJS's own zip library
const { main } = require(lib("cli/main.js"));
const { readPlanWorkbook } = require(lib("xlsx/plan-workbook.js"));
const { writeFacts, writeNotes } = require(lib("xlsx/facts.js"));
const { saveWorkbook } = require(lib("xlsx/write.js"));
const { SHEET_NAMES } = require(lib("core/layout/names.js"));

const SEED = path.join(root, "examples", "jondor-2026-ish-reja.txt");
const FIXED_DATE = new Date(Date.UTC(2026, 6, 1));
const NOTICE =
  "NAMUNA: bu fayldagi chorak faktlari to'qima (o'ylab topilgan) ma'lumotlar, haqiqiy hisobot emas. Made-up example data.";

/** A small deterministic PRNG (mulberry32) seeded from a string. */
function random(seedText) {
  let a = 0;
  for (const ch of seedText) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed turned into another district's plan: names replaced, quantities scaled, optional line edits. */
function districtText(d) {
  const lines = fs
    .readFileSync(SEED, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\n");
  return lines
    .map((line) => {
      let cells = line.split("\t");
      for (const [from, to] of d.replace) cells = cells.map((c) => c.split(from).join(to));
      // quantity columns (D, E) of item and extra indicator rows: scale whole numbers
      for (const c of [3, 4]) {
        const n =
          cells[c] !== undefined && /^\d[\d ]*$/.test(cells[c].trim())
            ? Number(cells[c].replace(/\s/g, ""))
            : null;
        if (n !== null && n > 0) cells[c] = String(Math.max(1, Math.round(n * d.scale)));
      }
      const edit = d.edits && d.edits[cells[0].trim()];
      if (edit) cells = edit(cells);
      return cells.join("\t");
    })
    .join("\n");
}

const DISTRICTS = [
  {
    file: "jondor-2026-namuna.xlsx",
    district: "Jondor",
    text: () => fs.readFileSync(SEED, "utf8"),
    pace: [0.75, 1.25],
    missing: 0,
  },
  {
    file: "vobkent-2026-namuna.xlsx",
    district: "Vobkent",
    replace: [
      ["Jondor", "Vobkent"],
      ["R. Halimov", "S. Nurullayev"],
    ],
    scale: 1.15,
    pace: [0.85, 1.3],
    missing: 0,
  },
  {
    file: "qorakol-2026-namuna.xlsx",
    district: "Qorako'l",
    replace: [
      ["Jondor", "Qorako'l"],
      ["R. Halimov", "D. Rajabova"],
    ],
    scale: 0.8,
    pace: [0.5, 1.1],
    missing: 0.35,
    edits: {
      // mistakes on purpose: a unit not in the vocabulary, and item 36 numbered 35 again
      "26.": (c) => Object.assign([...c], { 2: "litr" }),
      "36.": (c) => Object.assign([...c], { 0: "35." }),
    },
    badFacts: [{ item: "32", quarter: 2, value: -15 }],
  },
];

/** Made-up facts for quarters I and II of every indicator scheduled in them. */
function madeUpFacts(plan, d) {
  const facts = [];
  const notes = [];
  for (const item of plan.items) {
    if (!item.deadline.ok) continue;
    const windows = item.deadline.schedule.windows;
    item.indicators.forEach((ind, k) => {
      const rnd = random(`${d.district}/${item.number}/${k}`);
      const planned = ind.plan.value;
      let behind = false;
      for (const w of windows) {
        if (w[0] > 2) continue;
        const closed = [];
        for (let q = w[0]; q <= Math.min(w[1], 2); q++) closed.push(q);
        if (planned !== null && planned > 0) {
          // the window's share spread over its quarters; a window running past II is half done by then
          const share = planned / windows.length / (w[1] - w[0] + 1);
          for (const q of closed) {
            if (q === 2 && rnd() < d.missing) continue;
            const pace = d.pace[0] + (d.pace[1] - d.pace[0]) * rnd();
            if (pace < 0.9 && w[1] <= 2) behind = true;
            facts.push({ item: item.number, indicator: k, quarter: q, value: Math.round(share * pace) });
          }
        } else {
          // tracked by done marks: ✓ when done, 0 when the quarter passed without it
          for (const q of closed) {
            if (q === 2 && rnd() < d.missing) continue;
            const done = w[1] > 2 || rnd() < 0.88;
            if (!done) behind = true;
            facts.push({ item: item.number, indicator: k, quarter: q, value: done ? "✓" : 0 });
          }
        }
      }
      if (behind && rnd() < 0.6)
        notes.push({
          item: item.number,
          indicator: k,
          note: "Namuna izoh: reja kechikdi, III chorakda to'ldiriladi",
        });
    });
  }
  return { facts: [...facts, ...(d.badFacts || [])], notes };
}

function markAsExample(wb, planSheet) {
  const settings = wb.getWorksheet(SHEET_NAMES.settings);
  const row = settings.rowCount + 2;
  settings.getCell(row, 1).value = "namuna";
  settings.getCell(row, 2).value = "HA: to'qima ma'lumotlar";
  settings.getCell(row, 3).value = NOTICE;
  for (const c of [1, 2, 3]) {
    settings.getCell(row, c).font = { bold: true, color: { argb: "FFC00000" } };
    settings.getCell(row, c).alignment = { wrapText: true, vertical: "top" };
  }
  // beside the approvers' blocks, above the table: the first thing anyone opening the plan sees
  const cell = planSheet.getCell("J1");
  cell.value = NOTICE;
  cell.font = { bold: true, color: { argb: "FFC00000" } };
  cell.alignment = { wrapText: true, vertical: "top" };
  planSheet.mergeCells("J1:R3");
}

/** The same bytes on every run: zip entries stamped with a fixed date instead of the time of writing. */
async function fixZipDates(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const fixed = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    fixed.file(entry.name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  const bytes = await fixed.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  fs.writeFileSync(file, bytes);
}

const quietIo = { out: () => {}, err: (t) => process.stderr.write(t + "\n"), now: () => FIXED_DATE };

async function build(d, tmp) {
  const src = path.join(tmp, `${d.district}.txt`);
  fs.writeFileSync(src, d.text ? d.text() : districtText(d));
  const out = path.join(root, "examples", d.file);
  const code = await main(["import", src, "-o", out, "--district", d.district], quietIo);
  if (code !== 0) throw new Error(`import of ${d.district} failed (${code})`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const read = readPlanWorkbook(wb);
  if (!read.ok) throw new Error(`no plan in ${out}`);
  const { facts, notes } = madeUpFacts(read.plan, d);
  writeFacts(read.sheet, read.plan, facts);
  writeNotes(read.sheet, read.plan, notes);
  markAsExample(wb, read.sheet);
  wb.creator = "Reja (scripts/make-examples.js)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  await saveWorkbook(wb, out); // keeps each validation one block (see compactValidations)
  await fixZipDates(out);
  console.log(
    `${path.relative(root, out)}: ${read.plan.items.length} items, ${facts.length} made-up facts, ${notes.length} notes`
  );
}

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reja-examples-"));
  for (const d of DISTRICTS) await build(d, tmp);
  fs.rmSync(tmp, { recursive: true, force: true });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
