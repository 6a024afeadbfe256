/**
 * Plans of districts the engine was not written against (test/fixtures/unseen/*.txt): each read with readPlan
 * and checked with checkPlan, then compared with what was written by hand beside it from docs/domain.md —
 * year, district, sections, item numbers, chosen item facts, and every finding (code, item, cell; none
 * missing, none extra). Also the reader regressions those plans uncovered.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkPlan } from "../../src/core/checks";
import type { Item, Plan } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { parseTsv } from "../../src/core/tsv";

const DIR = join(__dirname, "../fixtures/unseen");

interface ItemFacts {
  row?: number;
  name?: string;
  unit?: string;
  windows?: [number, number][];
  responsible?: string[];
  /** [previousFact, plan] of each indicator */
  plans?: [number | null, number | null][];
}
interface Expected {
  inspect: {
    year: number;
    district: string;
    districtKind: "tuman" | "shahar";
    sections: string[];
    items: string[];
    some: Record<string, ItemFacts>;
  };
  findings: { code: string; item: string | null; cell: string }[];
}

function read(text: string): Plan {
  const r = readPlan(parseTsv(text));
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

function factsOf(item: Item, want: ItemFacts): ItemFacts {
  const got: ItemFacts = {};
  if (want.row !== undefined) got.row = item.row + 1;
  if (want.name !== undefined) got.name = item.name;
  if (want.unit !== undefined) got.unit = item.indicators[0].unit;
  if (want.windows !== undefined)
    got.windows = item.deadline.ok ? item.deadline.schedule.windows.map((w) => [w[0], w[1]]) : [];
  if (want.responsible !== undefined) got.responsible = item.responsible;
  if (want.plans !== undefined) got.plans = item.indicators.map((i) => [i.previousFact.value, i.plan.value]);
  return got;
}

const keys = (fs: readonly { code: string; item: string | null; cell: string }[]): string[] =>
  fs.map((f) => `${f.cell} ${f.code} ${f.item}`).sort();

const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));

it("there are several unseen plans", () => {
  expect(names.length).toBeGreaterThanOrEqual(4);
});

describe.each(names)("%s", (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  const plan = read(readFileSync(join(DIR, `${name}.txt`), "utf8"));
  const e = expected.inspect;

  it("year, district, sections and item numbers", () => {
    expect({ year: plan.year, district: plan.district, districtKind: plan.districtKind }).toEqual({
      year: e.year,
      district: e.district,
      districtKind: e.districtKind,
    });
    expect(plan.sections.map((s) => s.number)).toEqual(e.sections);
    expect(plan.items.map((i) => i.number)).toEqual(e.items);
  });

  it.each(Object.keys(e.some))("item %s", (number) => {
    const item = plan.items.find((i) => i.number === number);
    expect(item).toBeDefined();
    expect(factsOf(item!, e.some[number])).toEqual(e.some[number]);
  });

  it("every finding, on its item and cell", () => {
    expect(keys(checkPlan(plan))).toEqual(keys(expected.findings));
  });
});

describe("reader regressions found on unseen plans", () => {
  const HEAD = [
    "№",
    "Nomi",
    "O'lchov birligi",
    "Miqdori",
    "",
    "Amalga oshirish mexanizmi",
    "Bajarilish muddati",
    "Mas'ullar",
  ];
  const SUB = ["", "", "", "2025-yil (fakt)", "2026-yil (reja)", "", "", ""];
  const ITEM = (n: string) => [n, "A", "Tadbir", "", "4", "M", "Har chorakda", "AKM direktori"];

  it("a title naming the centre as 'X shahar AKM' gives the district", () => {
    const p = readPlan([["Navoiy shahar AKM 2026 yil uchun ish rejasi"], HEAD, SUB, ITEM("1.")]);
    expect(p.ok && [p.plan.district, p.plan.districtKind, p.plan.year]).toEqual(["Navoiy", "shahar", 2026]);
  });

  it("a district written with ‘ (Kattaqo‘rg‘on, G‘ijduvon) is read whole", () => {
    const p = readPlan([
      ["G‘ijduvon tuman axborot-kutubxona markazining"],
      ["2026-yil uchun ISH REJASI"],
      HEAD,
      SUB,
      ITEM("1."),
    ]);
    expect(p.ok && p.plan.district).toBe("G‘ijduvon");
  });

  it("approver initials with an apostrophe are the name", () => {
    const p = readPlan([
      ["TASDIQLAYMAN"],
      ["Shahar AKM direktori"],
      ["_____ G‘. Xo‘jayev"],
      HEAD,
      SUB,
      ITEM("1."),
    ]);
    expect(p.ok && p.plan.approvedBy).toEqual({ position: "Shahar AKM direktori", name: "G‘. Xo‘jayev" });
  });

  it("a row of column numbers repeated after a page break is not item 1", () => {
    const nums = ["1", "2", "3", "4", "5", "6", "7", "8"];
    const p = readPlan([
      HEAD,
      SUB,
      nums,
      ITEM("1."),
      ITEM("2."),
      nums,
      ITEM("3."),
      [1, 2, 3, 4, 5, 6, 7, 8],
      ITEM("4."),
    ]);
    expect(p.ok && p.plan.items.map((i) => i.number)).toEqual(["1", "2", "3", "4"]);
    expect(p.ok && checkPlan(p.plan)).toEqual([]);
  });
});
