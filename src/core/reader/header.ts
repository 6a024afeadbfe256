/** Finding the plan table's header and its columns by their names (docs/domain.md §2, §7). */
import { rawToText, type Grid, type RawCell } from "../grid";
import type { PlanColumns } from "../model";
import { PLAN_SHEET_TEXTS } from "../messages/plan-sheet-texts";
import { TRACKING_HEADER_TEXTS } from "../messages/tracking-headers";
import { cleanCellText, matchKey } from "../text";

export interface HeaderFound {
  headerRow: number;
  headerLastRow: number;
  columns: PlanColumns;
  /** year written in the plan column's header ("2026-yil (reja)"), or null */
  planYear: number | null;
  /** lower-cased texts of the header's Nomi cell and of the plan column's sub-header, to spot repeats */
  nameText: string;
  planText: string;
}

type Role = "number" | "name" | "unit" | "quantity" | "mechanism" | "deadline" | "responsible";

/** The key of a header cell: one line, matchKey, quotes and markdown dropped. */
export function headerKey(raw: RawCell): string {
  const t = rawToText(raw);
  if (!t || t.length > 120) return "";
  return matchKey(
    cleanCellText(t)
      .replace(/[*"“”«»]/g, "")
      .replace(/\n/g, " ")
  );
}

/** The plan columns' headers Reja writes in each language (messages/plan-sheet-texts), by their key. */
const WRITTEN_ROLES = new Map<string, Role>();
for (const words of Object.values(PLAN_SHEET_TEXTS)) {
  const roles: [string, Role][] = [
    [words.number, "number"],
    [words.name, "name"],
    [words.unit, "unit"],
    [words.quantity, "quantity"],
    [words.mechanism, "mechanism"],
    [words.deadline, "deadline"],
    [words.responsible, "responsible"],
  ];
  for (const [text, role] of roles) WRITTEN_ROLES.set(matchKey(text), role);
}

export function roleOf(key: string): Role | null {
  if (!key || key.length > 80) return null;
  const written = WRITTEN_ROLES.get(key);
  if (written) return written;
  if (
    /^(№|n|no|nr|#|t\s*\/\s*r|t\.?\s*r|tr|№\s*t\s*\/\s*r|p\s*\/\s*p|№\s*p\s*\/\s*p|№\s*tartib|tartib raqami)\.?$/.test(
      key
    )
  )
    return "number";
  if (/^№/.test(key) && key.length <= 12) return "number";
  if (
    (/\b(nomi|nomlari|nomlanishi|mazmuni)\b/.test(key) && key.length <= 50) ||
    /^(naimenovanie|nazvanie)/.test(key)
  )
    return "name";
  if (/o'?lchov|\by?ed(initsa)?\.?\s*izm/.test(key)) return "unit";
  if (/^(miqdori?|soni|kolichestvo|hajmi)\b/.test(key)) return "quantity";
  if (/mexanizm/.test(key)) return "mechanism";
  if (/muddat|srok/.test(key)) return "deadline";
  if (/mas'?ul|otvetstv|ijrochi/.test(key)) return "responsible";
  return null;
}

const ROMAN_Q: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };

type Tracking =
  | { kind: "fact"; q: number }
  | { kind: "status"; q: number }
  | { kind: "totalFact" }
  | { kind: "percent" }
  | { kind: "note" };

/** The tracking headers Reja writes in each language, by their key (ru, en; uz-Cyrl reads as uz). */
const WRITTEN_TRACKING = new Map<string, Tracking>();
for (const headers of Object.values(TRACKING_HEADER_TEXTS))
  headers.forEach((h, i) =>
    WRITTEN_TRACKING.set(
      matchKey(h),
      i < 4
        ? { kind: "fact", q: i }
        : i === 4
          ? { kind: "totalFact" }
          : i === 5
            ? { kind: "percent" }
            : i < 10
              ? { kind: "status", q: i - 6 }
              : { kind: "note" }
    )
  );

/**
 * A tracking column of docs/domain.md §7 by its header's meaning, not its exact text: the header Reja writes,
 * its Cyrillic and Russian forms (matchKey transliterates), words added after it ("Izohlar", "Jami fakt (yil
 * boshidan)") and small typos ("Izox", "Jami fkat").
 */
function trackingOf(key: string): Tracking | null {
  if (!key || key.length > 60) return null;
  const written = WRITTEN_TRACKING.get(key);
  if (written) return written;
  const quarter = QUARTER_HEADER.exec(key);
  if (quarter) {
    const q = ROMAN_Q[quarter[1] ?? quarter[4]];
    const what = quarter[3] ?? quarter[2];
    if (/^(fakt|fakti|faktik|amalda|bajarildi)/.test(what)) return { kind: "fact", q };
    if (/^(holat|holati|status|statusi|sostoyanie|ijro holati)/.test(what)) return { kind: "status", q };
    return null;
  }
  if (
    /^(jami|itogo|vsego|umumiy|yig'indi)\s+fakt/.test(key) ||
    /^fakt\s+(s nachala|yil boshidan|jami|itogo|vsego)/.test(key)
  )
    return { kind: "totalFact" };
  if (
    /^(bajarilish|bajarish|ijro|vipolnenie|ispolnenie)\b.*(%|foiz|protsent)/.test(key) ||
    /^%\s*(bajarilish|vipoln)/.test(key)
  )
    return { kind: "percent" };
  if (/^(izoh|izohlar|eslatma|primechanie|primechaniya|kommentariy|izoh va)\b/.test(key))
    return { kind: "note" };
  return nearTracking(key);
}

/** "II chorak fakti", "2-chorak holati", "II kvartal fakt", "Fakt II chorak", "Status I kvartala". */
const QUARTER_HEADER =
  /^(?:(i|ii|iii|iv|[1-4])[-\s]?(?:chorak|kvartal)\w*\s+(.+)|(fakt\w*|holati?|status\w*|sostoyanie)\s+(i|ii|iii|iv|[1-4])[-\s]?(?:chorak|kvartal)\w*)$/;

/** Headers without a quarter, as Reja writes them (matchKey form), for the typo test. */
const PLAIN_TRACKING: readonly [string, Tracking][] = [
  ["jami fakt", { kind: "totalFact" }],
  ["bajarilish %", { kind: "percent" }],
  ["bajarilish foizi", { kind: "percent" }],
  ["izoh", { kind: "note" }],
];

/** One edit away from a short header ("izox"), two from a longer one ("jami fkat"). */
function nearTracking(key: string): Tracking | null {
  for (const [name, tracking] of PLAIN_TRACKING) {
    const allowed = name.length <= 5 ? 1 : 2;
    if (Math.abs(key.length - name.length) <= allowed && editDistance(key, name, allowed) <= allowed)
      return tracking;
  }
  return null;
}

/** Levenshtein distance, or more than `max` as soon as it is known to be. */
function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function isFactHeader(key: string): boolean {
  return /\bfakt\b|\bfakti\b|\(fakt\)|\(fact\)|\bamalda\b/.test(key) && trackingOf(key) === null;
}

function isPlanHeader(key: string): boolean {
  return /\breja\b|\brejasi\b|\(reja\)|\bplan\b|\(plan\)/.test(key) && trackingOf(key) === null;
}

function yearIn(key: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(key);
  return m ? Number(m[1]) : null;
}

function rowKeys(grid: Grid, r: number): string[] {
  const row = grid[r] ?? [];
  const keys: string[] = [];
  for (let c = 0; c < row.length; c++) keys.push(headerKey(row[c]));
  return keys;
}

function emptyColumns(): PlanColumns {
  return {
    number: -1,
    name: -1,
    unit: -1,
    previousFact: -1,
    plan: -1,
    mechanism: -1,
    deadline: -1,
    responsible: -1,
    facts: [-1, -1, -1, -1],
    totalFact: -1,
    percent: -1,
    statuses: [-1, -1, -1, -1],
    note: -1,
  };
}

/** Cheap pre-filter: a header row has at least three non-empty cells. */
function enoughCells(grid: Grid, r: number): boolean {
  const row = grid[r];
  if (!row) return false;
  let n = 0;
  for (const v of row) if (v !== null && v !== undefined && v !== "" && ++n >= 3) return true;
  return false;
}

/** The first row that names the plan columns (Nomi and at least three of the others), or null. */
export function findHeader(grid: Grid): HeaderFound | null {
  for (let r = 0; r < grid.length; r++) {
    if (!enoughCells(grid, r)) continue;
    const keys = rowKeys(grid, r);
    const roles = new Map<Role, number>();
    keys.forEach((k, c) => {
      const role = roleOf(k);
      if (role && !roles.has(role)) roles.set(role, c);
    });
    const hasQuantity = roles.has("quantity") || keys.some((k) => isFactHeader(k) || isPlanHeader(k));
    const others =
      ["unit", "mechanism", "deadline", "responsible"].filter((x) => roles.has(x as Role)).length +
      (hasQuantity ? 1 : 0);
    if (!roles.has("name") || others < 3) continue;
    return buildHeader(grid, r, keys, roles);
  }
  return null;
}

function buildHeader(grid: Grid, r: number, keys: string[], roles: Map<Role, number>): HeaderFound {
  const columns = emptyColumns();
  columns.number = roles.get("number") ?? -1;
  columns.name = roles.get("name") ?? -1;
  columns.unit = roles.get("unit") ?? -1;
  columns.mechanism = roles.get("mechanism") ?? -1;
  columns.deadline = roles.get("deadline") ?? -1;
  columns.responsible = roles.get("responsible") ?? -1;
  if (columns.number < 0 && columns.name > 0) {
    // an unnamed column right before Nomi holds the numbers
    if (keys[columns.name - 1] === "") columns.number = columns.name - 1;
  }

  let last = r;
  const next = r + 1 < grid.length ? rowKeys(grid, r + 1) : [];
  const nextHasQuantities = next.some((k) => isFactHeader(k) || isPlanHeader(k));
  const nextHasTracking = next.some((k) => trackingOf(k) !== null);
  if (nextHasQuantities || nextHasTracking) last = r + 1;

  let planYear: number | null = null;
  const scan = (row: string[]): void => {
    row.forEach((k, c) => {
      const t = trackingOf(k);
      if (t) {
        if (t.kind === "fact" && columns.facts[t.q] < 0) columns.facts[t.q] = c;
        else if (t.kind === "status" && columns.statuses[t.q] < 0) columns.statuses[t.q] = c;
        else if (t.kind === "totalFact" && columns.totalFact < 0) columns.totalFact = c;
        else if (t.kind === "percent" && columns.percent < 0) columns.percent = c;
        else if (t.kind === "note" && columns.note < 0) columns.note = c;
        return;
      }
      if (isFactHeader(k) && columns.previousFact < 0) columns.previousFact = c;
      else if (isPlanHeader(k) && columns.plan < 0) {
        columns.plan = c;
        planYear = yearIn(k);
      }
    });
  };
  scan(keys);
  if (last > r) scan(next);

  const quantityCol = roles.get("quantity");
  if (columns.plan < 0 && quantityCol !== undefined) {
    // "Miqdori" with no fakt/reja sub-header: the plan itself
    columns.plan = quantityCol;
  }

  // a row of column numbers (1 2 3 … under the header) belongs to the header
  if (isColumnNumberRow(grid, last + 1)) last += 1;
  const lower = (row: number, col: number): string =>
    col >= 0 ? rawToText(grid[row]?.[col]).toLowerCase() : "";
  const planText = columns.plan >= 0 ? lower(last > r ? r + 1 : r, columns.plan) : "";
  return { headerRow: r, headerLastRow: last, columns, planYear, nameText: lower(r, columns.name), planText };
}

function isColumnNumberRow(grid: Grid, r: number): boolean {
  const row = grid[r];
  if (!row) return false;
  // numbers counted up by one, at least four of them (called for every body row: no list, no regex)
  let count = 0;
  let previous = 0;
  let inOrder = true;
  for (const v of row) {
    const t = rawToText(v);
    if (t === "") continue;
    const n = oneOrTwoDigits(t);
    if (n < 0) return false;
    if (count > 0 && n !== previous + 1) inOrder = false;
    previous = n;
    count++;
  }
  return count >= 4 && inOrder;
}

/** The value of a text of one or two ASCII digits (as /^\d{1,2}$/), else -1. */
function oneOrTwoDigits(t: string): number {
  if (t.length > 2) return -1;
  const a = t.charCodeAt(0) - 48;
  if (a < 0 || a > 9) return -1;
  if (t.length === 1) return a;
  const b = t.charCodeAt(1) - 48;
  return b < 0 || b > 9 ? -1 : a * 10 + b;
}

/**
 * False when `text` cannot lower-case to `lower`, judged by the first character alone (a quick reject for the
 * body rows, whose names mostly differ from the header's at once). Exact: the lower case of a string begins
 * with the lower case of its first character (only a final sigma depends on what precedes it); a surrogate
 * half is not judged.
 */
function mayLowerTo(text: string, lower: string): boolean {
  if (lower === "") return text === "";
  const c = text.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  if (c < 128) return (c >= 65 && c <= 90 ? c + 32 : c) === lower.charCodeAt(0);
  const first = String.fromCharCode(c).toLowerCase();
  return lower.startsWith(first);
}

/** True when a body row repeats the header (a header copied on every printed page). */
export function isRepeatedHeader(grid: Grid, r: number, header: HeaderFound): boolean {
  const c = header.columns;
  if (c.name < 0) return false;
  const row = grid[r];
  if (!row) return false;
  // the row of column numbers (1 2 3 …) printed under the header on every page
  if (isColumnNumberRow(grid, r)) return true;
  const nameRaw = rawToText(row[c.name]);
  if (nameRaw !== "" && !mayLowerTo(nameRaw, header.nameText)) return false;
  const name = nameRaw.toLowerCase();
  if (name === "") {
    // the second header row alone: its plan cell as in the header, nothing in № and Nomi
    if (!header.planText || c.plan < 0 || rawToText(row[c.plan]).toLowerCase() !== header.planText)
      return false;
    return c.number < 0 || rawToText(row[c.number]) === "";
  }
  if (name !== header.nameText) return false;
  const others = [c.unit, c.mechanism, c.deadline, c.responsible].filter(
    (col) => col >= 0 && roleOf(headerKey(row[col])) !== null
  );
  return others.length >= 2;
}
