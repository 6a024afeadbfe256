/** Responsible services: somebody named (or inherited), every name in the vocabulary. */
import { CODES } from "../codes";
import type { Params } from "../messages/format";
import type { Item, Vocabulary } from "../model";
import { closest, matchKey } from "../text";
import { splitResponsible } from "../vocabulary";
import { columnOr, singleRowTexts, type Rule, type RuleFinding } from "./rule";

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

/** The text with the one occurrence of `name` replaced; null when the name is not written there exactly once. */
function replaceOnce(text: string, name: string, by: string): string | null {
  const at = text.indexOf(name);
  if (name === "" || at < 0 || text.indexOf(name, at + 1) >= 0) return null;
  return text.slice(0, at) + by + text.slice(at + name.length);
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
  const unknown = (itemOf: Item, row: number, name: string, cellText?: string) => {
    const item = itemOf.number;
    const params: Params = { name };
    const suggestion = lookup.suggest(name);
    if (suggestion) params.suggestion = suggestion;
    const finding: RuleFinding = { code: CODES.responsibleUnknown, item, row, col, params };
    const fixed = suggestion && cellText !== undefined ? replaceOnce(cellText, name, suggestion) : null;
    if (fixed !== null && plan.columns.responsible >= 0 && singleRowTexts(itemOf)) finding.fix = fixed;
    out.push(finding);
  };
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (!item.responsibleInherited) {
      if (item.responsible.length === 0) {
        out.push({ code: CODES.responsibleMissing, item: item.number, row: item.row, col, params: {} });
      }
      // the reader also lists here the unknown names of extra indicator rows; those are reported on their row
      for (const name of item.responsibleUnknown)
        if (item.responsible.includes(name)) unknown(item, item.row, name, item.responsibleText);
    }
    for (let i = 1; i < item.indicators.length; i++) {
      const ind = item.indicators[i];
      if (
        ind.row === item.row ||
        ind.responsible.length === 0 ||
        sameNames(ind.responsible, item.responsible)
      )
        continue;
      for (const name of ind.responsible) if (!lookup.isKnown(name)) unknown(item, ind.row, name);
    }
  }
  return out;
};

export const responsibleRules: Rule[] = [responsibleRule];
