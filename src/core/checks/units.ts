/** Units of measure: present (or inherited) and in the vocabulary. */
import { CODES } from "../codes";
import { matchUnit } from "../vocabulary";
import { columnOr, singleRowTexts, type Rule, type RuleFinding } from "./rule";

/**
 * One finding per indicator row whose own unit cell is blank (with nothing to inherit) or holds a unit the
 * vocabulary does not know. Inherited units are judged where they are written.
 */
export const unitRule: Rule = ({ plan, vocabulary }) => {
  const col = columnOr(plan, plan.columns.unit);
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    for (let indIndex = 0; indIndex < item.indicators.length; indIndex++) {
      const ind = item.indicators[indIndex];
      if (ind.unitInherited) continue;
      const text = ind.unitText.trim();
      if (text === "" && ind.unit === "") {
        out.push({ code: CODES.unitMissing, item: item.number, row: ind.row, col, params: {} });
      } else if (!ind.unitKnown && text !== "") {
        const { suggestion } = matchUnit(text, vocabulary);
        const params: Record<string, string> = { unit: text };
        if (suggestion) params.suggestion = suggestion;
        const finding: RuleFinding = {
          code: CODES.unitUnknown,
          item: item.number,
          row: ind.row,
          col,
          params,
        };
        // the cell holds the unit alone: the suggestion is its whole corrected text
        if (suggestion && plan.columns.unit >= 0 && singleRowTexts(item)) finding.fix = suggestion;
        out.push(finding);
      }
    }
  }
  return out;
};

export const unitRules: Rule[] = [unitRule];
