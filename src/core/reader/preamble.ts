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

/** Each pattern captures the district's name and the kind of place ("tuman", "rayona", "district", …). */
const DISTRICT_LATIN = {
  re: /([\p{L}'’‘´ʻʼ‛`-]+)\s+(tumani?|shahar|shahri)\s+axborot[-\s]?kutubxona\s+markaz/iu,
  name: 1,
  kind: 2,
};
/** The short form a title may use instead: "Navoiy shahar AKM 2026 yil uchun ish rejasi" */
const DISTRICT_SHORT = {
  re: /([\p{L}'’‘´ʻʼ‛`-]+)\s+(tumani?|shahar|shahri)\s+t?akm(?![\p{L}])/iu,
  name: 1,
  kind: 2,
};
/** The centre as Reja writes it in Russian ("Информационно-библиотечный центр района Жондор") and English. */
const DISTRICT_RU = {
  re: /informatsionno-bibliotechn\S*\s+tsentr\S*\s+(rayona|goroda)\s+([\p{L}'’‘´ʻʼ‛`-]+)/iu,
  name: 2,
  kind: 1,
};
const DISTRICT_EN = {
  re: /([\p{L}'’‘´ʻʼ‛`-]+)\s+(district|city)\s+information-library\s+centre/iu,
  name: 1,
  kind: 2,
};

function findDistrict(lines: Line[]): Pick<Preamble, "district" | "districtKind" | "centre"> {
  for (const pattern of [DISTRICT_LATIN, DISTRICT_SHORT, DISTRICT_RU, DISTRICT_EN]) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const { text } = lines[i];
      const cyr = /[\u0400-\u04FF]/.test(text);
      const probe = cyr ? cyrillicToLatin(text) : text;
      const m = pattern.re.exec(probe);
      if (!m || !/\p{L}/u.test(m[pattern.name])) continue;
      let district = m[pattern.name];
      if (cyr) district = district.charAt(0).toUpperCase() + district.slice(1);
      const kind = /^(tuman|rayon|district)/i.test(m[pattern.kind]) ? "tuman" : "shahar";
      return { district, districtKind: kind, centre: text };
    }
  }
  return { district: null, districtKind: null, centre: null };
}

type MarkerKind = "agreed" | "approved";

/** "KELISHILDI" / "TASDIQLAYMAN" in Uzbek (either script), Russian and English (messages/plan-sheet-texts). */
function markerOf(key: string): MarkerKind | null {
  if (/^(kelishildi|kelishilgan|soglasovano|agreed)\b/.test(key)) return "agreed";
  if (/^(tasdiqlayman|tasdiqlaymiz|tasdiqlandi|utverjdayu|utverjdeno|approved)\b/.test(key))
    return "approved";
  return null;
}

const NAME_INITIALS_FIRST = /^(\p{Lu}['’‘´ʻʼ‛`]?\.\s?){1,2}\s?\p{Lu}[\p{Ll}'’‘´ʻʼ‛`-]+$/u;
const NAME_INITIALS_LAST = /^\p{Lu}[\p{Ll}'’‘´ʻʼ‛`-]+\s+(\p{Lu}['’‘´ʻʼ‛`]?\.\s?){1,2}$/u;

function asName(s: string): string | null {
  const t = s.trim();
  return NAME_INITIALS_FIRST.test(t) || NAME_INITIALS_LAST.test(t) ? t : null;
}

/**
 * The approval's date line: "2026-yil “ _____ ” _____", "«_____» __________ 2026 г.", "“_____” __________ 2026"
 * (quotes are already dropped from `raw`).
 */
function isDateLine(line: Line, raw: string): boolean {
  if (/^\d{4}\s*-?\s*yil/.test(line.key) && (line.key.length < 40 || /_{2,}/.test(raw))) return true;
  return /_{2,}/.test(raw) && /^(?:\d{4}\s*(?:g|goda?|year)?\.?)$/.test(matchKey(raw.replace(/_+/g, " ")));
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
  const markerRows = new Set(lines.filter((l) => markerOf(l.key) !== null).map((l) => l.row));
  lines.forEach((l, i) => {
    if (!/\brejasi\b|\bplan raboti\b|\bwork plan\b|markazining\b/.test(l.key)) return;
    stopRows.add(l.row);
    // The centre's line just above the title ends an approver's block too: the Uzbek one says "markazining",
    // the Russian and English ones ("Информационно-библиотечный центр района …") say only where they are.
    const above = lines[i - 1];
    if (above && above.row < l.row && !markerRows.has(above.row) && findDistrict([above]).district !== null)
      stopRows.add(above.row);
  });
  return {
    year: titleYear(lines) ?? headerYear,
    ...place,
    ...findApprovers(lines, stopRows),
  };
}
