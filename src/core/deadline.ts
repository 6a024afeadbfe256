/**
 * The deadline grammar (docs/domain.md §5): a "Bajarilish muddati" cell → a schedule of quarter windows.
 *
 * The text is reduced to a key (matchKey: apostrophes, Cyrillic → Latin, case, spaces; every dash with the
 * spaces around it becomes "-"), an optional year is taken off the front (or the end), and what is left is
 * looked up in a table of whole phrases, then tried against a few patterns (quarter, quarter range, month,
 * date). "davomida" in front of a known phrase yields the more specific phrase; in front of free text it
 * yields "year" with the free text kept as a note. Every regex is built once, at module load.
 */
import type { DeadlineParse, Lang, Quarter, Schedule, ScheduleKind, Window } from "./model";
import { MONTH_NAMES_UZ } from "./format";
import { closest, collapseSpaces, matchKey } from "./text";

type Shape = { kind: ScheduleKind; windows: readonly Window[] };

const EVERY_QUARTER: readonly Window[] = [
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
];
const HALVES: readonly Window[] = [
  [1, 2],
  [3, 4],
];

/** Canonical phrases: offered in dropdowns and used for suggestions. Each one parses. */
export const KNOWN_DEADLINE_PHRASES: string[] = [
  "Yil davomida",
  "Doimiy",
  "Har chorakda",
  "Har oyda",
  "Ikki marotaba",
  "Har yarim yilda",
  "I chorak",
  "II chorak",
  "III chorak",
  "IV chorak",
  "I – II chorak",
  "II – III chorak",
  "III – IV chorak",
  "I – III chorak",
  "Yarim yillik",
  "9 oylik",
];

/** Suggestions also cover the month names (a typo like "aprl" should point at "aprel"). */
const SUGGESTION_PHRASES: readonly string[] = [
  ...KNOWN_DEADLINE_PHRASES,
  "Davomida",
  "Har chorak",
  "Har oy",
  ...MONTH_NAMES_UZ,
];

/** Whole phrases (as keys) → shape. Keys are what deadlineKey produces: Latin, lower case, "-" for dashes. */
const PHRASES = new Map<string, Shape>();
function phrases(kind: ScheduleKind, windows: readonly Window[], keys: string[]): void {
  for (const k of keys) PHRASES.set(k, { kind, windows });
}
phrases("year", EVERY_QUARTER, [
  "davomida",
  "yil davomida",
  "yil bo'yi",
  "yil bo'yi davomida",
  "mobaynida",
  "yil mobaynida",
  "doimiy",
  "doimiy ravishda",
  "muntazam",
  "muntazam ravishda",
  "v techenie goda",
  "v techeniye goda",
  "postoyanno",
  "during the year",
  "all year",
]);
phrases("quarterly", EVERY_QUARTER, [
  "har chorak",
  "har chorakda",
  "har choragida",
  "har bir chorak",
  "har bir chorakda",
  "har chorak yakunida",
  "har chorak oxirida",
  "chorakda bir marta",
  "chorakda bir marotaba",
  "yejekvartalno",
  "ezhekvartalno",
  "every quarter",
  "quarterly",
]);
phrases("monthly", EVERY_QUARTER, [
  "har oy",
  "har oyda",
  "har oyida",
  "har bir oy",
  "har bir oyda",
  "oyda bir marta",
  "oyda bir marotaba",
  "yejemesyachno",
  "ezhemesyachno",
  "every month",
  "monthly",
]);
phrases("twice", HALVES, [
  "ikki marotaba",
  "ikki marta",
  "yilda ikki marotaba",
  "yilda ikki marta",
  "yiliga ikki marotaba",
  "yiliga ikki marta",
  "har yarim yil",
  "har yarim yilda",
  "har yarim yillikda",
  "yarim yilda bir marta",
  "yarim yilda bir marotaba",
  "dvajdi v god",
  "dva raza v god",
  "twice a year",
  "2 marotaba",
  "2 marta",
]);
phrases(
  "halfYear",
  [[1, 2]],
  [
    "yarim yillik",
    "yarim yil",
    "yarim yillikda",
    "i yarim yillik",
    "1-yarim yillik",
    "1 yarim yillik",
    "birinchi yarim yillik",
    "i yarim yil",
    "polugodie",
    "pervoye polugodie",
    "pervoe polugodie",
    "first half-year",
    "first half of the year",
  ]
);
phrases(
  "range",
  [[3, 4]],
  [
    "ii yarim yillik",
    "2-yarim yillik",
    "2 yarim yillik",
    "ikkinchi yarim yillik",
    "ii yarim yil",
    "vtoroye polugodie",
    "vtoroe polugodie",
    "second half-year",
  ]
);
phrases(
  "nineMonths",
  [[1, 3]],
  ["9 oylik", "9-oylik", "9 oy", "9-oy", "to'qqiz oylik", "9 mesyatsev", "9 months"]
);

