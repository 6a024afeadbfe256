/**
 * *Set up* from a Word file the user picked: the document's plan table (read on demand: the docx reader and
 * jszip are a separate chunk, not in the pane's first JavaScript; the XML parser is the browser's DOMParser)
 * → the structured layout on a new sheet (excel/commands/setup.ts setUpFromGrid).
 */
import { detectFileKind, type Grid, type XmlNode } from "../../core";
import type { ExcelRun } from "../../excel/commands/settings";
import { setUpFromGrid } from "../../excel/commands/setup";
import { ACTION_TABLE, type ActionOutcome } from "./outcomes";

/**
 * The plan grid of a .docx file's bytes; null when it is not a readable Word document. What the file is comes
 * first (core detectFileKind, as for `reja`): a damaged document or another kind of file never loads the reader.
 */
export async function wordGrid(bytes: ArrayBuffer, name: string): Promise<Grid | null> {
  if (detectFileKind(new Uint8Array(bytes), name) !== "docx") return null;
  const { readDocxGrid } = await import(/* webpackChunkName: "docx-reader" */ "../../docx-file/read");
  try {
    const parse = (xml: string): XmlNode => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("bad XML");
      return doc as unknown as XmlNode;
    };
    return (await readDocxGrid(bytes, parse)).grid;
  } catch {
    return null;
  }
}

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing: older WebViews). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** The action's body for useReja.runAction("setup", …): read the file, then set up as from a pasted plan. */
export function setUpFromWordFile(file: Blob & { name?: string }) {
  return async (run: ExcelRun): Promise<ActionOutcome> => {
    const grid = await wordGrid(await bytesOf(file), file.name ?? "");
    if (grid === null) return { notice: { intent: "warning", key: "problem.unreadable_docx" } };
    return ACTION_TABLE.setup.outcome(await run((ctx) => setUpFromGrid(ctx, grid, file.name ?? "")));
  };
}
