/**
 * How much room text takes in a cell: the one estimate behind the writers' row heights (core/layout/row-heights)
 * and the column widths a layout gives to words it writes (status names, headers in each language). Widths are
 * Excel character units (the digit width of the 11 pt default font, Calibri or its metric twin Carlito: 7 px at
 * 96 dpi, the cell's padding included).
 *
 * Text is measured with Carlito's advance widths (scripts/measure-glyph-widths.js prints the tables below) and
 * wrapped between words as LibreOffice and Excel wrap it; PADDING_PX and SAFETY were fitted on the wrapped line
 * counts LibreOffice prints for the Jondor plan sheet and reports in uz, uz-Cyrl and ru
 * (scripts/measure-text-lines.js → test/fixtures/wrapped-lines.json): the estimate never counts fewer lines
 * than LibreOffice prints.
 */
import type { CellStyle } from "./sheet";

const DEFAULT_FONT = 11;
/** pixels (96 dpi) of one width unit */
const UNIT_PX = 7;
/** what a cell's text does not get of the column's width (its left and right margins), pixels */
const PADDING_PX = 5;
/**
 * The measured widths as they are: the margin against clipping is that a width unit is taken as Excel's 7 px,
 * where LibreOffice gives a column some 6 % more room (it then wraps into as many lines or fewer).
 */
const SAFETY = 1;
/** a character the tables do not know (CJK, emoji…) counts as wide */
const UNKNOWN_EM = 1;

// Carlito's advance widths in thousandths of an em (scripts/measure-glyph-widths.js)
/** U+0020–U+007E */
const ASCII = [
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507, 507, 507,
  507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533, 615, 488, 459, 631, 623, 252,
  319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498,
  498, 291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391,
  335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498,
];
/** U+0400–U+04FF (0: no glyph) */
const CYRILLIC = [
  488, 488, 625, 430, 547, 459, 252, 252, 319, 872, 876, 618, 543, 642, 527, 620, 579, 538, 544, 430, 644,
  488, 801, 474, 642, 642, 543, 611, 855, 623, 662, 622, 517, 533, 487, 527, 697, 519, 639, 556, 868, 890,
  615, 762, 531, 548, 879, 555, 479, 533, 479, 346, 558, 498, 689, 423, 541, 541, 464, 510, 676, 535, 527,
  521, 525, 423, 387, 453, 624, 433, 542, 469, 729, 749, 536, 666, 470, 443, 722, 474, 498, 498, 541, 346,
  444, 391, 229, 229, 239, 751, 770, 533, 464, 541, 453, 525, 928, 677, 627, 519, 782, 650, 630, 525, 832,
  710, 723, 563, 906, 755, 474, 413, 750, 708, 662, 524, 590, 478, 0, 478, 1045, 909, 662, 576, 928, 782, 928,
  677, 533, 423, 609, 0, 0, 0, 0, 0, 985, 949, 663, 546, 531, 484, 517, 525, 433, 354, 425, 372, 532, 453,
  837, 719, 474, 423, 581, 494, 543, 464, 552, 490, 631, 535, 643, 555, 711, 605, 902, 743, 646, 554, 533,
  423, 487, 387, 487, 452, 487, 452, 558, 462, 728, 596, 575, 489, 556, 469, 556, 469, 745, 598, 745, 598,
  252, 801, 689, 546, 476, 632, 516, 623, 535, 623, 541, 556, 469, 878, 714, 252, 579, 479, 579, 479, 763,
  773, 488, 498, 643, 498, 643, 498, 801, 689, 474, 423, 474, 467, 642, 541, 642, 541, 662, 527, 662, 524,
  662, 524, 548, 443, 527, 453, 527, 453, 527, 453, 556, 469, 416, 346, 762, 666, 425, 372, 565, 461, 519,
  433,
];
const MARKS: Record<string, number> = {
  ʻ: 250,
  ʼ: 250,
  "‘": 250,
  "’": 250,
  "“": 418,
  "”": 418,
  "«": 512,
  "»": 512,
  "–": 498,
  "—": 905,
  "№": 1025,
  "…": 690,
};
/** bold letters (A–Z, a–z, А–я) over regular ones */
const BOLD_WIDTH = 1.03;

/** Width in ems of one character in the regular face. */
function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  let milli = 0;
  if (cp >= 0x20 && cp <= 0x7e) milli = ASCII[cp - 0x20];
  else if (cp >= 0x400 && cp <= 0x4ff) milli = CYRILLIC[cp - 0x400];
  else milli = MARKS[ch] ?? 0;
  return milli > 0 ? milli / 1000 : UNKNOWN_EM;
}

/** Pixels one em of `style`'s font takes (bold faces are wider). */
function emPx(style: CellStyle): number {
  return (((style.size ?? DEFAULT_FONT) * 96) / 72) * (style.bold ? BOLD_WIDTH : 1) * SAFETY;
}

function textPx(s: string, em: number): number {
  let sum = 0;
  for (const ch of s) sum += charEm(ch);
  return sum * em;
}

/** Pixels a line of a column `width` units wide holds. */
function linePx(width: number): number {
  return Math.max(1, width * UNIT_PX - PADDING_PX);
}

/** How many lines `s` takes in a column `width` characters wide. */
export function linesNeeded(s: string, width: number, style: CellStyle): number {
  const room = linePx(width);
  const em = emPx(style);
  let lines = 0;
  for (const paragraph of s.split("\n")) lines += wrappedLines(paragraph.trim(), room, em);
  return Math.max(1, lines);
}

/** Word wrapping as a renderer does it: a word that does not fit goes to the next line, one longer than a line is broken. */
function wrappedLines(paragraph: string, room: number, em: number): number {
  if (paragraph === "") return 1;
  const space = charEm(" ") * em;
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/)) {
    let w = textPx(word, em);
    if (used > 0 && used + space + w > room) {
      lines++;
      used = 0;
    }
    while (w > room) {
      lines++;
      w -= room;
    }
    used += used > 0 ? space + w : w;
  }
  return lines;
}

/**
 * The narrowest column width (whole characters) in which no word of any of `texts` is broken: wrapping then
 * only ever happens between words.
 */
export function widthForWords(texts: readonly string[], style: CellStyle): number {
  const em = emPx(style);
  let width = 0;
  for (const text of texts)
    for (const word of text.split(/\s+/)) {
      if (word === "") continue;
      // the smallest whole width whose line holds the word (as linesNeeded counts a line)
      const w = Math.ceil((textPx(word, em) + PADDING_PX) / UNIT_PX - 1e-9);
      if (w > width) width = w;
    }
  return width;
}
