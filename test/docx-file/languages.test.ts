/**
 * The Word document Reja writes, in each workbook language, reads back as the same plan: items, numbers, sub-items,
 * second indicator rows, previous facts and plans, year, district, approvers (issue 15.3 with issue 13.5).
 */
import { readFileSync } from "node:fs";
import {
  defaultSettings,
  type Grid,
  type Lang,
  parseTsv,
  type Plan,
  type PlanSettings,
  readPlan,
} from "../../src/core";
import { LANGS } from "../../src/core/languages";
import { PLAN_SHEET_TEXTS } from "../../src/core/messages/plan-sheet-texts";
import { readDocxFile } from "../../src/docx-file/node";
import { planWordBytes } from "../../src/docx-file/write";
import { SEED } from "../cli/helpers";
import { itemSummary, planSummary } from "./plan-summary";

function planOf(grid: Grid): Plan {
  const r = readPlan(grid);
  if (!r.ok) throw new Error("no plan table");
  return r.plan;
}

/** The document's grid and the plan read from it. */
async function roundTrip(plan: Plan, settings: PlanSettings): Promise<{ grid: Grid; back: Plan }> {
  const doc = await readDocxFile(await planWordBytes(plan, settings));
  return { grid: doc.grid, back: planOf(doc.grid) };
}

function texts(grid: Grid): string[] {
  return grid
    .flatMap((row) => (Array.isArray(row) ? row : []))
    .filter((v): v is string => typeof v === "string");
}

const seed = planOf(parseTsv(readFileSync(SEED, "utf8")));

/** The Uzbek words Reja writes into a Word document when the workbook's language is Uzbek (Latin). */
const UZ_WORDS = [
  "KELISHILDI",
  "TASDIQLAYMAN",
  "ISH REJASI",
  "Miqdori",
  "Nomi",
  "(fakt)",
  "(reja)",
  "markazining",
];

describe.each(LANGS)("a Word document written in %s", (lang: Lang) => {
  let grid: Grid;
  let back: Plan;

  beforeAll(async () => {
    ({ grid, back } = await roundTrip(seed, { ...defaultSettings(seed), lang }));
  });

  it("reads back as the same plan: year, district, approvers, sections, every item and indicator", () => {
    expect(back.year).toBe(2026);
    expect(back.district).toBe("Jondor");
    expect(back.districtKind).toBe("tuman");
    expect(planSummary(back)).toEqual(planSummary(seed));
    expect(back.agreedBy?.position).toBe(seed.agreedBy?.position);
    expect(back.approvedBy?.position).toBe(seed.approvedBy?.position);
    expect(back.items.map((i) => i.number)).toEqual(seed.items.map((i) => i.number));
    back.items.forEach((item, k) =>
      expect({ k, ...itemSummary(item) }).toEqual({ k, ...itemSummary(seed.items[k]) })
    );
  });

  it("keeps sub-items, second indicator rows and last year's facts", () => {
    const subItems = back.items.filter((i) => i.number.includes("."));
    expect(subItems.length).toBe(seed.items.filter((i) => i.number.includes(".")).length);
    expect(subItems.length).toBeGreaterThan(0);
    const twoRows = back.items.filter((i) => i.indicators.length > 1);
    expect(twoRows.length).toBeGreaterThan(0);
    const facts = (p: Plan) => p.items.flatMap((i) => i.indicators.map((ind) => ind.previousFact.value));
    expect(facts(back)).toEqual(facts(seed));
    expect(facts(back).filter((v) => v !== null).length).toBeGreaterThan(5);
  });

  it(lang === "uz" ? "writes Reja's words in Uzbek" : "writes none of Reja's Uzbek words", () => {
    const all = texts(grid).join("\n");
    for (const word of UZ_WORDS)
      expect({ word, found: all.includes(word) }).toEqual({ word, found: lang === "uz" });
  });
});

describe("a Word document of a city plan without named approvers", () => {
  const bare: Plan = { ...seed, agreedBy: null, approvedBy: null, centre: null };
  const settings: PlanSettings = {
    ...defaultSettings(seed),
    district: "Navoiy",
    districtKind: "shahar",
    region: "Navoiy viloyati axborot-kutubxona markazi",
    director: "R. Halimov",
    approver: "H. Qosimov",
  };

  it.each(LANGS)("in %s reads back the city, the year and both names", async (lang) => {
    const { back } = await roundTrip(bare, { ...settings, lang });
    expect(back.district).toBe("Navoiy");
    expect(back.districtKind).toBe("shahar");
    expect(back.year).toBe(2026);
    expect(back.agreedBy?.name).toBe("H. Qosimov");
    expect(back.approvedBy?.name).toBe("R. Halimov");
    // the positions Reja wrote in the language, read back as positions (the title's lines not among them)
    const words = PLAN_SHEET_TEXTS[lang];
    expect(back.agreedBy?.position).toBe(words.agreedPosition(settings.region));
    expect(back.approvedBy?.position).toBe(words.approvedPosition("Navoiy", "shahar"));
    expect(back.items.length).toBe(seed.items.length);
  });
});
