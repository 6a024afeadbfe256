/** Small builders of Plans for the layout tests (independent of the reader). */
import type {
  Fact,
  Indicator,
  Item,
  Plan,
  PlanColumns,
  Quantity,
  Schedule,
  ScheduleKind,
  Section,
  Window,
} from "../../../src/core/model";
import { parseFact } from "../../../src/core/quantity";

export const W = {
  year: [
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
  ] as Window[],
  twice: [
    [1, 2],
    [3, 4],
  ] as Window[],
  q: (n: 1 | 2 | 3 | 4): Window[] => [[n, n]],
  range: (a: 1 | 2 | 3 | 4, b: 1 | 2 | 3 | 4): Window[] => [[a, b]],
};

function quantity(v: number | string | null | undefined): Quantity {
  if (v === null || v === undefined || v === "") return { text: "", value: null, error: null };
  if (typeof v === "number") return { text: String(v), value: v, error: null };
  return { text: v, value: null, error: "not_a_number" };
}

export interface IndicatorOpts {
  unit?: string;
  unitInherited?: boolean;
  plan?: number | string | null;
  prev?: number | string | null;
  facts?: (number | string | null)[];
  mechanism?: string;
  responsible?: string[];
  note?: string;
}

export function indicator(o: IndicatorOpts = {}): Indicator {
  const f = o.facts ?? [];
  const facts = [0, 1, 2, 3].map((q) => (f[q] === undefined || f[q] === null ? null : parseFact(f[q]))) as [
    Fact | null,
    Fact | null,
    Fact | null,
    Fact | null,
  ];
  return {
    unit: o.unit ?? "Tadbir",
    unitText: o.unitInherited ? "" : (o.unit ?? "Tadbir"),
    unitInherited: o.unitInherited ?? false,
    unitKnown: true,
    previousFact: quantity(o.prev),
    plan: quantity(o.plan),
    mechanism: o.mechanism ?? "",
    responsible: o.responsible ?? [],
    row: -1,
    facts,
    note: o.note ?? "",
  };
}

export interface ItemOpts extends IndicatorOpts {
  name?: string;
  windows?: Window[] | null;
  kind?: ScheduleKind;
  deadlineText?: string;
  deadlineInherited?: boolean;
  responsibleText?: string;
  responsibleInherited?: boolean;
  more?: IndicatorOpts[];
}

export function item(number: string, o: ItemOpts = {}): Item {
  const windows = o.windows === undefined ? W.year : o.windows;
  const schedule: Schedule | null = windows
    ? { kind: o.kind ?? "year", windows, year: null, note: null }
    : null;
  const responsible = o.responsible ?? ["Axborot-kutubxona markazi direktori"];
  const first = indicator({ ...o, responsible });
  const norm = number.replace(/\.$/, "");
  const path = /^\d+(\.\d+)*$/.test(norm) ? norm.split(".").map(Number) : [];
  return {
    number: norm,
    numberText: number,
    numberValid: path.length > 0,
    path,
    parent: path.length > 1 ? path.slice(0, -1).join(".") : null,
    section: null,
    name: o.name ?? `Tadbir ${norm}`,
    mechanism: o.mechanism ?? "",
    deadlineText: o.deadlineText ?? (windows ? "2026-yil davomida" : ""),
    deadlineInherited: o.deadlineInherited ?? false,
    deadline: schedule ? { ok: true, schedule } : { ok: false, reason: "missing" },
    responsibleText: o.responsibleText ?? responsible.join("\n"),
    responsibleInherited: o.responsibleInherited ?? false,
    responsible,
    responsibleUnknown: [],
    indicators: [first, ...(o.more ?? []).map((m) => indicator({ unit: first.unit, ...m }))],
    row: -1,
    rows: [],
  };
}

export function section(number: string, title: string): Section {
  return { number, title, row: -1 };
}

/** Tracking columns as in the structured plan sheet (PLAN_COL), or none. */
export function structuredColumns(tracking = true): PlanColumns {
  return {
    number: 0,
    name: 1,
    unit: 2,
    previousFact: 3,
    plan: 4,
    mechanism: 5,
    deadline: 6,
    responsible: 7,
    facts: tracking ? [8, 9, 10, 11] : [-1, -1, -1, -1],
    totalFact: tracking ? 12 : -1,
    percent: tracking ? 13 : -1,
    statuses: tracking ? [14, 15, 16, 17] : [-1, -1, -1, -1],
    note: tracking ? 18 : -1,
  };
}

export interface PlanOpts {
  year?: number | null;
  district?: string;
  tracking?: boolean;
  headerRow?: number;
}

/** A plan of the entries in order; rows numbered from just below a 2-row header, sections assigned. */
export function plan(entries: (Item | Section)[], o: PlanOpts = {}): Plan {
  const headerRow = o.headerRow ?? 0;
  let row = headerRow + 2;
  const items: Item[] = [];
  const sections: Section[] = [];
  let current: string | null = null;
  for (const e of entries) {
    if ("indicators" in e) {
      e.row = row;
      e.section = current;
      e.rows = e.indicators.map((ind) => {
        ind.row = row;
        return row++;
      });
      items.push(e);
    } else {
      e.row = row++;
      current = e.number;
      sections.push(e);
    }
  }
  const district = o.district ?? "Jondor";
  return {
    year: o.year === undefined ? 2026 : o.year,
    district,
    districtKind: "tuman",
    centre: `${district} tuman axborot-kutubxona markazining`,
    agreedBy: {
      position: "Abu Ali ibn Sino nomidagi Buxoro viloyati axborot-kutubxona markazi direktori v.v.b.",
      name: "H. Qosimov",
    },
    approvedBy: { position: "_____ tuman axborot-kutubxona markazi direktori", name: "R. Halimov" },
    headerRow,
    headerLastRow: headerRow + 1,
    columns: structuredColumns(o.tracking ?? true),
    sections,
    items,
    rowCount: row,
    colCount: 19,
  };
}
