/**
 * `reja docx PLAN.xlsx -o plan.docx [--book-lang L]` (issue 15.3): the plan as a Word document in the official
 * layout (core: planDocument; the Word library in src/docx-file/write.ts, shared with the pane). The input may be
 * any plan Reja reads. Reja's own words are in the workbook's language (its settings' "lang"), or in --book-lang,
 * the option `reja import` takes for the same thing.
 */
import { stat } from "node:fs/promises";
import { planWordBytes } from "../docx-file/write";
import { writeFileAtomic } from "../xlsx/atomic-write";
import { requireOutput } from "./args";
import { RefusedError, UsageError } from "./errors";
import { loadPlan } from "./input";
import { parseLangName } from "./locale";
import type { DOCX_OPTIONS } from "./options";
import { refuseInputAsOutput } from "./output-guard";
import type { CommandContext } from "./types";

export async function docx({ args, options, io, m }: CommandContext<typeof DOCX_OPTIONS>): Promise<"ok"> {
  const output = requireOutput(options.output);
  const bookLangOption = options["book-lang"];
  const bookLang = bookLangOption === undefined ? undefined : parseLangName(bookLangOption);
  if (bookLangOption !== undefined && bookLang === undefined)
    throw new UsageError((t) => t.badLang(bookLangOption, "--book-lang"));
  await refuseInputAsOutput(output, [args[0]]);
  // a Word document there may hold what a person wrote in Word since: replaced only when asked
  if (!options.force && (await exists(output)))
    throw new RefusedError((t) => `${t.docxExists(output)}; ${t.useForce}`);
  const loaded = await loadPlan(args[0], options.sheet);
  const settings = bookLang === undefined ? loaded.settings : { ...loaded.settings, lang: bookLang };
  const bytes = await planWordBytes(loaded.plan, settings);
  await writeFileAtomic(output, bytes);
  io.out(m.docxDone(output, loaded.plan.items.length));
  return "ok";
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
