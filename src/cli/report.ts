/** `reja report plan.xlsx --quarter N -o report.xlsx [--json]`: the regional submission sheet (docs/domain.md §8). */
import { buildReport, DEFAULT_VOCABULARY, type PlanSettings, reportSheet, structuredWorkbook } from "../core";
import { newWorkbook, saveWorkbook, writeSheet } from "../xlsx/write";
import { parseDate, requireOutput, requireQuarter } from "./args";
import type { REPORT_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { plural, toJson } from "./format";
import { loadPlan } from "./input";

type Options = typeof REPORT_OPTIONS;

export async function report({ args, options, io }: CommandContext<Options>): Promise<"ok"> {
  const quarter = requireQuarter(options.quarter, "report");
  const output = requireOutput(options.output, "report");
  const date = parseDate(options.date, "report") ?? io.now();
  const loaded = await loadPlan(args[0], options.sheet);
  const settings: PlanSettings = { ...loaded.settings, quarter };
  const built = buildReport(loaded.plan, settings);
  // The output is the input workbook with the report sheet written; exported text gets the structured workbook.
  const wb = loaded.kind === "xlsx" ? loaded.workbook : newWorkbook();
  if (loaded.kind === "text") {
    for (const spec of structuredWorkbook(loaded.plan, loaded.grid, settings, DEFAULT_VOCABULARY))
      writeSheet(wb, spec);
  }
  const sheet = reportSheet(built, settings, date);
  writeSheet(wb, sheet);
  await saveWorkbook(wb, output);
  if (options.json) io.out(toJson(built));
  else io.out(`${output}: sheet "${sheet.name}", ${plural(built.rows.length, "row", "rows")}`);
  return "ok";
}
