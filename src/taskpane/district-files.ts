/**
 * The districts' .xlsx files picked in the pane → consolidation inputs. Loaded on demand (import()) with
 * ExcelJS's browser build, so none of it is in the pane's initial JavaScript. A workbook Reja generated (a
 * regional consolidation, a report) is skipped, never read as a district.
 */
import ExcelJS from "exceljs";
import { type DistrictInput, isGeneratedSheetName } from "../core";
import { readPlanWorkbook } from "../xlsx/plan-workbook";

/** What the pane needs of a picked File (a File satisfies it). */
export interface PickedFile {
  name: string;
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface DistrictFiles {
  inputs: DistrictInput[];
  /** files skipped as Reja's own output */
  skipped: string[];
}

const stem = (name: string): string => name.replace(/\.[^.]+$/, "");

async function readOne(file: PickedFile): Promise<DistrictInput | "own_output"> {
  const source = { file: file.name, date: new Date(file.lastModified).toISOString().slice(0, 10) };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(await file.arrayBuffer());
  } catch (e) {
    return { name: stem(file.name), plan: null, error: e instanceof Error ? e.message : String(e), source };
  }
  const read = readPlanWorkbook(wb);
  if (!read.ok) {
    if (wb.worksheets.some((ws) => isGeneratedSheetName(ws.name))) return "own_output";
    return { name: stem(file.name), plan: null, error: read.reason, source };
  }
  const name = read.settings.district || read.plan.district || stem(file.name);
  return { name, plan: read.plan, error: null, settings: { ...read.storedSettings, district: name }, source };
}

export async function readDistrictFiles(files: readonly PickedFile[]): Promise<DistrictFiles> {
  const inputs: DistrictInput[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const r = await readOne(f);
    if (r === "own_output") skipped.push(f.name);
    else inputs.push(r);
  }
  return { inputs, skipped };
}
