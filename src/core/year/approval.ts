/**
 * Approving the plan (spec §10): the approval (date, by whom) and a snapshot of the plan's own columns are kept
 * in the settings sheet ("Reja sozlamalari"), in rows of their own below the settings. The snapshot holds, per
 * item, what a change list needs: its number, deadline, units and quantities as written, and short fingerprints
 * of the long texts (name, mechanism, responsible), so the next approval can say what changed since this one.
 *
 * Rows (key | value | description), all read by key wherever they are:
 *   approvedOn       2026-01-15
 *   approvedBy       R. Halimov
 *   approvalState    approved | unlocked
 *   approvalSnapshot {json…}   (one or more rows; the value cells joined in order, each under Excel's cell limit)
 */
import { cellText, type Grid } from "../grid";
import type { Item, Plan } from "../model";
import { matchKey } from "../text";
import type { CellWrite } from "../layout/sheet";

export type ApprovalState = "approved" | "unlocked";

export interface ItemSnapshot {
  /** item number ("4.2") */
  n: string;
  /** fingerprint of the name */
  name: string;
  deadline: string;
  /** fingerprint of the responsible services */
  resp: string;
  /** per indicator: [unit, last year's fact as written, plan as written, fingerprint of the mechanism] */
  ind: [string, string, string, string][];
}

export interface PlanSnapshot {
  year: number | null;
  items: ItemSnapshot[];
}

export interface ApprovalRecord {
  /** YYYY-MM-DD */
  date: string;
  by: string;
  state: ApprovalState;
  /** null when the snapshot rows are missing or unreadable */
  snapshot: PlanSnapshot | null;
}

export const APPROVAL_KEYS = {
  date: "approvedOn",
  by: "approvedBy",
  state: "approvalState",
  snapshot: "approvalSnapshot",
} as const;

const DESCRIPTIONS: Record<keyof typeof APPROVAL_KEYS, string> = {
  date: "Reja tasdiqlangan sana",
  by: "Rejani tasdiqlagan",
  state: "Holat: approved (qulflangan) yoki unlocked (o'zgartirish uchun ochilgan)",
  snapshot: "Tasdiqlangan reja ustunlarining nusxasi (o'zgarishlarni ko'rsatish uchun; qo'lda tahrirlamang)",
};

/** Excel keeps at most 32,767 characters in a cell; the snapshot is split well below that. */
export const SNAPSHOT_CHUNK = 30000;

