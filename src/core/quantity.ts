/** Quantity and fact cells: "5 167", "1,5", "300 ta", done marks (docs/domain.md §3, §7). */
import type { Fact, Quantity } from "./model";
import { rawToText, type RawCell } from "./grid";
import { matchKey } from "./text";

export interface QuantityOptions {
  /**
   * The unit counts whole things (Tadbir, Nusxa, … — see `isCountUnit`): a fractional number is then the
   * error "fractional" (value null). Without it a fraction is a valid value. The reader passes it for
   * every indicator whose unit is a known counting unit.
   */
  countUnit?: boolean;
}

const BLANK: Quantity = { text: "", value: null, error: null };

/** Spaces used as thousands separators: space, no-break, figure, thin, narrow no-break. */
const GROUP_SPACES = /[ \u00A0\u2007\u2009\u202F]/g;
const DASH_ONLY = /^[-–—_]+$/;
const PLAIN_DIGITS = /^\d{1,15}$/;

/**
 * The number a quantity or fact text means, or a reason it is none. "5 167", "5 167", "1,5", "1.5",
 * "1.234.567", "300 ta" are numbers; "-3" is negative. Returns null for text that is no number at all.
 */
export function parseNumberText(text: string): number | null {
  if (PLAIN_DIGITS.test(text)) return Number(text);
  let t = text.trim().replace(/^[−–]/, "-");
  t = t.replace(/\s*ta\.?$/i, "").replace(/\s*та\.?$/i, "");
  t = t.replace(GROUP_SPACES, "");
  if (!/^[-+]?(\d+([.,]\d+)*|[.,]\d+)$/.test(t)) return null;
  const sign = t[0] === "-" ? -1 : 1;
  if (t[0] === "-" || t[0] === "+") t = t.slice(1);
  const seps = t.match(/[.,]/g) ?? [];
  let normal: string;
  if (seps.length <= 1) {
    normal = t.replace(",", ".");
  } else {
    // several separators: all but a last different one group thousands ("1.234.567", "1 234,5" already spaced)
    const last = seps[seps.length - 1];
    const firstKind = seps[0];
    const groups = t.split(/[.,]/);
    const allSame = seps.every((c) => c === firstKind);
    if (allSame) {
      if (!groups.slice(1).every((g) => g.length === 3)) return null;
      normal = groups.join("");
    } else {
      if (!seps.slice(0, -1).every((c) => c === firstKind) || last === firstKind) return null;
      const intPart = groups.slice(0, -1);
      if (!intPart.slice(1).every((g) => g.length === 3)) return null;
      normal = intPart.join("") + "." + groups[groups.length - 1];
    }
  }
  const v = Number(normal);
  return Number.isFinite(v) ? sign * v : null;
}

/**
 * A quantity cell ("Miqdori" columns). Blank, or only a dash ("-", "—"), means no quantity (value null, no
 * error). Numbers stay numbers; a negative one is the error "negative"; other text is "not_a_number".
 */
export function parseQuantity(raw: RawCell, options: QuantityOptions = {}): Quantity {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { text: rawToText(raw), value: null, error: "not_a_number" };
    return judge(String(raw), raw, options);
  }
  const text = rawToText(raw);
  if (text === "") return BLANK;
  if (typeof raw !== "string") return { text, value: null, error: "not_a_number" };
  if (DASH_ONLY.test(text)) return { text, value: null, error: null };
  const v = parseNumberText(text);
  if (v === null) return { text, value: null, error: "not_a_number" };
  return judge(text, v, options);
}

function judge(text: string, v: number, options: QuantityOptions): Quantity {
  if (v < 0) return { text, value: null, error: "negative" };
  if (options.countUnit && !Number.isInteger(v)) return { text, value: null, error: "fractional" };
  return { text, value: v === 0 ? 0 : v, error: null };
}

/** True when the cell holds something number-like (valid, negative or fractional), not text or a dash. */
export function looksNumeric(raw: RawCell): boolean {
  // parseQuantity's verdict without building its result (the reader asks this of every row)
  if (typeof raw === "number") return Number.isFinite(raw);
  if (typeof raw !== "string") return false;
  const text = raw.trim();
  return text !== "" && !DASH_ONLY.test(text) && parseNumberText(text) !== null;
}

const DONE_MARKS = new Set(["✓", "✔", "✅", "☑", "+", "ha", "bajarildi", "x", "da", "done", "yes"]);

/**
 * A quarter fact cell (docs/domain.md §7): blank (or a dash) → null; a number ≥ 0 → number; a done mark (✓ ✔ + ha
 * bajarildi x X да, in any case, Cyrillic too; a TRUE checkbox) → mark 1; negative or other text → invalid.
 */
export function parseFact(raw: RawCell): Fact | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "boolean") return raw ? { kind: "mark", value: 1, text: "TRUE" } : null;
  const text = rawToText(raw);
  if (text === "") return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "invalid", text, reason: "not_a_number" };
    if (raw < 0) return { kind: "invalid", text, reason: "negative" };
    return { kind: "number", value: raw === 0 ? 0 : raw, text };
  }
  if (raw instanceof Date) return { kind: "invalid", text, reason: "not_a_number" };
  if (DASH_ONLY.test(text)) return null;
  if (DONE_MARKS.has(matchKey(text)) || DONE_MARKS.has(text)) return { kind: "mark", value: 1, text };
  const v = parseNumberText(text);
  if (v === null) return { kind: "invalid", text, reason: "not_a_number" };
  if (v < 0) return { kind: "invalid", text, reason: "negative" };
  return { kind: "number", value: v === 0 ? 0 : v, text };
}
