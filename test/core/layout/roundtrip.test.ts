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
import { LANGS } from "../../../src/core/languages";
import { PLAN_SHEET_TEXTS } from "../../../src/core/messages/plan-sheet-texts";
import { NOT_SCHEDULED_MARK, STATUS_NAMES } from "../../../src/core/messages/status";
import { TRACKING_HEADER_TEXTS } from "../../../src/core/messages/tracking-headers";
import { statusFromLabel } from "../../../src/core/status";

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
  const uzColumns = read(specToGrid(planSheet(original, source, defaultSettings(original)))).columns;

  it.each(LANGS)("writes Reja's headers in %s and reads the same plan back", (lang) => {
    const settings = { ...defaultSettings(original), lang };
    const written = specToGrid(planSheet(original, source, settings));
    const words = PLAN_SHEET_TEXTS[lang];
    const header = written.find((row) => row[0] === words.number)!;
    expect(header.slice(1, 8)).toEqual([
      words.name,
      words.unit,
      words.quantity,
      null,
      words.mechanism,
      words.deadline,
      words.responsible,
    ]);
    expect(header.slice(8)).toEqual([...TRACKING_HEADER_TEXTS[lang]]);
    // no Uzbek (Latin) word of Reja's own is left in a sheet of another language
    const others = written.flat().filter((v): v is string => typeof v === "string");
    if (lang !== "uz")
      for (const w of ["Nomi", "Mas'ullar", "“KELISHILDI”", "ISH REJASI"])
        expect(others.join("\n")).not.toContain(w);
    const back = read(written);
    expect(back.columns).toEqual(uzColumns);
    expect(back.items.map(essence)).toEqual(original.items.map(essence));
    expect(back.sections.map((s) => [s.number, s.title])).toEqual(
      original.sections.map((s) => [s.number, s.title])
    );
    expect({
      year: back.year,
      district: back.district,
      districtKind: back.districtKind,
      centre: back.centre,
      agreedBy: back.agreedBy,
      approvedBy: back.approvedBy,
    }).toEqual({
      year: original.year,
      district: original.district,
      districtKind: original.districtKind,
      centre: original.centre,
      agreedBy: original.agreedBy,
      approvedBy: original.approvedBy,
    });
  });

  it.each(LANGS)("in %s, reads back the district, year and approvers Reja wrote itself", (lang) => {
    // the plan table alone: no approvers, no title above it, so Reja writes them from the settings
    const table = source.slice(source.findIndex((row) => row.some((v) => v === "Nomi")));
    const bare = read(table);
    expect(bare.district).toBeNull();
    const settings = {
      ...defaultSettings(bare),
      year: 2026,
      district: "Jondor",
      districtKind: "shahar" as const,
      director: "R. Halimov",
      approver: "H. Qosimov",
      lang,
    };
    const back = read(specToGrid(planSheet(bare, table, settings)));
    expect(back.year).toBe(2026);
    expect(back.district).toBe("Jondor");
    expect(back.districtKind).toBe("shahar");
    expect(back.approvedBy?.name).toBe("R. Halimov");
    expect(back.agreedBy?.name).toBe("H. Qosimov");
    // the date line is not part of the approving director's position
    expect(back.approvedBy?.position).not.toMatch(/2026|_{2}/);
    expect(back.items.map(essence)).toEqual(bare.items.map(essence));
  });

  it.each(LANGS)(
    "fills statuses in %s, twice to the same cells, and reads the plan back unchanged",
    (lang) => {
      const settings = { ...defaultSettings(original), lang };
      const written = specToGrid(planSheet(original, source, settings));
      const plan = read(written);
      const writes = fillWrites(plan, { quarter: 2, tolerance: 0.1, lang });
      const filled = applyWrites(written, writes);
      const again = read(filled);
      expect(again.items.map(essence)).toEqual(plan.items.map(essence));
      expect(fillWrites(again, { quarter: 2, tolerance: 0.1, lang })).toEqual(writes);
      expect(applyWrites(filled, fillWrites(again, { quarter: 2, tolerance: 0.1, lang }))).toEqual(filled);
      const statuses = writes.filter((w) => plan.columns.statuses.includes(w.col));
      expect(statuses.length).toBeGreaterThan(0);
      const names = new Set<string>([NOT_SCHEDULED_MARK, ...Object.values(STATUS_NAMES[lang])]);
      for (const w of statuses) {
        expect(names.has(w.v as string)).toBe(true);
        expect(statusFromLabel(w.v as string)).not.toBeNull();
      }
      // a sheet filled in one language and filled again in another: only the status words change
      const other = lang === "ru" ? "uz" : "ru";
      const refilled = applyWrites(filled, fillWrites(again, { quarter: 2, tolerance: 0.1, lang: other }));
      expect(read(refilled).items.map(essence)).toEqual(plan.items.map(essence));
      expect(
        refilled
          .flat()
          .filter(
            (v) =>
              typeof v === "string" &&
              Object.values(STATUS_NAMES[lang]).includes(v) &&
              !Object.values(STATUS_NAMES[other]).includes(v)
          )
      ).toEqual([]);
    }
  );
});
