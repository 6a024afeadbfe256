/** `reja fill plan.xlsx --quarter N [-o out.xlsx]`: only the tracking cells (total fact, %, quarter statuses) change. */
import { fillWrites, hasTrackingColumns } from "../core";
import { applyCellWrites, saveWorkbook } from "../xlsx/write";
import { requireQuarter } from "./args";
import type { FILL_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { InputError } from "./errors";
import { loadXlsxPlan } from "./input";
import { readExisting, refuseLoss, sameFile } from "./output-guard";

type Options = typeof FILL_OPTIONS;

export async function fill({ args, options, io, m }: CommandContext<Options>): Promise<"ok"> {
  const quarter = requireQuarter(options.quarter);
  const file = args[0];
  const loaded = await loadXlsxPlan(file, options.sheet);
  if (!hasTrackingColumns(loaded.plan)) {
    const sheet = loaded.sheet.name;
    throw new InputError((t) => t.noTrackingColumns(file, sheet));
  }
  const writes = fillWrites(loaded.plan, {
    quarter,
    tolerance: loaded.settings.tolerance,
    lang: loaded.settings.lang,
  });
  // In place is fill's own way of working (only the tracking cells change); another file must lose nothing.
  const output = options.output ?? file;
  if (!(await sameFile(output, file))) {
    const next = { sheetNames: loaded.workbook.worksheets.map((ws) => ws.name), plan: loaded.plan };
    refuseLoss(output, await readExisting(output), next, { force: options.force });
  }
  applyCellWrites(loaded.sheet, writes);
  await saveWorkbook(loaded.workbook, output);
  io.out(m.fillDone(output, writes.length, loaded.sheet.name, quarter));
  return "ok";
}
