/**
 * The deadline grammar (docs/domain.md §5): a "Bajarilish muddati" cell → a schedule of quarter windows.
 *
 * The text is reduced to a key (matchKey: apostrophes, Cyrillic → Latin, case, spaces; every dash with the
 * spaces around it becomes "-"), an optional year is taken off the front (or the end), and what is left is
 * looked up in a table of whole phrases, then tried against a few patterns (quarter, quarter range, month,
 * date). "davomida" in front of a known phrase yields the more specific phrase; in front of free text it
 * yields "year" with the free text kept as a note. Every regex is built once, at module load.
 */
import type { DeadlineParse, Quarter, Schedule, ScheduleKind, Window } from "../model";
import { closest, collapseSpaces, matchKey } from "../text";
import {
  DAYS_IN_MONTH,
  EVERY_QUARTER,
  MONTH_ALT,
  MONTH_WORDS,
  PHRASES,
  QUARTER_NUM,
  QUARTER_NUMBERS,
  QUARTER_WORD,
  type Shape,
  SUGGESTION_PHRASES,
  TRAILERS,
  YEAR_LEADERS,
} from "./phrases";

const QUARTER_RE = new RegExp(`^(?:${QUARTER_NUM}(?:-| )?${QUARTER_WORD}|q([1-4]))$`);
const RANGE_RE = new RegExp(`^(?:${QUARTER_NUM}-${QUARTER_NUM}(?:-| )?${QUARTER_WORD}|q([1-4])-q([1-4]))$`);

/** "mart", "15-mart", "1-iyulgacha", "mart oyida", "do 15 marta" */
const MONTH_RE = new RegExp(
  `^(?:do )?(?:(\\d{1,2})(?:-| )?)?(${MONTH_ALT})(?:gacha|dan|da|ga|ning)?(?: oy(?:i|ida|igacha|ining oxirigacha|i oxirigacha)?)?$`
);
/** "yanvar – mart", "mart-aprel oylarida": the quarters holding the first and the last month */
const MONTH_RANGE_RE = new RegExp(
  `^(${MONTH_ALT})-(${MONTH_ALT})(?:gacha|da)?(?: oy(?:lar|larida|larda|ida|da|i))?$`
);
/** "15.03", "15.03.2026", "15.03.2026-yilgacha" */
const DATE_RE = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?:-? ?y(?:il)?\.?)?(?:gacha|ga|da)?$/;

