/**
 * The grid reader: a 2-D grid of cell values (Office.js `range.values`, ExcelJS, a text export) → the plan
 * model (docs/domain.md §2–§4). It never throws on any grid; what it cannot place it skips, and what is wrong in the
 * data (bad numbers, unknown units …) it records on the items for the checks to report.
 */
import { rawToText, type Grid, type RawCell } from "./grid";
import type { Item, Plan, Section, Vocabulary } from "./model";
import { cleanCellText } from "./text";
import { DEFAULT_VOCABULARY, matchUnit } from "./vocabulary";
import { findHeader, isRepeatedHeader } from "./reader/header";
import { readPreamble } from "./reader/preamble";
import { type InputNote, sanitizeGrid } from "./reader/sanitize";
import { endsPlan } from "./reader/plan-end";
import { classifyRow } from "./reader/rows";
import { addIndicator, completeItem, continueItem, itemFromRow, type ItemDraft } from "./reader/items";

export type ReadResult = { ok: true; plan: Plan } | { ok: false; reason: "no_plan_table" };

export interface ReadOptions {
  vocabulary?: Vocabulary;
  /** notes on the input found before the grid (decoding a text file: core/decode decodeNotes), reported with the reader's own */
  inputNotes?: readonly InputNote[];
}

export { findHeader } from "./reader/header";
export { parseItemNumber } from "./reader/rows";

const EMPTY_ROW: readonly RawCell[] = [];

export function readPlan(grid: Grid, options: ReadOptions = {}): ReadResult {
  const vocab = options.vocabulary ?? DEFAULT_VOCABULARY;
  const sanitized = sanitizeGrid(Array.isArray(grid) ? grid : []);
  const safe: Grid = sanitized.grid;
  const header = findHeader(safe);
  if (!header) return { ok: false, reason: "no_plan_table" };
  const cols = header.columns;
  const pre = readPreamble(safe, header.headerRow, header.planYear);
  const year = pre.year;

  const sections: Section[] = [];
  const drafts: ItemDraft[] = [];
  let current: ItemDraft | null = null;
  let section: string | null = null;
  const ctx = { unitKnown: (t: string) => matchUnit(t, vocab).canonical !== null };

  let afterBlank = false;
  for (let r = header.headerLastRow + 1; r < safe.length; r++) {
    const row = Array.isArray(safe[r]) ? safe[r] : EMPTY_ROW;
    if (isRepeatedHeader(safe, r, header)) continue;
    if (drafts.length > 0 && endsPlan(row, header, afterBlank)) break;
    const kind = classifyRow(row, cols, ctx);
    afterBlank = kind.kind === "empty";
    switch (kind.kind) {
      case "section":
        section = kind.number;
        sections.push({ number: kind.number, title: cleanCellText(kind.title).replace(/\n/g, " "), row: r });
        current = null;
        break;
      case "item":
        current = itemFromRow(row, r, cols, kind, section);
        drafts.push(current);
        break;
      case "indicator":
        if (current) addIndicator(current, row, r, cols);
        break;
      case "continuation":
        if (current) continueItem(current, row, r, cols);
        break;
      default:
        break;
    }
  }

  const items: Item[] = [];
  const byNumber = new Map<string, Item>();
  for (const d of drafts) {
    const parentNumber = d.path.length > 1 ? d.path.slice(0, -1).join(".") : null;
    const parent = parentNumber !== null ? (byNumber.get(parentNumber) ?? null) : null;
    const item = completeItem(d, parent, year, vocab);
    items.push(item);
    if (item.numberValid && !byNumber.has(item.number)) byNumber.set(item.number, item);
  }

  const plan: Plan = {
    year,
    district: pre.district,
    districtKind: pre.districtKind,
    centre: pre.centre,
    agreedBy: pre.agreedBy,
    approvedBy: pre.approvedBy,
    headerRow: header.headerRow,
    headerLastRow: header.headerLastRow,
    columns: cols,
    sections,
    items,
    rowCount: safe.length,
    colCount: width(safe),
  };
  const notes = [...(options.inputNotes ?? []), ...sanitized.notes];
  if (notes.length > 0) plan.inputNotes = notes;
  return { ok: true, plan };
}

function width(grid: Grid): number {
  let w = 0;
  for (const row of grid) if (Array.isArray(row) && row.length > w) w = row.length;
  return w;
}

/** The text of a cell as the reader sees it (HTML resolved to lines). */
export function readerCellText(v: RawCell): string {
  return cleanCellText(rawToText(v));
}
