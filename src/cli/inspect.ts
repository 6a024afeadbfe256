/** `reja inspect FILE [--sheet NAME] [--json]`: the plan as read (sections, items, schedules, indicators). */
import { checkPlan, INPUT_CODES, type Item, type Lang, type Plan } from "../core";
import type { Diagnostic } from "./check";
import type { INSPECT_OPTIONS } from "./options";
import type { CommandContext } from "./types";
import { table, toJson, windowText } from "./format";
import { loadPlan } from "./input";
import type { CliCatalogue } from "./messages";

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
  /**
   * What the reader met in the file rather than in the plan (core INPUT_CODES: a text file's lost letters or
   * uncertain encoding, an item number Excel made a date, characters dropped …), as `check` gives findings
   */
  inputFindings: Diagnostic[];
}

/** `sheetLang`: the workbook's language, in which findings name its columns (as `check` does). */
export function inspectJson(plan: Plan, lang: Lang = "uz", sheetLang: Lang = "uz"): InspectJson {
  return {
    year: plan.year,
    district: plan.district,
    sections: plan.sections.map((s) => ({ number: s.number, title: s.title })),
    items: plan.items.map(inspectItem),
    inputFindings: checkPlan(plan, { lang, sheetLang })
      .filter((f) => (INPUT_CODES as readonly string[]).includes(f.code))
      .map((f) => ({ severity: f.severity, code: f.code, item: f.item, cell: f.cell, message: f.message })),
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

export async function inspect({ args, options, io, lang, m }: CommandContext<Options>): Promise<"ok"> {
  const loaded = await loadPlan(
    args[0],
    options.sheet,
    (mb) => io.progress(m.readingLarge(args[0], mb)),
    (t) => io.err(t(m)),
    // --json carries the decoding warnings as input findings; the readable summary leaves them to stderr
    options.json === true
  );
  io.progress("");
  const json = inspectJson(loaded.plan, lang, loaded.settings.lang);
  if (options.json) {
    io.out(toJson(json));
    return "ok";
  }
  io.out(summaryText(json, loaded.plan, m));
  return "ok";
}

function summaryText(json: InspectJson, plan: Plan, m: CliCatalogue): string {
  const place = [json.district, plan.districtKind].filter(Boolean).join(" ") || m.districtNotNamed;
  const head = m.inspectHead(
    place,
    String(json.year ?? m.yearNotFound),
    json.sections.length,
    json.items.length
  );
  const lines = [head, ""];
  const bySection = new Map<string | null, Item[]>();
  for (const item of plan.items) {
    const list = bySection.get(item.section) ?? [];
    list.push(item);
    bySection.set(item.section, list);
  }
  const sectionOrder: (string | null)[] = [null, ...plan.sections.map((s) => s.number)];
  const sectionByNumber = new Map(plan.sections.map((s) => [s.number, s] as const));
  for (const key of sectionOrder) {
    const items = bySection.get(key);
    const section = key === null ? undefined : sectionByNumber.get(key);
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
    lines.push(table([...m.inspectHeader], rows), "");
  }
  return lines.join("\n").trimEnd();
}
