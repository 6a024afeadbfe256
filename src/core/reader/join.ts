/** Joining a cell's text with its continuation after a page break (docs/domain.md §2, continuation rows). */
import { cleanCellText } from "../text";

const NEEDS_CLEANING = /[<&\r\n\t\u00A0\u2007\u202F\u2028\u2029\v\f]| {2}/;

/** cleanCellText, with a fast path for the common plain one-line cell (already trimmed). */
export function cleanText(raw: string): string {
  const t = raw.trim();
  return NEEDS_CLEANING.test(t) ? cleanCellText(t) : t;
}

const ENDS_BLOCK = /<\/(p|li|ul|ol|div)>\s*$/i;
const STARTS_BLOCK = /^\s*<(p|ul|ol|li|div)\b/i;
const STARTS_ENTRY = /^(-|–|—|•|\d+[.)])\s*\S/;
const STARTS_LOWER = /^[\p{Ll}'’‘´ʻʼ‛`]/u;
const STARTS_UPPER = /^[\p{Lu}\d"“«]/u;
const ENDS_SENTENCE = /[.;:!?]["”’»]?$/;
const ENDS_WORD_HYPHEN = /\p{L}-$/u;

/**
 * A cell's text with a further piece (`piece` = cleanText(raw), not empty) appended; `lastRaw` is the raw text
 * of the text's last piece. A word broken by a hyphen ("chora-" + "tadbirlari") is joined without a
 * space; otherwise a space — except, for multi-paragraph cells (`paragraphs`: mechanism, note), a new line
 * when the text before closed a paragraph or list entry (`</p>`, or a full stop/semicolon before a capital),
 * or when the piece opens one itself (a `<p>`/list block, "- …", "2. …") and does not plainly go on with a
 * broken sentence (lower-case start after text that did not end one).
 */
export function joinPiece(
  text: string,
  piece: string,
  raw: string,
  paragraphs: boolean,
  lastRaw: string
): string {
  if (!text) return piece;
  const endsSentence = ENDS_SENTENCE.test(text);
  const goesOn = STARTS_LOWER.test(piece) && !endsSentence;
  let sep = " ";
  if (goesOn && ENDS_WORD_HYPHEN.test(text)) sep = "";
  else if (paragraphs) {
    const closed = ENDS_BLOCK.test(lastRaw) || (endsSentence && STARTS_UPPER.test(piece));
    const opens = STARTS_BLOCK.test(raw) || STARTS_ENTRY.test(piece);
    if (closed || (opens && !goesOn)) sep = "\n";
  }
  return text + sep + piece;
}

/** A one-paragraph cell's text (name, unit, deadline, responsible) with a piece's raw text appended. */
export function appendText(text: string, raw: string): string {
  const piece = cleanText(raw);
  return piece ? joinPiece(text, piece, raw, false, "") : text;
}
