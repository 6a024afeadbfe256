/** Deadlines (docs/domain.md §5): present, understood, and for the plan's year. Inherited deadlines are judged on the parent. */
import { CODES } from "../codes";
import type { Params } from "../messages/format";
import { columnOr, singleRowTexts, type Rule, type RuleFinding } from "./rule";

export const deadlineRule: Rule = ({ plan }) => {
  const col = columnOr(plan, plan.columns.deadline);
  const out: RuleFinding[] = [];
  for (let itemIndex = 0; itemIndex < plan.items.length; itemIndex++) {
    const item = plan.items[itemIndex];
    if (item.deadlineInherited) continue;
    const d = item.deadline;
    const at = { item: item.number, row: item.row, col };
    if (!d.ok && d.reason === "missing") {
      out.push({ code: CODES.deadlineMissing, ...at, params: {} });
    } else if (!d.ok) {
      const params: Params = { text: item.deadlineText };
      if (d.suggestion) params.suggestion = d.suggestion;
      const finding: RuleFinding = { code: CODES.deadlineUnknown, ...at, params };
      // a suggestion is a whole canonical phrase: it replaces the cell's text
      if (d.suggestion && plan.columns.deadline >= 0 && singleRowTexts(item)) finding.fix = d.suggestion;
      out.push(finding);
    } else if (d.schedule.year !== null && plan.year !== null && d.schedule.year !== plan.year) {
      out.push({
        code: CODES.deadlineWrongYear,
        ...at,
        params: { text: item.deadlineText, year: d.schedule.year, planYear: plan.year },
      });
    }
  }
  return out;
};

export const deadlineRules: Rule[] = [deadlineRule];
