/** What must be the same whichever file a plan is read from: the plan's meaning, not its rows. */
import type { Item, Plan } from "../../src/core";

export function itemSummary(item: Item) {
  return {
    number: item.number,
    section: item.section,
    name: item.name,
    deadline: item.deadline.ok ? item.deadline.schedule.windows : item.deadline.reason,
    responsible: item.responsible,
    indicators: item.indicators.map((i) => ({
      unit: i.unit,
      previousFact: i.previousFact.value,
      plan: i.plan.value,
      responsible: i.responsible,
    })),
  };
}

export function planSummary(plan: Plan) {
  return {
    year: plan.year,
    district: plan.district,
    agreedBy: plan.agreedBy?.name ?? null,
    approvedBy: plan.approvedBy?.name ?? null,
    sections: plan.sections.map((s) => `${s.number} ${s.title}`),
  };
}
