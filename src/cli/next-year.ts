/**
 * `reja next-year PLAN.xlsx -o PLAN-2027.xlsx [--suggest]` (spec §10): next year's structured workbook from this
 * year's: the same sections and items, last year's fact = this year's facts to date, the plan quantity empty
 * (or a suggestion in "Izoh"), year words moved on; no facts, statuses or approval.
 */
import {
  DEFAULT_VOCABULARY,
  factsToDate,
  nextYearPlan,
  type PlanSettings,
  structuredWorkbook,
  yearTexts,
} from "../core";
import { newWorkbook, saveWorkbook, writeSheet } from "../xlsx/write";
import { requireOutput } from "./args";
import { InputError } from "./errors";
import { loadPlan } from "./input";
import { readExisting, refuseInputAsOutput, refuseLoss } from "./output-guard";
import type { NEXT_YEAR_OPTIONS } from "./options";
import type { CommandContext } from "./types";

export async function nextYear({
  args,
  options,
  io,
  lang,
  m,
}: CommandContext<typeof NEXT_YEAR_OPTIONS>): Promise<"ok"> {
  const output = requireOutput(options.output);
  await refuseInputAsOutput(output, [args[0]]);
  const loaded = await loadPlan(args[0], options.sheet, undefined, (text) => io.err(text(m)));
  // the draft is written in the workbook's language; the texts name its columns as it writes them
  const sheetLang = loaded.settings.lang;
  const t = yearTexts(lang, sheetLang);
  const year = loaded.settings.year ?? loaded.plan.year;
  if (year === null) throw new InputError(() => `${args[0]}: ${t.noYear}`);
  const next = nextYearPlan(loaded.plan, { year, suggest: options.suggest, lang: sheetLang });
  const settings: PlanSettings = { ...loaded.settings, year: next.year, quarter: 1 };
  const wb = newWorkbook();
  const sheets = structuredWorkbook(next.plan, [], settings, loaded.vocabulary ?? DEFAULT_VOCABULARY);
  for (const spec of sheets) writeSheet(wb, spec);
  const next_ = { sheetNames: wb.worksheets.map((ws) => ws.name), plan: next.plan };
  refuseLoss(output, await readExisting(output), next_, { force: options.force });
  await saveWorkbook(wb, output);
  const facts = loaded.plan.items.reduce(
    (n, item) => n + item.indicators.filter((ind) => factsToDate(ind) !== null).length,
    0
  );
  io.out(
    `${output}: ${t.nextYear({ year: next.year, items: next.plan.items.length, facts, suggestions: next.suggestions })}`
  );
  return "ok";
}
