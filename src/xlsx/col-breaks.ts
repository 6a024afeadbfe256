/**
 * Manual page breaks between columns. ExcelJS writes row breaks but not column breaks, so the writer notes
 * them per worksheet and they are put into the sheet's XML after ExcelJS has written the file.
 */
import JSZip from "jszip";
import type { Workbook, Worksheet } from "./read";

const BREAKS = new WeakMap<Worksheet, number[]>();

/** Zero-based columns that start a new printed page (a break to the left of each). */
export function setColumnBreaks(ws: Worksheet, before: readonly number[]): void {
  const cols = before.filter((c) => c > 0);
  if (cols.length > 0)
    BREAKS.set(
      ws,
      [...cols].sort((a, b) => a - b)
    );
  else BREAKS.delete(ws);
}

/** The <colBreaks> element: OOXML counts a break by the zero-based column it precedes. */
export function colBreaksXml(before: readonly number[]): string {
  const brks = before.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
  return `<colBreaks count="${before.length}" manualBreakCount="${before.length}">${brks}</colBreaks>`;
}

/** CT_Worksheet's elements that come after colBreaks, in order: the break goes before the first present. */
const AFTER_COL_BREAKS =
  /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

export function withColumnBreaks(sheetXml: string, before: readonly number[]): string {
  const xml = sheetXml.replace(/<colBreaks\b[\s\S]*?<\/colBreaks>/, "");
  const at = xml.search(AFTER_COL_BREAKS);
  return at < 0 ? xml : xml.slice(0, at) + colBreaksXml(before) + xml.slice(at);
}

/** The saved bytes with the noted column breaks put in (unchanged when no sheet has any). */
export async function addColumnBreaks(wb: Workbook, bytes: Uint8Array): Promise<Uint8Array> {
  const sheets = wb.worksheets.filter((ws) => BREAKS.has(ws));
  if (sheets.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const ws of sheets) {
    const name = `xl/worksheets/sheet${ws.id}.xml`;
    const file = zip.file(name);
    if (!file) continue;
    zip.file(name, withColumnBreaks(await file.async("string"), BREAKS.get(ws)!));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
