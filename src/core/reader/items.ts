/** Items being assembled from their rows, and their completion (inheritance, vocabularies, deadlines). */
import { rawToText, type RawCell } from "../grid";
import type { Fact, Indicator, Item, PlanColumns, Vocabulary } from "../model";
import { parseDeadline } from "../deadline";
import { looksNumeric, parseFact, parseQuantity } from "../quantity";
import { isCountUnit, matchUnit, splitResponsible } from "../vocabulary";
import { appendPiece, newAcc, type TextAcc } from "./join";

export interface IndicatorDraft {
  row: number;
  unit: TextAcc;
  previousFact: RawCell;
  plan: RawCell;
  mechanism: TextAcc;
  responsible: TextAcc;
  facts: [Fact | null, Fact | null, Fact | null, Fact | null];
  note: TextAcc;
}

export interface ItemDraft {
  numberText: string;
  number: string;
  numberValid: boolean;
  path: number[];
  section: string | null;
  name: TextAcc;
  deadline: TextAcc;
  row: number;
  rows: number[];
  /** the first is the item's own row; its mechanism and responsible are the item's */
  indicators: IndicatorDraft[];
}

function at(row: readonly RawCell[], c: number): RawCell {
  return c >= 0 ? row[c] : undefined;
}

function text(row: readonly RawCell[], c: number): string {
  return rawToText(at(row, c));
}

const MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"];

/**
 * A deadline cell as text. Excel turns a typed "15-mart" into a date: a Date (ExcelJS) or a date serial number
 * (Office.js, 1990–2100) is written as in official texts, "2026-yil 15-mart", for the deadline grammar.
 */
export function deadlineText(v: RawCell): string {
  let d: Date | null = null;
  if (v instanceof Date && !isNaN(v.getTime())) d = v;
  else if (typeof v === "number" && Number.isInteger(v) && v >= 32874 && v <= 73051) d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
  if (!d) return rawToText(v);
  return `${d.getUTCFullYear()}-yil ${d.getUTCDate()}-${MONTHS[d.getUTCMonth()]}`;
}

function readFacts(row: readonly RawCell[], cols: PlanColumns): IndicatorDraft["facts"] {
  return [0, 1, 2, 3].map((q) => (cols.facts[q] >= 0 ? parseFact(at(row, cols.facts[q])) : null)) as IndicatorDraft["facts"];
}

export function indicatorFromRow(row: readonly RawCell[], r: number, cols: PlanColumns): IndicatorDraft {
  return {
    row: r,
    unit: newAcc(text(row, cols.unit)),
    previousFact: at(row, cols.previousFact),
    plan: at(row, cols.plan),
    mechanism: newAcc(text(row, cols.mechanism)),
    responsible: newAcc(text(row, cols.responsible)),
    facts: readFacts(row, cols),
    note: newAcc(text(row, cols.note)),
  };
}

export function itemFromRow(
  row: readonly RawCell[],
  r: number,
  cols: PlanColumns,
  num: { numberText: string; number: string; path: number[]; valid: boolean },
  section: string | null,
): ItemDraft {
  return {
    numberText: num.numberText,
    number: num.number,
    numberValid: num.valid,
    path: num.path,
    section,
    name: newAcc(text(row, cols.name)),
    deadline: newAcc(deadlineText(at(row, cols.deadline))),
    row: r,
    rows: [r],
    indicators: [indicatorFromRow(row, r, cols)],
  };
}

/**
 * Appends a continuation row's texts to the item, column by column; mechanism, responsible, unit and note go
 * to the indicator the previous content row belonged to. Text in a quantity column is mechanism text (the
 * seed has a continuation shifted one column left).
 */
export function continueItem(item: ItemDraft, row: readonly RawCell[], r: number, cols: PlanColumns): void {
  const ind = item.indicators[item.indicators.length - 1];
  appendPiece(item.name, text(row, cols.name));
  appendPiece(ind.unit, text(row, cols.unit));
  const shifted = [cols.previousFact, cols.plan].filter((c) => c >= 0 && c !== cols.mechanism).sort((a, b) => a - b);
  for (const c of shifted) {
    const t = text(row, c);
    if (!/^[-–—_]+$/.test(t) && !looksNumeric(t)) appendPiece(ind.mechanism, t, true);
  }
  appendPiece(ind.mechanism, text(row, cols.mechanism), true);
  appendPiece(item.deadline, deadlineText(at(row, cols.deadline)));
  appendPiece(ind.responsible, text(row, cols.responsible));
  appendPiece(ind.note, text(row, cols.note), true);
  item.rows.push(r);
}

export function addIndicator(item: ItemDraft, row: readonly RawCell[], r: number, cols: PlanColumns): void {
  item.indicators.push(indicatorFromRow(row, r, cols));
  item.rows.push(r);
}

function pushUnique(list: string[], values: string[]): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

/** Completes a draft: inheritance from the parent (already completed), vocabularies, quantities, deadline. */
export function completeItem(d: ItemDraft, parent: Item | null, year: number | null, vocab: Vocabulary): Item {
  const first = d.indicators[0];
  let deadlineText = d.deadline.text;
  let deadlineInherited = false;
  if (!deadlineText && parent && parent.deadlineText) {
    deadlineText = parent.deadlineText;
    deadlineInherited = true;
  }
  let responsibleText = first.responsible.text;
  let responsibleInherited = false;
  let responsible: string[];
  let responsibleUnknown: string[];
  if (!responsibleText && parent && parent.responsibleText) {
    responsibleText = parent.responsibleText;
    responsibleInherited = true;
    responsible = [...parent.responsible];
    responsibleUnknown = [];
  } else {
    const split = splitResponsible(responsibleText, vocab);
    responsible = split.names;
    responsibleUnknown = split.unknown;
  }

  const parentUnit = parent?.indicators[0]?.unitText ?? "";
  const indicators: Indicator[] = [];
  d.indicators.forEach((ind, i) => {
    let unitText = ind.unit.text;
    let unitInherited = false;
    if (!unitText) {
      const from = i === 0 ? parentUnit : indicators[0].unitText;
      if (from) {
        unitText = from;
        unitInherited = true;
      }
    }
    const m = unitText ? matchUnit(unitText, vocab) : { canonical: null, suggestion: null };
    const unit = m.canonical ?? unitText;
    const countUnit = m.canonical !== null && isCountUnit(m.canonical);
    let indResponsible = responsible;
    if (i > 0 && ind.responsible.text) {
      const split = splitResponsible(ind.responsible.text, vocab);
      indResponsible = split.names;
      pushUnique(responsibleUnknown, split.unknown);
    }
    indicators.push({
      unit,
      unitText,
      unitInherited,
      unitKnown: m.canonical !== null,
      previousFact: parseQuantity(ind.previousFact, { countUnit }),
      plan: parseQuantity(ind.plan, { countUnit }),
      mechanism: ind.mechanism.text,
      responsible: [...indResponsible],
      row: ind.row,
      facts: ind.facts,
      note: ind.note.text,
    });
  });

  return {
    number: d.number,
    numberText: d.numberText,
    numberValid: d.numberValid,
    path: d.path,
    parent: d.path.length > 1 ? d.path.slice(0, -1).join(".") : null,
    section: d.section,
    name: d.name.text,
    mechanism: first.mechanism.text,
    deadlineText,
    deadlineInherited,
    deadline: parseDeadline(deadlineText, year),
    responsibleText,
    responsibleInherited,
    responsible,
    responsibleUnknown,
    indicators,
    row: d.row,
    rows: d.rows,
  };
}
