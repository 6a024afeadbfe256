/**
 * The workbook's language changed (settings "lang"): the plan sheet's own words follow it. Only the cells that
 * still hold exactly a text Reja writes — in any of the four languages — are rewritten: the header of the plan
 * and tracking columns (with the year sub-headers under "Miqdori"), the approvers' marks, positions, centre and
 * title above it (with the workbook's district or region inside), and the quarter status names a fill wrote. A cell a person changed (a renamed header, an
 * edited title) matches no catalogue text and is left as typed; the plan's own texts are never touched.
 */
import type { Grid } from "../grid";
import { LANGS } from "../languages";
import type { Lang, Status } from "../model";
import { PLAN_SHEET_TEXTS, type PlanSheetTexts } from "../messages/plan-sheet-texts";
import { STATUS_NAMES } from "../messages/status";
import { TRACKING_HEADER_TEXTS } from "../messages/tracking-headers";
import { findHeader } from "../reader";
import { readPreamble } from "../reader/preamble";
import type { CellWrite } from "./sheet";

/** A text Reja writes, in a language, for a year (null: the year left blank). */
type Fixed = (lang: Lang, year: number | null) => string;
/** A text with a name inside (a district, a region) that stays as written. */
type WithName = (lang: Lang, name: string) => string;

const words = (lang: Lang): PlanSheetTexts => PLAN_SHEET_TEXTS[lang];

const HEADER_TEXTS: Fixed[] = [
  (l) => words(l).number,
  (l) => words(l).name,
  (l) => words(l).unit,
  (l) => words(l).quantity,
  (l, y) => words(l).previousFact(y),
  (l, y) => words(l).plan(y),
  (l) => words(l).mechanism,
  (l) => words(l).deadline,
  (l) => words(l).responsible,
  ...TRACKING_HEADER_TEXTS.uz.map(
    (_, i): Fixed =>
      (l) =>
        TRACKING_HEADER_TEXTS[l][i]
  ),
];

const TITLE_TEXTS: Fixed[] = [
  (l) => words(l).agreed,
  (l) => words(l).approved,
  (l, y) => words(l).title(y),
  (l, y) => words(l).dateLine(y),
];

/** Texts with a name inside: the district's (or "_____" when Reja knew none) or the region's. */
const TITLE_TEXTS_WITH_NAME: { slot: "district" | "region"; fill: WithName }[] = [
  { slot: "district", fill: (l, n) => words(l).approvedPosition(n, "tuman") },
  { slot: "district", fill: (l, n) => words(l).approvedPosition(n, "shahar") },
  { slot: "district", fill: (l, n) => words(l).centre(n, "tuman") },
  { slot: "district", fill: (l, n) => words(l).centre(n, "shahar") },
  { slot: "region", fill: (l, n) => words(l).agreedPosition(n) },
];

/** The district Reja writes in a position when it knows none (plan-sheet.ts titleRows). */
const NO_DISTRICT = "_____";

/** The years a text may have been written for: none, or one its numbers name (the fact column says year − 1). */
function yearsIn(text: string): (number | null)[] {
  const years: (number | null)[] = [null];
  for (const m of text.matchAll(/\d{4}/g)) years.push(Number(m[0]), Number(m[0]) + 1);
  return years;
}

function translateFixed(text: string, texts: readonly Fixed[], to: Lang): string | null {
  for (const year of yearsIn(text))
    for (const text0 of texts)
      for (const lang of LANGS) if (text0(lang, year) === text) return text0(to, year);
  return null;
}

/** Each text with a name Reja may have written, in any language, and the same text in `to`. */
function namedTexts(names: KnownNames, to: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const { slot, fill } of TITLE_TEXTS_WITH_NAME) {
    const list = slot === "district" ? [...(names.districts ?? []), NO_DISTRICT] : (names.regions ?? []);
    for (const name of list)
      if (name.trim() !== "") for (const lang of LANGS) out.set(fill(lang, name), fill(to, name));
  }
  return out;
}

const STATUS_BY_NAME = new Map<string, Status>();
for (const lang of LANGS)
  for (const [status, name] of Object.entries(STATUS_NAMES[lang]) as [Status, string][])
    STATUS_BY_NAME.set(name, status);

/** The names the title's texts may hold: the workbook's district and region (settings before and after). */
export interface KnownNames {
  districts?: readonly string[];
  regions?: readonly string[];
}

/**
 * The writes that put the plan sheet `grid` (values from A1) into language `to`: each cell of Reja's own words
 * that holds exactly a catalogue text of some language, in `to`'s words. [] when the sheet has no plan header
 * or already speaks `to`. Only the value changes: the writes carry no style, so the cells keep their formats.
 */
export function relabelWrites(grid: Grid, to: Lang, names: KnownNames = {}): CellWrite[] {
  const header = findHeader(grid);
  if (!header) return [];
  // the district the title names (the plan's own, when the settings have none)
  const { district } = readPreamble(grid, header.headerRow, header.planYear);
  const named = namedTexts({ ...names, districts: [...(names.districts ?? []), district ?? ""] }, to);
  const writes: CellWrite[] = [];
  const rewrite = (row: number, col: number, translate: (text: string) => string | null): void => {
    const raw = grid[row]?.[col];
    if (typeof raw !== "string" || raw === "") return;
    const text = translate(raw);
    if (text !== null && text !== raw) writes.push({ row, col, v: text });
  };
  for (let r = 0; r < header.headerRow; r++)
    for (let c = 0; c < (grid[r]?.length ?? 0); c++)
      rewrite(r, c, (t) => translateFixed(t, TITLE_TEXTS, to) ?? named.get(t) ?? null);
  for (let r = header.headerRow; r <= header.headerLastRow; r++)
    for (let c = 0; c < (grid[r]?.length ?? 0); c++)
      rewrite(r, c, (t) => translateFixed(t, HEADER_TEXTS, to));
  const statusCols = header.columns.statuses.filter((c) => c >= 0);
  for (let r = header.headerLastRow + 1; r < grid.length; r++)
    for (const c of statusCols)
      rewrite(r, c, (t) => {
        const status = STATUS_BY_NAME.get(t);
        return status ? STATUS_NAMES[to][status] : null;
      });
  return writes;
}
