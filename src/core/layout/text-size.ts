/**
 * How much room text takes in a cell: the one estimate behind the writers' row heights (src/xlsx/row-heights)
 * and the column widths a layout gives to words it writes (status names, headers in each language). Widths are
 * Excel character units (the digit width of the 11 pt default font, Calibri or its metric twin Carlito).
 */
import type { CellStyle } from "./sheet";

const DEFAULT_FONT = 11;
/** average width of a character of plan text in units of the digit width that column widths are measured in */
const CHAR_WIDTH = 0.86;
/** how much wider an average Cyrillic character is than a Latin one (ж, ш, ю, ҳ…) */
const CYRILLIC_WIDTH = 1.2;
const BOLD_WIDTH = 1.08;
/** a cell's padding, in characters */
const PADDING = 1;

/** Width units of one character of `s` in `style`. */
function charWidth(s: string, style: CellStyle): number {
  const script = /[\u0400-\u04FF]/.test(s) ? CYRILLIC_WIDTH : 1;
  return ((style.size ?? DEFAULT_FONT) / DEFAULT_FONT) * CHAR_WIDTH * script * (style.bold ? BOLD_WIDTH : 1);
}

/** How many lines `s` takes in a column `width` characters wide. */
export function linesNeeded(s: string, width: number, style: CellStyle): number {
  const perLine = Math.max(1, Math.floor((width - PADDING) / charWidth(s, style)));
  let lines = 0;
  for (const paragraph of s.split("\n")) lines += wrappedLines(paragraph.trim(), perLine);
  return Math.max(1, lines);
}

/** Word wrapping as a renderer does it: a word that does not fit goes to the next line. */
function wrappedLines(paragraph: string, perLine: number): number {
  if (paragraph === "") return 1;
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/)) {
    let len = word.length;
    if (used > 0 && used + 1 + len > perLine) {
      lines++;
      used = 0;
    }
    while (len > perLine) {
      lines++;
      len -= perLine;
    }
    used += used > 0 ? 1 + len : len;
  }
  return lines;
}

/**
 * The narrowest column width (whole characters) in which no word of any of `texts` is broken: wrapping then
 * only ever happens between words.
 */
export function widthForWords(texts: readonly string[], style: CellStyle): number {
  let width = 0;
  for (const text of texts)
    for (const word of text.split(/\s+/)) {
      if (word === "") continue;
      // the smallest whole width whose line holds the word (as linesNeeded counts a line)
      const w = Math.ceil(word.length * charWidth(text, style) + PADDING - 1e-9);
      if (w > width) width = w;
    }
  return width;
}