/** Leading words that mean "during the year" and may be followed by a more specific phrase or a note. */
const YEAR_LEADERS = [
  "yil davomida ",
  "davomida ",
  "yil mobaynida ",
  "mobaynida ",
  "doimiy ravishda ",
  "doimiy ",
];
/** Trailing words that add nothing to the phrase before them ("I chorak davomida"). */
const TRAILERS = [
  " yil davomida",
  " yil mobaynida",
  " davomida",
  " mobaynida",
  " oxirigacha",
  " yakunigacha",
  " ichida",
  " yakunida",
  " oxirida",
];

const QUARTER_WORD =
  "(?:chorak(?:da|gacha|ning|lar|larda|lari|larida)?|chorag(?:i|ida|igacha)|kvartal[a-z]*)";
const QUARTER_NUM = "(iv|iii|ii|i|[1-4]|birinchi|ikkinchi|uchinchi|to'rtinchi)";
const QUARTER_RE = new RegExp(`^(?:${QUARTER_NUM}(?:-| )?${QUARTER_WORD}|q([1-4]))$`);
const RANGE_RE = new RegExp(`^(?:${QUARTER_NUM}-${QUARTER_NUM}(?:-| )?${QUARTER_WORD}|q([1-4])-q([1-4]))$`);
const QUARTER_NUMBERS: Record<string, Quarter> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  birinchi: 1,
  ikkinchi: 2,
  uchinchi: 3,
  "to'rtinchi": 4,
};

/** Month word (Uzbek Latin, Uzbek Cyrillic and Russian after transliteration) → month 1–12. */
const MONTH_WORDS: Record<string, number> = {};
[
  ["yanvar", "yanvarya"],
  ["fevral", "fevralya"],
  ["mart", "marta"],
  ["aprel", "aprelya"],
  ["may", "maya"],
  ["iyun", "iyunya"],
  ["iyul", "iyulya"],
  ["avgust", "avgusta"],
  ["sentabr", "sentyabr", "sentyabrya"],
  ["oktabr", "oktyabr", "oktyabrya"],
  ["noyabr", "noyabrya"],
  ["dekabr", "dekabrya"],
].forEach((words, i) => words.forEach((w) => (MONTH_WORDS[w] = i + 1)));
const MONTH_ALT = Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
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

const ROMAN = ["", "I", "II", "III", "IV"];

type Words = Record<"year" | "quarterly" | "monthly" | "twice" | "halfYear" | "nineMonths", string> & {
  quarter: string;
};
const WORDS: Record<Lang, Words> = {
  uz: {
    year: "Yil davomida",
    quarterly: "Har chorakda",
    monthly: "Har oyda",
    twice: "Ikki marotaba",
    halfYear: "Yarim yillik",
    nineMonths: "9 oylik",
    quarter: "chorak",
  },
  "uz-Cyrl": {
    year: "Йил давомида",
    quarterly: "Ҳар чоракда",
    monthly: "Ҳар ойда",
    twice: "Икки маротаба",
    halfYear: "Ярим йиллик",
    nineMonths: "9 ойлик",
    quarter: "чорак",
  },
  ru: {
    year: "В течение года",
    quarterly: "Ежеквартально",
    monthly: "Ежемесячно",
    twice: "Два раза в год",
    halfYear: "Первое полугодие",
    nineMonths: "9 месяцев",
    quarter: "квартал",
  },
  en: {
    year: "During the year",
    quarterly: "Every quarter",
    monthly: "Every month",
    twice: "Twice a year",
    halfYear: "First half-year",
    nineMonths: "9 months",
    quarter: "",
  },
};

/**
 * A schedule in words, the canonical phrase for its kind: "Har chorakda", "II – III chorak". A month
 * deadline is described by its quarter. Every Uzbek and Russian result parses back to the same windows.
 */
export function describeSchedule(s: Schedule, lang: Lang = "uz"): string {
  const w = WORDS[lang];
  switch (s.kind) {
    case "year":
    case "quarterly":
    case "monthly":
    case "twice":
    case "halfYear":
    case "nineMonths":
      return w[s.kind];
    case "quarter":
    case "month":
    case "range": {
      if (s.windows.length === 0) return "";
      if (lang === "en")
        return s.windows
          .map((win) => (win[0] === win[1] ? `Q${win[0]}` : `Q${win[0]}–Q${win[1]}`))
          .join(", ");
      const parts = s.windows.map((win) =>
        win[0] === win[1] ? ROMAN[win[0]] : `${ROMAN[win[0]]} – ${ROMAN[win[1]]}`
      );
      return `${parts.join(", ")} ${w.quarter}`;
    }
  }
}
