/**
 * Check: findings for the pane, and the cells they name highlighted on the plan sheet without touching the
 * user's own formatting.
 *
 * The highlight is a mask on a very hidden add-in sheet ("Reja tekshiruv": 2 = error, 1 = warning, at the same
 * address as the plan cell) and two conditional formats on the plan sheet that colour a cell when its mask
 * cell says so. A check rewrites the mask, so a highlight goes as soon as a re-check finds the cell fixed;
 * the cells' own fill, font and borders are never written.
 */
import {
  buildReport,
  checkPlan,
  type Finding,
  type Lang,
  legalSheetName,
  planTracked,
  type Report,
  SHEET_NAMES,
} from "../../core";
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
      /** the settings' report quarter computed from the same read (the pane's summary needs no second read) */
      report: Report;
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

/** A conditional format of the plan sheet as read back: enough to tell Reja's two highlight rules. */
export interface RuleRead {
  id: string;
  formula: string;
  fill: string;
}

/**
 * Reja's highlight rules among a sheet's conditional formats: those naming the mask sheet, and broken ones
 * (#REF!, the mask sheet was deleted) in a highlight colour. `intact` when they are exactly the two rules.
 */
export function highlightRules(
  rules: readonly RuleRead[],
  mask: string
): { ours: RuleRead[]; intact: boolean } {
  const norm = (f: string): string => f.replace(/[\s$]/g, "").toLowerCase();
  const colors = new Set<string>(
    [HIGHLIGHT_COLORS.error, HIGHLIGHT_COLORS.warning].map((c) => c.toLowerCase())
  );
  const maskRef = norm(`${quoteSheet(mask)}!`);
  const bareRef = norm(`${mask}!`);
  const ours = rules.filter((r) => {
    const f = norm(r.formula);
    return (
      f.includes(maskRef) || f.includes(bareRef) || (f.includes("#ref!") && colors.has(r.fill.toLowerCase()))
    );
  });
  const expected = [
    [norm(highlightFormula(mask, MASK_ERROR)), HIGHLIGHT_COLORS.error],
    [norm(highlightFormula(mask, MASK_WARNING)), HIGHLIGHT_COLORS.warning],
  ] as const;
  const intact =
    ours.length === 2 &&
    expected.every(([f, c]) =>
      ours.some((r) => norm(r.formula) === f && r.fill.toLowerCase() === c.toLowerCase())
    );
  return { ours, intact };
}

/** Mask cells to write: changed or new levels, and "" where a highlight went. */
export function maskChanges(
  old: readonly (readonly unknown[])[],
  now: readonly { row: number; col: number; value: number }[]
): { row: number; col: number; value: number | string }[] {
  const want = new Map(now.map((c) => [`${c.row}:${c.col}`, c]));
  const out: { row: number; col: number; value: number | string }[] = [];
  old.forEach((r, row) =>
    r.forEach((v, col) => {
      if (v === "" || v === null || v === undefined) return;
      const w = want.get(`${row}:${col}`);
      if (!w) out.push({ row, col, value: "" });
      else if (w.value !== v) out.push(w);
      want.delete(`${row}:${col}`);
    })
  );
  for (const w of want.values()) out.push(w);
  return out;
}

/**
 * Checks the plan and brings the highlights up to date, writing only what differs from what the workbook
 * holds: nothing at all when the findings did not change (so a person's Ctrl+Z undoes their own edit, not a
 * highlight), only the mask cells that changed when they did. The mask sheet is VeryHidden (a person cannot
 * unhide or delete it from Excel's menus); the two rules are checked on every run and repaired when missing,
 * duplicated or broken (#REF! after the mask was deleted). Two panes adding the mask at once: the second
 * gets ItemAlreadyExists and checks once more, now finding the mask and the rules.
 */
