/**
 * A number cell as the person sees it, from its Excel number format (docs/domain.md §2, Excel's own
 * conversions). Office.js `range.values` gives a date as its serial number and 14.10 typed in a "0.00" cell as
 * 14.1; ExcelJS gives the date as a Date. The adapters hand the formats they have to `valueAsShown` /
 * `gridAsShown`, so that both give the reader the same cells: a Date where the format shows a date, the text
 * "14.10" where a fixed-decimals format shows a trailing zero the number lost. Pure.
 */
import type { Grid, RawCell } from "./grid";

const DAY_MS = 86400000;
/** 9999-12-31, the last day Excel shows */
const LAST_SERIAL = 2958465;

/**
 * The first section of a format without what shows no digits of the number: quoted text, escapes, padding (_x),
 * repeats (*x) and [brackets] (locale, colour, condition, elapsed time).
 */
function bareSection(format: string): string {
  return format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

/**
 * A format that shows a date: a day, month or year part outside quoted text, escapes and [brackets] of its first
 * section. "m" alone counts as a month unless hours or seconds are near it, or the format counts elapsed time
 * ([h]:mm, [mm]:ss): then it is minutes, a time, not a date.
 */
export function isDateFormat(format: string): boolean {
  const bare = bareSection(format);
  if (/general/i.test(bare)) return false;
  if (/[dy]/i.test(bare)) return true;
  const elapsed = /\[(?:h+|m+|s+)\]/i.test(format.split(";")[0].replace(/"[^"]*"/g, ""));
  return /m/i.test(bare) && !/[hs]/i.test(bare) && !elapsed;
}

/** Decimals a fixed-decimals number format shows ("0.00", "#,##0.00", "0.00_);(0.00)", "0.00;[Red]-0.00"), or 0. */
function fixedDecimals(format: string): number {
  const m = /^(?:#,##)?0\.(0{1,4})$/.exec(bareSection(format));
  return m ? m[1].length : 0;
}

/**
 * The day of an Excel serial number (1900 date system, the default) as UTC midnight, as ExcelJS gives dates;
 * null outside 1900-01-01 … 9999-12-31 and for 60, the 29 February 1900 Excel counts but that never was.
 * The time of day (the fraction) is dropped.
 */
export function serialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  // up to 28 February 1900 Excel's count is one ahead of the days since 31 December 1899
  const base = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + day * DAY_MS);
}

/**
 * The cell as shown under `format` (Excel's number format code: "General", "0.00", "dd.mm.yyyy" …): a number in
 * a date format → its Date; a fraction whose fixed-decimals format shows more decimals than the number has
 * (14.1 in "0.00" shows "14.10": an item number whose trailing zero Excel dropped) → that text. Everything else
 * as it is (46.7 in "0.0" stays 46.7, as `range.values` gives it).
 */
export function valueAsShown(value: RawCell, format: string | null | undefined): RawCell {
  if (typeof value !== "number" || !format) return value;
  if (isDateFormat(format)) return serialToDate(value) ?? value;
  if (Number.isInteger(value)) return value;
  const decimals = fixedDecimals(format);
  if (decimals === 0) return value;
  const shown = value.toFixed(decimals);
  return shown !== String(value) && Number(shown) === value ? shown : value;
}

/**
 * The grid with every cell that has a format in `formats` (rows and columns as in the grid, from A1; a missing
 * or non-text entry = no format known) read as shown. Rows without a change are shared with `grid`.
 */
export function gridAsShown(grid: Grid, formats: readonly (readonly unknown[] | undefined)[]): RawCell[][] {
  const out: RawCell[][] = grid.map((row) => row as RawCell[]);
  const rows = Math.min(grid.length, formats.length);
  for (let r = 0; r < rows; r++) {
    const f = formats[r];
    const row = grid[r];
    if (!f || !row) continue;
    let copy: RawCell[] | null = null;
    const cols = Math.min(f.length, row.length);
    for (let c = 0; c < cols; c++) {
      const format = f[c];
      if (typeof format !== "string") continue;
      const v = row[c];
      const shown = valueAsShown(v, format);
      if (shown === v) continue;
      copy ??= row.slice();
      copy[c] = shown;
    }
    if (copy) out[r] = copy;
  }
  return out;
}
