/**
 * Bytes of a text export → text. Word and Excel save "plain text" as UTF-8 (with or without a BOM), as
 * "Unicode" (UTF-16 LE with a BOM; BE too) or, on Uzbek and Russian Windows, in Windows-1251. What cannot be
 * decoded for sure, or what the program that saved the file already lost ("?" where a letter was), is said in
 * `warnings`, never read silently wrong. Pure: no TextDecoder (the command line's lib has none typed).
 */
import { CODES, type Code } from "./codes";
import type { InputNote } from "./reader/sanitize";
import { tsvCellAt } from "./tsv";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1251";

/**
 * Where in the text the first case is: `line` the 1-based line of the file (what a text editor shows); `row` and
 * `col` the zero-based grid cell parseTsv puts it in (a quoted cell may span several lines, so `row` is not
 * `line` − 1); `sample` a short piece of the line around it.
 */
export interface TextPlace {
  line: number;
  row: number;
  col: number;
  sample: string;
}

export type DecodeWarning =
  /** bytes that are not valid in the encoding found (each became U+FFFD) */
  | ({ kind: "invalid_bytes"; count: number } & TextPlace)
  /** "?" standing where a letter was: the program that saved the file could not write it in its code page */
  | ({ kind: "lost_characters"; count: number } & TextPlace)
  /** not UTF-8 and read as Windows-1251, but words mix Latin and Cyrillic letters: perhaps another code page */
  | ({ kind: "uncertain_encoding"; count: number } & TextPlace);

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  warnings: DecodeWarning[];
}

const NOTE_CODES: Record<DecodeWarning["kind"], Code> = {
  lost_characters: CODES.textLostCharacters,
  invalid_bytes: CODES.textInvalidBytes,
  uncertain_encoding: CODES.textUncertainEncoding,
};

/**
 * The warnings as the reader's notes on the cell of each first case (readPlan's `inputNotes`), so that they are
 * findings like any other (`reja check`, the consolidation's problems), not only lines on the terminal.
 */
export function decodeNotes(warnings: readonly DecodeWarning[]): InputNote[] {
  return warnings.map((w): InputNote => {
    const params: InputNote["params"] = { count: w.count };
    if (w.kind !== "invalid_bytes") params.sample = w.sample;
    return { code: NOTE_CODES[w.kind], row: w.row, col: w.col, params };
  });
}

/** Windows-1251 bytes 0x80–0xFF (0x98 is unassigned: U+FFFD). */
const CP1251_HIGH =
  "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї" +
  "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя";

export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: TextEncoding;
  let invalid = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const r = decodeUtf8(bytes, 3);
    text = r.text;
    invalid = r.invalid;
    encoding = "utf-8-bom";
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const r = decodeUtf16(bytes, 2, true);
    text = r.text;
    invalid = r.invalid;
    encoding = "utf-16le";
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const r = decodeUtf16(bytes, 2, false);
    text = r.text;
    invalid = r.invalid;
    encoding = "utf-16be";
  } else {
    const bomless = utf16WithoutBom(bytes);
    if (bomless !== null) {
      const r = decodeUtf16(bytes, 0, bomless === "utf-16le");
      text = r.text;
      invalid = r.invalid;
      encoding = bomless;
    } else {
      const r = decodeUtf8(bytes, 0);
      if (r.invalid === 0) {
        text = r.text;
        encoding = "utf-8";
      } else {
        text = decodeCp1251(bytes);
        encoding = "windows-1251";
      }
    }
  }
  const warnings: DecodeWarning[] = [];
  if (invalid > 0)
    warnings.push({ kind: "invalid_bytes", count: invalid, ...placeOf(text, firstReplacement(text)) });
  const lost = lostCharacters(text);
  if (lost) warnings.push({ kind: "lost_characters", ...lost });
  if (encoding === "windows-1251") {
    const mixed = mixedScriptWords(text);
    if (mixed) warnings.push({ kind: "uncertain_encoding", ...mixed });
  }
  return { text, encoding, warnings };
}