export async function checkWorkbook(
  context: Excel.RequestContext,
  options: CheckOptions = {},
  retried = false
): Promise<CheckResult> {
  const ref = options.sheet ?? SHEET_NAMES.plan;
  const protection = loadProtection(context, ref);
  const wanted = typeof ref === "string" ? maskSheetName(ref) : null;
  let rulesRead: Excel.ConditionalFormatCollection | null = null;
  const request = {
    plan: ref,
    skipComputedColumns: true,
    extraSheets: wanted ? [wanted] : [],
    planLoads: (sheet: Excel.Worksheet) => {
      rulesRead = sheet.getRange().conditionalFormats;
      rulesRead.load(
        "items/id,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color"
      );
    },
  };
  let read: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    read = await readWorkbook(context, request);
  } catch (error) {
    // no plan sheet: the rules of a missing sheet cannot be loaded; read again without them to say so
    if ((error as { code?: string }).code !== "ItemNotFound") throw error;
    rulesRead = null;
    const again = await readWorkbook(context, { ...request, planLoads: undefined });
    read = { ...again, syncs: again.syncs + 1 };
  }
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
    // the messages name columns as the workbook writes them, whatever the pane's language
    sheetLang: state.settings.lang,
    reportQuarter: state.storedSettings.quarter,
    tolerance: state.settings.tolerance,
    vocabulary: state.vocabulary,
    // the pane stays quiet about facts until the first fact is entered (core CheckOptions.quietUntilTracked)
    quietUntilTracked: true,
  });
  const mask = maskSheetName(sheetName);
  const maskInfo = read.sheets.find((s) => s.name.toLowerCase() === mask.toLowerCase());
  // the active sheet was checked (no name known before the read): its mask was not read, so rewrite it whole
  const maskRead = wanted && wanted.toLowerCase() === mask.toLowerCase() ? read.extra.get(wanted) : undefined;
  const maskExists = maskInfo !== undefined;
  const cells = maskCells(findings);
  const changes = maskExists && maskRead?.exists ? maskChanges(maskRead.grid, cells) : cells;
  const rules = highlightRules(rulesOf(rulesRead), mask);

  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  let maskSheet: Excel.Worksheet | null = null;
  const getMask = (): Excel.Worksheet => (maskSheet ??= maskExists ? sheets.getItem(mask) : sheets.add(mask));
  const maskWriter = new SheetWriter(batch, getMask);
  if (!maskExists) maskWriter.queue(mask.length, (sheet) => (sheet.visibility = "VeryHidden"), 2);
  else if (maskInfo.visibility !== "VeryHidden")
    // a mask made by an older version ("Hidden"); changing visibility clears the undo history on desktop, once
    maskWriter.queue(mask.length, (sheet) => (sheet.visibility = "VeryHidden"), 2);
  if (maskExists && !maskRead?.exists) maskWriter.queue(0, (sheet) => sheet.getRange().clear("Contents"));
  maskWriter.sparseValues(changes);
  // the rules cover the whole plan sheet (they never have to grow with the plan); an approved (protected)
  // plan sheet takes them with its protection lifted around them
  let guardSyncs = 0;
  if (!rules.intact) {
    const guard = await protection();
    guardSyncs = guard.syncs;
    queueWithoutProtection(
      batch,
      () => planSheet,
      guard.state,
      () => queueHighlightRules(batch, planSheet, mask, rules.ours)
    );
  }
  let syncs: number;
  try {
    syncs = guardSyncs + (await asOwnWrite(() => commitBatch(context, batch)));
  } catch (error) {
    if (retried || maskExists || (error as { code?: string }).code !== "ItemAlreadyExists") throw error;
    const again = await checkWorkbook(context, options, true);
    return { ...again, syncs: again.syncs + read.syncs + 1 };
  }
  return {
    ok: true,
    sheet: sheetName,
    findings: findings.map((f) => ({ ...f, sheet: sheetName })),
    computedColumns: computedColumns(state.plan),
    tracked: planTracked(state.plan),
    report: buildReport(state.plan, state.settings),
    syncs: syncs + read.syncs,
  };
}

function rulesOf(collection: Excel.ConditionalFormatCollection | null): RuleRead[] {
  if (!collection) return [];
  return collection.items.map((cf) => {
    const custom = cf.customOrNullObject;
    return custom.isNullObject
      ? { id: cf.id, formula: "", fill: "" }
      : { id: cf.id, formula: custom.rule.formula ?? "", fill: custom.format.fill.color ?? "" };
  });
}

function queueHighlightRules(
  batch: WriteBatch,
  planSheet: Excel.Worksheet,
  mask: string,
  stale: readonly RuleRead[]
): void {
  for (const rule of stale)
    batch.add(rule.id.length, () => planSheet.getRange().conditionalFormats.getItem(rule.id).delete());
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
