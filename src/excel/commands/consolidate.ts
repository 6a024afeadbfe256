/**
 * Consolidation inside Excel (docs/domain.md §9): the methodologist opens the regional workbook and picks the
 * districts' files in the pane; the same sheets as `reja consolidate` writes are written into the open
 * workbook, with a native chart of completion by district on the scorecard.
 *
 * One read (the sheet names and the "Moslashtirish" sheet, whose corrections are honoured), one write
 * (chunked by WriteBatch). Re-running replaces only Reja's own sheets (isGeneratedSheetName): a person's sheet
 * that happens to carry one of the names is never touched (the run is refused).
 */
import {
  consolidate,
  type Consolidation,
  CONSOLIDATION_TEXTS,
  type DistrictInput,
  isGeneratedSheetName,
  type Lang,
  MAPPING_SHEET,
  type Quarter,
  readMappingSheet,
  regionSheets,
  SCORECARD_COMPLETION_COL,
  SCORECARD_FIRST_ROW,
  columnLetter,
  type Grid,
} from "../../core";
import { commitBatch, WriteBatch } from "../batch";
import { asOwnWrite } from "../own-writes";
import { RangeTooLargeError, valuesWithheld } from "../read-blocks";
import { SheetWriter } from "../write-sheet";

export type ConsolidateResult =
  | {
      ok: true;
      sheets: string[];
      replaced: string[];
      chart: boolean;
      syncs: number;
      consolidation: Consolidation;
    }
  | { ok: false; reason: "name_taken" | "no_district"; sheet: string; syncs: number };

export interface ConsolidateOptions {
  lang?: Lang;
  activate?: boolean;
}

export async function consolidateInWorkbook(
  context: Excel.RequestContext,
  inputs: DistrictInput[],
  quarter: Quarter,
  options: ConsolidateOptions = {}
): Promise<ConsolidateResult> {
  const lang = options.lang ?? "uz";
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  const mappingSheet = sheets.getItemOrNullObject(MAPPING_SHEET);
  const used = mappingSheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  const syncsRead = 1;
  if (!inputs.some((i) => i.plan)) return { ok: false, reason: "no_district", sheet: "", syncs: syncsRead };

  if (valuesWithheld(used)) throw new RangeTooLargeError(MAPPING_SHEET);
  const corrections = used.isNullObject ? [] : readMappingSheet(used.values as Grid);
  const consolidation = consolidate(inputs, quarter, { corrections, lang });
  const specs = regionSheets(consolidation, lang);
  const existing = sheets.items.map((s) => ({ name: s.name, position: s.position }));
  const find = (name: string) => existing.find((s) => s.name.toLowerCase() === name.toLowerCase());
  for (const spec of specs) {
    const old = find(spec.name);
    if (old && !isGeneratedSheetName(old.name))
      return { ok: false, reason: "name_taken", sheet: spec.name, syncs: syncsRead };
  }

  const batch = new WriteBatch();
  const replaced: string[] = [];
  const added = new Map<string, Excel.Worksheet>();
  // the new sheets go where the first old one was, else at the end, in workbook order
  const firstOld = specs.map((s) => find(s.name)).filter((s) => s !== undefined)[0];
  specs.forEach((spec, k) => {
    const old = find(spec.name);
    if (old) replaced.push(old.name);
    batch.add(
      spec.name.length * 2,
      () => {
        if (old) sheets.getItem(old.name).delete();
        const sheet = sheets.add(spec.name);
        if (firstOld) sheet.position = Math.min(firstOld.position + k, existing.length - 1);
        added.set(spec.name, sheet);
      },
      3
    );
    new SheetWriter(batch, () => added.get(spec.name)!).sheetSpec(spec);
  });
  const scorecard = specs[0];
  const districts = consolidation.scorecard.filter((r) => r.ok).length;
  const chart = districts > 0;
  if (chart) {
    const col = columnLetter(SCORECARD_COMPLETION_COL);
    const first = SCORECARD_FIRST_ROW; // the header row gives the series its name
    const last = SCORECARD_FIRST_ROW + districts;
    const source = `B${first}:${col}${last}`;
    const below = SCORECARD_FIRST_ROW + consolidation.scorecard.length + 2;
    batch.add(
      200,
      () => {
        const sheet = added.get(scorecard.name)!;
        const c = sheet.charts.add("BarClustered", sheet.getRange(source), "Columns");
        c.title.text = CONSOLIDATION_TEXTS[lang].chartTitle;
        c.setPosition(`B${below}`, `J${below + Math.max(12, districts + 4)}`);
      },
      4
    );
  }
  if (options.activate) batch.add(0, () => added.get(scorecard.name)!.activate());
  const syncs = await asOwnWrite(() => commitBatch(context, batch));
  return {
    ok: true,
    sheets: specs.map((s) => s.name),
    replaced,
    chart,
    syncs: syncs + syncsRead,
    consolidation,
  };
}
