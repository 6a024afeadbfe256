/** Item numbers: valid, unique, in order within their parent, sub-items with a parent. */
import { CODES } from "../codes";
import { toA1 } from "../grid";
import type { Item } from "../model";
import { columnOr, type Rule, type RuleFinding } from "./rule";

export const invalidNumbers: Rule = ({ plan }) => {
  const col = columnOr(plan, plan.columns.number);
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (!item.numberValid) {
      out.push({
        code: CODES.numberInvalid,
        item: item.number,
        row: item.row,
        col,
        params: { text: item.numberText },
      });
    }
  }
  return out;
};

/** The same normalised number twice: reported on every occurrence after the first. */
export const duplicateNumbers: Rule = ({ plan, index }) => {
  const col = columnOr(plan, plan.columns.number);
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (!item.numberValid) continue;
    const seen = index.firstByNumber.get(item.number);
    if (seen === undefined || seen === item) continue;
    out.push({
      code: CODES.numberDuplicate,
      item: item.number,
      row: item.row,
      col,
      params: { number: item.number, first: toA1(seen.row, col) },
    });
  }
  return out;
};

/**
 * A number lower than the sibling before it (same parent, hence same level). Gaps are normal (the national
 * template skips numbers); an equal number is a duplicate, reported by its own rule.
 */
export const numberOrder: Rule = ({ plan }) => {
  const col = columnOr(plan, plan.columns.number);
  const lastSibling = new Map<string, Item>();
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (!item.numberValid || item.path.length === 0) continue;
    const key = item.parent ?? "";
    const prev = lastSibling.get(key);
    if (prev !== undefined && last(item.path) < last(prev.path)) {
      out.push({
        code: CODES.numberOrder,
        item: item.number,
        row: item.row,
        col,
        params: { number: item.number, previous: prev.number },
      });
    }
    lastSibling.set(key, item);
  }
  return out;
};

/** A sub-item ("4.1") with no item of its parent's number ("4") above it. */
export const orphanSubitems: Rule = ({ plan, index }) => {
  const col = columnOr(plan, plan.columns.number);
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (!item.numberValid || item.parent === null) continue;
    const parent = index.firstByNumber.get(item.parent);
    if (parent === undefined || parent.row > item.row) {
      out.push({
        code: CODES.subitemOrphan,
        item: item.number,
        row: item.row,
        col,
        params: { number: item.number, parent: item.parent },
      });
    }
  }
  return out;
};

function last(path: number[]): number {
  return path[path.length - 1];
}

export const numberRules: Rule[] = [invalidNumbers, duplicateNumbers, numberOrder, orphanSubitems];
