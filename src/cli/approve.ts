/**
 * `reja approve PLAN.xlsx --by NAME [--date YYYY-MM-DD] [-o OUT]` and `reja unlock PLAN.xlsx [-o OUT]` (spec §10):
 * the approval recorded in the settings sheet, the plan sheet protected with only the fact columns and "Izoh"
 * editable; unlocking lifts the protection and keeps the approval, so the next approval lists what changed.
 */
import {
  approvalCellWrites,
  editableColumns,
  isoDate,
  type Lang,
  type Plan,
  PLAN_COL,
  type PlanChange,
  planChanges,
  planSnapshot,
  readApproval,
  settingsSheet,
  SHEET_NAMES,
  TRACKING_HEADER_TEXTS,
  yearTexts,
} from "../core";
import { isSheetProtected, protectPlanSheet, unprotectPlanSheet } from "../xlsx/protect";
import { findSheet, sheetGrid, type Workbook, type Worksheet } from "../xlsx/read";
import { applyCellWrites, saveWorkbook, writeSheet } from "../xlsx/write";
import { parseDate } from "./args";
import { InputError, UsageError } from "./errors";
import { toJson } from "./format";
import { loadXlsxPlan, type LoadedPlan } from "./input";
import type { APPROVE_OPTIONS, UNLOCK_OPTIONS } from "./options";
import type { CommandContext } from "./types";

type Loaded = Extract<LoadedPlan, { kind: "xlsx" }>;

function requireStructured(loaded: Loaded): void {
  if (editableColumns(loaded.plan).length < 5)
    throw new InputError((m) => m.noTrackingColumns(loaded.file, loaded.sheet.name));
}

function settingsOf(wb: Workbook, loaded: Loaded): Worksheet {
  return findSheet(wb, SHEET_NAMES.settings) ?? writeSheet(wb, settingsSheet(loaded.settings));
}

/**
 * The header texts of the columns left editable, for the message ("I chorak fakt, …, Izoh"), as the workbook
 * writes them (its "lang" setting).
 */
function editableNames(plan: Plan, sheetLang: Lang): string {
  const headers = TRACKING_HEADER_TEXTS[sheetLang];
  return editableColumns(plan)
    .map((c) => headers[c - PLAN_COL.facts[0]] ?? String(c + 1))
    .join(", ");
}

export interface ApproveJson {
  approved: { date: string; by: string; items: number };
  previous: { date: string; by: string } | null;
  changes: (PlanChange & { text: string })[];
}

export async function approve({
  args,
  options,
  io,
  lang,
}: CommandContext<typeof APPROVE_OPTIONS>): Promise<"ok"> {
  const by = options.by?.trim() ?? "";
  if (by === "") throw new UsageError((m) => m.byRequired);
  const date = isoDate(parseDate(options.date) ?? io.now());
  const loaded = await loadXlsxPlan(args[0], options.sheet);
  const sheetLang = loaded.settings.lang;
  const t = yearTexts(lang, sheetLang);
  requireStructured(loaded);
  const settings = settingsOf(loaded.workbook, loaded);
  const grid = sheetGrid(settings);
  const previous = readApproval(grid);
  const snapshot = planSnapshot(loaded.plan);
  const changes = previous?.snapshot ? planChanges(previous.snapshot, snapshot) : [];
  applyCellWrites(settings, approvalCellWrites({ date, by, state: "approved", snapshot }, grid));
  if (isSheetProtected(loaded.sheet)) unprotectPlanSheet(loaded.sheet);
  await protectPlanSheet(loaded.sheet, loaded.plan);
  const output = options.output ?? args[0];
  await saveWorkbook(loaded.workbook, output);

  const approved = { date, by, items: loaded.plan.items.length };
  if (options.json) {
    const json: ApproveJson = {
      approved,
      previous: previous ? { date: previous.date, by: previous.by } : null,
      changes: changes.map((c) => ({ ...c, text: t.change(c) })),
    };
    io.out(toJson(json));
    return "ok";
  }
  const lines = [
    `${output}: ${t.approved(approved)}`,
    t.locked({ editable: editableNames(loaded.plan, sheetLang) }),
  ];
  // no earlier approval, or one whose snapshot was lost: nothing to compare with
  if (!previous?.snapshot) lines.push(t.firstApproval);
  else if (changes.length === 0) lines.push(t.noChanges(previous));
  else
    lines.push(
      t.changesSince({ ...previous, count: changes.length }),
      ...changes.map((c) => `  - ${t.change(c)}`)
    );
  io.out(lines.join("\n"));
  return "ok";
}

export async function unlock({
  args,
  options,
  io,
  lang,
}: CommandContext<typeof UNLOCK_OPTIONS>): Promise<"ok"> {
  const loaded = await loadXlsxPlan(args[0], options.sheet);
  const t = yearTexts(lang, loaded.settings.lang);
  const settings = findSheet(loaded.workbook, SHEET_NAMES.settings);
  const grid = settings ? sheetGrid(settings) : [];
  const record = readApproval(grid);
  const wasProtected = isSheetProtected(loaded.sheet);
  if (!record && !wasProtected) {
    io.out(t.notApproved);
    return "ok";
  }
  const who = { date: record?.date ?? "?", by: record?.by ?? "?" };
  if (record?.state === "unlocked" && !wasProtected) {
    io.out(t.alreadyUnlocked(who));
    return "ok";
  }
  unprotectPlanSheet(loaded.sheet);
  if (settings) applyCellWrites(settings, approvalCellWrites({ state: "unlocked" }, grid));
  const output = options.output ?? args[0];
  await saveWorkbook(loaded.workbook, output);
  io.out([`${output}: ${t.unlocked(who)}`, t.unlockExplain].join("\n"));
  return "ok";
}
