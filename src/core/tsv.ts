/** Tab-separated text (the Word/Excel text export of a plan) → Grid. */
import type { Grid } from "./grid";

/**
 * Parses tab-separated text into rows of string cells. Row n (zero-based) is line n + 1 of the text, blank
 * lines included (as empty rows), so grid addresses match the file's line numbers. "\r\n" and "\r" end lines
 * too; a final line break does not add a row.
 *
 * Quoted cells (as Excel writes them: `"a ""b"" c"`, possibly spanning lines) are unquoted only when they are
 * well formed: every inner quote doubled and the closing quote followed by a tab or a line end. Word exports
 * often start a cell with a quotation (`"Kitobxonlar klubi" a'zolari`); such cells are kept as written.
 */
export function parseTsv(text: string): Grid {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = s.length;
  let atRowStart = true;
  while (i < n) {
    const quoted = s[i] === '"' ? readQuoted(s, i) : null;
    let cell: string;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 9 || c === 10 || c === 13) break;
        j++;
      }
      cell = s.slice(i, j);
      i = j;
    }
    row.push(cell);
    atRowStart = false;
    if (i >= n) break;
    const c = s.charCodeAt(i);
    if (c === 9) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    // line end
    i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row.length === 1 && row[0] === "" ? [] : row);
    row = [];
    atRowStart = true;
  }
  if (!atRowStart) rows.push(row.length === 1 && row[0] === "" ? [] : row);
  return rows;
}

/**
 * The grid cell (0-based row and column, as parseTsv makes them) that holds character `pos` of `text`: a quoted
 * cell may hold line breaks, so the text's line number is not the grid's row.
 */
export function tsvCellAt(text: string, pos: number): { row: number; col: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const s = bom ? text.slice(1) : text;
  const target = pos - bom;
  let row = 0;
  let col = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const quoted = s[i] === '"' ? readQuoted(s, i) : null;
    let end: number;
    if (quoted) end = quoted.end;
    else {
      end = i;
      while (end < n) {
        const c = s.charCodeAt(end);
        if (c === 9 || c === 10 || c === 13) break;
        end++;
      }
    }
    if (target < end || end >= n) return { row, col };
    i = end;
    const c = s.charCodeAt(i);
    const sepEnd = c === 9 ? i + 1 : i + (c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1);
    // the separator itself belongs to the cell it ends
    if (target < sepEnd) return { row, col };
    if (c === 9) col++;
    else {
      row++;
      col = 0;
    }
    i = sepEnd;
  }
  return { row, col };
}

/** A well-formed quoted cell starting at `start`, or null. */
function readQuoted(s: string, start: number): { value: string; end: number } | null {
  let out = "";
  let i = start + 1;
  const n = s.length;
  while (i < n) {
    const ch = s[i];
    if (ch !== '"') {
      out += ch;
      i++;
      continue;
    }
    if (s[i + 1] === '"') {
      out += '"';
      i += 2;
      continue;
    }
    const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
    if (next === -1 || next === 9 || next === 10 || next === 13) return { value: out, end: i + 1 };
    return null;
  }
  return null;
}
