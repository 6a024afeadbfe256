/**
 * Property test: any grid of strings, numbers and blanks, read and checked (with and without
 * tracking columns, for every report quarter), never throws, and every finding's cell lies inside the grid.
 */
import * as fc from "fast-check";
import { checkPlan } from "../../src/core/checks";
import { toA1, type RawCell } from "../../src/core/grid";
import type { Quarter } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";

const HEAD: RawCell[] = [
  "№",
  "Nomi",
  "O'lchov birligi",
  "Miqdori",
  "",
  "Amalga oshirish mexanizmi",
  "Bajarilish muddati",
  "Mas'ullar",
];
const SUB: RawCell[] = ["", "", "", "2025-yil (fakt)", "2026-yil (reja)", "", "", ""];
const TRACKING: RawCell[] = [
  "I chorak fakt",
  "II chorak fakt",
  "III chorak fakt",
  "IV chorak fakt",
  "Jami fakt",
  "Bajarilish %",
  "I chorak holati",
  "II chorak holati",
  "III chorak holati",
  "IV chorak holati",
  "Izoh",
];

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "1.",
    "1.",
    "2.",
    "4.1",
    "4.1.",
    "IV. BO'LIM",
    "--",
    "Tadbir",
    "tadbirlar",
    "Nusxa",
    "Qandaydir birlik",
    "5 167",
    "-3",
    "0",
    "✓",
    "ha",
    "x",
    "davomida",
    "II – III chorak",
    "15-mart",
    "qachondir",
    "",
    "AKM direktori",
    "Axborot-kutubxona markazi",
    "<p>a</p>",
    "=SUM(A1)",
    "+1"
  ),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.constant(undefined)
);
const row = fc.array(cell, { maxLength: 20 });

function widest(grid: RawCell[][]): number {
  return grid.reduce((w, r) => Math.max(w, r.length), 0);
}

describe("checking any grid", () => {
  test("never throws, and every finding's cell lies inside the grid", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.nat(30),
        fc.nat(3),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (rows, at, shift, sub, tracking, quarter) => {
          const pad = Array<RawCell>(shift).fill(null);
          const head = tracking ? [...HEAD, ...TRACKING] : HEAD;
          const subRow = tracking ? [...SUB, ...TRACKING.map(() => "")] : SUB;
          const grid: RawCell[][] = rows.map((r) => [...r]);
          grid.splice(
            Math.min(at, grid.length),
            0,
            ...(sub
              ? [
                  [...pad, ...head],
                  [...pad, ...subRow],
                ]
              : [[...pad, ...head]])
          );
          const res = readPlan(grid);
          if (!res.ok) return true;
          const width = widest(grid);
          for (const reportQuarter of [undefined, quarter as Quarter]) {
            for (const f of checkPlan(res.plan, { reportQuarter })) {
              expect(f.row).toBeGreaterThanOrEqual(0);
              expect(f.row).toBeLessThan(grid.length);
              expect(f.col).toBeGreaterThanOrEqual(0);
              expect(f.col).toBeLessThan(width);
              expect(f.cell).toBe(toA1(f.row, f.col));
            }
          }
          return true;
        }
      ),
      { numRuns: 400 }
    );
  });

  test("the property is not vacuous: a plan with mistakes gives findings at the cells written", () => {
    const grid: RawCell[][] = [
      ["Jondor tuman AKM 2026-yil ish rejasi"],
      HEAD,
      SUB,
      ["1.", "Birinchi", "Qandaydir birlik", 10, 12, "", "davomida", "AKM direktori"],
      ["1.", "Takror", "Tadbir", -3, 2, "", "qachondir", "AKM direktori"],
    ];
    const res = readPlan(grid);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const cells = checkPlan(res.plan).map((f) => `${f.code}@${f.cell}`);
    expect(cells).toEqual(expect.arrayContaining(["unit.unknown@C4", "deadline.unknown@G5"]));
    for (const f of checkPlan(res.plan)) expect(f.row).toBeLessThan(grid.length);
  });
});
