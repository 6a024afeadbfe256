/**
 * Settings live in the settings sheet ("Reja sozlamalari"), so every co-author sees the same and a change by
 * one is picked up by the others (worksheet.onChanged on that sheet).
 */
import {
  type ApprovalRecord,
  type Grid,
  type PlanSettings,
  readApproval,
  readSettings as readStored,
  settingsCellWrites,
  settingsSheet,
  SHEET_NAMES,
} from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { removeHandler } from "../events";
import { asOwnWrite } from "../own-writes";
import { readWorkbook } from "../read";
import { settingsOf } from "../workbook-state";
import { SheetWriter } from "../write-sheet";

/** Runs a function in a fresh request context: `Excel.run` in Excel, the stand-in's `run` in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SettingsRead {
  settings: PlanSettings;
  /** the values the sheet holds (the rest are defaults) */
  stored: Partial<PlanSettings>;
  sheetExists: boolean;
  /** the plan's approval recorded in the same sheet (read in the same sync), null when never approved */
  approval: ApprovalRecord | null;
}

/** The workbook's settings: the settings sheet over the defaults (one sync). */
export async function readWorkbookSettings(context: Excel.RequestContext): Promise<SettingsRead> {
  const read = await readWorkbook(context, { plan: null });
  return fromSheet(read.settings.exists, read.settings.grid);
}

function fromSheet(exists: boolean, grid: Grid): SettingsRead {
  const stored = exists ? readStored(grid) : {};
  const approval = exists ? readApproval(grid) : null;
  return { settings: settingsOf(null, stored), stored, sheetExists: exists, approval };
}

/**
 * Writes the given settings into the settings sheet: only the value cells that change (a co-author's other
 * settings stay as they are); creates the sheet when the workbook has none. One read, one write.
 */
export async function saveSettings(
  context: Excel.RequestContext,
  partial: Partial<PlanSettings>
): Promise<SettingsRead & { syncs: number }> {
  const read = await readWorkbook(context, { plan: null });
  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  let stored: Partial<PlanSettings>;
  if (read.settings.exists) {
    stored = { ...readStored(read.settings.grid), ...defined(partial) };
    const writes = settingsCellWrites(defined(partial), read.settings.grid);
    new SheetWriter(batch, () => sheets.getItem(SHEET_NAMES.settings)).cellWrites(writes);
  } else {
    stored = { ...settingsOf(null, {}), ...defined(partial) };
    const spec = settingsSheet(settingsOf(null, stored));
    let sheet: Excel.Worksheet | null = null;
    new SheetWriter(batch, () => (sheet ??= sheets.add(spec.name))).sheetSpec(spec);
  }
  const syncs = await asOwnWrite(() => commitBatch(context, batch));
  // saving settings leaves the approval rows as they are
  const approval = read.settings.exists ? readApproval(read.settings.grid) : null;
  return {
    settings: settingsOf(null, stored),
    stored,
    sheetExists: true,
    approval,
    syncs: syncs + read.syncs,
  };
}

function defined(p: Partial<PlanSettings>): Partial<PlanSettings> {
  const out: Partial<PlanSettings> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export interface Watch {
  /** false when the workbook has no settings sheet yet (watch again after saving settings) */
  watching: boolean;
  stop(): Promise<void>;
}

/**
 * Calls `onChange` with the new settings whenever the settings sheet changes — a co-author's edit, a
 * person's own typing, or saveSettings. The read happens in its own request context.
 */
export async function watchSettings(
  run: ExcelRun,
  onChange: (settings: SettingsRead) => void
): Promise<Watch> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SHEET_NAMES.settings);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return { watching: false, stop: async () => undefined };
    const registration = sheet.onChanged.add(async () => {
      onChange(await run((ctx) => readWorkbookSettings(ctx)));
    });
    await context.sync();
    return {
      watching: true,
      stop: () => removeHandler(registration),
    };
  });
}
