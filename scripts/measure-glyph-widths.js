#!/usr/bin/env node
// Prints the advance widths (thousandths of an em) of Carlito, Calibri's metric twin, that the text-size
// estimate (src/core/layout/text-size.ts) measures text with: printable ASCII, U+0400–U+04FF and the few marks
// plan texts use; and the bold face's width relative to the regular one over the same letters.
//   node scripts/measure-glyph-widths.js [FONT-DIR]   (default /usr/share/fonts/truetype/crosextra)
"use strict";
const fs = require("fs");
const path = require("path");

/** A character → its advance width in ems, read from the font's cmap (format 4) and hmtx tables. */
function advances(file) {
  const b = fs.readFileSync(file);
  const tables = {};
  for (let i = 0; i < b.readUInt16BE(4); i++)
    tables[b.toString("latin1", 12 + 16 * i, 16 + 16 * i)] = b.readUInt32BE(20 + 16 * i);
  const unitsPerEm = b.readUInt16BE(tables.head + 18);
  const metrics = b.readUInt16BE(tables.hhea + 34);
  const cmap = tables.cmap;
  let sub = -1;
  for (let i = 0; i < b.readUInt16BE(cmap + 2); i++)
    if (b.readUInt16BE(cmap + 4 + 8 * i) === 3 && b.readUInt16BE(cmap + 6 + 8 * i) === 1)
      sub = cmap + b.readUInt32BE(cmap + 8 + 8 * i);
  if (sub < 0 || b.readUInt16BE(sub) !== 4) throw new Error(`${file}: no Unicode BMP cmap (format 4)`);
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const offsets = deltas + 2 * segs;
  const glyph = (cp) => {
    for (let i = 0; i < segs; i++) {
      if (cp > b.readUInt16BE(ends + 2 * i)) continue;
      const start = b.readUInt16BE(starts + 2 * i);
      if (cp < start) return 0;
      const delta = b.readInt16BE(deltas + 2 * i);
      const ro = b.readUInt16BE(offsets + 2 * i);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = b.readUInt16BE(offsets + 2 * i + ro + 2 * (cp - start));
      return g ? (g + delta) & 0xffff : 0;
    }
    return 0;
  };
  return (cp) => {
    const g = glyph(cp);
    return g ? b.readUInt16BE(tables.hmtx + 4 * Math.min(g, metrics - 1)) / unitsPerEm : null;
  };
}

const dir = process.argv[2] ?? "/usr/share/fonts/truetype/crosextra";
const regular = advances(path.join(dir, "Carlito-Regular.ttf"));
const bold = advances(path.join(dir, "Carlito-Bold.ttf"));
const milli = (x) => (x === null ? 0 : Math.round(x * 1000));
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ascii = range(0x20, 0x7e).map((cp) => milli(regular(cp)));
const cyrillic = range(0x400, 0x4ff).map((cp) => milli(regular(cp)));
const marks = "ʻʼ‘’“”«»–—№…";
const other = [...marks].map((ch) => `"${ch}": ${milli(regular(ch.codePointAt(0)))}`);
let r = 0;
let bd = 0;
for (const cp of [...range(0x41, 0x5a), ...range(0x61, 0x7a), ...range(0x410, 0x44f)]) {
  r += regular(cp);
  bd += bold(cp);
}
console.log(`/** U+0020–U+007E */\nconst ASCII = [${ascii.join(", ")}];`);
console.log(`/** U+0400–U+04FF (0: no glyph) */\nconst CYRILLIC = [${cyrillic.join(", ")}];`);
console.log(`const MARKS: Record<string, number> = { ${other.join(", ")} };`);
console.log(
  `/** bold letters (A–Z, a–z, А–я) over regular ones */\nconst BOLD_WIDTH = ${(bd / r).toFixed(3)};`
);
