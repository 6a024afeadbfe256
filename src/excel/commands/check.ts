/**
 * Check: findings for the pane, and the cells they name highlighted on the plan sheet without touching the
 * user's own formatting.
 *
 * The highlight is a mask on a hidden add-in sheet ("Reja tekshiruv": 2 = error, 1 = warning, at the same
 * address as the plan cell) and two conditional formats on the plan sheet that colour a cell when its mask
 * cell says so. A check rewrites the mask, so a highlight goes as soon as a re-check finds the cell fixed;
 * the cells' own fill, font and borders are never written.
 */
import { checkPlan, type Finding, type Lang, legalSheetName, planTracked, SHEET_NAMES } from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { asOwnWrite } from "../own-writes";
import { loadProtection, queueWithoutProtection } from "../protection";
import { readWorkbook, type PlanSheetRef } from "../read";
import { computedColumns, workbookState, type PlanProblem } from "../workbook-state";
import { SheetWriter } from "../write-sheet";

export const MASK_SHEET = "Reja tekshiruv";
export const MASK_ERROR = 2;
export const MASK_WARNING = 1;
export const HIGHLIGHT_COLORS = { error: "#FF9999", warning: "#FFD966" } as const;

/** The hidden mask sheet of a plan sheet: "Reja tekshiruv" for "Ish reja". */
export function maskSheetName(planSheet: string): string {
  return planSheet.toLowerCase() === SHEET_NAMES.plan.toLowerCase()
    ? MASK_SHEET
    : legalSheetName(`${MASK_SHEET} ${planSheet}`);
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The conditional-format formula for one mask level, relative to A1 of the plan sheet. */
export function highlightFormula(maskSheet: string, level: number): string {
  return `=${quoteSheet(maskSheet)}!A1=${level}`;
}

export interface SheetFinding extends Finding {
  sheet: string;
}

export interface CheckOptions {
  lang?: Lang;
  /** the plan sheet; "Ish reja" by default */
  sheet?: PlanSheetRef;
}

export type CheckResult =
  | {
      ok: true;
      sheet: string;
      findings: SheetFinding[];
      /** zero-based columns the add-in computes (fill writes them; a change there is not a person's edit) */
      computedColumns: number[];
      /** a fact is entered somewhere (until then the check is quiet about facts and reasons) */
      tracked: boolean;
      syncs: number;
    }
  | { ok: false; reason: PlanProblem; sheet: string; findings: SheetFinding[]; syncs: number };

/** Mask level of each cell named by a finding: the worst severity there (info findings are not highlighted). */
export function maskCells(findings: readonly Finding[]): { row: number; col: number; value: number }[] {
  const level = new Map<string, { row: number; col: number; value: number }>();
  for (const f of findings) {
    const v = f.severity === "error" ? MASK_ERROR : f.severity === "warning" ? MASK_WARNING : 0;
    if (v === 0) continue;
    const k = `${f.row}:${f.col}`;
    const cur = level.get(k);
    if (!cur || cur.value < v) level.set(k, { row: f.row, col: f.col, value: v });
  }
  return [...level.values()];
}

export async function checkWorkbook(
  context: Excel.RequestContext,
  options: CheckOptions = {}
): Promise<CheckResult> {
  const protection = loadProtection(context, options.sheet ?? SHEET_NAMES.plan);
  const read = await readWorkbook(context, {
    plan: options.sheet ?? SHEET_NAMES.plan,
    skipComputedColumns: true,
  });
  const sheetName = read.plan?.name ?? (typeof options.sheet === "string" ? options.sheet : SHEET_NAMES.plan);
  const state = workbookState(read);
  const planSheet = read.planSheet;
  if (!state.plan || !planSheet)
    return {
      ok: false,
      reason: state.problem ?? "no_plan_sheet",
      sheet: sheetName,
      findings: [],
      syncs: read.syncs,
    };

  const lang = options.lang ?? state.settings.lang;
  // as `reja check`: the fact checks need a report quarter the workbook states (the settings sheet)
  const findings = checkPlan(state.plan, {
    lang,
    reportQuarter: state.storedSettings.quarter,
    tolerance: state.settings.tolerance,
    vocabulary: state.vocabulary,
    // the pane stays quiet about facts until the first fact is entered (core CheckOptions.quietUntilTracked)
    quietUntilTracked: true,
  });
  const mask = maskSheetName(sheetName);
  const maskExists = read.sheets.some((s) => s.name.toLowerCase() === mask.toLowerCase());

  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  let maskSheet: Excel.Worksheet | null = null;
  const getMask = (): Excel.Worksheet => (maskSheet ??= maskExists ? sheets.getItem(mask) : sheets.add(mask));
  const maskWriter = new SheetWriter(batch, getMask);
  maskWriter.queue(
    mask.length,
    (sheet) => {
      if (!maskExists) sheet.visibility = "Hidden";
      sheet.getRange().clear("Contents");
    },
    3
  );
  maskWriter.sparseValues(maskCells(findings));
  // The two rules are added in the same request that adds the mask sheet, and cover the whole plan sheet (so
  // they never have to grow with the plan): the mask sheet's existence says they are there. Finding them by
  // their formula would need `items/customOrNullObject/rule/formula` loaded with the plan, which the Excel
  // stand-in cannot load. If a person deletes the rules by hand, deleting the hidden mask
  // sheet makes the next check add them again.
  // an approved (protected) plan sheet takes the rules with its protection lifted around them
  const guard = maskExists ? null : await protection();
  if (guard)
    queueWithoutProtection(
      batch,
      () => planSheet,
      guard.state,
      () => queueHighlightRules(batch, planSheet, mask)
    );
  const syncs = (guard?.syncs ?? 0) + (await asOwnWrite(() => commitBatch(context, batch)));
  return {
    ok: true,
    sheet: sheetName,
    findings: findings.map((f) => ({ ...f, sheet: sheetName })),
    computedColumns: computedColumns(state.plan),
    tracked: planTracked(state.plan),
    syncs: syncs + read.syncs,
  };
}

function queueHighlightRules(batch: WriteBatch, planSheet: Excel.Worksheet, mask: string): void {
  for (const [level, color] of [
    [MASK_ERROR, HIGHLIGHT_COLORS.error],
    [MASK_WARNING, HIGHLIGHT_COLORS.warning],
  ] as const) {
    const formula = highlightFormula(mask, level);
    batch.add(
      formula.length + 40,
      () => {
        // the whole sheet: a rule costs nothing where its mask cell is empty, and new rows are covered
        const cf = planSheet.getRange().conditionalFormats.add("Custom");
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = color;
      },
      3
    );
  }
}
