/**
 * The workbook's language changed (settings "lang"): the plan sheet's own words follow it. Only the cells that
 * still hold exactly a text Reja writes — in any of the four languages — are rewritten: the header of the plan
 * and tracking columns (with the year sub-headers under "Miqdori"), the approvers' marks, positions, centre and
 * title above it, and the quarter status names a fill wrote. A cell a person changed (a renamed header, an
 * edited title) matches no catalogue text and is left as typed; the plan's own texts are never touched.
 */
import type { Grid } from "../grid";
import { LANGS } from "../languages";
import type { Lang, Status } from "../model";
import { PLAN_SHEET_TEXTS, type PlanSheetTexts } from "../messages/plan-sheet-texts";
import { STATUS_NAMES } from "../messages/status";
import { TRACKING_HEADER_TEXTS } from "../messages/tracking-headers";
import { findHeader } from "../reader";
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

/** Longest fixed part first, so "X direktori" does not swallow "X tuman … markazi direktori". */
const TITLE_TEXTS_WITH_NAME: WithName[] = [
  (l, n) => words(l).approvedPosition(n, "tuman"),
  (l, n) => words(l).approvedPosition(n, "shahar"),
  (l, n) => words(l).centre(n, "tuman"),
  (l, n) => words(l).centre(n, "shahar"),
  (l, n) => words(l).agreedPosition(n),
];

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

const PLACE = "\u0001";

/** The name inside `text` when it is the template `fill` around one name, else null. */
function nameIn(text: string, fill: (name: string) => string): string | null {
  const parts = fill(PLACE).split(PLACE);
  if (parts.length !== 2) return null;
  const [before, after] = parts;
  if (text.length <= before.length + after.length) return null;
  if (!text.startsWith(before) || !text.endsWith(after)) return null;
  const name = text.slice(before.length, text.length - after.length);
  return /[\n\u0001]/.test(name) || name.trim() !== name ? null : name;
}

function translateWithName(text: string, to: Lang): string | null {
  const candidates = TITLE_TEXTS_WITH_NAME.flatMap((fill) => LANGS.map((lang) => ({ fill, lang })));
  const fixedLength = (c: { fill: WithName; lang: Lang }): number => c.fill(c.lang, "").length;
  candidates.sort((a, b) => fixedLength(b) - fixedLength(a));
  for (const c of candidates) {
    const name = nameIn(text, (n) => c.fill(c.lang, n));
    if (name !== null) return c.fill(to, name);
  }
  return null;
}

const STATUS_BY_NAME = new Map<string, Status>();
for (const lang of LANGS)
  for (const [status, name] of Object.entries(STATUS_NAMES[lang]) as [Status, string][])
    STATUS_BY_NAME.set(name, status);

/**
 * The writes that put the plan sheet `grid` (values from A1) into language `to`: each cell of Reja's own words
 * that holds exactly a catalogue text of some language, in `to`'s words. [] when the sheet has no plan header
 * or already speaks `to`. Only the value changes: the writes carry no style, so the cells keep their formats.
 */
export function relabelWrites(grid: Grid, to: Lang): CellWrite[] {
  const header = findHeader(grid);
  if (!header) return [];
  const writes: CellWrite[] = [];
  const rewrite = (row: number, col: number, translate: (text: string) => string | null): void => {
    const raw = grid[row]?.[col];
    if (typeof raw !== "string" || raw === "") return;
    const text = translate(raw);
    if (text !== null && text !== raw) writes.push({ row, col, v: text });
  };
  for (let r = 0; r < header.headerRow; r++)
    for (let c = 0; c < (grid[r]?.length ?? 0); c++)
      rewrite(r, c, (t) => translateFixed(t, TITLE_TEXTS, to) ?? translateWithName(t, to));
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
