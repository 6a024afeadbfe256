/**
 * `reja docx PLAN.xlsx -o plan.docx` (issue 15.3): the plan as a Word document in the official layout
 * (core: planDocument; the Word library in src/docx-file/write.ts, shared with the pane). The input may be any plan Reja reads.
 */
import { planWordBytes } from "../docx-file/write";
import { writeFileAtomic } from "../xlsx/atomic-write";
import { requireOutput } from "./args";
import { loadPlan } from "./input";
import type { DOCX_OPTIONS } from "./options";
import { refuseInputAsOutput } from "./output-guard";
import type { CommandContext } from "./types";

export async function docx({ args, options, io, m }: CommandContext<typeof DOCX_OPTIONS>): Promise<"ok"> {
  const output = requireOutput(options.output);
  await refuseInputAsOutput(output, [args[0]]);
  const loaded = await loadPlan(args[0], options.sheet);
  const bytes = await planWordBytes(loaded.plan, loaded.settings);
  await writeFileAtomic(output, bytes);
  io.out(m.docxDone(output, loaded.plan.items.length));
  return "ok";
}
