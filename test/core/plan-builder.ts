/**
 * Builds Plan objects directly (no grid), for testing the checks rule by rule. Rows are numbered from the
 * first row under a two-row header, one row per item, indicator or section; columns follow the seed's order
 * (№ A, Nomi B, O'lchov birligi C, fakt D, reja E, mexanizm F, muddat G, mas'ullar H) and, with tracking,
 * I–L quarter facts, M jami, N %, O–R holati, S Izoh.
 */
import { parseDeadline } from "../../src/core/deadline";
import type { DeadlineParse, Fact, Indicator, Item, Plan, PlanColumns, Section } from "../../src/core/model";
import { parseFact, parseQuantity } from "../../src/core/quantity";
import { DEFAULT_VOCABULARY, isCountUnit, matchUnit, splitResponsible } from "../../src/core/vocabulary";

export interface IndicatorSpec {
  unit?: string;
  prev?: string | number;
  plan?: string | number;
  responsible?: string;
  /** quarter facts I–IV as typed; null/undefined = nothing entered */
  facts?: (string | number | null | undefined)[];
  note?: string;
}

export interface ItemSpec extends IndicatorSpec {
  name?: string;
  /** deadline text (parsed with parseDeadline) or a ready parse */
  deadline?: string | DeadlineParse;
}

export const TRACKED_COLUMNS: PlanColumns = {
  number: 0,
  name: 1,
  unit: 2,
  previousFact: 3,
  plan: 4,
  mechanism: 5,
  deadline: 6,
  responsible: 7,
  facts: [8, 9, 10, 11],
  totalFact: 12,
  percent: 13,
  statuses: [14, 15, 16, 17],
  note: 18,
};

export const PLAIN_COLUMNS: PlanColumns = {
  ...TRACKED_COLUMNS,
  facts: [-1, -1, -1, -1],
  totalFact: -1,
  percent: -1,
  statuses: [-1, -1, -1, -1],
  note: -1,
};

const NUMBER = /^\d+(\.\d+)*\.?$/;

export class PlanBuilder {
  private readonly items: Item[] = [];
  private readonly lastByNumber = new Map<string, Item>();
  private readonly sections: Section[] = [];
  private row: number;
  private section: string | null = null;

  constructor(
    private readonly year: number | null = 2026,
    private readonly columns: PlanColumns = PLAIN_COLUMNS,
    headerRow = 0
  ) {
    this.row = headerRow + 2;
  }

  static tracked(year: number | null = 2026): PlanBuilder {
    return new PlanBuilder(year, TRACKED_COLUMNS);
  }

  /** Skips rows (blank lines, continuation rows) so that row numbers can match a sheet. */
  skip(rows = 1): this {
    this.row += rows;
    return this;
  }

  sec(number: string, title = "BO'LIM"): this {
    this.sections.push({ number, title, row: this.row++ });
    this.section = number;
    return this;
  }

  item(numberText: string, spec: ItemSpec = {}): this {
    const text = numberText.trim();
    const valid = NUMBER.test(text);
    const number = valid ? text.replace(/\.$/, "") : text;
    const path = valid ? number.split(".").map(Number) : [];
    const parentNumber = path.length > 1 ? path.slice(0, -1).join(".") : null;
    const parent = parentNumber === null ? undefined : this.lastByNumber.get(parentNumber);

    const deadlineText = typeof spec.deadline === "string" ? spec.deadline : "";
    let deadline: DeadlineParse =
      typeof spec.deadline === "object" ? spec.deadline : parseDeadline(deadlineText, this.year);
    let deadlineInherited = false;
    if (spec.deadline === undefined && parent) {
      deadline = parent.deadline;
      deadlineInherited = true;
    }

    let responsibleText = spec.responsible ?? "";
    let responsibleInherited = false;
    if (responsibleText.trim() === "" && parent) {
      responsibleText = parent.responsibleText;
      responsibleInherited = true;
    }
    const split = splitResponsible(responsibleText, DEFAULT_VOCABULARY);

    const row = this.row++;
    const head = this.indicator(spec, row, parent?.indicators[0] ?? null, split.names);
    this.items.push({
      number,
      numberText: text,
      numberValid: valid,
      path,
      parent: parentNumber,
      section: this.section,
      name: spec.name ?? `Band ${text}`,
      mechanism: "",
      deadlineText: deadlineInherited && parent ? parent.deadlineText : deadlineText,
      deadlineInherited,
      deadline,
      responsibleText,
      responsibleInherited,
      responsible: split.names,
      responsibleUnknown: split.unknown,
      indicators: [head],
      row,
      rows: [row],
    });
    if (valid) this.lastByNumber.set(number, this.items[this.items.length - 1]);
    return this;
  }

  /** An extra indicator row of the last item (empty № and Nomi). */
  extra(spec: IndicatorSpec): this {
    const item = this.items[this.items.length - 1];
    const row = this.row++;
    const own = spec.responsible
      ? splitResponsible(spec.responsible, DEFAULT_VOCABULARY).names
      : item.responsible;
    item.indicators.push(this.indicator(spec, row, item.indicators[0], own));
    item.rows.push(row);
    return this;
  }

  private indicator(
    spec: IndicatorSpec,
    row: number,
    from: Indicator | null,
    responsible: string[]
  ): Indicator {
    const unitText = spec.unit ?? "";
    let unit = "";
    let unitKnown = false;
    let unitInherited = false;
    if (unitText.trim() !== "") {
      const m = matchUnit(unitText, DEFAULT_VOCABULARY);
      unit = m.canonical ?? unitText;
      unitKnown = m.canonical !== null;
    } else if (from) {
      unit = from.unit;
      unitKnown = from.unitKnown;
      unitInherited = from.unit !== "";
    }
    const countUnit = unitKnown && isCountUnit(unit);
    const facts = [0, 1, 2, 3].map((i) => parseFact(spec.facts?.[i] ?? null)) as [
      Fact | null,
      Fact | null,
      Fact | null,
      Fact | null,
    ];
    return {
      unit,
      unitText,
      unitInherited,
      unitKnown,
      previousFact: parseQuantity(spec.prev ?? null, { countUnit }),
      plan: parseQuantity(spec.plan ?? null, { countUnit }),
      mechanism: "",
      responsible,
      row,
      facts,
      note: spec.note ?? "",
    };
  }

  build(): Plan {
    return {
      year: this.year,
      district: "Sinov",
      districtKind: "tuman",
      centre: "Sinov tuman axborot-kutubxona markazining",
      agreedBy: null,
      approvedBy: null,
      headerRow: 0,
      headerLastRow: 1,
      columns: this.columns,
      sections: this.sections,
      items: this.items,
      rowCount: this.row,
      colCount: this.columns.note >= 0 ? this.columns.note + 1 : 8,
    };
  }
}

/** A plan with the given items under one section (row 3 is the section, items from row 4). */
export function plan(year: number | null = 2026): PlanBuilder {
  return new PlanBuilder(year).sec("I");
}
