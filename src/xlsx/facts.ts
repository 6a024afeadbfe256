/** Entering quarter facts and notes into a structured plan sheet by item number (examples, tests, batch input). */
import type { Plan, Quarter } from "../core";
import type { Worksheet } from "./read";

export interface FactEntry {
  /** item number as normalised by the reader ("19", "4.2") */
  item: string;
  /** index of the indicator within the item (0 = the item's own row) */
  indicator?: number;
  quarter: Quarter;
  /** a number, a done mark ("✓", "+", "ha"), or null to clear */
  value: number | string | null;
}

export interface NoteEntry {
  item: string;
  indicator?: number;
  note: string;
}

function indicatorRow(plan: Plan, item: string, indicator: number): number {
  const found = plan.items.find((i) => i.number === item);
  if (!found) throw new Error(`no item ${item} in the plan`);
  const ind = found.indicators[indicator];
  if (!ind) throw new Error(`item ${item} has no indicator ${indicator + 1}`);
  return ind.row;
}

/** Writes the fact cells (values only; the cells keep their format). `plan` must be read from `ws`. */
export function writeFacts(ws: Worksheet, plan: Plan, entries: readonly FactEntry[]): void {
  for (const e of entries) {
    const col = plan.columns.facts[e.quarter - 1];
    if (col < 0) throw new Error(`the sheet has no column for quarter ${e.quarter} facts`);
    ws.getCell(indicatorRow(plan, e.item, e.indicator ?? 0) + 1, col + 1).value = e.value;
  }
}

export function writeNotes(ws: Worksheet, plan: Plan, entries: readonly NoteEntry[]): void {
  const col = plan.columns.note;
  if (col < 0) throw new Error("the sheet has no Izoh column");
  for (const e of entries)
    ws.getCell(indicatorRow(plan, e.item, e.indicator ?? 0) + 1, col + 1).value = e.note;
}
