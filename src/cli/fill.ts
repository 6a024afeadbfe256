/** `reja fill plan.xlsx --quarter N [-o out.xlsx]`: only the tracking cells (total fact, %, quarter statuses) change. */
import { fillWrites, hasTrackingColumns } from "../core";
import { applyCellWrites, saveWorkbook } from "../xlsx/write";
import { requireQuarter } from "./args";
import type { FILL_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { InputError } from "./errors";
import { plural } from "./format";
import { loadXlsxPlan } from "./input";

type Options = typeof FILL_OPTIONS;

export async function fill({ args, options, io }: CommandContext<Options>): Promise<"ok"> {
  const quarter = requireQuarter(options.quarter, "fill");
  const file = args[0];
  const loaded = await loadXlsxPlan(file, options.sheet);
  if (!hasTrackingColumns(loaded.plan)) {
    throw new InputError(
      `sheet "${loaded.sheet.name}" of ${file} has no tracking columns (make the workbook with reja import first)`
    );
  }
  const writes = fillWrites(loaded.plan, {
    quarter,
    tolerance: loaded.settings.tolerance,
  });
  applyCellWrites(loaded.sheet, writes);
  const output = options.output ?? file;
  await saveWorkbook(loaded.workbook, output);
  io.out(
    `${output}: ${plural(writes.length, "cell", "cells")} written in "${loaded.sheet.name}" for quarter ${quarter}`
  );
  return "ok";
}
