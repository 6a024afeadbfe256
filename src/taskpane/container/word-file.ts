/**
 * After the Excel run of the "Word hujjati" action: the plan → .docx bytes with the Word writer, loaded only
 * now (its own chunk with the `docx` library and core's planDocument: not in the pane's first JavaScript) →
 * offered as a download (../download.ts).
 */
import type { Plan, PlanSettings } from "../../core";
import type { PlanForWordResult } from "../../excel/commands/word";
import type { PlanProblem } from "../../excel/workbook-state";
import { DOCX_TYPE, offerDownload, type OfferedFile, type OfferFile } from "../download";

export type WordFileResult =
  | {
      ok: true;
      file: OfferedFile;
      items: number;
      /** Excel on Mac: its web view may not save the file (the notice says what to do then) */
      mac: boolean;
    }
  | { ok: false; reason: PlanProblem | "writer_unavailable" };

export type WordWriter = { planWordBytes: (plan: Plan, settings: PlanSettings) => Promise<Uint8Array> };

/** The writer's chunk, fetched from the add-in's server the first time (webpack retries a failed fetch next time). */
export function loadWordWriter(): Promise<WordWriter> {
  return import(/* webpackChunkName: "docx-writer" */ "../../docx-file/write");
}

export async function deliverWordFile(
  read: PlanForWordResult,
  env: { offerFile?: OfferFile; platform?: string | null },
  load: () => Promise<WordWriter> = loadWordWriter
): Promise<WordFileResult> {
  if (!read.ok) return { ok: false, reason: read.reason };
  let writer: WordWriter;
  try {
    writer = await load();
  } catch {
    // no connection to the add-in's server (or the deployment changed under an open pane)
    return { ok: false, reason: "writer_unavailable" };
  }
  const bytes = await writer.planWordBytes(read.plan, read.settings);
  return {
    ok: true,
    file: (env.offerFile ?? offerDownload)(bytes, read.fileName, DOCX_TYPE),
    items: read.plan.items.length,
    mac: env.platform === "Mac",
  };
}
