/** English messages. */
import { formatNumber as n, formatPercent as pct, opt, roman, type Catalogue, type Params } from "./format";

const num = (v: string | number | undefined) => n(v, "en");

function field(p: Params): string {
  if (p.field === "fact") return `The quarter ${roman(p.quarter)} fact`;
  if (p.field === "previous_fact") return `Last year's fact`;
  return "The planned quantity";
}

export const en: Catalogue = {
  "number.invalid": (p) =>
    (p.text === "" ? `The item has no number.` : `"${p.text}" is not a valid item number.`) +
    ` Write it like "4", "4.1" or "4.1.".`,
  "number.duplicate": (p) => `Item number ${p.number} appears twice (first in cell ${p.first}).`,
  "number.order": (p) => `Item number ${p.number} is lower than the one before it (${p.previous}).`,
  "subitem.orphan": (p) => `Sub-item ${p.number} has no parent item ${p.parent}.`,
  "unit.missing": () => `No unit of measure given.`,
  "unit.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `The unit "${p.unit}" is not in the vocabulary. ` +
      (s ? `Did you mean "${s}"?` : `Pick a unit from the vocabulary or add it there.`)
    );
  },
  "quantity.invalid": (p) => {
    if (p.reason === "negative") return `${field(p)} cannot be negative: "${p.text}".`;
    if (p.reason === "fractional") return `${field(p)} must be a whole number: "${p.text}" is a fraction.`;
    return `${field(p)} is not a number: "${p.text}". Write the quantity in digits.`;
  },
  "plan.below_fact": (p) =>
    p.year === undefined
      ? `The plan (${num(p.plan)}) is lower than last year's fact (${num(p.fact)}).`
      : `The ${p.year} plan (${num(p.plan)}) is lower than the ${p.previousYear} fact (${num(p.fact)}).`,
  "subitems.sum_mismatch": (p) =>
    `The sub-items' plans add up to ${num(p.sum)}, not to item ${p.number}'s plan (${num(p.plan)}).`,
  "deadline.missing": () => `No deadline given.`,
  "deadline.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `The deadline "${p.text}" is not understood. ` +
      (s ? `Did you mean "${s}"?` : `For example: "yil davomida", "har chorakda", "II chorak".`)
    );
  },
  "deadline.wrong_year": (p) => `The deadline names the year ${p.year}, but the plan is for ${p.planYear}.`,
  "responsible.missing": () => `Nobody is named responsible.`,
  "responsible.unknown": (p) => {
    const s = opt(p, "suggestion");
    return (
      `"${p.name}" is not in the list of responsible services. ` +
      (s ? `Did you mean "${s}"?` : `Pick a name from the vocabulary or add it there.`)
    );
  },
  "fact.missing": (p) => `No fact entered for quarter ${roman(p.quarter)}.`,
  "fact.suspicious": (p) =>
    `The fact to date (${num(p.fact)}) is ${pct(p.percent, "en")} of the annual plan (${num(p.plan)}). A typo?`,
  "note.missing": (p) =>
    (p.percent === undefined
      ? `The period's plan is not done.`
      : `The period's plan is ${pct(p.percent, "en")} done.`) +
    ` Give the reason for the shortfall in the "${p.note}" column.`,
  "number.converted": (p) =>
    `Excel turned the item number into a date (${p.shown}); it is read as ${p.number}. Format the № column as Text and type ${p.number} again.`,
  "cell.invalid_chars": (p) =>
    `The cell had ${p.count} characters Excel cannot hold; they were dropped. Check the text.`,
  "cell.too_long": (p) =>
    `The cell's text is ${p.length} characters long, but an Excel cell holds at most ${p.limit}: it was cut ("…[qisqartirildi]"). Split it over several cells.`,
  "column.missing": (p) =>
    `The "${p.column}" column was not found (its header was renamed or deleted): it will not be filled or reported. Name the header "${p.column}" again.`,
  "text.lost_characters": (p) =>
    `The file has "?" in place of letters (${p.count} in all; the first in this cell: "${p.sample}"): the program that saved it could not write them. Save the file again as "Unicode Text" or UTF-8.`,
  "text.invalid_bytes": (p) =>
    `The file has broken characters (${p.count} in all, shown as "�"; the first in this cell). Save the file again as "Unicode Text" or UTF-8.`,
  "text.uncertain_encoding": (p) =>
    `The file was read as Windows-1251, but words mix Latin and Cyrillic letters (${p.count} in all; the first in this cell: "${p.sample}"): the encoding may be another. Save the file again as "Unicode Text" or UTF-8.`,
};
