/** What a rule sees and what it returns; index.ts turns rule findings into Findings (cell, severity, message). */
import type { Code } from "../codes";
import type { ColumnNames } from "../messages/column-names";
import type { Params } from "../messages/format";
import type { Item, Plan, Quarter, Vocabulary, Window } from "../model";

export interface CheckContext {
  plan: Plan;
  vocabulary: Vocabulary;
  /** report quarter R, or null when no report is being prepared */
  reportQuarter: Quarter | null;
  /** 0.1 = a period at ≥ 90 % needs no note */
  tolerance: number;
  /** lookups shared by the rules, built once per check */
  index: PlanIndex;
  /** the plan sheet's column names in the workbook's language, for messages that name a column */
  columnNames: ColumnNames;
}

export interface PlanIndex {
  /** the first item of each valid number */
  firstByNumber: Map<string, Item>;
  /** the direct sub-items of each number, in sheet order */
  children: Map<string, Item[]>;
}

/** One pass over the items: the maps the number, orphan and sum rules look things up in. */
export function indexPlan(plan: Plan): PlanIndex {
  const firstByNumber = new Map<string, Item>();
  const children = new Map<string, Item[]>();
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (!item.numberValid) continue;
    if (!firstByNumber.has(item.number)) firstByNumber.set(item.number, item);
    if (item.parent !== null) {
      const list = children.get(item.parent);
      if (list) list.push(item);
      else children.set(item.parent, [item]);
    }
  }
  return { firstByNumber, children };
}

export interface RuleFinding {
  code: Code;
  item: string | null;
  /** zero-based source grid cell the finding is about */
  row: number;
  col: number;
  params: Params;
  /** the finding cell's whole corrected text, when the rule knows it */
  fix?: string;
}

export type Rule = (ctx: CheckContext) => RuleFinding[];

/** The column, or (when the sheet has no such column) the № column, so that a finding still names a cell. */
export function columnOr(plan: Plan, col: number): number {
  if (col >= 0) return col;
  if (plan.columns.number >= 0) return plan.columns.number;
  return Math.max(plan.columns.name, 0);
}

/** The item's schedule windows, or null when its deadline is missing or not understood. */
export function windowsOf(item: Item): readonly Window[] | null {
  return item.deadline.ok ? item.deadline.schedule.windows : null;
}

export function windowHolds(windows: readonly Window[], q: Quarter): boolean {
  return windows.some(([from, to]) => from <= q && q <= to);
}

/** True when every row of the item is an indicator row: no continuation row adds to its texts, so a cell's text is the item's. */
export function singleRowTexts(item: Item): boolean {
  return item.rows.length === item.indicators.length;
}