/** A year at the front: "2026-yil", "2026 yil", "2026-yilning", "2026-yilda", "2026 y.", "2026 god". */
const YEAR_PREFIX_RE = /^(\d{4})(?:-| )?(?:yil(?:ning|da|dan|ga|i)?|y\.?|god[au]?)?(?: |$)/;
/** A year at the end: "I chorak 2026-yil". */
const YEAR_SUFFIX_RE = / (\d{4})(?:-| )?(?:yil(?:ning|da|i)?|y\.?|god[au]?)?$/;
/** A year written in the middle, with its word: "Ikki marotaba 2026-yil davomida". */
const YEAR_INSIDE_RE = / (\d{4})(?:-| )?(?:yil(?:ning|da|i)?|y\.?|god[au]?) /;
const DASHES_RE = /\s*[-‐‑‒–—―−]\s*/g;
const NOISE_RE = /[,;:()«»"“”„]+/g;
const HAS_NOISE_RE = /[,;:()«»"“”„]/;
const HAS_DASH_RE = /[-‐‑‒–—―−]/;
/** Where the note starts in the original text: after the first "davomida"-like word. */
const NOTE_LEADER_RE = /(?:davomida|давомида|mobaynida|мобайнида|doimiy|доимий)[\s.,;:\-–—]*/i;

function deadlineKey(text: string): string {
  let k = matchKey(text);
  if (HAS_DASH_RE.test(k)) k = k.replace(DASHES_RE, "-");
  if (HAS_NOISE_RE.test(k)) k = collapseSpaces(k.replace(NOISE_RE, " "));
  return k;
}

function quarterOfMonth(month: number): Quarter {
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

/** A phrase with the year already taken off → its shape, or null. */
function shapeOf(rest: string, depth = 0): Shape | null {
  const exact = PHRASES.get(rest);
  if (exact) return exact;
  if (rest === "") return null;

  let m = QUARTER_RE.exec(rest);
  if (m) {
    const q = QUARTER_NUMBERS[m[1] ?? m[2]];
    return { kind: "quarter", windows: [[q, q]] };
  }
  m = RANGE_RE.exec(rest);
  if (m) {
    const a = QUARTER_NUMBERS[m[1] ?? m[3]];
    const b = QUARTER_NUMBERS[m[2] ?? m[4]];
    if (a === b) return { kind: "quarter", windows: [[a, a]] };
    if (a > b) return null;
    return { kind: "range", windows: [[a, b]] };
  }
  m = MONTH_RE.exec(rest);
  if (m) {
    const month = MONTH_WORDS[m[2]];
    if (m[1] !== undefined) {
      const day = Number(m[1]);
      if (day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
    }
    const q = quarterOfMonth(month);
    return { kind: "month", windows: [[q, q]] };
  }
  m = MONTH_RANGE_RE.exec(rest);
  if (m) {
    const a = MONTH_WORDS[m[1]];
    const b = MONTH_WORDS[m[2]];
    if (a > b) return null;
    const qa = quarterOfMonth(a);
    const qb = quarterOfMonth(b);
    return qa === qb ? { kind: "month", windows: [[qa, qa]] } : { kind: "range", windows: [[qa, qb]] };
  }
  m = DATE_RE.exec(rest);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
    const q = quarterOfMonth(month);
    return { kind: "month", windows: [[q, q]] };
  }
  const listed = listShape(rest);
  if (listed) return listed;
  if (depth < 2) {
    for (const t of TRAILERS) {
      if (rest.endsWith(t)) {
        const inner = shapeOf(rest.slice(0, rest.length - t.length), depth + 1);
        if (inner) return inner;
      }
    }
  }
  return null;
}

/** "har oyning 5-sanasigacha", "har oyning oxirida": monthly; "har chorak yakuni bo'yicha": quarterly. */
const MONTHLY_DAY_RE =
  /^har (?:bir )?oy(?:ning|da)? (?:\d{1,2}(?:-| )?(?:sanasi|sanasigacha|sanasida|kuni|kunigacha|gacha)|oxiri(?:da|gacha)?|boshida|yakuni(?:da|gacha)?)$/;
const QUARTERLY_END_RE = /^har (?:bir )?chorak(?:ning)? (?:yakuni|oxiri)(?:da|gacha)?(?: bo'yicha)?$/;
const LIST_SPLIT_RE = /(?: va |, | )/;
const QUARTER_TAIL_RE = new RegExp(`^(.+?)(?:-| )?${QUARTER_WORD}$`);
const QUARTER_TOKEN_RE = new RegExp(`^${QUARTER_NUM}(?:-${QUARTER_NUM})?$`);
const MONTHS_TAIL_RE = / oy(?:lar|larida|larda|lari|ida|da|i)$/;

/**
 * Lists of quarters or months: "I, III chorak", "I va II chorak", "I-II va IV chorak", "iyun, dekabr",
 * "mart va sentabr oylarida". Each quarter (or the quarter of each month) is a window of its own.
 */
function listShape(rest: string): Shape | null {
  if (MONTHLY_DAY_RE.test(rest)) return { kind: "monthly", windows: EVERY_QUARTER };
  if (QUARTERLY_END_RE.test(rest)) return { kind: "quarterly", windows: EVERY_QUARTER };
  const q = QUARTER_TAIL_RE.exec(rest);
  if (q) {
    const tokens = q[1].split(LIST_SPLIT_RE).filter((t) => t !== "");
    if (tokens.length < 2) return null;
    const windows: Window[] = [];
    for (const t of tokens) {
      const m = QUARTER_TOKEN_RE.exec(t);
      if (!m) return null;
      const a = QUARTER_NUMBERS[m[1]];
      const b = m[2] === undefined ? a : QUARTER_NUMBERS[m[2]];
      if (a > b) return null;
      windows.push([a, b]);
    }
    return disjointWindows("quarter", windows);
  }
  const months = rest
    .replace(MONTHS_TAIL_RE, "")
    .split(LIST_SPLIT_RE)
    .filter((t) => t !== "");
  if (months.length < 2) return null;
  const windows: Window[] = [];
  for (const t of months) {
    const m = MONTH_RE.exec(t);
    if (!m) return null;
    const quarter = quarterOfMonth(MONTH_WORDS[m[2]]);
    if (!windows.some((w) => w[0] === quarter)) windows.push([quarter, quarter]);
  }
  return disjointWindows("month", windows);
}

/** Windows in order, or null when two of them overlap (the split of the quantity would be ambiguous). */
function disjointWindows(kind: ScheduleKind, windows: Window[]): Shape | null {
  windows.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < windows.length; i++) if (windows[i][0] <= windows[i - 1][1]) return null;
  return { kind, windows };
}

function schedule(shape: Shape, year: number | null, note: string | null): Schedule {
  return { kind: shape.kind, windows: shape.windows.map((w) => [w[0], w[1]] as Window), year, note };
}

function noteAfterLeader(text: string): string | null {
  const m = NOTE_LEADER_RE.exec(text);
  if (!m) return null;
  const note = collapseSpaces(text.slice(m.index + m[0].length));
  return note === "" ? null : note;
}

/**
 * Results by cell text. A plan repeats a handful of deadline texts hundreds of times, and the checks, the
 * statuses and the report each parse them again; the cache keeps that at a map lookup and a copy.
 */
const CACHE = new Map<string, DeadlineParse>();
const CACHE_LIMIT = 4096;

function copyParse(p: DeadlineParse): DeadlineParse {
  if (!p.ok) return { ...p };
  const s = p.schedule;
  return {
    ok: true,
    schedule: {
      kind: s.kind,
      windows: s.windows.map((w) => [w[0], w[1]] as Window),
      year: s.year,
      note: s.note,
    },
  };
}

/**
 * Parses a "Bajarilish muddati" cell. `planYear` is the plan's year; a different year written in the text is
 * only reported (schedule.year / the failure's year): the checks compare it with the plan's and warn.
 * Every call returns a fresh object (callers may keep or change it).
 */
export function parseDeadline(text: string, _planYear: number | null): DeadlineParse {
  let hit = CACHE.get(text);
  if (hit === undefined) {
    hit = parseUncached(text);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(text, hit);
  }
  return copyParse(hit);
}

function parseUncached(text: string): DeadlineParse {
  let key = deadlineKey(text);
  if (key === "") return { ok: false, reason: "missing" };

  let year: number | null = null;
  let m = YEAR_PREFIX_RE.exec(key);
  if (m) {
    year = Number(m[1]);
    key = key.slice(m[0].length);
  } else if ((m = YEAR_SUFFIX_RE.exec(key))) {
    year = Number(m[1]);
    key = key.slice(0, m.index);
  } else if ((m = YEAR_INSIDE_RE.exec(key))) {
    year = Number(m[1]);
    key = key.slice(0, m.index) + " " + key.slice(m.index + m[0].length);
  }
  // "2026-yil date" has no year prefix to take when the key is a bare date like "15.03.2026"
  if (year === null) {
    const d = DATE_RE.exec(key);
    if (d && d[3] !== undefined) year = Number(d[3]);
  }

  const shape = shapeOf(key);
  if (shape) return { ok: true, schedule: schedule(shape, year, null) };

  for (const leader of YEAR_LEADERS) {
    if (!key.startsWith(leader)) continue;
    const after = key.slice(leader.length);
    const inner = shapeOf(after);
    if (inner) return { ok: true, schedule: schedule(inner, year, null) };
    return { ok: true, schedule: schedule(PHRASES.get("davomida")!, year, noteAfterLeader(text) ?? after) };
  }

  // a bare year ("2026-yil") most likely means "during the year", but only the user can say so
  const suggestion = key === "" ? "Yil davomida" : closest(key, SUGGESTION_PHRASES);
  return { ok: false, reason: "unknown", suggestion, year };
}
