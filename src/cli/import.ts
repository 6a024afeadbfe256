/**
 * `reja import FILE -o plan.xlsx [--keep-facts] [--force] [--book-lang L]`: the structured plan workbook (plan,
 * vocabulary and settings sheets), its own words in the workbook's language (--book-lang, else the input
 * workbook's setting, else Uzbek Latin). Over an existing workbook holding facts or notes it refuses, unless
 * --keep-facts carries them over item by item (core/carry-facts) or --force replaces it.
 */
import { carryFacts, DEFAULT_VOCABULARY, type Plan, type PlanSettings, structuredWorkbook } from "../core";
import { writeFacts, writeNotes } from "../xlsx/facts";
import { readPlanWorkbook } from "../xlsx/plan-workbook";
import type { Workbook } from "../xlsx/read";
import { newWorkbook, saveWorkbook, writeSheet } from "../xlsx/write";
import { parseYear, requireOutput } from "./args";
import { UsageError } from "./errors";
import { parseLangName } from "./locale";
import type { IMPORT_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { loadPlan } from "./input";
import { readExisting, refuseInputAsOutput, refuseLoss } from "./output-guard";

type Options = typeof IMPORT_OPTIONS;

export async function importPlan({ args, options, io, m }: CommandContext<Options>): Promise<"ok"> {
  const output = requireOutput(options.output);
  const year = parseYear(options.year);
  const bookLangOption = options["book-lang"];
  const bookLang = bookLangOption === undefined ? undefined : parseLangName(bookLangOption);
  if (bookLangOption !== undefined && bookLang === undefined)
    throw new UsageError((t) => t.badLang(bookLangOption, "--book-lang"));
  await refuseInputAsOutput(output, [args[0]]);
  const loaded = await loadPlan(
    args[0],
    options.sheet,
    (mb) => io.progress(m.readingLarge(args[0], mb)),
    (t) => io.err(t(m))
  );
  io.progress("");
  const existing = await readExisting(output);
  const settings: PlanSettings = {
    ...loaded.settings,
    ...(options.district !== undefined ? { district: options.district } : {}),
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.director !== undefined ? { director: options.director } : {}),
    ...(year !== undefined ? { year } : {}),
    // the workbook's language: Reja's words in the plan, settings and vocabulary sheets, later fill and report
    ...(bookLang !== undefined ? { lang: bookLang } : {}),
  };
  const sheets = structuredWorkbook(
    loaded.plan,
    loaded.grid,
    settings,
    loaded.vocabulary ?? DEFAULT_VOCABULARY
  );
  const wb = newWorkbook();
  for (const spec of sheets) writeSheet(wb, spec);
  const oldPlan = existing?.kind === "workbook" ? existing.plan : null;
  const carried = options["keep-facts"] && oldPlan ? carryInto(wb, oldPlan) : null;
  refuseLoss(
    output,
    existing,
    { sheetNames: sheets.map((s) => s.name), plan: null },
    { force: options.force, canKeepFacts: true, ...(carried ? { unmatched: carried.unmatched } : {}) }
  );
  await saveWorkbook(wb, output);
  io.out(m.importDone(output, loaded.plan.items.length, sheets.map((s) => s.name).join(", ")));
  if (carried && (carried.facts > 0 || carried.notes > 0))
    io.out(m.carried(carried.facts, carried.notes, output));
  // with --force, the items whose facts found no place are still named: the user chose to drop them
  if (carried && carried.unmatched.length > 0) io.err(m.itemsWithoutPlace(carried.unmatched.join(", ")));
  return "ok";
}

/** Writes the old plan's facts and notes into the new workbook's plan sheet; what could not be placed. */
function carryInto(wb: Workbook, oldPlan: Plan): { facts: number; notes: number; unmatched: string[] } {
  const read = readPlanWorkbook(wb);
  if (!read.ok) return { facts: 0, notes: 0, unmatched: [] };
  const result = carryFacts(oldPlan, read.plan);
  writeFacts(read.sheet, read.plan, result.facts);
  writeNotes(read.sheet, read.plan, result.notes);
  return { facts: result.facts.length, notes: result.notes.length, unmatched: result.unmatched };
}
