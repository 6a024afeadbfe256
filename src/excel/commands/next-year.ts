/**
 * Next year's draft in the open workbook (spec §10): the plan of "Ish reja" moved on a year (core nextYearPlan)
 * and laid out like set up lays a plan out, on a NEW sheet "Ish reja 2027". The current plan sheet and the
 * settings sheet are not touched (the settings stay this year's: the draft's year is in its own title).
 *
 * Running it again when the draft sheet exists is refused ("draft_exists"): the draft may already hold the
 * new plan quantities someone typed, and nothing the pane says beforehand would warn them it gets replaced.
 * Delete or rename the draft sheet to make a new one. One read, one write.
 */
import { factsToDate, nextYearPlan, type PlanSettings, SHEET_NAMES, structuredWorkbook } from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { asOwnWrite } from "../own-writes";
import { readWorkbook } from "../read";
import { workbookState, type PlanProblem } from "../workbook-state";
import { SheetWriter } from "../write-sheet";

export type NextYearFailure = PlanProblem | "no_year" | "draft_exists";

export type NextYearResult =
  | {
      ok: true;
      /** the new sheet */
      sheet: string;
      year: number;
      items: number;
      /** indicators whose last-year fact was carried from this year's facts */
      facts: number;
      /** indicators with a suggested quantity in "Izoh" (0 without `suggest`) */
      suggestions: number;
      syncs: number;
    }
  | { ok: false; reason: NextYearFailure; sheet?: string; syncs: number };

export interface NextYearDraftOptions {
  /** write a suggested plan quantity into "Izoh" (never into the plan cell) */
  suggest?: boolean;
  /** the plan sheet to start from; default "Ish reja" */
  source?: string;
}

/** The name of the draft sheet of `year`: "Ish reja 2027". */
export function draftSheetName(year: number): string {
  return `${SHEET_NAMES.plan} ${year}`;
}

export async function writeNextYearDraft(
  context: Excel.RequestContext,
  options: NextYearDraftOptions = {}
): Promise<NextYearResult> {
  const source = options.source ?? SHEET_NAMES.plan;
  const read = await readWorkbook(context, { plan: source, skipComputedColumns: true });
  const state = workbookState(read);
  const syncs = read.syncs;
  if (!state.plan) return { ok: false, reason: state.problem ?? "no_plan_sheet", syncs };
  const year = state.settings.year ?? state.plan.year;
  if (year === null) return { ok: false, reason: "no_year", syncs };

  const next = nextYearPlan(state.plan, {
    year,
    suggest: options.suggest === true,
    lang: state.settings.lang,
  });
  const sheet = draftSheetName(next.year);
  const exists = (name: string): boolean =>
    read.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  if (exists(sheet)) return { ok: false, reason: "draft_exists", sheet, syncs };

  const settings: PlanSettings = { ...state.settings, year: next.year, quarter: 1 };
  const [planSpec, vocabularySpec] = structuredWorkbook(next.plan, [], settings, state.vocabulary);
  // the draft's dropdowns read the vocabulary sheet: added when the workbook has none (as set up does)
  const specs = [{ ...planSpec, name: sheet }];
  if (!exists(vocabularySpec.name)) specs.push(vocabularySpec);

  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  const added = new Map<string, Excel.Worksheet>();
  for (const spec of specs)
    batch.add(spec.name.length, () => void added.set(spec.name, sheets.add(spec.name)));
  for (const spec of specs)
    new SheetWriter(batch, () => added.get(spec.name) as Excel.Worksheet).sheetSpec(spec);
  batch.add(10, () => added.get(sheet)?.activate());
  const written = await asOwnWrite(() => commitBatch(context, batch));

  const facts = state.plan.items.reduce(
    (n, item) => n + item.indicators.filter((ind) => factsToDate(ind) !== null).length,
    0
  );
  return {
    ok: true,
    sheet,
    year: next.year,
    items: next.plan.items.length,
    facts,
    suggestions: next.suggestions,
    syncs: syncs + written,
  };
}
