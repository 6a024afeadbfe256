/**
 * Next year's plan from this year's (spec §10): the same sections and items; each indicator's last-year fact is
 * this year's facts to date; the new plan quantity empty (or a suggestion written beside it, in "Izoh", never
 * in the plan cell); the plan's year Y moved to Y+1 where it stands as a year word in a text ("2026-yil
 * davomida" → "2027-yil davomida"), but never in the date of a decree or law ("2026-yil 15-yanvardagi PQ-9-son
 * qarori") nor in a span of years ("2026-2030-yillarda"); no facts, notes, statuses or approval.
 */
import { PLAN_SHEET_TEXTS } from "../messages/plan-sheet-texts";
import type { Indicator, Item, Lang, Plan, Quantity, Section } from "../model";
import { factValue } from "../status";

const MONTHS =
  "yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr|" +
  "январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр";

/** After the year word: a day of a month ("… 15-yanvarda"), a decree's number ("… 5-son", "… PQ-9") → a date. */
const DECREE_DATE = new RegExp(
  `^\\s*-?\\s*(?:yil|йил)\\S*\\s+(?:\\d{1,2}\\s*-?\\s*(?:${MONTHS})|\\d+\\s*-\\s*son|[A-ZА-Я]{2,}\\s*-\\s*\\d)`,
  "i"
);

/** `year` → `year + 1` wherever it stands as the plan's year word in `text`; every other number stays. */
export function moveYearWords(text: string, year: number): string {
  if (text === "" || !text.includes(String(year))) return text;
  const re = new RegExp(`(?<![\\d.,/–—-])${year}(?=\\s*-?\\s*(?:yil|йил))`, "gi");
  return text.replace(re, (match, offset: number) =>
    DECREE_DATE.test(text.slice(offset + match.length)) ? match : String(year + 1)
  );
}

/** The facts to date of an indicator: every quarter entered (numbers; a done mark counts 1), or null when none. */
export function factsToDate(ind: Indicator): number | null {
  let sum: number | null = null;
  for (const f of ind.facts) {
    const v = factValue(f);
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum === null ? null : Math.round(sum * 1e6) / 1e6;
}

/** A suggested plan quantity: the larger of this year's plan and facts, rounded up (to 5 from 20, to 10 from 100). */
export function suggestedPlan(plan: number | null, facts: number | null): number | null {
  const base = Math.max(plan ?? -1, facts ?? -1);
  if (base <= 0) return null;
  const step = base >= 100 ? 10 : base >= 20 ? 5 : 1;
  return Math.ceil(base / step) * step;
}

export interface NextYearOptions {
  /** the year of the plan read (settings over the plan's own) */
  year: number;
  /** write a suggested quantity into "Izoh" */
  suggest?: boolean;
  /** the workbook's language: the suggestions' words (Uzbek Latin by default) */
  lang?: Lang;
}

export interface NextYearPlan {
  plan: Plan;
  year: number;
  /** how many indicators got a suggestion */
  suggestions: number;
}

const NONE: Quantity = { text: "", value: null, error: null };

function quantityOf(n: number | null): Quantity {
  if (n === null) return NONE;
  return { text: String(n), value: n, error: Number.isInteger(n) ? null : "fractional" };
}

/** The note ("Izoh") text of a suggestion, in the workbook's language like Reja's other words in the sheet. */
export function suggestionNote(
  value: number,
  year: number,
  plan: number | null,
  facts: number | null,
  lang: Lang = "uz"
): string {
  const dash = (n: number | null): string => (n === null ? "–" : String(n));
  return PLAN_SHEET_TEXTS[lang].suggestion({ value, year, plan: dash(plan), facts: dash(facts) });
}

export function nextYearPlan(plan: Plan, options: NextYearOptions): NextYearPlan {
  const from = options.year;
  const move = (s: string): string => moveYearWords(s, from);
  let suggestions = 0;
  const indicator = (ind: Indicator): Indicator => {
    const facts = factsToDate(ind);
    // an indicator tracked by done marks alone (no planned quantity, no counted fact) gets no suggestion
    const counted = ind.plan.value !== null || ind.facts.some((f) => f?.kind === "number");
    const suggestion = options.suggest && counted ? suggestedPlan(ind.plan.value, facts) : null;
    if (suggestion !== null) suggestions++;
    return {
      ...ind,
      previousFact: quantityOf(facts),
      plan: NONE,
      mechanism: move(ind.mechanism),
      facts: [null, null, null, null],
      note: suggestion === null ? "" : suggestionNote(suggestion, from, ind.plan.value, facts, options.lang),
    };
  };
  const item = (it: Item): Item => ({
    ...it,
    name: move(it.name),
    mechanism: move(it.mechanism),
    deadlineText: move(it.deadlineText),
    indicators: it.indicators.map(indicator),
  });
  const section = (s: Section): Section => ({ ...s, title: move(s.title) });
  const next: Plan = {
    ...plan,
    year: from + 1,
    centre: plan.centre === null ? null : move(plan.centre),
    agreedBy: plan.agreedBy && { ...plan.agreedBy, position: move(plan.agreedBy.position) },
    approvedBy: plan.approvedBy && { ...plan.approvedBy, position: move(plan.approvedBy.position) },
    sections: plan.sections.map(section),
    items: plan.items.map(item),
  };
  return { plan: next, year: from + 1, suggestions };
}
