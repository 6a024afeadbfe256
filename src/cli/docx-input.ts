/** A Word document given as the plan: chosen by its extension, or by its content when a .docx has another name. */
import * as path from "node:path";
import type { Grid } from "../core";
import { readDocxFile } from "../docx-file/node";
import { isDocxZip, UnreadableDocxError } from "../docx-file/read";
import { InputError } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const WORD_EXTENSIONS = new Set([".docx", ".docm", ".dotx"]);
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

/** The grid of FILE when it is a Word document, null when it is not one; a damaged .docx → InputError. */
export async function readDocxPlanGrid(file: string, bytes: Buffer): Promise<Grid | null> {
  const ext = path.extname(file).toLowerCase();
  const zip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (!WORD_EXTENSIONS.has(ext)) {
    if (!zip || WORKBOOK_EXTENSIONS.has(ext) || !(await isDocxZip(bytes))) return null;
  }
  try {
    return (await readDocxFile(bytes)).grid;
  } catch (e) {
    if (e instanceof UnreadableDocxError) throw new InputError((m) => m.unreadableDocx(file));
    throw e;
  }
}
