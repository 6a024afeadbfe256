/** `reja import FILE -o plan.xlsx`: the structured plan workbook (plan, vocabulary and settings sheets). */
import { DEFAULT_VOCABULARY, type PlanSettings, structuredWorkbook } from "../core";
import { newWorkbook, saveWorkbook, writeSheet } from "../xlsx/write";
import { parseYear, requireOutput } from "./args";
import type { IMPORT_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { plural } from "./format";
import { loadPlan } from "./input";

type Options = typeof IMPORT_OPTIONS;

export async function importPlan({ args, options, io }: CommandContext<Options>): Promise<"ok"> {
  const output = requireOutput(options.output, "import");
  const year = parseYear(options.year, "import");
  const loaded = await loadPlan(args[0], options.sheet);
  const settings: PlanSettings = {
    ...loaded.settings,
    ...(options.district !== undefined ? { district: options.district } : {}),
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.director !== undefined ? { director: options.director } : {}),
    ...(year !== undefined ? { year } : {}),
  };
  const sheets = structuredWorkbook(
    loaded.plan,
    loaded.grid,
    settings,
    loaded.vocabulary ?? DEFAULT_VOCABULARY
  );
  const wb = newWorkbook();
  for (const spec of sheets) writeSheet(wb, spec);
  await saveWorkbook(wb, output);
  io.out(
    `${output}: ${plural(loaded.plan.items.length, "item", "items")} in ${plural(sheets.length, "sheet", "sheets")} (${sheets.map((s) => s.name).join(", ")})`
  );
  return "ok";
}