/** A short fingerprint of a text (FNV-1a, 32 bits, hex): enough to tell that a text changed. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  const s = text.replace(/\s+/g, " ").trim();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function itemSnapshot(item: Item): ItemSnapshot {
  return {
    n: item.number,
    name: fingerprint(item.name),
    deadline: item.deadlineText.replace(/\s+/g, " ").trim(),
    resp: fingerprint(item.responsible.join("; ")),
    ind: item.indicators.map((ind) => [
      ind.unit,
      ind.previousFact.text.trim(),
      ind.plan.text.trim(),
      fingerprint(ind.mechanism),
    ]),
  };
}

export function planSnapshot(plan: Plan): PlanSnapshot {
  return { year: plan.year, items: plan.items.map(itemSnapshot) };
}

// ---- what changed ----

export type PlanChange =
  | { kind: "item_added"; item: string }
  | { kind: "item_removed"; item: string }
  | { kind: "name_changed"; item: string }
  | { kind: "deadline_changed"; item: string; from: string; to: string }
  | { kind: "responsible_changed"; item: string }
  | { kind: "indicator_added"; item: string; indicator: number }
  | { kind: "indicator_removed"; item: string; indicator: number }
  | { kind: "unit_changed"; item: string; indicator: number; from: string; to: string }
  | { kind: "plan_changed"; item: string; indicator: number; from: string; to: string }
  | { kind: "previous_fact_changed"; item: string; indicator: number; from: string; to: string }
  | { kind: "mechanism_changed"; item: string; indicator: number };

/** Every difference between two snapshots, item by item in the order of the newer plan (removed items last). */
export function planChanges(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const old = new Map(before.items.map((i) => [i.n, i]));
  const seen = new Set<string>();
  const out: PlanChange[] = [];
  for (const now of after.items) {
    const was = old.get(now.n);
    seen.add(now.n);
    if (!was) {
      out.push({ kind: "item_added", item: now.n });
      continue;
    }
    const item = now.n;
    if (was.name !== now.name) out.push({ kind: "name_changed", item });
    if (was.deadline !== now.deadline)
      out.push({ kind: "deadline_changed", item, from: was.deadline, to: now.deadline });
    if (was.resp !== now.resp) out.push({ kind: "responsible_changed", item });
    const count = Math.max(was.ind.length, now.ind.length);
    for (let k = 0; k < count; k++) {
      const a = was.ind[k];
      const b = now.ind[k];
      const indicator = k + 1;
      if (!a) out.push({ kind: "indicator_added", item, indicator });
      else if (!b) out.push({ kind: "indicator_removed", item, indicator });
      else {
        if (a[0] !== b[0]) out.push({ kind: "unit_changed", item, indicator, from: a[0], to: b[0] });
        if (a[1] !== b[1]) out.push({ kind: "previous_fact_changed", item, indicator, from: a[1], to: b[1] });
        if (a[2] !== b[2]) out.push({ kind: "plan_changed", item, indicator, from: a[2], to: b[2] });
        if (a[3] !== b[3]) out.push({ kind: "mechanism_changed", item, indicator });
      }
    }
  }
  for (const was of before.items) if (!seen.has(was.n)) out.push({ kind: "item_removed", item: was.n });
  return out;
}

// ---- reading and writing the settings sheet ----

type ApprovalKey = (typeof APPROVAL_KEYS)[keyof typeof APPROVAL_KEYS];
const KEY_OF = new Map<string, ApprovalKey>(
  Object.values(APPROVAL_KEYS).map((k) => [matchKey(k), k] as [string, ApprovalKey])
);

function approvalKeyAt(grid: Grid, r: number): ApprovalKey | null {
  return KEY_OF.get(matchKey(cellText(grid, r, 0))) ?? null;
}

function parseSnapshot(text: string): PlanSnapshot | null {
  if (text === "") return null;
  try {
    const v = JSON.parse(text) as PlanSnapshot;
    return v && Array.isArray(v.items) ? v : null;
  } catch {
    return null;
  }
}

/** The approval recorded in a settings sheet's values, or null when the plan was never approved. */
export function readApproval(grid: Grid): ApprovalRecord | null {
  let date = "";
  let by = "";
  let state: ApprovalState = "approved";
  let snapshot = "";
  for (let r = 0; r < grid.length; r++) {
    const key = approvalKeyAt(grid, r);
    const text = cellText(grid, r, 1);
    if (key === APPROVAL_KEYS.date) date = dateText(grid[r]?.[1]) ?? text;
    else if (key === APPROVAL_KEYS.by) by = text;
    else if (key === APPROVAL_KEYS.state) state = text.toLowerCase() === "unlocked" ? "unlocked" : "approved";
    else if (key === APPROVAL_KEYS.snapshot) snapshot += text;
  }
  if (date === "" && by === "" && snapshot === "") return null;
  return { date, by, state, snapshot: parseSnapshot(snapshot) };
}

/** A date cell (Date, or a serial number as a workbook may give) as YYYY-MM-DD; null for text. */
function dateText(v: unknown): string | null {
  // ExcelJS and Office.js give a date cell as a UTC midnight / a serial day number
  if (v instanceof Date) return utcDate(v);
  if (typeof v === "number" && v > 20000 && v < 80000)
    return utcDate(new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000));
  return null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

function utcDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A local date (today, or a date given on the command line) as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The approval's rows as cell writes into a settings sheet holding `grid`: existing rows rewritten, new ones appended. */
export function approvalCellWrites(
  record: { date?: string; by?: string; state: ApprovalState; snapshot?: PlanSnapshot },
  grid: Grid
): CellWrite[] {
  const rowsOf = new Map<ApprovalKey, number[]>();
  let lastUsed = -1;
  for (let r = 0; r < grid.length; r++) {
    if ((grid[r] ?? []).some((c) => c !== null && c !== undefined && String(c).trim() !== "")) lastUsed = r;
    const key = approvalKeyAt(grid, r);
    if (key) rowsOf.set(key, [...(rowsOf.get(key) ?? []), r]);
  }
  const writes: CellWrite[] = [];
  let next = Math.max(lastUsed + 1, 1);
  const put = (name: keyof typeof APPROVAL_KEYS, values: string[]): void => {
    const key = APPROVAL_KEYS[name];
    const rows = rowsOf.get(key) ?? [];
    // the snapshot is data for Reja, not for reading: no wrapping style, so its row stays one line high
    const valueStyle = name === "snapshot" ? {} : { style: "settingValue" as const };
    values.forEach((v, i) => {
      const row = rows[i];
      if (row === undefined) {
        writes.push({ row: next, col: 0, v: key, style: "text" });
        writes.push({ row: next, col: 1, v, ...valueStyle });
        writes.push({ row: next, col: 2, v: i === 0 ? DESCRIPTIONS[name] : "", style: "text" });
        next++;
      } else writes.push({ row, col: 1, v, ...valueStyle });
    });
    // rows left over from a longer snapshot: emptied
    for (const row of rows.slice(values.length)) {
      writes.push({ row, col: 0, v: null });
      writes.push({ row, col: 1, v: null });
      writes.push({ row, col: 2, v: null });
    }
  };
  if (record.date !== undefined) put("date", [record.date]);
  if (record.by !== undefined) put("by", [record.by]);
  put("state", [record.state]);
  if (record.snapshot !== undefined) put("snapshot", chunks(JSON.stringify(record.snapshot), SNAPSHOT_CHUNK));
  return writes;
}

function chunks(s: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.length > 0 ? out : [""];
}

// ---- what the lock covers ----

/**
 * Zero-based columns left editable on an approved plan sheet: the four quarter facts and "Izoh". Everything
 * else stays locked: the plan's own columns (№ … Mas'ullar) and the columns Reja computes (Jami fakt,
 * Bajarilish %, quarter statuses), which fill writes by lifting the protection for its own write.
 */
export function editableColumns(plan: Plan): number[] {
  const c = plan.columns;
  return [...c.facts, c.note].filter((x) => x >= 0);
}

/**
 * What a person may still do on the locked sheet: select cells, resize rows and columns (the wrapped texts
 * need it), nothing that changes the plan's cells. No password: the lock guards against accidents, and
 * `reja unlock` / the pane's Unlock lift it in the open (the next approval lists what changed).
 */
export const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  formatCells: false,
  insertRows: false,
  insertColumns: false,
  deleteRows: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
} as const;

/** Rows under the plan that are still unlocked in the editable columns (matches the validations' spare rows). */
export const SPARE_UNLOCKED_ROWS = 200;

/**
 * The zero-based rows whose editable cells are unlocked: from below the header to SPARE_UNLOCKED_ROWS past the
 * plan's last section or item row (not past the sheet's used rows, which earlier unlocked blank cells extend).
 */
export function unlockedRows(plan: Plan): { first: number; count: number } {
  let last = plan.headerLastRow;
  for (const s of plan.sections) last = Math.max(last, s.row);
  for (const item of plan.items) for (const r of item.rows) last = Math.max(last, r);
  const first = plan.headerLastRow + 1;
  return { first, count: last + 1 - first + SPARE_UNLOCKED_ROWS };
}