function decodeUtf8(bytes: Uint8Array, start: number): { text: string; invalid: number } {
  const parts: string[] = [];
  let chunk: number[] = [];
  let invalid = 0;
  const flush = (): void => {
    parts.push(String.fromCharCode(...chunk));
    chunk = [];
  };
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    let cp = -1;
    let len = 1;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    if (len > 1) {
      cp = b & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
      for (let k = 1; k < len; k++) {
        const c = bytes[i + k];
        if (c === undefined || (c & 0xc0) !== 0x80) {
          cp = -1;
          break;
        }
        cp = (cp << 6) | (c & 0x3f);
      }
      // overlong forms, surrogates and code points past U+10FFFF are invalid
      const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
      if (cp !== -1 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) cp = -1;
    }
    if (cp === -1) {
      invalid++;
      chunk.push(0xfffd);
      i += 1;
    } else {
      if (cp >= 0x10000) {
        const v = cp - 0x10000;
        chunk.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
      } else chunk.push(cp);
      i += len;
    }
    if (chunk.length >= 8192) flush();
  }
  flush();
  return { text: parts.join(""), invalid };
}

function decodeUtf16(bytes: Uint8Array, start: number, little: boolean): { text: string; invalid: number } {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    chunk.push(little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  const odd = (bytes.length - start) % 2;
  return { text: parts.join("") + (odd ? "\uFFFD" : ""), invalid: odd };
}

/** UTF-16 saved without a BOM: ASCII text has a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

function decodeCp1251(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    chunk += b < 0x80 ? String.fromCharCode(b) : CP1251_HIGH[b - 0x80];
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = "";
    }
  }
  parts.push(chunk);
  return parts.join("");
}

/**
 * "?" where a letter was: a "?" right before a letter ("?изилтепа", "ТАСДИ?ЛАЙМАН") or a cell that is "?"
 * alone (the header's "№" in a code page without it). A question ends with "?" followed by a space or the end.
 */
const LOST = /\?(?=\p{L})|(?:^|\t)\?(?=\t|\r?$)/gmu;

function lostCharacters(text: string): ({ count: number } & TextPlace) | null {
  let count = 0;
  let first = -1;
  for (const m of text.matchAll(LOST)) {
    if (first < 0) first = m.index ?? 0;
    count++;
  }
  if (count === 0) return null;
  return { count, ...placeOf(text, first) };
}

/** A word with Latin and Cyrillic letters together ("cafй"): the bytes were likely another code page. */
const MIXED = /[A-Za-z]+[А-яЁёЎўІіЇїЄєҐґЂђЃѓЉљЊњЌќЋћЏџ]+|[А-яЁёЎўІіЇїЄєҐґЂђЃѓЉљЊњЌќЋћЏџ]+[A-Za-z]+/g;

function mixedScriptWords(text: string): ({ count: number } & TextPlace) | null {
  let count = 0;
  let first = -1;
  for (const m of text.matchAll(MIXED)) {
    if (first < 0) first = m.index ?? 0;
    count++;
  }
  if (count === 0) return null;
  return { count, ...placeOf(text, first) };
}

/** Where the first U+FFFD is (a UTF-16 file cut in the middle of a character has it at the very end). */
function firstReplacement(text: string): number {
  const at = text.indexOf("\uFFFD");
  return at < 0 ? Math.max(0, text.length - 1) : at;
}

/** The line, tab column and a short piece of that cell around a position of the text. */
function placeOf(text: string, pos: number): TextPlace {
  let line = 1;
  let cellStart = 0;
  for (let i = 0; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) cellStart = i + 1;
    else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < pos) i++;
      line++;
      cellStart = i + 1;
    }
  }
  const { row, col } = tsvCellAt(text, pos);
  const start = Math.max(cellStart, pos - 20);
  let end = pos;
  while (end < text.length && end < pos + 20) {
    const c = text.charCodeAt(end);
    if (c === 9 || c === 10 || c === 13) break;
    end++;
  }
  return { line, row, col, sample: text.slice(start, end).trim() };
}
