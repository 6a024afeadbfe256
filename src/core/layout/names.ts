/** Sheet names of the structured workbook and of the sheets the add-in generates (report, consolidation). */
import { romanQuarter } from "../format";
import type { Quarter } from "../model";

export const SHEET_NAMES = {
  plan: "Ish reja",
  settings: "Reja sozlamalari",
  vocabulary: "Reja lug'atlari",
} as const;

function generatedName(prefix: string, year: number | null, quarter: Quarter): string {
  const y = year === null ? "" : ` ${year}`;
  return legalSheetName(`${prefix}${y} ${romanQuarter(quarter)} chorak`);
}

/** "Hisobot 2026 II chorak": the regional submission sheet of report quarter R (docs/domain.md §8). */
export function reportSheetName(year: number | null, quarter: Quarter): string {
  return generatedName("Hisobot", year, quarter);
}

/** "Viloyat 2026 II chorak": the regional consolidation of quarter R (docs/domain.md §9). */
export function consolidationSheetName(year: number | null, quarter: Quarter): string {
  return generatedName("Viloyat", year, quarter);
}

/** "Muammolar 2026 II chorak": the problems found per district while consolidating. */
export function problemsSheetName(year: number | null, quarter: Quarter): string {
  return generatedName("Muammolar", year, quarter);
}

/** "Tumanlar 2026 II chorak": the district scorecard, the first sheet of the regional workbook. */
export function scorecardSheetName(year: number | null, quarter: Quarter): string {
  return generatedName("Tumanlar", year, quarter);
}

/** "Ayrimlarida 2026 II chorak": the items only some districts have. */
export function partialItemsSheetName(year: number | null, quarter: Quarter): string {
  return generatedName("Ayrimlarida", year, quarter);
}

/** The editable mapping of items to groups (docs/domain.md §9); one per regional workbook, read by the next run. */
export const MAPPING_SHEET = "Moslashtirish";

const GENERATED =
  /^(Hisobot|Viloyat|Muammolar|Tumanlar|Ayrimlarida)( \d{4})? (I|II|III|IV) chorak( \(\d+\))?$/;

/** True for the report/consolidation sheets the add-in owns (and may replace); never for a user's sheet. */
export function isGeneratedSheetName(name: string): boolean {
  return GENERATED.test(name) || name === MAPPING_SHEET;
}

/** A name Excel accepts: at most 31 characters, none of []:*?/\, no leading/trailing apostrophe, not blank. */
export function legalSheetName(name: string): string {
  let s = name.replace(/[[\]:*?/\\]/g, " ").replace(/[\u0000-\u001f]/g, " ");
  s = s.replace(/\s+/g, " ").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s.length > 31) s = s.slice(0, 31).replace(/'+$/g, "").trimEnd();
  if (s === "" || s.toLowerCase() === "history") s = s === "" ? "Varaq" : `${s}_`;
  return s;
}

/**
 * A legal name not in `taken` (compared case-insensitively, as Excel does): "Name", then "Name (2)", … with the
 * base shortened so the suffix fits in 31 characters. The returned name is added to `taken`.
 */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = legalSheetName(name);
  const lowered = new Set([...taken].map((t) => t.toLowerCase()));
  let candidate = base;
  for (let n = 2; lowered.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = legalSheetName(base.slice(0, 31 - suffix.length).trimEnd() + suffix);
  }
  taken.add(candidate);
  return candidate;
}
