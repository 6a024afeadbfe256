/** Text normalisation shared by every matcher: apostrophes, Cyrillic, case, spacing, HTML fragments. */

const APOSTROPHES = /['’‘`´ʻʼ‛′]/g;

/** Every apostrophe-like mark (' ’ ‘ ` ´ ʻ ʼ) as the ASCII apostrophe. */
export function foldApostrophes(s: string): string {
  return s.replace(APOSTROPHES, "'");
}

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "j",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "x",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "'",
  ы: "i",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ў: "o'",
  қ: "q",
  ғ: "g'",
  ҳ: "h",
};

/** Uzbek Cyrillic → Uzbek Latin (lower-case output; "е" at a word start is "ye"). */
export function cyrillicToLatin(s: string): string {
  if (!/[\u0400-\u04FF]/.test(s)) return s;
  let out = "";
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    if (ch === "е" && (i === 0 || !/[\u0400-\u04FFa-z']/.test(lower[i - 1]))) {
      out += "ye";
      continue;
    }
    const t = CYRILLIC[ch];
    out += t === undefined ? ch : t;
  }
  return out;
}

/** Text collapseSpaces would change: two spaces in a row, a space other than " ", or one at either end. */
const NOT_COLLAPSED = /\s\s|[^\S ]|^\s|\s$/;

/** Spaces of every kind (no-break, thin, tabs, line breaks) as one space, trimmed. */
export function collapseSpaces(s: string): string {
  if (!NOT_COLLAPSED.test(s)) return s;
  return s.replace(/[\s\u00A0\u2007\u202F]+/g, " ").trim();
}

/**
 * The matching key of a phrase: apostrophes folded, Cyrillic transliterated, lower case, single spaces,
 * no trailing punctuation. Two phrases a person would call the same give the same key.
 */
export function matchKey(s: string): string {
  let key = MATCH_KEYS.get(s);
  if (key === undefined) {
    key = computeMatchKey(s);
    remember(MATCH_KEYS, s, key);
  }
  return key;
}

/**
 * Bounded memo tables for the pure text functions: a plan repeats its units, responsible names, deadlines
 * and HTML fragments many times. Emptied when full, so memory stays bounded on any input.
 */
const MEMO_LIMIT = 8192;
const MATCH_KEYS = new Map<string, string>();
const CLEAN_TEXTS = new Map<string, string>();

function remember<V>(memo: Map<string, V>, s: string, v: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(s, v);
}

function computeMatchKey(s: string): string {
  return collapseSpaces(foldApostrophes(cyrillicToLatin(s)).toLowerCase())
    .replace(/[\s.,;:!?…\-–—]+$/u, "")
    .replace(/^[\s\-–—•]+/u, "");
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  laquo: "«",
  raquo: "»",
  ndash: "–",
  mdash: "—",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

/** True when the text carries HTML markup or entities from a Word/web export. */
export function hasHtml(s: string): boolean {
  return /<\/?(p|ul|ol|li|br|div|span|b|i|strong|em)\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\d+);/i.test(s);
}

/**
 * Text of an HTML fragment, one paragraph or list entry per line. A `<ul>` without `<li>` (as Word exports
 * it) separates its entries with " - ": each becomes a line starting with "- ".
 */
export function htmlToText(s: string): string {
  if (!hasHtml(s)) return s;
  let t = s.replace(/<ul\b[^>]*>([\s\S]*?)(<\/ul>|$)/gi, (_m, body: string) => {
    if (/<li\b/i.test(body)) return `\n${body}\n`;
    const entries = body
      .split(/(?:^|\s)-\s*(?=\S)/)
      .map((e) => e.trim())
      .filter((e) => e.length > 0);
    return "\n" + entries.map((e) => `- ${e}`).join("\n") + "\n";
  });
  t = t
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<\/(p|li|div|ul|ol)>/gi, "\n")
    .replace(/<(p|div|ol)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  t = decodeEntities(t);
  return t
    .split("\n")
    .map((line) => collapseSpaces(line))
    .filter((line) => line.length > 0)
    .join("\n");
}

/** Plain text of a cell: HTML fragments resolved into lines, spacing tidied inside each line. */
export function cleanCellText(s: string): string {
  // plain one-line text (no markup, entities or line breaks): only the spacing can change
  if (s.indexOf("<") < 0 && s.indexOf("&") < 0 && s.indexOf("\n") < 0) return collapseSpaces(s);
  let clean = CLEAN_TEXTS.get(s);
  if (clean === undefined) {
    clean = computeCleanCellText(s);
    remember(CLEAN_TEXTS, s, clean);
  }
  return clean;
}

function computeCleanCellText(s: string): string {
  const t = htmlToText(s);
  return t
    .split("\n")
    .map((line) => collapseSpaces(line))
    .filter((line) => line.length > 0)
    .join("\n");
}

/** Two rows of the edit-distance table, reused between calls (grown as needed). */
let rowPrev = new Int32Array(64);
let rowCur = new Int32Array(64);

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const n = b.length;
  if (rowPrev.length < n + 1) {
    rowPrev = new Int32Array(n + 33);
    rowCur = new Int32Array(n + 33);
  }
  let prev = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let v = prev[j] + 1;
      const left = cur[j - 1] + 1;
      if (left < v) v = left;
      const diag = prev[j - 1] + (ac === b.charCodeAt(j - 1) ? 0 : 1);
      if (diag < v) v = diag;
      cur[j] = v;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/** The candidates' match keys and the answers given so far, per candidate list. */
interface ClosestMemo {
  /** a copy of the list, to notice a list changed in place */
  candidates: string[];
  keys: string[];
  results: Map<string, string | null>;
}

const CLOSEST_MEMOS = new WeakMap<readonly string[], ClosestMemo>();

function closestMemo(candidates: readonly string[]): ClosestMemo {
  let memo = CLOSEST_MEMOS.get(candidates);
  if (
    memo &&
    memo.candidates.length === candidates.length &&
    memo.candidates.every((c, i) => c === candidates[i])
  )
    return memo;
  memo = { candidates: [...candidates], keys: candidates.map(matchKey), results: new Map() };
  CLOSEST_MEMOS.set(candidates, memo);
  return memo;
}

/**
 * The candidate closest to `text` by edit distance on match keys, or null when nothing is reasonably close
 * (distance above about 40 % of the longer phrase). Prefix matches count as close.
 */
export function closest(text: string, candidates: readonly string[]): string | null {
  const memo = closestMemo(candidates);
  let hit = memo.results.get(text);
  if (hit === undefined) {
    hit = computeClosest(text, memo);
    remember(memo.results, text, hit);
  }
  return hit;
}

function computeClosest(text: string, memo: ClosestMemo): string | null {
  const key = matchKey(text);
  if (!key) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (let i = 0; i < memo.candidates.length; i++) {
    const c = memo.candidates[i];
    const ck = memo.keys[i];
    if (!ck) continue;
    let d = levenshtein(key, ck);
    if (ck.startsWith(key) || key.startsWith(ck)) d = Math.min(d, Math.abs(ck.length - key.length) * 0.5);
    const score = d / Math.max(key.length, ck.length);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return bestScore <= 0.4 ? best : null;
}
