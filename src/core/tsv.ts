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
