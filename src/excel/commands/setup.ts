/** Set up the plan editor: the active sheet (a plan pasted from Word, an old workbook) → the structured layout on a new sheet. */
import {
  type Grid,
  type Plan,
  type PlanSettings,
  isReservedSheetName,
  readWorkbookGrids,
  SHEET_NAMES,
  structuredWorkbook,
  uniqueSheetName,
  type Vocabulary,
} from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { asOwnWrite } from "../own-writes";
import { readWorkbook, type WorkbookReadOutcome } from "../read";
import { hasTrackingColumns, workbookState, type PlanProblem } from "../workbook-state";
import { SheetWriter } from "../write-sheet";

export type SetUpResult =
  | { ok: true; sheet: string; source: string; createdSheets: string[]; syncs: number }
  | { ok: false; reason: PlanProblem | "already_structured" | "generated_sheet"; source: string };

/**
 * Reads the active sheet, lays the plan out (core/layout structuredWorkbook) and writes it to a NEW sheet
 * ("Ish reja", "Ish reja (2)" …); adds the vocabulary and settings sheets only when missing (an existing
 * settings sheet is the co-authors' shared state and is kept). The original sheet is not touched.
 * A sheet that already has the tracking columns is refused, so running the command again on the sheet it
 * made changes nothing. A sheet Reja generated (a report, a consolidation, settings …) is refused as a plan.
 */
export async function setUpPlanEditor(context: Excel.RequestContext): Promise<SetUpResult> {
  const read = await readWorkbook(context, { plan: { active: true } });
  const source = read.plan?.name ?? "";
  if (isReservedSheetName(source)) return { ok: false, reason: "generated_sheet", source };
  const state = workbookState(read);
  if (!state.plan) return { ok: false, reason: state.problem ?? "no_plan_table", source };
  if (hasTrackingColumns(state.plan)) return { ok: false, reason: "already_structured", source };

  return writeStructured(
    context,
    read,
    state.plan,
    read.plan?.grid ?? [],
    state.settings,
    state.vocabulary,
    source
  );
}

/**
 * Set up from a plan read outside the workbook (a Word document the user picked in the pane): its grid goes
 * straight to the structured layout on a new sheet, as a pasted plan would (no sheet of the pasted table is
 * written; the document stays the source). The workbook's own settings and vocabulary sheets apply.
 */
export async function setUpFromGrid(
  context: Excel.RequestContext,
  grid: Grid,
  source: string
): Promise<SetUpResult> {
  const read = await readWorkbook(context, { plan: null });
  const content = readWorkbookGrids(
    {
      plan: [grid],
      settings: read.settings.exists ? read.settings.grid : null,
      vocabulary: read.vocabulary.exists ? read.vocabulary.grid : null,
    },
    (g) => g
  );
  if (!content.plan) return { ok: false, reason: "no_plan_table", source };
  if (hasTrackingColumns(content.plan)) return { ok: false, reason: "already_structured", source };
  return writeStructured(context, read, content.plan, grid, content.settings, content.vocabulary, source);
}

async function writeStructured(
  context: Excel.RequestContext,
  read: WorkbookReadOutcome,
  plan: Plan,
  grid: Grid,
  settings: PlanSettings,
  vocabulary: Vocabulary,
  source: string
): Promise<SetUpResult> {
  const [planSpec, vocabularySpec, settingsSpec] = structuredWorkbook(plan, grid, settings, vocabulary);
  const taken = new Set(read.sheets.map((s) => s.name));
  const name = uniqueSheetName(SHEET_NAMES.plan, taken);
  const created = [name];
  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  // every sheet is added before anything is written, so the plan's dropdowns find the vocabulary sheet
  const added = new Map<string, Excel.Worksheet>();
  const addSheet = (sheetName: string): void =>
    batch.add(sheetName.length, () => void added.set(sheetName, sheets.add(sheetName)));
  const sheetOf = (sheetName: string) => (): Excel.Worksheet => added.get(sheetName) as Excel.Worksheet;
  const specs = [{ ...planSpec, name }];
  for (const spec of [vocabularySpec, settingsSpec]) {
    if (read.sheets.some((s) => s.name.toLowerCase() === spec.name.toLowerCase())) continue;
    created.push(spec.name);
    specs.push(spec);
  }
  for (const spec of specs) addSheet(spec.name);
  for (const spec of specs) new SheetWriter(batch, sheetOf(spec.name)).sheetSpec(spec);
  const getPlan = sheetOf(name);
  batch.add(10, () => getPlan().activate());
  const syncs = await asOwnWrite(() => commitBatch(context, batch));
  return { ok: true, sheet: name, source, createdSheets: created, syncs: syncs + read.syncs };
}
