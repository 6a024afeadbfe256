/**
 * `reja consolidate FILE… --quarter N -o region.xlsx [--mapping FILE] [--json]`: docs/domain.md §9; an unusable file
 * is reported, not fatal. A consolidation reja wrote earlier (e.g. `dir/*.xlsx` matching last run's
 * `dir/viloyat.xlsx`) is skipped with a message, never read as a district; the output is never one of the
 * districts' files. The corrections of the "Moslashtirish" sheet are read from --mapping FILE, else from the
 * output workbook when it exists, so the centre's fixes hold on every later run.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  consolidate,
  type DistrictInput,
  isGeneratedSheetName,
  type Lang,
  MAPPING_SHEET,
  type MappingCorrection,
  readMappingSheet,
  regionSheets,
} from "../core";
import { findSheet, loadWorkbook, sheetGrid } from "../xlsx/read";
import { newWorkbook, saveWorkbook, writeSheet } from "../xlsx/write";
import { requireOutput, requireQuarter } from "./args";
import type { CONSOLIDATE_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { InputError } from "./errors";
import { table, toJson } from "./format";
import { fileStem, loadPlan } from "./input";
import type { CliCatalogue } from "./messages";
import { readExisting, refuseInputAsOutput, refuseLoss } from "./output-guard";

type Options = typeof CONSOLIDATE_OPTIONS;

/** The district in FILE, or "own_output" for a workbook reja generated (a consolidation or a bare report). */
export async function readDistrict(file: string, m: CliCatalogue): Promise<DistrictInput | "own_output"> {
  try {
    const loaded = await loadPlan(file);
    const stored = loaded.kind === "xlsx" ? loaded.storedSettings : {};
    const name = loaded.settings.district || loaded.plan.district || fileStem(file);
    return {
      name,
      plan: loaded.plan,
      error: null,
      settings: { ...stored, district: name },
      source: await sourceOf(file),
    };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    if (await isGeneratedWorkbook(file)) return "own_output";
    return { name: fileStem(file), plan: null, error: e.text(m), source: await sourceOf(file) };
  }
}

async function requireFile(file: string): Promise<void> {
  try {
    await fs.access(file);
  } catch {
    throw new InputError((t) => t.noSuchFile(file));
  }
}

function mostCommonLang(langs: (Lang | undefined)[]): Lang {
  const counts = new Map<Lang, number>();
  for (const l of langs) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: Lang = "uz";
  let n = 0;
  for (const [l, c] of counts) if (c > n) [best, n] = [l, c];
  return best;
}

async function sourceOf(file: string): Promise<{ file: string; date: string }> {
  try {
    const st = await fs.stat(file);
    return { file: path.basename(file), date: st.mtime.toISOString().slice(0, 10) };
  } catch {
    return { file: path.basename(file), date: "" };
  }
}

/** The corrections of the mapping sheet in FILE ([] when the file or the sheet is not there). */
export async function readCorrections(file: string): Promise<MappingCorrection[]> {
  try {
    const wb = await loadWorkbook(file);
    const ws = findSheet(wb, MAPPING_SHEET);
    return ws ? readMappingSheet(sheetGrid(ws)) : [];
  } catch {
    return [];
  }
}

async function isGeneratedWorkbook(file: string): Promise<boolean> {
  try {
    const wb = await loadWorkbook(file);
    return wb.worksheets.some((ws) => isGeneratedSheetName(ws.name));
  } catch {
    return false;
  }
}

export async function consolidateFiles({
  args,
  options,
  io,
  lang,
  m,
}: CommandContext<Options>): Promise<"ok" | "some_inputs_unusable"> {
  const quarter = requireQuarter(options.quarter);
  const output = requireOutput(options.output);
  const inputs: DistrictInput[] = [];
  const files: string[] = [];
  const skipped: string[] = [];
  for (let i = 0; i < args.length; i++) {
    io.progress(m.reading(i + 1, args.length, args[i]));
    const district = await readDistrict(args[i], m);
    if (district === "own_output") skipped.push(args[i]);
    else {
      inputs.push(district);
      files.push(args[i]);
    }
  }
  io.progress("");
  for (const file of skipped) io.err(m.skippedOwnOutput(file));
  if (inputs.every((i) => i.plan === null)) {
    const first = inputs[0]?.error;
    throw new InputError((t) => t.noUsablePlan(args.length) + (first ? `: ${first}` : ""));
  }
  await refuseInputAsOutput(output, files);
  if (options.mapping !== undefined) await requireFile(options.mapping);
  const corrections = await readCorrections(options.mapping ?? output);
  const result = consolidate(inputs, quarter, { corrections, lang });
  const wb = newWorkbook();
  // the sheets speak the districts' workbook language (their settings), the terminal speaks --lang
  const sheetLang = mostCommonLang(inputs.map((i) => i.settings?.lang));
  const sheets = regionSheets(result, sheetLang);
  for (const spec of sheets) writeSheet(wb, spec);
  refuseLoss(
    output,
    await readExisting(output),
    { sheetNames: sheets.map((s) => s.name), plan: null },
    {
      force: options.force,
    }
  );
  await saveWorkbook(wb, output);
  if (options.json) {
    io.out(toJson(result));
  } else {
    const rows = result.districts.map((d) => {
      const input = inputs.find((i) => i.name === d.name);
      const problem = input?.error ?? (d.problems.length > 0 ? m.districtProblems(d.problems.length) : "");
      return [d.name, d.ok ? m.districtOk : m.districtUnusable, problem];
    });
    io.out(
      `${table([...m.consolidateHeader], rows)}\n\n${m.consolidateDone(output, sheets.map((s) => `"${s.name}"`).join(", "))}`
    );
  }
  return inputs.some((i) => i.plan === null) ? "some_inputs_unusable" : "ok";
}
