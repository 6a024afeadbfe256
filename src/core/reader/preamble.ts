/** What stands above the plan table: year, district, approvers (docs/domain.md §2). */
import { rawToText, type Grid } from "../grid";
import type { Approver, Plan } from "../model";
import { cleanCellText, cyrillicToLatin, matchKey } from "../text";

/** The plan's fields that the text above the table gives. */
export type Preamble = Pick<
  Plan,
  "year" | "district" | "districtKind" | "centre" | "agreedBy" | "approvedBy"
>;

interface Line {
  row: number;
  col: number;
  /** cleaned text, markdown ** and surrounding quotes removed */
  text: string;
  key: string;
}

/** Markdown emphasis and quotation marks dropped, spacing tidied. */
function stripDecoration(s: string): string {
  return s
    .replace(/\*\*/g, "")
    .replace(/["“”«»„]/g, "")
    .replace(/[ \t\u00A0]+/g, " ")
    .trim();
}

function collectLines(grid: Grid, endRow: number): Line[] {
  const lines: Line[] = [];
  for (let r = 0; r < endRow && r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = rawToText(row[c]);
      if (!t) continue;
      for (const part of cleanCellText(t).split("\n")) {
        const text = stripDecoration(part);
        if (text) lines.push({ row: r, col: c, text, key: matchKey(text) });
      }
    }
  }
  return lines;
}

const YEAR = /(?:^|\D)((?:19|20)\d\d)(?!\d)/;

function titleYear(lines: Line[]): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const k = lines[i].key;
    const y = YEAR.exec(k);
    if (!y) continue;
    if (/\brejasi?\b|\buchun\b|\bplan\b|\bna \d{4}/.test(k)) return Number(y[1]);
  }
  return null;
}

const DISTRICT_LATIN = /([\p{L}'’‘´ʻʼ‛`-]+)\s+(tumani?|shahar|shahri)\s+axborot[-\s]?kutubxona\s+markaz/iu;
/** The short form a title may use instead: "Navoiy shahar AKM 2026 yil uchun ish rejasi" */
const DISTRICT_SHORT = /([\p{L}'’‘´ʻʼ‛`-]+)\s+(tumani?|shahar|shahri)\s+t?akm(?![\p{L}])/iu;

function findDistrict(lines: Line[]): Pick<Preamble, "district" | "districtKind" | "centre"> {
  for (const pattern of [DISTRICT_LATIN, DISTRICT_SHORT]) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const { text } = lines[i];
      const cyr = /[\u0400-\u04FF]/.test(text);
      const probe = cyr ? cyrillicToLatin(text) : text;
      const m = pattern.exec(probe);
      if (!m || !/\p{L}/u.test(m[1])) continue;
      let district = m[1];
      if (cyr) district = district.charAt(0).toUpperCase() + district.slice(1);
      const kind = /^tuman/i.test(m[2]) ? "tuman" : "shahar";
      return { district, districtKind: kind, centre: text };
    }
  }
  return { district: null, districtKind: null, centre: null };
}

type MarkerKind = "agreed" | "approved";

function markerOf(key: string): MarkerKind | null {
  if (/^(kelishildi|kelishilgan|soglasovano)\b/.test(key)) return "agreed";
  if (/^(tasdiqlayman|tasdiqlaymiz|tasdiqlandi|utverjdayu|utverjdeno)\b/.test(key)) return "approved";
  return null;
}

const NAME_INITIALS_FIRST = /^(\p{Lu}['’‘´ʻʼ‛`]?\.\s?){1,2}\s?\p{Lu}[\p{Ll}'’‘´ʻʼ‛`-]+$/u;
const NAME_INITIALS_LAST = /^\p{Lu}[\p{Ll}'’‘´ʻʼ‛`-]+\s+(\p{Lu}['’‘´ʻʼ‛`]?\.\s?){1,2}$/u;

function asName(s: string): string | null {
  const t = s.trim();
  return NAME_INITIALS_FIRST.test(t) || NAME_INITIALS_LAST.test(t) ? t : null;
}

function isDateLine(line: Line, raw: string): boolean {
  return /^\d{4}\s*-?\s*yil/.test(line.key) && (line.key.length < 40 || /_{2,}/.test(raw));
}

function readBlock(lines: Line[]): Approver {
  const position: string[] = [];
  let name = "";
  for (const line of lines) {
    const raw = line.text;
    if (isDateLine(line, raw)) continue;
    if (/_{3,}/.test(raw)) {
      const parts = raw
        .split(/_{3,}/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
      for (const p of parts) {
        const n = asName(p);
        if (n && !name) name = n;
        else if (!n) position.push(p);
      }
      continue;
    }
    const n = asName(raw);
    if (n && !name) {
      name = n;
      continue;
    }
    position.push(raw);
  }
  return { position: position.join(" "), name };
}

function findApprovers(lines: Line[], stopRows: Set<number>): Pick<Preamble, "agreedBy" | "approvedBy"> {
  const markers = lines.map((l, i) => ({ i, kind: markerOf(l.key) })).filter((m) => m.kind !== null);
  const result: Pick<Preamble, "agreedBy" | "approvedBy"> = { agreedBy: null, approvedBy: null };
  for (const m of markers) {
    const start = lines[m.i];
    // a marker to the right on (about) the same row bounds this block's columns
    let colEnd = Infinity;
    for (const o of markers) {
      const ol = lines[o.i];
      if (o !== m && ol.col > start.col && Math.abs(ol.row - start.row) <= 1)
        colEnd = Math.min(colEnd, ol.col);
    }
    const block: Line[] = [];
    for (let j = m.i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.col < start.col || l.col >= colEnd) continue;
      if (markerOf(l.key) !== null || stopRows.has(l.row)) break;
      block.push(l);
    }
    const approver = readBlock(block);
    if (m.kind === "agreed" && !result.agreedBy) result.agreedBy = approver;
    if (m.kind === "approved" && !result.approvedBy) result.approvedBy = approver;
  }
  return result;
}

/** Reads the rows above the header. `headerYear` is the year in the plan column's header, if any. */
export function readPreamble(grid: Grid, headerRow: number, headerYear: number | null): Preamble {
  const lines = collectLines(grid, headerRow);
  const place = findDistrict(lines);
  const stopRows = new Set<number>();
  for (const l of lines) {
    if (/\brejasi\b|\bplan raboti\b|markazining\b/.test(l.key)) stopRows.add(l.row);
  }
  return {
    year: titleYear(lines) ?? headerYear,
    ...place,
    ...findApprovers(lines, stopRows),
  };
}
