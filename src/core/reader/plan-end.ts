/**
 * Where the plan table ends (docs/domain.md §2): rows under it that belong to something else — another table with
 * its own header ("№ | Ko'rsatkich | Jami"), a note ("Izoh: …") after a blank row — are not items.
 */
import { rawToText, type RawCell } from "../grid";
import { headerKey, roleOf, type HeaderFound } from "./header";

const NOTE = /^(izoh|izohlar|eslatma|изоҳ|изоҳлар|эслатма|примечание|примечания|note|notes)\s*:/i;

/** True when `row` starts something that is not the plan: the reader stops before it. */
export function endsPlan(row: readonly RawCell[], header: HeaderFound, afterBlank: boolean): boolean {
  const cols = header.columns;
  if (cols.number >= 0 && roleOf(headerKey(row[cols.number])) === "number") {
    // "№" in the number column again, not the plan's header repeated (checked before): another table's header
    return true;
  }
  if (!afterBlank) return false;
  const first = firstText(row);
  return first !== null && first.col <= Math.max(cols.name, cols.number, 0) && NOTE.test(first.text);
}

function firstText(row: readonly RawCell[]): { col: number; text: string } | null {
  for (let c = 0; c < row.length; c++) {
    const t = rawToText(row[c]);
    if (t) return { col: c, text: t };
  }
  return null;
}
