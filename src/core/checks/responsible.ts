/** Responsible services: somebody named (or inherited), every name in the vocabulary. */
import { CODES } from "../codes";
import type { Params } from "../messages/format";
import type { Vocabulary } from "../model";
import { closest, matchKey } from "../text";
import { splitResponsible } from "../vocabulary";
import { columnOr, type Rule, type RuleFinding } from "./rule";

/** Looks names up in the responsible vocabulary and suggests the closest canonical name for an unknown one. */
class ResponsibleLookup {
  private readonly known = new Set<string>();
  private readonly canonicalOf = new Map<string, string>();
  private readonly phrases: string[] = [];

  constructor(private readonly vocabulary: Vocabulary) {
    for (const entry of vocabulary.responsible) {
      for (const phrase of [entry.canonical, ...entry.variants]) {
        const key = matchKey(phrase);
        this.known.add(key);
        if (!this.canonicalOf.has(key)) this.canonicalOf.set(key, entry.canonical);
        this.phrases.push(phrase);
      }
    }
  }

  isKnown(name: string): boolean {
    return this.known.has(matchKey(name)) || splitResponsible(name, this.vocabulary).unknown.length === 0;
  }

  suggest(name: string): string | null {
    const hit = closest(name, this.phrases);
    return hit === null ? null : (this.canonicalOf.get(matchKey(hit)) ?? hit);
  }
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * responsible.missing on an item with nobody named and nothing inherited; responsible.unknown per unknown
 * name, on the item's row and on an extra indicator row that names its own services (seed item 19).
 */
export const responsibleRule: Rule = ({ plan, vocabulary }) => {
  const col = columnOr(plan, plan.columns.responsible);
  const lookup = new ResponsibleLookup(vocabulary);
  const out: RuleFinding[] = [];
  const unknown = (item: string, row: number, name: string) => {
    const params: Params = { name };
    const suggestion = lookup.suggest(name);
    if (suggestion) params.suggestion = suggestion;
    out.push({ code: CODES.responsibleUnknown, item, row, col, params });
  };
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (!item.responsibleInherited) {
      if (item.responsible.length === 0) {
        out.push({ code: CODES.responsibleMissing, item: item.number, row: item.row, col, params: {} });
      }
      // the reader also lists here the unknown names of extra indicator rows; those are reported on their row
      for (const name of item.responsibleUnknown)
        if (item.responsible.includes(name)) unknown(item.number, item.row, name);
    }
    for (let i = 1; i < item.indicators.length; i++) {
      const ind = item.indicators[i];
      if (
        ind.row === item.row ||
        ind.responsible.length === 0 ||
        sameNames(ind.responsible, item.responsible)
      )
        continue;
      for (const name of ind.responsible) if (!lookup.isKnown(name)) unknown(item.number, ind.row, name);
    }
  }
  return out;
};

export const responsibleRules: Rule[] = [responsibleRule];
