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
  relabelWrites,
  settingsCellWrites,
  settingsSheet,
  SHEET_NAMES,
} from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { removeHandler } from "../events";
import { asOwnWrite } from "../own-writes";
import { loadProtection, queueWithoutProtection } from "../protection";
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
 *
 * A new language ("lang") rewrites, in the same write, the plan sheet's cells that still hold Reja's own words
 * exactly (headers, marks and title, status names: core relabelWrites) — the person's renamed headers stay. The
 * plan sheet is read only when the language really changes (one more read sync then): the form sends the language
 * with every save, and an ordinary save must not carry a whole plan over the wire.
 */
export async function saveSettings(
  context: Excel.RequestContext,
  partial: Partial<PlanSettings>
): Promise<SettingsRead & { syncs: number; relabelled: number }> {
  const read = await readWorkbook(context, { plan: null });
  const batch = new WriteBatch();
  const sheets = context.workbook.worksheets;
  const before = read.settings.exists ? readStored(read.settings.grid) : {};
  let stored: Partial<PlanSettings>;
  if (read.settings.exists) {
    stored = { ...before, ...defined(partial) };
    const writes = settingsCellWrites(defined(partial), read.settings.grid);
    new SheetWriter(batch, () => sheets.getItem(SHEET_NAMES.settings)).cellWrites(writes);
  } else {
    stored = { ...settingsOf(null, {}), ...defined(partial) };
    const spec = settingsSheet(settingsOf(null, stored));
    let sheet: Excel.Worksheet | null = null;
    new SheetWriter(batch, () => (sheet ??= sheets.add(spec.name))).sheetSpec(spec);
  }
  const now = settingsOf(null, stored);
  const was = settingsOf(null, before);
  let planSheet: Excel.Worksheet | null = null;
  let protection: ReturnType<typeof loadProtection> | null = null;
  let relabel: ReturnType<typeof relabelWrites> = [];
  let planSyncs = 0;
  if (now.lang !== was.lang) {
    protection = loadProtection(context, SHEET_NAMES.plan);
    const plan = await readWorkbook(context, { plan: SHEET_NAMES.plan });
    planSyncs = plan.syncs;
    planSheet = plan.planSheet;
    if (planSheet && plan.plan)
      relabel = relabelWrites(plan.plan.grid, now.lang, {
        districts: [was.district, now.district],
        regions: [was.region, now.region],
      });
  }
  let guardSyncs = 0;
  if (planSheet && protection && relabel.length > 0) {
    // an approved (protected) plan: its header cells are locked, so the write lifts the protection around itself
    const guard = await protection();
    guardSyncs = guard.syncs;
    queueWithoutProtection(
      batch,
      () => planSheet,
      guard.state,
      () => new SheetWriter(batch, () => planSheet).cellWrites(relabel)
    );
  }
  const syncs = await asOwnWrite(() => commitBatch(context, batch));
  // saving settings leaves the approval rows as they are
  const approval = read.settings.exists ? readApproval(read.settings.grid) : null;
  return {
    settings: settingsOf(null, stored),
    stored,
    sheetExists: true,
    approval,
    syncs: syncs + read.syncs + planSyncs + guardSyncs,
    relabelled: relabel.length,
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
