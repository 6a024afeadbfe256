/** The structured plan sheet, read back with the grid reader, gives the same plan as the original (the seed). */
import { readFileSync } from "fs";
import { join } from "path";
import { planSheet } from "../../../src/core/layout/plan-sheet";
import { applyWrites, specToGrid } from "./sheet-grid";
import { defaultSettings } from "../../../src/core/layout/settings-sheet";
import { fillWrites } from "../../../src/core/layout/fill";
import type { Item, Plan } from "../../../src/core/model";
import { readPlan } from "../../../src/core/reader";
import { parseTsv } from "../../../src/core/tsv";

function read(grid: Parameters<typeof readPlan>[0]): Plan {
  const r = readPlan(grid);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

/** What must survive the round trip: everything but grid positions. */
function essence(item: Item) {
  return {
    number: item.number,
    numberValid: item.numberValid,
    parent: item.parent,
    section: item.section,
    name: item.name,
    mechanism: item.mechanism,
    deadlineText: item.deadlineText,
    deadlineInherited: item.deadlineInherited,
    deadline: item.deadline,
    responsible: item.responsible,
    responsibleInherited: item.responsibleInherited,
    responsibleUnknown: item.responsibleUnknown,
    indicators: item.indicators.map((ind) => ({
      unit: ind.unit,
      unitInherited: ind.unitInherited,
      unitKnown: ind.unitKnown,
      previousFact: ind.previousFact.value,
      plan: ind.plan.value,
      mechanism: ind.mechanism,
      responsible: ind.responsible,
      facts: ind.facts.map((f) => (f ? [f.kind, f.kind === "invalid" ? f.text : f.value] : null)),
      note: ind.note,
    })),
  };
}

describe("plan sheet round trip on the seed", () => {
  const source = parseTsv(readFileSync(join(__dirname, "../../fixtures/jondor-2026.txt"), "utf8"));
  const original = read(source);
  const settings = defaultSettings(original);
  const written = specToGrid(planSheet(original, source, settings));
  const back = read(written);

  it("reads the seed", () => {
    expect(original.items.length).toBeGreaterThan(40);
    expect(original.items.some((i) => i.indicators.length > 1)).toBe(true);
  });

  it("keeps year, district, approvers and sections", () => {
    expect(back.year).toBe(original.year);
    expect(back.district).toBe(original.district);
    expect(back.districtKind).toBe(original.districtKind);
    expect(back.centre).toBe(original.centre);
    expect(back.agreedBy).toEqual(original.agreedBy);
    expect(back.approvedBy).toEqual(original.approvedBy);
    expect(back.sections.map((s) => [s.number, s.title])).toEqual(
      original.sections.map((s) => [s.number, s.title])
    );
  });

  it("keeps every item and indicator: numbers, names, units, quantities, mechanisms, deadlines, responsible", () => {
    expect(back.items.map((i) => i.numberText)).toEqual(original.items.map((i) => i.numberText));
    expect(back.items.map(essence)).toEqual(original.items.map(essence));
  });

  it("finds the tracking columns by their headers", () => {
    expect(back.columns).toMatchObject({
      facts: [8, 9, 10, 11],
      totalFact: 12,
      percent: 13,
      statuses: [14, 15, 16, 17],
      note: 18,
    });
  });

  it("keeps facts and notes entered in the structured sheet, and fill changes only tracking outputs", () => {
    const withFacts = written.map((r) => r.slice());
    const i19 = back.items.find((i) => i.number === "19")!;
    withFacts[i19.indicators[0].row][8] = 80;
    withFacts[i19.indicators[1].row][9] = "1 500";
    withFacts[i19.indicators[1].row][18] = "kechikdi";
    const p = read(withFacts);
    const again = read(specToGrid(planSheet(p, withFacts, settings)));
    expect(again.items.map(essence)).toEqual(p.items.map(essence));
    const filled = applyWrites(withFacts, fillWrites(p, { quarter: 2, tolerance: 0.1 }));
    expect(read(filled).items.map(essence)).toEqual(p.items.map(essence));
    const j = p.items.find((i) => i.number === "19")!.indicators[1].row;
    expect(filled[j].slice(12, 18)).toEqual([
      1500,
      25,
      "Bajarilmadi",
      "Bajarildi",
      "Muddati kelmagan",
      "Muddati kelmagan",
    ]); // 6000 monthly: 1500 a quarter
  });
});

describe("plan sheet round trip in each workbook language", () => {
  const source = parseTsv(readFileSync(join(__dirname, "../../fixtures/jondor-2026.txt"), "utf8"));
  const original = read(source);
  it.each(["uz-Cyrl", "ru", "en"] as const)("finds the %s tracking headers again", (lang) => {
    const settings = { ...defaultSettings(original), lang };
    const sheet = planSheet(original, source, settings);
    const written = specToGrid(sheet);
    const back = read(written);
    const uz = read(specToGrid(planSheet(original, source, defaultSettings(original))));
    expect(back.columns).toEqual(uz.columns);
    expect(back.items.map(essence)).toEqual(original.items.map(essence));
  });
});
