/**
 * Plans of other districts, written differently and with their own mistakes (test/fixtures/districts), and the
 * Jondor seed: read with readPlan, checked with checkPlan, compared with the findings written by hand beside
 * each fixture (code, item, cell: none missing, none extra).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkPlan } from "../../src/core/checks";
import { ALL_CODES, INPUT_CODES, SEVERITY, type Code } from "../../src/core/codes";
import type { Finding, Plan, Quarter } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { parseTsv } from "../../src/core/tsv";

const FIXTURES = join(__dirname, "../fixtures");
const DISTRICTS = join(FIXTURES, "districts");

interface Expected {
  reportQuarter?: Quarter;
  findings: { code: string; item: string | null; cell: string }[];
}

function readFixture(path: string): Plan {
  const result = readPlan(parseTsv(readFileSync(path, "utf8")));
  if (!result.ok) throw new Error(`${path}: ${result.reason}`);
  return result.plan;
}

function keys(findings: readonly { code: string; item: string | null; cell: string }[]): string[] {
  return findings.map((f) => `${f.cell} ${f.code} ${f.item}`).sort();
}

const names = readdirSync(DISTRICTS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));

describe("district fixtures", () => {
  it("there are several", () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(names)("%s", (name) => {
    const expected = JSON.parse(readFileSync(join(DISTRICTS, `${name}.expected.json`), "utf8")) as Expected;
    const plan = readFixture(join(DISTRICTS, `${name}.txt`));
    const findings = checkPlan(plan, { reportQuarter: expected.reportQuarter });

    it("gets the expected codes on the expected items and cells", () => {
      expect(keys(findings)).toEqual(keys(expected.findings));
    });

    it("gives every finding a message and the severity of its code", () => {
      for (const f of findings) {
        expect(f.severity).toBe(SEVERITY[f.code as Code]);
        expect(f.message.length).toBeGreaterThan(0);
        expect(f.message).not.toMatch(/undefined|null|NaN/);
      }
    });
  });
});

describe("the mistakes the fixtures cover", () => {
  const all: Finding[] = names.flatMap((name) => {
    const expected = JSON.parse(readFileSync(join(DISTRICTS, `${name}.expected.json`), "utf8")) as Expected;
    return checkPlan(readFixture(join(DISTRICTS, `${name}.txt`)), { reportQuarter: expected.reportQuarter });
  });

  it.each([
    ["unit.unknown", "Nusxalr", "Nusxa"],
    ["unit.unknown", "kg", undefined],
    ["deadline.unknown", "tez orada", undefined],
    ["deadline.wrong_year", "2025-yil davomida", undefined],
  ])("%s for %s", (code, text, suggestion) => {
    const f = all.find((x) => x.code === code && (x.params.unit === text || x.params.text === text));
    expect(f).toBeDefined();
    if (suggestion) expect(f?.params.suggestion).toBe(suggestion);
  });

  it("cover every code of docs/domain.md §6 (the input codes have their own tests: test/core/inputs.test.ts)", () => {
    expect(new Set(all.map((f) => f.code))).toEqual(
      new Set(ALL_CODES.filter((c) => !INPUT_CODES.includes(c)))
    );
  });

  it("covers negative, non-numeric and fractional quantities", () => {
    const reasons = new Set(all.filter((f) => f.code === "quantity.invalid").map((f) => f.params.reason));
    expect(reasons).toEqual(new Set(["negative", "not_a_number", "fractional"]));
  });
});

describe("the Jondor 2026 seed", () => {
  const plan = readFixture(join(FIXTURES, "jondor-2026.txt"));
  const findings = checkPlan(plan);

  it("has no error, and exactly two warnings: item 19's plan below last year's fact, item 48's unknown responsible", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map((f) => `${f.code} ${f.item} ${f.cell}`)).toEqual([
      "plan.below_fact 19 E61",
      "responsible.unknown 48 H112",
    ]);
    expect(findings[0].params).toMatchObject({ plan: 300, fact: 365 });
    expect(findings[1].params).toEqual({
      name: "Axborot-kutubxona markazi",
      suggestion: "Axborot-kutubxona markazi direktori",
    });
  });

  it("has no tracking columns, so a report quarter adds nothing", () => {
    expect(checkPlan(plan, { reportQuarter: 4 }).map((f) => f.code)).toEqual(findings.map((f) => f.code));
  });
});
