/**
 * FILE → plan: exported text (tab-separated; UTF-8, UTF-16 or Windows-1251), a Word .docx or an .xlsx workbook.
 * Unusable input (a format Reja does not read, a damaged or password-protected file) → InputError naming what
 * the file is.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import {
  decodeNotes,
  decodeText,
  type DecodeWarning,
  defaultSettings,
  detectFileKind,
  type FileKind,
  isReservedSheetName,
  type Grid,
  parseTsv,
  type Plan,
  type PlanSettings,
  readPlan,
  type Vocabulary,
} from "../core";
import { readDocxPlanGrid } from "./docx-input";
import { readPlanWorkbook } from "../xlsx/plan-workbook";
import { loadWorkbook, UnreadableWorkbookError, type Workbook, type Worksheet } from "../xlsx/read";
import { InputError, type Text } from "./errors";

export type LoadedPlan =
  | {
      kind: "text";
      file: string;
      grid: Grid;
      plan: Plan;
      settings: PlanSettings;
      vocabulary: undefined;
    }
  | {
      kind: "xlsx";
      file: string;
      grid: Grid;
      plan: Plan;
      settings: PlanSettings;
      storedSettings: Partial<PlanSettings>;
      vocabulary: Vocabulary | undefined;
      workbook: Workbook;
      sheet: Worksheet;
    };

/** inputs at least this big get a progress line while they are read */
const LARGE_FILE_BYTES = 5e6;

/**
 * Reads FILE as the plan. `sheet` names the sheet of an .xlsx (default: the first with a plan table). What
 * decoding a text file could not be sure of becomes findings of the plan (core decodeNotes); `warn` also gets it
 * as lines, unless the command lists the findings itself (`findingsListed`: check, inspect --json) — then only
 * when no plan table was found, to say why.
 */
export async function loadPlan(
  file: string,
  sheet?: string,
  onLargeFile?: (megabytes: number) => void,
  warn?: (text: Text) => void,
  findingsListed = false
): Promise<LoadedPlan> {
  const bytes = await readBytes(file);
  if (onLargeFile && bytes.length >= LARGE_FILE_BYTES) onLargeFile(Math.round(bytes.length / 1e6));
  const kind = detectFileKind(bytes, file);
  refuseUnread(file, kind);
  const docxGrid = kind === "docx" || kind === "xlsx" ? await readDocxPlanGrid(file, bytes) : null;
  if (docxGrid === null && kind !== "text") return loadXlsxPlan(file, sheet);
  if (sheet !== undefined) throw new InputError((m) => m.sheetOnlyXlsx(file));
  let grid: Grid;
  let warnings: DecodeWarning[] = [];
  if (docxGrid !== null) grid = docxGrid;
  else {
    const decoded = decodeText(bytes);
    warnings = decoded.warnings;
    grid = parseTsv(decoded.text);
  }
  const read = readPlan(grid, { inputNotes: decodeNotes(warnings) });
  if (warn && (!read.ok || !findingsListed)) for (const w of warnings) warn(decodeWarningText(file, w));
  if (!read.ok) throw new InputError((m) => m.noPlanTable(file));
  return {
    kind: "text",
    file,
    grid,
    plan: read.plan,
    settings: defaultSettings(read.plan),
    vocabulary: undefined,
  };
}

/** Reads an .xlsx plan workbook (a structured one or any workbook with a plan table). */
export async function loadXlsxPlan(
  file: string,
  sheet?: string
): Promise<Extract<LoadedPlan, { kind: "xlsx" }>> {
  refuseUnread(file, detectFileKind(await readBytes(file), file));
  const workbook = await openWorkbook(file);
  if (
    sheet !== undefined &&
    isReservedSheetName(sheet) &&
    workbook.worksheets.some((ws) => ws.name === sheet)
  ) {
    const plan = workbook.worksheets.find((ws) => !isReservedSheetName(ws.name))?.name ?? "";
    throw new InputError((m) => m.generatedSheet(file, sheet, plan));
  }
  const read = readPlanWorkbook(workbook, sheet);
  if (!read.ok) {
    if (read.reason === "no_such_sheet" && sheet !== undefined)
      throw new InputError((m) => m.noSuchSheet(file, sheet));
    throw new InputError((m) =>
      sheet === undefined ? m.noPlanTable(file) : m.noPlanTableInSheet(file, sheet)
    );
  }
  return {
    kind: "xlsx",
    file,
    grid: read.grid,
    plan: read.plan,
    settings: read.settings,
    storedSettings: read.storedSettings,
    vocabulary: read.vocabulary,
    workbook,
    sheet: read.sheet,
  };
}

export async function openWorkbook(file: string): Promise<Workbook> {
  try {
    return await loadWorkbook(file);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw new InputError((m) => m.unreadableWorkbook(file));
    throw e;
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError((m) => m.noSuchFile(file));
    if (code === "EISDIR") throw new InputError((m) => m.notAFile(file));
    if (code === "EACCES" || code === "EPERM") throw new InputError((m) => m.permissionDenied(file));
    throw new InputError((m) => m.systemError(file, code ?? String(e)));
  }
}

/** The plain refusal of a file Reja does not read: what it is and what to do (exit 2). */
const REFUSALS: Partial<Record<FileKind, (file: string) => Text>> = {
  encrypted: (f) => (m) => m.refusedEncrypted(f),
  xls: (f) => (m) => m.refusedXls(f),
  doc: (f) => (m) => m.refusedDoc(f),
  cfb: (f) => (m) => m.refusedCfb(f),
  ods: (f) => (m) => m.refusedOds(f),
  odt: (f) => (m) => m.refusedOdt(f),
  odf: (f) => (m) => m.refusedOdf(f),
  rtf: (f) => (m) => m.refusedRtf(f),
  csv: (f) => (m) => m.refusedCsv(f),
  pdf: (f) => (m) => m.refusedPdf(f),
  damaged_zip: (f) => (m) => m.refusedDamaged(f),
  damaged_docx: (f) => (m) => m.unreadableDocx(f),
  not_a_document: (f) => (m) => m.refusedNotDocument(f),
};

function refuseUnread(file: string, kind: FileKind): void {
  const refusal = REFUSALS[kind];
  if (refusal) throw new InputError(refusal(file));
}

function decodeWarningText(file: string, w: DecodeWarning): Text {
  switch (w.kind) {
    case "lost_characters":
      return (m) => m.textLostCharacters(file, w.count, w.line, w.sample);
    case "invalid_bytes":
      return (m) => m.textInvalidBytes(file, w.count);
    case "uncertain_encoding":
      return (m) => m.textUncertainEncoding(file, w.line, w.sample);
  }
}

/** The district name of a file when its plan and settings name none: the file name without extension. */
export function fileStem(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}
