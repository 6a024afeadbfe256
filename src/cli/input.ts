/** FILE → plan: exported text (tab-separated, UTF-8), a Word .docx or an .xlsx workbook. Unusable input → InputError. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import {
  defaultSettings,
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
import { InputError } from "./errors";

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

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** inputs at least this big get a progress line while they are read */
const LARGE_FILE_BYTES = 5e6;

/** Reads FILE as the plan. `sheet` names the sheet of an .xlsx (default: the first with a plan table). */
export async function loadPlan(
  file: string,
  sheet?: string,
  onLargeFile?: (megabytes: number) => void
): Promise<LoadedPlan> {
  const bytes = await readBytes(file);
  if (onLargeFile && bytes.length >= LARGE_FILE_BYTES) onLargeFile(Math.round(bytes.length / 1e6));
  const docxGrid = await readDocxPlanGrid(file, bytes);
  if (docxGrid === null && looksLikeWorkbook(file, bytes)) return loadXlsxPlan(file, sheet);
  if (sheet !== undefined) throw new InputError((m) => m.sheetOnlyXlsx(file));
  const grid = docxGrid ?? parseTsv(bytes.toString("utf8"));
  const read = readPlan(grid);
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
  await readBytes(file);
  const workbook = await openWorkbook(file);
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

function looksLikeWorkbook(file: string, bytes: Buffer): boolean {
  const ext = path.extname(file).toLowerCase();
  return ext === ".xlsx" || ext === ".xlsm" || bytes.subarray(0, 4).equals(ZIP_MAGIC);
}

/** The district name of a file when its plan and settings name none: the file name without extension. */
export function fileStem(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}
