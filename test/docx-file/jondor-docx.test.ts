/** The Word document LibreOffice wrote from the Jondor plan reads as the same plan as its UTF-8 text export. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTsv, readPlan, type Plan } from "../../src/core";
import { readDocxFile } from "../../src/docx-file/node";
import { SEED } from "../cli/helpers";
import { itemSummary, planSummary } from "./plan-summary";

const DOCX = join(__dirname, "..", "fixtures", "office", "jondor-2026.docx");

function planOf(result: ReturnType<typeof readPlan>): Plan {
  if (!result.ok) throw new Error("no plan table");
  return result.plan;
}

describe("jondor-2026.docx (LibreOffice Writer)", () => {
  let fromText: Plan;
  let fromDocx: Plan;
  let tables: number;
  let planTable: number | null;

  beforeAll(async () => {
    fromText = planOf(readPlan(parseTsv(readFileSync(SEED, "utf8"))));
    const doc = await readDocxFile(readFileSync(DOCX));
    tables = doc.tables;
    planTable = doc.planTable;
    fromDocx = planOf(readPlan(doc.grid));
  });

  it("takes the first of its two tables, the one with the plan header", () => {
    expect(tables).toBe(2);
    expect(planTable).toBe(0);
  });

  it("has the text's preamble: year, district, approvers, sections", () => {
    expect(planSummary(fromDocx)).toEqual(planSummary(fromText));
    expect(fromDocx.year).toBe(2026);
    expect(fromDocx.district).toBe("Jondor");
  });

  it("has the text's items, in order, item by item (numbers, names, units, windows, indicators, responsible)", () => {
    const expected = fromText.items.map(itemSummary);
    expect(fromDocx.items.map((i) => i.number)).toEqual(expected.map((i) => i.number));
    expect(fromDocx.items.length).toBe(fromText.items.length);
    fromDocx.items.forEach((item, k) => {
      expect({ k, ...itemSummary(item) }).toEqual({ k, ...expected[k] });
    });
  });
});
