/** `reja report plan.xlsx --quarter N -o report.xlsx [--json]`: the regional submission sheet (docs/domain.md §8). */
import {
  buildReport,
  checkPlan,
  DEFAULT_VOCABULARY,
  type PlanSettings,
  reportRowsWithErrors,
  reportSheet,
  structuredWorkbook,
} from "../core";
import { newWorkbook, saveWorkbook, writeSheet } from "../xlsx/write";
import { parseDate, requireOutput, requireQuarter } from "./args";
import type { REPORT_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { toJson } from "./format";
import { loadPlan } from "./input";
import { readExisting, refuseInputAsOutput, refuseLoss, sameFile } from "./output-guard";

type Options = typeof REPORT_OPTIONS;

export async function report({ args, options, io, m }: CommandContext<Options>): Promise<"ok"> {
  const quarter = requireQuarter(options.quarter);
  const output = requireOutput(options.output);
  const date = parseDate(options.date) ?? io.now();
  const loaded = await loadPlan(
    args[0],
    options.sheet,
    (mb) => io.progress(m.readingLarge(args[0], mb)),
    (t) => io.err(t(m))
  );
  io.progress("");
  const settings: PlanSettings = { ...loaded.settings, quarter };
  const built = buildReport(loaded.plan, settings);
  // The output is the input workbook with the report sheet written; exported text gets the structured workbook.
  const wb = loaded.kind === "xlsx" ? loaded.workbook : newWorkbook();
  if (loaded.kind === "text") {
    for (const spec of structuredWorkbook(loaded.plan, loaded.grid, settings, DEFAULT_VOCABULARY))
      writeSheet(wb, spec);
  }
  const sheet = reportSheet(built, settings, date, {
    errorRows: reportRowsWithErrors(
      loaded.plan,
      checkPlan(loaded.plan, {
        reportQuarter: quarter,
        tolerance: settings.tolerance,
        vocabulary: loaded.vocabulary,
      })
    ),
    transliterate: options.transliterate === true,
  });
  writeSheet(wb, sheet);
  // Writing the report into its own workbook (-o the input) adds a sheet and changes nothing else.
  if (loaded.kind === "text") await refuseInputAsOutput(output, [args[0]]);
  if (!(loaded.kind === "xlsx" && (await sameFile(output, args[0])))) {
    const next = { sheetNames: wb.worksheets.map((ws) => ws.name), plan: loaded.plan };
    refuseLoss(output, await readExisting(output), next, { force: options.force });
  }
  await saveWorkbook(wb, output);
  if (options.json) io.out(toJson(built));
  else io.out(m.reportDone(output, sheet.name, built.rows.length));
  return "ok";
}
