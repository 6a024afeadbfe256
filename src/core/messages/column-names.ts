/**
 * The plan sheet's column names as a workbook in a given language writes them, for texts that name a column
 * ("write the reason in the Izoh column"): taken from the catalogues that write the headers, so a text in one
 * language names the column as the user's workbook shows it (pane in Uzbek Cyrillic, workbook in Latin: "Izoh").
 */
import type { Lang } from "../model";
import { PLAN_SHEET_TEXTS } from "./plan-sheet-texts";
import { TRACKING_HEADER_TEXTS } from "./tracking-headers";

export interface ColumnNames {
  number: string;
  name: string;
  unit: string;
  mechanism: string;
  deadline: string;
  responsible: string;
  /** "I chorak fakt" … "IV chorak fakt" */
  facts: readonly [string, string, string, string];
  totalFact: string;
  percent: string;
  statuses: readonly [string, string, string, string];
  note: string;
  /** the plan's own columns, first to last: "№ … Mas'ullar" */
  planColumns: string;
}

export function columnNames(lang: Lang): ColumnNames {
  const plan = PLAN_SHEET_TEXTS[lang];
  const t = TRACKING_HEADER_TEXTS[lang];
  return {
    number: plan.number,
    name: plan.name,
    unit: plan.unit,
    mechanism: plan.mechanism,
    deadline: plan.deadline,
    responsible: plan.responsible,
    facts: [t[0], t[1], t[2], t[3]],
    totalFact: t[4],
    percent: t[5],
    statuses: [t[6], t[7], t[8], t[9]],
    note: t[10],
    planColumns: `${plan.number} … ${plan.responsible}`,
  };
}
