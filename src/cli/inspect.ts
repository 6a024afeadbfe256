/** `reja inspect FILE [--sheet NAME] [--json]`: the plan as read (sections, items, schedules, indicators). */
import type { Item, Plan } from "../core";
import type { INSPECT_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { plural, table, toJson, windowText } from "./format";
import { loadPlan } from "./input";

type Options = typeof INSPECT_OPTIONS;

export interface InspectItem {
  number: string;
  name: string;
  unit: string;
  deadline: string;
  windows: [number, number][];
  responsible: string[];
  indicators: {
    unit: string;
    previousFact: number | null;
    plan: number | null;
  }[];
  /** 1-based grid row of the item */
  row: number;
}

export interface InspectJson {
  year: number | null;
  district: string | null;
  sections: { number: string; title: string }[];
  items: InspectItem[];
}

export function inspectJson(plan: Plan): InspectJson {
  return {
    year: plan.year,
    district: plan.district,
    sections: plan.sections.map((s) => ({ number: s.number, title: s.title })),
    items: plan.items.map(inspectItem),
  };
}

function inspectItem(item: Item): InspectItem {
  return {
    number: item.number,
    name: item.name,
    unit: item.indicators[0]?.unit ?? "",
    deadline: item.deadlineText,
    windows: item.deadline.ok ? item.deadline.schedule.windows.map((w) => [w[0], w[1]]) : [],
    responsible: item.responsible,
    indicators: item.indicators.map((ind) => ({
      unit: ind.unit,
      previousFact: ind.previousFact.value,
      plan: ind.plan.value,
    })),
    row: item.row + 1,
  };
}

export async function inspect({ args, options, io }: CommandContext<Options>): Promise<"ok"> {
  const loaded = await loadPlan(args[0], options.sheet);
  const json = inspectJson(loaded.plan);
  if (options.json) {
    io.out(toJson(json));
    return "ok";
  }
  io.out(summaryText(json, loaded.plan));
  return "ok";
}

function summaryText(json: InspectJson, plan: Plan): string {
  const place = [json.district, plan.districtKind].filter(Boolean).join(" ") || "(district not named)";
  const head = `${place}, ${json.year ?? "(year not found)"}: ${plural(json.sections.length, "section", "sections")}, ${plural(json.items.length, "item", "items")}`;
  const lines = [head, ""];
  const bySection = new Map<string | null, Item[]>();
  for (const item of plan.items) {
    const list = bySection.get(item.section) ?? [];
    list.push(item);
    bySection.set(item.section, list);
  }
  const sectionOrder: (string | null)[] = [null, ...plan.sections.map((s) => s.number)];
  for (const key of sectionOrder) {
    const items = bySection.get(key);
    const section = plan.sections.find((s) => s.number === key);
    if (section) lines.push(`${section.number}. ${section.title}`);
    if (!items || items.length === 0) {
      if (section) lines.push("");
      continue;
    }
    const rows = items.map((item) => {
      const quantities = item.indicators
        .map((i) => `${i.previousFact.value ?? "–"}→${i.plan.value ?? "–"} ${i.unit}`.trim())
        .join("; ");
      const windows = item.deadline.ok ? item.deadline.schedule.windows.map(windowText).join(" ") : "?";
      return [`  ${item.number}`, String(item.row + 1), quantities, windows, item.responsible.join("; ")];
    });
    lines.push(table(["  №", "row", "fact→plan unit", "quarters", "responsible"], rows), "");
  }
  return lines.join("\n").trimEnd();
}
