/**
 * Where the printed pages of a sheet break down the page, estimated from its rows' heights (row-heights.ts):
 * rows fill a page while they fit, a manual break starts a new one, and the print titles repeat at the top of
 * every page after the one they first print on. Used to keep the end of a table (a signature block) on a page
 * with the table's last rows instead of alone under the repeated column headings.
 *
 * The estimate is Excel's page (its column widths make the fit-to-width scale, its line height the rows): on the
 * Jondor reports LibreOffice, whose columns print a little wider (a smaller scale), fits about one row more on
 * a page. A break placed for Excel is then one LibreOffice did not need, which only moves a row or two along
 * with the signature.
 */

export interface RowPaging {
  /** the height (points) of every row of the sheet, in order */
  heights: readonly number[];
  /** room for rows on one page, in the sheet's points: the printable height divided by the print scale */
  room: number;
  /** rows repeated at the top of every page after the one they first print on */
  titleRows: { from: number; to: number } | null;
  /** rows that start a new page */
  breaksBefore: readonly number[];
}

/** The first row of every printed page. */
export function pageStarts(o: RowPaging): number[] {
  const manual = new Set(o.breaksBefore);
  const titles = o.titleRows;
  let titleHeight = 0;
  if (titles) for (let r = titles.from; r <= titles.to; r++) titleHeight += o.heights[r] ?? 0;
  const starts: number[] = [];
  let used = 0;
  for (let r = 0; r < o.heights.length; r++) {
    const h = o.heights[r];
    const first = starts.length === 0;
    if (first || manual.has(r) || used + h > o.room + 0.01) {
      starts.push(r);
      used = titles && r > titles.to ? titleHeight : 0;
    }
    used += h;
  }
  return starts;
}

/** The first row of the page row `row` prints on. */
function startOfPage(starts: readonly number[], row: number): number {
  let start = 0;
  for (const s of starts) if (s <= row) start = s;
  return start;
}

export interface KeepEnd {
  /** the block kept with the rows above it (blank lines, signature, date): its first and last rows */
  end: { from: number; to: number };
  /** rows a page must not start with: the first item under a section row, the rows inside a merged area */
  noBreakBefore: ReadonlySet<number>;
  /** rows a page had better not start with (an indicator row under its item), if another row will do */
  avoidBreakBefore?: ReadonlySet<number>;
  /** how many rows above the block may move to its page at most */
  maxRows?: number;
}

/**
 * A manual break that keeps `end` on a page with the rows above it, or null when none is needed (the block's
 * last row already shares its page with a row above the block) or none can be placed: the latest row of the
 * last `maxRows` above the block that may start a page and, started there, brings the block's page rows above it.
 */
export function breakToKeepEnd(paging: RowPaging, keep: KeepEnd): number | null {
  const { end } = keep;
  const maxRows = keep.maxRows ?? 2;
  const starts = pageStarts(paging);
  const pageStart = startOfPage(starts, end.to);
  if (pageStart < end.from) return null;
  const previousStart = startOfPage(starts, end.from - 1);
  const candidates: number[] = [];
  for (let r = end.from - 1; r >= end.from - maxRows && r > previousStart; r--)
    if (!keep.noBreakBefore.has(r)) candidates.push(r);
  const avoid = keep.avoidBreakBefore ?? new Set<number>();
  const ordered = [...candidates.filter((r) => !avoid.has(r)), ...candidates.filter((r) => avoid.has(r))];
  for (const r of ordered) {
    const trial = pageStarts({ ...paging, breaksBefore: [...paging.breaksBefore, r] });
    if (startOfPage(trial, end.to) < end.from) return r;
  }
  return null;
}
