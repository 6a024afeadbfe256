import * as fs from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../src/excel/commands/check";
import { JONDOR_EXAMPLE_TSV } from "../../src/playground/jondor-example";
import { createPlaygroundWorkbook, PASTED_SHEET, SEEDED_MISTAKE } from "../../src/playground/seed";
import { readPlan } from "../../src/core/reader";

const EXAMPLE = path.join(__dirname, "../../examples/jondor-2026-ish-reja.txt");
const MODULE = path.join(__dirname, "../../src/playground/jondor-example.ts");

test("the bundled example is the file in examples/ (REJA_REGENERATE=1 rewrites it)", () => {
  const text = fs.readFileSync(EXAMPLE, "utf8");
  if (process.env.REJA_REGENERATE === "1") {
    const src = fs.readFileSync(MODULE, "utf8");
    fs.writeFileSync(
      MODULE,
      src.replace(/= ".*";\n$/s, () => `= ${JSON.stringify(text)};\n`)
    );
    return;
  }
  expect(JONDOR_EXAMPLE_TSV).toBe(text);
});

test("pasted mode: one sheet with the plan as from Word, the misspelt unit in it", async () => {
  const book = await createPlaygroundWorkbook("pasted");
  expect(book.sheetNames()).toEqual([PASTED_SHEET]);
  const read = readPlan(book.snapshot(PASTED_SHEET).values);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  const item = read.plan.items.find((i) => i.number === SEEDED_MISTAKE.item);
  expect(item?.indicators[0].unitText).toBe(SEEDED_MISTAKE.unit);
});

test("structured mode: set up, facts for I–II, quarter II; check finds the seeded error and the example's warnings", async () => {
  const book = await createPlaygroundWorkbook("structured");
  expect(book.sheetNames()).toEqual(expect.arrayContaining([PASTED_SHEET, "Ish reja", "Reja sozlamalari"]));
  const result = await book.run((ctx) => checkWorkbook(ctx));
  expect(result.ok).toBe(true);
  const codes = result.findings.map((f) => `${f.code}@${f.item}`);
  expect(codes).toContain(`unit.unknown@${SEEDED_MISTAKE.item}`);
  expect(codes).toContain("plan.below_fact@19");
  expect(codes).toContain("responsible.unknown@48");
  // facts were entered: the plan sheet has numbers in the I and II fact columns
  const plan = readPlan(book.snapshot("Ish reja").values);
  expect(plan.ok).toBe(true);
  if (!plan.ok) return;
  const facts = plan.plan.items
    .flatMap((i) => i.indicators.map((ind) => ind.facts.slice(0, 2)))
    .flat()
    .filter((f) => f !== null);
  expect(facts.length).toBeGreaterThan(20);
});
